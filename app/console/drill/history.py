"""Drill history: past and running drills as the control plane keeps them; any of them opens
as a report regenerated from its stored record (HTML and PDF)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.api import FeedEvent
from app.client.errors import StandbyError
from app.domain.model import DRILL_FINISHED, Drill

from ..session import Session
from . import report
from .content import report_content
from .window import DrillWindow


class DrillHistoryDialog(QDialog):
    loaded = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.drills: list[Drill] = []
        self.setObjectName("drillHistory")
        self.setWindowTitle(self.tr("Drill history — Standby"))
        self.setModal(False)
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("drillHistoryTable")
        self.table.setAccessibleName(self.tr("Past drills"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Recovery plan"),
                self.tr("Operator"),
                self.tr("Result"),
                self.tr("RTO"),
                self.tr("Worst RPO"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_selected("pdf"))
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("drillHistoryMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.open_pdf = QPushButton(self.tr("Open &PDF report"))
        self.open_pdf.setObjectName("drillHistoryOpenPdf")
        self.open_pdf.clicked.connect(lambda: self.open_selected("pdf"))
        self.open_html = QPushButton(self.tr("Open &HTML report"))
        self.open_html.setObjectName("drillHistoryOpenHtml")
        self.open_html.clicked.connect(lambda: self.open_selected("html"))
        self.take_up = QPushButton(self.tr("&Continue this drill…"))
        self.take_up.setObjectName("drillHistoryContinue")
        self.take_up.setToolTip(self.tr("Open an unfinished drill where its record stands"))
        self.take_up.clicked.connect(self.continue_selected)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (self.open_pdf, self.open_html, self.take_up, self.refresh_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        # A drill recorded by any console arrives on the feed: list again (at most 1/s).
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(1000)
        self._reload.timeout.connect(self.refresh)
        self._unsubscribe = session.cache.on_event(self._on_event)
        self._update_buttons()
        self.refresh()

    def _on_event(self, event: FeedEvent) -> None:
        if event.type == "drill":
            self._reload.start()

    def refresh(self) -> None:
        self.message.setText(self.tr("Loading…"))
        self.session.spawn(self._load(), "drill-history")

    async def _load(self) -> None:
        try:
            drills = await self.session.client.drills(limit=500)
        except StandbyError as exc:
            self.message.setText(self.tr("Cannot list the drills: {0}").format(exc))
            return
        selected = self.selected()
        self.drills = drills
        self.table.setRowCount(len(drills))
        for row, drill in enumerate(drills):
            content = report_content(drill)
            outcome, colour = report.state_text(drill.state)
            values = [
                report.when(drill.started),
                drill.plan_name,
                drill.operator,
                outcome,
                report.timing(drill.rto_seconds),
                report.timing(content.worst_rpo_seconds),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, drill.id)
                if column == 3:
                    cell.setForeground(QColor(colour))
                self.table.setItem(row, column, cell)
        if selected is not None:
            self.select(selected.id)
        self.message.setText(
            self.tr("{0} drill(s).").format(len(drills)) if drills else self.tr("No drill yet.")
        )
        self._update_buttons()
        self.loaded.emit()

    def select(self, drill_id: str) -> None:
        for row, drill in enumerate(self.drills):
            if drill.id == drill_id:
                self.table.selectRow(row)

    def selected(self) -> Drill | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.drills):
            return None
        return self.drills[rows[0].row()]

    def _update_buttons(self) -> None:
        drill = self.selected()
        self.open_pdf.setEnabled(drill is not None)
        self.open_html.setEnabled(drill is not None)
        self.take_up.setEnabled(drill is not None and drill.state not in DRILL_FINISHED)

    def continue_selected(self) -> DrillWindow | None:
        drill = self.selected()
        if drill is None or drill.state in DRILL_FINISHED:
            return None
        window = DrillWindow(self.session, self.parentWidget())
        self.continued = window  # kept alive with the dialog
        window.take_up(drill)
        window.show()
        window.raise_()
        return window

    def write_selected(self) -> report.ReportFiles | None:
        """The selected drill's report, regenerated from its stored record."""
        drill = self.selected()
        if drill is None:
            return None
        try:
            return report.write_report(drill)
        except OSError as exc:
            self.message.setText(self.tr("Cannot write the report: {0}").format(exc))
            return None

    def open_selected(self, kind: str) -> None:
        files = self.write_selected()
        if files is None:
            return
        path = files.pdf if kind == "pdf" else files.html
        if report.open_file(path):
            self.message.setText(self.tr("Opened {0}").format(path))
        else:
            text = self.tr("No application opens {0}; it is saved there.")
            self.message.setText(text.format(path))

    def done(self, result: int) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None
        super().done(result)
