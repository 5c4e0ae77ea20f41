"""The failover family on one protected item: test failover and cleanup, planned and
unplanned failover, commit, change of recovery point, cancel, reverse replication, failback.

What is allowed comes from the operation table; this module records the item's running
status and the job in one transaction, and the job's steps drive the fabric's FailoverFabric.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, cast

from pydantic import Field

from app.domain.addressing import (
    AddressPlan,
    AddressSource,
    NoAddress,
    plan_address,
    text_code,
)
from app.domain.enums import (
    Operation,
    RecoveryPointChoice,
)
from app.domain.fabric import (
    FabricError,
    FailoverFabric,
    ReplicationControl,
)
from app.domain.model import Id, Job, Model, NetworkMapping, ProtectedItem, Vm
from app.domain.operations import ItemStatus, check
from app.domain.step_text import english

from . import replica_side
from .context import ServerContext
from .item_jobs import refuse_if_busy, restarted, set_status, settled, status_dict
from .jobs import JobEngine, Recipe, StepFailed, StepRun
from .problems import conflict, invalid, not_found, unknown_reference
from .steps import ITEM_STEPS, ItemRun, ItemStep, describe_divergence


class ItemOperation(StrEnum):
    """The operations served at /protected-items/{id}/{operation}."""

    TEST_FAILOVER = Operation.TEST_FAILOVER.value
    TEST_FAILOVER_CLEANUP = Operation.TEST_FAILOVER_CLEANUP.value
    PLANNED_FAILOVER = Operation.PLANNED_FAILOVER.value
    UNPLANNED_FAILOVER = Operation.UNPLANNED_FAILOVER.value
    COMMIT = Operation.COMMIT.value
    CHANGE_RECOVERY_POINT = Operation.CHANGE_RECOVERY_POINT.value
    CANCEL_FAILOVER = Operation.CANCEL_FAILOVER.value
    REVERSE_REPLICATION = Operation.REVERSE_REPLICATION.value
    FAILBACK = Operation.FAILBACK.value
    RESYNC = Operation.RESYNC.value
    PAUSE = Operation.PAUSE.value
    RESUME = Operation.RESUME.value


class OperationRequest(Model):
    """The body of POST /protected-items/{id}/{operation}; each operation reads its fields."""

    recovery_point: RecoveryPointChoice | None = Field(
        None,
        description="Test and unplanned failover: latest (apply all received first), "
        "latest-processed, latest-app-consistent, or listed (with recovery_point_id).",
    )
    recovery_point_id: Id | None = None
    network_id: Id | None = Field(None, description="Test failover: the network to start in.")
    shut_down_source: bool = Field(
        True, description="Unplanned failover: try to shut the source down and sync first."
    )
    notes: str | None = Field(None, max_length=4000, description="Cleanup: required notes.")
    accept_data_loss: bool = Field(
        False,
        description="Reverse replication/failback: discard writes that never reached the "
        "active side.",
    )


# Operations that start the VM (or its test copy) in a network mapping's recovery network:
# their job computes the VM's address plan when it is created (app/domain/addressing.py).
ADDRESSED_OPERATIONS = frozenset(
    {
        Operation.TEST_FAILOVER,
        Operation.PLANNED_FAILOVER,
        Operation.UNPLANNED_FAILOVER,
        Operation.FAILBACK,
    }
)

# Operations on replication itself: an estate that replicates but cannot fail over yet (its
# ReplicationControl without FailoverFabric) still serves them.
CONTROL_OPERATIONS = frozenset({Operation.PAUSE, Operation.RESUME, Operation.RESYNC})


def fabric_of(ctx: ServerContext, op: Operation | None = None) -> FailoverFabric:
    """The fabric that carries `op` out (409 when it cannot). Pause, resume and resync need
    only ReplicationControl; their steps check for it (steps._control)."""
    if op in CONTROL_OPERATIONS and isinstance(ctx.fabric, ReplicationControl):
        return cast(FailoverFabric, ctx.fabric)
    if not isinstance(ctx.fabric, FailoverFabric):
        raise conflict("This control plane's estate cannot fail over.")
    return ctx.fabric


async def validate_request(
    ctx: ServerContext, op: Operation, item: ProtectedItem, request: OperationRequest
) -> dict[str, Any]:
    """Operation-specific checks before anything is written; returns the job's parameters."""
    params: dict[str, Any] = {}
    if op in (Operation.TEST_FAILOVER, Operation.UNPLANNED_FAILOVER):
        default = (
            RecoveryPointChoice.LATEST_PROCESSED
            if op == Operation.TEST_FAILOVER
            else RecoveryPointChoice.LATEST
        )
        choice = request.recovery_point or default
        if choice == RecoveryPointChoice.LISTED and not request.recovery_point_id:
            raise invalid("recovery_point_id", "required when recovery_point is 'listed'")
        params.update(recovery_point=choice.value, recovery_point_id=request.recovery_point_id)
    if op == Operation.CHANGE_RECOVERY_POINT:
        if not request.recovery_point_id:
            raise invalid("recovery_point_id", "the point to change to is required")
        params["recovery_point_id"] = request.recovery_point_id
    if params.get("recovery_point_id"):
        points = {p["id"] for p in await ctx.store.recovery_points(item.id)}
        if params["recovery_point_id"] not in points:
            raise unknown_reference("recovery_point_id", "not one of this item's recovery points")
    if op == Operation.TEST_FAILOVER:
        if (
            request.network_id is not None
            and await ctx.store.get("network", request.network_id) is None
        ):
            raise unknown_reference("network_id", f"no network with id '{request.network_id}'")
        params["network_id"] = request.network_id
    if op == Operation.TEST_FAILOVER_CLEANUP:
        if not (request.notes or "").strip():
            raise invalid("notes", "say what the drill showed: notes are required for cleanup")
        params["notes"] = request.notes
    if op == Operation.UNPLANNED_FAILOVER:
        params["shut_down_source"] = request.shut_down_source
    if op in ADDRESSED_OPERATIONS:
        params["address"] = (await address_plan(ctx, item)).to_json()
    if op in (Operation.REVERSE_REPLICATION, Operation.FAILBACK):
        params["accept_data_loss"] = request.accept_data_loss
        if op == Operation.REVERSE_REPLICATION:
            try:
                divergence = await fabric_of(ctx).divergence(item.vm_id)
            except FabricError as exc:
                raise conflict(f"The writes on the other side cannot be counted: {exc}") from None
            if not divergence.none and not request.accept_data_loss:
                raise conflict(
                    f"Reverse replication would discard {describe_divergence(divergence)} on "
                    "the other side that never reached the active side. Repeat with "
                    "accept_data_loss to go on.",
                    discarded_writes=divergence.guest_writes,
                    discarded_bytes=divergence.bytes,
                    discarded_blocks=divergence.blocks,
                )
            params["discarded_writes"] = divergence.guest_writes
            params["discarded_bytes"] = divergence.bytes
    return params


