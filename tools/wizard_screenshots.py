"""Render every wizard's key page to PNG against an in-process lab, to look at what an
operator sees before pressing Start.

    .venv/bin/python tools/wizard_screenshots.py OUTDIR

Starts a lab control plane (clock ×60, eight VMs protected), opens the console (offscreen
unless a DISPLAY is set), makes a recovery plan of two protected VMs, and opens each wizard
from the console's own menus. Where a wizard needs an item in a given state the script gets
it there for real: an unplanned failover to an old point (so reverse replication has writes
to discard), then reverse replication (so failback is possible). Writes:

    wizard-policy.png            new policy, app-consistent points that would never be kept
    wizard-policy-initial.png    … and its initial replication, scheduled
    wizard-pairing.png           pair clouds: the network mapping page
    wizard-protect.png           enable protection: VMs, filtered, two selected
    wizard-test-failover.png     test failover of a plan: point and network
    wizard-cleanup.png           test failover cleanup: notes required
    wizard-planned.png           planned failover of a plan: pre-checks
    wizard-planned-review.png    … and its review ("no data loss")
    wizard-unplanned.png         unplanned failover: an old point, no shutdown: data loss shown
    wizard-commit.png            commit of the failed-over VM
    wizard-change-point.png      change recovery point
    wizard-reverse.png           reverse replication: writes discarded, name half typed
    wizard-failback.png          failback, step 1 of 2
    wizard-disable.png           disable protection
    plans-menu.png               the Recovery plans menu: the plans to run
    plan-operations-menu.png     one plan's operations, enabled from the operation table

A developer script, not part of the app package: it may import app.server and app.lab.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.screens import quick, run, shoot, until


class Shots:
    def __init__(self, window: Any, outdir: Path):
        self.window = window
        self.outdir = outdir

    async def open(self, wizard: Any) -> Any:
        assert wizard is not None, "the wizard was refused (not connected?)"
        await until(lambda: wizard.flow.loaded or wizard.flow.load_error, 30, "the wizard")
        if wizard.flow.load_error:
            raise SystemExit(wizard.flow.load_error)
        await asyncio.sleep(0.1)
        return wizard

    async def at(self, wizard: Any, page_id: str) -> Any:
        """Press Next up to `page_id` (each page must let the operator on)."""
        while wizard.currentPage().objectName() != f"page-{page_id}":
            if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
                raise SystemExit(f"wizard screenshots: Next is disabled before {page_id}")
            wizard.next()
            await asyncio.sleep(0.05)
        return wizard.currentPage()

    async def finish(self, wizard: Any) -> Any:
        """Start: the wizard sends its request; the job the jobs pane follows."""
        outcomes: list[Any] = []
        wizard.started.connect(outcomes.append)
        wizard.button(wizard.WizardButton.FinishButton).click()
        await until(lambda: outcomes, 30, "the wizard's job")
        job = outcomes[0].jobs[0]
        jobs = self.window.jobs
        await until(lambda: getattr(jobs.selected_job(), "id", None) == job.id, 30, "the pane")
        return job


async def job_done(cache: Any, job_id: str) -> None:
    await until(lambda: job_id in cache.jobs and cache.jobs[job_id].state.finished, 180, "a job")
    job = cache.jobs[job_id]
    if job.state.value != "succeeded":
        raise SystemExit(f"wizard screenshots: job {job_id} {job.state.value}: {job.error}")


async def screenshots(outdir: Path, server: Any) -> None:
    from PySide6.QtCore import QPoint, QSettings

    from app.client.api import StandbyClient
    from app.client.cache import Backoff, InventoryCache
    from app.console.main_window import MainWindow
    from app.console.session import Session
    from app.console.wizards.flow import Target
    from app.console.wizards.launch import operation_flow
    from app.domain.enums import Operation

    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=1.0, cap=10.0, jitter=0.0))
    session = Session(client, cache, profile="lab")
    settings = QSettings(str(outdir / ".wizard-screenshots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    window.resize(1400, 900)
    window.show()
    await session.start()
    await cache.wait_synced(30)
    await until(lambda: session.role is not None, 30, "the token's role")
    shots = Shots(window, outdir)
    menus = window.wizards

    def items() -> dict[str, Any]:
        return {
            cache.get("vm", i.vm_id).name: i  # type: ignore[union-attr]
            for i in cache.objects("protected-item").values()
            if i.replication_state.value == "protected"  # type: ignore[attr-defined]
        }

    await until(lambda: len(items()) >= 8, 180, "the lab's VMs to be protected")
    names = sorted(items())
    for name in names[:3]:  # a few recovery points on the VMs the wizards act on
        item_id = items()[name].id
        deadline = time.monotonic() + 120
        while len(await client.recovery_points(item_id)) < (2 if quick() else 3):
            if time.monotonic() > deadline:
                raise SystemExit("wizard screenshots: no recovery points")
            await asyncio.sleep(0.5)
    plan = await client.create_recovery_plan(
        {
            "name": "ERP estate",
            "groups": [
                {"name": "Databases", "item_ids": [items()[names[0]].id]},
                {"name": "Application", "item_ids": [items()[names[1]].id]},
            ],
        }
    )
    await until(lambda: cache.get("recovery-plan", plan.id), 30, "the plan")

    # Configuration.
    menus.new_policy()
    wizard = await shots.open(menus.wizard)
    page = wizard.currentPage()
    page.widgets["name"].edit.setText("Gold (30 s, 1 h)")
    page.widgets["copy_frequency_seconds"].buttons["30"].click()
    page.widgets["recovery_point_retention_hours"].spin.setValue(1)
    page.widgets["app_consistent_frequency_hours"].spin.setValue(4)
    await shoot(wizard, outdir / "wizard-policy.png")
    page.widgets["app_consistent_frequency_hours"].spin.setValue(1)
    page = await shots.at(wizard, "initial")
    page.widgets["initial_replication_start"].buttons["scheduled"].click()
    await shoot(wizard, outdir / "wizard-policy-initial.png")
    wizard.close()

    menus.pair_clouds()
    wizard = await shots.open(menus.wizard)
    page = wizard.currentPage()
    for key, cloud in (
        ("primary_cloud_id", "cloud-ams-gold"),
        ("recovery_cloud_id", "cloud-sto-gold"),
    ):
        combo = page.widgets[key].combo
        combo.setCurrentIndex(combo.findData(cloud))
    await shots.at(wizard, "networks")
    await shoot(wizard, outdir / "wizard-pairing.png")
    wizard.close()

    menus.protect()
    wizard = await shots.open(menus.wizard)
    page = await shots.at(wizard, "vms")
    vms = page.widgets["vm_ids"]
    first = vms.table.item(0, 0).text() if vms.table.rowCount() else ""
    vms.filter.setText(first[:3])  # a filter that matches: the page as an operator uses it
    vms.all.click()
    await shoot(wizard, outdir / "wizard-protect.png")
    wizard.close()

    # A recovery plan, from the Recovery plans menu.
    menus.plans.popup(window.mapToGlobal(QPoint(300, 30)))  # fills it (aboutToShow)
    await asyncio.sleep(0.2)
    await shoot(menus.plans, outdir / "plans-menu.png")
    sub = menus.plans.findChild(type(menus.plans), f"plan-{plan.id}")
    sub.popup(window.mapToGlobal(QPoint(560, 120)))
    await shoot(sub, outdir / "plan-operations-menu.png")
    sub.close()
    menus.plans.close()

    wizard = await shots.open(menus.open_plan(plan.id, Operation.TEST_FAILOVER))
    await shoot(wizard, outdir / "wizard-test-failover.png")
    wizard.close()
    wizard = await shots.open(menus.open_plan(plan.id, Operation.TEST_FAILOVER_CLEANUP))
    await shoot(wizard, outdir / "wizard-cleanup.png")
    wizard.close()
    wizard = await shots.open(menus.open_plan(plan.id, Operation.PLANNED_FAILOVER))
    await shoot(wizard, outdir / "wizard-planned.png")
    await shots.at(wizard, "review")
    await shoot(wizard, outdir / "wizard-planned-review.png")
    wizard.close()

    # One VM through unplanned failover, commit, change point, reverse replication, failback.
    vm = items()[names[2]]
    window.select("vm", vm.vm_id)
    wizard = await shots.open(
        menus.open(
            operation_flow(client, cache, Operation.DISABLE_PROTECTION, Target.item(cache, vm.id))
        )
    )
    await shoot(wizard, outdir / "wizard-disable.png")
    wizard.close()
    wizard = await shots.open(
        menus.open(
            operation_flow(client, cache, Operation.UNPLANNED_FAILOVER, Target.item(cache, vm.id))
        )
    )
    page = wizard.currentPage()
    page.widgets["shut_down_source"].box.click()
    combo = page.widgets["point_id"].combo
    combo.setCurrentIndex(combo.count() - 1)
    await shoot(wizard, outdir / "wizard-unplanned.png")
    await shots.at(wizard, "review")
    job = await shots.finish(wizard)
    await job_done(cache, job.id)
    await until(
        lambda: cache.get("protected-item", vm.id).replication_state.value == "failed-over",
        30,
        "failed over",
    )

    for operation, name in (
        (Operation.CHANGE_RECOVERY_POINT, "wizard-change-point.png"),
        (Operation.COMMIT, "wizard-commit.png"),
    ):
        wizard = await shots.open(
            menus.open(operation_flow(client, cache, operation, Target.item(cache, vm.id)))
        )
        if operation == Operation.CHANGE_RECOVERY_POINT:
            combo = wizard.currentPage().widgets["point_id"].combo
            combo.setCurrentIndex(0)
        await shoot(wizard, outdir / name)
        wizard.close()

    wizard = await shots.open(
        menus.open(
            operation_flow(client, cache, Operation.REVERSE_REPLICATION, Target.item(cache, vm.id))
        )
    )
    vm_name = wizard.flow.target.name
    wizard.currentPage().widgets["confirm_name"].edit.setText(vm_name[:-1])
    await shoot(wizard, outdir / "wizard-reverse.png")
    wizard.currentPage().widgets["confirm_name"].edit.setText(vm_name)
    await shots.at(wizard, "review")
    job = await shots.finish(wizard)
    await job_done(cache, job.id)
    await until(
        lambda: cache.get("protected-item", vm.id).replication_state.value == "protected",
        60,
        "reverse replication",
    )
    wizard = await shots.open(
        menus.open(operation_flow(client, cache, Operation.FAILBACK, Target.item(cache, vm.id)))
    )
    await shoot(wizard, outdir / "wizard-failback.png")
    wizard.close()

    window.close()
    await session.stop()


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, screenshots, argv, prefix="standby-wizard-shots-")


if __name__ == "__main__":
    raise SystemExit(main())
