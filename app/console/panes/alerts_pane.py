"""The alerts pane: open alerts by severity, and acknowledging them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import StandbyError
from app.domain.model import Alert

from ..models.alerts import AlertsModel
from ..session import Session


class AlertsPane(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("alertsPane")
        self.setAccessibleName(self.tr("Alerts"))
        self.model = AlertsModel(session.cache, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setObjectName("alertsTable")
        self.table.setAccessibleName(self.tr("Open alerts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        # A long message wraps onto as many lines as it needs (two fixed lines cut it).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.ack = QPushButton(self.tr("&Acknowledge"))
        self.ack.setObjectName("acknowledgeAlert")
        self.ack.setAccessibleName(self.tr("Acknowledge the selected alerts"))
        self.ack.clicked.connect(self.acknowledge_selected)
        row.addWidget(self.ack)
        self.message = QLabel()
        self.message.setObjectName("alertsMessage")
        row.addWidget(self.message, 1)
        layout.addLayout(row)

    def selected(self) -> list[Alert]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [a for a in (self.model.object_at(r) for r in sorted(rows)) if a is not None]

    def acknowledge_selected(self) -> None:
        if not self.session.connected:
            self.message.setText(
                self.tr("Not connected to the control plane: cannot acknowledge now.")
            )
            return
        alerts = self.selected()
        if alerts:
            self.session.spawn(self._acknowledge([a.id for a in alerts]), "acknowledge")

    async def _acknowledge(self, ids: list[str]) -> None:
        for alert_id in ids:
            try:
                await self.session.client.acknowledge_alert(alert_id)
            except StandbyError as exc:
                self.message.setText(self.tr("Could not acknowledge: {0}").format(exc))
                return
        self.message.setText(self.tr("{0} alert(s) acknowledged.").format(len(ids)))
