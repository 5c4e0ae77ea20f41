"""The wizards' decisions without Qt: each flow driven page by page against a real control
plane (and the lab where a flow needs data), up to the request it sends and the job that
request starts."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.client.api import StandbyClient
from app.client.cache import Backoff, InventoryCache
from app.console.wizards.after_flows import (
    CommitFlow,
    ConfirmFlow,
    FailbackFlow,
    ReverseReplicationFlow,
)
from app.console.wizards.failover_flows import (
    CleanupFlow,
    PlannedFailoverFlow,
    TestFailoverFlow,
    UnplannedFailoverFlow,
)
from app.console.wizards.flow import Target
from app.console.wizards.form import Kind
from app.console.wizards.launch import flow_for
from app.console.wizards.mapping_flow import MappingRulesFlow
from app.console.wizards.pairing_flow import PairingFlow
from app.console.wizards.policy_flow import PolicyFlow
from app.console.wizards.protect_flow import ProtectFlow
from app.domain.enums import JobState, Operation
from app.domain.model import Job
from app.lab.clock import LabClock
from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.support.server import RunningServer

LIMIT = 120.0


def drive(awaitable: Awaitable[Any], timeout: float = LIMIT) -> Any:
    """Run a scenario on a loop of its own (the console tests' qasync loop stays the set one)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(asyncio.wait_for(awaitable, timeout))
    finally:
        loop.close()


@pytest.fixture
def quick_lab(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    """The lab with its clock ×60 and the seeded policy copying every 30 s (lab time): a new
    recovery point about every half second."""
    from app.cli import seed_lab

    running = RunningServer(
        db_url,
        fabric_factory=lambda: LabFabric(clock=LabClock(60), folder=tmp_path / "lab"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()

    async def seed() -> None:
        from app.domain.model import PolicySpec
        from app.server import configuration

        await seed_lab(running.ctx)
        policy = (await running.ctx.store.list("policy"))[0]
        spec = PolicySpec.model_validate(
            {k: v for k, v in policy.items() if k != "id"} | {"copy_frequency_seconds": 30}
        )
        await configuration.replace_policy(running.ctx.store, policy["id"], spec)

    running.call(seed)
    yield running
    running.stop()


async def connect(server: RunningServer) -> tuple[StandbyClient, InventoryCache]:
    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=0.2, cap=1.0, jitter=0.0))
    await cache.start()
    await cache.wait_synced(20)
    return client, cache


async def close(client: StandbyClient, cache: InventoryCache) -> None:
    await cache.stop()
    await client.aclose()


async def finished(client: StandbyClient, job: Job) -> Job:
    while not (job := await client.get_job(job.id)).state.finished:
        await asyncio.sleep(0.2)
    assert job.state == JobState.SUCCEEDED, (job.error, [s.error for s in job.steps])
    return job


async def protect(client: StandbyClient, cache: InventoryCache, names: list[str]) -> list[str]:
    """Protect lab VMs through the enable-protection flow; their item ids once they have
    a few recovery points."""
    vm_ids = [f"vm-{n}" for n in names]
    flow = ProtectFlow(client, cache, vm_ids[:1])
    flow.set("vm_ids", vm_ids)
    assert flow.ready() == []
    outcome = await flow.send()
    ids = [(await finished(client, job)).object_id for job in outcome.jobs]
    for item_id in ids:
        while len(await client.recovery_points(item_id)) < 3:
            await asyncio.sleep(0.2)
    await cache.wait_for(
        lambda c: all(
            getattr(c.get("protected-item", i), "replication_state", "") == "protected" for i in ids
        ),
        20,
    )
    return ids


def messages(flow, page_id: str) -> list[str]:
    return [p.message for p in flow.problems(page_id)]


# --- configuration ------------------------------------------------------------------------


def test_policy_flow_validates_every_field_then_creates_and_edits(lab_server) -> None:
    async def scenario() -> None:
        client, cache = await connect(lab_server)
        try:
            flow = PolicyFlow(client, cache)
            assert flow.page_ids() == ["points", "transfer", "initial", "review"]
            keys = [f.key for f in flow.page("points").fields]
            assert keys == [
                "name",
                "copy_frequency_seconds",
                "recovery_point_retention_hours",
                "app_consistent_frequency_hours",
            ]
            assert messages(flow, "points") == ["Give the policy a name."]
            flow.set("name", "default (5 MIN, 24 h)")  # the seeded one, other case
            assert "exists already" in messages(flow, "points")[0]
            flow.set("name", "Gold 30 s")
            flow.set("copy_frequency_seconds", "30")
            flow.update({"recovery_point_retention_hours": 2, "app_consistent_frequency_hours": 4})
            assert [p.key for p in flow.problems("points")] == ["app_consistent_frequency_hours"]
            flow.set("app_consistent_frequency_hours", 1)
            assert flow.problems("points") == []
            # only settings the product carries out (no authentication, port or offline copy)
            assert [f.key for f in flow.page("transfer").fields] == [
                "compression",
                "delete_replica_on_disable",
            ]
            assert [f.key for f in flow.page("initial").fields] == ["initial_replication_start"]
            # a scheduled start shows its time field and wants it in the future
            assert "initial_replication_scheduled_at" not in [
                f.key for f in flow.page("initial").fields
            ]
            flow.set("initial_replication_start", "scheduled")
            assert flow.page("initial").fields[-1].kind == Kind.DATETIME
            flow.set("initial_replication_scheduled_at", datetime.now(UTC) - timedelta(hours=1))
            assert messages(flow, "initial") == ["Choose a start in the future."]
            later = datetime.now(UTC) + timedelta(days=1)
            flow.set("initial_replication_scheduled_at", later)
            assert flow.ready() == []
            review = dict(flow.page("review").facts)
            assert review["Copy frequency"] == "30 s"
            assert review["Initial replication starts"].startswith("scheduled at ")
            assert not {"Authentication", "Replication port", "Initial replication"} & set(review)
            outcome = await flow.send()
            assert outcome.jobs == [] and "Gold 30 s" in outcome.message
            created = next(p for p in await client.policies() if p.name == "Gold 30 s")
            assert created.copy_frequency_seconds == 30
            assert created.initial_replication_scheduled_at is not None

            await cache.wait_for(lambda c: c.get("policy", created.id) is not None)
            edit = PolicyFlow(client, cache, created)
            assert edit.problems("points") == []  # its own name is not a clash
            edit.set("compression", False)
            edit.set("initial_replication_start", "now")
            await edit.send()
            again = await client.get_policy(created.id)
            assert again.compression is False and again.initial_replication_scheduled_at is None
        finally:
            await close(client, cache)

    drive(scenario())


def test_pairing_flow_pairs_clouds_with_network_mapping(lab_server) -> None:
    async def scenario() -> None:
        client, cache = await connect(lab_server)
        try:
            flow = PairingFlow(client, cache)
            assert flow.page_ids() == ["clouds", "policy", "networks", "review"]
            assert messages(flow, "clouds") == ["Choose the primary cloud."]
            primary = {o.value: o for o in flow.page("clouds").fields[0].options}
            assert not primary["cloud-sto-gold"].enabled  # paired by the seed
            flow.set("primary_cloud_id", "cloud-sto-gold")
            assert messages(flow, "clouds") == ["This cloud is paired already."]
            flow.set("primary_cloud_id", "cloud-ams-gold")
            flow.set("recovery_cloud_id", "cloud-ams-silver")
            assert "another site" in messages(flow, "clouds")[0]
            flow.set("recovery_cloud_id", "cloud-sto-gold")
            assert flow.problems("clouds") == []
            assert flow.problems("policy") == []  # the one policy, chosen already
            networks = flow.page("networks")
            assert [f.key for f in networks.fields] == ["map:net-ams-prod"]
            assert flow.get("map:net-ams-prod") == "net-sto-prod"  # suggested by its role
            outcome = await flow.send()
            assert "paired" in outcome.message
            pairing = next(
                p for p in await client.pairings() if p.primary_cloud_id == "cloud-ams-gold"
            )
            assert pairing.recovery_cloud_id == "cloud-sto-gold"
            mappings = {m.primary_network_id: m for m in await client.network_mappings()}
            assert mappings["net-ams-prod"].recovery_network_id == "net-sto-prod"
        finally:
            await close(client, cache)

    drive(scenario())


def test_mapping_rules_flow_checks_each_line_then_replaces_the_rules(lab_server) -> None:
    async def scenario() -> None:
        client, cache = await connect(lab_server)
        try:
            [seeded] = await client.network_mappings()
            flow = MappingRulesFlow(client, cache, seeded)
            assert flow.page_ids() == ["rules", "review"]
            assert [f.key for f in flow.page("rules").fields] == ["subnet_rules", "vm_rules"]
            # The mapping's rules, one a line as the CLI takes them.
            assert flow.get("subnet_rules") == (
                "10.10.0.0/24=10.20.0.0/24,gateway=10.20.0.1,dns=10.20.0.10"
            )
            assert flow.get("vm_rules") == "" and flow.problems("rules") == []

            flow.set("vm_rules", "sql-01=10.20.0.99")
            assert messages(flow, "rules") == [
                "Per-VM rules, line 1: address: '10.20.0.99' needs its prefix length "
                "(e.g. 10.20.0.15/24)"
            ]
            flow.set("vm_rules", "nobody=10.20.0.99/24")
            assert messages(flow, "rules") == ["Per-VM rules, line 1: no VM named nobody"]
            flow.set("subnet_rules", "10.10.0.0/24=10.20.0.0/16")
            flow.set("vm_rules", "sql-01=10.20.0.99/24\nSQL-01=10.20.0.98/24")
            found = messages(flow, "rules")
            assert found[0].startswith("Subnet rules, line 1: recovery_subnet: its prefix")
            flow.set("subnet_rules", "10.10.0.0/24=10.20.0.0/24,gateway=10.20.0.1,dns=10.20.0.10")
            assert messages(flow, "rules") == [
                "vm_rules.1.vm_id: 'vm-sql-01' has a rule already (vm_rules.0)"
            ]
            flow.set("vm_rules", "sql-01=10.20.0.99/24,gateway=10.20.0.1")
            assert flow.ready() == []
            review = dict(flow.page("review").facts)
            assert review["sql-01"] == "10.20.0.99/24 in AMS-Production (per-VM rule)"
            assert review["sql-02"].startswith("10.20.0.")  # by the subnet rule
            assert "(subnet rule 10.10.0.0/24 → 10.20.0.0/24)" in review["sql-02"]

            outcome = await flow.send()
            assert "saved" in outcome.message and outcome.jobs == []
            [mapping] = await client.network_mappings()
            assert mapping.id == seeded.id
            assert [(r.vm_id, r.address, r.gateway) for r in mapping.vm_rules] == [
                ("vm-sql-01", "10.20.0.99/24", "10.20.0.1")
            ]
            assert [r.dns for r in mapping.subnet_rules] == [["10.20.0.10"]]
        finally:
            await close(client, cache)

    drive(scenario())


def test_protect_flow_pairing_vms_policy_and_jobs(lab_server) -> None:
    async def scenario() -> None:
        client, cache = await connect(lab_server)
        try:
            for fast in (Operation.PAUSE, Operation.RESUME, Operation.RESYNC):
                assert flow_for(client, cache, fast, item_id="pi-any") is None  # no wizard
            flow = flow_for(client, cache, Operation.ENABLE_PROTECTION, vm_id="vm-sql-01")
            assert isinstance(flow, ProtectFlow)
            assert flow.page_ids() == ["pairing", "vms", "policy", "initial", "review"]
            gold = flow.get("pairing_id")
            assert flow.get("vm_ids") == ["vm-sql-01"]
            vms = flow.page("vms").fields[0]
            assert vms.kind == Kind.MULTI and "vm-sql-01" in [o.value for o in vms.options]
            flow.set("vm_ids", [])
            assert messages(flow, "vms") == ["Select at least one VM."]
            flow.set("vm_ids", ["vm-sql-01", "vm-sql-02"])
            silver = next(p for p in flow.pairings() if p.id != gold)
            flow.set("pairing_id", silver.id)
            assert flow.get("vm_ids") == []  # the Gold VMs do not belong to Silver's cloud
            flow.set("pairing_id", gold)
            flow.set("vm_ids", ["vm-sql-01", "vm-sql-02"])
            assert flow.problems("vms") == []
            facts = dict(flow.page("initial").facts)
            assert list(facts) == ["Starts", "To copy"] and facts["Starts"] == "immediately"
            assert dict(flow.page("policy").facts)["Copy frequency"] == "5 min"
            assert dict(flow.summary())["VMs (2)"] == "sql-01, sql-02"
            outcome = await flow.send()
            assert [j.operation for j in outcome.jobs] == ["enable-protection"] * 2
            assert {j.object_name for j in outcome.jobs} == {"sql-01", "sql-02"}
        finally:
            await close(client, cache)

    drive(scenario())


# --- the failover family on one item ------------------------------------------------------


def test_item_through_test_failover_unplanned_commit_reverse_and_failback(quick_lab) -> None:
    async def scenario() -> None:
        client, cache = await connect(quick_lab)
        try:
            (item_id,) = await protect(client, cache, ["sql-02"])
            target = Target.item(cache, item_id)

            # Test failover: a point (listed needs one chosen) and the isolated network.
            test = TestFailoverFlow(client, cache, target)
            assert not test.loaded
            await test.load()
            assert test.page_ids() == ["point", "review"]
            point_page = test.page("point")
            assert [f.key for f in point_page.fields] == [
                "recovery_point",
                "point_id",
                "network_id",
            ]
            assert test.get("network_id") == "net-ams-test"  # isolated first
            test.set("recovery_point", "listed")
            assert messages(test, "point") == ["Choose a point from the list."]
            listed = point_page.fields[1].options
            assert len(listed) >= 3 and " old" in listed[0].label
            test.set("point_id", listed[1].value)
            assert test.problems("point") == []
            test.set("network_id", "net-ams-prod")
            assert "not an isolated test network" in test.page("point").warning
            test.set("network_id", "net-ams-test")
            assert test.body() == {
                "recovery_point": "listed",
                "recovery_point_id": listed[1].value,
                "network_id": "net-ams-test",
            }
            job = (await test.send()).jobs[0]
            done = await finished(client, job)
            assert done.result["recovery_point_id"] == listed[1].value
            await cache.wait_for(
                lambda c: c.get("protected-item", item_id).test_failover_state == "cleanup-pending",
                20,
            )

            cleanup = CleanupFlow(client, cache, Target.item(cache, item_id))
            assert messages(cleanup, "notes") == ["Notes are required: say what the test showed."]
            cleanup.set("notes", "   ")
            assert cleanup.problems("notes")
            cleanup.set("notes", "SQL started; orders readable.")
            assert cleanup.ready() == []
            await finished(client, (await cleanup.send()).jobs[0])
            await cache.wait_for(
                lambda c: c.get("protected-item", item_id).test_failover_state == "none", 20
            )

            # Unplanned failover: the expected data loss for the choice, shown before Start.
            unplanned = UnplannedFailoverFlow(client, cache, Target.item(cache, item_id))
            await unplanned.load()
            estimate = unplanned.estimates[item_id]
            assert estimate.live and estimate.source_reachable and estimate.points
            page = unplanned.page("point")
            assert [f.key for f in page.fields] == [
                "recovery_point",
                "point_id",
                "shut_down_source",
            ]
            assert page.warning.startswith("Expected data loss: none expected")
            unplanned.set("shut_down_source", False)
            oldest = estimate.points[-1]
            unplanned.set("point_id", oldest.id)  # picking a point means "listed"
            assert unplanned.get("recovery_point") == "listed"
            headline = unplanned.loss_headline()
            assert headline.startswith("up to ")
            assert "Expected data loss: up to" in unplanned.page("point").warning
            assert "loses writes of the last" in unplanned.page("point").facts[0][1]
            assert dict(unplanned.summary())["Expected data loss"] == headline
            assert unplanned.ready() == []
            failover = (await unplanned.send()).jobs[0]
            done = await finished(client, failover)
            assert done.result["recovery_point_id"] == oldest.id
            await cache.wait_for(
                lambda c: c.get("protected-item", item_id).replication_state == "failed-over", 20
            )

            # Planned failover is refused now; the flow says why before anything is sent.
            planned = PlannedFailoverFlow(client, cache, Target.item(cache, item_id))
            assert any("Planned failover needs" in m for m in messages(planned, "checks"))

            commit = CommitFlow(client, cache, Target.item(cache, item_id))
            assert commit.ready() == []
            assert "discards the other recovery points" in commit.page("review").warning
            await finished(client, (await commit.send()).jobs[0])
            await cache.wait_for(
                lambda c: (
                    c.get("protected-item", item_id).replication_state == "failover-committed"
                ),
                20,
            )

            # Reverse replication: the writes it would discard, and the typed confirmation.
            reverse = ReverseReplicationFlow(client, cache, Target.item(cache, item_id))
            await reverse.load()
            assert reverse.total > 0  # the source ran on past the old point
            page = reverse.page("discard")
            assert page.fields[0].kind == Kind.CONFIRM
            assert f"{reverse.total} write(s)" in page.warning
            assert "Type sql-02 exactly" in messages(reverse, "discard")[0]
            reverse.set("confirm_name", "sql-01")
            assert reverse.problems("discard")
            reverse.set("confirm_name", "sql-02")
            assert reverse.ready() == []
            assert reverse.body() == {"accept_data_loss": True}
            # An estate that cannot count its guests' writes (a real hypervisor) tells the
            # loss in bytes only: the wizard says it in bytes and still asks to confirm.
            in_bytes = ReverseReplicationFlow(client, cache, Target.item(cache, item_id))
            await in_bytes.load()
            assert in_bytes.discarded_bytes[item_id] == 64 * 1024 * reverse.discarded[item_id]
            in_bytes.discarded = dict.fromkeys(in_bytes.discarded)
            assert in_bytes.total == in_bytes.discarded_bytes[item_id] > 0
            page = in_bytes.page("discard")
            assert page.fields and "of data" in page.warning and "write(s)" not in page.warning
            assert "accept losing" in messages(in_bytes, "discard")[0]
            in_bytes.set("confirm_name", "sql-02")
            assert in_bytes.body() == {"accept_data_loss": True}
            done = await finished(client, (await reverse.send()).jobs[0])
            assert done.result["discarded_writes"] >= reverse.total
            await cache.wait_for(
                lambda c: c.get("protected-item", item_id).replication_state == "protected", 20
            )

            # Failback, guided as its two steps; one job runs both.
            failback = FailbackFlow(client, cache, Target.item(cache, item_id))
            assert failback.page_ids() == ["checks", "reverse", "review"]
            assert failback.page("checks").title.startswith("Step 1 of 2: planned failover")
            assert failback.page("reverse").title == "Step 2 of 2: reverse replication"
            assert failback.ready() == []
            job = (await failback.send()).jobs[0]
            assert job.operation == "failback"
            await finished(client, job)
        finally:
            await close(client, cache)

    drive(scenario(), 240)


def test_plan_flows_check_every_item_and_start_one_plan_job(quick_lab) -> None:
    async def scenario() -> None:
        client, cache = await connect(quick_lab)
        try:
            a, b = await protect(client, cache, ["web-01", "web-02"])
            plan = await client.create_recovery_plan(
                {"name": "Web tier", "groups": [{"name": "Web", "item_ids": [a, b]}]}
            )
            await cache.wait_for(lambda c: c.get("recovery-plan", plan.id) is not None)
            target = Target.plan(cache, plan.id)
            assert target.is_plan and [i.id for i in target.items] == [a, b]

            unplanned = flow_for(client, cache, Operation.UNPLANNED_FAILOVER, plan_id=plan.id)
            await unplanned.load()
            # no listed point for a plan: its VMs have points of their own
            choices = [o.value for o in unplanned.page("point").fields[0].options]
            assert "listed" not in choices and "latest" in choices
            assert len(unplanned.page("point").facts) == 2

            planned = PlannedFailoverFlow(client, cache, target)
            facts = dict(planned.page("checks").facts)
            assert set(facts) == {"web-01", "web-02"}
            assert all("✓ source reachable" in line for line in facts.values())
            assert planned.ready() == []
            assert "No data loss" in planned.page("review").warning
            outcome = await planned.send()
            job = outcome.jobs[0]
            assert (job.operation, job.object_id) == ("planned-failover@plan", plan.id)
            await finished(client, job)

            # A second wizard refuses clearly what the table refuses.
            again = PlannedFailoverFlow(client, cache, Target.plan(cache, plan.id))
            await cache.wait_for(
                lambda c: c.get("protected-item", a).replication_state == "failed-over", 20
            )
            assert len(again.refusals()) == 2
            cancel = ConfirmFlow(
                client, cache, Target.plan(cache, plan.id), Operation.CANCEL_FAILOVER
            )
            assert cancel.ready() == []
            await finished(client, (await cancel.send()).jobs[0])
        finally:
            await close(client, cache)

    drive(scenario(), 240)
