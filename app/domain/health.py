"""Health rules: a protected item's health (normal | warning | critical) and its reasons.

The RPO target is the policy's copy frequency. Reasons are reported worst first; overall
health is the worst reason's severity, normal without any. The rules:

| code                          | severity | when                                                 |
|-------------------------------|----------|------------------------------------------------------|
| source-site-down              | critical | the primary site is down and the VM still runs there |
| resync-required               | critical | replication lost track; a resync is needed           |
| replica-storage-full          | critical | the recovery host's replica storage is full          |
| source-storage-full           | critical | the source host's storage (the VM's disks) is full   |
| enable-protection-failed      | critical | replication state is enable-protection-failed        |
| failover-failed               | critical | replication state is failover-failed                 |
| reverse-replication-failed    | critical | replication state is reverse-replication-failed      |
| rpo-critical                  | critical | RPO > max(6 × target, 30 min)                        |
| rpo-warning                   | warning  | RPO > 2 × target (and not critical)                  |
| rpo-unknown                   | warning  | protected but no recovery point (RPO unknown)        |
|                               |          | (not when a point is known and the RPO not yet read) |
| replica-unreachable           | warning  | the recovery host (its agent, its site, the link to  |
|                               |          | it) cannot be reached while a replica is kept there  |
| missed-cycles                 | warning  | ≥ 3 replication cycles missed in a row               |
| app-consistency-unavailable   | warning  | app-consistent points are due but the guest cannot   |
|                               |          | be quiesced (no qemu-guest-agent): crash-consistent  |
| replication-paused            | warning  | replication state is paused                          |
| awaiting-reverse-replication  | warning  | failed over (committed or not): nothing protects it  |
| agent-disconnected            | warning  | the source host's agent is disconnected              |
| primary-site-down             | warning  | the primary site is down; the VM runs at recovery    |
| test-failover-cleanup-pending | warning  | a test VM has run longer than the cleanup grace      |
|                               |          | (`TEST_FAILOVER_CLEANUP_GRACE`, 4 h) without cleanup |

RPO rules apply where a replica exists and replication is meant to run (protected, paused,
resync-required, resynchronizing); missed cycles where data is moving (initial replication,
protected, resynchronizing, reverse replicating). The 30-minute floor keeps a 30-second
policy from going critical on a short network blip. A not-protected item is always normal.

RPO counts only where a replica is kept current (`RPO_COUNTS`: initial replication,
protected, paused, resync required, resynchronizing, reverse replicating). Anywhere else —
failed over, committed, a failover under way, enabling or disabling protection, a failed
operation — nothing replicates the item, so it has no RPO: `reported_rpo` gives None and the
control plane stores and serves `rpo_seconds: null` (the age of the last point would only
grow, and mean nothing). The item's state says what it waits for (`awaiting-reverse-
replication`); after reverse replication RPO counts again. `rpo_standing` is the one judgement
of an RPO against its policy that the health rules, the console's tree and detail pane and
the dashboard's compliance all use.

A test failover's test VM running is the drill doing its work, not a problem: only once it has
run longer than `TEST_FAILOVER_CLEANUP_GRACE` (4 h, a working session's drill) without
cleanup is it a warning (`test-failover-cleanup-pending`). The time is the control plane's
clock (the test failover job's start), since the grace is the operator's; when the start is
unknown the warning is raised at once, as before.

A replica out of reach is a warning at once — at the first status read, not cycles later: the
item is not protected any more (changes stay on the source), and a failover needs that host
(see `replica_refusal`). It applies where a replica is kept (initial replication, protected,
paused, resync required, resynchronizing, reverse replicating). The message names the host,
why it is out of reach (site down before agent disconnected before link down) and the newest
point the replica received. A link reported down while the source side is down itself is
left to the source's reasons. RPO then escalates it as usual.

Storage full is a state, not a failure: replication waits and retries until space returns,
and the reason goes away by itself then. Its message names the host and the newest recovery
point (what a failover would start from meanwhile).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from .enums import ActiveLocation, Health, Operation, ReplicationState, TestFailoverState
from .model import HealthReason
from .operations import OPERATION_LABELS

R = ReplicationState

RPO_WARNING_FACTOR = 2
RPO_CRITICAL_FACTOR = 6
RPO_CRITICAL_FLOOR_SECONDS = 30 * 60
MISSED_CYCLES_WARNING = 3
TEST_FAILOVER_CLEANUP_GRACE = timedelta(hours=4)

_RPO_STATES = frozenset({R.PROTECTED, R.PAUSED, R.RESYNC_REQUIRED, R.RESYNCHRONIZING})
_MOVING_STATES = frozenset(
    {R.INITIAL_REPLICATION, R.PROTECTED, R.RESYNCHRONIZING, R.REVERSE_REPLICATING}
)
_STATE_REASONS: dict[ReplicationState, tuple[Health, str]] = {
    R.RESYNC_REQUIRED: (
        Health.CRITICAL,
        "Replication lost track of changes: resynchronize the item to protect it again.",
    ),
    R.ENABLE_PROTECTION_FAILED: (
        Health.CRITICAL,
        "Enabling protection failed: retry it, or disable protection.",
    ),
    R.FAILOVER_FAILED: (
        Health.CRITICAL,
        "The failover stopped half-way: retry with an unplanned failover, or cancel it.",
    ),
    R.REVERSE_REPLICATION_FAILED: (
        Health.CRITICAL,
        "Reverse replication failed: the VM is not protected; retry reverse replication.",
    ),
    R.PAUSED: (
        Health.WARNING,
        "Replication is paused: changes are not copied until it is resumed.",
    ),
}
_AWAITING_REVERSE = frozenset({R.FAILED_OVER, R.FAILOVER_COMMITTED})

REASON_TEXTS: dict[str, str] = {
    "source-site-down": "The primary site is down and the VM still runs there: fail it over.",
    "primary-site-down": "The primary site is down: the VM runs at the recovery site, "
    "but nothing replicates back to primary.",
    **{
        ("replication-paused" if state == R.PAUSED else state.value): message
        for state, (_severity, message) in _STATE_REASONS.items()
    },
    "cause": "{message} Cause: {cause}",
    "replica-storage-full": "Replica storage on {host} is full: replication is paused; {last}.",
    "source-storage-full": "Source storage on {host} is full: replication is paused; {last}.",
    "source-storage-full-paused": "Source storage on {host} is full: the VM is paused, and "
    "replication is paused; {last}.",
    "last-good-point": "the last good point is {point_time}",
    "no-point-yet": "there is no recovery point yet",
    "rpo-unknown": "No recovery point yet: the data that would be lost is unknown.",
    "rpo-critical": "RPO is {rpo_seconds}, far above the {target_seconds} target.",
    "rpo-warning": "RPO is {rpo_seconds}, over twice the {target_seconds} target.",
    "replica-unreachable": "The recovery host {host} is unreachable ({why}): changes are not "
    "being replicated, and a failover must wait until it returns; {last}.",
    "why-site": "the site {site} is down",
    "why-agent": "its agent is disconnected",
    "why-link": "the replication link to it is down",
    "last-received": "the last point it received is from {point_time}",
    "none-received": "it has received no recovery point yet",
    "missed-cycles": "{count} replication cycles in a row were missed.",
    "app-consistency-unavailable": "App-consistent points are not being made: the guest's file "
    "systems could not be frozen (is qemu-guest-agent running in the guest?). Its recovery "
    "points are crash-consistent.",
    "awaiting-reverse-replication": "The VM runs on its failed-over copy and nothing protects "
    "it: start reverse replication.",
    "agent-disconnected": "The source host's agent is disconnected: replication can't be tracked.",
    "test-failover-cleanup-pending": "A test failover was not cleaned up: its test VM is still "
    "running.",
}
"""Each reason's message (and the parts some are made of) as a template over its `params`:
the English messages are made from these, and the console translates them (context
"HealthText"). Params: `point_time` ISO 8601 or None, `rpo_seconds`/`target_seconds`
seconds, `host`/`site` names, `outage` site | agent | link, `guest_paused`, `count`,
`cause` (the failed operation's own words)."""
# Where a replica is kept on the target host and replication is meant to reach it.
_REPLICA_STATES = _RPO_STATES | _MOVING_STATES
RPO_COUNTS = _REPLICA_STATES
"""The states where an item has an RPO: a replica is kept and replication is meant to keep it
current. Elsewhere (failed over, committed, …) nothing replicates it and its RPO is None."""
RPO_JUDGED = _RPO_STATES
"""The states where the RPO is judged against the policy (health, compliance). Initial and
reverse replication are still copying: their RPO counts, but is not a breach."""


class RpoStanding(StrEnum):
    """Where an item's RPO stands against its policy (`rpo_standing`)."""

    NOT_REPLICATING = "not-replicating"  # no RPO in this state (failed over, committed, …)
    COPYING = "copying"  # initial or reverse replication: copying, not yet judged
    NO_POINT = "no-point"  # judged, but no recovery point yet: unknown
    WITHIN = "within"  # within target (≤ 2 × copy frequency)
    LATE = "late"  # over 2 × copy frequency: warning
    CRITICAL = "critical"  # over max(6 × copy frequency, 30 min): critical


# The operations that start the VM on the replica's host: refused while it is out of reach.
REPLICA_SIDE_OPERATIONS = frozenset(
    {
        Operation.TEST_FAILOVER,
        Operation.PLANNED_FAILOVER,
        Operation.UNPLANNED_FAILOVER,
        Operation.FAILBACK,
    }
)

Outage = Literal["site", "agent", "link"]


@dataclass(frozen=True)
class ReplicaSide:
    """The host holding an item's replica (where a failover starts the VM) as last seen.

    `site_up` is its site, `agent_connected` its agent, `link_up` whether the source reaches
    it over the replication link (the data plane's view); None means unknown.
    """

    host: str  # the host's name
    site: str = ""  # its site's name
    site_up: bool | None = None
    agent_connected: bool | None = None
    link_up: bool | None = None

    @property
    def outage(self) -> Outage | None:
        """Why it is out of reach, the widest cause first; None when it is not."""
        if self.site_up is False:
            return "site"
        if self.agent_connected is False:
            return "agent"
        if self.link_up is False:
            return "link"
        return None

    @property
    def down(self) -> bool:
        """The host itself is down (its site or its agent): no failover can start there."""
        return self.outage in ("site", "agent")

    def why(self) -> str:
        return {
            "site": f"the site {self.site or '?'} is down",
            "agent": "its agent is disconnected",
            "link": "the replication link to it is down",
            None: "",
        }[self.outage]


_FAILED_STATES = frozenset(
    {R.ENABLE_PROTECTION_FAILED, R.FAILOVER_FAILED, R.REVERSE_REPLICATION_FAILED}
)
_SEVERITY_ORDER = {Health.NORMAL: 0, Health.WARNING: 1, Health.CRITICAL: 2}


def rpo_warning_seconds(copy_frequency_seconds: int) -> float:
    return RPO_WARNING_FACTOR * copy_frequency_seconds


def rpo_critical_seconds(copy_frequency_seconds: int) -> float:
    return max(RPO_CRITICAL_FACTOR * copy_frequency_seconds, RPO_CRITICAL_FLOOR_SECONDS)


def rpo_compliant(rpo_seconds: float | None, copy_frequency_seconds: int) -> bool:
    """Whether the RPO meets the policy: within 2 × the copy frequency.

    A cycle takes time to ship, so the RPO naturally swings up to about one copy frequency
    plus transfer time; only beyond twice the target is a cycle really late. No recovery
    point yet (None) is not compliant.
    """
    return rpo_seconds is not None and rpo_seconds <= rpo_warning_seconds(copy_frequency_seconds)


def reported_rpo(replication: ReplicationState, rpo_seconds: float | None) -> float | None:
    """The RPO an item reports: the age of its newest point where replication keeps a replica
    current (`RPO_COUNTS`), None anywhere else (nothing replicates it: no RPO to count)."""
    return rpo_seconds if replication in RPO_COUNTS else None


def rpo_standing(
    replication: ReplicationState, rpo_seconds: float | None, copy_frequency_seconds: int
) -> RpoStanding:
    """The one judgement of an item's RPO: the health rules (rpo-warning, rpo-critical,
    rpo-unknown), the console's tree and detail pane and the dashboard's compliance all use
    it. Within target means `rpo_compliant`: at most twice the copy frequency."""
    if replication not in RPO_COUNTS:
        return RpoStanding.NOT_REPLICATING
    if replication not in RPO_JUDGED:
        return RpoStanding.COPYING
    if rpo_seconds is None:
        return RpoStanding.NO_POINT
    if rpo_seconds > rpo_critical_seconds(copy_frequency_seconds):
        return RpoStanding.CRITICAL
    if rpo_seconds > rpo_warning_seconds(copy_frequency_seconds):
        return RpoStanding.LATE
    return RpoStanding.WITHIN


def cleanup_overdue(
    test_failover: TestFailoverState, started: datetime | None, now: datetime | None
) -> bool:
    """Whether a test failover awaiting cleanup has run past `TEST_FAILOVER_CLEANUP_GRACE`
    (from `started`, the test failover's start, to `now`, on the control plane's clock);
    with either unknown, it is overdue at once."""
    if test_failover != TestFailoverState.CLEANUP_PENDING:
        return False
    if started is None or now is None:
        return True
    return now - started >= TEST_FAILOVER_CLEANUP_GRACE


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min" if seconds >= 120 else f"{seconds:.0f} s"


def _cleanup_message(started: datetime | None, now: datetime | None) -> str:
    if started is None or now is None:
        return "A test failover was not cleaned up: its test VM is still running."
    hours = (now - started).total_seconds() / 3600
    return (
        f"A test failover was not cleaned up: its test VM has been running for {hours:.0f} h "
        "(clean it up when the drill is over)."
    )


def _point_time(point: datetime, now: datetime | None) -> str:
    def utc(moment: datetime) -> datetime:
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)

    point = utc(point)
    if now is not None and abs(utc(now) - point) < timedelta(hours=20):
        return f"{point:%H:%M} UTC"
    return f"{point:%Y-%m-%d %H:%M} UTC"


