"""Figures are never shown as live when they are not: while the control plane cannot read
replication status (its replication monitor fails), the console and the dashboard mark the
figures stale — connected all along — and live again once it reads status again."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from app.lab.fabric import LabFabric
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.console.lab import protected_item, put_item


class BrokenStatus:
    """The lab's replication status read fails while `on`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on = True
        original = LabFabric.replication_status

        async def replication_status(fabric: LabFabric) -> Any:
            if self.on:
                raise RuntimeError("injected: the status read fails")
            return await original(fabric)

        monkeypatch.setattr(LabFabric, "replication_status", replication_status)


@pytest.fixture
def fast_retries(lab_server):
    lab_server.ctx.settings.loop_retry_cap_seconds = 1.0  # recovery seen within a second


def test_main_window_marks_figures_stale_while_status_cannot_be_read(
    console, lab_server, run, monkeypatch, fast_retries
):
    cache = console.session.cache
    banner = console.banner
    item = put_item(lab_server, protected_item("vm-sql-01"))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id) is not None, 20))
    assert banner.isHidden() and not cache.status.figures_stale

    fault = BrokenStatus(monkeypatch)
    run(until(lambda: cache.status.figures_stale, 20, "stale figures"))
    run(until(lambda: banner.isVisible() and banner.mode == "figures", 5, "the banner"))
    assert cache.status.state == "connected"
    assert banner.label.text().startswith("Replication figures not updated for ")
    assert "(since " in banner.label.text()
    assert "cannot read replication status" in banner.detail.text()
    assert banner.retry_button.isHidden()  # the connection is fine: nothing to retry
    # the tree greyed and a "not live" line over the details, as when disconnected
    assert console.tree.itemDelegate() is console.stale_delegate
    assert console.stale_note.isVisible()
    assert console.stale_note.text().startswith("Not live — replication figures as of ")
    assert "replication figures are the last ones read" in console.tree.toolTip()
    assert console.connection_label.text() == "● Connected"
    # operations are not refused: the control plane is reachable
    assert console.select("vm", "vm-sql-01")
    node = console.fabric.node_for("vm", "vm-sql-01")
    assert any(e.enabled for g in console.operation_entries(node) for e in g)
    text = banner.label.text()
    run(until(lambda: banner.label.text() != text, 5, "the age counting up"))
    shoot(console, "main-window-figures-stale", run)

    fault.on = False
    run(until(lambda: not cache.status.figures_stale, 20, "live figures"))
    run(until(lambda: banner.isHidden(), 5, "the banner hidden"))
    assert console.tree.itemDelegate() is console.live_delegate
    assert console.stale_note.isHidden() and console.tree.toolTip() == ""


@pytest.fixture
def dashboard(lab_server, qloop, run, qtbot):
    from app.console.dashboard.window import DashboardWindow

    yield from connected(DashboardWindow(make_session(lab_server)), qtbot, run, (1920, 1080))


def test_dashboard_marks_figures_stale_while_status_cannot_be_read(
    dashboard, lab_server, run, monkeypatch, fast_retries
):
    cache = dashboard.session.cache
    fault = BrokenStatus(monkeypatch)
    run(until(lambda: dashboard.summary.stale and not dashboard.stale_banner.isHidden(), 20))
    assert cache.status.state == "connected" and dashboard.summary.figures_stale
    assert dashboard.live.text() == "STALE"
    assert dashboard.stale_text.text().startswith("NOT LIVE — replication figures not updated for ")
    assert "cannot read replication status" in dashboard.stale_text.text()
    run(asyncio.sleep(0.1))
    shoot(dashboard, "dashboard-figures-stale", run)
    fault.on = False
    run(until(lambda: not dashboard.summary.stale and dashboard.stale_banner.isHidden(), 20))
    assert dashboard.live.text() == "LIVE"
