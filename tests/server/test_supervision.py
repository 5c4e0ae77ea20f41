"""Supervised background work: every long-running loop of the control plane survives any
exception — it logs it once with its traceback, raises an alert, retries with backoff and
resolves the alert when it works again — and /healthz, /metrics and the vault document say
when the replication figures are stale. A real control plane on real databases; the faults
are injected into what each loop calls."""

from __future__ import annotations

import asyncio
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.domain.fabric import FabricError
from app.lab.fabric import LabFabric
from app.server.context import Settings, open_context
from app.server.leases import LeaseBook
from app.server.listen import VaultListener
from app.server.store import Store
from app.server.supervisor import FABRIC_SYNC, STATUS_NOTE, Loop, Supervisor
from tests.support.postgres import PostgresCluster
from tests.support.server import RunningServer

WAIT = 60.0  # bounds a hung test; no timing is asserted
SUPERVISOR_LOG = "app.server.supervisor"

FAST = {"loop_retry_cap_seconds": 1.0, "heartbeat_seconds": 1.0}


class Fault:
    """Makes an async method raise `error` while `on`, counting the calls."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, owner: type, name: str, error: Exception
    ) -> None:
        self.on = True
        self.calls = 0
        self.error = error
        original = getattr(owner, name)

        async def faulty(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.on:
                raise self.error
            return await original(*args, **kwargs)

        monkeypatch.setattr(owner, name, faulty)


def wait_until(predicate: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what}")
        time.sleep(0.05)


def alerts_of(api: httpx.Client, cause: str) -> list[dict[str, Any]]:
    answer = api.get("/api/v1/alerts", params={"limit": 1000})
    assert answer.status_code == 200, answer.text
    return [a for a in answer.json() if a.get("cause") == cause]


def open_alert(api: httpx.Client, cause: str) -> dict[str, Any] | None:
    return next((a for a in alerts_of(api, cause) if not a.get("resolved_at")), None)


def resolved(api: httpx.Client, cause: str) -> bool:
    found = alerts_of(api, cause)
    return bool(found) and all(a.get("resolved_at") for a in found)


def healthz(api: httpx.Client) -> dict[str, Any]:
    answer = api.get("/healthz")
    assert answer.status_code == 200, answer.text  # degraded or not: liveness answers 200
    return answer.json()


def metric(api: httpx.Client, name: str, **labels: str) -> float | None:
    """One sample of /metrics (None when absent)."""
    text = api.get("/metrics").text
    for line in text.splitlines():
        match = re.match(rf"^{name}\{{(.*)\}} (\S+)$", line) or re.match(rf"^{name} (\S+)$", line)
        if not match:
            continue
        if match.lastindex == 2:
            have = dict(re.findall(r'(\w+)="([^"]*)"', match.group(1)))
            if any(have.get(k) != v for k, v in labels.items()):
                continue
        return float(match.group(match.lastindex))
    return None


def supervisor_records(
    caplog: pytest.LogCaptureFixture, level: int, traceback: bool | None = None
) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == SUPERVISOR_LOG
        and r.levelno == level
        and (traceback is None or bool(r.exc_info) == traceback)
    ]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'vault.db'}"


@pytest.fixture
def lab(sqlite_url: str) -> Iterator[RunningServer]:
    """The lab behind a control plane whose loops run fast: status every 0.5 s (stale after
    1 s), events pruned every 0.3 s, retries capped at 1 s."""
    from app.cli import seed_lab

    settings = Settings(sync_interval_seconds=0.5, prune_seconds=0.3, **FAST)
    running = RunningServer(sqlite_url, fabric_factory=LabFabric, settings=settings).start()
    running.call(lambda: seed_lab(running.ctx))
    yield running
    running.stop()


@pytest.fixture
def api(lab: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=lab.url, headers=lab.headers("viewer"), timeout=30) as client:
        yield client


def test_replication_monitor_survives_alerts_goes_stale_and_recovers(
    lab: RunningServer,
    api: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=SUPERVISOR_LOG)
    cause = "loop:replication-monitor"
    wait_until(lambda: healthz(api)["status"] == "ok", "healthy at first")
    assert healthz(api)["status_read_age_seconds"] is not None
    vault = api.get("/api/v1/vault").json()
    assert vault["status_stale"] is False and vault["sync_interval_seconds"] == 0.5

    fault = Fault(monkeypatch, LabFabric, "replication_status", RuntimeError("disk on fire"))
    alert = wait_until(lambda: open_alert(api, cause), "the monitor's alert")
    assert alert["severity"] == "critical" and alert["object_kind"] == "vault"
    assert alert["object_id"] == lab.call(lab.ctx.store.vault)["id"]
    assert "The replication monitor" in alert["message"]
    assert "RuntimeError: disk on fire" in alert["message"]
    assert "last ones read" in alert["message"]  # what it means for the operator

    health = wait_until(
        lambda: (h := healthz(api))["status"] == "degraded" and len(h["reasons"]) == 2 and h,
        "degraded: the loop fails and the figures are stale",
    )
    assert health["reasons"][0].startswith("replication-monitor failing since")
    assert "disk on fire" in health["reasons"][0]
    assert "replication status last read" in health["reasons"][1]
    assert health["status_read_age_seconds"] >= 1.0
    assert wait_until(lambda: api.get("/api/v1/vault").json()["status_stale"], "vault: stale")
    assert api.get("/api/v1/inventory").json()["vault"]["status_stale"] is True
    assert metric(api, "standby_status_read_age_seconds") > 1.0
    assert metric(api, "standby_status_read_stale") == 1.0
    assert metric(api, "standby_loop_failing", loop="replication-monitor") == 1.0
    assert metric(api, "standby_loop_failing", loop="fabric-sync") == 0.0
    note = lab.call(lambda: lab.ctx.store.get(*STATUS_NOTE))
    assert note["stale"] is True and note["stale_after_seconds"] == 1.0

    calls = fault.calls
    wait_until(lambda: fault.calls >= calls + 2, "the loop goes on retrying")
    assert len(supervisor_records(caplog, logging.ERROR, traceback=True)) == 1  # logged once
    fault.error = RuntimeError("controller gone")  # a different error is logged again
    wait_until(
        lambda: len(supervisor_records(caplog, logging.ERROR, traceback=True)) == 2,
        "the new error logged",
    )
    wait_until(
        lambda: "controller gone" in (open_alert(api, cause) or {}).get("message", ""),
        "the alert tells the new error",
    )

    fault.on = False
    wait_until(lambda: resolved(api, cause), "the alert resolved")
    assert "Working again since" in alerts_of(api, cause)[0]["message"]
    wait_until(lambda: healthz(api)["status"] == "ok", "healthy again")
    wait_until(lambda: not api.get("/api/v1/vault").json()["status_stale"], "vault: current")
    assert metric(api, "standby_status_read_stale") == 0.0
    assert metric(api, "standby_loop_failing", loop="replication-monitor") == 0.0
    assert any("works again" in r.getMessage() for r in supervisor_records(caplog, logging.WARNING))
    assert len(supervisor_records(caplog, logging.ERROR)) == 2


def test_a_status_read_that_hangs_is_alerted_as_stale_figures(
    lab: RunningServer, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No exception for the supervisor to see: the staleness itself raises the alert."""
    cause = "status-read-stale"
    wait_until(lambda: healthz(api)["status"] == "ok", "healthy at first")
    release = threading.Event()
    original = LabFabric.replication_status

    async def hanging(self: LabFabric) -> Any:
        while not release.is_set():
            await asyncio.sleep(0.05)
        return await original(self)

    monkeypatch.setattr(LabFabric, "replication_status", hanging)
    alert = wait_until(lambda: open_alert(api, cause), "the stale figures' alert")
    assert alert["severity"] == "critical" and alert["object_kind"] == "vault"
    assert alert["object_name"] == api.get("/api/v1/vault").json()["name"]  # never its raw id
    assert "not being updated" in alert["message"] and "UTC" in alert["message"]
    assert healthz(api)["status"] == "degraded"
    assert open_alert(api, "loop:replication-monitor") is None  # nothing raised: it hangs
    release.set()
    wait_until(lambda: resolved(api, cause), "the alert resolved when reads come back")
    assert "current again" in alerts_of(api, cause)[0]["message"]


