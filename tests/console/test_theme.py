"""Themes: Fusion with a light and a dark palette, status colours legible (WCAG contrast at
least 4.5:1) on every background of both themes, the choice remembered, and rendering at
200 % scaling that stays crisp (icons drawn from SVG at the device's pixel size)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu

from app.console import theme
from app.console.resources import icon
from tests.support.server import RunningServer

SHOTS = Path("/tmp/shots-dashboard")
ROOT = Path(__file__).parents[2]
STATUSES = ("normal", "warning", "critical", "unknown", "info")


def test_contrast_ratio_follows_wcag():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#777777", "#ffffff") < 4.5


@pytest.mark.parametrize("name", ["light", "dark"])
def test_status_and_text_colours_are_legible_on_every_background(name):
    chosen = theme.THEMES[name]
    assert set(STATUSES) <= set(chosen.status)
    for background in chosen.backgrounds:
        for status in STATUSES:
            ratio = theme.contrast_ratio(chosen.colour(status), background)
            assert ratio >= theme.MIN_CONTRAST, (name, status, background, round(ratio, 2))
        for text in (chosen.text, chosen.window_text, chosen.button_text):
            assert theme.contrast_ratio(text, background) >= 7.0  # body text: AAA
    assert theme.contrast_ratio(chosen.highlighted_text, chosen.highlight) >= 4.5
    assert theme.contrast_ratio(chosen.placeholder, chosen.base) >= 4.5


def test_the_dashboards_stale_banner_is_legible():
    # app/console/dashboard/widgets.py draws it amber on dark brown.
    assert theme.contrast_ratio("#ffd27a", "#3d2a00") >= 4.5


@pytest.fixture
def restore_look(qapp) -> Iterator[QApplication]:
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    theme.apply(qapp, "light")  # the module's current theme back to the default
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_palettes_apply_with_fusion(restore_look, name):
    app = restore_look
    applied = theme.apply(app, name)
    assert applied is theme.THEMES[name] and theme.current() is applied
    assert app.style().name().lower() == "fusion"
    palette = app.palette()
    R = QPalette.ColorRole
    assert palette.color(R.Window).name() == applied.window
    assert palette.color(R.Base).name() == applied.base
    assert palette.color(R.Text).name() == applied.text
    assert palette.color(R.Highlight).name() == applied.highlight
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.Text).name()
    assert disabled == applied.disabled_text
    assert theme.status_colour("critical") == applied.status["critical"]


def test_system_choice_follows_the_desktop(restore_look):
    expected = theme.DARK if theme.system_prefers_dark() else theme.LIGHT
    assert theme.apply(restore_look, "system") is expected
    assert theme.resolve("no-such-theme") is expected


def test_choice_is_remembered_and_the_menu_applies_it(restore_look, settings):
    assert theme.saved_choice(settings) == "system"
    theme.save_choice(settings, "dark")
    assert theme.saved_choice(settings) == "dark"
    settings.setValue(theme.SETTING, "purple")
    assert theme.saved_choice(settings) == "system"
    menu = QMenu()
    sub = theme.theme_menu(menu, settings)
    actions = {a.objectName(): a for a in sub.actions()}
    assert list(actions) == ["theme-light", "theme-dark", "theme-system"]
    assert actions["theme-system"].isChecked()
    actions["theme-dark"].trigger()
    assert theme.saved_choice(settings) == "dark"
    assert restore_look.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
    actions["theme-light"].trigger()
    assert theme.current() is theme.LIGHT


def test_cli_takes_a_theme():
    from app.cli import build_parser

    assert build_parser().parse_args(["console", "--theme", "dark"]).theme == "dark"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["console", "--theme", "pink"])


def test_main_window_in_the_dark_theme(console, lab_server, run, restore_look):
    theme.apply(restore_look, "dark")
    console.set_status(console.session.cache.status)  # the status bar takes the theme's colours
    assert theme.DARK.status["normal"] in console.connection_label.styleSheet()
    run(asyncio.sleep(0.1))
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / "main-window-dark.png"
    assert console.grab().save(str(path))
    image = console.grab().toImage()
    # The tree's background is the dark palette's base (or, where a row reaches the corner,
    # its alternate base), not a light default.
    tree = console.tree.viewport()
    corner = tree.mapTo(console, tree.rect().bottomLeft()) + type(tree.rect().topLeft())(4, -4)
    assert image.pixelColor(corner).name() in (theme.DARK.base, theme.DARK.alternate_base)


SCALED = r"""
import asyncio, json, sys
import qasync
from PySide6.QtWidgets import QApplication
from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.console import theme
from app.console.dashboard.window import DashboardWindow
from app.console.resources import icon
from app.console.session import Session

url, token, out = sys.argv[1:4]
app = QApplication([])
app.setQuitOnLastWindowClosed(False)  # as run_console does
theme.apply(app, "dark")

async def main():
    client = StandbyClient(url, token)
    session = Session(client, InventoryCache(client))
    window = DashboardWindow(session)
    window.resize(1920, 1080)
    window.show()
    await session.start()
    await session.cache.wait_synced(20)
    await asyncio.sleep(1.5)  # a render tick
    shot = window.grab()
    shot.save(out)
    mark = icon("health-critical").pixmap(16, 16)
    app_icon = icon("standby").pixmap(32, 32)
    print(json.dumps({
        "dpr": shot.devicePixelRatio(), "width": shot.width(), "height": shot.height(),
        "logical": [window.width(), window.height()],
        "icon_px": [mark.width(), mark.height()], "icon_dpr": mark.devicePixelRatio(),
        "app_icon_px": app_icon.width(), "title_px": window.title.fontInfo().pixelSize(),
    }))
    window.close()
    await session.stop()

qasync.run(main())
"""


def test_dashboard_at_200_percent_is_rendered_at_device_pixels(lab_server: RunningServer):
    from tests.console.test_dashboard import mixed_health

    mixed_health(lab_server)  # something to read: a site down, RPOs over target, a job
    SHOTS.mkdir(parents=True, exist_ok=True)
    out = SHOTS / "dashboard-200.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run(
        [sys.executable, "-c", SCALED, lab_server.url, lab_server.tokens["viewer"], str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["dpr"] == 2.0
    assert (found["width"], found["height"]) == (3840, 2160)
    assert found["logical"] == [1920, 1080]
    # Icons are drawn from their SVG at 32 device pixels for 16 logical ones, not scaled up.
    assert found["icon_px"] == [32, 32] and found["icon_dpr"] == 2.0
    assert found["app_icon_px"] == 64


def test_every_icon_the_console_asks_for_exists():
    for name in (
        "standby",
        "dashboard",
        "disconnected",
        "health-normal",
        "health-warning",
        "health-critical",
        "vault",
        "vm",
    ):
        assert not icon(name).isNull(), name
        sizes = icon(name).availableSizes()
        assert not sizes or max(s.width() for s in sizes) >= 16
