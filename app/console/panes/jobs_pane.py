"""The jobs pane: live jobs with progress, the selected job's steps and errors, and the
cancel / resume / restart actions the job allows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import StandbyError
from app.domain.model import Job

from .. import formatting as fmt
from .. import job_text
from ..models.jobs import PROGRESS, JobsModel, ProgressRole
from ..session import Session
from ..wrapping import wrap_cells

ACTIONS = ("cancel", "resume", "restart")


class ProgressDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(ProgressRole)
        if value is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum, bar.progress = 0, 100, int(value)
        bar.text = f"{value} %"
        bar.textVisible = True
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class JobsPane(QWidget):
    plan_run_requested = Signal(str)  # a plan job's id: open its running-plan view

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("jobsPane")
        self.setAccessibleName(self.tr("Jobs"))
        self.model = JobsModel(session.cache, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("jobsSplitter")
        self.splitter = split
        self.table = QTableView()
        self.table.setObjectName("jobsTable")
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)  # compact: more jobs in view
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # a wrapped label in a one-line row reads as clipped
        self._size_columns()
        split.addWidget(self.table)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(4, 0, 0, 0)
        self.job_title = QLabel(self.tr("Select a job to see its steps."))
        self.job_title.setObjectName("jobTitle")
        self.job_title.setWordWrap(True)
        detail_layout.addWidget(self.job_title)
        self.steps = QTreeWidget()
        self.steps.setObjectName("jobSteps")
        self.steps.setAccessibleName(self.tr("Job steps"))
        self.steps.setRootIsDecorated(False)
        wrap_cells(self.steps)
        self.steps.setHeaderLabels(
            [self.tr("Step"), self.tr("State"), self.tr("Progress"), self.tr("Error")]
        )
        detail_layout.addWidget(self.steps, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action, text in zip(
            ACTIONS, (self.tr("Cancel job"), self.tr("Resume"), self.tr("Restart")), strict=True
        ):
            button = QPushButton(text)
            button.setObjectName(f"job-{action}")
            button.setAccessibleName(text)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, a=action: self.run_action(a))
            buttons.addWidget(button)
            self.buttons[action] = button
        self.plan_button = QPushButton(self.tr("Open plan view"))
        self.plan_button.setObjectName("job-plan-view")
        self.plan_button.setToolTip(self.tr("Follow this plan job group by group"))
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(self._open_plan_view)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("jobMessage")
        self.message.setWordWrap(True)
        detail_layout.addWidget(self.message)
        split.addWidget(detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([650, 350])  # the table's columns in view at 1280 wide
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _index: self._open_plan_view())
        self.model.dataChanged.connect(self._changed)
        self.model.rowsRemoved.connect(lambda *_: self.show_selected())
        self.model.rowsInserted.connect(self._inserted)
        self._following: str | None = None  # a job started here, selected once it arrives

    def _size_columns(self) -> None:
        """Each column as wide as its header and a typical value need, in this font and
        language (a fixed width cut "Duration" to "D…" in narrow windows and in longer
        languages); the error column takes what is left."""
        metrics = self.table.fontMetrics()
        typical = (
            self.tr("Test failover cleanup"),
            "exchange-01",
            "✓ " + self.tr("In progress"),
            "100 %",
            "lab-operator",
            "00:00:00",
            "1 h 59 min",
        )
        for column, sample in enumerate(typical):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header))
            self.table.setColumnWidth(column, width + 24)

    def selected_job(self) -> Job | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.object_at(index.row()) if index.isValid() else None

    def select_job(self, job_id: str) -> None:
        row = self.model.row_of(job_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def follow(self, job_id: str) -> None:
        """Select the job this console just started: now if the feed brought it already,
        otherwise as soon as it arrives (the feed and the HTTP answer race)."""
        if self.model.row_of(job_id) >= 0:
            self._following = None
            self.select_job(job_id)
        else:
            self._following = job_id

    def _inserted(self, *_args) -> None:
        if self._following is not None and self.model.row_of(self._following) >= 0:
            self.follow(self._following)

    def _changed(self, first: QModelIndex | QPersistentModelIndex, *_args) -> None:
        job = self.selected_job()
        if job is not None and first.row() == self.model.row_of(job.id):
            self.show_selected()

    def show_selected(self) -> None:
        job = self.selected_job()
        self.steps.clear()
        if job is None:
            self.job_title.setText(self.tr("Select a job to see its steps."))
            for button in (*self.buttons.values(), self.plan_button):
                button.setEnabled(False)
            return
        names = job_text.cache_names(self.session.cache)
        error = job_text.job_error(job, names)
        self.job_title.setText(
            self.tr("{0} of {1} — {2}, started by {3}").format(
                job_text.job_operation(job.operation),
                job.object_name or job.object_id,
                fmt.job_state(job.state.value),
                job.started_by,
            )
            + (f"\n{error}" if error else "")
        )
        for step in job.steps:
            name = job_text.step_name(step, names)
            row = QTreeWidgetItem(
                [
                    name,
                    fmt.job_state(step.state.value),
                    f"{step.progress * 100:.0f} %",
                    step.error or "",
                ]
            )
            lines = job_text.step_lines(step, names)
            row.setToolTip(0, "\n".join([name, *lines]) if lines else name)
            if step.error:
                row.setToolTip(3, step.error)
            self.steps.addTopLevelItem(row)
        self.steps.resizeColumnToContents(0)
        self.update_buttons(job)

    def _open_plan_view(self) -> None:
        job = self.selected_job()
        if job is not None and job.object_kind == "recovery-plan":
            self.plan_run_requested.emit(job.id)

    def update_buttons(self, job: Job) -> None:
        self.plan_button.setEnabled(job.object_kind == "recovery-plan")
        connected = self.session.connected
        for action, button in self.buttons.items():
            allowed = action in job.allowed_actions
            button.setEnabled(allowed and connected)
            if not connected:
                button.setToolTip(self.tr("Not connected to the control plane."))
            elif not allowed:
                button.setToolTip(self.tr("This job does not allow that now."))
            else:
                button.setToolTip("")

    def run_action(self, action: str) -> None:
        job = self.selected_job()
        if job is None:
            return
        self.session.spawn(self._run_action(job.id, action), f"job-{action}")

    async def _run_action(self, job_id: str, action: str) -> None:
        sending, accepted = {
            "cancel": (self.tr("Cancelling the job…"), self.tr("Cancel: accepted.")),
            "resume": (self.tr("Resuming the job…"), self.tr("Resume: accepted.")),
            "restart": (self.tr("Restarting the job…"), self.tr("Restart: accepted.")),
        }.get(action, (self.tr("Sending {0}…").format(action), self.tr("Accepted.")))
        self.message.setText(sending)
        try:
            await self.session.job_action(job_id, action)
        except StandbyError as exc:
            self.message.setText(self.tr("The control plane refused: {0}").format(exc))
            return
        self.message.setText(accepted)
