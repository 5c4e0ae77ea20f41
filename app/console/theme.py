"""Light and dark themes: Qt's Fusion style with our own palettes, and the status colours.

Status colours (normal, warning, critical, unknown, info) are chosen per theme so that each
has a WCAG contrast of at least 4.5:1 against every background it is drawn on in that theme
(window, base, alternate base, button); tests/console/test_theme.py computes the ratios.

The choice (light, dark or system) lives in QSettings under "appearance/theme"; "system"
follows the desktop's colour scheme where Qt can read it, light otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle, QWidget

ThemeName = Literal["light", "dark"]
Choice = Literal["light", "dark", "system"]
CHOICES: tuple[Choice, ...] = ("light", "dark", "system")
SETTING = "appearance/theme"
MIN_CONTRAST = 4.5


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    placeholder: str
    disabled_text: str
    status: dict[str, str] = field(default_factory=dict)

    @property
    def backgrounds(self) -> tuple[str, ...]:
        """Every background a status colour may be drawn on."""
        return (self.window, self.base, self.alternate_base, self.button)

    def colour(self, status: str) -> str:
        """The colour of a status ("normal", "warning", "critical", "unknown", "info")."""
        return self.status.get(status, self.status["unknown"])


LIGHT = Theme(
    name="light",
    window="#f3f3f3",
    window_text="#1f1f1f",
    base="#ffffff",
    alternate_base="#f1f3f5",
    text="#1f1f1f",
    button="#ebebeb",
    button_text="#1f1f1f",
    highlight="#1a5fb4",
    highlighted_text="#ffffff",
    link="#1a5fb4",
    tooltip_base="#ffffdc",
    tooltip_text="#1f1f1f",
    placeholder="#6b6f74",
    disabled_text="#8a8e93",
    status={
        "normal": "#1b6e20",
        "warning": "#8a5300",
        "critical": "#b3261e",
        "unknown": "#5c6166",
        "info": "#1a5fb4",
    },
)

DARK = Theme(
    name="dark",
    window="#1f2124",
    window_text="#e8eaed",
    base="#16181b",
    alternate_base="#1c1f22",
    text="#e8eaed",
    button="#2b2e33",
    button_text="#e8eaed",
    highlight="#3370c8",
    highlighted_text="#ffffff",
    link="#79b8ff",
    tooltip_base="#2b2e33",
    tooltip_text="#e8eaed",
    placeholder="#9aa0a6",
    disabled_text="#80868b",
    status={
        "normal": "#6fcf73",
        "warning": "#f5b042",
        "critical": "#ff7b72",
        "unknown": "#a4a9ae",
        "info": "#79b8ff",
    },
)

THEMES: dict[ThemeName, Theme] = {"light": LIGHT, "dark": DARK}
_current: Theme = LIGHT


def _luminance(colour: str) -> float:
    value = colour.lstrip("#")
    channels = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours (1 to 21)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    R, G = QPalette.ColorRole, QPalette.ColorGroup
    for role, colour in (
        (R.Window, theme.window),
        (R.WindowText, theme.window_text),
        (R.Base, theme.base),
        (R.AlternateBase, theme.alternate_base),
        (R.Text, theme.text),
        (R.Button, theme.button),
        (R.ButtonText, theme.button_text),
        (R.BrightText, theme.status["critical"]),
        (R.Highlight, theme.highlight),
        (R.HighlightedText, theme.highlighted_text),
        (R.Link, theme.link),
        (R.LinkVisited, theme.link),
        (R.ToolTipBase, theme.tooltip_base),
        (R.ToolTipText, theme.tooltip_text),
        (R.PlaceholderText, theme.placeholder),
    ):
        p.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(G.Disabled, role, QColor(theme.disabled_text))
    p.setColor(G.Disabled, R.Highlight, QColor(theme.button))
    # Fusion derives bevels from these: keep them in the theme's own range.
    dark = theme.name == "dark"
    p.setColor(R.Light, QColor(theme.button).lighter(150 if dark else 110))
    p.setColor(R.Midlight, QColor(theme.button).lighter(125 if dark else 105))
    p.setColor(R.Mid, QColor(theme.button).darker(130 if dark else 120))
    p.setColor(R.Dark, QColor(theme.button).darker(170 if dark else 150))
    p.setColor(R.Shadow, QColor("#000000"))
    return p


# Radio buttons and check boxes: Fusion draws their rims a shade off the background, which
# in the dark palette all but disappears (which network a test failover starts in could not
# be seen). Drawn here instead: a rim of the theme's placeholder grey (≥ 3:1 against every
# background, WCAG's rule for the parts of a control) and, when on, the accent colour.
INDICATOR_MIN_CONTRAST = 3.0


def indicator_colours(theme: Theme) -> tuple[str, str]:
    """(rim, accent) of radio buttons and check boxes in `theme`."""
    return theme.placeholder, theme.link


class ConsoleStyle(QProxyStyle):
    """Fusion, with radio buttons and check boxes that read in both themes."""

    def name(self) -> str:
        return self.baseStyle().name()  # "fusion": it is Fusion, one primitive aside

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        E = QStyle.PrimitiveElement
        if element not in (E.PE_IndicatorRadioButton, E.PE_IndicatorCheckBox):
            super().drawPrimitive(element, option, painter, widget)
            return
        S = QStyle.StateFlag
        state = option.state
        enabled = bool(state & S.State_Enabled)
        on = bool(state & S.State_On)
        partial = bool(state & S.State_NoChange)
        rim_colour, accent = indicator_colours(_current)
        rim = QColor(rim_colour if enabled else _current.disabled_text)
        fill = QColor(accent if enabled else _current.disabled_text)
        rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        side = min(rect.width(), rect.height())
        rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = option.palette.color(QPalette.ColorRole.Base)
        if element == E.PE_IndicatorRadioButton:
            painter.setPen(QPen(fill if on else rim, 1.5))
            painter.setBrush(base)
            painter.drawEllipse(rect)
            if on:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill)
                inset = side * 0.27
                painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
        else:
            painter.setPen(QPen(fill if (on or partial) else rim, 1.5))
            painter.setBrush(fill if (on or partial) else base)
            painter.drawRoundedRect(rect, 2.5, 2.5)
            mark = QPen(base, max(1.6, side / 7.5))
            mark.setCapStyle(Qt.PenCapStyle.RoundCap)
            mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(mark)
            x, y, w = rect.x(), rect.y(), side
            if partial:
                painter.drawLine(QPointF(x + w * 0.25, y + w / 2), QPointF(x + w * 0.75, y + w / 2))
            elif on:
                painter.drawPolyline(
                    [
                        QPointF(x + w * 0.22, y + w * 0.52),
                        QPointF(x + w * 0.42, y + w * 0.72),
                        QPointF(x + w * 0.78, y + w * 0.30),
                    ]
                )
        painter.restore()


_indicator_style: ConsoleStyle | None = None


def legible_indicators(*widgets: QWidget) -> None:
    """Draw these widgets' radio buttons and check boxes (item views: their check cells)
    with `ConsoleStyle`. Per widget, not for the whole application: a Python style is
    called for every primitive it draws, which would slow every tree and table (2.5× for a
    full repaint of the fabric tree)."""
    global _indicator_style
    if _indicator_style is None:
        _indicator_style = ConsoleStyle("Fusion")
    for widget in widgets:
        widget.setStyle(_indicator_style)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str | None) -> Theme:
    """The theme for a choice; "system" (or anything unknown) follows the desktop."""
    if choice in THEMES:
        return THEMES[choice]
    return DARK if system_prefers_dark() else LIGHT


def apply(app: QApplication, choice: str | None) -> Theme:
    """Fusion with the chosen palette, for the whole application."""
    global _current
    theme = resolve(choice)
    _current = theme
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    return theme


def current() -> Theme:
    """The theme applied last (light before any)."""
    return _current


def status_colour(status: str) -> str:
    return _current.colour(status)


def saved_choice(settings: QSettings) -> Choice:
    value = str(settings.value(SETTING, "system") or "system")
    return value if value in CHOICES else "system"


def save_choice(settings: QSettings, choice: Choice) -> None:
    settings.setValue(SETTING, choice)
    settings.sync()


def theme_menu(menu: QMenu, settings: QSettings) -> QMenu:
    """View → Theme: light, dark or the system's, applied at once and remembered."""
    sub = menu.addMenu(QCoreApplication.translate("Theme", "&Theme"))
    sub.setObjectName("themeMenu")
    group = QActionGroup(sub)
    chosen = saved_choice(settings)
    names = {
        "light": QCoreApplication.translate("Theme", "&Light"),
        "dark": QCoreApplication.translate("Theme", "&Dark"),
        "system": QCoreApplication.translate("Theme", "&System"),
    }
    for choice in CHOICES:
        action = QAction(names[choice], sub)
        action.setObjectName(f"theme-{choice}")
        action.setCheckable(True)
        action.setChecked(choice == chosen)
        group.addAction(action)

        def pick(_checked: bool = False, choice: Choice = choice) -> None:
            save_choice(settings, choice)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply(app, choice)

        action.triggered.connect(pick)
        sub.addAction(action)
    return sub