def test_fabric_sync_survives_an_unexpected_error(
    lab: RunningServer, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    cause = "loop:fabric-sync"
    fault = Fault(monkeypatch, LabFabric, "inventory", KeyError("host-sto-gold-1"))
    alert = wait_until(lambda: open_alert(api, cause), "the sync's alert")
    assert alert["severity"] == "warning"
    assert "The fabric inventory sync" in alert["message"] and "KeyError" in alert["message"]
    health = wait_until(lambda: (h := healthz(api))["status"] == "degraded" and h, "degraded")
    assert any(r.startswith("fabric-sync failing") for r in health["reasons"])
    assert not any("replication status" in r for r in health["reasons"])  # figures current
    assert metric(api, "standby_loop_failing", loop="fabric-sync") == 1.0
    calls = fault.calls
    wait_until(lambda: fault.calls >= calls + 2, "the loop goes on retrying")

    fault.on = False
    wait_until(lambda: resolved(api, cause), "the alert resolved")
    wait_until(lambda: healthz(api)["status"] == "ok", "healthy again")


def test_an_expected_fabric_error_is_alerted_only_when_it_persists(
    lab: RunningServer,
    api: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=SUPERVISOR_LOG)
    cause = "loop:fabric-sync"
    fault = Fault(monkeypatch, LabFabric, "inventory", FabricError("VMM server unreachable"))
    wait_until(lambda: open_alert(api, cause), "the sync's alert")
    assert fault.calls >= FABRIC_SYNC.alert_after
    # Only the sync's own lines: on a loaded machine the figures may go briefly stale too.
    warnings = [
        r
        for r in supervisor_records(caplog, logging.WARNING)
        if r.getMessage().startswith("fabric-sync")
    ]
    assert [r.getMessage() for r in warnings] == [
        "fabric-sync: VMM server unreachable (retrying with backoff)"
    ]
    assert not warnings[0].exc_info and not supervisor_records(caplog, logging.ERROR)
    fault.on = False
    wait_until(lambda: resolved(api, cause), "the alert resolved")


def test_event_pruning_survives_an_unexpected_error(
    lab: RunningServer, api: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    cause = "loop:event-pruning"
    fault = Fault(monkeypatch, Store, "prune_events", OSError(28, "No space left on device"))
    alert = wait_until(lambda: open_alert(api, cause), "the pruning's alert")
    assert "No space left on device" in alert["message"]
    assert metric(api, "standby_loop_failing", loop="event-pruning") == 1.0
    calls = fault.calls
    wait_until(lambda: fault.calls >= calls + 2, "the loop goes on retrying")
    fault.on = False
    wait_until(lambda: resolved(api, cause), "the alert resolved")
    wait_until(lambda: healthz(api)["status"] == "ok", "healthy again")


def test_a_control_plane_without_a_fabric_reads_no_status_and_is_not_degraded(
    sqlite_url: str,
) -> None:
    server = RunningServer(sqlite_url, settings=Settings(sync_interval_seconds=0.2)).start()
    try:
        with httpx.Client(base_url=server.url, headers=server.headers("viewer")) as api:
            time.sleep(1.0)  # five sync intervals
            health = healthz(api)
            assert health["status"] == "ok" and health["status_read_age_seconds"] is None
            assert metric(api, "standby_status_read_age_seconds") is None
            vault = api.get("/api/v1/vault").json()
            assert vault["status_stale"] is False and vault["status_read_at"] is None
    finally:
        server.stop()


# --- the scale-out loops (PostgreSQL) ---------------------------------------------------------


@pytest.fixture
def pg_server(postgres_cluster: PostgresCluster) -> Iterator[RunningServer]:
    url = postgres_cluster.create_database()
    settings = Settings(lease_seconds=1.5, feed_poll_seconds=0.2, **FAST)
    running = RunningServer(url, settings=settings).start()
    yield running
    running.stop()
    postgres_cluster.drop_database(url)


@pytest.mark.parametrize(
    ("loop", "owner", "method"),
    [("job-leases", LeaseBook, "renew"), ("vault-listener", VaultListener, "catch_up")],
)
def test_scale_out_loops_survive_an_unexpected_error(
    pg_server: RunningServer,
    monkeypatch: pytest.MonkeyPatch,
    loop: str,
    owner: type,
    method: str,
) -> None:
    assert pg_server.ctx is not None and pg_server.ctx.leases is not None
    cause = f"loop:{loop}@{pg_server.ctx.process_name}"  # several processes: say whose
    with httpx.Client(base_url=pg_server.url, headers=pg_server.headers("viewer")) as api:
        fault = Fault(monkeypatch, owner, method, ConnectionResetError("connection reset"))
        alert = wait_until(lambda: open_alert(api, cause), f"the {loop} alert")
        assert alert["severity"] == "critical"
        assert pg_server.ctx.process_name in alert["message"]
        health = wait_until(lambda: (h := healthz(api))["status"] == "degraded" and h, "degraded")
        assert any(r.startswith(f"{loop} failing") for r in health["reasons"])
        calls = fault.calls
        wait_until(lambda: fault.calls >= calls + 2, "the loop goes on retrying")
        fault.on = False
        wait_until(lambda: resolved(api, cause), "the alert resolved")
        wait_until(lambda: healthz(api)["status"] == "ok", "healthy again")


# --- the supervisor itself ----------------------------------------------------------------------


def test_backoff_grows_with_jitter_up_to_its_cap(tmp_path: Path) -> None:
    async def main() -> None:
        ctx = await open_context(f"sqlite+aiosqlite:///{tmp_path / 'v.db'}")
        try:
            loop = Loop("test", "A test loop", "tests", "Nothing.")
            supervisor = Supervisor(
                ctx, loop, asyncio.sleep, 1.0, backoff=0.5, cap=4.0, rng=random.Random(7)
            )
            for failures, raw in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 4.0), (60, 4.0)]:
                for _ in range(20):
                    assert raw / 2 <= supervisor.delay(failures) <= raw
        finally:
            await ctx.store.close()

    asyncio.run(main())


def test_cancelling_a_supervised_loop_cancels_it(tmp_path: Path) -> None:
    """CancelledError is never taken for a failure, whether the body or the pause gets it."""

    async def main() -> None:
        ctx = await open_context(f"sqlite+aiosqlite:///{tmp_path / 'v.db'}")
        started = asyncio.Event()

        async def body() -> None:
            started.set()
            await asyncio.sleep(3600)

        try:
            loop = Loop("test", "A test loop", "tests", "Nothing.")
            for every in (0.0, 3600.0):  # cancelled in the body, then in the pause
                task = asyncio.create_task(Supervisor(ctx, loop, body, every).run())
                await (started.wait() if every == 0.0 else asyncio.sleep(0.05))
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await asyncio.wait_for(task, 5)
                assert task.cancelled()
                assert not ctx.loops["test"].failing and ctx.loops["test"].failures == 0
        finally:
            await ctx.store.close()

    asyncio.run(main())
