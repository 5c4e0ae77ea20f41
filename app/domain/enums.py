"""The domain's vocabulary: every state and kind a Standby object can be in.

Values are the wire spelling (kebab-case) used by the API, the event feed and the console.
"""

from __future__ import annotations

from enum import StrEnum


class ReplicationState(StrEnum):
    """Where a protected item's replication stands (the operation table's main axis)."""

    NOT_PROTECTED = "not-protected"
    ENABLING_PROTECTION = "enabling-protection"
    INITIAL_REPLICATION = "initial-replication"
    PROTECTED = "protected"
    RESYNC_REQUIRED = "resync-required"
    RESYNCHRONIZING = "resynchronizing"
    PAUSED = "paused"
    FAILOVER_IN_PROGRESS = "failover-in-progress"
    FAILED_OVER = "failed-over"
    FAILOVER_COMMITTED = "failover-committed"
    REVERSE_REPLICATING = "reverse-replicating"
    DISABLING_PROTECTION = "disabling-protection"
    # The failed variants: an operation stopped half-way and left the item here.
    ENABLE_PROTECTION_FAILED = "enable-protection-failed"
    FAILOVER_FAILED = "failover-failed"
    REVERSE_REPLICATION_FAILED = "reverse-replication-failed"


class TestFailoverState(StrEnum):
    """A drill is a separate axis: it never disturbs replication."""

    __test__ = False  # not a pytest test class

    NONE = "none"
    RUNNING = "running"
    CLEANUP_PENDING = "cleanup-pending"
    CLEANING_UP = "cleaning-up"


class ActiveLocation(StrEnum):
    """Which side currently runs the VM."""

    PRIMARY = "primary"
    RECOVERY = "recovery"


class Operation(StrEnum):
    """Every operation an operator (or a recovery plan) can ask of a protected item."""

    ENABLE_PROTECTION = "enable-protection"
    DISABLE_PROTECTION = "disable-protection"
    TEST_FAILOVER = "test-failover"
    TEST_FAILOVER_CLEANUP = "test-failover-cleanup"
    PLANNED_FAILOVER = "planned-failover"
    UNPLANNED_FAILOVER = "unplanned-failover"
    COMMIT = "commit"
    CHANGE_RECOVERY_POINT = "change-recovery-point"
    CANCEL_FAILOVER = "cancel-failover"
    REVERSE_REPLICATION = "reverse-replication"
    FAILBACK = "failback"
    RESYNC = "resync"
    PAUSE = "pause"
    RESUME = "resume"


class Health(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    CRITICAL = "critical"


class RecoveryPointKind(StrEnum):
    CRASH_CONSISTENT = "crash-consistent"
    APP_CONSISTENT = "app-consistent"


class RecoveryPointChoice(StrEnum):
    """How an operator picks the point to fail over to."""

    LATEST = "latest"  # apply everything already received first: least data lost
    LATEST_PROCESSED = "latest-processed"  # start at once: least time
    LATEST_APP_CONSISTENT = "latest-app-consistent"
    LISTED = "listed"  # a specific point by id


class JobState(StrEnum):
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    WAITING = "waiting"  # a manual action waits for an operator
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def finished(self) -> bool:
        return self in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class Role(StrEnum):
    """Bearer-token roles, weakest first."""

    VIEWER = "viewer"
    OPERATOR = "operator"
    ADMIN = "admin"

    def at_least(self, other: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(other)


class PowerState(StrEnum):
    RUNNING = "running"
    OFF = "off"


class InitialReplicationStart(StrEnum):
    NOW = "now"
    SCHEDULED = "scheduled"


class NetworkKind(StrEnum):
    VM = "vm"
    TEST = "test"  # isolated network used by test failover
