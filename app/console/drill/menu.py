"""The main window's entries for drills: Operations → DR drill… and Drill history…"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .history import DrillHistoryDialog
from .window import DrillWindow

if TYPE_CHECKING:
    from ..main_window import MainWindow


def install_drills(window: MainWindow, menu: QMenu) -> None:
    """Add the drill entries to `menu`; each opens its window non-modally (one at a time)."""
    menu.addSeparator()
    drill = QAction(window.tr("&DR drill…"), window)
    drill.setObjectName("drRun")
    drill.triggered.connect(lambda: open_drill(window))
    menu.addAction(drill)
    history = QAction(window.tr("Drill &history…"), window)
    history.setObjectName("drHistory")
    history.triggered.connect(lambda: open_history(window))
    menu.addAction(history)


def open_drill(window: MainWindow) -> DrillWindow:
    """A new drill window (an earlier one that is still open stays: its drill goes on)."""
    drill = DrillWindow(window.session, window)
    window.drill_windows = [w for w in window.drill_windows if w.isVisible()]
    window.drill_windows.append(drill)
    drill.show()
    drill.raise_()
    return drill


def open_history(window: MainWindow) -> DrillHistoryDialog:
    dialog = window.drill_history
    if dialog is None or not dialog.isVisible():
        dialog = DrillHistoryDialog(window.session, window)
        window.drill_history = dialog
    dialog.show()
    dialog.raise_()
    return dialog
