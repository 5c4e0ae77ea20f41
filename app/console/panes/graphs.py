"""Live health graphs of one protected item: RPO against its target, throughput, pending.

Each series lives in a ring buffer; samples are appended as they arrive and the curves are
redrawn by a timer a few times a second (only when something changed): one curve per series,
`setData`, width-1 opaque pens, no antialiasing, time on a DateAxisItem.

The value axes speak the console's units (`FigureAxis`): bytes in binary units (KiB, MiB, as
the detail pane says them, never pyqtgraph's decimal SI prefixes), durations in s, min and h
(never "ks"); none of them goes below zero. While nothing replicates the item (failed over)
its RPO has no value (the control plane sends none) and the RPO graph's title says why.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.model import HealthSample

from .. import theme

REDRAW_MS = 250
# Each series' pen, (light, dark): contrast ≥ 3:1 on its theme's base (tests/console/test_theme.py).
SERIES = {
    "rpo": ("#1565c0", "#79b8ff"),
    "throughput": ("#2e7d32", "#6fcf73"),
    "pending": ("#6a1b9a", "#d2a8ff"),
}
CAPACITY = 4096

_BINARY = [(1024.0**n, unit) for n, unit in enumerate(("B", "KiB", "MiB", "GiB", "TiB"))]
_TIME = [(1.0, "s"), (60.0, "min"), (3600.0, "h"), (86400.0, "d")]


class FigureAxis(pg.AxisItem):
    """A value axis in one unit chosen for the top of the range: binary bytes ("bytes"),
    binary bytes per second ("rate") or a duration ("duration"); ticks at round numbers of
    that unit, the unit as the axis label."""

    def __init__(self, kind: str):
        super().__init__("left")
        self.kind = kind
        self.enableAutoSIPrefix(False)
        self.factor, self.unit = 1.0, ""
        self.scale_for(0.0)

    def scale_for(self, top: float) -> None:
        """Choose the unit for values up to `top` (and label the axis with it)."""
        steps = _TIME if self.kind == "duration" else _BINARY
        factor, unit = steps[0]
        for step_factor, step_unit in steps:
            # Minutes from 2 min on, hours from 2 h, like fmt.duration; KiB from 1 KiB.
            if top >= step_factor * (2 if self.kind == "duration" else 1):
                factor, unit = step_factor, step_unit
        if self.kind == "rate":
            unit += "/s"
        if (factor, unit) != (self.factor, self.unit):
            self.factor, self.unit = factor, unit
            self.setLabel(unit)
            self.picture = None
            self.update()

    def tickSpacing(self, minVal: float, maxVal: float, size: float):
        levels = super().tickSpacing(minVal / self.factor, maxVal / self.factor, size)
        return [(spacing * self.factor, offset * self.factor) for spacing, offset in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = spacing / self.factor
        places = 0 if step >= 1 else 1 if step >= 0.1 else 2
        return [f"{value / self.factor:.{places}f}" for value in values]


class RingBuffer:
    """The last `capacity` (time, value) pairs; NaN values break the line (unknown RPO)."""

    def __init__(self, capacity: int = CAPACITY):
        self.capacity = capacity
        self._x = np.zeros(capacity)
        self._y = np.zeros(capacity)
        self._start = 0
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def clear(self) -> None:
        self._start = self._count = 0

    def append(self, x: float, y: float) -> None:
        if self._count and x < self.last_x():
            return  # out of order (a history fetch overlapping live samples)
        end = (self._start + self._count) % self.capacity
        self._x[end], self._y[end] = x, y
        if self._count < self.capacity:
            self._count += 1
        else:
            self._start = (self._start + 1) % self.capacity

    def last_x(self) -> float:
        return float(self._x[(self._start + self._count - 1) % self.capacity])

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        index = (self._start + np.arange(self._count)) % self.capacity
        return self._x[index], self._y[index]


class HealthGraphs(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthGraphs")
        self.setAccessibleName(self.tr("Health graphs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.rpo = RingBuffer()
        self.throughput = RingBuffer()
        self.pending = RingBuffer()
        self.target: float | None = None
        self._dirty = False
        self.rpo_title = self.tr("RPO")
        self.note = ""  # why the RPO has no value now ("" when it has one)
        self.rpo_plot, self.rpo_curve = self._plot(layout, self.rpo_title, "duration", "rpoPlot")
        self.throughput_plot, self.throughput_curve = self._plot(
            layout, self.tr("Throughput"), "rate", "throughputPlot"
        )
        self.pending_plot, self.pending_curve = self._plot(
            layout, self.tr("Pending"), "bytes", "pendingPlot"
        )
        self.target_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            label=self.tr("warning above"),
            labelOpts={"position": 0.05, "anchors": [(0, 0), (0, 0)]},  # below the line
        )
        self.target_line.hide()
        self.rpo_plot.addItem(self.target_line)
        self.throughput_plot.setXLink(self.rpo_plot)
        self.pending_plot.setXLink(self.rpo_plot)
        self.apply_theme()
        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()

    def _plot(
        self, layout: QVBoxLayout, title: str, kind: str, name: str
    ) -> tuple[pg.PlotWidget, pg.PlotDataItem]:
        plot = pg.PlotWidget(
            axisItems={"bottom": pg.DateAxisItem(orientation="bottom"), "left": FigureAxis(kind)}
        )
        plot.setObjectName(name)
        plot.setAccessibleName(title)
        plot.setMinimumHeight(75)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        item = plot.getPlotItem()
        item.setTitle(title, size="9pt")
        item.showGrid(x=True, y=True, alpha=0.15)
        item.getAxis("left").setWidth(60)
        curve = plot.plot(antialias=False)
        layout.addWidget(plot)
        return plot, curve

    def sizeHint(self) -> QSize:
        """Three plots of a useful height, not pyqtgraph's 480 px each: the detail pane's
        scroll area lays out by size hints where a label wraps, and scrolled the graphs out
        of sight on a 1600×1000 screen."""
        return QSize(400, 3 * 90)

    def apply_theme(self) -> None:
        """The graphs in the colours of the theme applied (light or dark); again whenever
        the application's palette changes (View → Theme)."""
        colours = theme.current()
        dark = colours.name == "dark"
        for plot, curve, series in (
            (self.rpo_plot, self.rpo_curve, "rpo"),
            (self.throughput_plot, self.throughput_curve, "throughput"),
            (self.pending_plot, self.pending_curve, "pending"),
        ):
            plot.setBackground(colours.base)
            item = plot.getPlotItem()
            item.setTitle(item.titleLabel.text, color=colours.text, size="9pt")
            for axis in ("left", "bottom"):
                item.getAxis(axis).setPen(pg.mkPen(colours.disabled_text))
                item.getAxis(axis).setTextPen(pg.mkPen(colours.window_text))
            curve.setPen(pg.mkPen(SERIES[series][dark], width=1))
        target = colours.colour("critical")
        self.target_line.setPen(pg.mkPen(target, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.target_line.label.setColor(target)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.apply_theme()

    def clear(self) -> None:
        for buffer in (self.rpo, self.throughput, self.pending):
            buffer.clear()
        self._dirty = True
        self.redraw()

    def set_target(self, seconds: float | None) -> None:
        """The RPO line the item is judged by: warning above it (twice the copy frequency,
        `rpo_warning_seconds`); the RPO's normal sawtooth stays under it."""
        self.target = seconds
        if seconds is None:
            self.target_line.hide()
        else:
            self.target_line.setValue(seconds)
            self.target_line.show()
        self._dirty = True

    def set_note(self, note: str) -> None:
        """Why the RPO has no value now (failed over, …), in the RPO graph's title; "" when
        it has one."""
        if note == self.note:
            return
        self.note = note
        title = self.tr("{0} — {1}").format(self.rpo_title, note) if note else self.rpo_title
        self.rpo_plot.getPlotItem().setTitle(title, color=theme.current().text, size="9pt")

    def add(self, sample: HealthSample) -> None:
        x = sample.time.timestamp()
        self.rpo.append(x, np.nan if sample.rpo_seconds is None else sample.rpo_seconds)
        self.throughput.append(x, sample.throughput_bps)
        self.pending.append(x, sample.pending_bytes)
        self._dirty = True

    def add_many(self, samples: list[HealthSample]) -> None:
        for sample in sorted(samples, key=lambda s: s.time):
            self.add(sample)

    def redraw(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for buffer, curve in (
            (self.rpo, self.rpo_curve),
            (self.throughput, self.throughput_curve),
            (self.pending, self.pending_curve),
        ):
            x, y = buffer.arrays()
            curve.setData(x, y, connect="finite")
        for buffer, plot, floor in (
            (self.rpo, self.rpo_plot, self.target or 0.0),
            (self.throughput, self.throughput_plot, 0.0),
            (self.pending, self.pending_plot, 0.0),
        ):
            values = buffer.arrays()[1]
            finite = values[np.isfinite(values)]
            top = max(float(finite.max()) if finite.size else 0.0, floor)
            axis = plot.getPlotItem().getAxis("left")
            if isinstance(axis, FigureAxis):
                axis.scale_for(top)
            # Never below zero (no negative bytes or seconds), some room above the top.
            plot.setYRange(0, top * 1.15 if top > 0 else 1.0, padding=0)

    def latest_time(self) -> datetime | None:
        if not len(self.rpo):
            return None
        return datetime.fromtimestamp(self.rpo.last_x()).astimezone()
