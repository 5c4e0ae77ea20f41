"""Health that tells the truth when the recovery side is down, through the API on the lab (its
clock ×60: a 5-minute copy frequency passes in 5 s, RPO warning after 10 s, critical after
30 s): with Amsterdam down every item replicating there turns warning with its own reason at
the first status read, escalates by RPO, a failover (item or plan) is refused with 409 and the
reason, one alert for the site lists the items, and everything clears by itself with an
informational alert when the site returns. A cut link: the same reason, and missed cycles
counted as they are missed."""

from __future__ import annotations

import time
from typing import Any

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer

VMS = ("sql-01", "web-01")  # Gold and Silver: two recovery hosts in Amsterdam
CAUSE = "replica-unreachable:site-ams"


def protect_two(op: Operator) -> list[str]:
    inventory = op.get("/api/v1/inventory")
    vm_ids = {v["name"]: v["id"] for v in inventory["vms"]}
    pairing_of = {p["primary_cloud_id"]: p["id"] for p in inventory["pairings"]}
    cloud_of_host = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
    host_of_vm = {v["id"]: v["host_id"] for v in inventory["vms"]}
    jobs = [
        op.start(
            "/api/v1/protected-items",
            {
                "vm_id": vm_ids[name],
                "pairing_id": pairing_of[cloud_of_host[host_of_vm[vm_ids[name]]]],
            },
        )
        for name in VMS
    ]
    ids = [op.finish(job)["object_id"] for job in jobs]
    wait_until(
        lambda: all(
            i["health"] == "normal" and i["rpo_seconds"] is not None for i in op.items(ids)
        ),
        timeout=60,
    )
    return ids


def codes(item: dict[str, Any]) -> list[str]:
    return [r["code"] for r in item["health_reasons"]]


def at_risk(op: Operator, ids: list[str]) -> list[dict[str, Any]] | None:
    items = op.items(ids)
    ok = all(i["health"] != "normal" and "replica-unreachable" in codes(i) for i in items)
    return items if ok else None


def site_alerts(op: Operator) -> list[dict[str, Any]]:
    return [a for a in op.get("/api/v1/alerts") if a.get("cause") == CAUSE]


