"""Nothing cut off: the main window (a VM with long health reasons, the jobs and the alerts
tabs), the plan editor and the NOC dashboard at 1600×1000 and 1280×720, light and dark,
measured by tests/console/cut.py (what Qt would draw clipped or elided). Also the dark
theme's graphs and indicators, and the plan editor's placement and steady buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QScrollArea

from app.console import theme
from app.console.panes.graphs import SERIES
from app.domain.enums import Health
from app.domain.model import HealthReason
from tests.console.conftest import connected, make_session
from tests.console.cut import cut_texts
from tests.console.helpers import shoot, until
from tests.console.lab import critical, history, protected_item, put_item

SHOTS = Path("/tmp/shots/tests")
SIZES = [(1600, 1000), (1280, 720)]
LONG_REASON = (
    "The recovery host ams-gold-hv02 is unreachable (the replication link to it is down): "
    "changes are not being replicated, and a failover must wait until it returns; the last "
    "point it received is from 02:31 UTC."
)


@pytest.fixture(params=["light", "dark"])
def look(request, qapp) -> Iterator[str]:
    from app.console.app import configure_graphs

    theme.apply(qapp, request.param)
    configure_graphs()
    yield request.param
    theme.apply(qapp, "light")
    configure_graphs()


@pytest.fixture
def window(look, lab_server, qloop, run, qtbot, tmp_path):
    """A main window on a first run (no saved sizes), in the theme of `look`."""
    from app.console.main_window import MainWindow

    settings = QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat)
    yield from connected(MainWindow(make_session(lab_server), settings), qtbot, run)


def long_reasons(server) -> None:
    item = critical(protected_item("vm-sql-01"))
    reasons = [
        *item.health_reasons,
        HealthReason(code="replica-unreachable", message=LONG_REASON, severity=Health.WARNING),
    ]
    put_item(server, item.model_copy(update={"health_reasons": reasons}))
    put_item(server, protected_item("vm-web-01"))
    history(server, item.id)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_window_cuts_no_text(window, look, lab_server, run, size):
    cache = window.session.cache
    long_reasons(lab_server)
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 2, 20))
    window.default_layout(*size)
    assert window.select("vm", "vm-sql-01")
    pane = window.vm_pane
    run(until(lambda: len(pane.graphs.rpo) >= 100 and pane.points.topLevelItemCount() == 6))
    assert LONG_REASON in pane.reasons.text()
    scroll = window.findChild(QScrollArea, "detailScroll")
    if size == (1600, 1000):  # the whole VM pane in sight, graphs included
        run(until(lambda: True))
        assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    for tab, name in ((0, "jobs"), (1, "alerts")):
        window._tab(tab)
        path = shoot(window, f"main-{name}-{look}-{size[0]}x{size[1]}", run, folder=SHOTS)
        assert cut_texts(window) == [], path
    # The jobs and alerts pane: ten rows or so, not three.
    rows = window.jobs.table.verticalHeader().defaultSectionSize()
    assert window.bottom.height() >= 8 * rows


def test_first_run_sizes_fit_the_screen(window, qtbot):
    """The window's first size fits a 1280×720 screen: its layout's minimum height never
    makes it taller (the detail pane scrolls instead)."""
    assert window.minimumSizeHint().height() <= 720 - 40
    window.select("vm", "vm-sql-01")
    assert window.minimumSizeHint().height() <= 720 - 40


def test_dark_graphs_and_indicators(window, look):
    graphs = window.vm_pane.graphs
    colours = theme.current()
    background = graphs.rpo_plot.backgroundBrush().color().name()
    assert background == colours.base  # not white in the dark theme
    for light, dark in SERIES.values():
        pen = dark if look == "dark" else light
        assert theme.contrast_ratio(pen, colours.base) >= 3.0, pen
    rim, accent = theme.indicator_colours(colours)
    for background in colours.backgrounds:
        assert theme.contrast_ratio(rim, background) >= theme.INDICATOR_MIN_CONTRAST
        assert theme.contrast_ratio(accent, background) >= theme.INDICATOR_MIN_CONTRAST


def test_graphs_follow_a_theme_switch(window, qapp):
    theme.apply(qapp, "dark")
    QApplication.processEvents()
    assert window.vm_pane.graphs.rpo_plot.backgroundBrush().color().name() == theme.DARK.base
    theme.apply(qapp, "light")
    QApplication.processEvents()
    assert window.vm_pane.graphs.rpo_plot.backgroundBrush().color().name() == theme.LIGHT.base


def test_plan_editor_opens_over_the_window_and_its_buttons_stay_put(window, lab_server, run, qtbot):
    cache = window.session.cache
    for vm_id in ("vm-sql-01", "vm-web-01"):
        put_item(lab_server, protected_item(vm_id))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 2, 20))
    space = window.screen().availableGeometry()  # offscreen: 800×600
    window.setGeometry(space.adjusted(10, 10, -10, -10))
    window.findChild(QAction, "newPlan").trigger()
    editor = next(e for e in window._plan_editors.values() if e.isVisible())
    qtbot.waitExposed(editor)
    centre, over = editor.frameGeometry().center(), window.frameGeometry().center()
    assert (centre - over).manhattanLength() <= 4, (centre, over)

    def save_at() -> QPoint:
        return editor.save_button.mapTo(editor, QPoint(0, 0))

    before = save_at()
    assert "The plan needs a name." in editor.problems.text()
    qtbot.keyClicks(editor.name, "Web")
    editor.vm_list.setCurrentIndex(editor.vm_proxy.index(0, 0))
    editor.add_selected_vms()
    assert editor.problems.isHidden() and editor.save_button.isEnabled()
    assert save_at() == before  # no problems now: Save did not move
    editor.draft.name = ""
    editor.changed()
    assert not editor.problems.isHidden()
    assert save_at() == before
    assert cut_texts(editor) == []
    editor._discard = True
    editor.close()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dashboard_cuts_no_label(lab_server, qloop, run, qtbot, size):
    from app.console.dashboard.widgets import ElidedLabel
    from app.console.dashboard.window import DashboardWindow

    put_item(lab_server, protected_item("vm-sql-01"))
    for dashboard in connected(DashboardWindow(make_session(lab_server)), qtbot, run, size):
        run(until(lambda d=dashboard: d.summary is not None and d.summary.items == 1))
        path = shoot(dashboard, f"dashboard-{size[0]}x{size[1]}", run, folder=SHOTS)
        # Alert lines end in "…" by design (one line each on a wall screen): left out here.
        assert cut_texts(dashboard, elided_by_design=(ElidedLabel,)) == [], path


def test_long_pre_check_details_wrap_instead_of_ending_in_an_ellipsis(qapp, qtbot):
    from app.console.drill.flow import Finding
    from app.console.drill.pages import ChecksPage
    from app.console.drill.views import fill_findings

    page = ChecksPage()
    qtbot.addWidget(page)
    page.resize(640, 480)
    page.show()
    qtbot.waitExposed(page)
    detail = (
        "Agent disconnected on ams-gold-hv02: the recovery host cannot be reached, so the "
        "test failover of sql-01 would be refused until the agent reconnects."
    )
    fill_findings(page.findings, [Finding("refused", "sql-01", detail), Finding("ok", "web-01")])
    QApplication.processEvents()
    assert cut_texts(page) == []
    row = page.findings.visualItemRect(page.findings.topLevelItem(0))
    assert row.height() > 2 * page.findings.fontMetrics().height()  # wrapped, in full


@pytest.mark.parametrize("name", ["light", "dark"])
def test_radio_buttons_show_which_is_chosen(qapp, qtbot, name):
    """The wizards' radio buttons (test failover: isolated or production network) and check
    boxes are drawn with a rim that stands out from the window and the accent when on."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    theme.apply(qapp, name)
    try:
        colours = theme.current()
        buttons = [QRadioButton("AMS-Test-Isolated"), QRadioButton("AMS-Production")]
        for button in buttons:
            qtbot.addWidget(button)
            theme.legible_indicators(button)
            assert isinstance(button.style(), theme.ConsoleStyle)
            button.resize(200, 24)
        buttons[1].setChecked(True)
        window = QColor(colours.window)
        for button, on in zip(buttons, (False, True), strict=True):
            image = button.grab().toImage()
            option = QStyleOptionButton()
            option.initFrom(button)
            box = button.style().subElementRect(
                QStyle.SubElement.SE_RadioButtonIndicator, option, button
            )
            seen = {
                image.pixelColor(x, y).name()
                for x in range(box.left(), box.right() + 1)
                for y in range(box.top(), box.bottom() + 1)
            }
            best = max(theme.contrast_ratio(c, window.name()) for c in seen)
            assert best >= theme.INDICATOR_MIN_CONTRAST, (name, on, sorted(seen)[:5])
            accent = theme.indicator_colours(colours)[1]
            assert (accent in seen) == on  # the chosen one shows the accent
    finally:
        theme.apply(qapp, "light")
