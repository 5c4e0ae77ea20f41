"""The console in Swedish against a real lab, walked pane by pane and dialog by dialog: no
visible text may be an ISO 8601 stamp (a raw `datetime`), an id made for machines (a job's
`job-1a2b3c4d5e6f`, an object id where its name belongs) or English left in a translated
console. A recovery plan's test failover runs through it (a script action, a manual action
it waits at, test VMs started from recovery points), so the jobs list, a job's steps and the
running-plan view have something to say; both are rendered to PNG to be looked at.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.console import i18n
from app.domain.enums import JobState
from tests.console.conftest import make_session
from tests.console.helpers import until
from tests.console.test_plan_run import make_plan, protect

SHOTS = Path("/tmp/console-shots/locale-sv")
LANGUAGE = "sv"

ISO_STAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"  # 2026-12-04T02:17:36
    r"|\d{2}:\d{2}:\d{2}\.\d+"  # 02:17:36.155481
    r"|\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}"  # 02:17:36+00:00
)
MACHINE_ID = re.compile(
    r"\b(job|alert|plan|drill|pi|rp)-[0-9a-z]*\d[0-9a-z-]*"  # ids the control plane makes
    r"|\b(vm|host|site|cloud|net|pairing|policy)-[a-z]+-[0-9a-z-]+"  # inventory ids
    r"|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"  # a UUID
    r"|@plan\b"
)
# English the console used to leave in a translated window (words no sv text contains).
ENGLISH = re.compile(
    r"\b(the|and|from|with|started|succeeded|failed|waiting|cancelled|group|step|job|"
    r"point|replica|shut|down|test VM|writes lost|object\(s\))\b",
    re.IGNORECASE,
)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown in `root` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    yield f"{root.objectName() or type(root).__name__}/title", root.windowTitle()
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            yield where, re.sub(r"<[^>]+>", " ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.text() or widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield f"{where}/tab{tab}", widget.tabText(tab)
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for column in range(widget.columnCount()):
                yield f"{where}/header{column}", header.text(column)
            for row in range(widget.topLevelItemCount()):
                yield from _tree_item(widget.topLevelItem(row), f"{where}/{row}")
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # its view's headers are read with it
            and widget.model() is not None
        ):
            yield from _model_texts(widget, where)


def _tree_item(item: QTreeWidgetItem | None, where: str) -> Iterator[tuple[str, str]]:
    if item is None:
        return
    for column in range(item.columnCount()):
        yield f"{where}:{column}", item.text(column)
    for child in range(item.childCount()):
        yield from _tree_item(item.child(child), f"{where}/{child}")


def _model_texts(view: QAbstractItemView, where: str, limit: int = 400):
    model = view.model()
    root = view.rootIndex()
    columns = max(1, model.columnCount(root) if not isinstance(view, QListView) else 1)
    for column in range(columns):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        if text and not isinstance(view, QListView):
            yield f"{where}/header{column}", str(text)
    stack = [root]
    seen = 0
    while stack and seen < limit:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            seen += 1
            for column in range(columns):
                text = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if text:
                    yield f"{where}/{row}:{column}", str(text)
            if not isinstance(view, QListView):
                stack.append(model.index(row, 0, parent))


def problems(texts, data: list[str]) -> list[tuple[str, str, str]]:
    """What is wrong with each text, once `data` (names, a plan's and its actions' own
    words, a script's output: the operator's, not the console's) is taken out of it."""
    found = []
    for where, text in texts:
        plain = text
        for item in sorted(data, key=len, reverse=True):  # whole names: not inside an id
            plain = re.sub(rf"(?<![\w-]){re.escape(item)}(?![\w-])", " ", plain)
        for what, pattern in (("ISO time", ISO_STAMP), ("id", MACHINE_ID), ("English", ENGLISH)):
            if pattern.search(plain):
                found.append((what, where, text))
    return found


@pytest.fixture
def swedish(lab_server, run, settings, qtbot):
    from app.console.main_window import MainWindow

    assert i18n.install(LANGUAGE)
    session = make_session(lab_server)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    run(session.start())
    run(session.cache.wait_synced(20))
    yield window
    for view in list(getattr(window, "_plan_run_views", {}).values()):
        view.close()
    window.close()
    run(session.stop())
    i18n.install("en")


def shoot(widget: QWidget, name: str, run) -> None:
    run(asyncio.sleep(0.1))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def test_every_pane_and_dialog_speaks_swedish_with_local_times(swedish, run):
    window = swedish
    cache = window.session.cache
    items = protect(window, run, ["vm-sql-01", "vm-sql-02"])
    plan_id = make_plan(window, run, items)
    plan = cache.get("recovery-plan", plan_id) or run(
        window.session.client.get_recovery_plan(plan_id)
    )
    job = run(window.session.client.operate_plan(plan_id, "test-failover", {}))
    from app.console.plans import show_plan_run

    view = show_plan_run(window, job.id)
    run(until(lambda: view.banner.isVisible(), 60, "the manual action's banner"))
    # the test VM's name, once the fabric sync brought it
    run(until(lambda: cache.get("vm", "vm-sql-01-test") is not None, 30, "the test VM"))
    view.show_job(cache.jobs[job.id])

    data = sorted(
        {
            plan.name,
            *(g.name for g in plan.groups),
            *(a.name for g in plan.groups for a in (*g.pre_actions, *g.post_actions)),
            *(a.instructions for g in plan.groups for a in g.pre_actions if a.kind == "manual"),
            "group 1",  # the script's output
            "lab-operator",  # who started it: a token's name
            *(
                obj.name
                for kind in ("site", "cloud", "host", "vm")
                for obj in cache.objects(kind).values()
            ),
        }
    )
    found = []
    found += problems(visible_texts(view), data)
    shoot(view, "plan-run-waiting", run)

    # the jobs pane with the plan job selected (its steps), then each tab of the bottom
    window.jobs.select_job(job.id)
    run(asyncio.sleep(0.2))
    for tab in range(window.bottom.count()):
        window.bottom.setCurrentIndex(tab)
        run(asyncio.sleep(0.1))
        found += problems(visible_texts(window), data)
        shoot(window.bottom, f"bottom-tab{tab}", run)
    window.bottom.setCurrentIndex(window.bottom.indexOf(window.jobs))
    shoot(window, "main-jobs", run)
    shoot(window.jobs, "jobs-pane", run)

    # the tree's objects, one of each kind selected (the summary and VM panes)
    for kind, object_id in (
        ("vault", ""),
        ("site", "site-sto"),
        ("host", "host-sto-gold-1"),
        ("vm", "vm-web-01"),
        ("vm", "vm-sql-01"),  # last: its health reason (test failover not cleaned up) shown
    ):
        assert window.select(kind, object_id), (kind, object_id)
        run(asyncio.sleep(0.3))
        found += problems(visible_texts(window), data)
    shoot(window, "main-vm", run)

    # resumed: the plan runs to its end, and the view says so
    view.run_action("resume")
    run(until(lambda: view.job is not None and view.job.state.finished, 90, "the plan job's end"))
    assert view.job.state == JobState.SUCCEEDED, view.job.error
    # a test VM is named as soon as the fabric sync brings it (the view follows the cache)
    run(until(lambda: cache.get("vm", "vm-sql-02-test") is not None, 30, "the second test VM"))
    run(asyncio.sleep(0.1))
    data.append("sql-02-test")
    found += problems(visible_texts(view), data)
    shoot(view, "plan-run-done", run)
    window.jobs.select_job(job.id)
    run(asyncio.sleep(0.2))
    found += problems(visible_texts(window.jobs), data)
    shoot(window.jobs, "jobs-pane-done", run)

    # a recovery plan's editor, and the drill history
    from app.console.plans import open_plan_editor

    editor = open_plan_editor(window, plan_id)
    run(asyncio.sleep(0.3))
    found += problems(visible_texts(editor), data)
    shoot(editor, "plan-editor", run)
    editor.close()

    # the DR drill (its first page), the drill history and the connect dialog
    from app.console.connect_dialog import ConnectDialog
    from app.console.drill.menu import open_drill, open_history
    from app.console.profiles import ProfileStore

    drill = open_drill(window)
    run(asyncio.sleep(0.5))
    found += problems(visible_texts(drill), data)
    shoot(drill, "drill", run)
    drill.close()
    history = open_history(window)
    run(asyncio.sleep(0.5))
    found += problems(visible_texts(history), data)
    history.close()
    connect = ConnectDialog(ProfileStore(window.settings))
    connect.show()
    run(asyncio.sleep(0.1))
    found += problems(visible_texts(connect), data)
    shoot(connect, "connect", run)
    connect.close()

    assert found == [], "\n".join(f"{what}: {where}: {text!r}" for what, where, text in found)

    # what the running-plan view says of its VMs: the lines in Swedish, times local
    lines = [
        view.tree.topLevelItem(0).child(2).child(n).text(0)
        for n in range(view.tree.topLevelItem(0).child(2).childCount())
    ]
    assert any(
        line.startswith("Test-VM:en sql-01-test startades från punkten") for line in lines
    ), lines
