"""The dashboard's view: its tiles laid out for a wall screen, sized to the screen, shown
full screen on the chosen one. `DashboardWindow` fills it from the summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Health

from .. import theme
from ..resources import icon
from .summary import ACTIVE_JOB_COUNT, CRITICAL_ALERT_COUNT, WORST_RPO_COUNT
from .widgets import Tile, elided, label, set_colour, style_sheet


def choose_screen(index: int | None):
    """Screen number `index` (0-based) or the primary screen when it does not exist."""
    screens = QGuiApplication.screens()
    if index is not None and 0 <= index < len(screens):
        return screens[index]
    return QGuiApplication.primaryScreen()


class DashboardView(QWidget):
    """Every tile of the dashboard, made once; dark whatever the application's theme."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.theme = theme.DARK
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("Standby dashboard"))
        self.setWindowIcon(icon("standby"))
        self.setPalette(theme.palette(self.theme))
        self.setAutoFillBackground(True)
        self._unit = 0.0
        self._screen_watched: QScreen | None = None  # full screen on it: keep its geometry
        self._watching = False
        self._build()
        self._apply_scale()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 24)
        outer.setSpacing(18)
        header = QHBoxLayout()
        self.title = label("header", self.tr("Standby"), "dashboardTitle")
        self.overall = label("header", "", "overallHealth")
        self.live = label("clock", "", "liveState")
        self.clock = label("clock", "", "dashboardClock")
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.overall)
        header.addSpacing(40)
        header.addWidget(self.live)
        header.addSpacing(40)
        header.addWidget(self.clock)
        outer.addLayout(header)

        self.stale_banner = QFrame()
        self.stale_banner.setObjectName("staleBanner")
        self.stale_banner.setAccessibleName(self.tr("Data is not live"))
        banner = QHBoxLayout(self.stale_banner)
        banner.setContentsMargins(20, 10, 20, 10)
        self.stale_text = label("banner", "", "staleText")
        self.stale_text.setWordWrap(True)
        set_colour(self.stale_text, "#ffd27a")
        banner.addWidget(self.stale_text, 1)
        self.stale_banner.hide()
        outer.addWidget(self.stale_banner)

        top = QHBoxLayout()
        top.setSpacing(18)
        outer.addLayout(top, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(18)
        outer.addLayout(bottom, 2)

        # Above: four figures.
        self.items_tile = Tile(self.tr("Protected VMs"), "tileItems")
        # The total on the left, its split by health stacked beside it.
        figures = QHBoxLayout()
        figures.setSpacing(28)
        self.items_total = label("big", "", "itemsTotal")
        figures.addWidget(self.items_total, 0, Qt.AlignmentFlag.AlignTop)
        counts = QVBoxLayout()
        counts.setSpacing(0)
        self.health_labels: dict[Health, QLabel] = {}
        for health in reversed(Health):  # critical first
            widget = label("body", "", f"items{health.value.capitalize()}")
            self.health_labels[health] = widget
            counts.addWidget(widget)
        figures.addLayout(counts)
        figures.addStretch(1)
        self.items_tile.layout_.addLayout(figures)
        self.items_tile.layout_.addStretch(1)

        self.rpo_tile = Tile(self.tr("RPO compliance"), "tileRpo")
        self.rpo_percent = self.rpo_tile.add(label("big", "", "rpoPercent"))
        self.rpo_detail = self.rpo_tile.add(label("small", "", "rpoDetail"))
        self.rpo_detail.setWordWrap(True)
        # The rule behind "within target", the one the tree and the detail pane judge by.
        self.rpo_rule = self.rpo_tile.add(label("small", "", "rpoRule"))
        self.rpo_rule.setWordWrap(True)
        # Why compliance dropped when items cannot reach their recovery host (hidden otherwise).
        self.rpo_risk = self.rpo_tile.add(label("small", "", "rpoAtRisk"))
        self.rpo_risk.setWordWrap(True)
        self.rpo_risk.hide()
        self.rpo_tile.layout_.addStretch(1)

        self.sites_tile = Tile(self.tr("Sites"), "tileSites")
        self.sites_total = self.sites_tile.add(label("big", "", "sitesUp"))
        self.site_rows = [self.sites_tile.add(elided("body", f"site{n}")) for n in range(4)]
        self.sites_tile.layout_.addStretch(1)

        self.jobs_count_tile = Tile(self.tr("Active jobs"), "tileJobCount")
        self.jobs_total = self.jobs_count_tile.add(label("big", "", "jobsActive"))
        self.jobs_waiting = self.jobs_count_tile.add(label("small", "", "jobsWaiting"))
        self.jobs_waiting.setWordWrap(True)
        self.jobs_count_tile.layout_.addStretch(1)

        self.jobs_tile = Tile(self.tr("Jobs in progress"), "tileJobs")
        self.job_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []
        for n in range(ACTIVE_JOB_COUNT):
            row = QGridLayout()
            name = elided("small", f"job{n}")
            percent = label("small", "", f"jobPercent{n}")
            percent.setAlignment(Qt.AlignmentFlag.AlignRight)
            bar = QProgressBar()
            bar.setObjectName(f"jobBar{n}")
            bar.setTextVisible(False)
            bar.setRange(0, 1000)
            row.addWidget(name, 0, 0)
            row.addWidget(percent, 0, 1)
            row.addWidget(bar, 1, 0, 1, 2)
            row.setColumnStretch(0, 1)
            self.jobs_tile.layout_.addLayout(row)
            self.job_rows.append((name, bar, percent))
        self.jobs_tile.layout_.addStretch(1)

        stats = (self.items_tile, self.rpo_tile, self.sites_tile, self.jobs_count_tile)
        for tile in stats:
            top.addWidget(tile, 1)

        self.rpo_table = Tile(self.tr("Worst RPO"), "tileWorstRpo")
        table = QGridLayout()
        table.setHorizontalSpacing(24)
        table.setVerticalSpacing(2)
        # The line each RPO is judged by: twice the copy frequency (rpo_standing).
        headers = (self.tr("VM"), self.tr("RPO"), self.tr("Warning above"), "")
        for column, text in enumerate(headers):
            table.addWidget(label("head", text.upper()), 0, column)
        self.rpo_rows: list[tuple[QLabel, ...]] = []
        for n in range(WORST_RPO_COUNT):
            cells = (
                elided("body", f"rpoVm{n}"),
                label("body", "", f"rpoValue{n}"),
                label("body", "", f"rpoTarget{n}"),
                label("body", "", f"rpoHealth{n}"),
            )
            for column, cell in enumerate(cells):
                table.addWidget(cell, n + 1, column)
            self.rpo_rows.append(cells)
        table.setColumnStretch(0, 1)
        self.rpo_table.layout_.addLayout(table)
        self.rpo_table.layout_.addStretch(1)

        self.alerts_tile = Tile(self.tr("Critical alerts"), "tileAlerts")
        self.alert_rows: list[tuple[QLabel, QLabel]] = []
        for n in range(CRITICAL_ALERT_COUNT):
            alert_row = QHBoxLayout()
            when = label("small", "", f"alertTime{n}")
            when.setAlignment(Qt.AlignmentFlag.AlignTop)
            # Two lines, broken between words: a host's name is never cut in two.
            message = elided("small", f"alertMessage{n}", max_lines=2)
            alert_row.addWidget(when, 0, Qt.AlignmentFlag.AlignTop)
            alert_row.addWidget(message, 1)
            self.alerts_tile.layout_.addLayout(alert_row)
            self.alert_rows.append((when, message))
        self.alerts_tile.layout_.addStretch(1)

        # Below: the worst RPOs (left), jobs in progress and critical alerts (right).
        bottom.addWidget(self.rpo_table, 6)
        right = QVBoxLayout()
        right.setSpacing(18)
        self._outer, self._gaps = outer, (outer, top, bottom, right)
        right.addWidget(self.jobs_tile, 1)
        right.addWidget(self.alerts_tile, 1)
        bottom.addLayout(right, 5)

    def _apply_scale(self) -> None:
        unit = max(self.height(), 540) / 1080
        if abs(unit - self._unit) < 0.01:
            return
        self._unit = unit
        t = self.theme
        self.setStyleSheet(
            style_sheet(unit, t.window, t.base, t.text, t.colour("unknown"), t.button)
        )

        # Margins and gaps scale with the type, so a 720-line screen holds every row too.
        def px(size: float) -> int:
            return max(2, round(size * unit))

        self._outer.setContentsMargins(px(28), px(20), px(28), px(24))
        for layout in self._gaps:
            layout.setSpacing(px(18))
        for tile in self.findChildren(Tile):
            tile.layout_.setContentsMargins(px(20), px(14), px(20), px(14))
            tile.layout_.setSpacing(px(6))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_scale()

    # --- showing ----------------------------------------------------------------------------

    def show_on(self, screen_index: int | None = None, full_screen: bool = True) -> None:
        """Show on screen number `screen_index` (the primary one when absent).

        Full screen takes the screen's geometry explicitly, before and after asking for full
        screen: a kiosk runs the app alone under X with no window manager, where nothing
        honours the request and the window would keep its own size. It follows the screen
        when its geometry changes (a resolution set after start)."""
        screen = choose_screen(screen_index)
        self._screen_watched = screen if full_screen else None
        if screen is not None:
            self.setScreen(screen)
            area = screen.geometry() if full_screen else screen.availableGeometry()
            self.setGeometry(area)
            if full_screen and not self._watching:
                screen.geometryChanged.connect(self._fill_screen)
                self._watching = True
        if full_screen:
            self.showFullScreen()
            self._fill_screen()
        else:
            self.show()

    def _fill_screen(self, *_args) -> None:
        screen = self._screen_watched
        if screen is None or not self.isFullScreen():
            return
        if self.geometry() != screen.geometry():
            self.setGeometry(screen.geometry())

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
            self._fill_screen()
