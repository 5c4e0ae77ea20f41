"""The disconnected banner: what the operator sees while the control plane is out of reach.

"Disconnected — showing data from 03:12:40 (52 s ago), retrying in 8 s" with the last error
and a "Retry now" button; refreshed every second, hidden while connected — unless the
control plane says its replication figures are stale (it cannot read replication status):
then, in amber, "Replication figures not updated for 2 min 10 s (since 03:12:40)" and what
that means.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.client.cache import ConnectionStatus, now

from . import formatting as fmt
from .resources import icon

TR_CONTEXT = "DisconnectedBanner"  # banner_text's templates go through the banner's self.tr


def banner_text(
    status: ConnectionStatus,
    at: datetime | None = None,
    tr: Callable[[str], str] = lambda text: text,
) -> str:
    """The banner's sentence; `tr` translates its templates."""
    at = at or now()
    age = status.data_age(at)
    if status.last_synced is None or age is None:
        head = tr("Disconnected — no data received yet")
    else:
        head = tr("Disconnected — showing data from {0} ({1} ago)").format(
            fmt.clock(status.last_synced), fmt.duration(age)
        )
    wait = status.seconds_until_retry(at)
    if status.state == "offline":
        tail = tr("not retrying")
    elif wait is None:
        tail = tr("reconnecting now…")
    else:
        tail = tr("retrying in {0}").format(fmt.duration(wait))
    return f"{head}, {tail}"


def figures_text(
    status: ConnectionStatus,
    at: datetime | None = None,
    tr: Callable[[str], str] = lambda text: text,
) -> tuple[str, str]:
    """The banner's sentence and detail while the replication figures are stale."""
    age = status.figures_age(at or now())
    if status.figures_as_of is None or age is None:
        head = tr("Replication figures are not current")
    else:
        head = tr("Replication figures not updated for {0} (since {1})").format(
            fmt.duration(age), fmt.clock(status.figures_as_of)
        )
    detail = tr(
        "The control plane cannot read replication status: the RPO, health and recovery "
        "points shown are the last ones read and may be worse now. The connection to the "
        "control plane works; its alerts and log say why."
    )
    return head, detail


STYLE = {  # the banner's look: red while disconnected, amber while the figures are stale
    "disconnected": (
        "#disconnectedBanner { background: #b71c1c; border-bottom: 1px solid #7f0000; }"
        "#disconnectedBanner QLabel { color: white; }"
        "#disconnectedBanner QPushButton { color: #b71c1c; background: white;"
        " border: none; padding: 3px 10px; border-radius: 3px; font-weight: bold; }"
    ),
    "figures": (
        "#disconnectedBanner { background: #8a4b00; border-bottom: 1px solid #5c3200; }"
        "#disconnectedBanner QLabel { color: white; }"
    ),
}


class DisconnectedBanner(QFrame):
    refreshed = Signal()  # after each (1 Hz) refresh: other stale marks follow the same tick

    def __init__(self, retry: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disconnectedBanner")
        self.setAccessibleName(self.tr("Connection banner"))
        self.mode = ""  # "disconnected" | "figures" (stale replication figures) | "" hidden
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.mark = QLabel()
        layout.addWidget(self.mark)
        self.label = QLabel()
        self.label.setObjectName("bannerText")
        font = self.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("bannerDetail")
        self.detail.setWordWrap(True)
        text_box = QWidget()
        inner = QHBoxLayout(text_box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.label)
        inner.addWidget(self.detail, 1)
        layout.addWidget(text_box, 1)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("bannerRetry")
        self.retry_button.setAccessibleName(self.tr("Retry connecting now"))
        if retry is not None:
            self.retry_button.clicked.connect(retry)
        layout.addWidget(self.retry_button)
        self.status: ConnectionStatus | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def set_status(self, status: ConnectionStatus) -> None:
        self.status = status
        if status.state == "connected" and not status.figures_stale:
            self._timer.stop()
            self.mode = ""
            self.hide()
            return
        self._set_mode("disconnected" if status.state != "connected" else "figures")
        self.refresh()
        self.show()
        self._timer.start()

    def _set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.setStyleSheet(STYLE[mode])
        name = "disconnected" if mode == "disconnected" else "health-warning"
        self.mark.setPixmap(icon(name).pixmap(20, 20))
        self.retry_button.setVisible(mode == "disconnected")  # stale figures: nothing to retry

    def refresh(self) -> None:
        status = self.status
        if status is None or not self.mode:
            return
        if self.mode == "figures":
            sentence, reason = figures_text(status, tr=self.tr)
            self.label.setText(sentence)
            self.detail.setText(reason)
            self.setAccessibleDescription(f"{sentence}. {reason}")
            self.refreshed.emit()
            return
        sentence = banner_text(status, tr=self.tr)
        self.label.setText(sentence)
        self.retry_button.setEnabled(status.state != "offline")
        reason = (status.last_error or "").strip()
        if reason and reason[-1] not in ".!?":
            reason += "."
        if status.state != "offline":
            reason = (reason + " " if reason else "") + self.tr(
                "The tree stays browsable; operations are refused until the connection is back."
            )
        self.detail.setText(reason)
        self.setAccessibleDescription(f"{sentence}. {reason}")
        self.refreshed.emit()