def test_recovery_site_down_warns_at_once_refuses_failover_and_clears_itself(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    ids = protect_two(op)
    plan = op.api.post(
        "/api/v1/recovery-plans",
        json={"name": "Both", "groups": [{"name": "All", "item_ids": ids}]},
    )
    assert plan.status_code == 201, plan.text

    assert op.api.post("/api/v1/lab/sites/site-ams/down").status_code == 200
    down_at = time.monotonic()
    items = wait_until(lambda: at_risk(op, ids), timeout=5, every=0.1)
    assert time.monotonic() - down_at < 5
    for item in items:
        reason = next(r for r in item["health_reasons"] if r["code"] == "replica-unreachable")
        assert reason["severity"] == "warning"
        assert reason["message"].startswith("The recovery host ams-")
        assert "(the site Amsterdam is down)" in reason["message"]
        assert "changes are not being replicated" in reason["message"]
        assert " UTC." in reason["message"]  # the last point it received

    # One alert for the site, listing the items — not one per VM.
    [alert] = wait_until(lambda: site_alerts(op), timeout=5)
    assert alert["severity"] == "warning" and alert["object_id"] == "site-ams"
    assert all(name in alert["message"] for name in VMS)
    assert "2 protected VMs" in alert["message"]

    # Failovers that need the recovery host are refused before anything runs.
    before = op.get(f"/api/v1/protected-items/{ids[0]}")["current_job_id"]
    for operation, body in (
        ("unplanned-failover", {}),
        ("planned-failover", {}),
        ("test-failover", {}),
    ):
        refused = op.api.post(f"/api/v1/protected-items/{ids[0]}/{operation}", json=body)
        assert refused.status_code == 409, refused.text
        problem = refused.json()
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert problem["code"] == "replica-unreachable"
        assert "ams-" in problem["detail"] and "the site Amsterdam is down" in problem["detail"]
        assert "sql-01" in problem["detail"]
    item = op.get(f"/api/v1/protected-items/{ids[0]}")
    assert item["replication_state"] == "protected" and item["current_job_id"] == before
    refused = op.api.post(f"/api/v1/recovery-plans/{plan.json()['id']}/unplanned-failover", json={})
    assert refused.status_code == 409, refused.text
    assert {r["item_id"] for r in refused.json()["refusals"]} == set(ids)
    assert "unreachable" in refused.json()["detail"]

    # Past the policy's thresholds it escalates as ever: RPO > 2 × 5 min, then > 30 min.
    wait_until(lambda: all("rpo-warning" in codes(i) for i in op.items(ids)), timeout=30)
    critical = wait_until(
        lambda: all(i["health"] == "critical" for i in op.items(ids)) and op.items(ids),
        timeout=40,
    )
    assert all("replica-unreachable" in codes(i) for i in critical)
    assert all(i["missed_cycles"] >= 3 for i in critical)

    # Amsterdam returns: the reason clears by itself, then cycles bring RPO back.
    assert op.api.post("/api/v1/lab/sites/site-ams/up").status_code == 200
    wait_until(lambda: not any("replica-unreachable" in codes(i) for i in op.items(ids)), timeout=5)
    wait_until(lambda: all(i["health"] == "normal" for i in op.items(ids)), timeout=30)
    [resolved] = wait_until(lambda: [a for a in site_alerts(op) if a["resolved_at"]], timeout=10)
    assert resolved["id"] == alert["id"]
    back = [
        a
        for a in op.get("/api/v1/alerts")
        if a["severity"] == "info" and a["object_id"] == "site-ams" and "again" in a["message"]
    ]
    assert any(a["message"].startswith("Replication reaches Amsterdam again") for a in back)
    job = op.start(f"/api/v1/protected-items/{ids[0]}/test-failover", {})
    assert job["operation"] == "test-failover"  # possible again


def test_cut_link_warns_at_once_and_counts_missed_cycles_as_they_go(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    ids = protect_two(op)
    assert op.api.put("/api/v1/lab/link", json={"cut": True}).status_code == 200
    cut_at = time.monotonic()
    items = wait_until(lambda: at_risk(op, ids), timeout=5, every=0.1)
    assert time.monotonic() - cut_at < 5
    for item in items:
        reason = next(r for r in item["health_reasons"] if r["code"] == "replica-unreachable")
        assert "(the replication link to it is down)" in reason["message"]

    # A missed cycle per copy frequency (5 s here), each seen as it is missed.
    seen: list[tuple[float, int]] = []

    def third_missed() -> bool:
        count = min(i["missed_cycles"] for i in op.items(ids))
        if not seen or seen[-1][1] != count:
            seen.append((time.monotonic() - cut_at, count))
        return count >= 3

    wait_until(third_missed, timeout=25, every=0.2)
    counts = [count for _, count in seen]
    assert counts == sorted(counts)
    first = next(at for at, count in seen if count >= 1)
    third = next(at for at, count in seen if count >= 3)
    assert first <= 7  # the first cycle due after the cut
    assert third <= 18  # each turn counted then, not at some later end
    [alert] = wait_until(lambda: site_alerts(op), timeout=5)
    assert "replication link" in alert["message"]
    # The recovery side itself is up: an unplanned failover is not refused for a cut link.

    assert op.api.put("/api/v1/lab/link", json={"cut": False}).status_code == 200
    wait_until(lambda: not any("replica-unreachable" in codes(i) for i in op.items(ids)), timeout=5)
    wait_until(
        lambda: all(i["health"] == "normal" and i["missed_cycles"] == 0 for i in op.items(ids)),
        timeout=30,
    )
    wait_until(lambda: all(a["resolved_at"] for a in site_alerts(op)), timeout=10)
