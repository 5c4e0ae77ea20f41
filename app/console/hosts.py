"""Host administration in the console, offered when the vault's hosts enroll with it
(`Vault.host_registration`): new sites and clouds, "Add a host…" (a one-time registration key
and the command to run on the host), and moving or removing an enrolled host.

Every dialog opens with `open()` (never `exec()`), sends its request through
`Session.spawn`, stays open with the control plane's refusal when there is one, and closes
when the change is made; the tree shows it from the feed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client.api import agent_command, key_file_name
from app.client.errors import StandbyError
from app.domain.enums import Role
from app.domain.model import IssuedRegistrationKey, ProtectedItem

from .session import Session

VALIDITY_MINUTES = (15, 60, 8 * 60, 24 * 60, 7 * 24 * 60)
DEFAULT_VALIDITY = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("Hosts", text)


def validity_label(minutes: int) -> str:
    return {
        15: _tr("15 minutes"),
        60: _tr("1 hour"),
        8 * 60: _tr("8 hours"),
        24 * 60: _tr("1 day"),
        7 * 24 * 60: _tr("7 days"),
    }[minutes]


def host_registration(session: Session) -> bool:
    """The vault takes host registrations (its hosts enroll with it)."""
    vault = session.cache.vault
    return bool(vault is not None and vault.host_registration)


def refusal(session: Session) -> str:
    """Why host administration cannot be asked now ("" when it can)."""
    if not session.connected:
        return _tr("Not connected to the control plane.")
    if session.role == Role.VIEWER:
        return _tr("Your token has the viewer role: managing hosts needs an admin token.")
    return ""


def protected_items_on(session: Session, host_id: str) -> list[ProtectedItem]:
    """The protected items that replicate from or to a host (its VMs' and the replicas it
    keeps)."""
    vms = {v.id for v in session.cache.objects("vm").values() if v.host_id == host_id}
    return [
        item
        for item in session.cache.objects("protected-item").values()
        if item.vm_id in vms or host_id in (item.source_host_id, item.target_host_id)
    ]


# --- a dialog that sends one request ----------------------------------------------------------


class _RequestDialog(QDialog):
    """A form with OK and Cancel whose OK sends one request; a refusal stays on the form."""

    def __init__(self, session: Session, title: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("hostDialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setObjectName("hostDialogOk")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.done_message = ""

    def fit(self, width: int) -> None:
        """`width` wide and as tall as its wrapped text needs."""
        self.layout_.activate()
        self.resize(width, self.layout_.totalHeightForWidth(width) + 8)

    def request(self) -> Coroutine[Any, Any, Any] | None:
        """The request to send, or None (with `self.error` set) when the form is not ready."""
        raise NotImplementedError

    def _submit(self) -> None:
        reason = refusal(self.session)
        if reason:
            self.error.setText(reason)
            return
        coro = self.request()
        if coro is None:
            return
        self.ok.setEnabled(False)
        self.error.setText("")
        self.session.spawn(self._send(coro), f"hosts-{self.objectName()}")

    async def _send(self, coro: Coroutine[Any, Any, Any]) -> None:
        try:
            result = await coro
        except StandbyError as exc:
            self.error.setText(getattr(exc, "detail", "") or str(exc))
            self.ok.setEnabled(True)
            return
        self.succeeded(result)

    def succeeded(self, result: Any) -> None:
        self.accept()


class NewSiteDialog(_RequestDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, _tr("New site — Standby"), _tr("Create &site"), parent)
        self.setObjectName("newSiteDialog")
        intro = QLabel(
            _tr(
                "A site groups the hosts of one place (a data centre, a building). Hosts "
                "join it with a registration key; replication pairs a cloud of one site with "
                "a cloud of another."
            )
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.name = QLineEdit()
        self.name.setObjectName("siteName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(_tr("e.g. Stockholm"))
        self.location = QLineEdit()
        self.location.setObjectName("siteLocation")
        self.location.setMaxLength(120)
        self.location.setPlaceholderText(_tr("optional, e.g. Kista data centre"))
        self.form.addRow(_tr("&Name:"), self.name)
        self.form.addRow(_tr("&Location:"), self.location)
        self.fit(460)

    def request(self) -> Coroutine[Any, Any, Any] | None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(_tr("Give the site a name."))
            return None
        return self.session.client.create_site(name, self.location.text().strip())

    def succeeded(self, result: Any) -> None:
        self.done_message = _tr("Site {0} created.").format(result.name)
        self.accept()


class NewCloudDialog(_RequestDialog):
    def __init__(self, session: Session, site_id: str, parent: QWidget | None = None):
        site = session.cache.objects("site")[site_id]
        title = _tr("New cloud in {0} — Standby").format(site.name)
        super().__init__(session, title, _tr("Create &cloud"), parent)
        self.setObjectName("newCloudDialog")
        self.site_id = site_id
        intro = QLabel(
            _tr(
                "A cloud is a group of hosts of the site {0}: protection pairs a cloud with a "
                "recovery cloud, and hosts can move between the site's clouds."
            ).format(site.name)
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.name = QLineEdit()
        self.name.setObjectName("cloudName")
        self.name.setMaxLength(120)
        self.name.setPlaceholderText(_tr("e.g. Gold"))
        self.form.addRow(_tr("&Name:"), self.name)
        self.fit(460)

    def request(self) -> Coroutine[Any, Any, Any] | None:
        name = self.name.text().strip()
        if not name:
            self.error.setText(_tr("Give the cloud a name."))
            return None
        return self.session.client.create_cloud(self.site_id, name)

    def succeeded(self, result: Any) -> None:
        self.done_message = _tr("Cloud {0} created.").format(result.name)
        self.accept()


class MoveHostDialog(_RequestDialog):
    def __init__(self, session: Session, host_id: str, parent: QWidget | None = None):
        host = session.cache.objects("host")[host_id]
        super().__init__(session, _tr("Move {0} — Standby").format(host.name), _tr("&Move"), parent)
        self.setObjectName("moveHostDialog")
        self.host_id = host_id
        clouds = session.cache.objects("cloud")
        current = clouds.get(host.cloud_id)
        site_id = current.site_id if current is not None else None
        self.cloud = QComboBox()
        self.cloud.setObjectName("moveHostCloud")
        others = sorted(
            (c for c in clouds.values() if c.site_id == site_id and c.id != host.cloud_id),
            key=lambda c: c.name.casefold(),
        )
        for cloud in others:
            self.cloud.addItem(cloud.name, cloud.id)
        intro = QLabel(
            _tr("The host {0} is in the cloud {1}. Move it into another cloud of its site:").format(
                host.name, current.name if current is not None else "?"
            )
            if others
            else _tr(
                "The host {0} is in the only cloud of its site: create another cloud first "
                "(New cloud… on the site)."
            ).format(host.name)
        )
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.form.addRow(_tr("&Cloud:"), self.cloud)
        self.ok.setEnabled(bool(others))
        self.fit(460)

    def request(self) -> Coroutine[Any, Any, Any] | None:
        cloud_id = self.cloud.currentData()
        if not cloud_id:
            self.error.setText(_tr("Choose a cloud."))
            return None
        return self.session.client.place_host(self.host_id, cloud_id)

    def succeeded(self, result: Any) -> None:
        self.done_message = _tr("Host moved to the cloud {0}.").format(self.cloud.currentText())
        self.accept()


# --- Add a host… --------------------------------------------------------------------------


class AddHostDialog(QDialog):
    """Choose the cloud and how long the key works; create the key; then the command to run on
    the host, with Copy and Save key file…. The key's secret is shown this once."""

    def __init__(
        self,
        session: Session,
        site_id: str,
        cloud_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.site = session.cache.objects("site")[site_id]
        self.issued: IssuedRegistrationKey | None = None
        self.saved_to: Path | None = None
        self._closing = False
        self.setObjectName("addHostDialog")
        self.setWindowTitle(_tr("Add a host to {0} — Standby").format(self.site.name))
        self.setModal(True)
        layout = self.box = QVBoxLayout(self)
        # Two pages, one visible at a time (shown and hidden rather than stacked, so that the
        # dialog takes the height of the page it shows).
        self.choose_page = self._choose_page(cloud_id)
        self.issued_page = self._issued_page()
        self.issued_page.hide()
        layout.addWidget(self.choose_page)
        layout.addWidget(self.issued_page)
        self.error = QLabel()
        self.error.setObjectName("addHostError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            _tr("Create &key"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("addHostCreate")
        self.create_button.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("addHostClose")
        self.close_button.hide()
        self.create_button.clicked.connect(self._create)
        self.cancel.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 0)

    # --- the first page: where, and for how long ---------------------------------------------

    def _choose_page(self, cloud_id: str | None) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            _tr(
                "A registration key lets the agent of one host enroll with the control plane "
                "and join the site {0}. It works once and expires; the host receives its "
                "certificate from the control plane when it enrolls."
            ).format(self.site.name)
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.cloud = QComboBox()
        self.cloud.setObjectName("addHostCloud")
        clouds = sorted(
            (c for c in self.session.cache.objects("cloud").values() if c.site_id == self.site.id),
            key=lambda c: c.name.casefold(),
        )
        if clouds:
            for cloud in clouds:
                self.cloud.addItem(cloud.name, cloud.id)
            if cloud_id is not None:
                self.cloud.setCurrentIndex(max(0, self.cloud.findData(cloud_id)))
        else:
            self.cloud.addItem(_tr("A new cloud “{0} hosts”").format(self.site.name), None)
        form.addRow(_tr("&Cloud the host joins:"), self.cloud)
        self.validity = QComboBox()
        self.validity.setObjectName("addHostValidity")
        for minutes in VALIDITY_MINUTES:
            self.validity.addItem(validity_label(minutes), minutes)
        self.validity.setCurrentIndex(VALIDITY_MINUTES.index(DEFAULT_VALIDITY))
        form.addRow(_tr("Key &works for:"), self.validity)
        box.addLayout(form)
        return page

    # --- the second page: the key, shown once --------------------------------------------------

    def _issued_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("addHostSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        box.addWidget(self.summary)
        step1 = QHBoxLayout()
        label1 = QLabel(_tr("1. Save the key file, then copy it to the host."))
        label1.setWordWrap(True)
        step1.addWidget(label1, 1)
        self.save = QPushButton(_tr("&Save key file…"))
        self.save.setObjectName("addHostSave")
        self.save.clicked.connect(self._choose_file)
        step1.addWidget(self.save)
        box.addLayout(step1)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("addHostSaved")
        self.saved_note.setWordWrap(True)
        box.addWidget(self.saved_note)
        box.addWidget(QLabel(_tr("2. On the host, run (as a user that may use libvirt):")))
        row = QHBoxLayout()
        self.command = QPlainTextEdit()
        self.command.setObjectName("addHostCommand")
        self.command.setAccessibleName(_tr("Command to run on the host"))
        self.command.setReadOnly(True)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = self.command.fontMetrics().lineSpacing()
        self.command.setFixedHeight(3 * lines + 12)  # the whole command, wrapped: no scrolling
        row.addWidget(self.command, 1)
        self.copy = QPushButton(_tr("C&opy"))
        self.copy.setObjectName("addHostCopy")
        self.copy.setToolTip(_tr("Copy the command to the clipboard"))
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        box.addLayout(row)
        after = QLabel(
            _tr(
                "The host appears under its cloud as soon as its agent has enrolled. "
                "--storage is the folder on the host for its replicas and state."
            )
        )
        after.setWordWrap(True)
        box.addWidget(after)
        self.once = QLabel(
            _tr(
                "This key is shown only now: the control plane keeps no copy of its secret. "
                "Save the key file before you close this window; if it is lost, create a "
                "new key."
            )
        )
        self.once.setObjectName("addHostOnce")
        self.once.setWordWrap(True)
        self.once.setStyleSheet(
            "#addHostOnce { background: #fff3e0; color: #8a4b00; border: 1px solid #f0b070;"
            " padding: 6px; }"
        )
        box.addWidget(self.once)
        return page

    # --- actions -----------------------------------------------------------------------------

    def _create(self) -> None:
        reason = refusal(self.session)
        if reason:
            self.error.setText(reason)
            return
        self.create_button.setEnabled(False)
        self.error.setText("")
        self.session.spawn(self._send(), "hosts-create-key")

    async def _send(self) -> None:
        try:
            issued = await self.session.client.create_registration_key(
                self.site.id, self.cloud.currentData(), int(self.validity.currentData())
            )
        except StandbyError as exc:
            self.error.setText(getattr(exc, "detail", "") or str(exc))
            self.create_button.setEnabled(True)
            return
        self.show_issued(issued)

    def show_issued(self, issued: IssuedRegistrationKey) -> None:
        self.issued = issued
        cloud = self.session.cache.objects("cloud").get(issued.cloud_id or "")
        where = cloud.name if cloud is not None else self.cloud.currentText()
        self.summary.setText(
            _tr(
                "Registration key created for one host of the site {0} (cloud: {1}). It "
                "works once, until {2}."
            ).format(self.site.name, where, _when(issued.expires_at))
        )
        self.command.setPlainText(agent_command(key_file_name(self.site.name)))
        self.choose_page.hide()
        self.issued_page.show()
        self.create_button.hide()
        self.cancel.hide()
        self.close_button.show()
        self.save.setDefault(True)
        self.save.setFocus()
        self.box.activate()
        width = self.width()
        self.resize(width, max(self.box.totalHeightForWidth(width), self.sizeHint().height()) + 8)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command.toPlainText())
        self.saved_note.setText(_tr("Command copied to the clipboard."))

    def _choose_file(self) -> None:
        chooser = QFileDialog(self, _tr("Save the registration key"))
        chooser.setObjectName("addHostSaveChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(_tr("Registration keys (*.key);;All files (*)"))
        chooser.selectFile(key_file_name(self.site.name))
        chooser.fileSelected.connect(lambda path: self.save_key(Path(path)))
        self.chooser = chooser
        chooser.open()

    def save_key(self, path: Path) -> bool:
        """Write the key file, readable by its owner only."""
        if self.issued is None:
            return False
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                os.fchmod(f.fileno(), 0o600)
                f.write(self.issued.key_text)
        except OSError as exc:
            self.error.setText(
                _tr("Cannot save the key file {0}: {1}").format(str(path), exc.strerror)
            )
            return False
        self.saved_to = path
        self.error.setText("")
        self.saved_note.setText(
            _tr("Saved to {0} (readable by you only). Copy it to the host.").format(str(path))
        )
        self.command.setPlainText(agent_command(path.name))
        return True

    def reject(self) -> None:
        if self.issued is not None and self.saved_to is None and not self._closing:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                _tr("The key is not saved"),
                _tr(
                    "The registration key's file is not saved, and it cannot be shown again. "
                    "Close anyway? (The key then expires unused.)"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setObjectName("addHostUnsaved")
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Close).clicked.connect(self._close_anyway)
            self.unsaved_box = box
            box.open()
            return
        super().reject()

    def _close_anyway(self) -> None:
        self._closing = True
        self.reject()


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# --- Remove host… ---------------------------------------------------------------------------


def removal_text(session: Session, host_id: str) -> str:
    host = session.cache.objects("host")[host_id]
    items = protected_items_on(session, host_id)
    vms = [v for v in session.cache.objects("vm").values() if v.host_id == host_id]
    text = _tr("Remove the host {0} from the control plane?").format(host.name) + "\n\n"
    if vms:
        text += _tr(
            "Its agent is refused from then on, and the host and the VMs on it ({0}) leave "
            "the inventory."
        ).format(len(vms))
    else:
        text += _tr("Its agent is refused from then on, and the host leaves the inventory.")
    text += " " + _tr(
        "Nothing is deleted on the host itself. To bring it back, add it again with a new "
        "registration key."
    )
    text += "\n\n"
    if items:
        text += _tr(
            "Protected VMs that replicate from or to this host: {0}. Their replication stops, "
            "and they cannot fail over through it, until the host is added again."
        ).format(len(items))
    else:
        text += _tr("No protected VM replicates from or to this host.")
    return text


def confirm_remove_host(
    window: Any, host_id: str, done: Callable[[str], None] | None = None
) -> QMessageBox:
    session: Session = window.session
    host = session.cache.objects("host")[host_id]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _tr("Remove host {0} — Standby").format(host.name),
        removal_text(session, host_id),
        QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setObjectName("removeHostConfirm")
    remove = box.addButton(_tr("&Remove host"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("removeHostButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    async def send() -> None:
        try:
            await session.client.remove_host(host_id)
        except StandbyError as exc:
            _say(window, _tr("Refused: {0}").format(getattr(exc, "detail", "") or exc))
            return
        _say(window, _tr("Host {0} removed.").format(host.name))
        if done is not None:
            done(host_id)

    def clicked() -> None:
        reason = refusal(session)
        if reason:
            _say(window, reason)
            return
        session.spawn(send(), "hosts-remove")

    remove.clicked.connect(clicked)
    window.remove_host_box = box
    box.open()
    return box


# --- where the actions appear -----------------------------------------------------------------


def _say(window: Any, text: str) -> None:
    bar = getattr(window, "statusBar", None)
    if bar is not None:
        bar().showMessage(text, 10000)


def open_dialog(window: Any, dialog: QDialog) -> QDialog:
    """Open `dialog` over the window (non-blocking); its success message to the status bar."""
    window.host_dialog = dialog

    def finished(code: int) -> None:
        message = getattr(dialog, "done_message", "")
        if code == QDialog.DialogCode.Accepted and message:
            _say(window, message)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def node_actions(window: Any, kind: str | None, object_id: str | None) -> list[QAction]:
    """The host administration entries of a tree node (None: the tree's empty space); [] when
    the vault's hosts do not enroll with it."""
    session: Session = window.session
    if not host_registration(session):
        return []
    reason = refusal(session)
    actions: list[QAction] = []

    def add(text: str, name: str, slot: Callable[[], Any]) -> None:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setEnabled(not reason)
        if reason:
            action.setToolTip(reason)
            action.setStatusTip(reason)
        action.triggered.connect(lambda _checked=False: slot())
        actions.append(action)

    if kind == "site" and object_id is not None:
        add(
            _tr("&Add a host…"),
            "addHost",
            lambda: open_dialog(window, AddHostDialog(session, object_id, None, window)),
        )
        add(
            _tr("New &cloud…"),
            "newCloud",
            lambda: open_dialog(window, NewCloudDialog(session, object_id, window)),
        )
    elif kind == "cloud" and object_id is not None:
        cloud = session.cache.objects("cloud").get(object_id)
        if cloud is not None:
            add(
                _tr("&Add a host…"),
                "addHost",
                lambda: open_dialog(
                    window, AddHostDialog(session, cloud.site_id, object_id, window)
                ),
            )
    elif kind == "host" and object_id is not None:
        add(
            _tr("&Move to cloud…"),
            "moveHost",
            lambda: open_dialog(window, MoveHostDialog(session, object_id, window)),
        )
        add(_tr("&Remove host…"), "removeHost", lambda: confirm_remove_host(window, object_id))
    if kind in (None, "site"):
        add(
            _tr("New &site…"),
            "newSite",
            lambda: open_dialog(window, NewSiteDialog(session, window)),
        )
    return actions


def node_menu(window: Any, kind: str | None, object_id: str | None) -> QMenu | None:
    actions = node_actions(window, kind, object_id)
    if not actions:
        return None
    menu = QMenu(window)
    menu.setObjectName("hostsMenu")
    menu.setToolTipsVisible(True)
    for action in actions:
        action.setParent(menu)
        menu.addAction(action)
    return menu


def install_hosts(window: Any) -> QMenu:
    """The main window's Fabric menu: new site, and the selected node's host administration;
    shown only while the vault's hosts enroll with it."""
    menu = window.menuBar().addMenu(_tr("F&abric"))
    menu.setObjectName("fabricMenu")

    def fill() -> None:
        menu.clear()
        node = window.node_at(window.tree.currentIndex())
        kind, object_id = (node.kind, node.id) if node is not None else (None, None)
        actions = node_actions(window, kind, object_id)
        if kind not in (None, "site"):
            actions += node_actions(window, None, None)
        for action in actions:
            action.setParent(menu)
            menu.addAction(action)

    menu.aboutToShow.connect(fill)
    menu.menuAction().setVisible(host_registration(window.session))
    window.fabric_menu = menu
    return menu
