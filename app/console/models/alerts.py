"""Alerts live from the cache, grouped by cause code, worst first.

A tree: one row per cause code ("Recovery site unreachable · 1 open"), under it its alerts
(open before resolved, the most severe first, then the newest), and under an alert that
stands for several objects (a cut link's) each object with its health and reason. Times read
as local clock times with their age on the control plane's clock; objects by name, never by
id when a name is known.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.client.cache import InventoryCache
from app.domain.enums import Health, Severity
from app.domain.model import Alert, AlertItem, Cloud, Host, Job, ProtectedItem, Site

from .. import formatting as fmt
from ..alert_text import alert_text
from ..resources import icon

SEVERITY, OBJECT, FIRST_SEEN, STATE, MESSAGE = range(5)
AlertIdRole = Qt.ItemDataRole.UserRole + 11
CodeRole = Qt.ItemDataRole.UserRole + 12
_ICONS = {
    Severity.INFO: "health-unknown",
    Severity.WARNING: "health-warning",
    Severity.CRITICAL: "health-critical",
}
_HEALTH_ICONS = {
    Health.NORMAL: "health-normal",
    Health.WARNING: "health-warning",
    Health.CRITICAL: "health-critical",
}
_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}
OTHER = ""  # alerts without a code (written before codes existed, one-off events)


def tr(text: str) -> str:
    return QCoreApplication.translate("AlertsModel", text)


def code_label(code: str | None) -> str:
    """A cause code in the operator's words."""
    labels = {
        "replica-unreachable": tr("Recovery side unreachable"),
        "replica-reachable": tr("Recovery side reachable again"),
        "site-down": tr("Site down"),
        "agent-disconnected": tr("Agent disconnected"),
        "source-site-down": tr("Primary site down"),
        "primary-site-down": tr("Primary site down"),
        "job-failed": tr("Job failed"),
        "manual-action-waiting": tr("Manual action waiting"),
        "drill-failed": tr("DR drill failed"),
        "rpo-critical": tr("RPO far over target"),
        "rpo-warning": tr("RPO over target"),
        "rpo-unknown": tr("No recovery point yet"),
        "missed-cycles": tr("Replication cycles missed"),
        "replication-paused": tr("Replication paused"),
        "resync-required": tr("Resynchronization required"),
        "enable-protection-failed": tr("Enabling protection failed"),
        "failover-failed": tr("Failover failed"),
        "reverse-replication-failed": tr("Reverse replication failed"),
        "awaiting-reverse-replication": tr("Awaiting reverse replication"),
        "test-failover-cleanup-pending": tr("Test failover not cleaned up"),
        "storage-full": tr("Storage full"),
        "replica-storage-full": tr("Replica storage full"),
        "source-storage-full": tr("Source storage full"),
        "host-storage-low": tr("Storage low"),
        "loop": tr("Control plane task failing"),
        "status-read-stale": tr("Replication figures not current"),
    }
    if not code:
        return tr("Other alerts")
    return labels.get(code, fmt.words(code))


def object_kind_label(kind: str) -> str:
    return {
        "site": tr("Site"),
        "host": tr("Host"),
        "protected-item": tr("VM"),
        "vm": tr("VM"),
        "job": tr("Job"),
        "drill": tr("Drill"),
        "vault": tr("Vault"),
        "recovery-plan": tr("Plan"),
    }.get(kind, fmt.words(kind))


def sort_key(alert: Alert) -> tuple[int, int, float, str]:
    """Open first, then the most severe, then the newest."""
    return (
        1 if alert.resolved_at else 0,
        -_ORDER[alert.severity],
        -alert.time.timestamp(),
        alert.id,
    )


def group_key(alerts: list[Alert]) -> tuple[int, int, str]:
    live = [a for a in alerts if not a.resolved_at]
    worst = max((_ORDER[a.severity] for a in live), default=-1)
    return (-worst, 0 if live else 1, code_label(alerts[0].code))


