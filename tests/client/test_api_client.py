"""The API client against a real control plane: typed calls, problems, and the event feed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import BaseModel

from app.client.api import FeedEvent, StandbyClient
from app.client.errors import (
    ApiError,
    Conflict,
    ConnectionFailed,
    Forbidden,
    InvalidRequest,
    NotFound,
    StandbyError,
    Unauthorized,
    problem_from,
)
from app.domain.enums import JobState, Severity
from app.domain.model import (
    Alert,
    Inventory,
    Job,
    NetworkMappingSpec,
    PairingSpec,
    Policy,
    PolicySpec,
    ProtectedItem,
    Vault,
)
from tests.support.server import RunningServer, free_port

LIMIT = 20.0  # seconds any one scenario may take before it is a failure


def run(make: Callable[[], Awaitable[Any]]) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(make(), LIMIT)

    return asyncio.run(bounded())


def client_for(server: RunningServer, role: str = "operator") -> StandbyClient:
    return StandbyClient(
        server.url, server.tokens[role], heartbeat_seconds=server.settings.heartbeat_seconds
    )


async def put_objects(server: RunningServer, kind: str, *objects: BaseModel) -> None:
    """Write objects straight into the server's store (on its loop): what its jobs would do."""

    async def write() -> None:
        async with server.ctx.store.transaction() as tx:
            for obj in objects:
                await tx.put(kind, obj.id, obj.model_dump(mode="json"))

    await asyncio.to_thread(server.call, write)


def policy(name: str, **fields: Any) -> PolicySpec:
    return PolicySpec(name=name, **fields)


# --- typed calls ------------------------------------------------------------------------------


