"""One widget per form field kind: each shows a field's value from the flow and reports the
operator's changes through `changed(key, value)`. No decisions here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from .form import Field, Kind

Changed = Callable[[str, Any], None]


class FieldWidget(QWidget):
    """The widget of one field; `show_value` sets it without reporting a change."""

    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._changed = changed
        self._quiet = False
        self.setObjectName(f"field-{field.key}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)

    def report(self, value: Any) -> None:  # not `emit`: that would hide QObject.emit
        if not self._quiet:
            self._changed(self.field.key, value)

    def show_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError


class TextField(FieldWidget):
    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"input-{field.key}")
        self.edit.setAccessibleName(field.label)
        self.edit.setPlaceholderText(field.placeholder)
        self.edit.textChanged.connect(self.report)
        self.layout_.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        if self.edit.text() != (value or ""):
            self.edit.setText(value or "")


class NotesField(FieldWidget):
    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"input-{field.key}")
        self.edit.setAccessibleName(field.label)
        self.edit.setPlaceholderText(field.placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(lambda: self.report(self.edit.toPlainText()))
        self.layout_.addWidget(self.edit)

    def _show(self, value: Any) -> None:
        if self.edit.toPlainText() != (value or ""):
            self.edit.setPlainText(value or "")


class NumberField(FieldWidget):
    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.spin = QSpinBox()
        self.spin.setObjectName(f"input-{field.key}")
        self.spin.setAccessibleName(field.label)
        self.spin.setRange(field.minimum, field.maximum)
        self.spin.setSuffix(field.suffix)
        self.spin.valueChanged.connect(self.report)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _show(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))


class CheckField(FieldWidget):
    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.box = QCheckBox(field.label)
        self.box.setObjectName(f"input-{field.key}")
        self.box.toggled.connect(self.report)
        theme.legible_indicators(self.box)
        self.layout_.addWidget(self.box)

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ChoiceField(FieldWidget):
    """Radio buttons, each with its detail line under it; a disabled one says why."""

    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option in field.options:
            button = QRadioButton(option.label)
            button.setObjectName(f"option-{field.key}-{option.value}")
            button.setEnabled(option.enabled)
            theme.legible_indicators(button)  # which one is chosen shows in the dark theme

            def toggled(on: bool, value: str = option.value) -> None:
                if on:
                    self.report(value)

            button.toggled.connect(toggled)
            self.group.addButton(button)
            self.buttons[option.value] = button
            self.layout_.addWidget(button)
            detail = option.detail if option.enabled else option.reason
            if detail:
                label = QLabel(detail)
                label.setWordWrap(True)
                label.setContentsMargins(24, 0, 0, 4)
                label.setStyleSheet("color: palette(placeholder-text);")
                self.layout_.addWidget(label)

    def _show(self, value: Any) -> None:
        button = self.buttons.get(str(value))
        if button is not None and not button.isChecked():
            button.setChecked(True)


class ListField(FieldWidget):
    """A drop-down; disabled options stay listed, greyed, with their reason."""

    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.combo = QComboBox()
        self.combo.setObjectName(f"input-{field.key}")
        self.combo.setAccessibleName(field.label)
        model = QStandardItemModel(self.combo)
        for option in field.options:
            text = option.label if option.enabled else f"{option.label} — {option.reason}"
            item = QStandardItem(text)
            item.setData(option.value, Qt.ItemDataRole.UserRole)
            if not option.enabled:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            model.appendRow(item)
        self.combo.setModel(model)
        self.combo.setCurrentIndex(-1)
        self.combo.setPlaceholderText(self.tr("Choose…"))
        self.combo.currentIndexChanged.connect(self._chosen)
        self.layout_.addWidget(self.combo)

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.report(self.combo.itemData(index))

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else -1
        if index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)


class DateTimeField(FieldWidget):
    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        self.edit = QDateTimeEdit()
        self.edit.setObjectName(f"input-{field.key}")
        self.edit.setAccessibleName(field.label)
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setCalendarPopup(True)
        self.edit.dateTimeChanged.connect(
            lambda when: self.report(datetime.fromtimestamp(when.toSecsSinceEpoch(), UTC))
        )
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _show(self, value: Any) -> None:
        if isinstance(value, datetime):
            self.edit.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc())
            )


class MultiField(FieldWidget):
    """A table of rows to tick, with a filter and "select all shown"."""

    def __init__(self, field: Field, changed: Changed, parent: QWidget | None = None):
        super().__init__(field, changed, parent)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setObjectName(f"filter-{field.key}")
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter.setPlaceholderText(field.placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.all = QPushButton(self.tr("Select all shown"))
        self.all.setObjectName(f"all-{field.key}")
        self.all.clicked.connect(self._select_shown)
        self.count = QLabel()
        top.addWidget(self.filter, 1)
        top.addWidget(self.all)
        top.addWidget(self.count)
        self.layout_.addLayout(top)
        self.table = QTableWidget(len(field.options), max(1, len(field.columns)))
        self.table.setObjectName(f"input-{field.key}")
        self.table.setAccessibleName(field.label)
        self.table.setHorizontalHeaderLabels(list(field.columns) or [field.label])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, option in enumerate(field.options):
            cells = [option.label, *option.detail.split("\t")] if option.detail else [option.label]
            for column, text in enumerate(cells[: self.table.columnCount()]):
                cell = QTableWidgetItem(text)
                if column == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, option.value)
                    cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    cell.setCheckState(Qt.CheckState.Unchecked)
                self.table.setItem(row, column, cell)
        self.table.itemChanged.connect(self._ticked)
        theme.legible_indicators(self.table)
        self.table.cellClicked.connect(self._clicked)
        self.layout_.addWidget(self.table, 1)

    def _box(self, row: int) -> QTableWidgetItem:
        cell = self.table.item(row, 0)
        assert cell is not None  # every row has its check box cell
        return cell

    def values(self) -> list[str]:
        chosen = []
        for row in range(self.table.rowCount()):
            cell = self._box(row)
            if cell.checkState() == Qt.CheckState.Checked:
                chosen.append(cell.data(Qt.ItemDataRole.UserRole))
        return chosen

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 0:
            self._count()
            self.report(self.values())

    def _clicked(self, row: int, column: int) -> None:
        if column:  # a click anywhere on the row ticks it, not only on the box
            cell = self._box(row)
            checked = cell.checkState() == Qt.CheckState.Checked
            cell.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(self.table.columnCount())]
            hay = " ".join(c.text() for c in cells if c is not None).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)
        self._count()

    def _select_shown(self) -> None:
        for row in range(self.table.rowCount()):
            if not self.table.isRowHidden(row):
                self._box(row).setCheckState(Qt.CheckState.Checked)

    def _count(self) -> None:
        total = self.table.rowCount()
        shown = sum(not self.table.isRowHidden(row) for row in range(total))
        text = self.tr("{0} of {1} selected").format(len(self.values()), total)
        if shown < total:  # say why rows are missing: the filter hides them
            text += self.tr(" · {0} shown").format(shown)
        self.count.setText(text)

    def _show(self, value: Any) -> None:
        wanted = set(value or [])
        for row in range(self.table.rowCount()):
            cell = self._box(row)
            state = (
                Qt.CheckState.Checked
                if cell.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
            if cell.checkState() != state:
                cell.setCheckState(state)
        self._count()


WIDGETS: dict[Kind, type[FieldWidget]] = {
    Kind.TEXT: TextField,
    Kind.CONFIRM: TextField,
    Kind.NOTES: NotesField,
    Kind.NUMBER: NumberField,
    Kind.CHECK: CheckField,
    Kind.CHOICE: ChoiceField,
    Kind.LIST: ListField,
    Kind.DATETIME: DateTimeField,
    Kind.MULTI: MultiField,
}


def widget_for(field: Field, changed: Changed) -> FieldWidget:
    return WIDGETS[field.kind](field, changed)
