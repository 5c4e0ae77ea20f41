"""The operation table: which operation is allowed in which state, and where it leads.

The single source of truth for the server (409 with `Verdict.reason` otherwise) and for the
console (enable an action, or show why not). A protected item's status has three independent
axes (`ItemStatus`): replication, test failover (a drill never disturbs replication) and
active location. Each operation has one rule table per axis; it is allowed when every axis
has a row for the current value, and each row says the value while the job runs, after it
succeeds and after it fails. A missing row is a refusal, so every combination is defined.

Decisions where the design is silent (see the tables for the full picture):
- Test failover needs a replica with usable points: protected or paused (a pause keeps the
  points). Not resync-required (points may be stale) and not during a transfer.
- Pause is for a protected item only: an initial copy or a resync can't be paused half-way
  (resume would claim protection the replica does not have).
- Resync may also be forced on a protected item (suspected divergence).
- Cancel failover also rescues a failover-failed item; disable protection is refused while
  a failover is in progress, uncommitted or failed, so no VM is left running nowhere.
- Drill gates: unplanned failover, pause and resume ignore the test-failover axis (a disaster
  is never blocked by a drill). Jobs that move the VM or rewrite/discard recovery points
  wait while a drill job runs or cleans up (they would race its copy). Enable, disable and a
  new test failover need no drill at all (disable would orphan the test VM).
- Operations without an "-ing" state (commit, cancel, change point, pause, resume) keep the
  current status while they run; a failure leaves it unchanged unless a failed variant
  exists. Data-plane progress (initial copy done, resync needed, ...) is `Progress`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, TypeVar

from .enums import ActiveLocation, Operation, ReplicationState, TestFailoverState

if TYPE_CHECKING:
    from .model import ProtectedItem

R = ReplicationState
T = TestFailoverState
Op = Operation
S = TypeVar("S", ReplicationState, TestFailoverState)

OPERATION_LABELS: dict[Operation, str] = {
    Op.ENABLE_PROTECTION: "Enable protection",
    Op.DISABLE_PROTECTION: "Disable protection",
    Op.TEST_FAILOVER: "Test failover",
    Op.TEST_FAILOVER_CLEANUP: "Test failover cleanup",
    Op.PLANNED_FAILOVER: "Planned failover",
    Op.UNPLANNED_FAILOVER: "Unplanned failover",
    Op.COMMIT: "Commit",
    Op.CHANGE_RECOVERY_POINT: "Change recovery point",
    Op.CANCEL_FAILOVER: "Cancel failover",
    Op.REVERSE_REPLICATION: "Reverse replication",
    Op.FAILBACK: "Failback",
    Op.RESYNC: "Resynchronize",
    Op.PAUSE: "Pause replication",
    Op.RESUME: "Resume replication",
}


@dataclass(frozen=True)
class ItemStatus:
    """The three independent axes of a protected item's state."""

    replication: ReplicationState
    test_failover: TestFailoverState = T.NONE
    location: ActiveLocation = ActiveLocation.PRIMARY

    @classmethod
    def of(cls, item: ProtectedItem) -> ItemStatus:
        return cls(item.replication_state, item.test_failover_state, item.active_location)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    reason: str = ""  # empty when allowed; one operator-readable sentence otherwise
    in_progress: ItemStatus | None = None  # while the job runs
    on_success: ItemStatus | None = None
    on_failure: ItemStatus | None = None  # the failed variant, or the status unchanged


@dataclass(frozen=True)
class Step(Generic[S]):
    """One row of an axis table: the value while running, after success, after failure."""

    running: S
    success: S
    failure: S
    flip: bool = False  # on success the VM runs at the other site


def _stay(*states: S) -> dict[S, Step[S]]:
    """Rows that allow the operation and leave this axis untouched."""
    return {s: Step(s, s, s) for s in states}


_ANY_DRILL = _stay(*T)
_NO_DRILL = _stay(T.NONE)
_NO_DRILL_JOB = _stay(T.NONE, T.CLEANUP_PENDING)  # no drill job running on the replica

