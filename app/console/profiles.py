"""Connection profiles: where each vault is (QSettings) and its token (the OS keyring only).

QSettings holds a profile's name, URL and CA file — never the token. The token lives in the
keyring through app.client's CredentialStore; when no keyring backend exists the console
says so and asks for the token each session (it is kept in memory only).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from app.client.credentials import CredentialStore, KeyringStatus
from app.client.errors import CredentialsUnavailable

GROUP = "profiles"
LAST = "connection/lastProfile"


@dataclass(frozen=True)
class Profile:
    name: str
    url: str
    ca_file: str = ""


def valid_name(name: str) -> bool:
    return bool(name.strip()) and not any(c in name for c in "/\\=")


class ProfileStore:
    def __init__(self, settings: QSettings, credentials: CredentialStore | None = None):
        self.settings = settings
        self.credentials = credentials or CredentialStore()
        self._session_tokens: dict[str, str] = {}  # asked this session, when no keyring

    def names(self) -> list[str]:
        self.settings.beginGroup(GROUP)
        try:
            return sorted(self.settings.childGroups(), key=str.casefold)
        finally:
            self.settings.endGroup()

    def get(self, name: str) -> Profile | None:
        if name not in self.names():
            return None
        url = self.settings.value(f"{GROUP}/{name}/url", "")
        ca_file = self.settings.value(f"{GROUP}/{name}/caFile", "")
        return Profile(name, str(url or ""), str(ca_file or ""))

    def save(self, profile: Profile) -> None:
        if not valid_name(profile.name):
            raise ValueError(f"'{profile.name}' cannot name a profile (no / \\ or =)")
        self.settings.setValue(f"{GROUP}/{profile.name}/url", profile.url)
        self.settings.setValue(f"{GROUP}/{profile.name}/caFile", profile.ca_file)
        self.settings.sync()

    def delete(self, name: str) -> None:
        self.settings.remove(f"{GROUP}/{name}")
        self.settings.sync()
        self._session_tokens.pop(name, None)
        with contextlib.suppress(CredentialsUnavailable):
            self.credentials.delete(name)

    @property
    def last_used(self) -> str | None:
        value = self.settings.value(LAST, "")
        return str(value) if value and str(value) in self.names() else None

    def set_last_used(self, name: str) -> None:
        self.settings.setValue(LAST, name)
        self.settings.sync()

    # --- tokens -----------------------------------------------------------------------------

    def keyring_status(self) -> KeyringStatus:
        return self.credentials.available()

    def token(self, name: str) -> str | None:
        """The profile's token: from the keyring, or given earlier this session."""
        if name in self._session_tokens:
            return self._session_tokens[name]
        if not self.keyring_status():
            return None
        try:
            return self.credentials.get(name)
        except CredentialsUnavailable:
            return None

    def set_token(self, name: str, token: str, remember: bool) -> str:
        """Keep the token for this session and, when asked and possible, in the keyring.

        Returns "" when it was stored as asked, else the reason it could not be (to show).
        """
        self._session_tokens[name] = token
        if not remember:
            return ""
        status = self.keyring_status()
        if not status:
            return status.reason
        try:
            self.credentials.set(name, token)
        except CredentialsUnavailable as exc:
            return str(exc)
        return ""
