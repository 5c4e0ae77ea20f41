"""The drill window's pages: widgets only; the window fills them and reacts to them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTextBrowser,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..wrapping import wrap_cells


def _title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 15pt; font-weight: bold;")
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")  # greyed in both themes
    return label


def _manual_action(page: QWidget, layout: QVBoxLayout, name: str) -> tuple[QLabel, QPushButton]:
    """The box a plan's manual action shows while its job waits, and the button that
    resumes the job."""
    waiting = QLabel()
    waiting.setObjectName(name + "Text")
    waiting.setTextFormat(Qt.TextFormat.RichText)
    waiting.setWordWrap(True)
    waiting.setStyleSheet(
        "background: #fff3e0; color: #8a4b00; border: 1px solid #f0b070; padding: 6px;"
    )
    waiting.hide()
    layout.addWidget(waiting)
    row = QHBoxLayout()
    resume = QPushButton(page.tr("Manual action &done — continue"))
    resume.setObjectName(name)
    resume.hide()
    row.addWidget(resume)
    row.addStretch(1)
    layout.addLayout(row)
    return waiting, resume


class StepList(QListWidget):
    """The drill's steps down the left side: the current one bold, those ahead greyed."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("drillSteps")
        self.setAccessibleName(self.tr("Drill steps"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFixedWidth(190)
        for text in (
            self.tr("1. Recovery plan"),
            self.tr("2. Pre-checks"),
            self.tr("3. Test failover"),
            self.tr("4. Verify"),
            self.tr("5. Clean up"),
            self.tr("6. Report"),
        ):
            self.addItem(QListWidgetItem(text))

    def mark(self, current: int) -> None:
        for row in range(self.count()):
            item = self.item(row)
            font = item.font()
            font.setBold(row == current)
            item.setFont(font)
            # Done and current steps in the text colour, later ones greyed: in both themes
            # (black was unreadable on the dark palette).
            colours = theme.current()
            done = colours.text if row <= current else colours.placeholder
            item.setForeground(QColor(done))


class PlanPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Choose the recovery plan to drill")))
        layout.addWidget(
            _hint(
                self.tr(
                    "The drill starts a test failover of every VM of the plan into the isolated "
                    "test network. Replication goes on; production is not touched."
                )
            )
        )
        form = QFormLayout()
        self.plans = QComboBox()
        self.plans.setObjectName("drillPlan")
        self.plans.setAccessibleName(self.tr("Recovery plan"))
        form.addRow(self.tr("&Recovery plan:"), self.plans)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("drillPlanSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        layout.addStretch(1)


class ChecksPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Pre-checks")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Every VM of the plan must be protected and healthy, and no test failover, "
                    "plan job or drill of this plan may be running."
                )
            )
        )
        self.findings = QTreeWidget()
        self.findings.setObjectName("drillFindings")
        self.findings.setAccessibleName(self.tr("Pre-check results"))
        self.findings.setHeaderLabels([self.tr("Check"), self.tr("Details")])
        self.findings.setRootIsDecorated(False)
        self.findings.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # A long detail ("Agent disconnected on ams-gold-hv02 …") wraps, never ends in "…".
        wrap_cells(self.findings)
        layout.addWidget(self.findings, 1)
        self.verdict = QLabel()
        self.verdict.setObjectName("drillChecksVerdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        row = QHBoxLayout()
        self.again = QPushButton(self.tr("Check &again"))
        self.again.setObjectName("drillCheckAgain")
        row.addWidget(self.again)
        row.addStretch(1)
        layout.addLayout(row)


class FailoverPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Test failover")))
        self.status = QLabel()
        self.status.setObjectName("drillFailoverStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("drillFailoverProgress")
        self.progress.setRange(0, 100)
        layout.addWidget(self.progress)
        self.steps = QTreeWidget()
        self.steps.setObjectName("drillFailoverSteps")
        self.steps.setAccessibleName(self.tr("Steps of the test failover"))
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("State"), self.tr("Up after")])
        self.steps.setRootIsDecorated(False)
        self.steps.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.steps, 1)
        self.waiting, self.resume = _manual_action(self, layout, "drillResumeJob")


class VerifyPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Verify the test VMs")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Each test VM's recovery point is proven consistent by the estate's own "
                    "checks (a file system check and the guest's own log, or the lab's "
                    "auditor). Tick each item once you have verified it."
                )
            )
        )
        self.vms = QTableWidget(0, 6)
        self.vms.setObjectName("drillTestVms")
        self.vms.setAccessibleName(self.tr("Test VMs"))
        self.vms.setHorizontalHeaderLabels(
            [
                self.tr("VM"),
                self.tr("Group"),
                self.tr("Test VM"),
                self.tr("Recovery point"),
                self.tr("RPO"),
                self.tr("Consistency proof"),
            ]
        )
        self.vms.verticalHeader().hide()
        self.vms.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.vms.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.vms, 3)
        self.rto = QLabel()
        self.rto.setObjectName("drillRto")
        self.rto.setWordWrap(True)
        layout.addWidget(self.rto)
        self.checklist_title = QLabel(self.tr("Checklist"))
        self.checklist_title.setObjectName("drillChecklistTitle")
        self.checklist_title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.checklist_title)
        self.checklist = QListWidget()
        self.checklist.setObjectName("drillChecklist")
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.checklist.setSpacing(3)
        self.checklist.setStyleSheet("QListWidget { font-size: 11pt; }")
        theme.legible_indicators(self.checklist)  # its check boxes, in the dark theme too
        layout.addWidget(self.checklist, 2)
        row = QHBoxLayout()
        self.new_item = QLineEdit()
        self.new_item.setObjectName("drillNewItem")
        self.new_item.setPlaceholderText(self.tr("Another item to verify…"))
        self.new_item.setMaxLength(500)
        self.add = QPushButton(self.tr("&Add"))
        self.add.setObjectName("drillAddItem")
        row.addWidget(self.new_item, 1)
        row.addWidget(self.add)
        layout.addLayout(row)


class CleanupPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(_title(self.tr("Clean up")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Cleanup removes the test VMs (only what the test failover created). Say "
                    "what the drill showed: the notes go into the report and are required."
                )
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("drillNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("What was verified, what did not work, follow-up actions…")
        )
        layout.addWidget(self.notes, 1)
        self.unticked = QLabel()
        self.unticked.setObjectName("drillUnticked")
        self.unticked.setWordWrap(True)
        self.unticked.setStyleSheet(f"color: {theme.status_colour('critical')};")
        layout.addWidget(self.unticked)
        self.progress = QProgressBar()
        self.progress.setObjectName("drillCleanupProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.waiting, self.resume = _manual_action(self, layout, "drillResumeCleanup")


class ReportPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.outcome = QLabel()
        self.outcome.setObjectName("drillOutcome")
        self.outcome.setStyleSheet("font-size: 15pt; font-weight: bold;")
        layout.addWidget(self.outcome)
        self.preview = QTextBrowser()
        self.preview.setObjectName("drillReportPreview")
        self.preview.setAccessibleName(self.tr("Drill report"))
        layout.addWidget(self.preview, 1)
        self.where = QLabel()
        self.where.setObjectName("drillReportFiles")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        row = QHBoxLayout()
        self.open_pdf = QPushButton(self.tr("Open &PDF"))
        self.open_pdf.setObjectName("drillOpenPdf")
        self.open_html = QPushButton(self.tr("Open &HTML"))
        self.open_html.setObjectName("drillOpenHtml")
        self.open_folder = QPushButton(self.tr("Open the &folder"))
        self.open_folder.setObjectName("drillOpenFolder")
        for button in (self.open_pdf, self.open_html, self.open_folder):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