# --- replication axis: operation → {from state: Step} ----------------------------------------
REPLICATION_TABLE: dict[Operation, dict[ReplicationState, Step[ReplicationState]]] = {
    Op.ENABLE_PROTECTION: {
        R.NOT_PROTECTED: Step(
            R.ENABLING_PROTECTION, R.INITIAL_REPLICATION, R.ENABLE_PROTECTION_FAILED
        ),
        R.ENABLE_PROTECTION_FAILED: Step(
            R.ENABLING_PROTECTION, R.INITIAL_REPLICATION, R.ENABLE_PROTECTION_FAILED
        ),
    },
    Op.DISABLE_PROTECTION: {
        s: Step(R.DISABLING_PROTECTION, R.NOT_PROTECTED, s)
        for s in (
            R.INITIAL_REPLICATION,
            R.PROTECTED,
            R.RESYNC_REQUIRED,
            R.RESYNCHRONIZING,
            R.PAUSED,
            R.FAILOVER_COMMITTED,
            R.REVERSE_REPLICATING,
            R.ENABLE_PROTECTION_FAILED,
            R.REVERSE_REPLICATION_FAILED,
        )
    },
    Op.TEST_FAILOVER: _stay(R.PROTECTED, R.PAUSED),
    Op.TEST_FAILOVER_CLEANUP: _stay(*R),  # removing a drill's VM is always safe
    Op.PLANNED_FAILOVER: {
        R.PROTECTED: Step(R.FAILOVER_IN_PROGRESS, R.FAILED_OVER, R.FAILOVER_FAILED, flip=True),
    },
    Op.UNPLANNED_FAILOVER: {
        s: Step(R.FAILOVER_IN_PROGRESS, R.FAILED_OVER, R.FAILOVER_FAILED, flip=True)
        for s in (R.PROTECTED, R.PAUSED, R.RESYNC_REQUIRED, R.RESYNCHRONIZING, R.FAILOVER_FAILED)
    },
    Op.COMMIT: {R.FAILED_OVER: Step(R.FAILED_OVER, R.FAILOVER_COMMITTED, R.FAILED_OVER)},
    Op.CHANGE_RECOVERY_POINT: _stay(R.FAILED_OVER),
    Op.CANCEL_FAILOVER: {
        R.FAILED_OVER: Step(R.FAILED_OVER, R.PROTECTED, R.FAILED_OVER, flip=True),  # go back
        R.FAILOVER_FAILED: Step(R.FAILOVER_FAILED, R.PROTECTED, R.FAILOVER_FAILED),  # stayed
    },
    Op.REVERSE_REPLICATION: {
        s: Step(R.REVERSE_REPLICATING, R.PROTECTED, R.REVERSE_REPLICATION_FAILED)
        for s in (R.FAILED_OVER, R.FAILOVER_COMMITTED, R.REVERSE_REPLICATION_FAILED)
    },
    # Composite: planned failover recovery → primary, then reverse replication again.
    Op.FAILBACK: {
        R.PROTECTED: Step(R.FAILOVER_IN_PROGRESS, R.PROTECTED, R.FAILOVER_FAILED, flip=True),
    },
    Op.RESYNC: {
        s: Step(R.RESYNCHRONIZING, R.PROTECTED, R.RESYNC_REQUIRED)
        for s in (R.RESYNC_REQUIRED, R.PROTECTED)
    },
    Op.PAUSE: {R.PROTECTED: Step(R.PROTECTED, R.PAUSED, R.PROTECTED)},
    Op.RESUME: {R.PAUSED: Step(R.PAUSED, R.PROTECTED, R.PAUSED)},
}

# --- test-failover axis: operation → {from state: Step} --------------------------------------
TEST_FAILOVER_TABLE: dict[Operation, dict[TestFailoverState, Step[TestFailoverState]]] = {
    Op.ENABLE_PROTECTION: _NO_DRILL,
    Op.DISABLE_PROTECTION: _NO_DRILL,
    # A failed drill may have left a VM behind: it still needs its (tag-scoped) cleanup.
    Op.TEST_FAILOVER: {T.NONE: Step(T.RUNNING, T.CLEANUP_PENDING, T.CLEANUP_PENDING)},
    Op.TEST_FAILOVER_CLEANUP: {T.CLEANUP_PENDING: Step(T.CLEANING_UP, T.NONE, T.CLEANUP_PENDING)},
    Op.PLANNED_FAILOVER: _NO_DRILL_JOB,
    Op.UNPLANNED_FAILOVER: _ANY_DRILL,
    Op.COMMIT: _NO_DRILL_JOB,
    Op.CHANGE_RECOVERY_POINT: _NO_DRILL_JOB,
    Op.CANCEL_FAILOVER: _NO_DRILL_JOB,
    Op.REVERSE_REPLICATION: _NO_DRILL_JOB,
    Op.FAILBACK: _NO_DRILL_JOB,
    Op.RESYNC: _NO_DRILL_JOB,
    Op.PAUSE: _ANY_DRILL,
    Op.RESUME: _ANY_DRILL,
}

