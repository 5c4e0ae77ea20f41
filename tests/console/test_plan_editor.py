"""The recovery-plan editor: its rules without Qt, then the window against the lab's control
plane — a plan built by driving the widgets (drag, reorder, a manual action) and saved through
the API, validation keeping Save disabled with the reason, and the server's refusal in place."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QAction

from app.console.plans import open_plan_editor
from app.console.plans.editor_models import MIME_VMS
from app.console.plans.rules import AFTER, BEFORE, Candidate, Catalogue, PlanDraft, server_problems
from app.domain.model import ManualAction, PlanGroup, RecoveryPlan
from tests.console.helpers import shoot, until
from tests.console.lab import protected_item, put_item


def catalogue() -> Catalogue:
    c = Catalogue()
    for vm_id, name, item_id in (
        ("vm-sql-01", "sql-01", "pi-sql-01"),
        ("vm-sql-02", "sql-02", "pi-sql-02"),
        ("vm-web-01", "web-01", None),
    ):
        candidate = Candidate(vm_id, name, item_id, "protected" if item_id else "")
        c.by_vm[vm_id] = candidate
        if item_id:
            c.by_item[item_id] = candidate
    return c


def reasons(draft: PlanDraft) -> list[str]:
    return [p.reason for p in draft.problems()]


# --- the rules, without Qt ---------------------------------------------------------------------


def test_a_valid_draft_becomes_the_api_body():
    draft = PlanDraft(catalogue())
    draft.name = "  ERP estate "
    assert draft.add_members(0, ["vm-sql-01"]) == ["pi-sql-01"]  # a VM id becomes its item
    g = draft.add_group("Web")
    draft.add_members(g, ["pi-sql-02"])
    a = draft.add_action(g, AFTER, "manual")
    draft.groups[g].post_actions[a].instructions = "Open the shop."
    assert draft.problems() == []
    spec = draft.spec()
    assert spec["name"] == "ERP estate"
    assert [grp["item_ids"] for grp in spec["groups"]] == [["pi-sql-01"], ["pi-sql-02"]]
    assert spec["groups"][1]["post_actions"] == [
        {"kind": "manual", "name": "Manual step 1", "instructions": "Open the shop."}
    ]
    assert draft.dirty


def test_validation_names_each_reason():
    draft = PlanDraft(catalogue())
    assert "The plan needs a name." in reasons(draft)
    assert "Add at least one protected VM to a group." in reasons(draft)
    draft.name = "ERP"
    draft.add_members(0, ["vm-web-01"])  # not protected
    assert reasons(draft) == ["Group 1: web-01 is not a protected item; protect it first."]
    draft.remove_member(0, "vm-web-01")
    draft.add_members(0, ["pi-sql-01"])
    g = draft.add_group()
    draft.add_members(g, ["vm-sql-01"])  # the same VM again, in another group
    assert reasons(draft) == ["Group 2: sql-01 is in group 1 already; a VM goes in one group only."]
    assert draft.used() == {"pi-sql-01": 0}
    draft.remove_member(g, "pi-sql-01")
    a = draft.add_action(g, BEFORE, "script")
    assert reasons(draft) == ["Group 2: script 'Script 1' needs a command."]
    draft.groups[g].pre_actions[a].command = "true"
    draft.groups[g].pre_actions[a].timeout_seconds = 0
    assert reasons(draft) == ["Group 2: the timeout of 'Script 1' must be 1 s to 24 h."]
    draft.groups[g].pre_actions[a].timeout_seconds = 60
    draft.groups[g].name = " "
    assert reasons(draft) == ["Group 2 needs a name."]


def test_names_of_other_plans_are_taken():
    draft = PlanDraft(catalogue(), other_names=["ERP estate"])
    draft.name = "erp ESTATE"
    draft.add_members(0, ["pi-sql-01"])
    assert reasons(draft) == ["A recovery plan named 'erp ESTATE' exists already."]


def test_groups_and_members_move():
    draft = PlanDraft(catalogue())
    draft.add_group("B")
    draft.add_group("C")
    assert draft.move_group(2, 0) == 0
    assert [g.name for g in draft.groups] == ["C", "Group 1", "B"]
    assert draft.move_group(0, 99) == 2  # clamped
    draft.add_members(0, ["pi-sql-01", "pi-sql-02"])
    draft.move_member("pi-sql-02", 0, 0, 0)
    assert draft.groups[0].members == ["pi-sql-02", "pi-sql-01"]
    draft.move_member("pi-sql-02", 0, 1)
    assert draft.groups[0].members == ["pi-sql-01"] and draft.groups[1].members == ["pi-sql-02"]


def test_an_existing_plan_loads_and_knows_it_is_unchanged():
    plan = RecoveryPlan(
        id="plan-1",
        name="ERP",
        groups=[
            PlanGroup(
                name="DB",
                item_ids=["pi-sql-01"],
                pre_actions=[ManualAction(name="Check", instructions="Call the DBA.")],
            )
        ],
    )
    draft = PlanDraft(catalogue(), plan)
    assert not draft.dirty and draft.problems() == []
    assert draft.groups[0].pre_actions[0].instructions == "Call the DBA."
    draft.groups[0].pre_actions[0].name = "Check again"
    assert draft.dirty


def test_server_problems_name_the_group():
    lines = server_problems(
        {"groups.1.item_ids": "'pi-x' is not a protected item", "name": "too long"}, ""
    )
    assert lines == ["Group 2: 'pi-x' is not a protected item", "name: too long"]
    assert server_problems({}, "A recovery plan named 'X' exists already.") == [
        "A recovery plan named 'X' exists already."
    ]


# --- the window against the lab ----------------------------------------------------------------


def vm_row(editor, vm_id: str) -> QModelIndex:
    model = editor.vms
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole + 42) == vm_id:
            return index
    raise AssertionError(f"{vm_id} is not in the list")


def drag_vm(editor, vm_id: str, group: int) -> bool:
    """What a drag of a VM onto a group delivers (a real QDrag cannot run offscreen)."""
    data = editor.vms.mimeData([vm_row(editor, vm_id)])
    target = editor.groups.group_index(group)
    assert editor.groups.canDropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)
    return editor.groups.dropMimeData(data, Qt.DropAction.CopyAction, -1, 0, target)


def protect_three(lab_server, cache, run) -> None:
    for vm_id in ("vm-sql-01", "vm-sql-02", "vm-web-01"):
        put_item(lab_server, protected_item(vm_id))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 3, 20))


def test_build_a_plan_in_the_editor_and_save_it(console, lab_server, run, qtbot, qtmodeltester):
    cache = console.session.cache
    protect_three(lab_server, cache, run)
    console.findChild(QAction, "newPlan").trigger()
    editor = next(e for e in console._plan_editors.values() if e.isVisible())
    qtmodeltester.check(editor.groups)
    qtmodeltester.check(editor.vms)
    assert not editor.save_button.isEnabled()
    assert "The plan needs a name." in editor.problems.text()

    qtbot.keyClicks(editor.name, "ERP estate")
    assert drag_vm(editor, "vm-sql-01", 0)
    assert drag_vm(editor, "vm-sql-02", 0)
    assert editor.draft.groups[0].members == ["pi-vm-sql-01", "pi-vm-sql-02"]
    assert "in group 1" in vm_row(editor, "vm-sql-01").data()  # shown as used
    qtbot.mouseClick(editor.group_buttons["add"], Qt.MouseButton.LeftButton)
    assert editor.selected_group() == 1
    editor.groups.setData(editor.groups.group_index(1), "Web")  # renamed in place
    editor.vm_list.setCurrentIndex(editor.vm_proxy.mapFromSource(vm_row(editor, "vm-web-01")))
    qtbot.mouseClick(editor.add_vms_button, Qt.MouseButton.LeftButton)
    assert editor.draft.groups[1].members == ["pi-vm-web-01"]

    # Reorder: the Up button, then a drag of the group to the end again.
    qtbot.mouseClick(editor.group_buttons["up"], Qt.MouseButton.LeftButton)
    assert [g.name for g in editor.draft.groups] == ["Web", "Group 1"]
    data = editor.groups.mimeData([editor.groups.group_index(0)])
    assert editor.groups.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert [g.name for g in editor.draft.groups] == ["Group 1", "Web"]
    assert editor.groups.group_index(1).data() == "Web"

    # A manual action after the web group.
    editor.select_group(1)
    qtbot.mouseClick(editor.actions_panel.add_buttons[(AFTER, "manual")], Qt.MouseButton.LeftButton)
    assert not editor.save_button.isEnabled()
    assert "needs instructions" in editor.problems.text()
    editor.actions_panel.action_name.clear()
    qtbot.keyClicks(editor.actions_panel.action_name, "Check the shop")
    qtbot.keyClicks(editor.actions_panel.instructions, "Open the web shop and place an order.")
    assert editor.problems.isHidden()
    assert editor.save_button.isEnabled()
    shoot(editor, "plan-editor", run)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    run(until(lambda: editor.message.text() == "Saved."))
    plans = run(console.session.client.recovery_plans())
    assert len(plans) == 1
    plan = plans[0]
    assert plan.name == "ERP estate" and editor.draft.plan_id == plan.id
    assert [g.name for g in plan.groups] == ["Group 1", "Web"]
    assert [g.item_ids for g in plan.groups] == [["pi-vm-sql-01", "pi-vm-sql-02"], ["pi-vm-web-01"]]
    assert plan.groups[1].post_actions == [
        ManualAction(name="Check the shop", instructions="Open the web shop and place an order.")
    ]
    assert not editor.draft.dirty

    # Edit it again: the second save is a PUT of the same plan.
    run(cache.wait_for(lambda c: c.get("recovery-plan", plan.id) is not None, 20))
    editor.close()
    again = open_plan_editor(console, plan.id)
    assert again.draft.groups[1].post_actions[0].name == "Check the shop"
    again.draft.move_member("pi-vm-sql-02", 0, 1)
    again.changed()
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    run(until(lambda: again.message.text() == "Saved."))
    saved = run(console.session.client.get_recovery_plan(plan.id))
    assert [g.item_ids for g in saved.groups] == [
        ["pi-vm-sql-01"],
        ["pi-vm-web-01", "pi-vm-sql-02"],
    ]
    again.close()


def test_invalid_plans_keep_save_disabled_with_the_reason(console, lab_server, run, qtbot):
    cache = console.session.cache
    put_item(lab_server, protected_item("vm-sql-01"))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 1, 20))
    editor = open_plan_editor(console)
    qtbot.keyClicks(editor.name, "Broken")
    assert drag_vm(editor, "vm-sql-01", 0)
    assert editor.save_button.isEnabled()

    # An unprotected VM dropped into a group (as from the fabric tree).
    data = QMimeData()
    data.setData(MIME_VMS, b'["vm-web-01"]')
    assert editor.groups.dropMimeData(
        data, Qt.DropAction.CopyAction, -1, 0, editor.groups.group_index(0)
    )
    assert not editor.save_button.isEnabled()
    assert "web-01 is not a protected item" in editor.problems.text()
    assert "not a protected item" in editor.groups.index(1, 1, editor.groups.group_index(0)).data()
    # Protected meanwhile (the feed brings it): the editor takes it as the protected item.
    put_item(lab_server, protected_item("vm-web-01"))
    run(until(lambda: editor.save_button.isEnabled()))
    assert editor.draft.groups[0].members == ["pi-vm-sql-01", "pi-vm-web-01"]
    editor.groups_view.setCurrentIndex(editor.groups.index(1, 0, editor.groups.group_index(0)))
    qtbot.mouseClick(editor.group_buttons["remove"], Qt.MouseButton.LeftButton)
    assert editor.draft.groups[0].members == ["pi-vm-sql-01"]

    # The same VM in a second group.
    qtbot.mouseClick(editor.group_buttons["add"], Qt.MouseButton.LeftButton)
    assert drag_vm(editor, "vm-sql-01", 1)
    assert not editor.save_button.isEnabled()
    assert "sql-01 is in group 1 already" in editor.problems.text()
    assert "in group 1 already" in editor.save_button.toolTip()
    shoot(editor, "plan-editor-invalid", run)
    editor.groups_view.setCurrentIndex(editor.groups.group_index(1))
    qtbot.mouseClick(editor.group_buttons["remove"], Qt.MouseButton.LeftButton)
    assert editor.save_button.isEnabled()

    # No name.
    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Delete)
    assert not editor.save_button.isEnabled()
    assert "The plan needs a name." in editor.problems.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # disabled: nothing sent
    assert run(console.session.client.recovery_plans()) == []

    # The control plane still refuses (the item went away meanwhile): its 409, in place.
    qtbot.keyClicks(editor.name, "Broken")
    assert editor.save_button.isEnabled()

    async def drop_item():
        async with lab_server.ctx.store.transaction() as tx:
            await tx.delete("protected-item", "pi-vm-sql-01")

    editor.detach()  # as if the feed had not brought the change yet
    lab_server.call(drop_item)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    run(until(lambda: editor.server_problem.isVisible()))
    assert "Group 1: 'pi-vm-sql-01' is not a protected item" in editor.server_problem.text()
    assert editor.draft.plan_id is None

    # Closing with unsaved edits asks first, without a modal loop; Discard closes.
    editor.close()
    assert editor.isVisible() and editor.discard_box.isVisible()
    assert editor.discard_box.windowModality() == Qt.WindowModality.WindowModal  # open()
    discard = editor.discard_box.button(editor.discard_box.StandardButton.Discard)
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
