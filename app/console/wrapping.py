"""Cells that wrap: a tree's long text (a pre-check's detail, a step's error) on as many
lines as it needs at its column's width, never cut to "…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

TALL = 100_000


class WrappingDelegate(QStyledItemDelegate):
    """Qt's item views wrap a cell's text only as tall as the row already is (its size hint
    is measured without the column's width); this one measures the wrapped text at the
    width the column has."""

    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return hint
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        view = self.view
        spanned = index.column() == 0 and view.isFirstColumnSpanned(index.row(), index.parent())
        # A row spanned over every column (a group's title) has the whole width.
        width = view.viewport().width() if spanned else view.columnWidth(index.column())
        width -= 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= option.decorationSize.width() + 2 * margin
        if width <= 0:
            return hint
        lines = option.fontMetrics.boundingRect(
            QRect(0, 0, width, TALL), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(hint.width(), max(hint.height(), lines.height() + 4))


def wrap_cells(view: QTreeView) -> None:
    """Make `view`'s cells wrap to their column's width, rows as tall as they need."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegate(WrappingDelegate(view))
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
