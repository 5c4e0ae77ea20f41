"""The inventory cache (list + watch) against a real control plane, restarts included."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from app.client.api import FeedEvent, StandbyClient
from app.client.cache import Backoff, ConnectionStatus, InventoryCache, index_inventory
from app.domain.enums import JobState, Severity
from app.domain.model import Alert, Job, PolicySpec
from app.server import configuration, feed
from app.server.store import Store
from tests.support.server import RunningServer

LIMIT = 60.0  # seconds any one scenario may take before it is a failure
WAIT = 20.0  # seconds one condition may take


def run(make: Callable[[], Awaitable[Any]]) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(make(), LIMIT)

    return asyncio.run(bounded())


def client_for(server: RunningServer, role: str = "viewer") -> StandbyClient:
    return StandbyClient(
        server.url, server.tokens[role], heartbeat_seconds=server.settings.heartbeat_seconds
    )


FAST = Backoff(base=0.05, cap=0.5)


class Recorder:
    """Everything the cache told its listeners, in order."""

    def __init__(self, cache: InventoryCache):
        self.objects: list[tuple[str, str, BaseModel | None, BaseModel | None]] = []
        self.relists: list[tuple[int | None, int]] = []
        self.states: list[str] = []
        self.statuses: list[ConnectionStatus] = []
        self.events: list[FeedEvent] = []
        cache.on_object(lambda kind, id_, old, new: self.objects.append((kind, id_, old, new)))
        cache.on_relisted(lambda old, new: self.relists.append((old, new)))
        cache.on_status(self._status)
        cache.on_event(self.events.append)

    def _status(self, status: ConnectionStatus) -> None:
        self.statuses.append(status)
        if not self.states or self.states[-1] != status.state:
            self.states.append(status.state)

    def changes(self, kind: str) -> list[tuple[str, str]]:
        """(action, id) per object callback of `kind`: insert, update or delete."""
        return [
            ("insert" if old is None else "delete" if new is None else "update", id_)
            for k, id_, old, new in self.objects
            if k == kind
        ]


async def converged(cache: InventoryCache, client: StandbyClient) -> None:
    """Wait until the cache holds exactly what a fresh GET /inventory returns."""

    async def matches() -> bool:
        fresh = await client.inventory()
        return cache.revision == fresh.revision and cache.snapshot() == index_inventory(fresh)

    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT
    while not await matches():
        assert loop.time() < deadline, f"the cache did not converge ({cache.status})"
        await asyncio.sleep(0.1)


def spec(name: str) -> PolicySpec:
    return PolicySpec(name=name)


def test_cache_lists_follows_and_converges(lab_server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(lab_server, "operator") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            assert cache.status.state == "offline"
            await cache.start()
            await cache.wait_synced(WAIT)
            assert seen.states == ["reconnecting", "connected"]
            assert cache.vault is not None and cache.vault.lab
            assert len(cache.objects("site")) == 2 and len(cache.objects("pairing")) == 2
            # The first listing is reported object by object (a view fills itself from it).
            assert len(seen.changes("vm")) == len(cache.objects("vm")) > 0
            # One listing, from nothing (the live lab may have moved on by an event since).
            assert len(seen.relists) == 1 and seen.relists[0][0] is None
            assert seen.relists[0][1] <= cache.revision

            first = await client.create_policy(spec("Bronze"))
            second = await client.create_policy(spec("Silver"))
            await client.replace_policy(first.id, spec("Bronze (hourly)"))
            await client.delete_policy(second.id)
            mapping = await client.create_network_mapping(
                {"primary_network_id": "net-sto-test", "recovery_network_id": "net-ams-test"}
            )
            await cache.wait_for(lambda c: c.get("network-mapping", mapping.id) is not None, WAIT)
            await converged(cache, client)

            assert seen.changes("policy")[-4:] == [
                ("insert", first.id),
                ("insert", second.id),
                ("update", first.id),
                ("delete", second.id),
            ]
            _kind, _id, old, new = next(o for o in seen.objects if o[2] and o[1] == first.id)
            assert (old.name, new.name) == ("Bronze", "Bronze (hourly)")
            assert cache.get("policy", second.id) is None
            assert [e.revision for e in seen.events] == list(
                range(seen.events[0].revision, cache.revision + 1)
            )
            assert seen.relists == [(None, seen.relists[0][1])]  # followed, never re-listed

            await cache.stop()
            assert cache.status.state == "offline" and not cache.running
            assert seen.states[-1] == "offline"

    run(scenario)


def test_jobs_alerts_and_samples_travel_with_the_cache(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server, "operator") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            await cache.start()
            await cache.wait_synced(WAIT)

            job = Job(
                id="job-1",
                operation="test-failover",
                object_kind="protected-item",
                object_id="pi-1",
                started_by="test-operator",
                created=datetime.now(UTC),
            )
            alert = Alert(
                id="alert-1",
                severity=Severity.WARNING,
                object_kind="host",
                object_id="host-1",
                message="The replication agent on host hv01 lost its connection.",
                time=datetime.now(UTC),
            )
            sample = {
                "time": datetime.now(UTC).isoformat(),
                "rpo_seconds": 12.5,
                "pending_bytes": 4096,
                "throughput_bps": 1e6,
            }

            async def write() -> None:
                async with server.ctx.store.transaction() as tx:
                    await tx.put("job", job.id, job.model_dump(mode="json"))
                    await tx.put("alert", alert.id, alert.model_dump(mode="json"))
                    tx.emit("health-sample", "pi-1", sample)

            await asyncio.to_thread(server.call, write)
            await cache.wait_for(lambda c: "job-1" in c.jobs and "alert-1" in c.alerts, WAIT)
            await cache.wait_for(
                lambda _c: any(e.type == "health-sample" for e in seen.events), WAIT
            )
            sampled = next(e for e in seen.events if e.type == "health-sample")
            assert (sampled.action, sampled.id, sampled.object) == ("sample", "pi-1", sample)
            assert cache.jobs["job-1"].state is JobState.NOT_STARTED

            progressed = job.model_copy(update={"state": JobState.IN_PROGRESS, "progress": 0.5})

            async def progress() -> None:
                async with server.ctx.store.transaction() as tx:
                    await tx.put("job", job.id, progressed.model_dump(mode="json"))

            await asyncio.to_thread(server.call, progress)
            await cache.wait_for(lambda c: c.jobs["job-1"].progress == 0.5, WAIT)

            # An acknowledged alert leaves the cache (it keeps the open ones).
            await client.acknowledge_alert("alert-1")
            await cache.wait_for(lambda c: "alert-1" not in c.alerts, WAIT)
            assert seen.changes("alert") == [("insert", "alert-1"), ("delete", "alert-1")]
            assert seen.changes("job") == [("insert", "job-1"), ("update", "job-1")]
            await cache.stop()

    run(scenario)


def test_cache_reconnects_and_relists_after_a_server_restart(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server, "operator") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            await cache.start()
            await cache.wait_synced(WAIT)
            kept = await client.create_policy(spec("Kept"))
            doomed = await client.create_policy(spec("Doomed"))
            await converged(cache, client)

            await asyncio.to_thread(server.stop)
            await cache.wait_for(lambda c: c.status.state == "reconnecting", WAIT)
            await cache.wait_for(lambda c: c.status.attempt >= 2, WAIT)  # retrying, with backoff
            status = cache.status
            assert status.offline_since is not None and status.last_error
            assert "Connection failed" in status.last_error or "stream" in status.last_error
            assert cache.get("policy", kept.id) is not None  # the stale data stays readable

            # While the control plane is down, its vault changes (another process wrote it).
            store = await Store.open(server.db_url, lambda _events: None)
            try:
                added = await configuration.create_policy(store, spec("Written while down"))
                await configuration.delete_policy(store, doomed.id)
                await configuration.replace_policy(store, kept.id, spec("Kept (renamed)"))
            finally:
                await store.close()

            await asyncio.to_thread(server.start)
            await cache.wait_synced(WAIT)
            await converged(cache, client)
            assert cache.get("policy", added.id) is not None
            assert cache.get("policy", doomed.id) is None
            assert cache.get("policy", kept.id).name == "Kept (renamed)"
            # The re-list was reported as per-object differences.
            assert set(seen.changes("policy")[-3:]) == {
                ("delete", doomed.id),
                ("insert", added.id),
                ("update", kept.id),
            }
            assert len(seen.relists) == 2
            assert seen.states[:2] == ["reconnecting", "connected"]
            assert seen.states[-2:] == ["reconnecting", "connected"]
            retrying = [s for s in seen.statuses if s.next_retry_at is not None]
            assert retrying and all(s.state == "reconnecting" for s in retrying)
            assert cache.status.offline_since is None and cache.status.last_error is None

            # And it follows again.
            after = await client.create_policy(spec("After the restart"))
            await cache.wait_for(lambda c: c.get("policy", after.id) is not None, WAIT)
            await converged(cache, client)
            await cache.stop()

    run(scenario)


def test_relist_event_when_the_follower_is_far_behind(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server runs in this process: a small threshold makes one big commit a relist.
    monkeypatch.setattr(feed, "RELIST_THRESHOLD", 5)

    async def scenario() -> None:
        async with client_for(server, "operator") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            await cache.start()
            await cache.wait_synced(WAIT)

            async def many() -> None:
                async with server.ctx.store.transaction() as tx:
                    for n in range(12):
                        body = {
                            "id": f"pol-bulk-{n:02}",
                            **spec(f"Bulk {n}").model_dump(mode="json"),
                        }
                        await tx.put("policy", body["id"], body)

            await asyncio.to_thread(server.call, many)
            await cache.wait_for(lambda c: len(c.objects("policy")) == 12, WAIT)
            await converged(cache, client)
            assert len(seen.relists) == 2  # the first listing and the one the server asked for
            assert seen.relists[1][1] == cache.revision
            assert sorted(i for a, i in seen.changes("policy")) == [
                f"pol-bulk-{n:02}" for n in range(12)
            ]
            assert "reconnecting" not in seen.states[1:]  # a re-list is not a disconnect
            await cache.stop()

    run(scenario)


def test_a_stopped_cache_started_again_relists(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server, "operator") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            await cache.start()
            await cache.wait_synced(WAIT)
            await cache.stop()
            for n in range(4):
                await client.create_policy(spec(f"While stopped {n}"))
            await cache.start()
            await cache.wait_synced(WAIT)
            await converged(cache, client)
            assert len(cache.objects("policy")) == 4 and len(seen.relists) == 2
            await cache.stop()

    run(scenario)


def test_gap_triggers_relist(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as client:
            cache = InventoryCache(client, backoff=FAST)
            await cache.start()
            await cache.wait_synced(WAIT)
            revision = cache.revision or 0
            # An event from the future: the cache must not apply it, but list again.
            gap = FeedEvent("change", revision + 5, "policy", "upsert", "pol-x", {})
            assert cache._handle_change(gap) is False
            assert cache.revision == revision and cache.get("policy", "pol-x") is None
            old = FeedEvent("change", revision, "policy", "delete", "pol-x", None)
            assert cache._handle_change(old) is True  # seen already: ignored
            await cache.stop()

    run(scenario)


def test_refused_token_goes_offline_without_retrying(server: RunningServer) -> None:
    async def scenario() -> None:
        async with StandbyClient(server.url, "sby_unknown") as client:
            cache = InventoryCache(client, backoff=FAST)
            seen = Recorder(cache)
            await cache.start()
            await cache.wait_for(lambda c: not c.running, WAIT)
            status = cache.status
            assert status.state == "offline" and "Unauthorized" in (status.last_error or "")
            assert status.next_retry_at is None and cache.revision is None
            assert seen.states == ["reconnecting", "offline"]
            await cache.stop()

    run(scenario)


def test_backoff_grows_with_jitter_up_to_the_cap() -> None:
    import random

    backoff = Backoff(base=0.5, cap=30.0)
    rng = random.Random(7)
    delays = [backoff.delay(n, rng) for n in range(1, 12)]
    for n, delay in enumerate(delays, start=1):
        ceiling = min(30.0, 0.5 * 2 ** (n - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert backoff.delay(10_000, rng) <= 30.0
    status = ConnectionStatus("reconnecting", next_retry_at=datetime.now(UTC))
    assert status.seconds_until_retry() == 0.0 and status.data_age() is None
