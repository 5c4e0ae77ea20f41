"""The fabric steps of each operation on one protected item, shared by item jobs and
recovery-plan jobs: each is a plain function over the FailoverFabric (and ReplicationControl)
protocols, recording what it found in the run's result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from app.domain.addressing import AddressPlan, text_code
from app.domain.enums import Operation, RecoveryPointChoice
from app.domain.fabric import (
    Divergence,
    FabricError,
    FailoverFabric,
    ReplicationControl,
)
from app.domain.step_text import Text

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


def _address(run: ItemRun) -> AddressPlan | None:
    """The address plan the job was created with (None: a job from before IP customization)."""
    data = run.parameters.get("address")
    return AddressPlan.from_json(data) if data else None


def _address_kwargs(plan: AddressPlan | None) -> dict[str, Any]:
    # Passed only when there is a plan: a fabric without IP customization is called as before.
    return {"address": plan} if plan is not None else {}


def _record_address(run: ItemRun, plan: AddressPlan | None) -> None:
    """The address the VM got (or kept, or why none) in the job's result and its step's log."""
    if plan is None:
        return
    run.result["address"] = plan.to_json()
    code, params = text_code(plan)
    run.log(Text(code, **params))


async def start_test_vm(f: FailoverFabric, run: ItemRun) -> None:
    plan = _address(run)
    result = await _guarded(
        f.test_failover(
            run.vm_id,
            _choice(run),
            run.parameters.get("recovery_point_id"),
            run.parameters.get("network_id"),
            run.tag,
            **_address_kwargs(plan),
        )
    )
    _record_point(run, result)
    run.result["test_vm_id"] = result.test_vm_id
    run.log(
        Text(
            "test-vm-started",
            test_vm=result.test_vm_id,
            point_time=result.point_time.isoformat(),
        )
    )
    _record_address(run, plan)


async def remove_test_vm(f: FailoverFabric, run: ItemRun) -> None:
    removed = await _guarded(f.test_failover_cleanup(run.vm_id, run.tag))
    run.result["removed"] = removed
    run.log(Text("test-vm-removed", count=removed))


async def shut_down(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.shut_down(run.vm_id))
    run.log(Text("source-shut-down"))


async def final_sync(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.final_sync(run.vm_id))
    run.log(Text("last-changes-replicated"))


async def shut_down_best_effort(f: FailoverFabric, run: ItemRun) -> None:
    """Unplanned failover: try to shut the source down and sync; carry on if it fails."""
    if not run.parameters.get("shut_down_source", True):
        run.log(Text("source-kept-running"))
        return
    try:
        await f.shut_down(run.vm_id)
        await f.final_sync(run.vm_id)
        run.log(Text("source-shut-down-synced"))
    except FabricError as exc:
        run.log(Text("source-unreachable", error=str(exc)))


async def start_replica(f: FailoverFabric, run: ItemRun) -> None:
    planned = run.operation in (Operation.PLANNED_FAILOVER, Operation.FAILBACK)
    choice = RecoveryPointChoice.LATEST if planned else _choice(run)
    plan = _address(run)
    point = run.parameters.get("recovery_point_id")
    result = await _guarded(f.failover(run.vm_id, choice, point, **_address_kwargs(plan)))
    _record_point(run, result)
    run.result.update(writes_lost=result.writes_lost, unreplicated_bytes=result.unreplicated_bytes)
    point = dict(point_time=result.point_time.isoformat(), point_kind=result.point_kind.value)
    if result.writes_lost is not None:  # an estate that counts its guests' writes
        run.log(Text("replica-started", **point, writes_lost=result.writes_lost))
    elif planned:  # shut down and synced first: the point holds every write
        run.log(Text("replica-started-synced", **point))
    elif result.writes_until is not None:
        # Told as the estate can: the span of writes after the point (up to the source's
        # last contact when it was away) and the bytes it had not shipped then.
        lost = max(0.0, (result.writes_until - result.point_time).total_seconds())
        until = result.writes_until.isoformat()
        run.result.update(writes_until=until, loss_seconds=lost)
        run.log(
            Text(
                "replica-started-span",
                **point,
                writes_until=until,
                unreplicated_bytes=result.unreplicated_bytes,
            )
        )
    else:
        run.log(Text("replica-started", **point, writes_lost=None))
    _record_address(run, plan)


async def fence(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.fence(run.vm_id))
    run.log(Text("fenced"))


async def commit(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.commit(run.vm_id))
    run.log(Text("committed"))


async def change_point(f: FailoverFabric, run: ItemRun) -> None:
    result = await _guarded(f.change_recovery_point(run.vm_id, run.parameters["recovery_point_id"]))
    _record_point(run, result)
    run.result["writes_lost"] = result.writes_lost
    run.log(Text("point-changed", point_time=result.point_time.isoformat()))


async def cancel(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(f.cancel_failover(run.vm_id))
    run.log(Text("failover-cancelled"))


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
        Text(
            "reversed",
            blocks_shipped=result.blocks_shipped,
            blocks_compared=result.blocks_compared,
            bytes_shipped=result.bytes_shipped,
        )
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
    run.log(Text("paused"))


async def resume(f: FailoverFabric, run: ItemRun) -> None:
    await _guarded(_control(f).resume_replication(run.vm_id))
    run.log(Text("resumed"))


async def resync(f: FailoverFabric, run: ItemRun) -> None:
    result = await _guarded(_control(f).resync_replication(run.vm_id, run.progress))
    run.result.update(
        blocks_compared=result.blocks_compared,
        blocks_shipped=result.blocks_shipped,
        bytes_shipped=result.bytes_shipped,
    )
    run.log(
        Text(
            "resynced",
            blocks_shipped=result.blocks_shipped,
            blocks_compared=result.blocks_compared,
            bytes_shipped=result.bytes_shipped,
        )
    )


ItemStep = Callable[[FailoverFabric, ItemRun], Awaitable[None]]
SHUT_DOWN = (Text("shut-down-source"), shut_down)
ITEM_STEPS: dict[Operation, list[tuple[str, ItemStep]]] = {
    Operation.TEST_FAILOVER: [(Text("start-test-vm"), start_test_vm)],
    Operation.TEST_FAILOVER_CLEANUP: [(Text("remove-test-vm"), remove_test_vm)],
    Operation.PLANNED_FAILOVER: [
        SHUT_DOWN,
        (Text("final-sync"), final_sync),
        (Text("start-replica"), start_replica),
    ],
    Operation.UNPLANNED_FAILOVER: [
        (Text("shut-down-best-effort"), shut_down_best_effort),
        (Text("start-replica-from-point"), start_replica),
        (Text("fence"), fence),
    ],
    Operation.COMMIT: [(Text("commit"), commit)],
    Operation.CHANGE_RECOVERY_POINT: [(Text("change-point"), change_point)],
    Operation.CANCEL_FAILOVER: [(Text("cancel-failover"), cancel)],
    Operation.REVERSE_REPLICATION: [(Text("resync-from-active"), reverse)],
    Operation.FAILBACK: [
        SHUT_DOWN,
        (Text("final-sync"), final_sync),
        (Text("start-replica"), start_replica),
        (Text("reverse-replication"), reverse),
    ],
    Operation.RESYNC: [(Text("resync"), resync)],
    Operation.PAUSE: [(Text("pause"), pause)],
    Operation.RESUME: [(Text("resume"), resume)],
}
"""The fabric steps of each operation on one item, in order."""
