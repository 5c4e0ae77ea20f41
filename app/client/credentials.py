"""Bearer tokens in the OS keyring (service "standby", one entry per connection profile).

Secrets go to the keyring and nowhere else: when no usable backend exists (headless Linux
without a Secret Service, or keyring disabled), `available()` says so with a reason to show,
and the console asks for the token each session instead of writing it to a file.
"""

from __future__ import annotations

from dataclasses import dataclass

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from .errors import CredentialsUnavailable

SERVICE = "standby"


@dataclass(frozen=True)
class KeyringStatus:
    """Whether tokens can be remembered; truthy when they can."""

    available: bool
    backend: str
    reason: str = ""  # in English
    code: str = ""  # the reason for a console to say in its language: load-failed, none, null
    detail: str = ""  # load-failed: the error

    def __bool__(self) -> bool:
        return self.available


def _backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class CredentialStore:
    """Get, set and delete the token of a connection profile in the OS keyring."""

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None):
        self.service = service
        self._backend = backend  # None: keyring's own choice, looked up on each use

    @property
    def backend(self) -> KeyringBackend:
        return self._backend if self._backend is not None else keyring.get_keyring()

    def available(self) -> KeyringStatus:
        """Whether a usable backend exists, and if not, why (text for the operator)."""
        try:
            backend = self.backend
        except KeyringError as exc:  # a configured backend that failed to load
            return KeyringStatus(
                False, "?", f"The keyring could not be loaded: {exc}", "load-failed", str(exc)
            )
        name = _backend_name(backend)
        if isinstance(backend, fail.Keyring):
            return KeyringStatus(
                False,
                name,
                "No system keyring was found (on Linux: a Secret Service such as GNOME "
                "Keyring or KWallet). Tokens are not remembered; you are asked for them "
                "each session.",
                "none",
            )
        if isinstance(backend, null.Keyring):
            return KeyringStatus(
                False,
                name,
                "The keyring is disabled (null backend). Tokens are not remembered; you are "
                "asked for them each session.",
                "null",
            )
        return KeyringStatus(True, name)

    def get(self, profile: str) -> str | None:
        """The profile's token, or None when none is stored."""
        try:
            return self.backend.get_password(self.service, profile)
        except KeyringError as exc:
            raise self._failure("read", profile, exc) from exc

    def set(self, profile: str, token: str) -> None:
        if not token:
            raise ValueError("an empty token cannot be stored")
        try:
            self.backend.set_password(self.service, profile, token)
        except KeyringError as exc:
            raise self._failure("store", profile, exc) from exc

    def delete(self, profile: str) -> bool:
        """Forget the profile's token; False when there was none."""
        try:
            self.backend.delete_password(self.service, profile)
        except PasswordDeleteError:
            return False
        except KeyringError as exc:
            raise self._failure("delete", profile, exc) from exc
        return True

    def _failure(self, verb: str, profile: str, exc: KeyringError) -> CredentialsUnavailable:
        if isinstance(exc, NoKeyringError):
            reason = self.available().reason or str(exc)
            return CredentialsUnavailable(f"Cannot {verb} the token of '{profile}': {reason}")
        return CredentialsUnavailable(
            f"The keyring refused to {verb} the token of '{profile}': {exc or type(exc).__name__}"
        )
