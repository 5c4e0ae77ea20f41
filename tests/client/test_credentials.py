"""Tokens in the keyring: an in-memory backend stands in for the OS keyring (the boundary)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from app.client.credentials import SERVICE, CredentialStore
from app.client.errors import CredentialsUnavailable, StandbyError


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, as an OS keyring would behave."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")


@pytest.fixture
def system_keyring() -> Iterator[MemoryKeyring]:
    """Install the in-memory backend as keyring's own choice, as the OS would provide one."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def test_tokens_per_profile(system_keyring: MemoryKeyring) -> None:
    store = CredentialStore()
    status = store.available()
    assert status and status.available and status.reason == ""
    assert status.backend.endswith("MemoryKeyring")

    assert store.get("production") is None
    store.set("production", "sby_prod")
    store.set("lab", "sby_lab")
    assert store.get("production") == "sby_prod" and store.get("lab") == "sby_lab"
    assert system_keyring.secrets == {
        (SERVICE, "production"): "sby_prod",
        (SERVICE, "lab"): "sby_lab",
    }

    store.set("production", "sby_rotated")
    assert store.get("production") == "sby_rotated"
    assert store.delete("production") is True
    assert store.get("production") is None
    assert store.delete("production") is False  # nothing to forget
    assert store.get("lab") == "sby_lab"
    with pytest.raises(ValueError):
        store.set("lab", "")


def test_an_explicit_backend_and_service() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(service="standby-test", backend=backend)
    store.set("vault", "sby_t")
    assert backend.secrets == {("standby-test", "vault"): "sby_t"}


def test_no_keyring_backend_is_reported_not_hidden() -> None:
    store = CredentialStore(backend=fail.Keyring())
    status = store.available()
    assert not status and not status.available
    assert "No system keyring was found" in status.reason
    with pytest.raises(CredentialsUnavailable) as caught:
        store.get("production")
    assert "production" in str(caught.value) and "No system keyring" in str(caught.value)
    assert isinstance(caught.value, StandbyError)
    with pytest.raises(CredentialsUnavailable):
        store.set("production", "sby_x")
    with pytest.raises(CredentialsUnavailable):
        store.delete("production")


def test_the_null_backend_counts_as_unavailable() -> None:
    status = CredentialStore(backend=null.Keyring()).available()
    assert not status and "disabled" in status.reason


def test_a_locked_keyring_is_a_readable_error() -> None:
    store = CredentialStore(backend=LockedKeyring())
    assert store.available()  # a backend exists; this one call is refused
    with pytest.raises(CredentialsUnavailable) as caught:
        store.get("production")
    assert "refused to read the token of 'production'" in str(caught.value)
    assert "locked" in str(caught.value)
