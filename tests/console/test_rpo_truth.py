"""The console never misstates RPO: one judgement (`rpo_standing`) behind the dashboard's
compliance, the tree's RPO column and the detail pane; a failed-over item shows its state
instead of an RPO; an item being protected says so beside "Last replication: never"; a VM
that is not protected is never in a health's colour; the dashboard's alert lines are never cut
inside a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.console import theme
from app.console.dashboard.widgets import fit_lines
from app.console.models.fabric_tree import RPO
from app.domain.enums import ActiveLocation, Health, ReplicationState
from app.domain.health import RPO_JUDGED, RpoStanding, rpo_standing
from app.domain.model import HealthReason, ProtectedItem
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.console.lab import protected_item, put_item
from tests.support.server import RunningServer

SHOTS = Path("/tmp/shots-rpo-truth")
R = ReplicationState

# The tour's case: RPO a little over the 5 min copy frequency (5 min 37–44 s), which is within
# target (at most twice the copy frequency); one late, one critical, one failed over.
ITEMS: dict[str, dict] = {
    "vm-sql-01": {"rpo_seconds": 337.0},
    "vm-sql-02": {"rpo_seconds": 340.0},
    "vm-erp-app-01": {"rpo_seconds": 344.0},
    "vm-erp-app-02": {"rpo_seconds": 601.0, "health": Health.WARNING},
    "vm-exchange-01": {"rpo_seconds": 2400.0, "health": Health.CRITICAL},
    "vm-dc-01": {
        "replication_state": R.FAILED_OVER,
        "active_location": ActiveLocation.RECOVERY,
        "rpo_seconds": None,
        "health": Health.WARNING,
        "health_reasons": [
            HealthReason(
                code="awaiting-reverse-replication",
                message="The VM runs on its failed-over copy and nothing protects it: "
                "start reverse replication.",
                severity=Health.WARNING,
            )
        ],
    },
}


def put_items(server: RunningServer) -> None:
    for vm_id, changes in ITEMS.items():
        put_item(server, protected_item(vm_id, **changes))


@pytest.fixture
def dashboard(lab_server, qloop, run, qtbot):
    from app.console.dashboard.window import DashboardWindow

    yield from connected(DashboardWindow(make_session(lab_server)), qtbot, run, (1920, 1080))


def judged(cache) -> list[tuple[ProtectedItem, RpoStanding]]:
    """Each judged item and its standing, from the cache's figures (item and policy)."""
    found = []
    for item in cache.objects("protected-item").values():
        if item.replication_state in RPO_JUDGED:
            policy = cache.get("policy", item.policy_id)
            found.append(
                (
                    item,
                    rpo_standing(
                        item.replication_state, item.rpo_seconds, policy.copy_frequency_seconds
                    ),
                )
            )
    return found


@pytest.fixture
def dashboard_beside(lab_server, qloop, run):
    """A dashboard on its own session, not handed to qtbot (which deletes its widgets before
    fixtures end); requested before `console`, so it is closed after the main window."""
    from app.console.dashboard.window import DashboardWindow

    window = DashboardWindow(make_session(lab_server))
    window.resize(1920, 1080)
    window.show()
    run(window.session.start())
    run(window.session.cache.wait_synced(20))
    yield window
    window.close()
    run(window.session.stop())
    window.deleteLater()


def test_dashboard_compliance_is_the_share_within_target_by_the_same_rule(
    dashboard_beside, console, lab_server, run
) -> None:
    dashboard = dashboard_beside
    put_items(lab_server)
    for window in (dashboard, console):
        cache = window.session.cache
        run(until(lambda c=cache: len(c.objects("protected-item")) == len(ITEMS), 20))
    run(until(lambda: dashboard.summary is not None and dashboard.summary.items == len(ITEMS)))

    # The share computed here from the same figures, by the shared rule.
    standings = judged(dashboard.session.cache)
    within = sum(standing == RpoStanding.WITHIN for _item, standing in standings)
    assert (within, len(standings)) == (3, 5)  # the failed-over one is not counted
    s = dashboard.summary
    assert (s.rpo_compliant, s.rpo_measured) == (within, len(standings))
    assert dashboard.rpo_percent.text() == f"{100 * within / len(standings):.0f} %" == "60 %"
    assert dashboard.rpo_detail.text() == "3 of 5 within target"
    assert "2 × copy frequency" in dashboard.rpo_rule.text()
    assert "1 failed over" in dashboard.rpo_rule.text()
    # Each row's colour says what the rule says: within target in the normal colour.
    rows = {cells[0].text(): cells for cells in dashboard.rpo_rows if cells[0].isVisible()}
    assert rows["sql-01"][1].property("colour") == dashboard.theme.colour("normal")
    assert rows["erp-app-02"][1].property("colour") != dashboard.theme.colour("normal")
    assert rows["sql-01"][2].text() == "10 min"  # warning above: the line it is judged by
    assert "dc-01" not in rows  # failed over: no RPO, not in the worst-RPO list
    shoot(dashboard, "dashboard-1920", run, folder=SHOTS)

    # The tree and the pane judge each item the same way.
    fabric = console.fabric
    expected_status = {
        RpoStanding.WITHIN: None,
        RpoStanding.LATE: theme.status_colour("warning"),
        RpoStanding.CRITICAL: theme.status_colour("critical"),
    }
    for item, standing in standings:
        index = fabric.index_for("vm", item.vm_id, RPO)
        colour = fabric.data(index, Qt.ItemDataRole.ForegroundRole)
        want = expected_status[standing]
        assert (colour.name() if colour is not None else None) == want, item.vm_id
        assert console.select("vm", item.vm_id)
        pane_style = console.vm_pane.fields["rpo"].styleSheet()
        assert (want in pane_style) if want else pane_style == "", (item.vm_id, pane_style)

    # Failed over: the state instead of an RPO, muted, in the tree, the pane and the graph.
    index = fabric.index_for("vm", "vm-dc-01", RPO)
    assert fabric.data(index, Qt.ItemDataRole.DisplayRole) == "none"
    muted = theme.status_colour("unknown")
    assert fabric.data(index, Qt.ItemDataRole.ForegroundRole).name() == muted
    assert "failed over" in fabric.data(index, Qt.ItemDataRole.ToolTipRole)
    assert console.select("vm", "vm-dc-01")
    pane = console.vm_pane
    assert pane.fields["rpo"].text().startswith("none while failed over")
    assert muted in pane.fields["rpo"].styleSheet()
    assert "failed over" in pane.graphs.note and pane.graphs.target is None
    shoot(console, "main-window-failed-over", run, folder=SHOTS)


