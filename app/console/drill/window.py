"""The guided DR drill window (non-modal): choose a plan → pre-checks → test failover →
verify (consistency proofs, checklist) → cleanup with notes → report. A clock shows the time since
the drill started and the RTO once measured. Decisions come from `flow`; the control-plane
work is `DrillRunner`'s, run through `Session.spawn` so nothing blocks the UI."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import StandbyError
from app.domain.model import Drill, Job, RecoveryPlan

from .. import formatting as fmt
from .. import theme
from ..session import Session
from ..wizards.flow import recovery_host_down
from . import flow, report
from .content import report_content
from .flow import Step
from .pages import (
    ChecksPage,
    CleanupPage,
    FailoverPage,
    PlanPage,
    ReportPage,
    StepList,
    VerifyPage,
)
from .runner import DrillRunner
from .views import (
    count_ticks,
    fill_findings,
    fill_steps,
    fill_verify,
    findings_verdict,
    plan_summary,
    show_waiting,
    ticks,
)


class DrillWindow(QWidget):
    step_changed = Signal(int)
    report_written = Signal(object)  # report.ReportFiles

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.runner = DrillRunner(session.client)
        self.files: report.ReportFiles | None = None
        self.findings: list[flow.Finding] = []
        self.busy = False
        self.waiting_job_id: str | None = None
        self.live_rto: float | None = None
        self.setObjectName("drillWindow")
        self.setWindowTitle(self.tr("DR drill — Standby"))
        self.resize(1000, 720)

        outer = QVBoxLayout(self)
        self.clock = QLabel()
        self.clock.setObjectName("drillClock")
        self.clock.setAccessibleName(self.tr("Drill clock"))
        self.clock.setStyleSheet(
            "font-size: 13pt; padding: 6px 10px; background: palette(alternate-base);"
            " color: palette(text); border: 1px solid palette(mid);"
        )
        outer.addWidget(self.clock)
        middle = QHBoxLayout()
        self.steps = StepList()
        middle.addWidget(self.steps)
        self.pages = QStackedWidget()
        self.plan_page, self.checks_page = PlanPage(), ChecksPage()
        self.failover_page, self.verify_page = FailoverPage(), VerifyPage()
        self.cleanup_page, self.report_page = CleanupPage(), ReportPage()
        for page in (
            self.plan_page,
            self.checks_page,
            self.failover_page,
            self.verify_page,
            self.cleanup_page,
            self.report_page,
        ):
            self.pages.addWidget(page)
        middle.addWidget(self.pages, 1)
        outer.addLayout(middle, 1)
        self.message = QLabel()
        self.message.setObjectName("drillMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.status_colour('critical')}; font-weight: bold;")
        outer.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.next = QPushButton()
        self.next.setObjectName("drillNext")
        self.next.setDefault(True)
        self.next.clicked.connect(self.go_on)
        buttons.addWidget(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("drillClose")
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        outer.addLayout(buttons)

        self.plan_page.plans.currentIndexChanged.connect(self._plan_chosen)
        self.checks_page.again.clicked.connect(self.run_checks)
        self.failover_page.resume.clicked.connect(self._resume_job)
        self.cleanup_page.resume.clicked.connect(self._resume_job)
        self.verify_page.checklist.itemChanged.connect(self._tick_changed)
        self.verify_page.add.clicked.connect(self._add_item)
        self.verify_page.new_item.returnPressed.connect(self._add_item)
        self.cleanup_page.notes.textChanged.connect(self._update_buttons)
        self.report_page.open_pdf.clicked.connect(lambda: self._open("pdf"))
        self.report_page.open_html.clicked.connect(lambda: self._open("html"))
        self.report_page.open_folder.clicked.connect(lambda: self._open("folder"))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.fill_plans()
        self.show_step(Step.PLAN)

    # --- navigation -------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return Step(self.pages.currentIndex())

    def show_step(self, step: Step) -> None:
        self.pages.setCurrentIndex(int(step))
        self.steps.mark(int(step))
        self.message.clear()
        self._update_buttons()
        self._tick()
        self.step_changed.emit(int(step))

    def go_on(self) -> None:
        """The Next button: what it does depends on the page."""
        step = self.step
        if step == Step.PLAN:
            self.show_step(Step.CHECKS)
            self.run_checks()
        elif step == Step.CHECKS:
            self._spawn(self._start(), "drill-start")
        elif step == Step.VERIFY:
            self._enter_cleanup()
        elif step == Step.CLEANUP:
            self._spawn(self._clean_up(), "drill-cleanup")

    def _update_buttons(self) -> None:
        step = self.step
        texts = {
            Step.PLAN: self.tr("&Next: pre-checks"),
            Step.CHECKS: self.tr("&Start the test failover"),
            Step.FAILOVER: self.tr("Test failover running…"),
            Step.VERIFY: self.tr("&Next: clean up"),
            Step.CLEANUP: self.tr("&Clean up and finish"),
            Step.REPORT: self.tr("Finished"),
        }
        self.next.setText(texts[step])
        enabled = not self.busy and step not in (Step.FAILOVER, Step.REPORT)
        if step == Step.PLAN:
            enabled = enabled and self.current_plan() is not None
        elif step == Step.CHECKS:
            enabled = enabled and bool(self.findings) and flow.may_start(self.findings)
        elif step == Step.CLEANUP:
            enabled = enabled and bool(self.cleanup_page.notes.toPlainText().strip())
        self.next.setEnabled(enabled)

    def _spawn(self, coro, name: str) -> None:
        self.busy = True
        self._update_buttons()
        self.session.spawn(self._guarded(coro), name)

    async def _guarded(self, coro) -> None:
        try:
            await coro
        except StandbyError as exc:
            self.message.setText(self.tr("The control plane refused: {0}").format(exc))
        finally:
            self.busy = False
            self._update_buttons()

    # --- 1. plan ----------------------------------------------------------------------------

    def fill_plans(self) -> None:
        combo = self.plan_page.plans
        current = combo.currentData()
        plans = sorted(
            self.session.cache.objects("recovery-plan").values(), key=lambda p: p.name.casefold()
        )
        combo.blockSignals(True)
        combo.clear()
        for plan in plans:
            combo.addItem(plan.name, plan.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if not plans:
            self.plan_page.summary.setText(self.tr("This vault has no recovery plan yet."))
        self._plan_chosen()

    def choose_plan(self, plan_id: str) -> None:
        self.plan_page.plans.setCurrentIndex(self.plan_page.plans.findData(plan_id))

    def current_plan(self) -> RecoveryPlan | None:
        plan_id = self.plan_page.plans.currentData()
        plan = self.session.cache.get("recovery-plan", plan_id or "")
        return plan if isinstance(plan, RecoveryPlan) else None

    def _plan_chosen(self, *_args) -> None:
        plan = self.current_plan()
        if plan is not None:
            cache = self.session.cache
            self.plan_page.summary.setText(
                plan_summary(plan, cache.objects("protected-item"), cache.objects("vm"))
            )
        self._update_buttons()

    def take_up(self, drill: Drill) -> None:
        """Go on with an unfinished drill (this console's before a restart, or another's)
        from where its record stands."""
        cache = self.session.cache
        self.runner.attach(drill, cache.objects("protected-item"))
        self.choose_plan(drill.plan_id)
        step = flow.resume_step(drill)
        if step == Step.FAILOVER:
            self.show_step(Step.FAILOVER)
            self._spawn(self._follow_test_failover(), "drill-follow")
        elif step == Step.VERIFY:
            self.fill_verify()
            self.show_step(Step.VERIFY)
        elif step == Step.CLEANUP:
            self.cleanup_page.notes.setPlainText(drill.notes)
            self.show_step(Step.CLEANUP)
            if drill.cleanup_job_id:  # the cleanup was started: follow it to the end
                self._spawn(self._clean_up(drill.cleanup_job_id), "drill-cleanup")
        else:
            self.show_report(drill)

    # --- 2. pre-checks ----------------------------------------------------------------------

    def run_checks(self) -> None:
        self.findings = []
        fill_findings(self.checks_page.findings, [])
        self.checks_page.verdict.setText(self.tr("Checking…"))
        self._spawn(self._checks(), "drill-checks")

    async def _checks(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        drills = await self.session.client.drills(plan_id=plan.id, limit=20)
        cache = self.session.cache
        items = cache.objects("protected-item")
        self.findings = flow.pre_checks(
            plan,
            items,
            cache.objects("vm"),
            cache.jobs,
            drills,
            {item_id: recovery_host_down(cache, item) for item_id, item in items.items()},
        )
        fill_findings(self.checks_page.findings, self.findings)
        text, ok = findings_verdict(self.findings)
        self.checks_page.verdict.setText(text)
        colour = theme.status_colour("normal" if ok else "critical")  # legible in the dark theme
        self.checks_page.verdict.setStyleSheet(f"color: {colour}; font-weight: bold;")

    # --- 3. test failover -------------------------------------------------------------------

    def default_checklist(self) -> list[str]:
        return [
            self.tr("Every test VM started in the isolated test network"),
            self.tr("The applications on the test VMs answer (log in, open a record)"),
            self.tr("The test VMs' data is as recent as the plan's RPO target allows"),
            self.tr("No test VM can be reached from the production network"),
        ]

    async def _start(self) -> None:
        plan = self.current_plan()
        assert plan is not None
        cache = self.session.cache
        await self.runner.start(
            plan,
            cache.objects("protected-item"),
            cache.objects("vm"),
            self.default_checklist(),
        )
        self.show_step(Step.FAILOVER)
        await self._follow_test_failover()

    async def _follow_test_failover(self) -> None:
        self.failover_page.status.setText(self.tr("Starting the test VMs group by group…"))
        await self.runner.finish_test_failover(self._job_progress)
        self.fill_verify()
        self.show_step(Step.VERIFY)

    def _job_progress(self, job: Job) -> None:
        page = self.failover_page
        page.progress.setValue(round(job.progress * 100))
        fill_steps(page.steps, job)
        self.live_rto = flow.rto_from_job(job).total  # shown until the record has it
        self._tick()
        self._show_waiting(page.waiting, page.resume, job)
        page.status.setText(
            self.tr("Test failover {0}: {1}").format(job.id, fmt.job_state(job.state.value))
        )

    def _show_waiting(self, text: QLabel, button: QPushButton, job: Job) -> None:
        self.waiting_job_id = job.id if show_waiting(text, button, job) else None

    def _resume_job(self) -> None:
        if self.waiting_job_id:
            self.failover_page.resume.hide()
            self.cleanup_page.resume.hide()
            job_id, self.waiting_job_id = self.waiting_job_id, None
            self.session.spawn(self._guarded(self.runner.resume_job(job_id)), "drill-resume")

    # --- 4. verify --------------------------------------------------------------------------

    def fill_verify(self) -> None:
        assert self.runner.drill is not None
        fill_verify(self.verify_page, self.runner.drill)

    def ticks(self) -> list[bool]:
        return ticks(self.verify_page.checklist)

    def _tick_changed(self, _item) -> None:
        count_ticks(self.verify_page)
        self.session.spawn(self._guarded(self.runner.set_checklist(self.ticks())), "drill-tick")

    def _add_item(self) -> None:
        text = self.verify_page.new_item.text().strip()
        if not text or self.runner.drill is None:
            return
        self.verify_page.new_item.clear()

        async def add() -> None:
            await self.runner.set_checklist(self.ticks())
            await self.runner.add_checklist_item(text)
            self.fill_verify()

        self.session.spawn(self._guarded(add()), "drill-add-item")

    # --- 5. cleanup -------------------------------------------------------------------------

    def _enter_cleanup(self) -> None:
        drill = self.runner.drill
        unticked = [c.text for c in drill.checklist if not c.done] if drill else []
        self.cleanup_page.unticked.setText(
            self.tr("Not ticked — the drill will be recorded as failed: {0}").format(
                "; ".join(unticked)
            )
            if unticked
            else ""
        )
        self.show_step(Step.CLEANUP)

    async def _clean_up(self, started_job_id: str | None = None) -> None:
        notes = self.cleanup_page.notes.toPlainText().strip()
        self.cleanup_page.notes.setReadOnly(True)
        self.cleanup_page.progress.show()

        def progress(job: Job) -> None:
            page = self.cleanup_page
            page.progress.setValue(round(job.progress * 100))
            self._show_waiting(page.waiting, page.resume, job)

        try:
            if started_job_id:
                drill = await self.runner.finish_cleanup(started_job_id, notes, progress)
            else:
                drill = await self.runner.clean_up(notes, progress)
        finally:
            self.cleanup_page.notes.setReadOnly(False)
        self.show_report(drill)

    # --- 6. report --------------------------------------------------------------------------

    def show_report(self, drill: Drill) -> None:
        self.files = report.write_report(drill)
        outcome, colour = report.state_text(drill.state)
        self.report_page.outcome.setText(self.tr("The drill is recorded: {0}").format(outcome))
        self.report_page.outcome.setStyleSheet(
            f"font-size: 15pt; font-weight: bold; color: {colour};"
        )
        self.report_page.preview.setHtml(report.report_html(report_content(drill)))
        self.report_page.where.setText(
            self.tr("Saved as {0} and {1}").format(self.files.pdf, self.files.html)
        )
        self.show_step(Step.REPORT)
        self.report_written.emit(self.files)

    def _open(self, what: str) -> None:
        if self.files is None:
            return
        path = {"pdf": self.files.pdf, "html": self.files.html}.get(what, self.files.pdf.parent)
        if not report.open_file(path):
            self.message.setText(self.tr("No application opens {0}.").format(path))

    # --- the clock --------------------------------------------------------------------------

    def _tick(self) -> None:
        drill = self.runner.drill
        plan = self.current_plan()
        if drill is None:
            name = plan.name if plan is not None else "—"
            self.clock.setText(self.tr("Plan: {0} · not started").format(name))
            return
        end = drill.ended or fmt.server_now()
        rto = drill.rto_seconds if drill.rto_seconds is not None else self.live_rto
        self.clock.setText(
            self.tr("Plan: {0} · elapsed {1} · RTO {2}").format(
                drill.plan_name,
                fmt.duration(flow.elapsed(drill.started, end)),
                report.timing(rto) if rto is not None else self.tr("measuring…"),
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
