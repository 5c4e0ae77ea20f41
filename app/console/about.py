"""Help: the operator guide (the README's operator section, shown in the console and opened
as a file where the README is at hand) and About (the console's version, the vault it is
connected to, and the licences of the libraries it ships with)."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .resources import resources_dir

OPERATOR_SECTION = "Using it"  # the README's section for operators
DISTRIBUTION = "standby"


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str  # its Python distribution, for the version and licence installed
    licence: str  # as the project publishes it (SPDX), when the metadata does not say
    url: str


COMPONENTS = (
    Component("Qt 6", "PySide6-Essentials", "LGPL-3.0-only", "https://www.qt.io/licensing/"),
    Component(
        "PySide6 (Qt for Python)",
        "PySide6-Essentials",
        "LGPL-3.0-only",
        "https://doc.qt.io/qtforpython-6/licenses.html",
    ),
    Component("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://doc.qt.io/qtforpython-6/"),
    Component("pyqtgraph", "pyqtgraph", "MIT", "https://www.pyqtgraph.org/"),
    Component("qasync", "qasync", "BSD-2-Clause", "https://github.com/CabbageDevelopment/qasync"),
    Component("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org/"),
    Component("HTTPX", "httpx", "BSD-3-Clause", "https://www.python-httpx.org/"),
    Component("httpx-sse", "httpx-sse", "MIT", "https://github.com/florimondmanca/httpx-sse"),
    Component("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("Pydantic", "pydantic", "MIT", "https://docs.pydantic.dev/"),
)


def version_of(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def console_version() -> str:
    return version_of(DISTRIBUTION) or "dev"


def licence_of(component: Component) -> str:
    """The licence the installed distribution declares (SPDX where it says so), else the one
    the project publishes. Qt's own libraries ship inside PySide6's wheels, under its
    licence."""
    try:
        meta = metadata.metadata(component.distribution)
    except metadata.PackageNotFoundError:
        return component.licence
    found = meta.get_all("License-Expression") or meta.get_all("License") or [""]
    declared = str(found[0]).strip()
    if not declared or "\n" in declared or len(declared) > 80:
        return component.licence  # a whole licence text, not a name
    if " OR " in declared and component.licence in declared:
        return component.licence  # a choice (Qt's LGPL or GPL): the one we use it under
    return declared


# --- the operator guide ------------------------------------------------------------------


def readme_file() -> Path | None:
    """README.md of a source tree or an unpacked install, if there is one."""
    for folder in (resources_dir().parent, Path(__file__).resolve().parents[2]):
        path = folder / "README.md"
        if path.is_file():
            return path
    return None


def readme_text() -> str:
    """The README: the file, else the copy an installed package carries as its description."""
    path = readme_file()
    if path is not None:
        return path.read_text(encoding="utf-8")
    try:
        return metadata.metadata(DISTRIBUTION).get_payload() or ""  # type: ignore[attr-defined]
    except metadata.PackageNotFoundError:
        return ""


def operator_section(text: str) -> str:
    """The README's operator section, heading included ("" when it has none)."""
    match = re.search(rf"^## {re.escape(OPERATOR_SECTION)}\s*$.*?(?=^## |\Z)", text, re.M | re.S)
    return match.group(0).strip() if match else ""


def anchor(heading: str) -> str:
    """The anchor a Markdown renderer gives a heading (GitHub's rule)."""
    return re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")