# --- location axis: operations that need the VM at one site --------------------------------
LOCATION_TABLE: dict[Operation, ActiveLocation] = {Op.FAILBACK: ActiveLocation.RECOVERY}

# --- why not: the sentences of a refusal ----------------------------------------------------
_NEEDS: dict[Operation, str] = {
    Op.ENABLE_PROTECTION: "an unprotected item (or a failed enable to retry)",
    Op.DISABLE_PROTECTION: "a protected or replicating item with no failover pending",
    Op.TEST_FAILOVER: "a protected or paused item",
    Op.TEST_FAILOVER_CLEANUP: "any replication state",
    Op.PLANNED_FAILOVER: "a protected item",
    Op.UNPLANNED_FAILOVER: "a replica with a recovery point to start from",
    Op.COMMIT: "an item that is failed over and not yet committed",
    Op.CHANGE_RECOVERY_POINT: "an item that is failed over and not yet committed",
    Op.CANCEL_FAILOVER: "a failover that is not committed (failed-over or failover-failed)",
    Op.REVERSE_REPLICATION: "a failed-over item (committed or not) or a failed reverse "
    "replication to retry",
    Op.FAILBACK: "a protected item running at the recovery site",
    Op.RESYNC: "an item that is resync-required or protected",
    Op.PAUSE: "a protected item",
    Op.RESUME: "a paused item",
}
_WAIT: dict[ReplicationState, str] = {  # transient states: a job or transfer is under way
    R.ENABLING_PROTECTION: "wait for protection to be enabled",
    R.INITIAL_REPLICATION: "wait for initial replication to finish",
    R.RESYNCHRONIZING: "wait for resynchronization to finish",
    R.FAILOVER_IN_PROGRESS: "wait for the failover to finish",
    R.REVERSE_REPLICATING: "wait for reverse replication to finish",
    R.DISABLING_PROTECTION: "protection is being disabled",
}
_FIX: dict[ReplicationState, str] = {  # for operations that need a protected item
    R.NOT_PROTECTED: "enable protection first",
    R.RESYNC_REQUIRED: "resynchronize it first",
    R.PAUSED: "resume replication first",
    R.FAILED_OVER: "commit it and start reverse replication first",
    R.FAILOVER_COMMITTED: "start reverse replication first",
    R.ENABLE_PROTECTION_FAILED: "retry enabling protection first",
    R.FAILOVER_FAILED: "retry with an unplanned failover, or cancel the failover",
    R.REVERSE_REPLICATION_FAILED: "retry reverse replication first",
}
_FIX_OPS = frozenset(
    {
        Op.PLANNED_FAILOVER,
        Op.FAILBACK,
        Op.TEST_FAILOVER,
        Op.PAUSE,
        Op.UNPLANNED_FAILOVER,
        Op.DISABLE_PROTECTION,
        Op.RESYNC,
    }
)
_OP_HINT: dict[Operation, str] = {  # when the state has no useful fix for this operation
    Op.ENABLE_PROTECTION: "protection is already enabled",
    Op.COMMIT: "there is no uncommitted failover",
    Op.CHANGE_RECOVERY_POINT: "there is no uncommitted failover",
    Op.CANCEL_FAILOVER: "there is no uncommitted failover",
    Op.REVERSE_REPLICATION: "there is no failover to reverse",
    Op.RESUME: "it is not paused",
}
_HINT: dict[tuple[Operation, ReplicationState], str] = {  # the specific cases
    (
        Op.UNPLANNED_FAILOVER,
        R.INITIAL_REPLICATION,
    ): "it has no recovery point yet — wait for initial replication to finish",
    (
        Op.UNPLANNED_FAILOVER,
        R.REVERSE_REPLICATING,
    ): "the other site has no complete copy yet — wait for reverse replication to finish",
    (Op.UNPLANNED_FAILOVER, R.FAILED_OVER): "it already runs on the replica — commit or cancel it",
    (
        Op.UNPLANNED_FAILOVER,
        R.FAILOVER_COMMITTED,
    ): "the other site has no replica until reverse replication",
    (
        Op.UNPLANNED_FAILOVER,
        R.REVERSE_REPLICATION_FAILED,
    ): "the other site has no complete copy — retry reverse replication first",
    (
        Op.TEST_FAILOVER,
        R.RESYNC_REQUIRED,
    ): "its recovery points may be stale — resynchronize it first",
    (Op.DISABLE_PROTECTION, R.NOT_PROTECTED): "it is not protected",
    (Op.DISABLE_PROTECTION, R.FAILED_OVER): "commit or cancel the failover first",
    (Op.PAUSE, R.PAUSED): "it is already paused",
    (
        Op.PAUSE,
        R.INITIAL_REPLICATION,
    ): "an initial copy can't be paused half-way — let it finish or disable protection",
    (Op.PAUSE, R.RESYNCHRONIZING): "a resynchronization can't be paused half-way — let it finish",
    (Op.RESYNC, R.RESYNCHRONIZING): "a resynchronization is already running",
    (Op.RESYNC, R.PAUSED): "resume replication first",
    (Op.COMMIT, R.FAILOVER_COMMITTED): "the failover is already committed",
    (Op.CHANGE_RECOVERY_POINT, R.FAILOVER_COMMITTED): "commit discarded the other recovery points",
    (
        Op.CANCEL_FAILOVER,
        R.FAILOVER_COMMITTED,
    ): "a committed failover can't be cancelled — reverse replicate, then fail back",
    (Op.ENABLE_PROTECTION, R.DISABLING_PROTECTION): "wait for protection to be disabled",
    (
        Op.REVERSE_REPLICATION,
        R.FAILOVER_FAILED,
    ): "the failover did not finish — retry it as an unplanned failover, or cancel it",
}
_LOCATION_REASON: dict[Operation, str] = {
    Op.FAILBACK: "Failback brings a VM back to its primary site; this one already runs there.",
}
_DRILL_BUSY: dict[TestFailoverState, str] = {  # why a drill blocks another operation
    T.RUNNING: "a test failover is running on this item: wait for it to finish",
    T.CLEANUP_PENDING: "a test failover awaits cleanup: clean it up first",
    T.CLEANING_UP: "a test failover is being cleaned up: wait for that to finish",
}
_DRILL_NEEDS: dict[Operation, str] = {
    Op.TEST_FAILOVER: "no other drill on this item",
    Op.TEST_FAILOVER_CLEANUP: "a test failover awaiting cleanup",
}
_DRILL_HINT: dict[tuple[Operation, TestFailoverState], str] = {
    (Op.TEST_FAILOVER, T.RUNNING): "wait for the running drill to finish",
    (Op.TEST_FAILOVER, T.CLEANUP_PENDING): "clean up the previous drill first",
    (Op.TEST_FAILOVER, T.CLEANING_UP): "wait for the cleanup to finish",
    (Op.TEST_FAILOVER_CLEANUP, T.NONE): "there is nothing to clean up",
    (Op.TEST_FAILOVER_CLEANUP, T.RUNNING): "wait for the test failover to finish first",
    (Op.TEST_FAILOVER_CLEANUP, T.CLEANING_UP): "a cleanup is already running",
}


