"""The recovery-plan editor: a window of its own (never modal) to create or edit a plan.

Protected VMs on the left drag into the groups in the middle (or go with "Add to group →");
groups reorder by drag or with the arrow buttons; the selected group's script and manual
actions are on the right. The rules live in `rules.PlanDraft`; this window renders them, shows
every reason the plan cannot be saved, keeps Save disabled until there is none, and shows the
control plane's own refusal in place when it still refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import ApiError, StandbyError
from app.domain.model import RecoveryPlan

from .. import theme
from ..placement import place_over
from ..resources import icon
from ..session import Session
from .actions_panel import ActionsPanel
from .editor_models import GroupsModel, ProtectedVmsModel
from .rules import Catalogue, PlanDraft, server_problems

RESERVED_LINES = 4  # the validation text's height: a heading and three problems


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanRules", text)


def catalogue_of(session: Session) -> Catalogue:
    cache = session.cache
    return Catalogue.of(cache.objects("vm").values(), cache.objects("protected-item").values())


def draft_from_cache(session: Session, plan_id: str | None = None) -> PlanDraft:
    cache = session.cache
    catalogue = catalogue_of(session)
    plan = cache.get("recovery-plan", plan_id) if plan_id else None
    others = [p.name for p in cache.objects("recovery-plan").values() if p.id != plan_id]
    return PlanDraft(catalogue, plan if isinstance(plan, RecoveryPlan) else None, others, _tr)


class PlanEditor(QWidget):
    saved = Signal(str)  # the plan's id, after the control plane took it

    def __init__(self, session: Session, draft: PlanDraft, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.draft = draft
        self.setObjectName("planEditor")
        self.setWindowIcon(icon("vault"))
        self.resize(1180, 720)
        self._placed = False  # centred over the main window when first shown
        self._saving = False
        self._discard = False

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(draft.name)
        self.name.setObjectName("planName")
        self.name.setAccessibleName(self.tr("Plan name"))
        self.name.setPlaceholderText(self.tr("e.g. ERP estate"))
        self.name.textEdited.connect(self._name_edited)
        form.addRow(self.tr("Plan &name:"), self.name)
        self.description = QPlainTextEdit(draft.description)
        self.description.setObjectName("planDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What the plan recovers, and who owns it"))
        self.description.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.description.textChanged.connect(self._description_edited)
        form.addRow(self.tr("&Description:"), self.description)
        layout.addLayout(form)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("planEditorSplitter")
        split.addWidget(self._vm_side())
        split.addWidget(self._groups_side())
        # Not `actions`: that would hide QWidget.actions().
        self.actions_panel = ActionsPanel(draft)
        self.actions_panel.edited.connect(self.changed)
        # It scrolls in a short window (1280×720) rather than make the editor taller than
        # the screen.
        actions_area = QScrollArea()
        actions_area.setObjectName("planActionsArea")
        actions_area.setWidgetResizable(True)
        actions_area.setFrameShape(QFrame.Shape.NoFrame)
        actions_area.setWidget(self.actions_panel)
        split.addWidget(actions_area)
        split.setSizes([300, 480, 400])
        layout.addWidget(split, 1)

        self.problems = QLabel()
        self.problems.setObjectName("planProblems")
        self.problems.setAccessibleName(self.tr("Why the plan cannot be saved"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {theme.status_colour('critical')};")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_problem = QLabel()
        self.server_problem.setObjectName("planServerProblem")
        self.server_problem.setAccessibleName(self.tr("The control plane's answer"))
        self.server_problem.setWordWrap(True)
        self.server_problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_problem.hide()
        layout.addWidget(self._reserved(self.problems, self.server_problem))
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)  # a long message wraps; it never pushes the buttons
        buttons.addWidget(self.message, 1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("planSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("planClose")
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Protection comes and goes while the editor is open: follow it, coalesced (a busy
        # estate changes its items every few seconds).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(500)
        self._refresh.timeout.connect(self._inventory_changed)
        self._unsubscribe: Callable[[], None] | None = session.cache.on_object(self._on_object)

        self.groups_view.setCurrentIndex(self.groups.group_index(0))
        self.changed()

    # --- building ---------------------------------------------------------------------------

    def _reserved(self, *labels: QLabel) -> QScrollArea:
        """The validation text's place, of a fixed height whether it says anything or not:
        the buttons below stay where they are as the text comes, changes and goes (a click
        on Save used to land on nothing once the last problem was fixed). More lines than
        fit scroll."""
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        for label in labels:
            box.addWidget(label)
        box.addStretch(1)
        area = QScrollArea()
        area.setObjectName("planProblemsArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(inner)
        area.setFixedHeight(self.fontMetrics().lineSpacing() * RESERVED_LINES + 8)
        return area

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            place_over(self, self.parentWidget())
        super().showEvent(event)

    def _vm_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Protected VMs — drag into a group"))
        title.setObjectName("planVmsTitle")
        box.addWidget(title)
        self.vm_filter = QLineEdit()
        self.vm_filter.setObjectName("planVmFilter")
        self.vm_filter.setAccessibleName(self.tr("Filter the protected VMs"))
        self.vm_filter.setPlaceholderText(self.tr("Filter by name"))
        self.vm_filter.setClearButtonEnabled(True)
        box.addWidget(self.vm_filter)
        self.vms = ProtectedVmsModel(self.draft, self)
        self.vm_proxy = QSortFilterProxyModel(self)
        self.vm_proxy.setSourceModel(self.vms)
        self.vm_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.vm_filter.textChanged.connect(self.vm_proxy.setFilterFixedString)
        self.vm_list = QListView()
        self.vm_list.setObjectName("planVmList")
        self.vm_list.setAccessibleName(self.tr("Protected VMs"))
        self.vm_list.setModel(self.vm_proxy)
        self.vm_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.vm_list.setDragEnabled(True)
        self.vm_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.vm_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.vm_list.doubleClicked.connect(lambda _i: self.add_selected_vms())
        box.addWidget(self.vm_list, 1)
        self.add_vms_button = QPushButton(self.tr("&Add to group →"))
        self.add_vms_button.setObjectName("planAddVms")
        self.add_vms_button.setToolTip(self.tr("Add the selected VMs to the selected group"))
        self.add_vms_button.clicked.connect(self.add_selected_vms)
        box.addWidget(self.add_vms_button)
        if not self.draft.catalogue.by_item:
            title.setText(self.tr("No protected VMs yet: protect VMs first, then add them here."))
            title.setWordWrap(True)
        return side

    def _groups_side(self) -> QWidget:
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Groups run in order; the VMs of a group in parallel")))
        self.groups = GroupsModel(self.draft, self)
        self.groups.edited.connect(self._dropped)
        self.groups.refused.connect(lambda reason: self.message.setText(reason))
        self.groups_view = QTreeView()
        self.groups_view.setObjectName("planGroups")
        self.groups_view.setAccessibleName(self.tr("Groups of the plan"))
        self.groups_view.setModel(self.groups)
        self.groups_view.setDragEnabled(True)
        self.groups_view.setAcceptDrops(True)
        self.groups_view.setDropIndicatorShown(True)
        self.groups_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.groups_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.groups_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.groups_view.setColumnWidth(0, 220)
        self.groups_view.expandAll()
        self.groups_view.selectionModel().currentChanged.connect(self._current_changed)
        box.addWidget(self.groups_view, 1)
        row = QHBoxLayout()
        self.group_buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
            ("add", self.tr("+ &Group"), self.tr("Add a group at the end"), self.add_group),
            (
                "up",
                self.tr("▲ &Up"),
                self.tr("Run the selected group earlier"),
                lambda: self.move_group(-1),
            ),
            (
                "down",
                self.tr("▼ D&own"),
                self.tr("Run the selected group later"),
                lambda: self.move_group(1),
            ),
            (
                "remove",
                self.tr("&Remove"),
                self.tr("Remove the selected VM or group"),
                self.remove_selected,
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"planGroup-{key}")
            button.setToolTip(tip)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.group_buttons[key] = button
        row.addStretch(1)
        box.addLayout(row)
        return side

    # --- editing ----------------------------------------------------------------------------

    def selected_group(self) -> int | None:
        return self.groups.group_at(self.groups_view.currentIndex())

    def select_group(self, g: int) -> None:
        self.groups_view.setCurrentIndex(self.groups.group_index(g))

    def add_group(self) -> None:
        g = self.draft.add_group()
        self.changed()
        self.select_group(g)

    def move_group(self, step: int) -> None:
        g = self.selected_group()
        if g is None:
            return
        to = self.draft.move_group(g, g + step)
        self.changed()
        self.select_group(to)

    def remove_selected(self) -> None:
        index = self.groups_view.currentIndex()
        g = self.groups.group_at(index)
        if g is None:
            return
        member = self.groups.member_at(index)
        if member is not None:
            self.draft.remove_member(g, member)
        else:
            self.draft.remove_group(g)
            g = min(g, len(self.draft.groups) - 1)
        self.changed()
        if g >= 0:
            self.select_group(g)

    def add_selected_vms(self) -> None:
        g = self.selected_group()
        if g is None:
            if not self.draft.groups:
                g = self.draft.add_group()
            else:
                self.message.setText(self.tr("Select the group to add the VMs to."))
                return
        ids = [i.data(Qt.ItemDataRole.UserRole + 42) for i in self.vm_list.selectedIndexes()]
        if not ids:
            self.message.setText(self.tr("Select VMs in the list first."))
            return
        self.draft.add_members(g, ids)
        self.changed()

    def _dropped(self) -> None:
        self.changed()

    def _name_edited(self, text: str) -> None:
        self.draft.name = text
        self.changed()

    def _description_edited(self) -> None:
        self.draft.description = self.description.toPlainText()
        self.changed()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        g = self.groups.group_at(current)
        self.actions_panel.show_group(g)
        count = len(self.draft.groups)
        self.group_buttons["up"].setEnabled(g is not None and g > 0)
        self.group_buttons["down"].setEnabled(g is not None and g < count - 1)
        self.group_buttons["remove"].setEnabled(g is not None)

    def changed(self) -> None:
        """The draft changed: render it, and say what keeps it from being saved."""
        problems = self.draft.problems()
        self.groups.render(problems)
        self.vms.render()
        self.groups_view.expandAll()
        self._current_changed(self.groups_view.currentIndex(), QModelIndex())
        self.server_problem.hide()
        if problems:
            shown = problems[:6]
            lines = [f"• {p.reason}" for p in shown]
            if len(problems) > len(shown):
                lines.append(self.tr("… and {0} more").format(len(problems) - len(shown)))
            self.problems.setText(self.tr("Cannot save yet:") + "\n" + "\n".join(lines))
            self.problems.show()
        else:
            self.problems.clear()
            self.problems.hide()
        self.save_button.setEnabled(not problems and not self._saving)
        self.save_button.setToolTip(problems[0].reason if problems else "")
        self._update_title()

    def _update_title(self) -> None:
        name = self.draft.name.strip() or self.tr("new plan")
        mark = " •" if self.draft.dirty else ""
        if self.draft.plan_id is None:
            self.setWindowTitle(self.tr("New recovery plan — {0}{1}").format(name, mark))
        else:
            self.setWindowTitle(self.tr("Recovery plan — {0}{1}").format(name, mark))

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self.draft.problems():
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Saving…"))
        self.session.spawn(self._save(), "save-recovery-plan")

    async def _save(self) -> None:
        client = self.session.client
        spec = self.draft.spec()
        try:
            if self.draft.plan_id is None:
                plan = await client.create_recovery_plan(spec)
            else:
                plan = await client.replace_recovery_plan(self.draft.plan_id, spec)
        except ApiError as exc:  # 422, or 409 naming a field (an item that went away)
            lines = server_problems(exc.field_errors, exc.detail, _tr) or [str(exc)]
            self._refused(self.tr("The control plane refused the plan:"), lines)
            return
        except StandbyError as exc:
            self._refused(self.tr("The control plane refused the plan:"), [str(exc)])
            return
        finally:
            self._saving = False
        self.draft.mark_saved(plan)
        self.draft.other_names.discard(plan.name.casefold())  # the feed may have been first
        self.changed()
        self.message.setText(self.tr("Saved."))
        self.saved.emit(plan.id)

    def _refused(self, head: str, lines: list[str]) -> None:
        self.changed()
        self.message.clear()
        self.server_problem.setText(head + "\n" + "\n".join(f"• {line}" for line in lines))
        self.server_problem.setStyleSheet(
            "#planServerProblem { background: #fdecea; color: #7f0000; border: 1px solid #e57373;"
            " padding: 6px; }"
        )
        self.server_problem.show()

    def _on_object(self, kind: str, _id: str, _old, _new) -> None:
        if kind in ("vm", "protected-item", "recovery-plan") and not self._refresh.isActive():
            self._refresh.start()

    def _inventory_changed(self) -> None:
        catalogue = catalogue_of(self.session)
        others = {
            p.name.casefold()
            for p in self.session.cache.objects("recovery-plan").values()
            if p.id != self.draft.plan_id
        }
        if catalogue != self.draft.catalogue or others != self.draft.other_names:
            self.draft.catalogue, self.draft.other_names = catalogue, others
            for group in self.draft.groups:  # a VM protected meanwhile: now its item
                group.members = [self.draft.resolve(m) for m in group.members]
            self.changed()

    def detach(self) -> None:
        """Stop following the cache (the window closes, or the main window goes)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._refresh.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.draft.dirty and not self._discard:
            # Asked with open(), not exec(): nothing waits in a nested event loop.
            event.ignore()
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Unsaved changes"),
                self.tr("The plan has changes that are not saved. Close and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("planDiscard")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Discard).clicked.connect(self._discard_and_close)
            self.discard_box = box
            box.open()
            return
        self.detach()
        super().closeEvent(event)

    def _discard_and_close(self) -> None:
        self._discard = True
        self.close()
