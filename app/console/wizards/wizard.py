"""The QWizard that renders any flow: one FlowPage per page id, fields built from the flow's
Page, Next enabled exactly when the flow has no problem with the page, and the reason shown
when it has. Loading and sending run through Session.spawn; the wizard is opened with open(),
never exec()."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.client.errors import StandbyError

from .. import theme
from ..session import Session
from .fields import FieldWidget, widget_for
from .flow import Flow, Outcome
from .form import Kind, Page

WARNING_STYLE = (
    "background: #fff3e0; color: #6d3a00; border: 1px solid #f0b070; border-radius: 3px;"
    " padding: 6px 8px;"
)


def problem_style() -> str:
    return f"color: {theme.status_colour('critical')}; font-weight: bold;"  # light and dark


def facts_html(facts: tuple[tuple[str, str], ...], title: str = "") -> str:
    heading = f"<p style='margin:0 0 4px 0'><b>{html.escape(title)}</b></p>" if title else ""
    rows = "".join(
        f"<tr><td style='padding:1px 12px 1px 0; color:{theme.current().placeholder}'>"
        f"{html.escape(label)}</td>"
        f"<td style='padding:1px 0'>{html.escape(value)}</td></tr>"
        for label, value in facts
    )
    return f"{heading}<table>{rows}</table>"


class FlowPage(QWizardPage):
    def __init__(self, flow: Flow, page_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow
        self.page_id = page_id
        self.setObjectName(f"page-{page_id}")
        self.widgets: dict[str, FieldWidget] = {}
        outer = self.outer = QVBoxLayout(self)
        self.form_host = QWidget()
        self.form_host.setObjectName("fields")
        self.form = QFormLayout(self.form_host)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addWidget(self.form_host)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName(self.tr("Why Next is not possible yet"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(problem_style())
        for label in (self.facts, self.warning, self.note):
            outer.addWidget(label)
        outer.addStretch(1)  # what the page says follows its fields; why-not sits by Next
        self.spacer_index = outer.count() - 1
        outer.addWidget(self.problems)
        self.built: tuple[str, ...] | None = None

    # --- building and refreshing ------------------------------------------------------------

    def initializePage(self) -> None:
        self.built = None
        self.refresh()

    def rebuild(self, page: Page) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets = {}
        for field in page.fields:
            widget = widget_for(field, self.changed)
            widget.show_value(self.flow.get(field.key))
            if field.help:
                widget.setToolTip(field.help)
                hint = QLabel(field.help)
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(placeholder-text);")
                widget.layout_.addWidget(hint)
            label = "" if field.kind == Kind.CHECK else field.label
            self.form.addRow(label, widget)
            self.widgets[field.key] = widget
        self.built = tuple(f.key for f in page.fields)
        # A list to pick from takes the page's spare height (more rows seen, less scrolling).
        grows = any(f.kind in (Kind.MULTI, Kind.NOTES) for f in page.fields)
        self.outer.setStretch(0, 1 if grows else 0)
        self.outer.setStretch(self.spacer_index, 0 if grows else 1)

    def refresh(self) -> None:
        if not self.flow.loaded:
            self.setTitle(self.flow.title)
            self.setSubTitle(self.tr("Reading the current figures from the control plane…"))
            self.problems.setText(self.flow.load_error)
            self.facts.clear()
            for label in (self.warning, self.note):
                label.hide()
            self.completeChanged.emit()
            return
        page = self.flow.page(self.page_id)
        self.setTitle(page.title)
        self.setSubTitle(page.subtitle or " ")
        if self.built != tuple(f.key for f in page.fields):
            self.rebuild(page)
        else:
            for field in page.fields:
                self.widgets[field.key].show_value(self.flow.get(field.key))
        self.facts.setText(facts_html(page.facts, page.facts_title) if page.facts else "")
        self.facts.setVisible(bool(page.facts))
        self.warning.setText(page.warning)
        self.warning.setVisible(bool(page.warning))
        self.note.setText(page.note)
        self.note.setVisible(bool(page.note))
        problems = self.flow.problems(self.page_id)
        self.problems.setText("\n".join(f"✗ {p.message}" for p in problems))
        self.problems.setVisible(bool(problems))
        for key, widget in self.widgets.items():
            mine = [p.message for p in problems if p.key == key]
            widget.setToolTip("\n".join(mine) or widget.field.help)
        self.completeChanged.emit()

    def changed(self, key: str, value: Any) -> None:
        self.flow.set(key, value)
        self.refresh()

    def isComplete(self) -> bool:
        return self.flow.loaded and not self.flow.problems(self.page_id)

    def show_error(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.setVisible(bool(text))


class FlowWizard(QWizard):
    """Renders `flow`; Finish sends its request and reports `started(outcome)`."""

    started = Signal(object)  # Outcome

    def __init__(self, flow: Flow, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.flow = flow
        self.session = session
        self.sending = False
        self.setObjectName("flowWizard")
        self.setWindowTitle(flow.title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, flow.start_label)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.pages: dict[str, FlowPage] = {}
        for number, page_id in enumerate(flow.page_ids()):
            page = FlowPage(flow, page_id)
            self.setPage(number, page)
            self.pages[page_id] = page
        self.resize(720, 560)
        if not flow.loaded:
            self.session.spawn(self._load(), f"wizard-load-{type(flow).__name__}")

    async def _load(self) -> None:
        try:
            await self.flow.load()
        except StandbyError as exc:
            self.flow.load_error = self.tr("Could not read what this wizard needs: {0}").format(exc)
        page = self.currentPage()
        if isinstance(page, FlowPage):
            page.initializePage()

    def accept(self) -> None:
        if self.sending:
            return
        self.sending = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        page = self.currentPage()
        if isinstance(page, FlowPage):
            page.show_error(self.tr("Sending…"))
        self.session.spawn(self._send(), f"wizard-send-{type(self.flow).__name__}")

    async def _send(self) -> None:
        page = self.currentPage()
        try:
            outcome: Outcome = await self.flow.send()
        except StandbyError as exc:
            self.sending = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            if isinstance(page, FlowPage):
                page.show_error(self.tr("Refused: {0}").format(exc))
            return
        self.started.emit(outcome)
        super().accept()
