"""The activity pane: the live event log and the audit log (operator role and above)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import Forbidden, StandbyError

from ..models.activity import AuditModel, EventLogModel
from ..session import Session


def _table(name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class ActivityPane(QTabWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("activityPane")
        self.setAccessibleName(self.tr("Activity"))
        self.events = EventLogModel(session.cache, parent=self)
        self.events_table = _table("eventLog", self.tr("Event log"))
        self.events_table.setModel(self.events)
        self.events.rowsInserted.connect(self._follow)
        self.addTab(self.events_table, self.tr("Events"))
        audit_box = QWidget()
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.setContentsMargins(0, 0, 0, 0)
        self.audit = AuditModel(self)
        self.audit_table = _table("auditLog", self.tr("Audit log"))
        self.audit_table.setModel(self.audit)
        audit_layout.addWidget(self.audit_table)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh audit log"))
        self.refresh_button.setObjectName("refreshAudit")
        self.refresh_button.clicked.connect(self.refresh_audit)
        row.addWidget(self.refresh_button)
        self.message = QLabel()
        row.addWidget(self.message, 1)
        audit_layout.addLayout(row)
        self.addTab(audit_box, self.tr("Audit"))

    def _follow(self) -> None:
        bar = self.events_table.verticalScrollBar()
        if bar.value() >= bar.maximum() - 2:
            self.events_table.scrollToBottom()

    def refresh_audit(self) -> None:
        self.session.spawn(self._refresh_audit(), "audit")

    async def _refresh_audit(self) -> None:
        try:
            entries = await self.session.client.audit(limit=500)
        except Forbidden:
            self.message.setText(self.tr("The audit log needs the operator role."))
            return
        except StandbyError as exc:
            self.message.setText(self.tr("Could not fetch the audit log: {0}").format(exc))
            return
        self.audit.set_entries(entries)
        self.message.setText(self.tr("{0} entries.").format(len(entries)))
