"""A whole guided DR drill through the console's own code against a lab control plane whose
clock runs ×60: the main window's menu opens the drill window; plan, pre-checks, test
failover (with a manual action), checklist beside the consistency proofs (the lab's auditor),
cleanup with notes, report. The PDF's text must hold the plan name, the RTO and the
consistency proofs; the drill history lists the drill from the control plane and opens its
regenerated report."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices

from app.client.api import StandbyClient
from app.domain.model import RecoveryPlanSpec
from app.lab.clock import LabClock
from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.console.conftest import make_session
from tests.support.server import RunningServer

VMS = 3  # protected at start: two groups, the second with a manual check


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not found: apt-get install poppler-utils")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    Path("/tmp/drill-report.txt").write_bytes(out.stdout)
    return " ".join(out.stdout.decode().split())  # table cells wrap: one line of words


async def until(
    predicate: Callable[[], object], timeout: float, what: str, shown: Callable[[], str] = str
) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}: {shown()}")
        await asyncio.sleep(0.1)


@pytest.fixture
def fast_lab(tmp_path: Path) -> Iterator[RunningServer]:
    """The lab with its clock ×60 (a 5-minute cycle in 5 s), three VMs protected."""
    from app.cli import protect_lab_vms, seed_lab

    running = RunningServer(
        f"sqlite+aiosqlite:///{tmp_path / 'vault.db'}",
        fabric_factory=lambda: LabFabric(clock=LabClock(60), folder=tmp_path / "lab"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()

    async def seed() -> None:
        await seed_lab(running.ctx)
        await protect_lab_vms(running.ctx, VMS)

    running.call(seed)
    yield running
    running.stop()


async def wait_for_points(client: StandbyClient) -> list[str]:
    """Until every protected item is protected and holds a recovery point; their ids."""
    for _ in range(600):
        items = await client.protected_items()
        points = [await client.recovery_points(i.id) for i in items]
        protected = all(i.replication_state.value == "protected" for i in items)
        if len(items) == VMS and protected and all(points):
            return sorted(i.id for i in items)
        await asyncio.sleep(0.2)
    raise AssertionError("the lab's VMs never got a recovery point")


def make_plan(server: RunningServer, ids: list[str]) -> str:
    from app.server import plans

    spec = RecoveryPlanSpec.model_validate(
        {
            "name": "Payroll estate",
            "groups": [
                {"name": "Databases", "item_ids": ids[:2]},
                {
                    "name": "Application",
                    "item_ids": ids[2:],
                    "post_actions": [
                        {"kind": "manual", "name": "Log in", "instructions": "Open payroll."}
                    ],
                },
            ],
        }
    )
    return server.call(lambda: plans.create_plan(server.ctx.store, spec)).id


class UrlCatcher(QObject):
    """The desktop's handler for file URLs while the test runs: records what would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_whole_drill_from_the_console_ends_in_a_report(
    fast_lab: RunningServer, run, settings, qtbot, platformdirs_isolated
) -> None:
    from app.console.drill.flow import Step
    from app.console.drill.report import timing
    from app.console.main_window import MainWindow

    session = make_session(fast_lab)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    run(session.start())
    run(session.cache.wait_synced(20))
    plan_id = make_plan(fast_lab, run(wait_for_points(session.client), 150))
    run(session.cache.wait_for(lambda c: c.get("recovery-plan", plan_id) is not None, 20))
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        window.findChild(QAction, "drRun").trigger()
        drill = window.drill_windows[-1]
        assert drill.isVisible() and not drill.isModal()

        # 1. plan → 2. pre-checks: every VM protected and healthy.
        drill.choose_plan(plan_id)
        assert "Databases" in drill.plan_page.summary.text()
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        run(until(lambda: drill.next.isEnabled(), 30, "the pre-checks"))
        assert drill.step == Step.CHECKS
        assert [f.code for f in drill.findings] == ["ok"] * VMS

        # 3. test failover, with the plan's manual action done from the drill window.
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        run(until(lambda: drill.failover_page.resume.isVisible(), 120, "the manual action"), 150)
        assert "Open payroll." in drill.failover_page.waiting.text()
        qtbot.mouseClick(drill.failover_page.resume, Qt.MouseButton.LeftButton)
        run(until(lambda: drill.step == Step.VERIFY, 120, "the test VMs"), 150)

        # 4. verify: each test VM's consistency proof (the lab's: its auditor) beside the
        # checklist, asked of the estate through the general API as for any estate.
        record = drill.runner.drill
        assert record is not None and record.rto_seconds is not None
        assert all(v.test_vm_id and v.recovery_point_id for v in record.vms), record.vms
        assert all(
            [(c.kind, c.verdict) for c in v.consistency or []] == [("auditor", "passed")]
            for v in record.vms
        ), record.vms
        assert all(v.audit is None for v in record.vms)
        audits = [drill.verify_page.vms.item(r, 5).text() for r in range(VMS)]
        assert all(a.startswith("Passed: intact, crash-consistent") for a in audits), audits
        assert timing(record.rto_seconds) in drill.clock.text()
        checklist = drill.verify_page.checklist
        drill.verify_page.new_item.setText("Payroll batch ran in the test network")
        qtbot.mouseClick(drill.verify_page.add, Qt.MouseButton.LeftButton)
        run(until(lambda: checklist.count() == 5, 20, "the added checklist item"))
        for row in range(checklist.count()):
            checklist.item(row).setCheckState(Qt.CheckState.Checked)
        run(until(lambda: all(c.done for c in drill.runner.drill.checklist), 20, "ticks recorded"))
        assert "5 of 5 verified" in drill.verify_page.checklist_title.text()

        # The window closes (a console restarts): the history takes the drill up again.
        drill.close()
        window.findChild(QAction, "drHistory").trigger()
        history = window.drill_history
        run(until(lambda: history.drills, 20, "the drill history"))
        assert [d.state for d in history.drills] == ["verifying"]
        history.select(history.drills[0].id)
        assert history.take_up.isEnabled()
        qtbot.mouseClick(history.take_up, Qt.MouseButton.LeftButton)
        drill = history.continued
        history.close()
        assert drill.step == Step.VERIFY and drill.ticks() == [True] * 5

        # 5. cleanup: notes are required.
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        assert drill.step == Step.CLEANUP and not drill.next.isEnabled()
        drill.cleanup_page.notes.setPlainText("Payroll answered; batch ran on the test copy.")
        assert drill.next.isEnabled()
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        # Cleanup runs no plan actions: it goes to the report without asking the operator again.

        def shown() -> str:
            tasks = [(t.get_name(), t.done()) for t in session.tasks]
            return f"{drill.message.text()} {drill.runner.drill} {tasks}"

        run(until(lambda: drill.step == Step.REPORT, 120, "the cleanup", shown), 150)

        # 6. the report: HTML and PDF in the user's folder, opened from the window.
        files = drill.files
        assert files is not None and files.pdf.is_relative_to(platformdirs_isolated)
        assert files.pdf.stat().st_size > 0 and "Payroll estate" in files.html.read_text()
        final = run(session.client.get_drill(drill.runner.drill.id))
        assert final.state == "passed", final
        assert final.operator == "test-operator" and final.cleanup_job_id
        text = pdf_text(files.pdf)
        assert "Payroll estate" in text
        assert "PASSED" in text
        assert timing(final.rto_seconds) in text
        for group in final.groups:
            assert timing(group.rto_seconds) in text
        assert text.count("Passed: intact, crash-consistent") == VMS, text  # every test VM
        assert text.count("(lab auditor)") == VMS, text
        assert "Payroll batch ran in the test network" in text
        assert "batch ran on the test copy" in text
        # The records' identifiers only at the foot, for the audit log; not in the summary.
        body, _, foot = text.partition("Report generated")
        for ref in (final.id, final.test_failover_job_id, final.cleanup_job_id):
            assert ref not in body and ref in foot, (ref, foot)
        for vm in final.vms:
            assert vm.vm_name in text
        qtbot.mouseClick(drill.report_page.open_pdf, Qt.MouseButton.LeftButton)
        assert [u.toLocalFile() for u in catcher.urls] == [str(files.pdf)]

        # Any console: the history lists the drill and opens a report regenerated from it.
        files.pdf.unlink()
        window.findChild(QAction, "drHistory").trigger()
        history = window.drill_history
        run(until(lambda: history.drills, 20, "the drill history"))
        assert [d.id for d in history.drills] == [final.id]
        assert history.table.item(0, 3).text() == "PASSED"
        history.select(final.id)
        qtbot.mouseClick(history.open_pdf, Qt.MouseButton.LeftButton)
        assert [u.toLocalFile() for u in catcher.urls][-1] == str(files.pdf)
        again = pdf_text(files.pdf)
        assert "Payroll estate" in again and timing(final.rto_seconds) in again
        history.close()
        drill.close()
    finally:
        QDesktopServices.unsetUrlHandler("file")
        window.close()
        run(session.stop())