def _storage_full_message(
    side: str, host: str, last_point: datetime | None, now: datetime | None, guest_paused: bool
) -> str:
    if last_point is None:
        last = "there is no recovery point yet"
    else:
        last = f"the last good point is {_point_time(last_point, now)}"
    if side == "replica":
        return f"Replica storage on {host} is full: replication is paused; {last}."
    vm = "the VM is paused, and " if guest_paused else ""
    return f"Source storage on {host} is full: {vm}replication is paused; {last}."


def _last_received(last_point: datetime | None, now: datetime | None) -> str:
    if last_point is None:
        return "it has received no recovery point yet"
    return f"the last point it received is from {_point_time(last_point, now)}"


def replica_unreachable_message(
    side: ReplicaSide, last_point: datetime | None, now: datetime | None
) -> str:
    """The reason's message, e.g. 'The recovery host ams-gold-hv01 is unreachable (the site
    Amsterdam is down): changes are not being replicated, and a failover must wait until it
    returns; the last point it received is from 02:31 UTC.'"""
    return (
        f"The recovery host {side.host} is unreachable ({side.why()}): changes are not being "
        "replicated, and a failover must wait until it returns; "
        f"{_last_received(last_point, now)}."
    )


def replica_refusal(
    operation: Operation,
    vm: str,
    side: ReplicaSide,
    last_point: datetime | None = None,
    now: datetime | None = None,
) -> str | None:
    """Why `operation` on `vm` cannot start now because its recovery host is down (its site
    or its agent), or None. Only REPLICA_SIDE_OPERATIONS are refused; a cut link is not a
    reason (the recovery side can still start the VM from what it received)."""
    if operation not in REPLICA_SIDE_OPERATIONS or not side.down:
        return None
    return (
        f"{OPERATION_LABELS[operation]} of {vm} cannot start: its recovery host {side.host} is "
        f"unreachable ({side.why()}). Try again when it returns; "
        f"{_last_received(last_point, now)}."
    )


