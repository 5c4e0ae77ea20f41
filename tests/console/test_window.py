"""The main window against the lab: the VM pane with live graphs, jobs followed to the end,
operations from the operation table, keyboard use, the disconnected banner, persistence."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.console.actions import entries_for, refusal
from app.domain.enums import JobState, Operation
from app.domain.model import Job, JobStep
from app.domain.operations import ItemStatus, check
from tests.console.helpers import shoot, until
from tests.console.lab import critical, history, live_sample, protected_item, put_item


def test_vm_pane_shows_state_history_and_live_graphs(console, lab_server, run):
    cache = console.session.cache
    item = put_item(lab_server, protected_item("vm-sql-01"))
    put_item(lab_server, critical(protected_item("vm-web-01")))
    history(lab_server, item.id)
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 2, 20))
    assert console.select("vm", "vm-sql-01")
    pane = console.vm_pane
    assert console.details.currentWidget() is pane
    run(until(lambda: len(pane.graphs.rpo) >= 100 and pane.points.topLevelItemCount() == 6))
    assert pane.fields["state"].text() == "Protected"
    assert pane.fields["rpo"].text().startswith("2 min 40 s  (target 5 min")
    assert pane.fields["cycles"].text() == "118 successful, 0 missed"
    assert pane.graphs.target == 600.0  # the line it is judged by: warning above 2 × 5 min
    before = len(pane.graphs.rpo)
    live_sample(lab_server, item.id, rpo=95.0)
    run(until(lambda: len(pane.graphs.rpo) == before + 1))
    run(asyncio.sleep(0.4))  # a redraw tick
    _x, y = pane.graphs.rpo_curve.getData()
    assert y[-1] == 95.0
    shoot(console, "main-window-vm", run)
    console.select("site", "site-sto")
    assert console.details.currentWidget() is console.summary
    assert console.summary.count_labels["critical"].text() == "1"
    assert console.summary.count_labels["normal"].text() == "1"
    assert "Stockholm/Gold → Amsterdam/Gold" in console.summary.config.text()
    shoot(console, "main-window-site", run)


def test_disabled_action_carries_the_operation_tables_reason(console, lab_server, run, qtbot):
    cache = console.session.cache
    item = put_item(lab_server, protected_item("vm-sql-01"))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id) is not None, 20))
    console.session.role = None
    node = console.fabric.node_for("vm", "vm-sql-01")
    entries = {e.operation: e for group in console.operation_entries(node) for e in group}
    assert entries[Operation.PLANNED_FAILOVER].enabled
    commit = entries[Operation.COMMIT]
    assert not commit.enabled
    assert commit.reason == check(Operation.COMMIT, ItemStatus.of(item)).reason
    console.select("vm", "vm-sql-01")
    console.tree.setFocus()
    console.show_context_menu(None)  # what Shift+F10 does
    menu = console.menu
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["op-commit"].isEnabled()
    assert actions["op-commit"].toolTip() == commit.reason
    assert actions["op-planned-failover"].isEnabled()
    assert menu.toolTipsVisible()
    shoot(menu, "operations-menu", run)
    menu.close()
    # an unprotected VM in a paired cloud can be protected
    unprotected = console.fabric.node_for("vm", "vm-sql-02")
    groups = entries_for(console.fabric, unprotected)
    enable = next(e for g in groups for e in g if e.operation == Operation.ENABLE_PROTECTION)
    assert enable.enabled and enable.pairing_id
    # disconnected: everything is refused, with the reason
    refused = refusal(False, None, 4.0)
    for group in entries_for(console.fabric, node, refused):
        for entry in group:
            assert not entry.enabled and entry.reason == refused
    assert "Not connected to the control plane" in refused


def test_keyboard_navigation_and_shortcuts(console, qtbot):
    console.tree.setFocus()
    console.tree.setCurrentIndex(console.proxy.index(0, 0))
    qtbot.keyClick(console.tree, Qt.Key.Key_Down)
    assert console.node_at(console.tree.currentIndex()).kind == "site"
    for _ in range(30):  # Amsterdam comes first: its hosts hold no VMs
        qtbot.keyClick(console.tree, Qt.Key.Key_Down)
        if console.node_at(console.tree.currentIndex()).kind == "vm":
            break
    assert console.node_at(console.tree.currentIndex()).kind == "vm"
    assert console.details.currentWidget() is console.vm_pane
    find = console.findChild(type(console.menuBar().actions()[0]), "find")
    assert find is not None and find.shortcut().toString() == "Ctrl+F"
    find.trigger()
    assert console.filter.hasFocus()
    qtbot.keyClicks(console.filter, "web")
    qtbot.keyClick(console.filter, Qt.Key.Key_Escape)
    assert console.filter.text() == ""
    refresh = console.findChild(type(find), "refresh")
    assert refresh.shortcut().toString() == "F5"
    for name in ("fabricTree", "fabricFilter", "jobsTable", "alertsTable", "eventLog"):
        widget = console.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name


def test_jobs_pane_follows_a_job_to_completion(console, lab_server, run):
    cache = console.session.cache
    now = datetime.now(UTC)
    job = Job(
        id="job-test-1",
        operation="test-failover",
        object_kind="protected-item",
        object_id="pi-vm-sql-01",
        object_name="sql-01",
        state=JobState.IN_PROGRESS,
        started_by="test-operator",
        created=now,
        started=now,
        progress=0.25,
        steps=[
            JobStep(name="Create test VM", state=JobState.IN_PROGRESS, progress=0.5),
            JobStep(name="Start test VM"),
        ],
        allowed_actions=["cancel"],
    )

    def put(j: Job) -> None:
        async def go():
            async with lab_server.ctx.store.transaction() as tx:
                await tx.put("job", j.id, j.model_dump(mode="json"))

        lab_server.call(go)

    put(job)
    run(cache.wait_for(lambda c: "job-test-1" in c.jobs, 20))
    pane = console.jobs
    pane.select_job("job-test-1")
    assert pane.steps.topLevelItemCount() == 2
    assert pane.buttons["cancel"].isEnabled()
    assert not pane.buttons["restart"].isEnabled()
    shoot(console.bottom, "jobs-running", run)
    done = job.model_copy(
        update={
            "state": JobState.FAILED,
            "progress": 1.0,
            "error": "The test VM did not start.",
            "allowed_actions": ["restart"],
            "steps": [
                JobStep(name="Create test VM", state=JobState.SUCCEEDED, progress=1.0),
                JobStep(
                    name="Start test VM",
                    state=JobState.FAILED,
                    progress=1.0,
                    error="The test VM did not start.",
                ),
            ],
        }
    )
    put(done)
    run(cache.wait_for(lambda c: c.jobs["job-test-1"].state == JobState.FAILED, 20))
    row = pane.model.row_of("job-test-1")
    assert pane.model.index(row, 2).data() == "Failed"
    assert pane.steps.topLevelItem(1).text(3) == "The test VM did not start."
    assert pane.buttons["restart"].isEnabled() and not pane.buttons["cancel"].isEnabled()
    shoot(console.bottom, "jobs-failed", run)


def test_jobs_pane_follows_a_real_enable_protection_job(console, lab_server, run, monkeypatch):
    """Enable protection on a lab VM through the console's own action path: the control plane
    runs the real job (replica, initial copy); the jobs pane shows it in progress with its
    steps and follows it to the end, and the VM row turns Protected — all from the live feed,
    without a re-list or a model reset."""
    from app.console.models.fabric_tree import REPLICATION
    from app.console.models.jobs import PROGRESS, STATE, ProgressRole

    cache = console.session.cache
    pane = console.jobs
    relists = cache.relists
    resets: list[str] = []
    console.fabric.modelReset.connect(lambda: resets.append("fabric"))
    pane.model.modelReset.connect(lambda: resets.append("jobs"))
    replication: list[str] = []
    console.fabric.dataChanged.connect(
        lambda *_: replication.append(
            console.fabric.index_for("vm", "vm-web-01", REPLICATION).data()
        )
    )
    seen: list[tuple[str, int, list[tuple[str, str]]]] = []  # what the pane showed, in order

    def record(*_args) -> None:
        job = pane.selected_job()
        if job is None or job.operation != "enable-protection":
            return
        row = pane.model.row_of(job.id)
        steps = [
            (pane.steps.topLevelItem(n).text(0), pane.steps.topLevelItem(n).text(1))
            for n in range(pane.steps.topLevelItemCount())
        ]
        state = pane.model.index(row, STATE).data()
        seen.append((state, pane.model.index(row, PROGRESS).data(ProgressRole), steps))

    pane.model.dataChanged.connect(record)
    pane.table.selectionModel().currentRowChanged.connect(record)

    # The lab copies an unwritten disk in well under the step's 0.5 s progress tick: slow the
    # real copy's start down (on the server's loop), so the job is seen moving step by step.
    fabric = lab_server.ctx.fabric
    real_copy = fabric.initial_replication

    async def slow_copy(vm_id, progress):
        for fraction in (0.1, 0.4, 0.7):
            await progress(fraction)
            await asyncio.sleep(0.3)
        await real_copy(vm_id, lambda f: progress(0.7 + 0.3 * f))

    monkeypatch.setattr(fabric, "initial_replication", slow_copy)
    assert console.select("vm", "vm-web-01")
    node = console.fabric.node_for("vm", "vm-web-01")
    assert node.item is None
    entries = {e.operation: e for g in console.operation_entries(node) for e in g}
    enable = entries[Operation.ENABLE_PROTECTION]
    assert enable.enabled, enable.reason
    console.send_entry(enable)  # sent at once (the wizard around it: test_wizard_pages.py)

    def job() -> Job | None:
        return next((j for j in cache.jobs.values() if j.operation == "enable-protection"), None)

    run(until(lambda: job() is not None and pane.selected_job() is not None, 20))
    assert pane.selected_job().id == job().id  # the pane follows the job it started
    assert console.bottom.currentWidget() is pane
    shoot(console.bottom, "jobs-enable-running", run)
    run(cache.wait_for(lambda c: job().state.finished, 60))
    run(until(lambda: seen and seen[-1][0] == "Succeeded"))
    _state, progress, steps = seen[-1]
    assert progress == 100
    assert steps == [
        ("Prepare the replica on the recovery host", "Succeeded"),
        ("Initial replication", "Succeeded"),
    ]
    running = [s for s in seen if s[0] == "In progress"]
    assert running, seen  # it was shown while it ran …
    assert len({p for _s, p, _st in running if 0 < p < 100}) >= 3, seen  # … progress moving
    assert all(len(st) == 2 for _s, _p, st in running)  # … and its steps
    assert any(("Initial replication", "In progress") in st for _s, _p, st in running)
    progresses = [p for _s, p, _st in seen]
    assert progresses == sorted(progresses)  # never went back
    assert pane.buttons["cancel"].isEnabled() is False
    shoot(console.bottom, "jobs-enable-succeeded", run)
    # the VM row: Not protected → (enabling / initial replication) → Protected
    run(
        until(
            lambda: console.fabric.index_for("vm", "vm-web-01", REPLICATION).data() == "Protected"
        )
    )
    assert replication[0] != "Protected"
    assert node.item is not None and node.item.id == job().object_id
    run(until(lambda: console.vm_pane.fields["state"].text() == "Protected"))  # 2 Hz refresh
    assert cache.relists == relists  # the live feed carried every change
    assert resets == []


def test_banner_while_the_server_is_down_and_convergence_after(console, lab_server, run):
    cache = console.session.cache
    banner = console.banner
    assert banner.isHidden()
    lab_server.stop()
    run(until(lambda: cache.status.state != "connected", 20))
    seen: list[str] = []

    def retrying() -> bool:  # read the text once: the next retry may change it at any time
        seen.append(banner.label.text())
        return banner.isVisible() and "retrying in" in seen[-1]

    run(until(retrying, 20))
    text = seen[-1]
    assert text.startswith("Disconnected — showing data from ")
    assert " ago), retrying in " in text
    # stale data is marked as such: the tree greyed, a "not live" line over the details
    assert console.tree.itemDelegate() is console.stale_delegate
    assert console.stale_note.isVisible()
    assert console.stale_note.text().startswith("Not live — last known state as of ")
    # the tree stays browsable, operations are refused with the reason
    assert console.select("vm", "vm-sql-01")
    node = console.fabric.node_for("vm", "vm-sql-01")
    entries = [e for g in console.operation_entries(node) for e in g]
    assert entries and not any(e.enabled for e in entries)
    assert all("Not connected" in e.reason for e in entries)
    run(asyncio.sleep(1.2))
    assert banner.label.text() != text or "s ago" in banner.label.text()
    shoot(console, "main-window-disconnected", run)
    lab_server.start()
    item = put_item(lab_server, protected_item("vm-sql-01"))
    run(until(lambda: cache.status.state == "connected", 30))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id) is not None, 20))
    run(until(lambda: banner.isHidden()))

    def vm_row_shows_the_item() -> bool:
        index = console.fabric.index_for("vm", "vm-sql-01")
        node = index.internalPointer() if index.isValid() else None
        return node is not None and node.item is not None

    run(until(vm_row_shows_the_item, 20))
    assert console.fabric.resets == 1
    assert console.stale_note.isHidden()
    assert console.tree.itemDelegate() is console.live_delegate
    assert console.connection_label.text() == "● Connected"


def test_window_state_persists_in_qsettings(console, settings):
    header = console.tree.header()
    header.resizeSection(0, 333)
    console.close()
    from app.console.main_window import MainWindow

    again = MainWindow(console.session, settings)
    try:
        assert again.tree.header().sectionSize(0) == 333
        assert settings.value("window/geometry") is not None
    finally:
        again.detach()
        again.deleteLater()
