"""Render the operator console to PNG against an in-process lab, to look at what users see.

    .venv/bin/python tools/console_screenshots.py OUTDIR

Starts a lab control plane in a background thread (clock ×60, eight VMs protected), waits
until replication runs and health samples arrive, opens the console (offscreen unless a
DISPLAY is set), selects a protected VM so its graphs show live data, enables protection on
one more VM from the console's own action path so the jobs pane has a job to follow, then
stops the control plane and waits for the disconnected banner. Writes:

    main-window-protected-vm.png   a protected VM selected, live graphs
    jobs-pane.png                  the jobs pane following a job started from the console
    main-window-jobs.png           the whole window with that job
    plan-editor.png                a recovery plan in its editor
    plan-run-waiting.png           its test failover waiting on a manual action (banner)
    plan-run-done.png              the same job, resumed and finished
    main-window-disconnected.png   the control plane gone: banner, stale data marked

A developer script, not part of the app package: it may import app.server and app.lab.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.screens import quick, run, shoot, stop_lab, until

PROTECTED = 8  # VMs the lab protects at start
SAMPLES = 25  # live health samples per VM before the first picture


async def screenshots(outdir: Path, server: Any) -> None:
    from PySide6.QtCore import QSettings

    from app.client.api import StandbyClient
    from app.client.cache import Backoff, InventoryCache
    from app.console.app import configure_graphs
    from app.console.main_window import MainWindow
    from app.console.session import Session
    from app.domain.enums import Operation, ReplicationState

    configure_graphs()
    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=1.0, cap=10.0, jitter=0.0))
    session = Session(client, cache, profile="lab")
    settings = QSettings(str(outdir / ".console-screenshots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    window.resize(1600, 1000)
    window.show()
    samples: dict[str, int] = {}

    def count(event: Any) -> None:
        if event.type == "health-sample" and event.id:
            samples[event.id] = samples.get(event.id, 0) + 1

    cache.on_event(count)
    await session.start()
    await cache.wait_synced(30)

    def protected() -> list[Any]:
        return [
            item
            for item in cache.objects("protected-item").values()
            if item.replication_state == ReplicationState.PROTECTED  # type: ignore[attr-defined]
        ]

    await until(lambda: len(protected()) >= PROTECTED, 120, "the lab's VMs to be protected")
    item = sorted(protected(), key=lambda i: i.vm_id)[0]  # type: ignore[attr-defined]
    wanted = 3 if quick() else SAMPLES
    await until(lambda: samples.get(item.id, 0) >= wanted, 120, "health samples")
    window.select("vm", item.vm_id)  # type: ignore[attr-defined]
    graphs = window.vm_pane.graphs
    await until(lambda: len(graphs.rpo) >= wanted, 30, "the VM's graphs")
    await until(lambda: window.vm_pane.points.topLevelItemCount() > 0, 30, "recovery points")
    await shoot(window, outdir / "main-window-protected-vm.png")

    # A job started from the console's own action path, followed by the jobs pane.
    unprotected = next(
        node
        for node in sorted(
            window.fabric.vm_nodes(window.fabric.node_for("vault", "")), key=lambda n: n.name
        )
        if node.item is None
    )
    entries = {e.operation: e for g in window.operation_entries(unprotected) for e in g}
    window.send_entry(entries[Operation.ENABLE_PROTECTION])
    await until(lambda: window.jobs.selected_job() is not None, 30, "the new job")
    job_id = window.jobs.selected_job().id  # type: ignore[union-attr]
    await until(lambda: cache.jobs[job_id].state.finished, 120, "the job to finish")
    await shoot(window.bottom, outdir / "jobs-pane.png")
    await shoot(window, outdir / "main-window-jobs.png", settle=0.1)

    await plan_screenshots(outdir, window, session, protected())

    window.select("vm", item.vm_id)  # type: ignore[attr-defined]
    await asyncio.sleep(1.0)
    await asyncio.get_running_loop().run_in_executor(None, stop_lab, server)
    await until(
        lambda: window.banner.isVisible() and "retrying in" in window.banner.label.text(),
        60,
        "the disconnected banner",
    )
    await asyncio.sleep(1.0 if quick() else 4.0)  # let the data age: the stale marks show
    await shoot(window, outdir / "main-window-disconnected.png", settle=1.1)
    window.close()
    await session.stop()


async def plan_screenshots(outdir: Path, window: Any, session: Any, items: list[Any]) -> None:
    """A recovery plan in its editor, then its test failover waiting on a manual action."""
    from app.console.plans import open_plan_editor, show_plan_run

    items = sorted(items, key=lambda i: i.vm_id)
    manual = {
        "kind": "manual",
        "name": "Check the ERP",
        "instructions": "Log in to the ERP "
        "test instance and open order 1001; resume when it shows.",
    }
    plan = await session.client.create_recovery_plan(
        {
            "name": "ERP estate",
            "description": "Databases first, then the application tier.",
            "groups": [
                {
                    "name": "Databases",
                    "item_ids": [i.id for i in items[:2]],
                    "pre_actions": [{"kind": "script", "name": "Announce", "command": "echo ok"}],
                },
                {
                    "name": "Application",
                    "item_ids": [i.id for i in items[2:4]],
                    "post_actions": [manual],
                },
            ],
        }
    )
    cache = session.cache
    await until(lambda: cache.get("recovery-plan", plan.id) is not None, 30, "the plan")
    editor = open_plan_editor(window, plan.id)
    editor.select_group(1)
    editor.actions_panel.lists["post_actions"].setCurrentRow(0)
    await shoot(editor, outdir / "plan-editor.png")
    editor.close()
    job = await session.client.operate_plan(plan.id, "test-failover", {})
    view = show_plan_run(window, job.id)
    await until(lambda: view.banner.isVisible(), 120, "the plan's manual action")
    await shoot(view, outdir / "plan-run-waiting.png")
    view.run_action("resume")
    await until(lambda: view.job.state.finished, 120, "the plan job to finish")
    await shoot(view, outdir / "plan-run-done.png")
    view.close()


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, screenshots, argv, protect=PROTECTED)


if __name__ == "__main__":
    raise SystemExit(main())
