"""The wizards as an operator drives them: opened from the context menu or the menu bar of a
console connected to a real control plane over the lab, page by page with the wizard's own
buttons, up to the job each one starts and the jobs pane following it."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QWizard

from app.console.wizards.wizard import FlowWizard
from app.domain.enums import Operation
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.console.test_wizard_flows import quick_lab  # noqa: F401 (a fixture)

NEXT, FINISH = QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton


@pytest.fixture
def quick_console(quick_lab, qloop, run, settings, qtbot):  # noqa: F811
    """A connected main window over the fast lab (points every half second)."""
    from app.console.main_window import MainWindow

    yield from connected(MainWindow(make_session(quick_lab), settings), qtbot, run)


def protect(window, run, names: list[str]) -> list[str]:
    """Protect VMs through the client; their item ids once protected with a few points."""
    from tests.console.test_wizard_flows import protect as protect_flow

    session = window.session
    return run(protect_flow(session.client, session.cache, names), 120)


def entry(window, vm_id: str, operation: Operation):
    node = window.fabric.node_for("vm", vm_id)
    return next(e for g in window.operation_entries(node) for e in g if e.operation == operation)


def opened(window, run) -> FlowWizard:
    wizard = window.wizards.wizard
    assert isinstance(wizard, FlowWizard) and wizard.isVisible()
    run(until(lambda: wizard.flow.loaded or wizard.flow.load_error))
    assert not wizard.flow.load_error
    return wizard


def page_text(wizard: FlowWizard, name: str) -> str:
    label = wizard.currentPage().findChild(QLabel, name)
    return label.text() if label is not None and label.isVisible() else ""


def press(wizard: FlowWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isEnabled() and widget.isVisible(), page_text(wizard, "problems")
    widget.click()


def closed(wizard: FlowWizard) -> bool:
    return not shiboken6.isValid(wizard) or not wizard.isVisible()


def started_job(window, run, wizard: FlowWizard):
    """Start pressed: the wizard closes and the jobs pane follows the job it started."""
    press(wizard, FINISH)
    run(until(lambda: closed(wizard) and window.jobs.selected_job() is not None, 30))
    assert window.bottom.currentWidget() is window.jobs
    return window.jobs.selected_job()


def test_unplanned_wizard_shows_the_data_loss_then_reverse_replication_asks_the_name(
    quick_console, run
) -> None:
    window = quick_console
    (item_id,) = protect(window, run, ["sql-02"])
    window.select("vm", "vm-sql-02")
    # The VM pane: its addresses, and what a failover would give it (the whole in the tooltip).
    pane = window.vm_pane
    pane.refresh()
    assert pane.fields["addresses"].text() == "10.10.0.12/24"
    at_failover = pane.fields["failover_address"]
    assert at_failover.text() == "10.20.0.12/24 in AMS-Production (subnet rule)"
    assert "10.10.0.0/24 → 10.20.0.0/24" in at_failover.toolTip()
    shoot(pane, "vm-pane-addresses", run)
    window.run_entry(entry(window, "vm-sql-02", Operation.UNPLANNED_FAILOVER))
    wizard = opened(window, run)
    page = wizard.currentPage()
    assert page.objectName() == "page-point"
    assert page_text(wizard, "warning").startswith("Expected data loss: none expected")
    page.widgets["shut_down_source"].box.click()  # no shutdown: the unreplicated bytes go
    listed = page.widgets["recovery_point"].buttons["listed"]
    listed.click()
    assert not wizard.button(NEXT).isEnabled()
    assert page_text(wizard, "problems") == "✗ Choose a point from the list."
    combo = page.widgets["point_id"].combo
    combo.setCurrentIndex(combo.count() - 1)  # the oldest point
    assert wizard.button(NEXT).isEnabled() and page_text(wizard, "problems") == ""
    warning = page_text(wizard, "warning")
    assert warning.startswith("Expected data loss: up to ") and " of writes" in warning
    assert "loses writes of the last" in page_text(wizard, "facts")
    shoot(wizard, "wizard-unplanned-point", run)
    press(wizard, NEXT)
    assert wizard.currentPage().objectName() == "page-review"
    facts = page_text(wizard, "facts")
    assert "Expected data loss" in facts
    # The address it will get, by the seeded mapping's subnet rule (the domain's function).
    assert "sql-02" in facts
    assert "→ 10.20.0.12/24 in AMS-Production (subnet rule 10.10.0.0/24 → 10.20.0.0/24)" in facts
    shoot(wizard, "wizard-unplanned-review", run)
    job = started_job(window, run, wizard)
    assert (job.operation, job.object_id) == ("unplanned-failover", item_id)
    cache = window.session.cache
    run(cache.wait_for(lambda c: c.jobs[job.id].state.finished, 60))
    run(
        cache.wait_for(
            lambda c: c.get("protected-item", item_id).replication_state == "failed-over", 20
        )
    )

    # Reverse replication would discard the writes made after that old point: type the name.
    window.run_entry(entry(window, "vm-sql-02", Operation.REVERSE_REPLICATION))
    wizard = opened(window, run)
    page = wizard.currentPage()
    assert "would be discarded" in page_text(wizard, "facts")
    assert not wizard.button(NEXT).isEnabled()
    assert "Type sql-02 exactly" in page_text(wizard, "problems")
    confirm = page.widgets["confirm_name"].edit
    confirm.setText("sql-0")
    assert not wizard.button(NEXT).isEnabled()
    shoot(wizard, "wizard-reverse-confirm", run)
    confirm.setText("sql-02")
    assert wizard.button(NEXT).isEnabled()
    press(wizard, NEXT)
    job = started_job(window, run, wizard)
    assert job.operation == "reverse-replication"
    run(cache.wait_for(lambda c: c.jobs[job.id].state.finished, 60))
    assert cache.jobs[job.id].result["discarded_writes"] > 0


def test_protect_wizard_multi_select_with_a_filter(console, run) -> None:
    window = console
    window.select("vm", "vm-sql-01")
    window.findChild(type(window.menuBar().actions()[0]), "enableProtection").trigger()
    wizard = opened(window, run)
    assert wizard.currentPage().objectName() == "page-pairing"
    press(wizard, NEXT)
    page = wizard.currentPage()
    vms = page.widgets["vm_ids"]
    assert vms.values() == ["vm-sql-01"]  # the VM selected in the tree
    vms.filter.setText("sql")
    shown = [r for r in range(vms.table.rowCount()) if not vms.table.isRowHidden(r)]
    assert 1 < len(shown) < vms.table.rowCount()
    vms.table.item(shown[0], 0).setCheckState(Qt.CheckState.Unchecked)
    assert not wizard.button(NEXT).isEnabled()
    assert page_text(wizard, "problems") == "✗ Select at least one VM."
    vms.all.click()  # select all shown: the sql VMs only
    assert sorted(wizard.flow.get("vm_ids")) == ["vm-sql-01", "vm-sql-02"]
    shoot(wizard, "wizard-protect-vms", run)
    press(wizard, NEXT)
    assert "Copy frequency" in page_text(wizard, "facts")
    press(wizard, NEXT)
    assert "Starts" in page_text(wizard, "facts")
    press(wizard, NEXT)
    assert "sql-01, sql-02" in page_text(wizard, "facts")
    job = started_job(window, run, wizard)
    assert job.operation == "enable-protection"


def test_policy_wizard_keeps_next_disabled_and_says_why(console, run, qtbot) -> None:
    window = console
    window.findChild(type(window.menuBar().actions()[0]), "newPolicy").trigger()
    wizard = opened(window, run)
    page = wizard.currentPage()
    assert not wizard.button(NEXT).isEnabled()
    assert page_text(wizard, "problems") == "✗ Give the policy a name."
    qtbot.keyClicks(page.widgets["name"].edit, "Gold 30 s")
    assert wizard.button(NEXT).isEnabled()
    page.widgets["recovery_point_retention_hours"].spin.setValue(1)
    page.widgets["app_consistent_frequency_hours"].spin.setValue(3)
    assert not wizard.button(NEXT).isEnabled()
    assert "would never be kept" in page_text(wizard, "problems")
    shoot(wizard, "wizard-policy-invalid", run)
    page.widgets["app_consistent_frequency_hours"].spin.setValue(1)
    page.widgets["copy_frequency_seconds"].buttons["30"].click()
    press(wizard, NEXT)
    press(wizard, NEXT)
    page = wizard.currentPage()
    page.widgets["initial_replication_start"].buttons["scheduled"].click()
    assert "initial_replication_scheduled_at" in page.widgets  # the time field appears
    press(wizard, NEXT)
    press(wizard, FINISH)
    cache = window.session.cache
    run(cache.wait_for(lambda c: any(p.name == "Gold 30 s" for p in c.objects("policy").values())))
    policy = next(p for p in cache.objects("policy").values() if p.name == "Gold 30 s")
    assert policy.copy_frequency_seconds == 30 and policy.initial_replication_start == "scheduled"
    run(until(lambda: closed(wizard)))


def test_pair_clouds_wizard(console, run) -> None:
    window = console
    window.findChild(type(window.menuBar().actions()[0]), "pairClouds").trigger()
    wizard = opened(window, run)
    page = wizard.currentPage()
    primary, recovery = (
        page.widgets["primary_cloud_id"].combo,
        page.widgets["recovery_cloud_id"].combo,
    )
    primary.setCurrentIndex(primary.findData("cloud-ams-silver"))
    recovery.setCurrentIndex(recovery.findData("cloud-ams-gold"))
    assert not wizard.button(NEXT).isEnabled()
    assert "another site" in page_text(wizard, "problems")
    recovery.setCurrentIndex(recovery.findData("cloud-sto-silver"))
    press(wizard, NEXT)
    press(wizard, NEXT)
    mapping = wizard.currentPage().widgets["map:net-ams-prod"].combo
    assert mapping.currentData() == "net-sto-prod"
    shoot(wizard, "wizard-pairing-networks", run)
    press(wizard, NEXT)
    press(wizard, FINISH)
    cache = window.session.cache
    run(
        cache.wait_for(
            lambda c: any(
                p.primary_cloud_id == "cloud-ams-silver" for p in c.objects("pairing").values()
            )
        )
    )
    run(
        cache.wait_for(
            lambda c: any(
                m.primary_network_id == "net-ams-prod"
                for m in c.objects("network-mapping").values()
            )
        )
    )


def test_ip_rules_wizard_says_what_is_wrong_on_which_line_then_saves(console, run, qtbot) -> None:
    window = console
    menu = window.findChild(QMenu, "editMappingMenu")
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.isEnabled()]
    assert action.text() == "STO-Production → AMS-Production…"
    action.trigger()
    wizard = opened(window, run)
    page = wizard.currentPage()
    assert wizard.button(NEXT).isEnabled()
    edit = page.widgets["vm_rules"].edit
    qtbot.keyClicks(edit, "sql-01=10.20.0.99")
    assert not wizard.button(NEXT).isEnabled()
    assert "line 1: address: '10.20.0.99' needs its prefix length" in page_text(wizard, "problems")
    shoot(wizard, "wizard-ip-rules-invalid", run)
    qtbot.keyClicks(edit, "/24")
    press(wizard, NEXT)
    shoot(wizard, "wizard-ip-rules-review", run)
    press(wizard, FINISH)
    cache = window.session.cache
    run(
        cache.wait_for(
            lambda c: any(
                [r.address for r in m.vm_rules] == ["10.20.0.99/24"]
                for m in c.objects("network-mapping").values()
            )
        )
    )
    run(until(lambda: closed(wizard)))


def test_plan_failover_in_five_clicks_and_a_plan_drill(quick_console, run) -> None:
    """From the connected window to a plan's planned failover started: 1 Recovery plans,
    2 the plan, 3 Planned failover…, 4 Next (pre-checks pass), 5 Start."""
    window = quick_console
    a, b = protect(window, run, ["web-01", "web-02"])
    session = window.session
    plan = run(
        session.client.create_recovery_plan(
            {"name": "Web tier", "groups": [{"name": "Web", "item_ids": [a, b]}]}
        )
    )
    run(session.cache.wait_for(lambda c: c.get("recovery-plan", plan.id) is not None))

    def plan_action(operation: Operation):
        menu = window.wizards.plans
        menu.aboutToShow.emit()  # click 1: the Recovery plans menu opens
        sub = menu.findChild(type(menu), f"plan-{plan.id}")  # click 2: the plan
        assert sub is not None
        return next(a for a in sub.actions() if a.objectName() == f"planop-{operation.value}")

    # A drill first: test failover of the plan into the isolated network, then its cleanup.
    action = plan_action(Operation.TEST_FAILOVER)
    assert action.isEnabled()
    action.trigger()
    wizard = opened(window, run)
    assert wizard.flow.get("network_id") == "net-ams-test"
    shoot(wizard, "wizard-plan-test-failover", run)
    press(wizard, NEXT)
    facts = page_text(wizard, "facts")  # the test copies get their addresses, isolated
    assert "→ 10.20.0.17/24 in AMS-Test-Isolated (subnet rule 10.10.0.0/24 → 10.20.0.0/24)" in facts
    assert "→ 10.20.0.18/24 in AMS-Test-Isolated" in facts
    shoot(wizard, "wizard-plan-test-failover-review", run)
    job = started_job(window, run, wizard)
    assert (job.operation, job.object_id) == ("test-failover@plan", plan.id)
    cache = session.cache
    run(cache.wait_for(lambda c: c.jobs[job.id].state.finished, 60))
    run(
        cache.wait_for(
            lambda c: c.get("protected-item", a).test_failover_state == "cleanup-pending", 20
        )
    )
    again = plan_action(Operation.TEST_FAILOVER)  # a second drill waits for the cleanup
    assert not again.isEnabled() and "clean up the previous drill first" in again.toolTip()
    plan_action(Operation.TEST_FAILOVER_CLEANUP).trigger()
    wizard = opened(window, run)
    assert not wizard.button(NEXT).isEnabled()
    assert "Notes are required" in page_text(wizard, "problems")
    wizard.currentPage().widgets["notes"].edit.setPlainText("Web answered in the test network.")
    press(wizard, NEXT)
    job = started_job(window, run, wizard)
    run(cache.wait_for(lambda c: c.jobs[job.id].state.finished, 60))
    run(cache.wait_for(lambda c: c.get("protected-item", b).test_failover_state == "none", 20))

    clicks = ["Recovery plans", "Web tier"]
    action = plan_action(Operation.PLANNED_FAILOVER)
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    clicks.append(action.text())
    wizard = opened(window, run)
    assert "✓ source reachable" in page_text(wizard, "facts")
    shoot(wizard, "wizard-plan-planned-checks", run)
    press(wizard, NEXT)
    clicks.append("Next")
    assert "No data loss" in page_text(wizard, "warning")
    facts = page_text(wizard, "facts")
    assert "→ 10.20.0.17/24 in AMS-Production (subnet rule 10.10.0.0/24 → 10.20.0.0/24)" in facts
    shoot(wizard, "wizard-plan-planned-review", run)
    clicks.append(wizard.flow.start_label)
    job = started_job(window, run, wizard)
    assert (job.operation, job.object_id) == ("planned-failover@plan", plan.id)
    assert clicks == [
        "Recovery plans",
        "Web tier",
        "Planned failover…",
        "Next",
        "Start planned failover",
    ]


def walk(window, run, operation: Operation, vm_id: str, pages: list[str], fill=None):
    """Open the operation's wizard from the context menu, go through `pages` with the wizard's
    buttons (`fill(wizard, page)` gives a page its input first), start the job on the review
    page, and wait until the job ends; the job, succeeded."""
    window.run_entry(entry(window, vm_id, operation))
    wizard = opened(window, run)
    for name in pages[:-1]:
        assert wizard.currentPage().objectName() == f"page-{name}"
        if fill is not None:
            fill(wizard, wizard.currentPage())
        press(wizard, NEXT)
    assert wizard.currentPage().objectName() == f"page-{pages[-1]}"
    if fill is not None:
        fill(wizard, wizard.currentPage())
    job = started_job(window, run, wizard)
    assert job.operation == operation.value
    cache = window.session.cache
    run(cache.wait_for(lambda c: c.jobs[job.id].state.finished, 90), 100)
    assert cache.jobs[job.id].state.value == "succeeded", cache.jobs[job.id]
    return cache.jobs[job.id]


def test_every_item_wizard_page_by_page_up_to_its_job(quick_console, run, qtbot) -> None:
    """Test failover, cleanup (notes required), planned failover (pre-checks), change of
    recovery point, commit, failback (planned back, then reverse), and disable protection:
    each through its own wizard's pages to the job it starts, on one VM."""
    window = quick_console
    (item_id,) = protect(window, run, ["web-01"])
    vm = "vm-web-01"
    window.select("vm", vm)

    walk(window, run, Operation.TEST_FAILOVER, vm, ["point", "review"])

    def notes(wizard, page):
        if page.objectName() == "page-notes":
            assert not wizard.button(NEXT).isEnabled()  # notes are required
            assert page_text(wizard, "problems")
            qtbot.keyClicks(page.widgets["notes"].edit, "Web answered on the test network.")

    cleanup = walk(window, run, Operation.TEST_FAILOVER_CLEANUP, vm, ["notes", "review"], notes)
    assert cleanup.parameters.get("notes") == "Web answered on the test network."

    def checks(wizard, page):
        if page.objectName() == "page-checks":
            assert "✓ source reachable" in page_text(wizard, "facts")
        else:
            assert page_text(wizard, "warning").startswith(
                "No data loss: the source will be shut down"
            )

    walk(window, run, Operation.PLANNED_FAILOVER, vm, ["checks", "review"], checks)
    cache = window.session.cache
    assert cache.get("protected-item", item_id).replication_state == "failed-over"

    def older_point(wizard, page):
        if page.objectName() == "page-point":
            assert not wizard.button(NEXT).isEnabled()  # no point chosen yet
            combo = page.widgets["point_id"].combo
            combo.setCurrentIndex(combo.count() - 1)  # the oldest

    walk(window, run, Operation.CHANGE_RECOVERY_POINT, vm, ["point", "review"], older_point)
    walk(window, run, Operation.COMMIT, vm, ["review"])
    run(
        cache.wait_for(
            lambda c: c.get("protected-item", item_id).replication_state == "failover-committed",
            20,
        )
    )

    def typed_name(wizard, page):
        if "confirm_name" in page.widgets and not wizard.button(NEXT).isEnabled():
            page.widgets["confirm_name"].edit.setText("web-01")  # writes would be discarded

    # Replication runs the other way; then failback: planned failover back, then reverse.
    walk(window, run, Operation.REVERSE_REPLICATION, vm, ["discard", "review"], typed_name)
    run(
        cache.wait_for(
            lambda c: c.get("protected-item", item_id).replication_state == "protected", 60
        ),
        70,
    )
    walk(window, run, Operation.FAILBACK, vm, ["checks", "reverse", "review"], typed_name)
    run(
        cache.wait_for(
            lambda c: (
                (i := c.get("protected-item", item_id)).active_location.value == "primary"
                and i.replication_state == "protected"
            ),
            60,
        ),
        70,
    )
    walk(window, run, Operation.DISABLE_PROTECTION, vm, ["review"])
