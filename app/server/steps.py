"""The fabric steps of each operation on one protected item, shared by item jobs and
recovery-plan jobs: each is a plain function over the FailoverFabric (and ReplicationControl)
protocols, recording what it found in the run's result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from app.domain.enums import Operation, RecoveryPointChoice
from app.domain.fabric import (
    Divergence,
    FabricError,
    FailoverFabric,
    ReplicationControl,
)

from .jobs import StepFailed


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
    divergence = await _guarded(f.divergence(run.vm_id))
    if not divergence.none and not run.parameters.get("accept_data_loss"):
        raise StepFailed(
            f"{describe_divergence(divergence)} on the other side never reached the active "
            "side; reverse replication would discard it (not accepted)."
        )
    result = await _guarded(f.reverse_replication(run.vm_id, run.progress))
    if result.source_host_id:
        # The pair now runs the other way round: the item records its new direction at once.
        run.result.update(
            source_host_id=result.source_host_id, target_host_id=result.target_host_id
        )
    run.result.update(
        discarded_writes=divergence.guest_writes,
        discarded_bytes=divergence.bytes,
        blocks_compared=result.blocks_compared,
        blocks_shipped=result.blocks_shipped,
        bytes_shipped=result.bytes_shipped,
    )
    run.log(
        f"Resynchronized: {result.blocks_shipped} of {result.blocks_compared} blocks differed "
        f"({result.bytes_shipped} bytes shipped); replicating in the new direction."
    )


def describe_divergence(d: Divergence) -> str:
    """What would be discarded, for a message: in guest writes where the estate counts them,
    else in bytes."""
    if d.guest_writes is not None:
        return f"{d.guest_writes} write(s) ({d.bytes} bytes)"
    return f"{d.bytes} bytes in {d.blocks} block(s)"


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
