"""The failover family on one protected item: test failover and cleanup, planned and
unplanned failover, commit, change of recovery point, cancel, reverse replication, failback.

What is allowed comes from the operation table; this module records the item's running
status and the job in one transaction, and the job's steps drive the fabric's FailoverFabric.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
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
    ReplicationControl,
    ReplicationFabric,
)
from app.domain.model import Id, Job, Model, ProtectedItem
from app.domain.operations import ItemStatus, check

from .context import ServerContext
from .jobs import JobEngine, Recipe, StepFailed, StepRun
from .problems import conflict, invalid, not_found
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


# --- the steps, shared by item jobs and recovery-plan jobs -------------------------------------


@dataclass
class ItemRun:
    """One item's part of a job: its VM, the request's parameters and where results go."""

    vm_id: str
    operation: Operation
    parameters: dict[str, Any]
    result: dict[str, Any]
    log: Callable[[str], None]
    progress: Callable[[float], Awaitable[None]]
    tag: str  # marks what a test failover creates, so cleanup removes only that


async def _guarded(call: Awaitable[Any]) -> Any:
    try:
        return await call
    except FabricError as exc:
        raise StepFailed(str(exc)) from exc


def _choice(run: ItemRun) -> RecoveryPointChoice:
    return RecoveryPointChoice(run.parameters.get("recovery_point", "latest"))


def _record_point(run: ItemRun, result: Any) -> None:
    run.result.update(
        recovery_point_id=result.point_id,
        recovery_point_time=result.point_time.isoformat(),
        recovery_point_kind=result.point_kind.value,
    )


async def start_test_vm(f: FailoverFabric, run: ItemRun) -> None:
    result = await _guarded(
        f.test_failover(
            run.vm_id,
            _choice(run),
            run.parameters.get("recovery_point_id"),
            run.parameters.get("network_id"),
            run.tag,
        )
    )
    _record_point(run, result)
    run.result["test_vm_id"] = result.test_vm_id
    run.log(f"Test VM {result.test_vm_id} started from the point of {result.point_time}.")


async def remove_test_vm(f: FailoverFabric, run: ItemRun) -> None:
    removed = await _guarded(f.test_failover_cleanup(run.vm_id, run.tag))
    run.result["removed"] = removed
    run.log(f"Removed {removed} object(s) the test failover created.")


async def shut_down(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.shut_down(run.vm_id))
    run.log("The source VM is shut down.")


async def final_sync(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.final_sync(run.vm_id))
    run.log("The last changes are replicated.")


async def shut_down_best_effort(f: FailoverFabric, run: ItemRun) -> None:
    """Unplanned failover: try to shut the source down and sync; carry on if it fails."""
    if not run.parameters.get("shut_down_source", True):
        run.log("Skipped: the operator chose not to shut the source down.")
        return
    try:
        await f.shut_down(run.vm_id)
        await f.final_sync(run.vm_id)
        run.log("The source was shut down and its last changes replicated.")
    except FabricError as exc:
        run.log(f"The source could not be reached ({exc}); failing over without it.")


async def start_replica(f: FailoverFabric, run: ItemRun) -> None:
    planned = run.operation in (Operation.PLANNED_FAILOVER, Operation.FAILBACK)
    choice = RecoveryPointChoice.LATEST if planned else _choice(run)
    result = await _guarded(f.failover(run.vm_id, choice, run.parameters.get("recovery_point_id")))
    _record_point(run, result)
    run.result.update(writes_lost=result.writes_lost, unreplicated_bytes=result.unreplicated_bytes)
    run.log(
        f"Started from the point of {result.point_time} ({result.point_kind.value}); "
        f"writes lost: {result.writes_lost}."
    )


async def fence(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.fence(run.vm_id))
    run.log("The old copy is fenced: it will not start again when its site returns.")


async def commit(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.commit(run.vm_id))
    run.log("Committed: the other recovery points are discarded.")


async def change_point(f: FailoverFabric, run: ItemRun) -> None:
    result = await _guarded(f.change_recovery_point(run.vm_id, run.parameters["recovery_point_id"]))
    _record_point(run, result)
    run.result["writes_lost"] = result.writes_lost
    run.log(f"Now running from the point of {result.point_time}.")


async def cancel(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.cancel_failover(run.vm_id))
    run.log("Failover cancelled: the VM runs on its original side again.")


async def reverse(f: FailoverFabric, run: ItemRun) -> None:
    divergent = await _guarded(f.divergent_writes(run.vm_id))
    if divergent and not run.parameters.get("accept_data_loss"):
        raise StepFailed(
            f"{divergent} write(s) on the other side never reached the active side; "
            "reverse replication would discard them (not accepted)."
        )
    result = await _guarded(f.reverse_replication(run.vm_id, run.progress))
    if isinstance(f, ReplicationFabric):
        # The pair now runs the other way round: the item records its new direction at once.
        status = (await _guarded(f.replication_status())).get(run.vm_id)
        if status is not None and status.source_host_id:
            run.result.update(
                source_host_id=status.source_host_id, target_host_id=status.target_host_id
            )
    run.result.update(
        discarded_writes=divergent,
        blocks_compared=result.blocks_compared,
        blocks_shipped=result.blocks_shipped,
        bytes_shipped=result.bytes_shipped,
    )
    run.log(
        f"Resynchronized: {result.blocks_shipped} of {result.blocks_compared} blocks differed "
        f"({result.bytes_shipped} bytes shipped); replicating in the new direction."
    )


def _control(f: FailoverFabric) -> ReplicationControl:
    if not isinstance(f, ReplicationControl):
        raise StepFailed("this fabric cannot pause, resume or resynchronize replication")
    return f


async def pause(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(_control(f).pause_replication(run.vm_id))
    run.log("Replication paused; writes keep collecting and ship on resume.")


async def resume(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(_control(f).resume_replication(run.vm_id))
    run.log("Replication resumed.")


async def resync(f: FailoverFabric, run: ItemRun) -> None:
    result = await _guarded(_control(f).resync_replication(run.vm_id, run.progress))
    run.result.update(
        blocks_compared=result.blocks_compared,
        blocks_shipped=result.blocks_shipped,
        bytes_shipped=result.bytes_shipped,
    )
    run.log(
        f"Resynchronized: {result.blocks_shipped} of {result.blocks_compared} blocks differed "
        f"({result.bytes_shipped} bytes shipped)."
    )


ItemStep = Callable[[FailoverFabric, ItemRun], Awaitable[None]]
SHUT_DOWN = ("Shut down the source VM", shut_down)
ITEM_STEPS: dict[Operation, list[tuple[str, ItemStep]]] = {
    Operation.TEST_FAILOVER: [("Start the test VM from a recovery point", start_test_vm)],
    Operation.TEST_FAILOVER_CLEANUP: [("Remove the test VM", remove_test_vm)],
    Operation.PLANNED_FAILOVER: [
        SHUT_DOWN,
        ("Replicate the last changes", final_sync),
        ("Start the replica", start_replica),
    ],
    Operation.UNPLANNED_FAILOVER: [
        ("Shut down the source and replicate (best effort)", shut_down_best_effort),
        ("Start the replica from the recovery point", start_replica),
        ("Fence the old copy", fence),
    ],
    Operation.COMMIT: [("Commit the failover", commit)],
    Operation.CHANGE_RECOVERY_POINT: [("Change the recovery point", change_point)],
    Operation.CANCEL_FAILOVER: [("Cancel the failover", cancel)],
    Operation.REVERSE_REPLICATION: [("Resynchronize from the active side", reverse)],
    Operation.FAILBACK: [
        SHUT_DOWN,
        ("Replicate the last changes", final_sync),
        ("Start the replica", start_replica),
        ("Reverse replication", reverse),
    ],
    Operation.RESYNC: [("Resynchronize the replica", resync)],
    Operation.PAUSE: [("Pause replication", pause)],
    Operation.RESUME: [("Resume replication", resume)],
}
"""The fabric steps of each operation on one item, in order."""


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
