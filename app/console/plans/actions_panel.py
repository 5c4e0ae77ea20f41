"""The selected group's side of the editor: its name, and its script and manual actions before
and after its VMs, with the fields of the action selected."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .rules import AFTER, BEFORE, DEFAULT_TIMEOUT, ActionDraft, PlanDraft


class ActionsPanel(QWidget):
    edited = Signal()  # the draft changed here

    def __init__(self, draft: PlanDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.draft = draft
        self.group: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("planGroupTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        name_row = QFormLayout()
        self.group_name = QLineEdit()
        self.group_name.setObjectName("planGroupName")
        self.group_name.setAccessibleName(self.tr("Group name"))
        self.group_name.textEdited.connect(self._group_renamed)
        name_row.addRow(self.tr("Group &name:"), self.group_name)
        layout.addLayout(name_row)

        self.lists: dict[str, QListWidget] = {}
        self.add_buttons: dict[tuple[str, str], QPushButton] = {}
        self.remove_buttons: dict[str, QPushButton] = {}
        for when, text in ((BEFORE, self.tr("Before the VMs")), (AFTER, self.tr("After the VMs"))):
            box = QGroupBox(text)
            grid = QGridLayout(box)
            actions = QListWidget()
            actions.setObjectName(f"planActions-{when}")
            actions.setAccessibleName(text)
            actions.setMaximumHeight(90)
            actions.currentRowChanged.connect(lambda _row, w=when: self._selected(w))
            grid.addWidget(actions, 0, 0, 1, 3)
            for column, (kind, label) in enumerate(
                (("script", self.tr("+ Script")), ("manual", self.tr("+ Manual step")))
            ):
                button = QPushButton(label)
                button.setObjectName(f"planAdd-{kind}-{when}")
                button.setToolTip(
                    self.tr("A command the control plane runs, with a timeout")
                    if kind == "script"
                    else self.tr("Instructions; the plan waits until an operator resumes it")
                )
                button.clicked.connect(lambda _c=False, w=when, k=kind: self.add(w, k))
                grid.addWidget(button, 1, column)
                self.add_buttons[(when, kind)] = button
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName(f"planRemoveAction-{when}")
            remove.clicked.connect(lambda _c=False, w=when: self.remove(w))
            grid.addWidget(remove, 1, 2)
            self.remove_buttons[when] = remove
            self.lists[when] = actions
            layout.addWidget(box)

        self.form_box = QGroupBox(self.tr("Action"))
        form = QFormLayout(self.form_box)
        self.action_name = QLineEdit()
        self.action_name.setObjectName("planActionName")
        self.action_name.setAccessibleName(self.tr("Action name"))
        self.action_name.textEdited.connect(lambda t: self._set("name", t))
        form.addRow(self.tr("Na&me:"), self.action_name)
        self.kind_pages = QStackedWidget()
        script_page = QWidget()
        script_form = QFormLayout(script_page)
        script_form.setContentsMargins(0, 0, 0, 0)
        self.command = QPlainTextEdit()
        self.command.setObjectName("planActionCommand")
        self.command.setAccessibleName(self.tr("Command"))
        self.command.setPlaceholderText(self.tr("e.g. /opt/dr/check-dns.sh $STANDBY_GROUP"))
        self.command.textChanged.connect(lambda: self._set("command", self.command.toPlainText()))
        script_form.addRow(self.tr("&Command:"), self.command)
        self.timeout = QSpinBox()
        self.timeout.setObjectName("planActionTimeout")
        self.timeout.setAccessibleName(self.tr("Timeout in seconds"))
        self.timeout.setRange(1, 86400)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.valueChanged.connect(lambda v: self._set("timeout_seconds", v))
        script_form.addRow(self.tr("&Timeout:"), self.timeout)
        manual_page = QWidget()
        manual_form = QFormLayout(manual_page)
        manual_form.setContentsMargins(0, 0, 0, 0)
        self.instructions = QPlainTextEdit()
        self.instructions.setObjectName("planActionInstructions")
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.instructions.setPlaceholderText(
            self.tr("What the operator must do before the plan goes on")
        )
        self.instructions.textChanged.connect(
            lambda: self._set("instructions", self.instructions.toPlainText())
        )
        manual_form.addRow(self.tr("&Instructions:"), self.instructions)
        self.kind_pages.addWidget(script_page)
        self.kind_pages.addWidget(manual_page)
        form.addRow(self.kind_pages)
        layout.addWidget(self.form_box, 1)
        self._current: tuple[str, int] | None = None
        self.show_group(None)

    # --- showing ----------------------------------------------------------------------------

    def show_group(self, g: int | None) -> None:
        self.group = g if g is not None and 0 <= g < len(self.draft.groups) else None
        enabled = self.group is not None
        for widget in (self.group_name, *self.lists.values(), *self.add_buttons.values()):
            widget.setEnabled(enabled)
        self._loading = True
        try:
            if self.group is None:
                self.title.setText(self.tr("Select a group to edit its name and actions."))
                self.group_name.clear()
                for actions in self.lists.values():
                    actions.clear()
            else:
                group = self.draft.groups[self.group]
                self.title.setText(self.tr("Group {0}").format(self.group + 1))
                if self.group_name.text() != group.name:
                    self.group_name.setText(group.name)
                for when, actions in self.lists.items():
                    self._fill(actions, group.actions(when))
        finally:
            self._loading = False
        self._show_action()

    def _fill(self, widget: QListWidget, actions: list[ActionDraft]) -> None:
        texts = [self._label(a) for a in actions]
        if [widget.item(i).text() for i in range(widget.count())] == texts:
            return
        row = widget.currentRow()
        widget.clear()
        widget.addItems(texts)
        if 0 <= row < widget.count():
            widget.setCurrentRow(row)

    def _label(self, action: ActionDraft) -> str:
        kind = self.tr("Script") if action.kind == "script" else self.tr("Manual")
        return f"{kind}: {action.name}"

    def current_action(self) -> ActionDraft | None:
        if self.group is None or self._current is None:
            return None
        when, a = self._current
        actions = self.draft.groups[self.group].actions(when)
        return actions[a] if 0 <= a < len(actions) else None

    def _selected(self, when: str) -> None:
        if self._loading:
            return
        row = self.lists[when].currentRow()
        if row >= 0:
            other = AFTER if when == BEFORE else BEFORE
            self._loading = True
            self.lists[other].setCurrentRow(-1)
            self._loading = False
            self._current = (when, row)
        self._show_action()

    def _show_action(self) -> None:
        action = self.current_action()
        for when, button in self.remove_buttons.items():
            button.setEnabled(
                action is not None and self._current is not None and self._current[0] == when
            )
        self.form_box.setEnabled(action is not None)
        self._loading = True
        try:
            if action is None:
                self.form_box.setTitle(self.tr("Action (select or add one)"))
                self.action_name.clear()
                self.command.clear()
                self.instructions.clear()
                self.timeout.setValue(DEFAULT_TIMEOUT)
                return
            script = action.kind == "script"
            self.form_box.setTitle(self.tr("Script action") if script else self.tr("Manual action"))
            self.kind_pages.setCurrentIndex(0 if script else 1)
            self.action_name.setText(action.name)
            if script and self.command.toPlainText() != action.command:
                self.command.setPlainText(action.command)
            if not script and self.instructions.toPlainText() != action.instructions:
                self.instructions.setPlainText(action.instructions)
            self.timeout.setValue(action.timeout_seconds)
        finally:
            self._loading = False

    # --- editing ----------------------------------------------------------------------------

    def add(self, when: str, kind: str) -> None:
        if self.group is None:
            return
        a = self.draft.add_action(self.group, when, kind)
        self._current = (when, a)
        self.show_group(self.group)
        self._loading = True
        self.lists[when].setCurrentRow(a)
        self._loading = False
        self._show_action()
        self.edited.emit()
        self.action_name.setFocus()
        self.action_name.selectAll()

    def remove(self, when: str) -> None:
        if self.group is None or self._current is None or self._current[0] != when:
            return
        self.draft.remove_action(self.group, when, self._current[1])
        self._current = None
        self.show_group(self.group)
        self.edited.emit()

    def _set(self, field: str, value) -> None:
        if self._loading:
            return
        action = self.current_action()
        if action is None:
            return
        setattr(action, field, value)
        if field == "name" and self._current is not None:
            item = self.lists[self._current[0]].item(self._current[1])
            if item is not None:
                item.setText(self._label(action))
        self.edited.emit()

    def _group_renamed(self, text: str) -> None:
        if self.group is not None and not self._loading:
            self.draft.groups[self.group].name = text
            self.edited.emit()
