"""The alerts pane: alerts grouped by cause, worst first; acknowledging them; opening the job
an alert leads to."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import StandbyError
from app.domain.model import Alert

from ..models.alerts import MESSAGE, AlertIdRole, AlertsModel, CodeRole
from ..session import Session
from ..wrapping import wrap_cells

REFRESH_MS = 30_000  # the ages ("12 min ago") move on
MAX_COLUMN = 360


class AlertsPane(QWidget):
    job_requested = Signal(str)  # an alert leading to a job was opened
    object_requested = Signal(str, str)  # (kind, id) of an alert's object
    changed = Signal()  # rebuilt: counts may differ

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("alertsPane")
        self.setAccessibleName(self.tr("Alerts"))
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)  # a burst of alert changes: one rebuild
        self._pending.timeout.connect(self.rebuild)
        self.model = AlertsModel(session.cache, self, on_change=self._pending.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTreeView()
        self.table.setObjectName("alertsTable")
        self.table.setAccessibleName(self.tr("Alerts by cause"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.header().setStretchLastSection(True)
        wrap_cells(self.table)  # a cause's message is long: on as many lines as it needs
        self.table.doubleClicked.connect(self._opened)
        layout.addWidget(self.table, 1)
        # The selected alert in full: the message, what to do, where it leads.
        self.detail = QLabel()
        self.detail.setObjectName("alertDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setVisible(False)
        layout.addWidget(self.detail)
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
        self._collapsed: set[str] = set()  # cause codes the operator folded
        self._expanded: set[str] = set()  # alerts the operator unfolded (their items)
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.rebuild)
        self._ticker.start()
        self.rebuild()
        self.table.selectionModel().selectionChanged.connect(self._show_detail)

    # --- the tree -------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Refill from the cache, keeping what is folded, unfolded and selected."""
        selected = {a.id for a in self.selected()}
        if self.model.rowCount():
            self._remember_folding()
        self.model.rebuild()
        view = self.table
        selection = view.selectionModel()
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            view.setFirstColumnSpanned(row, QModelIndex(), True)
            view.setExpanded(group, group.data(CodeRole) not in self._collapsed)
            for child in range(self.model.rowCount(group)):
                alert_index = self.model.index(child, 0, group)
                alert_id = alert_index.data(AlertIdRole)
                for sub in range(self.model.rowCount(alert_index)):
                    view.setFirstColumnSpanned(sub, alert_index, True)
                view.setExpanded(alert_index, alert_id in self._expanded)
                if alert_id in selected:
                    selection.select(
                        alert_index,
                        selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                    )
        self._fit_columns()
        self._show_detail()
        self.changed.emit()

    def _fit_columns(self) -> None:
        """Widen the short columns to what they hold (never narrower than the operator made
        them; at most MAX_COLUMN), so nothing there is cut off."""
        view = self.table
        for column in range(MESSAGE):
            wanted = max(view.sizeHintForColumn(column), view.header().sectionSizeHint(column))
            if wanted > view.columnWidth(column):
                view.setColumnWidth(column, min(wanted + 8, MAX_COLUMN))

    def _show_detail(self, *_args) -> None:
        alerts = self.selected()
        if len(alerts) != 1:
            self.detail.setVisible(False)
            return
        alert = alerts[0]
        lines = [alert.message]
        if alert.resolved_at is not None:
            lines.append(self.model.state_text(alert))
        elif alert.what_to_do and alert.what_to_do not in alert.message:
            lines.append(self.tr("What to do: {0}").format(alert.what_to_do))
        if alert.job_id:
            lines.append(self.tr("Double-click to open its job."))
        self.detail.setText("\n".join(lines))
        self.detail.setVisible(True)

    def _remember_folding(self) -> None:
        view = self.table
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            code = group.data(CodeRole)
            if view.isExpanded(group):
                self._collapsed.discard(code)
            else:
                self._collapsed.add(code)
            for child in range(self.model.rowCount(group)):
                alert_index = self.model.index(child, 0, group)
                alert_id = alert_index.data(AlertIdRole)
                if view.isExpanded(alert_index):
                    self._expanded.add(alert_id)
                else:
                    self._expanded.discard(alert_id)

    def open_count(self) -> int:
        return self.model.open_count()

    def selected(self) -> list[Alert]:
        found: dict[str, Alert] = {}
        selection = self.table.selectionModel()
        if selection is None:
            return []
        for index in selection.selectedRows():
            for alert in self.model.alerts_under(index):
                found.setdefault(alert.id, alert)
        return list(found.values())

    def _opened(self, index: QModelIndex) -> None:
        alert = self.model.alert_at(index)
        if alert is None:
            return
        if alert.job_id:
            self.job_requested.emit(alert.job_id)
        else:
            self.object_requested.emit(alert.object_kind, alert.object_id)

    # --- acknowledging ----------------------------------------------------------------------

    def acknowledge_selected(self) -> None:
        if not self.session.connected:
            self.message.setText(
                self.tr("Not connected to the control plane: cannot acknowledge now.")
            )
            return
        alerts = [a for a in self.selected() if not a.acknowledged_by]
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
