"""The tray: an icon showing overall health, one message per critical cause (rate-limited),
and a menu (Show console, Dashboard, Quit).

One message per cause: an alert that follows a condition (its `cause`) is said once while it
is open, however often the control plane updates it (a cut link's alert lists more VMs,
escalates from warning to critical); once resolved, its cause is news again.

Clicking a message brings the main window forward with the alert's object selected. Where the
desktop has no tray the icon is simply not shown; the rest keeps working (the window's menu
still offers everything), and `messages` still records what would have been said.

Rate limit: a critical alert is shown at once when no message was shown in the last
`min_interval` seconds; alerts arriving sooner are held, and once the interval has passed they
are shown together as one message ("3 critical alerts"), pointing at the newest.

One message per site: the control plane's "protection at risk" alert for a recovery site
(cause `replica-unreachable:<site>`, a warning listing the VMs that cannot reach it) is said
too, once for the site, never per VM. While a site is down, its own alert, its hosts' agents
and its protection-at-risk alert are one condition: after the site's message the others are
folded into it (counted in `folded`, not said again), and held ones are said as one message
for the site.
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
from app.domain.model import Alert, Cloud, Host, ProtectedItem, Site

from .alert_text import alert_text
from .dashboard.summary import REPLICA_KEPT, overall_health, recovery_site
from .resources import icon
from .session import Session

MIN_INTERVAL_SECONDS = 60.0
AT_RISK_CAUSE = "replica-unreachable:"
GATHER_MS = 300
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
        self._site_said: dict[str, float] = {}  # down site → when its message was shown
        self.folded = 0  # alerts told as part of their site's message
        self._notified: deque[str] = deque(maxlen=500)  # causes (or alert ids) already said
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
            cache.on_object(self._object, kinds=("protected-item", "site")),
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
        if not isinstance(alert, Alert):
            return
        key = alert.cause or alert.id  # one message per cause, however often it is updated
        if alert.resolved_at is not None:
            if key in self._notified:
                self._notified.remove(key)  # it ended: its return is news again
            return
        at_risk = (alert.cause or "").startswith(AT_RISK_CAUSE)
        if alert.severity != Severity.CRITICAL and not at_risk:
            return
        if key in self._notified:
            return
        self._notified.append(key)
        site = self._down_site(alert)
        said = self._site_said.get(site or "")
        if site is not None and said is not None and self.clock() - said < self.min_interval:
            self.folded += 1  # the site's message said it already
            return
        self._held.append(alert)
        # A moment's gathering: the rest of the same change (a site's hosts, the site itself
        # going down) reaches the cache first, so one outage is told as one message.
        QTimer.singleShot(GATHER_MS, self._flush)

    def _replicating_to(self, site_id: str) -> int:
        """Protected items whose replica is kept at the site."""
        cache = self.session.cache
        count = 0
        for item in cache.objects("protected-item").values():
            if isinstance(item, ProtectedItem) and item.replication_state in REPLICA_KEPT:
                site = recovery_site(cache, item)
                count += site is not None and site.id == site_id
        return count

    def _down_site(self, alert: Alert) -> str | None:
        """The site whose outage the alert is part of (the site's own, one of its hosts', its
        protection-at-risk alert), when that site is down; otherwise None."""
        cache = self.session.cache
        site_id = ""
        if (alert.cause or "").startswith(AT_RISK_CAUSE) or alert.object_kind == "site":
            site_id = alert.object_id
        elif alert.object_kind == "host":
            host = cache.get("host", alert.object_id)
            cloud = cache.get("cloud", host.cloud_id) if isinstance(host, Host) else None
            site_id = cloud.site_id if isinstance(cloud, Cloud) else ""
        site = cache.get("site", site_id) if site_id else None
        return site.id if isinstance(site, Site) and not site.up else None

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
        sites = {self._down_site(alert) for alert in alerts}
        site_id = next(iter(sites)) if len(sites) == 1 else None
        site = self.session.cache.get("site", site_id) if site_id else None
        at_risk = [a for a in alerts if (a.cause or "").startswith(AT_RISK_CAUSE)]
        if isinstance(site, Site):
            # One site's outage: one message for the site, whatever it raised.
            own = next((a for a in alerts if a.object_kind == "site" and a not in at_risk), None)
            title = self.tr("Site {0} is down").format(site.name)
            if own is not None:
                text = alert_text(own)
                replicating = self._replicating_to(site.id)
                if replicating:
                    text += " " + self.tr(
                        "Protection is at risk for {0} protected VMs replicating there: their "
                        "changes are not replicated, and they cannot fail over there."
                    ).format(replicating)
            else:
                text = alert_text(at_risk[-1] if at_risk else latest)
            latest = own or (at_risk[-1] if at_risk else latest)
            self._site_said[site.id] = self.clock()
        elif len(alerts) == 1 and at_risk:
            title = self.tr("Protection at risk")
            text = alert_text(latest)
        elif len(alerts) == 1:
            title = self.tr("Critical alert")
            text = alert_text(latest)
        else:
            title = self.tr("{0} critical alerts").format(len(alerts))
            text = self.tr("Latest: {0}").format(alert_text(latest))
        message = TrayMessage(title, text, latest.object_kind, latest.object_id, len(alerts))
        self._last_shown = self.clock()
        self._target = (latest.object_kind, latest.object_id)
        self.messages.append(message)
        if self.available:
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if at_risk and len(at_risk) == len(alerts)
                else QSystemTrayIcon.MessageIcon.Critical
            )
            self.icon.showMessage(title, text, kind, 15_000)
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