def test_policy_round_trip(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as client:
            vault = await client.vault()
            assert isinstance(vault, Vault) and not vault.lab
            created = await client.create_policy(
                policy("Gold 30 s", copy_frequency_seconds=30, recovery_point_retention_hours=4)
            )
            assert isinstance(created, Policy) and created.id.startswith("pol-")
            assert created.copy_frequency_seconds == 30
            assert await client.get_policy(created.id) == created
            assert [p.id for p in await client.policies()] == [created.id]

            # A plain mapping is sent as it is: the server validates it.
            replaced = await client.replace_policy(
                created.id, {"name": "Gold 5 min", "recovery_point_retention_hours": 6}
            )
            assert replaced.name == "Gold 5 min" and replaced.copy_frequency_seconds == 300
            assert (await client.get_policy(created.id)).recovery_point_retention_hours == 6

            inventory = await client.inventory()
            assert isinstance(inventory, Inventory)
            assert [p.name for p in inventory.policies] == ["Gold 5 min"]
            assert inventory.revision == inventory.vault.revision >= 2

            await client.delete_policy(created.id)
            with pytest.raises(NotFound) as missing:
                await client.get_policy(created.id)
            assert missing.value.status == 404
            assert created.id in str(missing.value)
            assert await client.policies() == []

            health = await client.healthz()
            assert health["status"] == "ok" and health["revision"] >= 3
            assert "standby_vault_revision" in await client.metrics_text()

            audit = await client.audit(limit=10, actor="test-operator")
            assert audit and {e.actor for e in audit} == {"test-operator"}
            assert {"POST", "PUT", "DELETE"} <= {e.method for e in audit}

    run(scenario)


def test_invalid_policy_names_its_field(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as client:
            with pytest.raises(InvalidRequest) as caught:
                await client.create_policy(
                    {
                        "name": "Too frequent",
                        "recovery_point_retention_hours": 2,
                        "app_consistent_frequency_hours": 6,
                    }
                )
            error = caught.value
            assert error.status == 422
            assert "app_consistent_frequency_hours" in error.field_errors
            assert "retention" in error.field_errors["app_consistent_frequency_hours"]
            assert str(error).startswith("Invalid request: app_consistent_frequency_hours")

            with pytest.raises(InvalidRequest) as caught:
                await client.create_policy({"name": "Odd", "copy_frequency_seconds": 60})
            assert "copy_frequency_seconds" in caught.value.field_errors

            await client.create_policy(policy("Twice"))
            with pytest.raises(Conflict) as twice:
                await client.create_policy(policy("twice"))
            assert str(twice.value) == (
                "Conflict: A replication policy named 'twice' exists already."
            )
            assert twice.value.job_id is None

    run(scenario)


def test_tokens_and_roles(server: RunningServer) -> None:
    async def scenario() -> None:
        async with StandbyClient(server.url, "sby_not-a-token") as stranger:
            with pytest.raises(Unauthorized) as caught:
                await stranger.inventory()
            assert caught.value.status == 401
            assert "unknown or revoked" in str(caught.value)
            with pytest.raises(Unauthorized):
                async with contextlib.aclosing(stranger.events()) as events:
                    await anext(events)

        async with client_for(server, "viewer") as viewer:
            assert await viewer.policies() == []
            with pytest.raises(Forbidden) as caught:
                await viewer.create_policy(policy("Not mine"))
            assert caught.value.status == 403
            assert "operator" in str(caught.value)
            with pytest.raises(Forbidden):
                await viewer.audit()

    run(scenario)


def test_lab_inventory_and_configuration(lab_server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(lab_server) as client:
            assert (await client.vault()).lab
            sites = await client.sites()
            assert {s.name for s in sites} == {"Stockholm", "Amsterdam"}
            assert (await client.get_site("site-sto")).name == "Stockholm"
            clouds = await client.clouds()
            assert len(clouds) == 4 and (await client.get_cloud("cloud-sto-gold")).name == "Gold"
            assert len(await client.hosts()) == 12
            assert (await client.get_host("host-sto-gold-1")).cloud_id == "cloud-sto-gold"
            vms = await client.vms()
            assert (await client.get_vm(vms[0].id)) == vms[0]
            assert {n.id for n in await client.networks()} >= {"net-sto-prod", "net-ams-prod"}
            assert (await client.get_network("net-ams-test")).site_id == "site-ams"
            with pytest.raises(NotFound):
                await client.get_vm("vm-nowhere")

            pairings = await client.pairings()
            assert {p.primary_cloud_id for p in pairings} == {"cloud-sto-gold", "cloud-sto-silver"}
            assert await client.get_pairing(pairings[0].id) == pairings[0]
            with pytest.raises(Conflict) as paired:
                await client.create_pairing(
                    PairingSpec(
                        primary_cloud_id="cloud-sto-gold",
                        recovery_cloud_id="cloud-ams-silver",
                        policy_id=pairings[0].policy_id,
                    )
                )
            assert str(paired.value).startswith("Conflict: The cloud 'Gold' is paired already")
            assert paired.value.extra["pairing_id"] in {p.id for p in pairings}
            with pytest.raises(Conflict) as same_site:
                await client.create_pairing(
                    {
                        "primary_cloud_id": "cloud-ams-gold",
                        "recovery_cloud_id": "cloud-ams-silver",
                        "policy_id": pairings[0].policy_id,
                    }
                )
            assert "recovery_cloud_id" in same_site.value.field_errors
            with pytest.raises(Conflict) as in_use:
                await client.delete_policy(pairings[0].policy_id)
            assert set(in_use.value.extra["pairing_ids"]) == {p.id for p in pairings}

            mappings = await client.network_mappings()
            assert [(m.primary_network_id, m.recovery_network_id) for m in mappings] == [
                ("net-sto-prod", "net-ams-prod")
            ]
            test_mapping = await client.create_network_mapping(
                NetworkMappingSpec(
                    primary_network_id="net-sto-test", recovery_network_id="net-ams-test"
                )
            )
            assert len(await client.network_mappings()) == 2
            await client.delete_network_mapping(test_mapping.id)
            with pytest.raises(NotFound):
                await client.delete_network_mapping(test_mapping.id)

            await client.delete_pairing(pairings[1].id)
            assert [p.id for p in await client.pairings()] == [pairings[0].id]

    run(scenario)


def test_items_jobs_and_alerts(lab_server: RunningServer) -> None:
    async def scenario() -> None:
        created = datetime.now(UTC)
        pairing = (
            await asyncio.to_thread(lab_server.call, lambda: lab_server.ctx.store.list("pairing"))
        )[0]
        item = ProtectedItem(
            id="pi-sql-01",
            vm_id="vm-sql-01",
            pairing_id=pairing["id"],
            policy_id=pairing["policy_id"],
            source_host_id="host-sto-gold-1",
        )
        running = Job(
            id="job-running",
            operation="enable-protection",
            object_kind="protected-item",
            object_id=item.id,
            state=JobState.IN_PROGRESS,
            started_by="test-operator",
            created=created,
        )
        done = running.model_copy(
            update={
                "id": "job-done",
                "state": JobState.SUCCEEDED,
                "created": created - timedelta(minutes=1),
            }
        )
        alert = Alert(
            id="alert-1",
            severity=Severity.CRITICAL,
            object_kind="site",
            object_id="site-sto",
            message="Site Stockholm is unreachable.",
            time=created,
        )
        await put_objects(lab_server, "protected-item", item)
        await put_objects(lab_server, "job", running, done)
        await put_objects(lab_server, "alert", alert)

        async with client_for(lab_server) as client:
            assert [i.id for i in await client.protected_items()] == [item.id]
            assert await client.get_protected_item(item.id) == item
            assert await client.recovery_points(item.id) == []
            assert await client.health(item.id) == []
            assert await client.health(item.id, since=created - timedelta(days=1)) == []
            with pytest.raises(NotFound):
                await client.recovery_points("pi-nothing")

            assert [j.id for j in await client.jobs()] == ["job-running", "job-done"]
            assert [j.id for j in await client.jobs(active=True)] == ["job-running"]
            assert [j.id for j in await client.jobs(state=JobState.SUCCEEDED)] == ["job-done"]
            assert [j.id for j in await client.jobs(object_id="nothing")] == []
            assert [j.id for j in await client.jobs(limit=1)] == ["job-running"]
            assert (await client.get_job("job-running")).state is JobState.IN_PROGRESS

            assert [a.id for a in await client.alerts(unacknowledged=True)] == ["alert-1"]
            assert await client.alerts(severity=Severity.INFO) == []
            acknowledged = await client.acknowledge_alert("alert-1")
            assert acknowledged.acknowledged_by == "test-operator"
            assert acknowledged.acknowledged_at is not None
            assert await client.alerts(unacknowledged=True) == []
            with pytest.raises(Conflict) as again:
                await client.acknowledge_alert("alert-1")
            assert "Acknowledged already by test-operator" in str(again.value)

    run(scenario)


def test_unreachable_control_plane() -> None:
    async def scenario() -> None:
        url = f"http://127.0.0.1:{free_port()}"
        async with StandbyClient(url, "sby_x") as client:
            with pytest.raises(ConnectionFailed) as caught:
                await client.vault()
            assert url in str(caught.value) and "Connection failed" in str(caught.value)
            with pytest.raises(ConnectionFailed):
                async with contextlib.aclosing(client.events()) as events:
                    await anext(events)

    run(scenario)
    with pytest.raises(StandbyError):
        StandbyClient("vault.example:7410", "sby_x")


def test_problem_mapping_without_a_problem_document() -> None:
    error = problem_from(502, None, "Bad Gateway")
    assert type(error) is ApiError and str(error) == "Bad Gateway" and error.status == 502
    error = problem_from(
        409, {"title": "Conflict", "detail": "A job runs on it.", "job_id": "job-7"}
    )
    assert isinstance(error, Conflict) and error.job_id == "job-7"
    assert str(error) == "Conflict: A job runs on it."
    error = problem_from(
        422,
        {
            "title": "Invalid request",
            "errors": [{"field": "name", "reason": "too long"}, {"field": "name", "reason": "odd"}],
        },
    )
    assert error.field_errors == {"name": "too long; odd"}
    assert str(error) == "Invalid request: name: too long; name: odd"


# --- the event feed ---------------------------------------------------------------------------


def change_key(event: FeedEvent) -> tuple[int, str | None, str | None, str | None]:
    return (event.revision, event.type, event.action, event.id)


async def collect(
    client: StandbyClient,
    until: Callable[[list[FeedEvent]], bool],
    after: int | None = None,
    ready: asyncio.Event | None = None,
) -> list[FeedEvent]:
    """Follow the feed until `until(changes)`; set `ready` on the first heartbeat."""
    changes: list[FeedEvent] = []
    async with contextlib.aclosing(client.events(after)) as events:
        async for event in events:
            if event.kind == "heartbeat" and ready is not None:
                ready.set()
            elif event.kind == "change":
                changes.append(event)
                if until(changes):
                    break
    return changes


async def burst(client: StandbyClient, tag: str) -> int:
    """Eight changes: five created, two replaced, one deleted. Returns how many."""
    made = [await client.create_policy(policy(f"{tag}-{n}")) for n in range(5)]
    for p in made[:2]:
        await client.replace_policy(p.id, policy(f"{p.name} (renamed)"))
    await client.delete_policy(made[4].id)
    return 8


def test_two_followers_see_the_same_events_in_order(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as writer, client_for(server, "viewer") as reader:
            start = (await writer.vault()).revision
            ready = [asyncio.Event(), asyncio.Event()]
            done = lambda changes: len(changes) >= 8  # noqa: E731
            followers = [
                asyncio.create_task(collect(reader, done, None, ready[0])),
                asyncio.create_task(collect(reader, done, None, ready[1])),
            ]
            await asyncio.gather(*(r.wait() for r in ready))
            await burst(writer, "burst")
            first, second = await asyncio.gather(*followers)
        assert [change_key(e) for e in first] == [change_key(e) for e in second]
        assert [e.revision for e in first] == list(range(start + 1, start + 9))
        assert [e.action for e in first] == ["upsert"] * 7 + ["delete"]
        assert {e.type for e in first} == {"policy"}
        assert first[0].object is not None and first[0].object["name"] == "burst-0"
        assert first[-1].object is None

    run(scenario)


def test_resuming_with_last_event_id_misses_nothing(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as writer, client_for(server, "viewer") as reader:
            start = (await writer.vault()).revision
            # A reference follower stays connected throughout.
            reference = asyncio.create_task(
                collect(reader, lambda changes: len(changes) >= 16, after=start)
            )
            await burst(writer, "one")
            # This one leaves after three events, while more are being written ...
            early = await collect(reader, lambda changes: len(changes) >= 3, after=start)
            await burst(writer, "two")
            # ... and comes back with the last revision it saw.
            rest = await collect(
                reader, lambda changes: len(changes) >= 13, after=early[-1].revision
            )
            resumed = [change_key(e) for e in early + rest]
            assert resumed == [change_key(e) for e in await reference]
            assert [r[0] for r in resumed] == list(range(start + 1, start + 17))

    run(scenario)


def test_feed_heartbeats_and_relist(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server, "viewer") as reader:
            head = (await reader.vault()).revision
            seen: list[FeedEvent] = []
            async with contextlib.aclosing(reader.events()) as events:
                async for event in events:
                    seen.append(event)
                    if len(seen) == 2:
                        break
            # One on connecting, one after a quiet second.
            assert [e.kind for e in seen] == ["heartbeat", "heartbeat"]
            assert seen[0].revision == head and seen[0].time is not None

            # A revision this vault never reached: the server says re-list and ends.
            async with contextlib.aclosing(reader.events(after=head + 1000)) as events:
                kinds = [(e.kind, e.revision) async for e in events]
            assert kinds == [("heartbeat", head), ("relist", head)]

    run(scenario)


def test_resuming_behind_pruned_history_is_told_to_relist(server: RunningServer) -> None:
    async def scenario() -> None:
        async with client_for(server) as client:
            start = (await client.vault()).revision
            for n in range(4):
                await client.create_policy(policy(f"Pruned {n}"))
            await asyncio.to_thread(server.call, lambda: server.ctx.store.prune_events(1))
            # Restarted, the server's feed holds no history in memory: only the pruned table.
            await asyncio.to_thread(server.stop)
            await asyncio.to_thread(server.start)
            async with contextlib.aclosing(client.events(after=start)) as events:
                kinds = [(e.kind, e.revision) async for e in events]
            assert kinds == [("heartbeat", start + 4), ("relist", start + 4)]
            # From the oldest revision kept, it replays.
            async with contextlib.aclosing(client.events(after=start + 3)) as events:
                async for event in events:
                    if event.kind == "change":
                        assert (event.revision, event.type) == (start + 4, "policy")
                        break

    run(scenario)


def test_stream_read_timeout_follows_the_heartbeat() -> None:
    assert StandbyClient("http://127.0.0.1:1", "t").stream_read_timeout == 45.0
    assert StandbyClient("http://127.0.0.1:1", "t", heartbeat_seconds=2).stream_read_timeout == 6


def test_https_with_a_ca_file_that_does_not_exist() -> None:
    with pytest.raises(StandbyError) as caught:
        StandbyClient("https://127.0.0.1:1", "t", ca_file="/nonexistent/ca.pem")
    assert "/nonexistent/ca.pem" in str(caught.value)