def _replication_reason(op: Operation, state: ReplicationState) -> str:
    # Say "wait" or "fix the state first" only where that leads to this operation.
    leads_here = op in _FIX_OPS or state == R.FAILOVER_IN_PROGRESS
    hint = _HINT.get((op, state)) or (
        (_WAIT.get(state) or _FIX.get(state)) if leads_here else _OP_HINT.get(op)
    )
    text = f"{OPERATION_LABELS[op]} needs {_NEEDS[op]}; this one is {state.value}"
    return f"{text}: {hint}." if hint else f"{text}."


def _drill_reason(op: Operation, state: TestFailoverState) -> str:
    label = OPERATION_LABELS[op]
    if op in _DRILL_NEEDS:
        return (
            f"{label} needs {_DRILL_NEEDS[op]}; its test failover is {state.value}: "
            f"{_DRILL_HINT[(op, state)]}."
        )
    return f"{label} can't run while {_DRILL_BUSY[state]}."


def check(operation: Operation, status: ItemStatus) -> Verdict:
    """Whether `operation` may run on an item in `status`, and the states it leads to."""
    needed = LOCATION_TABLE.get(operation)
    if needed is not None and status.location != needed:
        return Verdict(False, _LOCATION_REASON[operation])
    rep = REPLICATION_TABLE[operation].get(status.replication)
    if rep is None:
        return Verdict(False, _replication_reason(operation, status.replication))
    drill = TEST_FAILOVER_TABLE[operation].get(status.test_failover)
    if drill is None:
        return Verdict(False, _drill_reason(operation, status.test_failover))
    flipped = _other(status.location) if rep.flip else status.location
    return Verdict(
        True,
        in_progress=ItemStatus(rep.running, drill.running, status.location),
        on_success=ItemStatus(rep.success, drill.success, flipped),
        on_failure=ItemStatus(rep.failure, drill.failure, status.location),
    )


