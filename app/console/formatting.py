"""How figures read in the console: durations, sizes, rates, times and state names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from app.domain import storage as storage_rules
from app.domain.enums import Health, ReplicationState, TestFailoverState
from app.domain.health import RpoStanding, rpo_standing
from app.domain.model import HostStorage, ProtectedItem
from app.domain.operations import OPERATION_LABELS
from app.domain.plan_steps import operation_of_plan_job


def tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def duration(seconds: float | None) -> str:
    """'45 s', '4 min 12 s', '2 h 05 min'; an em dash when unknown."""
    if seconds is None:
        return "—"
    seconds = max(0, round(seconds))
    if seconds < 60:
        return tr("{0} s").format(seconds)
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return (
            tr("{0} min {1:02} s").format(minutes, secs) if secs else tr("{0} min").format(minutes)
        )
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return tr("{0} h {1:02} min").format(hours, minutes)
    return tr("{0} d {1} h").format(hours // 24, hours % 24)


def size(count: float | None) -> str:
    if count is None:
        return "—"
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(value) < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} TiB"


def storage_figures(storage: HostStorage) -> str:
    """'12.4 GiB free of 100.0 GiB (12 %)': the percent rounded down, as the rule judges it."""
    percent = storage_rules.percent_free(storage.total_bytes, storage.free_bytes)
    if percent is None:
        return tr("{0} free").format(size(storage.free_bytes))
    return tr("{0} free of {1} ({2} %)").format(
        size(storage.free_bytes), size(storage.total_bytes), percent
    )


def host_storage(storage: HostStorage | None) -> str:
    """A host's storage in one line: 'Storage: … free of …', 'Storage low: …'."""
    if storage is None:
        return tr("Storage: not reported")
    if storage.low:
        return tr("Storage low: {0}").format(storage_figures(storage))
    return tr("Storage: {0}").format(storage_figures(storage))


def low_storage_percent() -> int:
    """The warning line, in whole percent free (app/domain/storage.py)."""
    return round(storage_rules.LOW_BELOW_FRACTION * 100)


def rate(bps: float | None) -> str:
    """Bytes per second in the binary units every figure uses: KiB/s, MiB/s."""
    if bps is None:
        return "—"
    return f"{size(bps)}/s"


class ControlPlaneClock:
    """The control plane's time as this workstation knows it: the workstation's clock
    (`workstation`, injectable for tests) plus the offset learned from the vault's server time
    (`learn`, at each listing). Every "N ago" and every age of a control-plane time is
    computed against `now()`, so a workstation whose clock is minutes off still shows true
    ages. Times of the estate (a recovery point's, a lab's faster clock) are not on it: their
    ages come from the figures the control plane reads (an item's RPO)."""

    SKEW_WORTH_SAYING = timedelta(minutes=1)

    def __init__(self, workstation: Callable[[], datetime] | None = None):
        self.workstation: Callable[[], datetime] = workstation or (lambda: datetime.now(UTC))
        self.offset = timedelta(0)  # the control plane's clock minus the workstation's
        self.learned = False

    def learn(self, server_time: datetime) -> timedelta:
        """The vault said its time is `server_time` (just now): keep the offset."""
        self.offset = server_time - self.workstation()
        self.learned = True
        return self.offset

    def now(self) -> datetime:
        return self.workstation() + self.offset

    @property
    def skewed(self) -> bool:
        """The workstation's clock is off the control plane's by more than a minute."""
        return self.learned and abs(self.offset) > self.SKEW_WORTH_SAYING


CLOCK = ControlPlaneClock()


def server_now() -> datetime:
    """Now on the control plane's clock (UTC)."""
    return CLOCK.now()


def clock(when: datetime | None) -> str:
    """Local wall-clock time HH:MM:SS (with the date when it is not today)."""
    if when is None:
        return tr("never")
    local = when.astimezone()
    if local.date() != server_now().astimezone().date():
        return local.strftime("%Y-%m-%d %H:%M:%S")
    return local.strftime("%H:%M:%S")


def short_clock(when: datetime | None) -> str:
    """Local HH:MM (with the day and month when it is not today)."""
    if when is None:
        return tr("never")
    local = when.astimezone()
    if local.date() != server_now().astimezone().date():
        return local.strftime("%d %b %H:%M")
    return local.strftime("%H:%M")


def age(when: datetime, now: datetime | None = None) -> float:
    """Seconds since `when`, on the control plane's clock."""
    return ((now or server_now()) - when).total_seconds()


