"""The dashboard's building blocks: tiles, labels that elide, rows that are reused.

Every widget is made once and only its text and colour change afterwards: the dashboard runs
for weeks, so nothing is created per refresh.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


def set_colour(label: QLabel, colour: str) -> None:
    """Give a label its text colour, touching its style sheet only when the colour changes."""
    if label.property("colour") != colour:
        label.setProperty("colour", colour)
        label.setStyleSheet(f"color: {colour};")


def set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def fit_lines(text: str, width: int, advance, max_lines: int) -> list[str]:
    """`text` on at most `max_lines` lines of `width` pixels (`advance(s)` measures a string):
    broken between words, never inside one (a host name such as sto-silver-hv01 stays whole);
    what does not fit ends the last line in '…' after a whole word. Only a single word wider
    than a line is cut, since nothing else can show it."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for n, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if advance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            current = ""
            rest = words[n:]
            break
    else:
        rest = []
    if current:
        lines.append(current)
    if len(lines) > max_lines or rest:
        lines = lines[:max_lines]
        last = lines[-1].split()
        while last and advance(" ".join(last) + " …") > width:
            last.pop()
        lines[-1] = " ".join(last) + " …" if last else "…"
    return lines


class ElidedLabel(QLabel):
    """A label of at most `max_lines` lines that wraps between words and ends in '…' after a
    whole word when its text does not fit (alert messages: never cut inside a name)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, max_lines: int = 1):
        super().__init__(text, parent)
        self.max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def lines(self, width: int | None = None, max_lines: int | None = None) -> list[str]:
        """The lines as painted: at most `max_lines` (default: as many as the label's height
        holds, up to its `max_lines` — a squeezed layout gets one line, still whole words)."""
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        width = rect.width() if width is None else width
        if max_lines is None:
            fits = rect.height() // max(1, metrics.lineSpacing())
            max_lines = max(1, min(self.max_lines, fits))
        if max_lines == 1 and " " not in self.text().strip():
            return [metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, width)]
        return fit_lines(self.text(), width, metrics.horizontalAdvance, max_lines)

    def hasHeightForWidth(self) -> bool:
        return self.max_lines > 1

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        count = max(1, len(self.lines(inner, self.max_lines)))
        return count * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        if self.max_lines > 1:
            self.updateGeometry()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        rect = self.contentsRect()
        painter.setPen(self.palette().color(self.foregroundRole()))
        lines = self.lines(rect.width())
        # A one-line label is centred as the layout placed it; a wrapping one starts at the
        # top, level with what stands beside it (an alert's time).
        top = rect.top()
        if self.max_lines == 1:
            top += (rect.height() - metrics.lineSpacing()) // 2
        for line in lines:
            painter.drawText(
                rect.left(),
                top,
                rect.width(),
                metrics.lineSpacing(),
                int(self.alignment()),
                line,
            )
            top += metrics.lineSpacing()


class Tile(QFrame):
    """A dark panel with a title above its content."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tile", True)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 14, 20, 14)
        self.layout_.setSpacing(6)
        self.title = QLabel(title.upper())
        self.title.setProperty("role", "title")
        self.layout_.addWidget(self.title)

    def add(self, widget: W, stretch: int = 0) -> W:
        self.layout_.addWidget(widget, stretch)
        return widget


def label(role: str, text: str = "", name: str = "") -> QLabel:
    """A label whose size comes from the dashboard's style sheet by role (big, body, …)."""
    widget = QLabel(text)
    widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def elided(role: str, name: str = "", max_lines: int = 1) -> ElidedLabel:
    widget = ElidedLabel(max_lines=max_lines)
    widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def style_sheet(unit: float, window: str, tile: str, text: str, dim: str, track: str) -> str:
    """The dashboard's style: sizes in pixels scaled by `unit` (1.0 on a 1080-line screen)."""

    def px(size: float) -> str:
        return f"{max(8, round(size * unit))}px"

    return f"""
#dashboard {{ background: {window}; }}
QFrame[tile="true"] {{ background: {tile}; border-radius: {px(12)}; }}
QLabel {{ color: {text}; font-size: {px(34)}; }}
QLabel[role="title"] {{ color: {dim}; font-size: {px(24)}; font-weight: 600;
    letter-spacing: 1px; }}
QLabel[role="big"] {{ font-size: {px(88)}; font-weight: 700; }}
QLabel[role="medium"] {{ font-size: {px(40)}; font-weight: 600; }}
QLabel[role="body"] {{ font-size: {px(34)}; }}
QLabel[role="small"] {{ font-size: {px(28)}; }}
QLabel[role="head"] {{ color: {dim}; font-size: {px(24)}; font-weight: 600; }}
QLabel[role="banner"] {{ font-size: {px(34)}; font-weight: 700; }}
QLabel[role="header"] {{ font-size: {px(40)}; font-weight: 700; }}
QLabel[role="clock"] {{ font-size: {px(40)}; font-weight: 600; }}
QFrame#staleBanner {{ background: #3d2a00; border: {px(3)} solid #f5b042;
    border-radius: {px(10)}; }}
QProgressBar {{ background: {track}; border: none; border-radius: {px(6)};
    min-height: {px(16)}; max-height: {px(16)}; }}
QProgressBar::chunk {{ background: #3370c8; border-radius: {px(6)}; }}
"""
