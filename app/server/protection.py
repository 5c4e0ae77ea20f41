"""Enabling and disabling protection, and keeping protected items' replication figures current.

Every decision about what is allowed comes from the operation table; this module carries the
decision out: it records the item's new state and its job (with the status it started from)
in one transaction, then runs the job's steps against the fabric. Its jobs end the way the
failover family's do (`settle_item`): where the table says the outcome leads, so a failed
enable leaves the item `enable-protection-failed`, critical, with the error, from where a new
enable or a disable may start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.domain import health as health_rules
from app.domain.enums import (
    InitialReplicationStart,
    JobState,
    Operation,
    ReplicationState,
    Severity,
)
from app.domain.fabric import FabricError, ReplicationFabric, ReplicationStatus
from app.domain.health import ReplicaSide
from app.domain.model import Job, Policy, ProtectedItem
from app.domain.operations import ItemStatus, Progress, advance, check
from app.domain.step_text import Text

from .alerts import raise_alert, resolve_alert
from .context import ServerContext
from .health_alerts import HealthAlerts, Judged
from .item_jobs import (
    refuse_if_busy,
    restarted,
    set_status,
    settle_job,
    settled,
    status_dict,
    status_from,
    test_failover_started,
)
from .jobs import JobEngine, Recipe, Step, StepFailed, StepRun
from .problems import conflict, not_found, unknown_reference
from .replica_side import replica_side_of
from .store import Transaction, new_id, now
from .supervisor import REPLICATION_MONITOR, STATUS_WATCH, StatusReadWatch, Supervisor

log = logging.getLogger(__name__)


def _replication(ctx: ServerContext) -> ReplicationFabric:
    if not isinstance(ctx.fabric, ReplicationFabric):
        raise conflict("This control plane has no fabric that replicates; nothing to protect.")
    return ctx.fabric


async def enable_protection(ctx: ServerContext, vm_id: str, pairing_id: str, actor: str) -> Job:
    _replication(ctx)
    engine = ctx.jobs
    async with ctx.store.transaction() as tx:
        vm = await tx.get("vm", vm_id)
        pairing = await tx.get("pairing", pairing_id)
        if vm is None:
            raise unknown_reference("vm_id", f"no VM with id '{vm_id}'")
        if pairing is None:
            raise unknown_reference("pairing_id", f"no cloud pairing with id '{pairing_id}'")
        host = await tx.get("host", vm["host_id"])
        if host is None or host["cloud_id"] != pairing["primary_cloud_id"]:
            raise unknown_reference(
                "pairing_id", f"{vm['name']} is not in the pairing's primary cloud"
            )
        item = await _existing_item(tx, vm_id)
        if item is not None:
            # A failed enable is retried on the same item; anything else is protected already.
            await refuse_if_busy(tx, item)
            status = ItemStatus.of(item)
            verdict = check(Operation.ENABLE_PROTECTION, status)
            if not verdict.allowed:
                raise conflict(
                    f"{vm['name']} is protected already ({item.id}).",
                    protected_item_id=item.id,
                )
            item.pairing_id, item.policy_id = pairing_id, pairing["policy_id"]
        else:
            status = ItemStatus(ReplicationState.NOT_PROTECTED)
            verdict = check(Operation.ENABLE_PROTECTION, status)
            item = ProtectedItem(
                id=new_id("pi"),
                vm_id=vm_id,
                pairing_id=pairing_id,
                policy_id=pairing["policy_id"],
                source_host_id=vm["host_id"],
            )
        assert verdict.allowed and verdict.in_progress is not None
        item.target_host_id = await _target_host(tx, pairing["recovery_cloud_id"], item.id)
        parameters: dict[str, Any] = {"status_before": status_dict(status)}
        start = await _scheduled_start(tx, pairing["policy_id"])
        if start is not None:
            parameters["initial_replication_at"] = start.isoformat()
        job = engine.new_job(
            Operation.ENABLE_PROTECTION.value,
            "protected-item",
            item.id,
            vm["name"],
            actor,
            parameters,
        )
        set_status(item, verdict.in_progress)
        item.current_job_id = job.id
        await tx.put("protected-item", item.id, item.model_dump(mode="json"))
        await engine.save(job, tx)
    engine.start(job)
    return job


async def _scheduled_start(tx: Transaction, policy_id: str) -> datetime | None:
    """When the policy schedules the initial copy for later: that moment (the control plane's
    clock, UTC). None when it starts at once — also for a scheduled time already past."""
    body = await tx.get("policy", policy_id)
    if body is None:
        return None
    policy = Policy.model_validate(body)
    at = policy.initial_replication_scheduled_at
    if policy.initial_replication_start != InitialReplicationStart.SCHEDULED or at is None:
        return None
    return at if at > now() else None


async def _existing_item(tx: Transaction, vm_id: str) -> ProtectedItem | None:
    for body in await tx.list("protected-item"):
        if body["vm_id"] == vm_id:
            return ProtectedItem.model_validate(body)
    return None


async def _target_host(tx: Transaction, cloud_id: str, item_id: str) -> str:
    """The recovery cloud's host holding the fewest replicas (the item's own not counted)."""
    hosts = [h["id"] for h in await tx.list("host") if h["cloud_id"] == cloud_id]
    if not hosts:
        raise conflict("The recovery cloud has no host to hold the replica.")
    load = dict.fromkeys(hosts, 0)
    for item in await tx.list("protected-item"):
        if item.get("target_host_id") in load and item["id"] != item_id:
            load[item["target_host_id"]] += 1
    return min(hosts, key=lambda h: (load[h], h))


async def disable_protection(ctx: ServerContext, item_id: str, actor: str) -> Job:
    engine = ctx.jobs
    async with ctx.store.transaction() as tx:
        item = await tx.get("protected-item", item_id)
        if item is None:
            raise not_found("protected-item", item_id)
        model = ProtectedItem.model_validate(item)
        await refuse_if_busy(tx, model)
        status = ItemStatus.of(model)
        verdict = check(Operation.DISABLE_PROTECTION, status)
        if not verdict.allowed:
            raise conflict(verdict.reason)
        assert verdict.in_progress is not None
        vm = await tx.get("vm", model.vm_id)
        job = engine.new_job(
            Operation.DISABLE_PROTECTION.value,
            "protected-item",
            item_id,
            vm["name"] if vm else model.vm_id,
            actor,
            {"status_before": status_dict(status)},
        )
        set_status(model, verdict.in_progress)
        model.current_job_id = job.id
        await tx.put("protected-item", item_id, model.model_dump(mode="json"))
        await engine.save(job, tx)
    engine.start(job)
    return job


# --- the recipes ------------------------------------------------------------------------------


def register(ctx: ServerContext, engine: JobEngine) -> None:
    async def load(run: StepRun) -> tuple[ProtectedItem, Policy]:
        item = await ctx.store.get("protected-item", run.job.object_id)
        if item is None:
            raise StepFailed("the protected item no longer exists")
        policy = await ctx.store.get("policy", item["policy_id"])
        if policy is None:
            raise StepFailed("the item's replication policy no longer exists")
        return ProtectedItem.model_validate(item), Policy.model_validate(policy)

    async def prepare_replica(run: StepRun) -> None:
        item, policy = await load(run)
        assert item.target_host_id is not None
        try:
            await _replication(ctx).enable_replication(item.vm_id, item.target_host_id, policy)
        except FabricError as exc:
            raise StepFailed(str(exc)) from exc
        run.log(Text("replica-prepared", host=item.target_host_id))

    async def wait_for_start(run: StepRun) -> None:
        """The policy's scheduled start: the replica is prepared (writes are tracked from now
        on), the item stays enabling-protection, and nothing is copied until the moment."""
        at = datetime.fromisoformat(run.parameters["initial_replication_at"])
        if at > now():
            run.log(Text("initial-copy-scheduled", start_time=at.isoformat()))
            await run.progress(0.0)  # the line above, on the feed
            await run.wait_until(at)
        run.log(Text("scheduled-start-reached"))

    async def initial_copy(run: StepRun) -> None:
        item, _ = await load(run)
        # The table's outcome of the enable itself; the initial copy's end is Progress.
        prepared = check(Operation.ENABLE_PROTECTION, status_from(run.parameters["status_before"]))
        assert prepared.on_success is not None
        await _set_state(ctx, item.id, prepared.on_success.replication)
        try:
            await _replication(ctx).initial_replication(item.vm_id, run.progress)
        except FabricError as exc:
            raise StepFailed(str(exc)) from exc
        run.log(Text("initial-copy-done"))

    async def stop_replication(run: StepRun) -> None:
        item, policy = await load(run)
        try:
            await _replication(ctx).disable_replication(
                item.vm_id, policy.delete_replica_on_disable
            )
        except FabricError as exc:
            raise StepFailed(str(exc)) from exc
        deleted = policy.delete_replica_on_disable
        run.log(Text("replication-stopped-deleted" if deleted else "replication-stopped-kept"))

    async def enabled(tx: Transaction, job: Job) -> None:
        await settle_job(tx, job, Operation.ENABLE_PROTECTION, "succeeded")
        item = await tx.get("protected-item", job.object_id)
        if item is not None:  # the initial copy is part of the job: protected now
            model = ProtectedItem.model_validate(item)
            status = advance(Progress.INITIAL_REPLICATION_COMPLETED, ItemStatus.of(model))
            model.replication_state = status.replication
            await tx.put("protected-item", model.id, model.model_dump(mode="json"))

    async def disabled(tx: Transaction, job: Job) -> None:
        await tx.delete("protected-item", job.object_id)
        # Its points go with it: a later protection of the same VM numbers its points from 1
        # again (rp-<vm>-<cycle>), which must not meet the old rows.
        await tx.replace_recovery_points(job.object_id, [])

    def enable_steps(job: Job) -> list[tuple[str, Step]]:
        """A scheduled start (kept in the job's parameters: it survives a restart) adds a
        waiting step between preparing the replica and the copy."""
        steps: list[tuple[str, Step]] = [(Text("prepare-replica"), prepare_replica)]
        at = job.parameters.get("initial_replication_at")
        if at:
            steps.append((Text("wait-scheduled-start", start_time=at), wait_for_start))
        return [*steps, (Text("initial-replication"), initial_copy)]

    disable_steps: list[tuple[str, Step]] = [(Text("stop-replication"), stop_replication)]
    builds: dict[Operation, Callable[[Job], list[tuple[str, Step]]] | None] = {
        Operation.ENABLE_PROTECTION: enable_steps,
        Operation.DISABLE_PROTECTION: None,
    }
    for op, steps, on_success in (
        (Operation.ENABLE_PROTECTION, [], enabled),
        (Operation.DISABLE_PROTECTION, disable_steps, disabled),
    ):
        engine.register(
            op.value,
            Recipe(
                steps=steps,
                build=builds[op],
                on_success=on_success,
                on_failure=settled(op, "failed"),
                on_cancel=settled(op, "failed"),
                on_restart=restarted(op),
            ),
        )


async def _set_state(ctx: ServerContext, item_id: str, state: ReplicationState) -> None:
    async with ctx.store.transaction() as tx:
        item = await tx.get("protected-item", item_id)
        if item is not None and item["replication_state"] != state.value:
            item["replication_state"] = state.value
            await tx.put("protected-item", item_id, item)


# --- replication figures ----------------------------------------------------------------------


async def _untouched_since(tx: Transaction, item: ProtectedItem, moment: datetime) -> bool:
    """No job runs on the item, and none finished after `moment`."""
    if not item.current_job_id:
        return True
    job = await tx.get("job", item.current_job_id)
    if job is None:
        return True
    if not JobState(job["state"]).finished:
        return False
    return job.get("ended") is None or datetime.fromisoformat(job["ended"]) < moment


def _plans_of(plans: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """Item id → (plan id, plan name): the first plan by name that holds it."""
    found: dict[str, tuple[str, str]] = {}
    for plan in sorted(plans, key=lambda p: (p.get("name", ""), p["id"])):
        for group in plan.get("groups", []):
            for item_id in group.get("item_ids", []):
                found.setdefault(item_id, (plan["id"], plan.get("name", plan["id"])))
    return found


def _judged(
    item: ProtectedItem,
    vms: dict[str, str],
    hosts: dict[str, Any],
    clouds: dict[str, Any],
    sites: dict[str, Any],
    replica: tuple[ReplicaSide, str | None] | None,
) -> Judged:
    host = hosts.get(item.source_host_id)
    cloud = clouds.get(host["cloud_id"]) if host else None
    site = sites.get(cloud["site_id"]) if cloud else None
    return Judged(
        item=item,
        name=vms.get(item.vm_id, item.vm_id),
        source_host=(host["id"], host["name"]) if host else None,
        source_site=(site["id"], site["name"]) if site else None,
        replica=replica[0] if replica else None,
        replica_site_id=replica[1] if replica else None,
    )


class ReplicationMonitor:
    """Reads the fabric's replication status and updates protected items, health and points."""

    def __init__(self, ctx: ServerContext):
        self.ctx = ctx
        # Hosts whose storage-full alert this monitor raised (None: not read yet).
        self._full_hosts: set[str] | None = None
        self._watch: StatusReadWatch | None = None  # while run_forever runs
        self._health_alerts = HealthAlerts()  # items' health, one alert per cause

    async def run_forever(self) -> None:
        """Read the status every sync interval, supervised (supervisor.py: any failure is
        logged, alerted and retried with backoff), and keep the vault's note on whether the
        figures are current (stale after two sync intervals without a successful read)."""
        ctx = self.ctx

        def interval() -> float:
            return ctx.settings.sync_interval_seconds

        async with asyncio.TaskGroup() as group:
            if isinstance(ctx.fabric, ReplicationFabric):
                ctx.status_reads_begin()
                self._watch = StatusReadWatch(ctx)
                watch = Supervisor(ctx, STATUS_WATCH, self._watch.check, lambda: interval() / 2)
                group.create_task(watch.run(), name="status-watch")
            group.create_task(Supervisor(ctx, REPLICATION_MONITOR, self._read, interval).run())

    async def _read(self) -> None:
        await self.run_once()
        self.ctx.status_read_done()
        if self._watch is not None and self._watch.published:
            await self._watch.check()  # current again: say so at once

    async def run_once(self) -> None:
        fabric = self.ctx.fabric
        if not isinstance(fabric, ReplicationFabric):
            return
        read_at = now()
        statuses = await fabric.replication_status()
        samples: list[dict[str, Any]] = []
        storage_full: dict[str, dict[str, list[str]]] = {}  # host → side → item ids
        judged: list[Judged] = []
        unknown: set[str] = set()  # items without a status this round
        async with self.ctx.store.transaction() as tx:
            policies = {p["id"]: p for p in await tx.list("policy")}
            hosts = {h["id"]: h for h in await tx.list("host")}
            sites = {s["id"]: s for s in await tx.list("site")}
            clouds = {c["id"]: c for c in await tx.list("cloud")}
            vms = {v["id"]: v.get("name", v["id"]) for v in await tx.list("vm")}
            for body in await tx.list("protected-item"):
                status = statuses.get(body["vm_id"])
                if status is None:
                    unknown.add(body["id"])
                    continue
                item = ProtectedItem.model_validate(body)
                # A status read while a job was changing the item must not undo the job's
                # work (its direction, its state): only the figures are taken then.
                settled = await _untouched_since(tx, item, read_at)
                drill_started = await test_failover_started(tx, item)
                replica = self._apply(
                    item, status, policies, hosts, clouds, sites, settled, drill_started
                )
                judged.append(_judged(item, vms, hosts, clouds, sites, replica))
                if item.model_dump(mode="json") != body:
                    await tx.put("protected-item", item.id, item.model_dump(mode="json"))
                sample = {
                    "item_id": item.id,
                    "time": status.observed_at,
                    "rpo_seconds": item.rpo_seconds,  # None where it does not count
                    "pending_bytes": status.pending_bytes,
                    "throughput_bps": status.throughput_bps,
                }
                samples.append(sample)
                tx.emit("health-sample", item.id, sample)
                await tx.replace_recovery_points(item.id, status.recovery_points)
                for full in status.storage_full:
                    storage_full.setdefault(full.host_id, {}).setdefault(full.side, []).append(
                        item.id
                    )
            await self._storage_alerts(tx, storage_full, hosts)
            await self._health_alerts.update(
                tx, judged, sites, unknown, _plans_of(await tx.list("recovery-plan"))
            )
        await self.ctx.store.add_health_samples(samples)

    async def _storage_alerts(
        self,
        tx: Transaction,
        full: dict[str, dict[str, list[str]]],
        hosts: dict[str, Any],
    ) -> None:
        """One alert per host whose storage is full (cause "storage-full:<host id>"), raised
        while any item reports it and resolved when none does any more. After a start every
        host is checked once; then only the hosts this monitor saw full."""
        for host_id, sides in full.items():
            name = hosts.get(host_id, {}).get("name", host_id)
            count = len({i for items in sides.values() for i in items})
            what = " and ".join(
                "replica storage" if side == "replica" else "VM storage" for side in sorted(sides)
            )
            await raise_alert(
                tx,
                cause=f"storage-full:{host_id}",
                severity=Severity.CRITICAL,
                object_kind="host",
                object_id=host_id,
                message=(
                    f"Storage on {name} is full ({what}): replication of {count} protected "
                    f"item{'s' if count != 1 else ''} is paused until space returns."
                ),
                text_code="storage-full",
                text_params={"host": name, "count": count, "sides": sorted(sides)},
            )
        earlier = set(hosts) if self._full_hosts is None else self._full_hosts
        for host_id in earlier - set(full):
            await resolve_alert(
                tx, f"storage-full:{host_id}", "Space returned.", text_code="space-returned"
            )
        self._full_hosts = set(full)

    def _apply(
        self,
        item: ProtectedItem,
        status: ReplicationStatus,
        policies: dict[str, Any],
        hosts: dict[str, Any],
        clouds: dict[str, Any],
        sites: dict[str, Any],
        settled: bool,
        drill_started: datetime | None = None,
    ) -> tuple[ReplicaSide, str | None] | None:
        """Take the status's figures and judge the item's health; returns the replica's
        host as judged (and its site's id), None when the vault does not know it."""
        item.last_replication = status.last_replication
        item.pending_bytes = status.pending_bytes
        item.rpo_seconds = status.rpo_seconds
        item.throughput_bps = status.throughput_bps
        item.successful_cycles = status.successful_cycles
        item.missed_cycles = status.missed_cycles
        # After a failover and reverse replication the pair runs the other way round.
        if status.source_host_id:
            item.source_host_id = status.source_host_id
        if status.target_host_id:
            item.target_host_id = status.target_host_id
        if status.resync_required:
            item.replication_state = advance(
                Progress.RESYNC_NEEDED, ItemStatus.of(item)
            ).replication
        # Failed over, committed, …: nothing replicates the item, so it has no RPO (the age
        # of its last point would only grow); it counts again with reverse replication.
        item.rpo_seconds = health_rules.reported_rpo(item.replication_state, item.rpo_seconds)
        host = hosts.get(item.source_host_id)
        site = sites.get(clouds[host["cloud_id"]]["site_id"]) if host else None
        policy = policies.get(item.policy_id)
        replica = replica_side_of(
            item.target_host_id, hosts, clouds, sites, status.replica_reachable
        )
        item.health, item.health_reasons = health_rules.evaluate(
            replication=item.replication_state,
            rpo_seconds=item.rpo_seconds,
            copy_frequency_seconds=policy["copy_frequency_seconds"] if policy else 300,
            missed_cycles=item.missed_cycles,
            agent_connected=host["agent"]["connected"] if host else None,
            source_site_up=site["up"] if site else None,
            test_failover=item.test_failover_state,
            location=item.active_location,
            failure=item.last_error,
            storage_full=[
                (full.side, hosts.get(full.host_id, {}).get("name", full.host_id))
                for full in status.storage_full
            ],
            guest_paused=status.guest_paused,
            last_point=max((p.time for p in status.recovery_points), default=None),
            now=status.observed_at,
            replica=replica[0] if replica else None,
            test_failover_started=drill_started,
            clock_now=now(),
            not_quiesced=status.not_quiesced,
            resync_reason=status.resync_reason if status.resync_required else "",
        )
        return replica
