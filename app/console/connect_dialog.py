"""The connect dialog: pick or write a profile, give its token, connect.

Non-blocking: show it with `open()` (or `ask()` from a coroutine, which awaits a future
resolved by `finished`), never `exec()`.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .profiles import Profile, ProfileStore, valid_name


class ConnectDialog(QDialog):
    connect_requested = Signal(object, str, bool)  # Profile, token, remember in keyring

    def __init__(self, store: ProfileStore, message: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a Standby vault"))
        self.setAccessibleName(self.tr("Connect to a Standby vault"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setObjectName("connectMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.status_colour('critical')};")
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        self.profiles = QComboBox()
        self.profiles.setObjectName("profileChoice")
        self.profiles.setAccessibleName(self.tr("Saved profiles"))
        self.profiles.addItem(self.tr("New profile…"), "")
        for name in store.names():
            self.profiles.addItem(name, name)
        self.profiles.currentIndexChanged.connect(self._pick)
        form.addRow(self.tr("&Profile:"), self.profiles)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("e.g. Production vault"))
        form.addRow(self.tr("&Name:"), self.name)
        self.url = QLineEdit()
        self.url.setObjectName("profileUrl")
        self.url.setPlaceholderText("https://vault.example.com:7410")
        form.addRow(self.tr("&URL:"), self.url)
        ca_box = QWidget()
        ca_row = QHBoxLayout(ca_box)
        ca_row.setContentsMargins(0, 0, 0, 0)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("profileCaFile")
        self.ca_file.setPlaceholderText(self.tr("optional: the vault's own CA certificate"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseCaFile")
        browse.clicked.connect(self._browse)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form.addRow(self.tr("&CA file:"), ca_box)
        ca_label = form.labelForField(ca_box)
        if isinstance(ca_label, QLabel):
            ca_label.setBuddy(self.ca_file)
        self.token = QLineEdit()
        self.token.setObjectName("profileToken")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Token:"), self.token)
        self.remember = QCheckBox(self.tr("&Remember the token in the system keyring"))
        theme.legible_indicators(self.remember)
        self.remember.setObjectName("rememberToken")
        form.addRow("", self.remember)
        layout.addLayout(form)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        layout.addWidget(self.keyring_note)
        status = store.keyring_status()
        if status:
            self.remember.setChecked(True)
            self.keyring_note.setText(self.tr("Tokens are kept in the system keyring only."))
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            reasons = {
                "load-failed": self.tr("The keyring could not be loaded: {0}").format(
                    status.detail
                ),
                "none": self.tr(
                    "No system keyring was found (on Linux: a Secret Service such as GNOME "
                    "Keyring or KWallet). Tokens are not remembered; you are asked for them "
                    "each session."
                ),
                "null": self.tr(
                    "The keyring is disabled (null backend). Tokens are not remembered; you "
                    "are asked for them each session."
                ),
            }
            self.keyring_note.setText(reasons.get(status.code, status.reason))
            self.keyring_note.setStyleSheet(f"color: {theme.status_colour('warning')};")
        self.error = QLabel()
        self.error.setObjectName("connectError")
        self.error.setStyleSheet(f"color: {theme.status_colour('critical')};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Co&nnect"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("connectButton")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_value: tuple[Profile, str, bool] | None = None
        last = store.last_used
        if last:
            self.profiles.setCurrentIndex(self.profiles.findData(last))

    def select_profile(self, name: str) -> None:
        index = self.profiles.findData(name)
        if index >= 0:
            self.profiles.setCurrentIndex(index)

    def _pick(self) -> None:
        name = self.profiles.currentData()
        profile = self.store.get(name) if name else None
        self.name.setText(profile.name if profile else "")
        self.url.setText(profile.url if profile else "")
        self.ca_file.setText(profile.ca_file if profile else "")
        token = self.store.token(name) if name else None
        self.token.setText(token or "")
        self.token.setPlaceholderText(
            self.tr("stored in the keyring") if token else self.tr("bearer token")
        )

    def _browse(self) -> None:
        chooser = QFileDialog(self, self.tr("CA certificate"))
        chooser.setNameFilter(self.tr("Certificates (*.pem *.crt);;All files (*)"))
        chooser.fileSelected.connect(self.ca_file.setText)
        chooser.open()

    def _accept(self) -> None:
        name, url, token = self.name.text().strip(), self.url.text().strip(), self.token.text()
        if not valid_name(name):
            self.error.setText(self.tr("Give the profile a name (without / \\ or =)."))
            return
        if not url.startswith(("http://", "https://")):
            self.error.setText(self.tr("The URL starts with https:// (or http://)."))
            return
        if not token.strip():
            self.error.setText(self.tr("Give the token (ask your administrator for one)."))
            return
        profile = Profile(name, url, self.ca_file.text().strip())
        self.result_value = (profile, token.strip(), self.remember.isChecked())
        self.connect_requested.emit(*self.result_value)
        self.accept()


async def ask(dialog: ConnectDialog) -> tuple[Profile, str, bool] | None:
    """Open the dialog without a nested event loop and wait for the operator's answer."""
    future: asyncio.Future = asyncio.get_running_loop().create_future()

    def finished(_code: int) -> None:
        if not future.done():
            future.set_result(dialog.result_value)

    dialog.finished.connect(finished)
    dialog.open()
    return await future