class AlertsModel(QStandardItemModel):
    """The grouped alerts; `rebuild()` refills it from the cache (the pane asks, batched)."""

    def __init__(
        self,
        cache: InventoryCache,
        parent: QObject | None = None,
        on_change: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.cache = cache
        self._alerts: dict[str, Alert] = {}
        self._folded: dict[str, list[Alert]] = {}  # a down site's alert → its hosts' alerts
        self._unsubscribe = [cache.on_object(self._object)]
        if on_change is not None:
            self._unsubscribe.append(cache.on_relisted(lambda *_: on_change()))
        self.on_change = on_change
        self.rebuild()

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    def _object(self, kind: str, *_args: Any) -> None:
        if kind == "alert" and self.on_change is not None:
            self.on_change()

    # --- reading --------------------------------------------------------------------------

    def alerts(self) -> list[Alert]:
        return [a for a in self.cache.objects("alert").values() if isinstance(a, Alert)]

    def open_count(self) -> int:
        """Open warnings and critical alerts (information is not something to act on; a down
        site's hosts count with the site)."""
        hidden = {a.id for under in self._folded.values() for a in under}
        return sum(
            1
            for a in self._alerts.values()
            if not a.resolved_at and a.severity != Severity.INFO and a.id not in hidden
        )

    def alert(self, alert_id: str) -> Alert | None:
        return self._alerts.get(alert_id)

    def alert_at(self, index: QModelIndex | QPersistentModelIndex) -> Alert | None:
        if not index.isValid():
            return None
        first = index.sibling(index.row(), 0)
        alert_id = first.data(AlertIdRole)
        return self._alerts.get(alert_id) if alert_id else None

    def alerts_under(self, index: QModelIndex | QPersistentModelIndex) -> list[Alert]:
        """The alert at `index`, or every alert of the group at `index`."""
        alert = self.alert_at(index)
        if alert is not None:
            return [alert, *self._folded.get(alert.id, [])]
        first = index.sibling(index.row(), 0)
        if first.data(CodeRole) is None:
            return []
        found = []
        for row in range(self.rowCount(first)):
            found.extend(self.alerts_under(self.index(row, 0, first)))
        return found

    def object_name(self, alert: Alert) -> str:
        obj = self.cache.get(alert.object_kind, alert.object_id)
        name = getattr(obj, "name", None)
        if isinstance(obj, ProtectedItem):
            vm = self.cache.get("vm", obj.vm_id)
            name = getattr(vm, "name", None)
        if isinstance(obj, Job):
            name = f"{fmt.operation(obj.operation)} — {obj.object_name or obj.object_id}"
        if alert.object_kind == "vault" and self.cache.vault is not None:
            name = self.cache.vault.name
        name = name or alert.object_name or alert.object_id
        return f"{object_kind_label(alert.object_kind)} {name}"

    def state_text(self, alert: Alert) -> str:
        if alert.resolved_at is not None:
            lasted = fmt.duration((alert.resolved_at - alert.time).total_seconds())
            text = tr("Resolved {0} (lasted {1})").format(
                fmt.short_clock(alert.resolved_at), lasted
            )
        elif alert.severity == Severity.INFO:
            text = tr("For information")
        elif alert.last_seen is not None and alert.cause:
            text = tr("Open · last seen {0}").format(fmt.ago(alert.last_seen))
        else:
            text = tr("Open")
        if alert.acknowledged_by:
            text += " · " + tr("acknowledged by {0} at {1}").format(
                alert.acknowledged_by, fmt.short_clock(alert.acknowledged_at)
            )
        return text

    # --- building -------------------------------------------------------------------------

    def _fold(self, alerts: list[Alert]) -> dict[str, list[Alert]]:
        """Site alert id → the open host alerts of that site while it is down: one outage
        is one alert, its hosts' agents listed under it (as the tray and dashboard say it)."""
        site_alerts: dict[str, str] = {}
        for alert in alerts:
            if alert.object_kind == "site" and alert.code == "site-down" and not alert.resolved_at:
                site = self.cache.get("site", alert.object_id)
                if isinstance(site, Site) and not site.up:
                    site_alerts[alert.object_id] = alert.id
        folded: dict[str, list[Alert]] = {}
        if not site_alerts:
            return folded
        for alert in alerts:
            if alert.object_kind != "host" or alert.resolved_at:
                continue
            host = self.cache.get("host", alert.object_id)
            cloud = self.cache.get("cloud", host.cloud_id) if isinstance(host, Host) else None
            into = site_alerts.get(cloud.site_id if isinstance(cloud, Cloud) else "")
            if into is not None:
                folded.setdefault(into, []).append(alert)
        return folded

    def rebuild(self) -> None:
        alerts = self.alerts()
        self._alerts = {a.id: a for a in alerts}
        self._folded = self._fold(alerts)
        hidden = {a.id for under in self._folded.values() for a in under}
        groups: dict[str, list[Alert]] = {}
        for alert in sorted(alerts, key=sort_key):
            if alert.id not in hidden:
                groups.setdefault(alert.code or OTHER, []).append(alert)
        self.clear()
        self.setHorizontalHeaderLabels(
            [tr("Severity"), tr("Object"), tr("First seen"), tr("State"), tr("Message")]
        )
        for code, members in sorted(groups.items(), key=lambda kv: group_key(kv[1])):
            self.appendRow(self._group_row(code, members))

    def _group_row(self, code: str, members: list[Alert]) -> list[QStandardItem]:
        live = [a for a in members if not a.resolved_at]
        label = code_label(code or None)
        acting = [a for a in live if a.severity != Severity.INFO]
        if acting:
            text = tr("{0} · {1} open").format(label, len(acting))
        elif live:
            text = tr("{0} · {1}").format(label, len(live))
        else:
            text = tr("{0} · resolved").format(label)
        head = QStandardItem(text)
        head.setData(code, CodeRole)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        worst = max((a.severity for a in live), key=_ORDER.__getitem__, default=None)
        if worst is not None:
            head.setIcon(icon(_ICONS[worst]))
        head.setAccessibleText(text)
        for alert in members:
            head.appendRow(self._alert_row(alert))
        return [head] + [QStandardItem() for _ in range(MESSAGE)]

    def _alert_row(self, alert: Alert) -> list[QStandardItem]:
        word = QCoreApplication.translate("AlertsModel", fmt.words(alert.severity.value))
        severity = QStandardItem(icon(_ICONS[alert.severity]), word)
        severity.setData(alert.id, AlertIdRole)
        first_seen = tr("{0} ({1})").format(fmt.short_clock(alert.time), fmt.ago(alert.time))
        message = alert_text(alert)  # in the operator's language where it has a text code
        tip = message
        if alert.what_to_do and alert.what_to_do not in alert.message:
            tip += "\n\n" + tr("What to do: {0}").format(alert.what_to_do)
        cells = [
            severity,
            QStandardItem(self.object_name(alert)),
            QStandardItem(first_seen),
            QStandardItem(self.state_text(alert)),
            QStandardItem(message),
        ]
        for cell in cells:
            cell.setToolTip(tip)
            cell.setEditable(False)
            if alert.resolved_at is not None:
                cell.setForeground(QBrush(QColor("#757575")))
        for listed in alert.items if len(alert.items) > 1 else []:
            severity.appendRow(self._item_row(listed))
        for host_alert in sorted(self._folded.get(alert.id, []), key=self.object_name):
            severity.appendRow(self._folded_row(host_alert))
        return cells

    def _folded_row(self, alert: Alert) -> list[QStandardItem]:
        """A host of a down site, under the site's alert."""
        row = QStandardItem(tr("{0} — {1}").format(self.object_name(alert), code_label(alert.code)))
        row.setIcon(icon(_ICONS[alert.severity]))
        row.setToolTip(alert.message)
        row.setEditable(False)
        return [row] + [QStandardItem() for _ in range(MESSAGE)]

    def _item_row(self, listed: AlertItem) -> list[QStandardItem]:
        parts = [listed.name]
        if listed.health is not None:
            parts.append(fmt.health(listed.health))
        item = self.cache.get("protected-item", listed.id)
        rpo = item.rpo_seconds if isinstance(item, ProtectedItem) else None
        if listed.reason and listed.reason.startswith("rpo-") and rpo is not None:
            parts.append(tr("{0} ({1})").format(code_label(listed.reason), fmt.duration(rpo)))
        elif listed.reason:
            parts.append(code_label(listed.reason))
        row = QStandardItem(" — ".join(parts))
        if listed.health is not None:
            row.setIcon(icon(_HEALTH_ICONS[listed.health]))
        row.setEditable(False)
        return [row] + [QStandardItem() for _ in range(MESSAGE)]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
