"""A host's storage through the control plane: a small tmpfs under a lab host's folder is
filled until the host reports low storage and a warning alert is raised, then freed until the
alert is resolved; /metrics carries the figures."""

from __future__ import annotations

from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.support.operator import wait_until
from tests.support.server import RunningServer
from tests.support.tmpfs import small_filesystem

HOST = "host-ams-silver-3"
MIB = 1 << 20


def test_low_storage_raises_a_warning_and_resolves_it(lab_server: RunningServer) -> None:
    api = httpx.Client(base_url=lab_server.url, headers=lab_server.headers("viewer"), timeout=30)

    def storage() -> dict[str, Any]:
        return api.get(f"/api/v1/hosts/{HOST}").json()["storage"]

    def alerts() -> list[dict[str, Any]]:
        return [a for a in api.get("/api/v1/alerts").json() if a["object_id"] == HOST]

    folder = lab_server.ctx.fabric.replication.host_folder(HOST)
    with small_filesystem(folder, mib=64) as fs:
        wait_until(lambda: storage()["total_bytes"] == 64 * MIB, timeout=20)
        assert not storage()["low"] and not alerts()

        fs.fill(leave_bytes=3 * MIB)
        low = wait_until(lambda: storage() if storage()["low"] else None, timeout=20)
        assert low["free_bytes"] <= 4 * MIB
        [alert] = wait_until(alerts, timeout=20)
        assert alert["severity"] == "warning" and alert["cause"] == f"host-storage-low:{HOST}"
        assert alert["resolved_at"] is None
        assert "ams-silver-hv03" in alert["message"] and "free of 64.0 MiB" in alert["message"]

        metrics = {
            (sample.name, sample.labels.get("host")): sample.value
            for family in text_string_to_metric_families(api.get("/metrics").text)
            for sample in family.samples
        }
        assert metrics["standby_host_storage_total_bytes", HOST] == 64 * MIB
        assert metrics["standby_host_storage_free_bytes", HOST] == low["free_bytes"]
        assert metrics["standby_host_storage_low", HOST] == 1
        assert metrics["standby_host_storage_low", "host-ams-silver-2"] == 0

        fs.free()
        wait_until(lambda: not storage()["low"], timeout=20)
        [resolved] = wait_until(lambda: [a for a in alerts() if a["resolved_at"]], timeout=20)
        assert resolved["id"] == alert["id"] and "space again" in resolved["message"]

        # Low again: a new alert opens; the resolved episode stays in the log.
        fs.fill(leave_bytes=3 * MIB)
        wait_until(lambda: any(not a["resolved_at"] for a in alerts()), timeout=20)
        assert len(alerts()) == 2
