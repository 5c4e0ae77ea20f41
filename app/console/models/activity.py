"""The event log (live changes from the feed) and the audit log (fetched on request)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.client.api import FeedEvent
from app.client.cache import InventoryCache
from app.domain.model import AuditEntry

from .. import formatting as fmt
from .keyed import FlatTableModel

Index = QModelIndex | QPersistentModelIndex
QUIET_TYPES = frozenset({"health-sample", "recovery-points"})


@dataclass(frozen=True)
class LogLine:
    time: datetime
    revision: int
    type: str
    action: str
    object_id: str
    name: str


class EventLogModel(FlatTableModel):
    """The latest `capacity` changes, newest at the bottom (appended, oldest dropped)."""

    def __init__(self, cache: InventoryCache, capacity: int = 2000, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = cache
        self.capacity = capacity
        self._lines: deque[LogLine] = deque()
        self._incoming: list[LogLine] = []  # arrived, not yet inserted (see flush)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(200)
        self._flush.timeout.connect(self.flush)
        self._unsubscribe = cache.on_event(self._on_event)

    def detach(self) -> None:
        self._unsubscribe()

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Revision"), self.tr("Change"), self.tr("Object")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line = self._lines[index.row()]
        return (
            fmt.clock(line.time),
            str(line.revision),
            self._change(line),
            line.name or line.object_id,
        )[index.column()]

    def _change(self, line: LogLine) -> str:
        """ "Job changed", "Protected item removed": the kind and what happened to it."""
        kinds = {
            "site": self.tr("Site"),
            "cloud": self.tr("Cloud"),
            "host": self.tr("Host"),
            "vm": self.tr("VM"),
            "network": self.tr("Network"),
            "policy": self.tr("Replication policy"),
            "pairing": self.tr("Cloud pairing"),
            "network-mapping": self.tr("Network mapping"),
            "protected-item": self.tr("Protected item"),
            "recovery-plan": self.tr("Recovery plan"),
            "job": self.tr("Job"),
            "alert": self.tr("Alert"),
            "drill": self.tr("DR drill"),
            "status-read": self.tr("Replication status"),
        }
        kind = kinds.get(line.type, fmt.words(line.type))
        if line.action == "delete":
            return self.tr("{0} removed").format(kind)
        if line.action == "upsert":
            return self.tr("{0} changed").format(kind)
        return kind

    def _on_event(self, event: FeedEvent) -> None:
        if event.kind != "change" or event.type in QUIET_TYPES:
            return
        obj = event.object or {}
        name = str(obj.get("name") or obj.get("object_name") or obj.get("message") or "")
        if event.type == "protected-item" and obj.get("vm_id"):
            vm = self.cache.get("vm", obj["vm_id"])
            name = getattr(vm, "name", "") or name
        self.append(
            LogLine(
                datetime.now(UTC),
                event.revision,
                event.type or "",
                event.action or "",
                event.id or "",
                name,
            )
        )

    def append(self, line: LogLine) -> None:
        """Queue a line; lines reach the view in batches at 5 Hz (a busy feed brings
        hundreds a second: one insert each would keep the view relaying out)."""
        self._incoming.append(line)
        if not self._flush.isActive():
            self._flush.start()

    def flush(self) -> None:
        self._flush.stop()
        incoming, self._incoming = self._incoming[-self.capacity :], []
        if not incoming:
            return
        overflow = len(self._lines) + len(incoming) - self.capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            for _ in range(overflow):
                self._lines.popleft()
            self.endRemoveRows()
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row + len(incoming) - 1)
        self._lines.extend(incoming)
        self.endInsertRows()


class AuditModel(FlatTableModel):
    """Who did what, when: the audit log as last fetched (newest first)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._entries: list[AuditEntry] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Actor"),
            self.tr("Role"),
            self.tr("Request"),
            self.tr("Object"),
            self.tr("Outcome"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._entries[index.row()]
        return (
            fmt.clock(entry.time),
            entry.actor,
            self._role(entry.role.value) if entry.role else "",
            f"{entry.method} {entry.route}",
            entry.object or "",
            str(entry.outcome),
        )[index.column()]

    def _role(self, role: str) -> str:
        return {
            "viewer": self.tr("viewer"),
            "operator": self.tr("operator"),
            "admin": self.tr("admin"),
        }.get(role, role)

    def set_entries(self, entries: list[AuditEntry]) -> None:
        """Merge a fresh fetch: new entries are inserted at the top, nothing is rebuilt."""
        known = {e.id for e in self._entries}
        fresh = [e for e in entries if e.id not in known]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._entries[0:0] = fresh
        self.endInsertRows()
