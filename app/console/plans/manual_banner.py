"""The banner of a manual action: what a plan job waits for, and the button that says it is
done. Shown in the running-plan view, never as a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .run_state import ManualWait


class ManualActionBanner(QFrame):
    """What the job waits for, and the button that says it is done."""

    resume_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("manualActionBanner")
        self.setAccessibleName(self.tr("Manual action"))
        self.setStyleSheet(
            "#manualActionBanner { background: #fff3cd; border: 2px solid #e0a800;"
            " border-radius: 4px; }"
            "#manualActionBanner QLabel { color: #3d2e00; }"
            "#manualActionBanner QPushButton { background: #2e7d32; color: white; border: none;"
            " padding: 6px 14px; border-radius: 3px; font-weight: bold; }"
            "#manualActionBanner QPushButton:disabled { background: #9e9e9e; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        text = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("manualActionHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.instructions = QLabel()
        self.instructions.setObjectName("manualActionInstructions")
        self.instructions.setWordWrap(True)
        self.instructions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.heading)
        text.addWidget(self.instructions)
        layout.addLayout(text, 1)
        self.resume_button = QPushButton(self.tr("Done — resume"))
        self.resume_button.setObjectName("manualActionResume")
        self.resume_button.setAccessibleName(self.tr("Manual action done: resume the plan"))
        self.resume_button.clicked.connect(self.resume_clicked.emit)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_wait(self, wait: ManualWait) -> None:
        self.heading.setText(
            self.tr("The plan waits for you — group {0}: {1}").format(wait.group, wait.name)
        )
        self.instructions.setText(wait.instructions)
        self.setAccessibleDescription(f"{self.heading.text()}. {wait.instructions}")
        self.show()
