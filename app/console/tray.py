"""The tray: an icon showing overall health, one message per critical alert (rate-limited),
and a menu (Show console, Dashboard, Quit).

Clicking a message brings the main window forward with the alert's object selected. Where the
desktop has no tray the icon is simply not shown; the rest keeps working (the window's menu
still offers everything), and `messages` still records what would have been said.

Rate limit: a critical alert is shown at once when no message was shown in the last
`min_interval` seconds; alerts arriving sooner are held, and once the interval has passed they
are shown together as one message ("3 critical alerts"), pointing at the newest.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.client.api import FeedEvent
from app.client.cache import ConnectionStatus
from app.domain.enums import Health, Severity
from app.domain.model import Alert, ProtectedItem

from .dashboard.summary import overall_health
from .resources import icon
from .session import Session

MIN_INTERVAL_SECONDS = 60.0
_ICONS = {
    Health.NORMAL: "health-normal",
    Health.WARNING: "health-warning",
    Health.CRITICAL: "health-critical",
}


@dataclass(frozen=True)
class TrayMessage:
    title: str
    text: str
    object_kind: str
    object_id: str
    alerts: int  # how many alerts the message stands for


class Tray(QObject):
    show_requested = Signal()
    dashboard_requested = Signal()
    quit_requested = Signal()
    message_shown = Signal(object)  # TrayMessage

    def __init__(
        self,
        session: Session,
        select: Callable[[str, str], bool],
        *,
        min_interval: float = MIN_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.select = select
        self.min_interval = min_interval
        self.clock = clock
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.messages: deque[TrayMessage] = deque(maxlen=50)
        self.health: Health | None = None
        self._last_shown: float | None = None
        self._held: list[Alert] = []
        self._notified: deque[str] = deque(maxlen=500)  # alert ids already said
        self._target: tuple[str, str] | None = None
        self._dirty = True
        self.dashboard: QWidget | None = None  # opened from the menu, over the same session

        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.show_action = self._action(self.tr("Show console"), "trayShow", self.show_requested)
        self.dashboard_action = self._action(
            self.tr("Dashboard"), "trayDashboard", self.dashboard_requested
        )
        self.dashboard_action.setIcon(icon("dashboard"))
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), "trayQuit", self.quit_requested)
        self.status_action = QAction(self.menu)
        self.status_action.setEnabled(False)  # a heading: the overall state in words
        self.menu.insertAction(self.show_action, self.status_action)
        self.menu.insertSeparator(self.show_action)

        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self.focus_target)
        self.icon.activated.connect(self._activated)

        self._refresh = QTimer(self)
        self._refresh.setInterval(1000)
        self._refresh.timeout.connect(self._tick)
        self._refresh.start()
        cache = session.cache
        self._unsubscribe = [
            cache.on_event(self._event),
            cache.on_object(self._object),
            cache.on_status(self._status),
        ]
        self._update_icon(force=True)
        if self.available:
            self.icon.show()

    def _action(self, text: str, name: str, signal) -> QAction:
        action = QAction(text, self.menu)
        action.setObjectName(name)
        action.triggered.connect(signal.emit)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    # --- overall health ---------------------------------------------------------------------

    def _object(self, kind: str, *_args) -> None:
        if kind in ("protected-item", "site"):
            self._dirty = True

    def _status(self, _status: ConnectionStatus) -> None:
        self._update_icon(force=True)

    def _update_icon(self, force: bool = False) -> None:
        if not (self._dirty or force):
            return
        self._dirty = False
        cache = self.session.cache
        live = cache.status.state == "connected"
        health = overall_health(cache) if live else None
        if health == self.health and not force:
            return
        self.health = health
        mark = icon("disconnected" if health is None else _ICONS[health])
        self.icon.setIcon(mark)
        self.status_action.setIcon(mark)
        if health is None:
            words = self.tr("Standby: not connected (showing the last known state)")
        else:
            words = {
                Health.NORMAL: self.tr("Standby: all protected VMs healthy"),
                Health.WARNING: self.tr("Standby: warnings need attention"),
                Health.CRITICAL: self.tr("Standby: critical — see the console"),
            }[health]
        self.icon.setToolTip(words)
        self.status_action.setText(words)

    # --- critical alerts --------------------------------------------------------------------

    def _event(self, event: FeedEvent) -> None:
        # Feed events only: alerts already open at (re-)listing are not news.
        if event.type != "alert" or event.action != "upsert" or event.id is None:
            return
        alert = self.session.cache.get("alert", event.id)
        if not isinstance(alert, Alert) or alert.severity != Severity.CRITICAL:
            return
        if alert.id in self._notified:
            return
        self._notified.append(alert.id)
        self._held.append(alert)
        self._flush()

    @property
    def held(self) -> int:
        """Critical alerts waiting for the rate limit to let a message through."""
        return len(self._held)

    def _tick(self) -> None:
        self._update_icon()
        self._flush()

    def _flush(self) -> None:
        if not self._held:
            return
        if self._last_shown is not None and self.clock() - self._last_shown < self.min_interval:
            return
        held, self._held = self._held, []
        self._say(held[-1], held)

    def _say(self, latest: Alert, alerts: list[Alert]) -> None:
        if len(alerts) == 1:
            title = self.tr("Critical alert")
            text = latest.message
        else:
            title = self.tr("{0} critical alerts").format(len(alerts))
            text = self.tr("Latest: {0}").format(latest.message)
        message = TrayMessage(title, text, latest.object_kind, latest.object_id, len(alerts))
        self._last_shown = self.clock()
        self._target = (latest.object_kind, latest.object_id)
        self.messages.append(message)
        if self.available:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Critical, 15_000)
        self.message_shown.emit(message)

    def focus_target(self) -> bool:
        """The last message was clicked: bring the console forward on its object."""
        self.show_requested.emit()
        if self._target is None:
            return False
        kind, object_id = self._target
        if kind == "protected-item":
            item = self.session.cache.get("protected-item", object_id)
            if not isinstance(item, ProtectedItem):
                return False
            kind, object_id = "vm", item.vm_id
        return self.select(kind, object_id)

    def detach(self) -> None:
        if not self._unsubscribe:
            return  # detached already
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._refresh.stop()
        self.icon.hide()
        self.menu.deleteLater()


def attach(session: Session, window, min_interval: float = MIN_INTERVAL_SECONDS) -> Tray:
    """A tray for the main window: show it, open the dashboard over the same session, quit."""
    tray = Tray(session, window.select, min_interval=min_interval, parent=window)

    def show_console() -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_dashboard() -> None:
        from .dashboard.window import DashboardWindow

        dashboard = tray.dashboard
        if dashboard is None:
            dashboard = DashboardWindow(session)
            dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dashboard.closed.connect(lambda: setattr(tray, "dashboard", None))
            tray.dashboard = dashboard
            screens = QGuiApplication.screens()
            here = window.screen()
            dashboard.show_on(screens.index(here) if here in screens else None)
        dashboard.raise_()
        dashboard.activateWindow()

    def closing() -> None:
        if tray.dashboard is not None:
            tray.dashboard.close()
        tray.detach()

    tray.show_requested.connect(show_console)
    tray.dashboard_requested.connect(open_dashboard)
    tray.quit_requested.connect(window.close)
    if hasattr(window, "dashboard_requested"):
        window.dashboard_requested.connect(open_dashboard)
    window.closed.connect(closing)
    return tray
