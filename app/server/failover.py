"""The failover family on one protected item: test failover and cleanup, planned and
unplanned failover, commit, change of recovery point, cancel, reverse replication, failback.

What is allowed comes from the operation table; this module records the item's running
status and the job in one transaction, and the job's steps drive the fabric's FailoverFabric.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import Field

from app.domain.enums import (
    ActiveLocation,
    JobState,
    Operation,
    RecoveryPointChoice,
    ReplicationState,
    TestFailoverState,
)
from app.domain.fabric import (
    FabricError,
    FailoverFabric,
)
from app.domain.model import Id, Job, Model, ProtectedItem
from app.domain.operations import ItemStatus, check

from .context import ServerContext
from .jobs import JobEngine, Recipe, StepFailed, StepRun
from .problems import conflict, invalid, not_found
from .steps import ITEM_STEPS, ItemRun, ItemStep
from .store import Transaction


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


def fabric_of(ctx: ServerContext) -> FailoverFabric:
    if not isinstance(ctx.fabric, FailoverFabric):
        raise conflict("This control plane's fabric cannot fail over.")
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
            raise invalid("recovery_point_id", "not one of this item's recovery points")
    if op == Operation.TEST_FAILOVER:
        if (
            request.network_id is not None
            and await ctx.store.get("network", request.network_id) is None
        ):
            raise invalid("network_id", f"no network with id '{request.network_id}'")
        params["network_id"] = request.network_id
    if op == Operation.TEST_FAILOVER_CLEANUP:
        if not (request.notes or "").strip():
            raise invalid("notes", "say what the drill showed: notes are required for cleanup")
        params["notes"] = request.notes
    if op == Operation.UNPLANNED_FAILOVER:
        params["shut_down_source"] = request.shut_down_source
    if op in (Operation.REVERSE_REPLICATION, Operation.FAILBACK):
        params["accept_data_loss"] = request.accept_data_loss
        if op == Operation.REVERSE_REPLICATION:
            try:
                divergent = await fabric_of(ctx).divergent_writes(item.vm_id)
            except FabricError as exc:
                raise conflict(f"The writes on the other side cannot be counted: {exc}") from None
            if divergent and not request.accept_data_loss:
                raise conflict(
                    f"Reverse replication would discard {divergent} write(s) on the other side "
                    "that never reached the active side. Repeat with accept_data_loss to go on.",
                    discarded_writes=divergent,
                )
            params["discarded_writes"] = divergent
    return params


async def start_operation(
    ctx: ServerContext, item_id: str, op: Operation, request: OperationRequest, actor: str
) -> Job:
    fabric_of(ctx)
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


async def refuse_if_busy(tx: Transaction, item: ProtectedItem) -> None:
    """A second operation on an item while one runs gets 409 naming the job in the way."""
    if item.current_job_id:
        job = await tx.get("job", item.current_job_id)
        if job is not None and not JobState(job["state"]).finished:
            raise conflict(
                f"The job {job['id']} ({job['operation']}) is running on this item.",
                job_id=job["id"],
            )


def status_dict(status: ItemStatus) -> dict[str, str]:
    return {
        "replication": status.replication.value,
        "test_failover": status.test_failover.value,
        "location": status.location.value,
    }


def set_status(item: ProtectedItem, status: ItemStatus) -> None:
    item.replication_state = status.replication
    item.test_failover_state = status.test_failover
    item.active_location = status.location


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
            await step(fabric_of(ctx), item_run)

        return run_step

    for op, steps in ITEM_STEPS.items():
        engine.register(
            op.value,
            Recipe(
                steps=[(name, as_step(step)) for name, step in steps],
                on_success=_finish(op, success=True),
                on_failure=_finish(op, success=False),
                on_cancel=_finish(op, success=False),
                on_restart=_restart(op),
            ),
        )


async def settle_item(
    tx: Transaction,
    item_id: str,
    op: Operation,
    before: dict[str, str],
    outcome: str,
    result: dict[str, Any] | None = None,
) -> None:
    """Put an item where the operation table says the outcome leads (succeeded | failed), or
    back where it was when the operation never reached it (not-run)."""
    body = await tx.get("protected-item", item_id)
    if body is None:
        return
    item = ProtectedItem.model_validate(body)
    started = status_from(before)
    verdict = check(op, started)
    target = {"succeeded": verdict.on_success, "failed": verdict.on_failure}.get(outcome, started)
    if target is not None:
        set_status(item, target)
    if outcome == "succeeded":
        if op == Operation.UNPLANNED_FAILOVER:
            item.fenced = True
        elif op in (Operation.REVERSE_REPLICATION, Operation.FAILBACK):
            item.fenced = False
            if result and result.get("source_host_id"):
                item.source_host_id = result["source_host_id"]
                item.target_host_id = result["target_host_id"]
        elif op == Operation.TEST_FAILOVER_CLEANUP:
            item.test_failover_job_id = None
    await tx.put("protected-item", item.id, item.model_dump(mode="json"))


def _finish(op: Operation, success: bool):
    async def hook(tx: Transaction, job: Job) -> None:
        outcome = "succeeded" if success else "failed"
        before = job.parameters["status_before"]
        await settle_item(tx, job.object_id, op, before, outcome, job.result)

    return hook


def _restart(op: Operation):
    async def hook(tx: Transaction, job: Job) -> None:
        body = await tx.get("protected-item", job.object_id)
        if body is None:
            return
        item = ProtectedItem.model_validate(body)
        verdict = check(op, status_from(job.parameters["status_before"]))
        if verdict.in_progress is not None:
            set_status(item, verdict.in_progress)
            item.current_job_id = job.id
            await tx.put("protected-item", item.id, item.model_dump(mode="json"))

    return hook


def status_from(raw: dict[str, str]) -> ItemStatus:
    return ItemStatus(
        ReplicationState(raw["replication"]),
        TestFailoverState(raw["test_failover"]),
        ActiveLocation(raw["location"]),
    )
