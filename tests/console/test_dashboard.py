"""The NOC dashboard against the lab: its figures (computed without Qt), the window that shows
them, stale marking while the control plane is gone and recovery when it is back."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from app.client.api import StandbyClient
from app.client.cache import Backoff, InventoryCache
from app.console.dashboard.summary import DashboardSummary, overall_health, summarize
from app.domain.enums import Health, JobState, ReplicationState
from app.domain.model import Job, JobStep
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.console.lab import critical, protected_item, put_item
from tests.support.server import RunningServer

SHOTS = Path("/tmp/shots-dashboard")
ITEMS = 5


def mixed_health(server: RunningServer) -> None:
    """Five protected items (one within target, one far over it, one paused and late, one
    without a recovery point, one still copying), an active job, and Amsterdam down."""
    put_item(server, protected_item("vm-sql-01"))  # RPO 160 s of 300 s: compliant
    put_item(server, critical(protected_item("vm-web-01")))  # RPO 40 min: violated
    put_item(
        server,
        protected_item(
            "vm-sql-02",
            replication_state=ReplicationState.PAUSED,
            health=Health.WARNING,
            rpo_seconds=700.0,
        ),
    )
    put_item(server, protected_item("vm-erp-app-01", rpo_seconds=None, health=Health.WARNING))
    put_item(
        server,
        protected_item(
            "vm-dc-01", replication_state=ReplicationState.INITIAL_REPLICATION, rpo_seconds=None
        ),
    )
    now = datetime.now(UTC)
    job = Job(
        id="job-dash-1",
        operation="test-failover",
        object_kind="protected-item",
        object_id="pi-vm-sql-01",
        object_name="sql-01",
        state=JobState.IN_PROGRESS,
        started_by="test-operator",
        created=now,
        started=now,
        progress=0.4,
        steps=[JobStep(name="Create test VM", state=JobState.IN_PROGRESS, progress=0.5)],
    )

    async def put_job():
        async with server.ctx.store.transaction() as tx:
            await tx.put("job", job.id, job.model_dump(mode="json"))

    server.call(put_job)
    response = httpx.post(
        f"{server.url}/api/v1/lab/sites/site-ams/down", headers=server.headers(), timeout=30
    )
    assert response.status_code == 200, response.text


def settled(cache: InventoryCache) -> bool:
    return (
        len(cache.objects("protected-item")) == ITEMS
        and "job-dash-1" in cache.jobs
        and any(not s.up for s in cache.objects("site").values())  # type: ignore[attr-defined]
        and any(a.severity == "critical" for a in cache.alerts.values())
    )


def check_figures(s: DashboardSummary) -> None:
    assert s.items == ITEMS
    assert s.health == {Health.NORMAL: 2, Health.WARNING: 2, Health.CRITICAL: 1}
    # Judged: protected (3) and paused (1); initial replication is not.
    assert (s.rpo_measured, s.rpo_compliant) == (4, 1)
    assert s.rpo_compliance == 25.0
    assert [(t.name, t.up) for t in s.sites] == [("Amsterdam", False), ("Stockholm", True)]
    assert (s.sites_up, s.sites_down) == (1, 1)
    assert s.overall == Health.CRITICAL
    # Worst first: no recovery point at all, then 40 min of a 5 min target, then 700 s paused,
    # then the compliant one.
    assert [r.vm_id for r in s.worst_rpo] == [
        "vm-erp-app-01",
        "vm-web-01",
        "vm-sql-02",
        "vm-sql-01",
    ]
    assert [r.compliant for r in s.worst_rpo] == [False, False, False, True]
    assert s.worst_rpo[1].vm_name == "web-01" and s.worst_rpo[1].target_seconds == 300
    assert s.active_job_count == 1
    job = s.active_jobs[0]
    assert (job.object_name, job.progress, job.step) == ("sql-01", 0.4, "Create test VM")
    # Amsterdam's six hosts lost their agents with it: counted on the site's alert, which
    # stays in view rather than pushed off by them.
    site = next(a for a in s.critical_alerts if a.object_id == "site-ams")
    assert (site.message, site.folded) == ("Site Amsterdam is unreachable.", 6)
    assert s.critical_alert_count == 7
    assert s.critical_alerts == sorted(s.critical_alerts, key=lambda a: a.time, reverse=True)
    assert not s.stale and s.state == "connected"


def test_summary_needs_no_qt():
    code = (
        "import sys, app.console.dashboard.summary\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'pyqtgraph')]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_summary_figures_against_a_mixed_health_lab(lab_server: RunningServer):
    async def scenario() -> tuple[DashboardSummary, Health]:
        client = StandbyClient(lab_server.url, lab_server.tokens["viewer"], heartbeat_seconds=1.0)
        cache = InventoryCache(client, backoff=Backoff(base=0.2, cap=1.0, jitter=0.0))
        await cache.start()
        try:
            await cache.wait_synced(20)
            await asyncio.to_thread(mixed_health, lab_server)
            await cache.wait_for(settled, 20)
            return summarize(cache), overall_health(cache)
        finally:
            await cache.stop()
            await client.aclose()

    # A plain asyncio loop in its own thread: no Qt, and the console's qasync loop untouched.
    with ThreadPoolExecutor(1) as pool:
        summary, overall = pool.submit(asyncio.run, scenario()).result(90)
    check_figures(summary)
    assert overall == Health.CRITICAL


@pytest.fixture
def dashboard(lab_server, qloop, run, qtbot):
    from app.console.dashboard.window import DashboardWindow

    yield from connected(DashboardWindow(make_session(lab_server)), qtbot, run, (1920, 1080))


def test_dashboard_shows_mixed_health_then_stale_then_live_again(dashboard, lab_server, run):
    cache = dashboard.session.cache
    mixed_health(lab_server)
    run(cache.wait_for(settled, 20))
    run(until(lambda: dashboard.summary is not None and dashboard.summary.items == ITEMS))
    check_figures(dashboard.summary)
    assert dashboard.items_total.text() == "5"
    assert dashboard.health_labels[Health.CRITICAL].text() == "1 critical"
    assert dashboard.rpo_percent.text() == "25 %"
    assert dashboard.rpo_detail.text() == "1 of 4 within target"
    assert dashboard.sites_total.text() == "1/2 up"
    assert "Amsterdam  DOWN" in dashboard.site_rows[0].text()
    assert dashboard.overall.text() == "● Critical"
    assert dashboard.live.text() == "LIVE"
    assert dashboard.rpo_rows[1][0].text() == "web-01"
    assert dashboard.rpo_rows[1][1].text() == "40 min"
    assert dashboard.rpo_rows[0][1].text() == "no recovery point"
    assert dashboard.job_rows[0][2].text() == "40 %"
    assert dashboard.job_rows[0][1].value() == 400
    assert "Amsterdam" in dashboard.alert_rows[0][1].text()
    assert dashboard.stale_banner.isHidden()
    shoot(dashboard, "dashboard-dark", run, folder=SHOTS)

    lab_server.stop()
    run(until(lambda: dashboard.summary.stale and not dashboard.stale_banner.isHidden()))
    assert dashboard.live.text() == "STALE"
    assert dashboard.stale_text.text().startswith("NOT LIVE — showing data from")
    assert dashboard.items_total.text() == "5"  # the last known figures stay on screen
    grey = dashboard.theme.colour("unknown")
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in shown if isinstance(w, QDialog)]  # never a dialog, even now
    assert dashboard.overall.property("colour") == grey
    shoot(dashboard, "dashboard-dark-stale", run, folder=SHOTS)

    lab_server.start()
    run(cache.wait_synced(30))
    run(until(lambda: not dashboard.summary.stale and dashboard.stale_banner.isHidden()))
    assert dashboard.live.text() == "LIVE"
    assert dashboard.overall.property("colour") != grey


def test_dashboard_cli_options_and_no_dialog_without_a_target(tmp_path):
    from app.cli import build_parser

    args = build_parser().parse_args(["console", "--dashboard", "--screen", "1"])
    assert args.dashboard and args.screen == 1
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "HOME": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "console", "--dashboard"],
        cwd=Path(__file__).parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no connection to open without asking" in done.stderr


def test_screen_option_picks_the_screen_or_falls_back_to_the_primary(qapp, qtbot):
    from app.console.dashboard.layout import choose_screen
    from app.console.dashboard.window import DashboardWindow
    from app.console.session import Session

    screens = QGuiApplication.screens()
    assert choose_screen(0) is screens[0]
    assert choose_screen(len(screens)) is QGuiApplication.primaryScreen()
    assert choose_screen(None) is QGuiApplication.primaryScreen()
    client = StandbyClient("http://127.0.0.1:9", "sby_never-used")
    window = DashboardWindow(Session(client, InventoryCache(client)))  # never started
    qtbot.addWidget(window)
    window.show_on(len(screens) - 1)
    assert window.screen() is screens[-1]
    assert window.isFullScreen()
    assert (
        window.stale_text.text()
        == "NOT LIVE — no data received yet · not connected; retrying every minute"
    )
    window.close()


def test_large_figures_still_fit_a_1080p_screen(qapp, qtbot):
    """Five-digit estates and long words must not push the tiles past a 1920-pixel screen."""
    from app.console.dashboard.window import DashboardWindow
    from app.console.session import Session

    client = StandbyClient("http://127.0.0.1:9", "sby_never-used")
    window = DashboardWindow(Session(client, InventoryCache(client)))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.items_total.setText("12000")
    for health, widget in window.health_labels.items():
        widget.setText(f"11000 {health.value}")
    window.rpo_percent.setText("100 %")
    window.rpo_detail.setText("11999 of 12000 within target")
    window.sites_total.setText("10/12 up")
    window.site_rows[0].setText("● Amsterdam  DOWN · VMM disconnected")
    window.jobs_total.setText("120")
    window.jobs_waiting.setText("12 waiting for an operator")
    for cells in window.rpo_rows:
        texts = ("exchange-01", "no recovery point", "15 min", "● Critical")
        for cell, text in zip(cells, texts, strict=True):
            cell.setText(text)
            cell.show()
    window.title.setText("Standby · Stockholm production vault")
    widths = {
        tile.objectName(): tile.minimumSizeHint().width()
        for tile in (window.items_tile, window.rpo_tile, window.sites_tile, window.rpo_table)
    }
    assert window.minimumSizeHint().width() <= 1920, widths
    window.close()
