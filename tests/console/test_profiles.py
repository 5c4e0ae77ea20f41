"""Connection profiles: the token goes to the keyring and never into QSettings; without a
keyring the console says so and asks for the token each session; the connect dialog."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.backends import null
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QPushButton

from app.client.credentials import CredentialStore
from app.console.app import choose_target
from app.console.connect_dialog import ConnectDialog
from app.console.profiles import Profile, ProfileStore
from tests.console.test_window import shoot

TOKEN = "sby_secret_token_that_must_not_leak"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username))


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "profiles.ini"), QSettings.Format.IniFormat)


def test_token_goes_to_the_keyring_and_never_into_qsettings(tmp_path):
    backend = MemoryKeyring()
    store = ProfileStore(ini(tmp_path), CredentialStore(backend=backend))
    store.save(Profile("Production", "https://vault.example:7410", "/etc/vault-ca.pem"))
    assert store.set_token("Production", TOKEN, remember=True) == ""
    store.set_last_used("Production")
    assert backend.passwords == {("standby", "Production"): TOKEN}
    text = (tmp_path / "profiles.ini").read_text()
    assert "vault.example" in text and TOKEN not in text
    assert all(
        TOKEN not in p.read_text(errors="ignore") for p in tmp_path.rglob("*") if p.is_file()
    )
    again = ProfileStore(ini(tmp_path), CredentialStore(backend=backend))  # a new session
    assert again.get("Production") == Profile(
        "Production", "https://vault.example:7410", "/etc/vault-ca.pem"
    )
    assert again.token("Production") == TOKEN
    assert again.last_used == "Production"
    again.delete("Production")
    assert backend.passwords == {} and again.names() == []


def test_without_a_keyring_the_console_says_so_and_asks(tmp_path, run, qtbot):
    store = ProfileStore(ini(tmp_path), CredentialStore(backend=null.Keyring()))
    store.save(Profile("Lab", "http://127.0.0.1:7411"))
    reason = store.set_token("Lab", TOKEN, remember=True)
    assert "keyring" in reason.lower()
    assert TOKEN not in (tmp_path / "profiles.ini").read_text()
    fresh = ProfileStore(ini(tmp_path), CredentialStore(backend=null.Keyring()))
    assert fresh.token("Lab") is None  # a new session: nothing remembered anywhere

    dialogs: list[ConnectDialog] = []

    def answer():
        from PySide6.QtWidgets import QApplication

        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ConnectDialog) and w.isVisible()
        )
        dialogs.append(dialog)
        assert not dialog.remember.isEnabled()
        assert "No" in dialog.keyring_note.text() or "disabled" in dialog.keyring_note.text()
        assert dialog.message.isVisible()
        assert dialog.url.text() == "http://127.0.0.1:7411"
        shoot(dialog, "connect-dialog-no-keyring")  # (inside the running loop)
        dialog.token.setText("sby_given_now")
        dialog.findChild(QPushButton, "connectButton").click()

    QTimer.singleShot(300, answer)
    args = type("Args", (), {"profile": "Lab", "url": None, "token": None, "ca": None})()
    target = run(choose_target(args, fresh), timeout=20)
    assert dialogs and target is not None
    assert (target.url, target.token, target.profile) == (
        "http://127.0.0.1:7411",
        "sby_given_now",
        "Lab",
    )
    assert "sby_given_now" not in (tmp_path / "profiles.ini").read_text()


def test_connect_dialog_with_a_keyring(tmp_path, qtbot):
    backend = MemoryKeyring()
    store = ProfileStore(ini(tmp_path), CredentialStore(backend=backend))
    store.save(Profile("Production", "https://vault.example:7410"))
    store.set_token("Production", TOKEN, remember=True)
    dialog = ConnectDialog(store)
    qtbot.addWidget(dialog)
    dialog.select_profile("Production")
    assert dialog.remember.isEnabled() and dialog.remember.isChecked()
    assert dialog.token.text() == TOKEN
    received = []
    dialog.connect_requested.connect(lambda *a: received.append(a))
    dialog.url.setText("ftp://nope")
    dialog._accept()
    assert not received and "https://" in dialog.error.text()
    dialog.url.setText("https://vault.example:7410")
    dialog.open()
    shoot(dialog, "connect-dialog")
    dialog._accept()
    assert received[0][0] == Profile("Production", "https://vault.example:7410")
