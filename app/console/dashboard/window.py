"""The NOC dashboard: one full-screen dark window, readable from across the room.

It renders `summarize(cache)` once a second when something changed (and every second while
stale, so the data's age counts up). It never opens a dialog: a lost connection — or a
control plane that cannot read replication status — shows as a banner and greyed figures,
the cache reconnects by itself, and a refused token is retried every minute rather than
asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from app.client.cache import now
from app.domain.enums import Health
from app.domain.health import rpo_warning_seconds

from .. import formatting as fmt
from ..alert_text import alert_text
from ..session import Session
from .layout import DashboardView
from .summary import DashboardSummary, summarize
from .widgets import set_colour, set_text

OFFLINE_RETRY_SECONDS = 60
_STATUS = {Health.NORMAL: "normal", Health.WARNING: "warning", Health.CRITICAL: "critical"}


class DashboardWindow(DashboardView):
    closed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.summary: DashboardSummary | None = None
        self._dirty = True
        self._offline_for = 0
        cache = session.cache
        self._unsubscribe = [
            cache.on_object(self._changed),
            cache.on_status(lambda _status: self._changed(render=True)),
        ]
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._install_actions()
        self.refresh()

    def _install_actions(self) -> None:
        """F11 and Ctrl+Q, also on the right-click menu. Escape does nothing: a wall screen
        stays full screen whatever key someone brushes (F11 or the menu leaves it)."""
        self.full_screen_action = QAction(self.tr("&Full screen"), self)
        self.full_screen_action.setObjectName("dashboardFullScreen")
        self.full_screen_action.setShortcut(QKeySequence("F11"))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.toggle_full_screen)
        close = QAction(self.tr("&Close the dashboard"), self)
        close.setObjectName("dashboardClose")
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        close.triggered.connect(self.close)
        for action in (self.full_screen_action, close):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.full_screen_action.setChecked(self.isFullScreen())

    # --- refreshing -------------------------------------------------------------------------

    def _changed(self, *_args, render: bool = False) -> None:
        self._dirty = True
        if render:
            self.refresh()

    def _tick(self) -> None:
        status = self.session.cache.status
        if status.state == "offline" and not self.session.cache.running:
            # A refused token or a stopped cache: try again now and then, never ask.
            self._offline_for += 1
            if self._offline_for >= OFFLINE_RETRY_SECONDS:
                self._offline_for = 0
                self.session.spawn(self.session.cache.start(), "dashboard-reconnect")
        else:
            self._offline_for = 0
        if self._dirty or status.state != "connected" or status.figures_stale:
            self.refresh()
        else:
            set_text(self.clock, now().astimezone().strftime("%H:%M:%S"))

    def refresh(self) -> None:  # not `render`: that would hide QWidget.render
        self._dirty = False
        s = summarize(self.session.cache)
        self.summary = s
        t = self.theme
        dim = t.colour("unknown")

        def colour(status: str) -> str:
            return dim if s.stale else t.colour(status)

        vault = self.session.cache.vault
        name = vault.name if vault is not None else ""
        set_text(
            self.title,
            self.tr("Standby · {0}").format(name) if name not in ("", "Standby") else "Standby",
        )
        set_text(self.clock, s.at.astimezone().strftime("%H:%M:%S"))
        overall = {
            Health.NORMAL: self.tr("All normal"),
            Health.WARNING: self.tr("Warning"),
            Health.CRITICAL: self.tr("Critical"),
        }[s.overall]
        set_text(self.overall, "● " + overall)
        set_colour(self.overall, colour(_STATUS[s.overall]))
        if s.stale:
            set_text(self.live, self.tr("STALE"))
            set_colour(self.live, t.colour("warning"))
        else:
            set_text(self.live, self.tr("LIVE"))
            set_colour(self.live, t.colour("normal"))
        self._render_stale(s)

        set_text(self.items_total, str(s.items))
        plain = dim if s.stale else t.text  # figures without a status colour grey out too
        for widget in (self.items_total, self.rpo_detail):
            set_colour(widget, plain)
        for health, widget in self.health_labels.items():
            set_text(widget, f"{s.health[health]} {fmt.health(health).lower()}")
            set_colour(widget, colour(_STATUS[health]) if s.health[health] else dim)

        compliance = s.rpo_compliance
        set_text(self.rpo_percent, "—" if compliance is None else f"{compliance:.0f} %")
        level = (
            "unknown"
            if compliance is None
            else "normal"
            if compliance >= 99.5
            else "warning"
            if compliance >= 90
            else "critical"
        )
        set_colour(self.rpo_percent, colour(level))
        set_text(
            self.rpo_detail,
            self.tr("{0} of {1} within target").format(s.rpo_compliant, s.rpo_measured),
        )
        rule = self.tr("Target: RPO ≤ 2 × copy frequency")
        if s.failed_over:
            rule += " · " + self.tr("{0} failed over: not counted").format(s.failed_over)
        set_text(self.rpo_rule, rule)
        set_colour(self.rpo_rule, dim)
        if s.at_risk:
            sites = ", ".join(s.at_risk_sites) or self.tr("the recovery site")
            set_text(
                self.rpo_risk,
                self.tr("{0} at risk: {1} unreachable, changes not replicated").format(
                    s.at_risk, sites
                ),
            )
            set_colour(self.rpo_risk, colour("warning"))
            self.rpo_risk.show()
        else:
            self.rpo_risk.hide()

        set_text(self.sites_total, self.tr("{0}/{1} up").format(s.sites_up, len(s.sites)))
        set_colour(self.sites_total, colour("critical" if s.sites_down else "normal"))
        for n, site_row in enumerate(self.site_rows):
            if n < len(s.sites):
                site = s.sites[n]
                state = self.tr("UP") if site.up else self.tr("DOWN")
                vmm = "" if site.vmm_connected or not site.up else self.tr(" · VMM disconnected")
                set_text(site_row, f"● {site.name}  {state}{vmm}")
                set_colour(
                    site_row,
                    colour(
                        "normal"
                        if site.up and site.vmm_connected
                        else "critical"
                        if not site.up
                        else "warning"
                    ),
                )
                site_row.show()
            else:
                site_row.hide()

        set_text(self.jobs_total, str(s.active_job_count))
        waiting = sum(1 for job in s.active_jobs if job.state.value == "waiting")
        set_text(
            self.jobs_waiting,
            self.tr("{0} waiting for an operator").format(waiting) if waiting else "",
        )
        set_colour(self.jobs_waiting, colour("warning"))
        set_colour(self.jobs_total, colour("info") if s.active_job_count else dim)
        for n, (job_name, bar, percent) in enumerate(self.job_rows):
            visible = n < len(s.active_jobs)
            for job_widget in (job_name, bar, percent):
                job_widget.setVisible(visible)
            if visible:
                job = s.active_jobs[n]
                text = f"{fmt.operation(job.operation)} · {job.object_name}"
                if job.state.value == "waiting":
                    text += self.tr(" (waiting for an operator)")
                set_text(job_name, text)
                set_colour(job_name, plain)
                set_colour(percent, plain)
                set_text(percent, f"{job.progress * 100:.0f} %")
                bar.setValue(round(job.progress * 1000))

        for n, cells in enumerate(self.rpo_rows):
            if n < len(s.worst_rpo):
                rpo = s.worst_rpo[n]
                status = _STATUS[rpo.health]
                texts = (
                    rpo.vm_name,
                    fmt.duration(rpo.rpo_seconds)
                    if rpo.rpo_seconds is not None
                    else self.tr("no recovery point"),
                    fmt.duration(rpo_warning_seconds(rpo.target_seconds)),
                    "● " + fmt.health(rpo.health),
                )
                for cell, text in zip(cells, texts, strict=True):
                    set_text(cell, text)
                    cell.show()
                set_colour(cells[0], dim if s.stale else t.text)
                set_colour(cells[1], colour("normal" if rpo.compliant else status))
                set_colour(cells[2], dim)
                set_colour(cells[3], colour(status))
            else:
                for cell in cells:
                    cell.hide()

        set_text(
            self.alerts_tile.title,
            self.tr("CRITICAL ALERTS · {0} OPEN").format(s.critical_alert_count)
            if s.critical_alert_count
            else self.tr("CRITICAL ALERTS"),
        )
        for n, (when, message) in enumerate(self.alert_rows):
            if n < len(s.critical_alerts):
                alert = s.critical_alerts[n]
                set_text(when, fmt.clock(alert.time))
                full = self.session.cache.alerts.get(alert.id)
                text = alert_text(full) if full is not None else alert.message
                if alert.folded:
                    text += " " + self.tr("(+{0} hosts)").format(alert.folded)
                set_text(message, text)
                set_colour(when, dim)
                set_colour(message, colour("critical"))
                when.show()
                message.show()
            elif n == 0:
                set_text(when, "")
                set_text(message, self.tr("None open"))
                set_colour(message, dim)
                when.show()
                message.show()
            else:
                when.hide()
                message.hide()

    def _render_stale(self, s: DashboardSummary) -> None:
        if not s.stale:
            self.stale_banner.hide()
            return
        status = self.session.cache.status
        if s.figures_stale:
            if s.figures_age_seconds is None:
                head = self.tr("NOT LIVE — replication figures are not current")
            else:
                head = self.tr("NOT LIVE — replication figures not updated for {0}").format(
                    fmt.duration(s.figures_age_seconds)
                )
            tail = self.tr("the control plane cannot read replication status")
            set_text(self.stale_text, f"{head} · {tail}")
            self.stale_banner.setAccessibleDescription(self.stale_text.text())
            self.stale_banner.show()
            return
        if s.last_synced is None:
            head = self.tr("NOT LIVE — no data received yet")
        else:
            head = self.tr("NOT LIVE — showing data from {0} ({1} ago)").format(
                fmt.clock(s.last_synced), fmt.duration(s.data_age_seconds)
            )
        wait = status.seconds_until_retry()
        if s.state == "offline":
            tail = self.tr("not connected; retrying every minute")
        elif wait is None:
            tail = self.tr("reconnecting now…")
        else:
            tail = self.tr("reconnecting in {0}").format(fmt.duration(wait))
        set_text(self.stale_text, f"{head} · {tail}")
        self.stale_banner.setAccessibleDescription(self.stale_text.text())
        self.stale_banner.show()

    # --- closing ----------------------------------------------------------------------------

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detach()
        super().closeEvent(event)
        self.closed.emit()