def allowed_operations(status: ItemStatus) -> dict[Operation, Verdict]:
    """Every operation's verdict for one item: what the console enables, and why not."""
    return {op: check(op, status) for op in Operation}


def _other(location: ActiveLocation) -> ActiveLocation:
    primary = location == ActiveLocation.PRIMARY
    return ActiveLocation.RECOVERY if primary else ActiveLocation.PRIMARY


# --- progress the data plane reports: not operator operations ------------------------------
class Progress(StrEnum):
    INITIAL_REPLICATION_COMPLETED = "initial-replication-completed"
    INITIAL_REPLICATION_FAILED = "initial-replication-failed"
    RESYNC_NEEDED = "resync-needed"  # log overflow, divergence, crashed source host
    RESYNC_STARTED = "resync-started"  # an automatic (scheduled) resync began
    RESYNC_COMPLETED = "resync-completed"
    REVERSE_REPLICATION_COMPLETED = "reverse-replication-completed"
    REVERSE_REPLICATION_FAILED = "reverse-replication-failed"


PROGRESS_TABLE: dict[Progress, dict[ReplicationState, ReplicationState]] = {
    Progress.INITIAL_REPLICATION_COMPLETED: {R.INITIAL_REPLICATION: R.PROTECTED},
    Progress.INITIAL_REPLICATION_FAILED: {R.INITIAL_REPLICATION: R.ENABLE_PROTECTION_FAILED},
    Progress.RESYNC_NEEDED: {
        s: R.RESYNC_REQUIRED for s in (R.PROTECTED, R.PAUSED, R.RESYNCHRONIZING)
    },
    Progress.RESYNC_STARTED: {R.RESYNC_REQUIRED: R.RESYNCHRONIZING},
    Progress.RESYNC_COMPLETED: {R.RESYNCHRONIZING: R.PROTECTED},
    # The VM already runs at the new site: the location does not change, the direction does.
    Progress.REVERSE_REPLICATION_COMPLETED: {R.REVERSE_REPLICATING: R.PROTECTED},
    Progress.REVERSE_REPLICATION_FAILED: {R.REVERSE_REPLICATING: R.REVERSE_REPLICATION_FAILED},
}


def advance(progress: Progress, status: ItemStatus) -> ItemStatus:
    """The status after a data-plane event; a late or duplicate event changes nothing."""
    target = PROGRESS_TABLE[progress].get(status.replication)
    return status if target is None else replace(status, replication=target)


__all__ = [
    "LOCATION_TABLE",
    "OPERATION_LABELS",
    "PROGRESS_TABLE",
    "REPLICATION_TABLE",
    "TEST_FAILOVER_TABLE",
    "ItemStatus",
    "Progress",
    "Step",
    "Verdict",
    "advance",
    "allowed_operations",
    "check",
]
