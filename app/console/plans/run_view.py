"""The running-plan view: one plan job followed live from the feed, as groups → VMs → steps with
state and timings; a manual action the job waits for shows as a banner (never a dialog) with a
"Done — resume" button; the job can be cancelled from here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import StandbyError
from app.domain.model import Job

from .. import formatting as fmt
from .. import job_text, theme
from ..resources import icon
from ..session import Session
from .manual_banner import ManualActionBanner
from .run_state import PlanRunState, StepState, plan_run_state

NAME, STATE, STARTED, DURATION, DETAIL = range(5)
# A step's state as a status of the theme (legible in light and dark).
STATE_STATUS = {
    "succeeded": "normal",
    "failed": "critical",
    "cancelled": "unknown",
    "in-progress": "info",
    "waiting": "warning",
    "not-run": "unknown",
}


class PlanRunView(QWidget):
    """Follows one plan job; open it with `show_plan_run(window, job_id)`."""

    def __init__(self, session: Session, job_id: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.job_id = job_id
        self.job: Job | None = None
        self.state: PlanRunState | None = None
        self._shape: tuple = ()
        self._rows: dict[str, QTreeWidgetItem] = {}
        self._unnamed: set[tuple[str, str]] = set()
        self.setObjectName("planRunView")
        self.setWindowIcon(icon("vault"))
        self.setWindowTitle(self.tr("Recovery plan job"))
        self.resize(980, 640)

        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Waiting for the job to arrive…"))
        self.title.setObjectName("planRunTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("planRunSubtitle")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.progress = QProgressBar()
        self.progress.setObjectName("planRunProgress")
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.banner = ManualActionBanner()
        self.banner.resume_clicked.connect(lambda: self.run_action("resume"))
        layout.addWidget(self.banner)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planRunTree")
        self.tree.setAccessibleName(self.tr("Groups, VMs and steps of the plan job"))
        self.tree.setHeaderLabels(
            [
                self.tr("Group / VM / step"),
                self.tr("State"),
                self.tr("Started"),
                self.tr("Duration"),
                self.tr("Detail"),
            ]
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        for column, width in enumerate((330, 110, 80, 90)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("planRunMessage")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.cancel_button = QPushButton(self.tr("Cancel plan job"))
        self.cancel_button.setObjectName("planRunCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the plan job"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.run_action("cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("planRunClose")
        self.close_button.setToolTip(self.tr("Close this view; the job goes on"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._unsubscribe = [
            session.cache.on_object(self._on_object),
            session.cache.on_status(lambda _status: self._update_buttons()),
        ]
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_times)
        cached = session.cache.jobs.get(job_id)
        if cached is not None:
            self.show_job(cached)
        else:
            session.spawn(self._fetch(), f"plan-run-{job_id}")

    # --- following --------------------------------------------------------------------------

    async def _fetch(self) -> None:
        try:
            job = await self.session.client.get_job(self.job_id)
        except StandbyError as exc:
            if self.job is None:
                self.message.setText(self.tr("Could not read the job: {0}").format(exc))
            return
        if self.job is None:
            self.show_job(job)

    def _on_object(self, kind: str, object_id: str, _old, new) -> None:
        if kind == "job" and object_id == self.job_id and isinstance(new, Job):
            self.show_job(new)
        elif (kind, object_id) in self._unnamed and new is not None and self.state is not None:
            self._fill(self.state)  # a test VM the fabric sync brought: its name now

    def _object_name(self, kind: str, object_id: str) -> str | None:
        """Names of hosts and VMs the job's lines mention; one not in the cache yet (a test
        VM just started) is shown by its name as soon as it arrives."""
        obj = self.session.cache.get(kind, object_id)
        if obj is None:
            self._unnamed.add((kind, object_id))
            return None
        self._unnamed.discard((kind, object_id))
        return getattr(obj, "name", None)

    def _names(self) -> dict[str, str]:
        return {vm.id: vm.name for vm in self.session.cache.objects("vm").values()}

    def show_job(self, job: Job) -> None:
        self.job = job
        state = plan_run_state(job, self._names())
        self.state = state
        label = fmt.operation(job.operation)
        names = self._object_name
        self.setWindowTitle(self.tr("{0} — {1}").format(label, state.plan_name))
        self.title.setText(
            self.tr("{0} of plan {1} — {2}").format(
                label, state.plan_name, self._state_text(job.state.value)
            )
        )
        sub = self.tr("Started by {0}").format(job.started_by)
        if job.started is not None:
            sub += self.tr(", at {0}").format(fmt.clock(job.started))
        if job.error:
            sub += "\n" + job_text.job_error(job, names)
        self.subtitle.setText(sub)
        self.subtitle.setToolTip(self.tr("Job {0}").format(job.id))
        self.progress.setValue(round(job.progress * 100))
        shape = (
            state.shutdown is not None,
            tuple((len(g.actions_before), len(g.vms), len(g.actions_after)) for g in state.groups),
            len(state.other_steps),
        )
        if shape != self._shape:
            self._build(state)
            self._shape = shape
        self._fill(state)
        if state.waiting is not None:
            self.banner.show_wait(state.waiting)
        else:
            self.banner.hide()
        if job.state.finished:
            self._tick.stop()
            self.message.setText(
                self.tr("The job has ended: {0}.").format(self._state_text(job.state.value))
            )
        elif not self._tick.isActive():
            self._tick.start()
        self._update_buttons()

    # --- the tree ---------------------------------------------------------------------------

    def _build(self, state: PlanRunState) -> None:
        self.tree.clear()
        self._rows = {}

        def row(key: str, parent: QTreeWidgetItem | None) -> QTreeWidgetItem:
            item = QTreeWidgetItem()
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._rows[key] = item
            return item

        if state.shutdown is not None:
            row("shutdown", None)
        for group in state.groups:
            head = row(f"g{group.number}", None)
            font = head.font(NAME)
            font.setBold(True)
            head.setFont(NAME, font)
            for a, _action in enumerate(group.actions_before):
                row(f"g{group.number}.before{a}", head)
            row(f"g{group.number}.vms", head)
            for v, _vm in enumerate(group.vms):
                row(f"g{group.number}.vm{v}", head)
            for a, _action in enumerate(group.actions_after):
                row(f"g{group.number}.after{a}", head)
        for step in state.other_steps:
            row(f"s{step.index}", None)
        self.tree.expandAll()

    def _fill(self, state: PlanRunState) -> None:
        at = fmt.server_now()  # step timings are on the control plane's clock
        names = self._object_name
        steps = state.job.steps
        if state.shutdown is not None:
            name = job_text.step_name(steps[state.shutdown.index], names)
            self._step_row(self._rows["shutdown"], name, state.shutdown, at)
        for group in state.groups:
            head = self._rows[f"g{group.number}"]
            name = self.tr("Group {0}").format(group.number)
            if group.name:
                name += f" — {group.name}"
            head.setText(NAME, name)
            head.setIcon(NAME, icon("cloud"))
            seconds = None
            if group.started is not None:
                seconds = ((group.ended or at) - group.started).total_seconds()
            waits_here = state.waiting is not None and state.waiting.group == group.number
            group_state = "waiting" if waits_here else group.state.value
            self._cells(head, group_state, group.started, seconds, "")
            for prefix, actions, when in (
                ("before", group.actions_before, self.tr("Before")),
                ("after", group.actions_after, self.tr("After")),
            ):
                for a, action in enumerate(actions):
                    kind = self.tr("script") if action.kind == "script" else self.tr("manual")
                    title = self.tr("{0} ({1}): {2}").format(when, kind, action.name)
                    item = self._rows[f"g{group.number}.{prefix}{a}"]
                    step = action.step
                    state_text = step.state.value
                    if (
                        action.kind == "manual"
                        and state.waiting
                        and state.waiting.step_index == step.index
                    ):
                        state_text = "waiting"
                    detail = step.error or (
                        action.detail
                        if action.kind == "manual"
                        else job_text.last_line(steps[step.index], names)
                    )
                    self._cells(item, state_text, step.started, step.seconds(at), detail)
                    item.setText(NAME, title)
            vms_row = self._rows[f"g{group.number}.vms"]
            self._step_row(
                vms_row,
                self.tr("VMs in parallel ({0})").format(len(group.vms)),
                group.vms_step,
                at,
            )
            for v, vm in enumerate(group.vms):
                item = self._rows[f"g{group.number}.vm{v}"]
                item.setText(NAME, vm.name)
                item.setIcon(NAME, icon("vm"))
                step = group.vms_step
                ended = step.ended if vm.state in ("succeeded", "failed") else None
                seconds = step.seconds(at) if vm.state != "not-started" else None
                if ended is None and vm.state in ("succeeded", "failed"):
                    seconds = None
                self._cells(
                    item,
                    vm.state,
                    step.started if vm.state != "not-started" else None,
                    seconds,
                    vm.error or "",
                )
                self._lines(item, job_text.vm_lines(steps[step.index], vm.vm_id, names))
        for step in state.other_steps:
            name = job_text.step_name(steps[step.index], names)
            self._step_row(self._rows[f"s{step.index}"], name, step, at)

    def _step_row(self, item: QTreeWidgetItem, name: str, step: StepState, at: datetime) -> None:
        item.setText(NAME, name)
        self._cells(item, step.state.value, step.started, step.seconds(at), step.error or "")

    def _cells(self, item, state: str, started, seconds, detail: str) -> None:
        item.setText(STATE, self._state_text(state))
        colour = theme.status_colour(STATE_STATUS.get(state, "unknown"))
        item.setForeground(STATE, QBrush(QColor(colour)))
        item.setText(STARTED, fmt.clock(started) if started else "")
        item.setText(DURATION, fmt.duration(seconds) if seconds is not None else "")
        item.setText(DETAIL, detail)
        item.setToolTip(DETAIL, detail)

    def _lines(self, item: QTreeWidgetItem, lines: list[str]) -> None:
        """A VM's steps, as its lines in the group step's output (added as they come)."""
        while item.childCount() > len(lines):
            item.takeChild(item.childCount() - 1)
        for n, line in enumerate(lines):
            if n >= item.childCount():
                child = QTreeWidgetItem([line])
                child.setToolTip(NAME, line)
                item.addChild(child)
                child.setFirstColumnSpanned(True)  # a log line reads across the columns
                item.setExpanded(True)
            elif (shown := item.child(n)) is not None and shown.text(NAME) != line:
                shown.setText(NAME, line)

    def _state_text(self, state: str) -> str:
        return {
            "not-started": self.tr("Not started"),
            "in-progress": self.tr("In progress"),
            "waiting": self.tr("Waiting for you"),
            "succeeded": self.tr("Succeeded"),
            "failed": self.tr("Failed"),
            "cancelled": self.tr("Cancelled"),
            "not-run": self.tr("Not run"),
        }.get(state, fmt.words(state))

    def _update_times(self) -> None:
        if self.state is not None:
            self._fill(self.state)

    # --- actions ----------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        job = self.job
        connected = self.session.connected
        allowed = job.allowed_actions if job is not None else []
        self.cancel_button.setEnabled(connected and "cancel" in allowed)
        self.banner.resume_button.setEnabled(connected and "resume" in allowed)
        why = "" if connected else self.tr("Not connected to the control plane.")
        self.cancel_button.setToolTip(why)
        self.banner.resume_button.setToolTip(why)

    def run_action(self, action: str) -> None:
        if self.job is None:
            return
        button = self.banner.resume_button if action == "resume" else self.cancel_button
        button.setEnabled(False)  # one click, one request
        self.session.spawn(self._run_action(action), f"plan-job-{action}")

    async def _run_action(self, action: str) -> None:
        self.message.setText(
            self.tr("Resuming the plan…")
            if action == "resume"
            else self.tr("Cancelling the plan job…")
        )
        try:
            await self.session.job_action(self.job_id, action)
        except StandbyError as exc:
            self.message.setText(self.tr("The control plane refused: {0}").format(exc))
            self._update_buttons()
            return
        if self.job is not None and self.job.state.finished:
            return  # the feed was first: the view says how the job ended
        self.message.setText(
            self.tr("Resumed: the plan goes on.")
            if action == "resume"
            else self.tr("Cancel requested: the job stops at its next step.")
        )

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._tick.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detach()
        super().closeEvent(event)


def is_plan_job(job: Job | None) -> bool:
    return job is not None and job.object_kind == "recovery-plan"
