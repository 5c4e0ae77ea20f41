"""Run a guided DR drill in the console against an in-process lab and render what the
operator and the auditors see to PNG.

    .venv/bin/python tools/drill_report_screenshot.py OUTDIR

Starts a lab control plane (clock ×60, six VMs protected), makes a three-group recovery plan,
opens the drill window (offscreen unless a DISPLAY is set) and walks it: pre-checks, test
failover, checklist beside the consistency proofs (two items left unticked, so the drill
fails and the report says why), cleanup with notes, report. Writes:

    drill-checks.png        the pre-checks page
    drill-failover.png      the test failover waiting for the plan's manual action
    drill-checklist.png     the verify page: test VMs, consistency proofs, RTO, checklist
    drill-report-page.png   the drill window's last page (the report's preview)
    drill-report.png        the report as QTextDocument renders it (what the PDF holds)
    drill-history.png       the drill history dialog
    drill-*.pdf / .html     the report files themselves (also in the user's data folder)

A developer script, not part of the app package: it may import app.server and app.lab.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.screens import run, shoot, until

PROTECTED = 6


def render_document(text: str, path: Path, width: int = 900) -> None:
    """The report as QTextDocument lays it out, on white, one long page."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter, QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    document.setTextWidth(width)
    size = document.size().toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    image.save(str(path))
    print(f"  wrote {path}", flush=True)


async def plan_of(server: Any, client: Any) -> str:
    from app.domain.model import ManualAction, RecoveryPlanSpec
    from app.server import plans

    for _ in range(900):
        items = await client.protected_items()
        points = [await client.recovery_points(i.id) for i in items]
        ready = all(i.replication_state.value == "protected" for i in items)
        if len(items) == PROTECTED and ready and all(points):
            break
        await asyncio.sleep(0.2)
    else:
        raise SystemExit("drill screenshots: the VMs never got a recovery point")
    vm_names = {v.id: v.name for v in await client.vms()}
    ids = sorted(items, key=lambda i: vm_names[i.vm_id])
    groups = [("Directory", ids[:2]), ("Databases", ids[2:4]), ("Applications", ids[4:])]
    spec = RecoveryPlanSpec.model_validate(
        {
            "name": "Finance estate",
            "description": "Directory first, then the databases, then the applications.",
            "groups": [{"name": n, "item_ids": [i.id for i in g]} for n, g in groups],
        }
    )
    # The server's own loop runs in its thread: a short blocking call is fine in a script.
    # The applications' group ends with a manual check: the job waits for the operator.
    spec.groups[-1].post_actions = [
        ManualAction(name="Smoke test", instructions="Open the ledger and post a test entry.")
    ]
    return server.call(lambda: plans.create_plan(server.ctx.store, spec)).id


async def screenshots(outdir: Path, server: Any) -> None:
    from PySide6.QtCore import Qt

    from app.client.api import StandbyClient
    from app.client.cache import Backoff, InventoryCache
    from app.console.drill import report
    from app.console.drill.content import report_content
    from app.console.drill.flow import Step
    from app.console.drill.history import DrillHistoryDialog
    from app.console.drill.window import DrillWindow
    from app.console.session import Session

    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=1.0, cap=10.0, jitter=0.0))
    session = Session(client, cache, profile="lab")
    await session.start()
    await cache.wait_synced(30)
    plan_id = await plan_of(server, client)
    await cache.wait_for(lambda c: c.get("recovery-plan", plan_id) is not None, 20)

    window = DrillWindow(session)
    window.resize(1100, 780)
    window.show()
    window.fill_plans()
    window.choose_plan(plan_id)
    window.go_on()
    await until(lambda: window.next.isEnabled(), 30, "the pre-checks")
    await shoot(window, outdir / "drill-checks.png")
    window.go_on()
    await until(lambda: window.failover_page.resume.isVisible(), 120, "the manual action")
    await shoot(window, outdir / "drill-failover.png")
    window.failover_page.resume.click()
    await until(lambda: window.step == Step.VERIFY, 120, "the test VMs")
    checklist = window.verify_page.checklist
    for row in (0, 1):
        checklist.item(row).setCheckState(Qt.CheckState.Checked)
    await until(lambda: sum(c.done for c in window.runner.drill.checklist) == 2, 20, "ticks")
    await shoot(window, outdir / "drill-checklist.png")
    window.go_on()
    window.cleanup_page.notes.setPlainText(
        "Directory and databases answered in the test network. The finance application "
        "was not tried: its licence server is not in the plan (ticket FIN-212)."
    )
    window.go_on()
    # The cleanup runs no plan actions (they bring applications up: failover and failback
    # only), so nothing waits for the operator: it ends on the report.
    await until(lambda: window.step == Step.REPORT, 120, "the cleanup")
    await shoot(window, outdir / "drill-report-page.png")
    drill = window.runner.drill
    render_document(report.report_html(report_content(drill)), outdir / "drill-report.png")
    assert window.files is not None
    for path in (window.files.pdf, window.files.html):
        shutil.copy(path, outdir / path.name)
        print(f"  wrote {outdir / path.name}", flush=True)

    history = DrillHistoryDialog(session)
    history.show()
    await until(lambda: history.drills, 20, "the drill history")
    history.select(drill.id)
    await shoot(history, outdir / "drill-history.png")
    history.close()
    window.close()
    await session.stop()


def main(argv: list[str] | None = None) -> int:
    return run(
        __doc__, screenshots, argv, protect=PROTECTED, prefix="standby-drill-", data_home=True
    )


if __name__ == "__main__":
    sys.exit(main())
