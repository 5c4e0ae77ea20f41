"""Open (unacknowledged) alerts, newest first, live from the cache."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.enums import Severity
from app.domain.model import Alert, ProtectedItem

from .. import formatting as fmt
from ..alert_text import alert_text, kind_name
from ..resources import icon
from .keyed import KeyedTableModel, newest_first

SEVERITY, TIME, OBJECT, MESSAGE = range(4)
_ICONS = {
    Severity.INFO: "health-unknown",
    Severity.WARNING: "health-warning",
    Severity.CRITICAL: "health-critical",
}


class AlertsModel(KeyedTableModel):
    kind = "alert"

    def order(self, alert: Alert) -> tuple[float, str]:
        return newest_first(alert.time, alert.id)

    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Time"), self.tr("Object"), self.tr("Message")]

    def object_name(self, alert: Alert) -> str:
        obj = self.cache.get(alert.object_kind, alert.object_id)
        name = getattr(obj, "name", None)
        if name is None and isinstance(obj, ProtectedItem):
            vm = self.cache.get("vm", obj.vm_id)
            name = getattr(vm, "name", None)
        return f"{kind_name(alert.object_kind)} {name or alert.object_id}"

    def cell(self, alert: Alert, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == SEVERITY:
                return self.tr(fmt.words(alert.severity.value))
            if column == TIME:
                return fmt.clock(alert.time)
            if column == OBJECT:
                return self.object_name(alert)
            if column == MESSAGE:
                return alert_text(alert)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return icon(_ICONS[alert.severity])
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            return alert_text(alert)
        return None
