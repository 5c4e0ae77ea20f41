"""How figures read in the console: durations, sizes, rates, times and state names."""

from __future__ import annotations

from datetime import datetime

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


def clock(when: datetime | None) -> str:
    """Local wall-clock time HH:MM:SS (with the date when it is not today)."""
    if when is None:
        return tr("never")
    local = when.astimezone()
    if local.date() != datetime.now().astimezone().date():
        return local.strftime("%Y-%m-%d %H:%M:%S")
    return local.strftime("%H:%M:%S")


def ago(when: datetime | None, now: datetime | None = None) -> str:
    if when is None:
        return tr("never")
    current = now or datetime.now(when.tzinfo)
    return tr("{0} ago").format(duration((current - when).total_seconds()))


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