class OperatorGuide(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("operatorGuide")
        self.setWindowTitle(_tr("Operator guide — Standby"))
        layout = QVBoxLayout(self)
        section = operator_section(readme_text())
        self.browser = QTextBrowser()
        self.browser.setObjectName("operatorGuideText")
        self.browser.setOpenExternalLinks(True)
        if section:
            self.browser.setMarkdown(section)
        else:
            self.browser.setPlainText(_tr("The README is not installed with this copy."))
        layout.addWidget(self.browser, 1)
        path = readme_file()
        self.link = QLabel()
        self.link.setObjectName("readmeLink")
        self.link.setWordWrap(True)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        if path is not None:
            url = QUrl.fromLocalFile(str(path))
            url.setFragment(anchor(OPERATOR_SECTION))
            self.link.setText(
                _tr('The whole README: <a href="{0}">{1}</a>').format(
                    url.toString(), path.as_posix()
                )
            )
        else:
            self.link.hide()
        layout.addWidget(self.link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 600)


# --- about -------------------------------------------------------------------------------


class AboutDialog(QDialog):
    def __init__(self, session: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(_tr("About Standby"))
        layout = QVBoxLayout(self)
        title = QLabel(_tr("<h2>Standby {0}</h2>").format(console_version()))
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        summary = QLabel(
            _tr(
                "Site recovery for virtual machines: replicate, test, fail over and fail back "
                "between two sites."
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.vault = QLabel(self.vault_text(session))
        self.vault.setObjectName("aboutVault")
        self.vault.setWordWrap(True)
        self.vault.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.vault)
        runtime = QLabel(
            _tr("Qt {0}, PySide6 {1}, Python {2}").format(
                qVersion(), PYSIDE_VERSION, platform.python_version()
            )
        )
        runtime.setObjectName("aboutRuntime")
        layout.addWidget(runtime)
        heading = QLabel(_tr("<b>Libraries and their licences</b>"))
        layout.addWidget(heading)
        self.licences = QTableWidget(len(COMPONENTS), 3)
        self.licences.setObjectName("aboutLicences")
        self.licences.setHorizontalHeaderLabels([_tr("Library"), _tr("Version"), _tr("Licence")])
        self.licences.verticalHeader().hide()
        self.licences.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, component in enumerate(COMPONENTS):
            version = qVersion() if component.name == "Qt 6" else version_of(component.distribution)
            for column, text in enumerate((component.name, version, licence_of(component))):
                item = QTableWidgetItem(text)
                item.setToolTip(component.url)
                self.licences.setItem(row, column, item)
        header = self.licences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.licences, 1)
        notice = QLabel(
            _tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: they are loaded as "
                "separate libraries, which you may replace with your own builds. Their source "
                'code is at <a href="https://download.qt.io/">download.qt.io</a>. Standby '
                "itself is proprietary."
            )
        )
        notice.setObjectName("aboutNotice")
        notice.setWordWrap(True)
        notice.setOpenExternalLinks(True)
        layout.addWidget(notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.guide_button = buttons.addButton(
            _tr("Operator &guide"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.guide_button.setObjectName("aboutGuide")
        self.guide_button.clicked.connect(lambda: open_operator_guide(self.parentWidget()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)

    @staticmethod
    def vault_text(session: Any) -> str:
        vault = session.cache.vault
        if vault is None:
            return _tr("Vault: {0} (not connected yet)").format(session.url)
        kind = _tr(", an embedded lab") if vault.lab else ""
        return _tr("Vault: {0} at {1}{2}; control plane version {3}").format(
            vault.name, session.url, kind, vault.version
        )


def open_operator_guide(parent: QWidget | None) -> OperatorGuide:
    guide = OperatorGuide(parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.open()
    return guide


def open_about(window: Any) -> AboutDialog:
    dialog = AboutDialog(window.session, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_help_menu(window: Any) -> QMenu:
    """Help: the operator guide (F1), About Standby, About Qt."""
    menu = window.menuBar().addMenu(_tr("&Help"))
    menu.setObjectName("helpMenu")
    guide = QAction(_tr("&Operator guide"), window)
    guide.setObjectName("operatorGuideAction")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.triggered.connect(lambda: open_operator_guide(window))
    menu.addAction(guide)
    readme = readme_file()
    if readme is not None:
        file_action = QAction(_tr("Open the &README"), window)
        file_action.setObjectName("openReadme")
        url = QUrl.fromLocalFile(str(readme))
        file_action.triggered.connect(lambda: QDesktopServices.openUrl(url))
        menu.addAction(file_action)
    menu.addSeparator()
    about = QAction(_tr("&About Standby"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: open_about(window))
    menu.addAction(about)
    about_qt = QAction(_tr("About &Qt"), window)
    about_qt.setObjectName("aboutQtAction")
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    menu.addAction(about_qt)
    return menu
