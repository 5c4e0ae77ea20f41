"""The tray against the lab: overall health on its icon, one message per critical alert with a
rate limit, a click that focuses the alert's object in the main window, and its menu. One
message per site down: tests/console/test_recovery_side.py."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from PySide6.QtCore import QPoint

from app.console.dashboard.window import DashboardWindow
from app.console.tray import attach
from app.domain.enums import Health
from tests.console.helpers import until
from tests.support.server import RunningServer

SHOTS = Path("/tmp/shots-dashboard")


class ManualClock:
    """Time for the rate limit, moved by the test (a boundary: no waiting for real minutes)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def lab(server: RunningServer, path: str) -> None:
    response = httpx.post(f"{server.url}/api/v1/lab/{path}", headers=server.headers(), timeout=30)
    assert response.status_code == 200, response.text


def current(console) -> tuple[str, str]:
    node = console.node_at(console.tree.currentIndex())
    return (node.kind, node.id)


def test_critical_alert_raises_one_message_and_its_click_focuses_the_object(
    console, lab_server, run
):
    cache = console.session.cache
    # Alerts already open when the tray starts are not news: Amsterdam goes down first.
    lab(lab_server, "sites/site-ams/down")
    run(cache.wait_for(lambda c: len(c.alerts) >= 7, 20))
    tray = attach(console.session, console, min_interval=3600)
    tray.clock = ManualClock()
    run(until(lambda: tray.health == Health.CRITICAL))
    assert tray.status_action.text() == "Standby: critical — see the console"
    assert console.select("vm", "vm-sql-01")

    lab(lab_server, "hosts/host-sto-gold-2/crash")
    run(until(lambda: len(tray.messages) == 1))
    message = tray.messages[0]
    assert message.title == "Critical alert"
    assert message.text.startswith("The replication agent on host sto-gold-hv02 ")
    assert (message.object_kind, message.object_id, message.alerts) == (
        "host",
        "host-sto-gold-2",
        1,
    )

    # Another critical alert within the interval: held, not a second message.
    lab(lab_server, "hosts/host-sto-gold-3/crash")
    run(until(lambda: tray.held == 1))
    assert len(tray.messages) == 1

    tray.icon.messageClicked.emit()  # what the desktop sends when the message is clicked
    assert current(console) == ("host", "host-sto-gold-2")
    assert console.isVisible()


def test_rate_limit_gathers_alerts_into_one_message_after_the_interval(console, lab_server, run):
    tray = attach(console.session, console, min_interval=60)
    clock = ManualClock()
    tray.clock = clock
    # Three hosts of Stockholm (up) crash one after the other: three independent alerts.
    lab(lab_server, "hosts/host-sto-gold-1/crash")
    run(until(lambda: len(tray.messages) == 1))
    lab(lab_server, "hosts/host-sto-gold-2/crash")
    lab(lab_server, "hosts/host-sto-silver-1/crash")
    run(until(lambda: tray.held == 2))
    first = tray.messages[0]
    assert first.alerts == 1
    clock.now += 59  # not yet
    run(asyncio.sleep(1.3))  # a tick of the tray's 1 Hz timer passes
    assert len(tray.messages) == 1 and tray.held == 2
    clock.now += 1
    run(until(lambda: len(tray.messages) == 2))
    gathered = tray.messages[1]
    assert gathered.alerts == 2 and tray.held == 0
    assert gathered.title == "2 critical alerts"
    assert gathered.text.startswith("Latest: ")
    newest = max(
        (a for a in console.session.cache.alerts.values() if a.object_id != first.object_id),
        key=lambda a: a.time,
    )
    assert gathered.object_id == newest.object_id
    tray.icon.messageClicked.emit()
    assert current(console) == (gathered.object_kind, gathered.object_id)


def test_tray_menu_and_health_icon(console, lab_server, run, qtbot):
    tray = attach(console.session, console)
    run(until(lambda: tray.health == Health.NORMAL))
    assert tray.icon.toolTip() == "Standby: all protected VMs healthy"
    names = [a.objectName() for a in tray.menu.actions() if a.objectName()]
    assert names == ["trayShow", "trayDashboard", "trayQuit"]
    lab(lab_server, "sites/site-ams/down")
    run(until(lambda: tray.health == Health.CRITICAL))

    tray.menu.popup(QPoint(40, 40))
    run(asyncio.sleep(0.1))
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert tray.menu.grab().save(str(SHOTS / "tray-menu.png"))
    tray.menu.hide()

    tray.dashboard_action.trigger()
    dashboard = tray.dashboard
    assert isinstance(dashboard, DashboardWindow) and dashboard.isVisible()
    assert dashboard.session is console.session  # the same connection, no second one
    dashboard.close()

    console.hide()
    tray.show_action.trigger()
    assert console.isVisible()

    lab_server.stop()
    run(until(lambda: tray.health is None))
    assert tray.icon.toolTip().startswith("Standby: not connected")
    lab_server.start()
    run(console.session.cache.wait_synced(30))
