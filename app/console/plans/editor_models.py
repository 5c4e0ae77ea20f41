"""The editor's two item models: the protected VMs to drag from, and the plan's groups (a tree
of groups and their VMs) to drag into and reorder.

Both render a `PlanDraft`; a drop changes the draft (through its methods) and the model then
renders it again (`render`). Drags copy: the view never removes rows itself after a drop,
so a move is one change of the draft, made here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from .. import theme
from ..resources import icon
from .rules import PlanDraft, Problem

MIME_VMS = "application/x-standby-vm-ids"  # a JSON list of VM (or protected-item) ids
MIME_MEMBER = "application/x-standby-plan-member"  # {"group": g, "member": id}
MIME_GROUP = "application/x-standby-plan-group"  # {"group": g}

KindRole = Qt.ItemDataRole.UserRole + 40  # "group" | "member" | "vm"
GroupRole = Qt.ItemDataRole.UserRole + 41
IdRole = Qt.ItemDataRole.UserRole + 42
Index = QModelIndex | QPersistentModelIndex


def problem_colour() -> QColor:
    return QColor(theme.status_colour("critical"))  # legible in light and dark


def used_colour() -> QColor:
    return QColor(theme.current().placeholder)  # greyed, still ≥ 4.5:1 on the base


def _foreground(item: QStandardItem, colour: QColor | None) -> None:
    """The item's text colour, or the palette's (an empty QBrush would paint it black,
    unreadable in the dark theme)."""
    if colour is None:
        item.setData(None, Qt.ItemDataRole.ForegroundRole)
    else:
        item.setForeground(QBrush(colour))


class ProtectedVmsModel(QStandardItemModel):
    """Protected VMs, by name; a VM already in a group is greyed and says which."""

    def __init__(self, draft: PlanDraft, parent: QObject | None = None):
        super().__init__(parent)
        self.draft = draft
        self.render()

    def render(self) -> None:
        used = self.draft.used()
        candidates = self.draft.catalogue.protected()
        if self.rowCount() != len(candidates):
            self.clear()
            for _ in candidates:
                self.appendRow(QStandardItem())
        for row, candidate in enumerate(candidates):
            item = self.item(row)
            group = used.get(candidate.item_id or "")
            text = candidate.name
            if group is not None:
                text = self.tr("{0}  — in group {1}").format(candidate.name, group + 1)
            item.setText(text)
            item.setData("vm", KindRole)
            item.setData(candidate.vm_id, IdRole)
            item.setIcon(icon("vm"))
            item.setEditable(False)
            item.setDragEnabled(True)
            item.setDropEnabled(False)
            _foreground(item, used_colour() if group is not None else None)
            item.setToolTip(
                self.tr("{0}: {1}. Drag it into a group.").format(candidate.name, candidate.state)
                if group is None
                else self.tr("{0} is in group {1} already; a VM goes in one group only.").format(
                    candidate.name, group + 1
                )
            )

    def mimeTypes(self) -> list[str]:
        return [MIME_VMS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = []
        for index in indexes:
            vm_id = index.data(IdRole)
            if vm_id and vm_id not in ids:
                ids.append(vm_id)
        data.setData(MIME_VMS, json.dumps(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class GroupsModel(QStandardItemModel):
    """The plan's groups in order, each with its VMs; group names edit in place."""

    edited = Signal()  # the draft changed here (a drop, a rename)
    refused = Signal(str)  # a drop that could not be taken, and why

    def __init__(self, draft: PlanDraft, parent: QObject | None = None):
        super().__init__(parent)
        self.draft = draft
        self._rendering = False
        self.setHorizontalHeaderLabels([self.tr("Group / VM"), self.tr("Note")])
        self.itemChanged.connect(self._renamed)
        self.render([])

    # --- rendering --------------------------------------------------------------------------

    def render(self, problems: list[Problem]) -> None:
        self._rendering = True
        try:
            self._render(problems)
        finally:
            self._rendering = False

    def _render(self, problems: list[Problem]) -> None:
        by_field = {p.field: p.note or p.reason for p in problems}
        root = self.invisibleRootItem()
        root.setDropEnabled(True)
        groups = self.draft.groups
        if root.rowCount() > len(groups):
            root.removeRows(len(groups), root.rowCount() - len(groups))
        while root.rowCount() < len(groups):
            root.appendRow([QStandardItem(), QStandardItem()])
        for g, group in enumerate(groups):
            head, note = root.child(g, 0), root.child(g, 1)
            head.setText(group.name)
            head.setData("group", KindRole)
            head.setData(g, GroupRole)
            head.setData(None, IdRole)
            head.setEditable(True)
            head.setDragEnabled(True)
            head.setDropEnabled(True)
            head.setToolTip(
                self.tr("Group {0}: double-click to rename, drag to reorder.").format(g + 1)
            )
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            note.setEditable(False)
            note.setDropEnabled(True)
            parts = [self.tr("{0} VM(s)").format(len(group.members))]
            if group.pre_actions:
                parts.append(self.tr("{0} before").format(len(group.pre_actions)))
            if group.post_actions:
                parts.append(self.tr("{0} after").format(len(group.post_actions)))
            problem = by_field.get(f"groups.{g}.name")
            note.setText(problem or self.tr("Group {0} · {1}").format(g + 1, ", ".join(parts)))
            _foreground(note, problem_colour() if problem else None)
            self._render_members(head, g, group.members, by_field)

    def _render_members(
        self, head: QStandardItem, g: int, members: list[str], by_field: dict[str, str]
    ) -> None:
        if head.rowCount() > len(members):
            head.removeRows(len(members), head.rowCount() - len(members))
        while head.rowCount() < len(members):
            head.appendRow([QStandardItem(), QStandardItem()])
        catalogue = self.draft.catalogue
        for m, member in enumerate(members):
            name, note = head.child(m, 0), head.child(m, 1)
            candidate = catalogue.by_item.get(member)
            name.setText(catalogue.label(member))
            name.setData("member", KindRole)
            name.setData(g, GroupRole)
            name.setData(member, IdRole)
            name.setIcon(icon("vm"))
            name.setEditable(False)
            name.setDragEnabled(True)
            name.setDropEnabled(True)
            note.setEditable(False)
            note.setDropEnabled(True)
            problem = by_field.get(f"groups.{g}.item_ids.{m}")
            note.setText(problem or (candidate.state if candidate else ""))
            _foreground(note, problem_colour() if problem else None)
            _foreground(name, problem_colour() if problem else None)
            note.setToolTip(problem or "")
            name.setToolTip(problem or "")

    def _renamed(self, item: QStandardItem) -> None:
        if self._rendering or item.data(KindRole) != "group" or item.column() != 0:
            return
        g = item.data(GroupRole)
        if g is not None and 0 <= g < len(self.draft.groups):
            self.draft.groups[g].name = item.text()
            self.edited.emit()

    # --- drag and drop ----------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [MIME_VMS, MIME_MEMBER, MIME_GROUP]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        first = next((i.siblingAtColumn(0) for i in indexes if i.isValid()), None)
        if first is None:
            return data
        g = first.data(GroupRole)
        if first.data(KindRole) == "group":
            data.setData(MIME_GROUP, json.dumps({"group": g}).encode())
        else:
            member = first.data(IdRole)
            data.setData(MIME_MEMBER, json.dumps({"group": g, "member": member}).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action, row: int, column: int, parent: Index
    ) -> bool:
        return any(data.hasFormat(kind) for kind in self.mimeTypes())

    def _target(self, row: int, parent: Index) -> tuple[int | None, int | None]:
        """(group, position among its VMs) for a drop at `row` under `parent`."""
        if not parent.isValid():
            return None, None
        parent = parent.sibling(parent.row(), 0)  # a QPersistentModelIndex has no siblingAtColumn
        g = parent.data(GroupRole)
        if parent.data(KindRole) == "member":
            return g, parent.row()  # on a VM: before it, in its group
        return g, (row if row >= 0 else None)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        draft = self.draft
        g, at = self._target(row, parent)
        if data.hasFormat(MIME_GROUP):
            source = json.loads(bytes(data.data(MIME_GROUP).data()))["group"]
            if g is not None:
                to = g  # onto a group (or one of its VMs): take its place
            else:  # between groups (top level): row is the gap before which it goes
                gap = row if row >= 0 else len(draft.groups)
                to = gap - 1 if gap > source else gap  # the gap counts the group moved
            draft.move_group(source, to)
        elif data.hasFormat(MIME_MEMBER):
            moved = json.loads(bytes(data.data(MIME_MEMBER).data()))
            if g is None:
                g = draft.add_group()
            draft.move_member(moved["member"], moved["group"], g, at)
        elif data.hasFormat(MIME_VMS):
            ids = json.loads(bytes(data.data(MIME_VMS).data()))
            if not isinstance(ids, list) or not ids:
                self.refused.emit(self.tr("Nothing to add."))
                return False
            if g is None:
                g = draft.add_group()  # dropped below the groups: a new group
            draft.add_members(g, [str(i) for i in ids], at)
        else:
            return False
        self.edited.emit()
        return True

    # --- reading ----------------------------------------------------------------------------

    def group_index(self, g: int) -> QModelIndex:
        return self.index(g, 0)

    @staticmethod
    def group_at(index: Index) -> int | None:
        return index.sibling(index.row(), 0).data(GroupRole) if index.isValid() else None

    @staticmethod
    def member_at(index: Index) -> Any:
        index = index.sibling(index.row(), 0)
        return index.data(IdRole) if index.data(KindRole) == "member" else None