async def address_plan(ctx: ServerContext, item: ProtectedItem) -> AddressPlan:
    """Where the item's VM lands and with which address, by the vault's network mappings now:
    kept in the job's parameters, so the job applies this plan even after a restart."""
    body = await ctx.store.get("vm", item.vm_id)
    if body is None:
        return AddressPlan(AddressSource.NONE, reason=NoAddress.NO_NETWORK)
    mappings = [NetworkMapping.model_validate(m) for m in await ctx.store.list("network-mapping")]
    return plan_address(Vm.model_validate(body), mappings)


def address_audit(job: Job) -> str | None:
    """The addresses a job will give, for its audit row: "sql-01: Recovery address …"."""
    if "address" in job.parameters:
        entries = [(job.object_name, job.parameters["address"])]
    else:
        entries = [
            (entry.get("vm_id", item_id), entry["address"])
            for item_id, entry in job.parameters.get("items", {}).items()
            if "address" in entry
        ]
    if not entries:
        return None
    lines = []
    for who, data in entries:
        code, params = text_code(AddressPlan.from_json(data))
        lines.append(f"{who}: {english(code, params)}")
    return f"job {job.id}; " + " ".join(lines)


async def start_operation(
    ctx: ServerContext, item_id: str, op: Operation, request: OperationRequest, actor: str
) -> Job:
    fabric_of(ctx, op)
    body = await ctx.store.get("protected-item", item_id)
    if body is None:
        raise not_found("protected-item", item_id)
    params = await validate_request(ctx, op, ProtectedItem.model_validate(body), request)
    async with ctx.store.transaction() as tx:
        body = await tx.get("protected-item", item_id)
        if body is None:
            raise not_found("protected-item", item_id)
        item = ProtectedItem.model_validate(body)
        await refuse_if_busy(tx, item)
        status = ItemStatus.of(item)
        verdict = check(op, status)
        if not verdict.allowed:
            raise conflict(verdict.reason, operation=op.value)
        assert verdict.in_progress is not None
        # A failover that needs the recovery host is refused while it is down, before any
        # step runs (the reason names the host, why, and the last point it received).
        reason = await replica_side.refusal(tx, item, op)
        if reason is not None:
            raise conflict(reason, operation=op.value, code="replica-unreachable")
        if op == Operation.TEST_FAILOVER_CLEANUP:
            params["tag"] = item.test_failover_job_id
        params["status_before"] = status_dict(status)
        vm = await tx.get("vm", item.vm_id)
        job = ctx.jobs.new_job(
            op.value, "protected-item", item.id, vm["name"] if vm else item.vm_id, actor, params
        )
        set_status(item, verdict.in_progress)
        item.current_job_id = job.id
        if op == Operation.TEST_FAILOVER:
            item.test_failover_job_id = job.id
        await tx.put("protected-item", item.id, item.model_dump(mode="json"))
        await ctx.jobs.save(job, tx)
    ctx.jobs.start(job)
    return job


def register(ctx: ServerContext, engine: JobEngine) -> None:
    def as_step(step: ItemStep):
        async def run_step(run: StepRun) -> None:
            item = await ctx.store.get("protected-item", run.job.object_id)
            if item is None:
                raise StepFailed("the protected item no longer exists")
            tag = run.parameters.get("tag") or run.job.id
            item_run = ItemRun(
                item["vm_id"],
                Operation(run.job.operation),
                run.parameters,
                run.job.result,
                run.log,
                run.progress,
                tag,
            )
            await step(fabric_of(ctx, Operation(run.job.operation)), item_run)

        return run_step

    for op, steps in ITEM_STEPS.items():
        engine.register(
            op.value,
            Recipe(
                steps=[(name, as_step(step)) for name, step in steps],
                on_success=settled(op, "succeeded"),
                on_failure=settled(op, "failed"),
                on_cancel=settled(op, "failed"),
                on_restart=restarted(op),
            ),
        )