def test_pane_words_agree_with_the_state(console, lab_server, run) -> None:
    cache = console.session.cache
    put_item(lab_server, protected_item("vm-sql-01"))
    put_item(
        lab_server,
        protected_item(
            "vm-sql-02",
            replication_state=R.ENABLING_PROTECTION,
            rpo_seconds=None,
            last_replication=None,
        ),
    )
    run(until(lambda: len(cache.objects("protected-item")) == 2, 20))
    pane = console.vm_pane
    # A healthy VM first (green words), then one that is not protected: never green.
    assert console.select("vm", "vm-sql-01")
    assert pane.reasons.text() == "No problems."
    assert console.select("vm", "vm-web-01")
    assert pane.reasons.text().startswith("This VM is not protected")
    assert theme.status_colour("unknown") in pane.reasons.styleSheet()
    assert "#2e7d32" not in pane.reasons.styleSheet()
    # Being protected: no bare "No problems" beside "Last replication: never", no red RPO.
    assert console.select("vm", "vm-sql-02")
    assert pane.fields["last"].text() == "never"
    assert pane.reasons.text().startswith("No problems: protection is being enabled")
    assert pane.fields["rpo"].text().startswith("none yet")
    assert theme.status_colour("critical") not in pane.fields["rpo"].styleSheet()
    shoot(console, "main-window-enabling", run, folder=SHOTS)


def test_alert_lines_break_between_words_never_inside_a_name() -> None:
    message = (
        "Host sto-silver-hv01 lost its agent: replication of 4 protected items from "
        "sto-silver-hv01 to ams-silver-hv02 is not tracked."
    )
    words = set(message.split())
    for width in (60, 120, 200, 320, 480, 2000):
        lines = fit_lines(message, width, lambda text: 6 * len(text), 2)
        assert 1 <= len(lines) <= 2
        for line in lines:
            for word in line.split():
                assert word in words or word == "…", (width, line)
        if width >= 2000:
            assert " ".join(lines) == message


def test_dashboard_alert_rows_at_720_lines(dashboard, lab_server, run) -> None:
    """A long host alert at 1280×720: wrapped between words, never 'sto-silve…'."""
    from app.console.dashboard.widgets import ElidedLabel

    dashboard.resize(1280, 720)
    for n, (when, row) in enumerate(dashboard.alert_rows):
        assert isinstance(row, ElidedLabel)
        when.setText(f"07:5{n}:12")
        row.setText(
            f"The host agent of sto-silver-hv0{n + 1} is disconnected: replication of its "
            "VMs (web-01, print-01, build-01) cannot be tracked."
        )
        when.show()
        row.show()
    for n, (name, bar, percent) in enumerate(dashboard.job_rows):  # a busy wall: every row
        name.setText(f"Planned failover · erp-app-0{n}")
        percent.setText("40 %")
        for widget in (name, bar, percent):
            widget.show()
    dashboard._timer.stop()  # no refresh over the texts set here
    run(until(lambda: dashboard.alert_rows[-1][1].width() > 0))
    for _when, row in dashboard.alert_rows:
        lines = row.lines()
        assert lines and all(
            word in row.text().split() or word == "…" for line in lines for word in line.split()
        )
        # Every row fits its tile: nothing below the tile's bottom edge.
        bottom = row.mapTo(dashboard.alerts_tile, row.rect().bottomLeft()).y()
        assert bottom <= dashboard.alerts_tile.height(), (bottom, dashboard.alerts_tile.height())
        # As many lines as its height holds (two with room; one, still whole words, if not).
        assert len(lines) * row.fontMetrics().lineSpacing() <= row.height() + 1
    shoot(dashboard, "dashboard-1280x720", run, folder=SHOTS)
