"""The console's shell around its panes: the NOC dashboard stays full screen on Escape, the
Lab menu drives the lab's API (a real lab control plane), Help → About and the operator
guide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu

from app.console.about import COMPONENTS, AboutDialog, OperatorGuide, operator_section, readme_text
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until

SHOTS = Path("/tmp/shots")


@pytest.fixture
def dashboard(lab_server, qloop, run, qtbot):
    from app.console.dashboard.window import DashboardWindow

    yield from connected(DashboardWindow(make_session(lab_server)), qtbot, run, (1280, 720))


def test_escape_leaves_the_dashboard_full_screen_and_f11_or_its_menu_leave_it(
    dashboard, qtbot, run
):
    dashboard.show_on(None, full_screen=True)
    qtbot.waitUntil(dashboard.isFullScreen)
    # No shortcut or action of the window answers Escape (before, a QShortcut called
    # showNormal), and the window itself ignores the key.
    escape = QKeySequence(Qt.Key.Key_Escape)
    keys = [a.shortcut() for a in dashboard.findChildren(QAction)]
    keys += [s.key() for s in dashboard.findChildren(QShortcut)]
    assert keys and escape not in keys
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dashboard, press)
    assert dashboard.isFullScreen(), "Escape left full screen"
    # F11 leaves it, through the window's shortcut.
    dashboard.activateWindow()
    dashboard.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dashboard.windowHandle())
    dashboard.setFocus()
    qtbot.keyClick(dashboard, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not dashboard.isFullScreen())
    assert not dashboard.full_screen_action.isChecked()
    dashboard.show_on(None, full_screen=True)
    qtbot.waitUntil(dashboard.isFullScreen)
    assert dashboard.full_screen_action.isChecked()
    # The right-click menu offers the way out: the same action as F11.
    assert dashboard.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    names = [a.objectName() for a in dashboard.actions()]
    assert names == ["dashboardFullScreen", "dashboardClose"]
    assert dashboard.full_screen_action.shortcut().toString() == "F11"
    dashboard.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not dashboard.isFullScreen())
    assert not dashboard.full_screen_action.isChecked()
    dashboard.full_screen_action.trigger()  # and back
    qtbot.waitUntil(dashboard.isFullScreen)


def _action(menu: QMenu, name: str) -> QAction:
    menu.aboutToShow.emit()  # menus filled as they open, from the inventory
    found = {a.objectName(): a for a in menu.actions()}
    assert name in found, sorted(found)
    return found[name]


def test_lab_menu_reaches_the_lab_api(console, lab_server, run):
    cache = console.session.cache
    lab = console.lab_menu
    assert cache.vault is not None and cache.vault.lab
    assert lab.menu.menuAction().isVisible()
    fabric = lab_server.ctx.fabric
    site = next(s for s in cache.objects("site").values() if s.name == "Amsterdam")

    _action(lab.sites, f"labSite-{site.id}").trigger()
    run(cache.wait_for(lambda c: not c.get("site", site.id).up, 20))
    run(until(lambda: "Amsterdam is down" in console.statusBar().currentMessage()))
    back = _action(lab.sites, f"labSite-{site.id}").text().replace("&", "")
    assert back == "Bring Amsterdam back up"
    _action(lab.sites, f"labSite-{site.id}").trigger()
    run(cache.wait_for(lambda c: c.get("site", site.id).up, 20))

    _action(lab.link, "labLinkCut").trigger()
    run(until(lambda: fabric._link_cut, what="the link cut"))
    _action(lab.link, "labLinkLimit-10").trigger()
    run(until(lambda: not fabric._link_cut and fabric._bandwidth_bps == 10_000_000))
    _action(lab.link, "labLinkRestore").trigger()
    run(until(lambda: fabric._bandwidth_bps is None, what="the link restored"))

    # Write rates apply to the VM selected in the tree.
    console.tree.setCurrentIndex(console.proxy.index(0, 0))  # a site: no VM selected
    lab.writes.aboutToShow.emit()
    (hint,) = lab.writes.actions()
    assert not hint.isEnabled() and "Select a VM" in hint.text()
    vm = next(v for v in cache.objects("vm").values() if v.name == "web-01")
    assert console.select("vm", vm.id)
    action = _action(lab.writes, "labWriteRate-50")
    assert action.text().startswith("web-01")
    action.trigger()
    estate_vm = next(v for v in fabric.estate.vms if v.id == vm.id)
    run(until(lambda: estate_vm.writes_per_second == 50.0, what="the write rate"))
    run(until(lambda: "web-01 now writes 50" in console.statusBar().currentMessage()))


def test_lab_menu_is_hidden_when_the_vault_is_not_a_lab(server, settings, qloop, run, qtbot):
    from app.console.main_window import MainWindow

    for window in connected(MainWindow(make_session(server), settings), qtbot, run):
        assert window.session.cache.vault is not None and not window.session.cache.vault.lab
        assert not window.lab_menu.menu.menuAction().isVisible()


def test_about_names_version_vault_and_licences(console, run, qtbot):
    help_menu = console.findChild(QMenu, "helpMenu")
    names = [a.objectName() for a in help_menu.actions() if a.objectName()]
    assert names[0] == "operatorGuideAction" and "aboutAction" in names
    next(a for a in help_menu.actions() if a.objectName() == "aboutAction").trigger()
    about = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
    qtbot.addWidget(about)
    assert about.isVisible()
    vault = console.session.cache.vault
    text = about.vault.text()
    assert vault.name in text and console.session.url in text and "lab" in text
    rows = {
        about.licences.item(r, 0).text(): about.licences.item(r, 2).text()
        for r in range(about.licences.rowCount())
    }
    assert rows["Qt 6"] == "LGPL-3.0-only"
    assert rows["PySide6 (Qt for Python)"] == "LGPL-3.0-only"
    assert rows["pyqtgraph"] == "MIT"
    assert len(rows) == len(COMPONENTS)
    versions = [about.licences.item(r, 1).text() for r in range(about.licences.rowCount())]
    assert all(versions), versions  # each read from what is installed
    shoot(about, "about-dialog", run, folder=SHOTS)
    about.guide_button.click()
    guide = next(w for w in QApplication.topLevelWidgets() if isinstance(w, OperatorGuide))
    qtbot.addWidget(guide)
    shown = guide.browser.toPlainText()
    assert shown.startswith("Using it") and "standby console --dashboard" in shown
    assert "#using-it" in guide.link.text()
    shoot(guide, "operator-guide", run, folder=SHOTS)
    guide.close()
    about.close()


def test_operator_section_is_the_readmes_using_it():
    section = operator_section(readme_text())
    assert section.startswith("## Using it")
    assert "## Layout" not in section