def ago(when: datetime | None, now: datetime | None = None) -> str:
    """'4 min 12 s ago', against the control plane's clock (or `now`)."""
    if when is None:
        return tr("never")
    return tr("{0} ago").format(duration(age(when, now)))


def skew(offset: timedelta) -> str:
    """'This computer's clock is 10 min ahead of the control plane's …'."""
    seconds = offset.total_seconds()  # the control plane minus this computer
    text = (
        tr(
            "This computer's clock is {0} behind the control plane's: times and ages are "
            "shown on the control plane's clock."
        )
        if seconds > 0
        else tr(
            "This computer's clock is {0} ahead of the control plane's: times and ages are "
            "shown on the control plane's clock."
        )
    )
    return text.format(duration(abs(seconds)))


def words(value: str) -> str:
    """'failover-in-progress' → 'Failover in progress'."""
    text = value.replace("-", " ")
    return text[:1].upper() + text[1:]


def replication_state(state: ReplicationState | None) -> str:
    if state is None:
        return tr("Not protected")
    return QCoreApplication.translate("ReplicationState", words(state.value))


def test_failover_state(state: TestFailoverState) -> str:
    return {
        TestFailoverState.NONE: "",
        TestFailoverState.RUNNING: tr("test failover running"),
        TestFailoverState.CLEANUP_PENDING: tr("test failover cleanup pending"),
        TestFailoverState.CLEANING_UP: tr("test failover cleaning up"),
    }[state]


def health(value: Health | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("Health", words(value.value))


# Enum words are translated once, in the contexts tools/translations.py lists them under.
def job_state(value: str) -> str:
    return QCoreApplication.translate("JobsModel", words(value))


def power_state(value: str) -> str:
    return QCoreApplication.translate("FabricText", words(value))


def operation(job_operation: str) -> str:
    """A job's operation ("planned-failover", "test-failover@plan") as the menus name it."""
    try:
        label = OPERATION_LABELS[operation_of_plan_job(job_operation)]
    except ValueError:
        return words(job_operation)
    return QCoreApplication.translate("Actions", label)


HEALTH_ORDER = {None: -1, Health.NORMAL: 0, Health.WARNING: 1, Health.CRITICAL: 2}


def worst(*values: Health | None) -> Health | None:
    return max(values, key=HEALTH_ORDER.__getitem__, default=None)


# --- RPO: one judgement (app.domain.health.rpo_standing) for the tree, pane and dashboard ---

RPO_STATUS = {
    RpoStanding.NOT_REPLICATING: "unknown",
    RpoStanding.COPYING: "unknown",
    RpoStanding.NO_POINT: "warning",
    RpoStanding.WITHIN: "normal",
    RpoStanding.LATE: "warning",
    RpoStanding.CRITICAL: "critical",
}
"""The status colour of each standing ("unknown" is the muted grey: no RPO to judge)."""


def item_rpo_standing(item: ProtectedItem, copy_frequency_seconds: int | None) -> RpoStanding:
    """The item's RPO standing for its policy's copy frequency (None: the policy is not
    known yet — the RPO is then shown, not judged)."""
    if copy_frequency_seconds is None:
        standing = rpo_standing(item.replication_state, item.rpo_seconds, 1 << 30)
        return RpoStanding.WITHIN if standing == RpoStanding.WITHIN else standing
    return rpo_standing(item.replication_state, item.rpo_seconds, copy_frequency_seconds)


def rpo_short(item: ProtectedItem, standing: RpoStanding) -> str:
    """The RPO in a few words (the tree's column, the dashboard): a duration where it
    counts, else what the item is doing instead."""
    if standing == RpoStanding.NOT_REPLICATING:
        return tr("none")
    if item.rpo_seconds is None:
        return tr("no point yet")
    return duration(item.rpo_seconds)


def rpo_why_none(item: ProtectedItem, short: bool = False) -> str:
    """Why an item has no RPO in its state (failed over, …): the pane and the tree's tooltip
    say it in full, the graph's title `short`."""
    state = item.replication_state
    if state in (ReplicationState.FAILED_OVER, ReplicationState.FAILOVER_COMMITTED):
        if short:
            return tr("none while failed over")
        return tr(
            "none while failed over: nothing replicates the VM until reverse replication starts"
        )
    if state == ReplicationState.FAILOVER_IN_PROGRESS:
        return tr("none while the failover runs")
    if state == ReplicationState.ENABLING_PROTECTION:
        return tr("none yet: protection is being enabled")
    if state == ReplicationState.DISABLING_PROTECTION:
        return tr("none: protection is being disabled")
    return tr("none: nothing replicates the VM in this state")
