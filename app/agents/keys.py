"""The registration key file: what an admin hands to a host so that its agent can enroll once.

The control plane writes it when an admin creates a key (`standby host-key create`, the
console's "Add a host…"); the agent reads it (`standby agent --register FILE`). It is JSON:

    {"format": "standby-registration-key", "version": 1,
     "hub": "cp.example:7443",            where the agent connects (the control plane's hub)
     "ca": "-----BEGIN CERTIFICATE-----…", the vault's agent CA: the agent trusts the hub by it
     "key_id": "key-…", "secret": "…",    the one-time key (the control plane keeps a hash)
     "site": "Stockholm", "cloud": "Gold" or null,
     "expires_at": "2026-12-04T09:00:00+00:00"}

The secret makes the file as sensitive as a password until it is used or expires: it is
written readable by its owner only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.replication.certificates import make_csr as _make_csr

FORMAT = "standby-registration-key"
VERSION = 1


@dataclass(frozen=True)
class KeyFile:
    """A registration key file as the agent reads it."""

    hub: str
    ca_pem: bytes
    key_id: str
    secret: str
    site: str
    cloud: str | None
    expires_at: datetime


def key_text(
    *,
    hub: str,
    ca_pem: bytes,
    key_id: str,
    secret: str,
    site: str,
    cloud: str | None,
    expires_at: datetime,
) -> str:
    """The key file's content (shown once: it holds the secret)."""
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "hub": hub,
        "ca": ca_pem.decode("ascii"),
        "key_id": key_id,
        "secret": secret,
        "site": site,
        "cloud": cloud,
        "expires_at": expires_at.astimezone(UTC).isoformat(timespec="seconds"),
    }
    return json.dumps(doc, indent=1) + "\n"


def parse_key(
    text: str, where: str = "the registration key", now: datetime | None = None
) -> KeyFile:
    """A key from its text; ValueError with one line an operator understands otherwise."""
    not_a_key = (
        f"{where} is not a Standby registration key (create one with `standby host-key create`)"
    )
    try:
        doc = json.loads(text)
    except ValueError:
        raise ValueError(not_a_key) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(not_a_key)
    if doc.get("version") != VERSION:
        raise ValueError(
            f"{where} is a registration key of format version {doc.get('version')!r}; "
            f"this Standby reads version {VERSION}"
        )
    try:
        expires_at = datetime.fromisoformat(doc["expires_at"])
        if expires_at.tzinfo is None:
            raise ValueError("no time zone")
        key = KeyFile(
            hub=_text(doc, "hub"),
            ca_pem=_text(doc, "ca").encode("ascii"),
            key_id=_text(doc, "key_id"),
            secret=_text(doc, "secret"),
            site=_text(doc, "site"),
            cloud=doc.get("cloud") if isinstance(doc.get("cloud"), str) else None,
            expires_at=expires_at,
        )
    except (KeyError, TypeError, ValueError, UnicodeError):
        raise ValueError(f"{where} is damaged: a field is missing or invalid") from None
    now = now or datetime.now(UTC)
    if key.expires_at <= now:
        raise ValueError(
            f"the registration key in {where} expired at "
            f"{key.expires_at.astimezone(UTC):%Y-%m-%d %H:%M} UTC: create a new key "
            f"(`standby host-key create --site {key.site}`)"
        )
    return key


def _text(doc: dict, name: str) -> str:
    value = doc[name]
    if not isinstance(value, str) or not value:
        raise ValueError(name)
    return value


def read_key_file(path: Path | str, now: datetime | None = None) -> KeyFile:
    """Read a registration key file; ValueError (one line) for a missing, unreadable,
    damaged or expired one, or a file that is not a key."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValueError(f"no registration key file at {path}") from None
    except IsADirectoryError:
        raise ValueError(f"{path} is a folder, not a registration key file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not a Standby registration key") from None
    except OSError as exc:
        raise ValueError(f"cannot read the registration key file {path}: {exc.strerror}") from None
    return parse_key(text, str(path), now)


def make_csr(host_name: str, addresses: list[str]) -> tuple[bytes, bytes]:
    """The agent's side of enrollment: a new private key (kept on the host, never sent) and a
    certificate signing request for it, as (key PEM, CSR PEM)."""
    return _make_csr(host_name, addresses)
