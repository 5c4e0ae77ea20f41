"""Render the console at a screen size in a theme, and report any text that does not fit.

    .venv/bin/python tools/layout_screenshots.py OUTDIR [--size 1600x1000] [--theme dark]

Runs offscreen on a screen of that size (Qt's offscreen platform with a screen config), over
an in-process lab (clock ×60, eight VMs protected, the link between the sites cut so health
reasons and alerts carry their long messages, a few jobs in the jobs pane). Writes, with
`-THEME-WxH` added to each name:

    main-vm        the main window, a protected VM with health reasons selected
    main-jobs      … the jobs tab
    main-alerts    … the alerts tab
    wizard-test    a VM's test failover: point and network (radio buttons)
    wizard-planned a VM's planned failover: its checks page
    wizard-planned-site-down   … with the recovery site down (the checks fail, with reasons)
    drill-pre-checks-site-down a DR drill's pre-checks then
    plan-editor    the recovery plan editor, over the main window
    dashboard      the NOC dashboard, full screen

and prints each text that is cut (tests/console/cut.py: labels, buttons, item views' cells);
exit status 1 if any. A developer script: it may import app.server, app.lab and tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def offscreen_screen(width: int, height: int) -> None:
    """Qt's offscreen platform with one screen of this size (before QApplication exists)."""
    config = Path(tempfile.gettempdir()) / f"standby-offscreen-{width}x{height}.json"
    screen = {"name": "shots", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


async def until(predicate: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise SystemExit(f"layout screenshots: timed out waiting for {what}")
        await asyncio.sleep(0.1)
    return value


class Shots:
    def __init__(self, outdir: Path, suffix: str):
        self.outdir = outdir
        self.suffix = suffix
        self.cut: list[str] = []

    async def shoot(self, widget: Any, name: str, settle: float = 0.6) -> None:
        from app.console.dashboard.widgets import ElidedLabel
        from tests.console.cut import cut_texts

        await asyncio.sleep(settle)
        path = self.outdir / f"{name}-{self.suffix}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"layout screenshots: could not write {path}")
        # The dashboard's alert lines end in "…" after a whole word by design (a wall screen).
        found = cut_texts(widget, elided_by_design=(ElidedLabel,))
        self.cut += [f"{path.name}: {line}" for line in found]
        print(f"  wrote {path}" + (f" ({len(found)} cut)" if found else ""), flush=True)


async def screenshots(outdir: Path, server: Any, suffix: str, theme_name: str) -> list[str]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.client.api import StandbyClient
    from app.client.cache import Backoff, InventoryCache
    from app.console import theme
    from app.console.app import configure_graphs
    from app.console.dashboard.window import DashboardWindow
    from app.console.drill.flow import Step
    from app.console.drill.menu import open_drill
    from app.console.main_window import MainWindow
    from app.console.plans import open_plan_editor
    from app.console.session import Session
    from app.console.wizards.flow import Target
    from app.console.wizards.launch import operation_flow
    from app.domain.enums import Operation

    app = QApplication.instance()
    theme.apply(app, theme_name)
    configure_graphs()
    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=1.0, cap=10.0, jitter=0.0))
    session = Session(client, cache, profile="lab")
    settings = QSettings(str(outdir / f".layout-{suffix}.ini"), QSettings.Format.IniFormat)
    settings.clear()  # the first run's window: default sizes, splitters and columns
    window = MainWindow(session, settings)
    window.show()
    await session.start()
    await cache.wait_synced(30)
    await until(lambda: session.role is not None, 30, "the token's role")
    shots = Shots(outdir, suffix)

    def protected() -> list[Any]:
        return sorted(
            (
                i
                for i in cache.objects("protected-item").values()
                if i.replication_state.value == "protected"  # type: ignore[attr-defined]
            ),
            key=lambda i: i.vm_id,  # type: ignore[attr-defined]
        )

    await until(lambda: len(protected()) >= 8, 180, "the lab's VMs to be protected")
    items = protected()
    for item in items[:2]:
        await until(lambda i=item: cache.get("protected-item", i.id).last_replication, 60, "points")
    plan = await client.create_recovery_plan(
        {
            "name": "ERP estate",
            "groups": [
                {"name": "Databases", "item_ids": [items[0].id]},
                {"name": "Application", "item_ids": [items[1].id, items[2].id]},
            ],
        }
    )
    await until(lambda: cache.get("recovery-plan", plan.id), 30, "the plan")
    # Jobs for the jobs pane: a finished test failover and its cleanup.
    for operation in ("test-failover", "test-failover-cleanup"):
        body = {"notes": "Checked the test VM."} if "cleanup" in operation else {}
        job = await client.operate(items[3].id, operation, body)
        await until(lambda j=job.id: j in cache.jobs and cache.jobs[j].state.finished, 120, "job")
    await client.lab_link(True)  # replica unreachable: long health reasons, alerts
    target = items[0]
    await until(
        lambda: cache.get("protected-item", target.id).health_reasons,  # type: ignore[union-attr]
        60,
        "health reasons",
    )

    window.select("vm", target.vm_id)  # type: ignore[attr-defined]
    await until(lambda: len(window.vm_pane.graphs.rpo) > 3, 60, "graphs")
    await shots.shoot(window, "main-vm")
    window._tab(0)
    await shots.shoot(window, "main-jobs")
    window._tab(1)
    await shots.shoot(window, "main-alerts")

    menus = window.wizards
    await client.lab_link(False)  # the wizards' checks pass
    await until(
        lambda: not cache.get("protected-item", items[4].id).health_reasons,  # type: ignore[union-attr]
        60,
        "the link back",
    )
    for operation, name in (
        (Operation.TEST_FAILOVER, "wizard-test"),
        (Operation.PLANNED_FAILOVER, "wizard-planned"),
    ):
        wizard = menus.open(
            operation_flow(client, cache, operation, Target.item(cache, items[4].id))
        )
        await until(lambda w=wizard: w.flow.loaded or w.flow.load_error, 30, "the wizard")
        if operation == Operation.TEST_FAILOVER:
            page = wizard.currentPage()
            field = page.widgets.get("network_id")
            if field is not None and hasattr(field, "buttons"):
                list(field.buttons.values())[-1].setChecked(True)
        await shots.shoot(wizard, name)
        wizard.close()

    # Pre-checks that fail: the recovery site down, each check with its long reason.
    ams = next(x for x in cache.objects("site").values() if x.name == "Amsterdam")
    await client.lab_site(ams.id, False)
    await until(lambda: not cache.get("site", ams.id).up, 30, "Amsterdam down")  # type: ignore[union-attr]
    wizard = menus.open(
        operation_flow(client, cache, Operation.PLANNED_FAILOVER, Target.item(cache, items[4].id))
    )
    await until(lambda: wizard.flow.loaded or wizard.flow.load_error, 30, "the wizard")
    await shots.shoot(wizard, "wizard-planned-site-down")
    wizard.close()
    drill = open_drill(window)
    drill.choose_plan(plan.id)
    drill.show_step(Step.CHECKS)
    drill.run_checks()
    await until(lambda: drill.findings, 30, "the drill's pre-checks")
    await shots.shoot(drill, "drill-pre-checks-site-down")
    drill.close()
    await client.lab_site(ams.id, True)

    editor = open_plan_editor(window, plan.id)
    await asyncio.sleep(0.3)
    placed, over = editor.frameGeometry().getRect(), window.frameGeometry().getRect()
    print(f"  plan editor at {placed}, over {over}")
    await shots.shoot(window, "plan-editor-over-main", settle=0.8)
    await shots.shoot(editor, "plan-editor")
    editor.close()

    dashboard = DashboardWindow(session)
    dashboard.show_on(None, full_screen=True)
    await shots.shoot(dashboard, "dashboard", settle=1.5)
    dashboard.close()
    window.close()
    await session.stop()
    return shots.cut


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--theme", choices=["light", "dark"], default="light")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    offscreen_screen(width, height)
    args.outdir.mkdir(parents=True, exist_ok=True)

    import qasync
    from PySide6.QtWidgets import QApplication

    from tools.screens import start_lab, stop_lab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    cut: list[str] = []
    with tempfile.TemporaryDirectory(prefix="standby-layout-") as folder:
        server = start_lab(Path(folder), protect=8)
        try:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                suffix = f"{args.theme}-{args.size}"
                cut = loop.run_until_complete(screenshots(args.outdir, server, suffix, args.theme))
        finally:
            stop_lab(server)
    for line in cut:
        print(f"CUT {line}", flush=True)
    return 1 if cut else 0


if __name__ == "__main__":
    raise SystemExit(main())
