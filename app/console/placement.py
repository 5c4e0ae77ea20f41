"""Where a console window opens: over the window it belongs to, inside the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

MARGIN = 0.95  # of the screen's available area, at most


def place_over(window: QWidget, parent: QWidget | None) -> None:
    """Fit `window` in its screen's available area (shrunk if need be) and centre it over
    `parent`'s window, or the screen when there is none — not at the screen's corner, where
    a top-level QWidget (unlike a dialog) opens by default."""
    host = parent.window() if parent is not None else None
    screen = (host.screen() if host is not None else None) or window.screen()
    if screen is None:
        return
    space: QRect = screen.availableGeometry()
    width = min(window.width(), int(space.width() * MARGIN))
    height = min(window.height(), int(space.height() * MARGIN))
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    centre = host.frameGeometry().center() if host is not None else space.center()
    frame = window.frameGeometry()
    frame.moveCenter(centre)
    x = min(max(frame.left(), space.left()), space.right() - frame.width() + 1)
    y = min(max(frame.top(), space.top()), space.bottom() - frame.height() + 1)
    window.move(QPoint(x, y))