def evaluate(
    *,
    replication: ReplicationState,
    rpo_seconds: float | None,
    copy_frequency_seconds: int,
    missed_cycles: int,
    agent_connected: bool | None = None,
    source_site_up: bool | None = None,
    test_failover: TestFailoverState = TestFailoverState.NONE,
    location: ActiveLocation = ActiveLocation.PRIMARY,
    storage_full: Sequence[tuple[str, str]] = (),
    guest_paused: bool = False,
    last_point: datetime | None = None,
    now: datetime | None = None,
    failure: str | None = None,
    replica: ReplicaSide | None = None,
    test_failover_started: datetime | None = None,
    clock_now: datetime | None = None,
    not_quiesced: str = "",
    resync_reason: str = "",
) -> tuple[Health, list[HealthReason]]:
    """An item's health and the reasons for it (see the module's table).

    `agent_connected` is the source host's agent, `source_site_up` the primary site; None
    means unknown and raises nothing. `location` is the item's active location.
    `storage_full` lists (side, host name) of full storage, side "replica" or "source";
    `guest_paused` says the VM is paused for it; `last_point` is the newest recovery point's
    time and `now` the moment of the reading (both only for the message). `failure` is the
    error of the operation that left the item in a failed state, told with it. `replica` is
    the host holding the replica (None: unknown). `test_failover_started` and `clock_now` are
    the test failover's start and the present on the control plane's clock (the cleanup
    grace); unknown, a pending cleanup is a warning at once. `rpo_seconds` counts only where
    `RPO_COUNTS` says (see `reported_rpo`). `resync_reason` is why the source host requires
    a resync (a resync-required item tells it as the reason's cause).
    """
    if replication == R.NOT_PROTECTED:
        return Health.NORMAL, []
    reasons: list[HealthReason] = []

    def add(code: str, severity: Health, message: str, **params: Any) -> None:
        reasons.append(HealthReason(code=code, message=message, severity=severity, params=params))

    def iso(moment: datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    if source_site_up is False:
        if location == ActiveLocation.PRIMARY:
            add(
                "source-site-down",
                Health.CRITICAL,
                "The primary site is down and the VM still runs there: fail it over.",
            )
        else:
            add(
                "primary-site-down",
                Health.WARNING,
                "The primary site is down: the VM runs at the recovery site, "
                "but nothing replicates back to primary.",
            )
    if replication in _STATE_REASONS:
        severity, message = _STATE_REASONS[replication]
        code = "replication-paused" if replication == R.PAUSED else replication.value
        if failure and replication in _FAILED_STATES:
            add(code, severity, f"{message} Cause: {failure}", cause=failure)
        elif resync_reason and replication == R.RESYNC_REQUIRED:
            # What the source host found (lost tracking, a disk that shrank …): the operator
            # sees why, and what to do when a plain resync would not help.
            add(code, severity, f"{message} Cause: {resync_reason}", cause=resync_reason)
        else:
            add(code, severity, message)
    for side, host in dict.fromkeys(storage_full):
        add(
            f"{'replica' if side == 'replica' else 'source'}-storage-full",
            Health.CRITICAL,
            _storage_full_message(side, host, last_point, now, guest_paused),
            host=host,
            point_time=iso(last_point),
            guest_paused=guest_paused and side != "replica",
        )
    target = copy_frequency_seconds
    standing = rpo_standing(replication, reported_rpo(replication, rpo_seconds), target)
    # No RPO yet with a point known (`last_point`): the figures are not read yet (a job just
    # put it back to protected), not a missing point.
    if standing == RpoStanding.NO_POINT and replication == R.PROTECTED and last_point is None:
        add(
            "rpo-unknown",
            Health.WARNING,
            "No recovery point yet: the data that would be lost is unknown.",
        )
    elif standing == RpoStanding.CRITICAL and rpo_seconds is not None:
        add(
            "rpo-critical",
            Health.CRITICAL,
            f"RPO is {_minutes(rpo_seconds)}, far above the {_minutes(target)} target.",
            rpo_seconds=rpo_seconds,
            target_seconds=target,
        )
    elif standing == RpoStanding.LATE and rpo_seconds is not None:
        add(
            "rpo-warning",
            Health.WARNING,
            f"RPO is {_minutes(rpo_seconds)}, over twice the {_minutes(target)} target.",
            rpo_seconds=rpo_seconds,
            target_seconds=target,
        )
    if replica is not None and replication in _REPLICA_STATES and replica.outage is not None:
        source_down = source_site_up is False or agent_connected is False
        if replica.outage != "link" or not source_down:
            add(
                "replica-unreachable",
                Health.WARNING,
                replica_unreachable_message(replica, last_point, now),
                host=replica.host,
                outage=replica.outage,
                site=replica.site,
                point_time=iso(last_point),
            )
    if replication in _MOVING_STATES and missed_cycles >= MISSED_CYCLES_WARNING:
        add(
            "missed-cycles",
            Health.WARNING,
            f"{missed_cycles} replication cycles in a row were missed.",
            count=missed_cycles,
        )
    if replication in _MOVING_STATES and not_quiesced:
        add(
            "app-consistency-unavailable",
            Health.WARNING,
            REASON_TEXTS["app-consistency-unavailable"] + f" Cause: {not_quiesced}",
            cause=not_quiesced,
        )
    if replication in _AWAITING_REVERSE:
        add(
            "awaiting-reverse-replication",
            Health.WARNING,
            "The VM runs on its failed-over copy and nothing protects it: "
            "start reverse replication.",
        )
    if agent_connected is False:
        add(
            "agent-disconnected",
            Health.WARNING,
            "The source host's agent is disconnected: replication can't be tracked.",
        )
    if cleanup_overdue(test_failover, test_failover_started, clock_now):
        add(
            "test-failover-cleanup-pending",
            Health.WARNING,
            _cleanup_message(test_failover_started, clock_now),
        )

    reasons.sort(key=lambda r: -_SEVERITY_ORDER[r.severity])  # stable: rule order within
    overall = max(
        (r.severity for r in reasons), key=_SEVERITY_ORDER.__getitem__, default=Health.NORMAL
    )
    return overall, reasons


__all__ = [
    "MISSED_CYCLES_WARNING",
    "REASON_TEXTS",
    "REPLICA_SIDE_OPERATIONS",
    "RPO_COUNTS",
    "RPO_CRITICAL_FACTOR",
    "RPO_CRITICAL_FLOOR_SECONDS",
    "RPO_JUDGED",
    "RPO_WARNING_FACTOR",
    "TEST_FAILOVER_CLEANUP_GRACE",
    "ReplicaSide",
    "RpoStanding",
    "cleanup_overdue",
    "evaluate",
    "replica_refusal",
    "replica_unreachable_message",
    "reported_rpo",
    "rpo_compliant",
    "rpo_critical_seconds",
    "rpo_standing",
    "rpo_warning_seconds",
]
