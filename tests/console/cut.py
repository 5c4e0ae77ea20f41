"""Text that does not fit where it is shown: a label narrower or shorter than its text needs,
a button whose caption is clipped, an item view's cell that Qt elides ("Agent disconnect…"),
or a widget that hangs out of its window. Used by the layout tests and by
tools/layout_screenshots.py; it measures what Qt measures (size hints, height for width,
section widths), so a text it calls cut is one Qt draws clipped or elided."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (what does not fit scrolls there), below `top`."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget, top: QWidget) -> bool:
    """Part of the widget lies outside its window (a layout squeezed past its minimum)."""
    rect = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    return not top.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect)


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def label_cut(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    inner = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return f"wrapped to {need} px high in {label.height()} px"
        return ""
    need = label.sizeHint().width()
    if need > label.width() + SLACK and label.width() < need - (label.width() - inner.width()):
        return f"needs {need} px, has {label.width()} px"
    if label.sizeHint().height() > label.height() + SLACK:
        return f"needs {label.sizeHint().height()} px high, has {label.height()} px"
    return ""


def button_cut(button: QAbstractButton) -> str:
    if not button.text().strip():
        return ""
    need = button.sizeHint().width()
    if need > button.width() + SLACK:
        return f"needs {need} px, has {button.width()} px"
    return ""


def cells_cut(view: QAbstractItemView, limit: int = 60) -> list[str]:
    """Cells of the rows in sight whose text Qt elides to fit their column."""
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    viewport = view.viewport().rect()
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list widget's model keeps it private: one column
        columns = 1
    hidden = (
        {c for c in range(columns) if header().isSectionHidden(c)}
        if callable(header) and isinstance(header(), QHeaderView)
        else set()
    )
    index = view.indexAt(QPoint(1, 1))
    seen = 0
    while index.isValid() and seen < limit:
        if view.visualRect(index).top() > viewport.bottom():
            break
        for column in range(columns):
            if column in hidden:
                continue
            cell = index.siblingAtColumn(column)
            text = cell.data(Qt.ItemDataRole.DisplayRole)
            if not isinstance(text, str) or not text.strip():
                continue
            rect = view.visualRect(cell)
            if not rect.width():
                continue
            need = view.sizeHintForIndex(cell).width()
            wraps = bool(getattr(view, "wordWrap", lambda: False)())
            if wraps and need > rect.width() + SLACK:
                # Wrapped in its row: cut only when the lines it needs are taller than it.
                margin = 2 * (
                    view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1
                )
                lines = view.fontMetrics().boundingRect(
                    QRect(0, 0, rect.width() - margin, 100_000),
                    int(Qt.TextFlag.TextWordWrap),
                    text,
                )
                if lines.height() > rect.height() + SLACK:
                    found.append(
                        f"cell {text!r}: wraps to {lines.height()} px in a {rect.height()} px row"
                    )
            elif need > rect.width() + SLACK:
                found.append(f"cell {text!r}: needs {need} px, has {rect.width()} px")
            elif (
                rect.left() < viewport.right() < rect.right() - SLACK
                and not view.horizontalScrollBar().isVisible()
            ):
                found.append(f"cell {text!r}: runs past the view's edge")
        seen += 1
        if isinstance(view, QTreeView):
            index = view.indexBelow(index)
        else:
            index = index.sibling(index.row() + 1, 0)
    return found


def cut_texts(top: QWidget, elided_by_design: tuple[type, ...] = ()) -> list[str]:
    """Every text in `top`'s window that is shown cut, one line each (empty: all fit).
    Widgets of the `elided_by_design` types (one-line labels that end in "…" on purpose)
    are left out."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget) or widget.window() is not top.window():
            continue
        if isinstance(widget, elided_by_design):
            continue
        what = ""
        if isinstance(widget, QLabel):
            what = label_cut(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractButton) and type(widget).__name__ != "QToolButton":
            what = button_cut(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += [f"{_name(widget)} {line}" for line in cells_cut(widget)]
            continue
        else:
            continue
        if not what and text.strip() and _outside(widget, top.window()):
            # Beyond the window's edge: cut, unless a scroll area shows it when scrolled to.
            what = "" if _in_scroll_area(widget, top) else "outside its window"
        if what:
            found.append(f"{_name(widget)} {text[:60]!r}: {what}")
    return found
