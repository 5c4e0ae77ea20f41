"""The control plane's own record of a host-agent estate: sites, clouds, enrolled hosts and
registration keys, and the vault's agent CA that certifies every host.

Sites and clouds are the control plane's grouping of hosts (VMM's role in the seeds). A host
enrolls once with a one-time registration key: the agent sends the key and a certificate
signing request, the CA signs it (CN = the host's id), and from then on the agent proves who it
is with that certificate on its mTLS connection to the hub; `admitted()` says whether a host
id and certificate serial may still come in.

Everything lives in one folder:

    registry.json       sites, clouds, hosts, keys (hashes only), removed hosts
    ca.crt, ca.key      the agent CA (made once; the key readable by its owner only)
    hub.crt, hub.key    the hub's server certificate, signed by the CA, for the hub address

`registry.json` is replaced atomically after each change, before the call returns. The
registry is synchronous and not thread-safe: one asyncio loop calls it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import socket
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509

from app.domain.fabric import FabricError, RegistrationKey, UnknownObject
from app.replication.certificates import BadRequest, CertKey, make_ca, make_host_cert, sign_request
from app.replication.sparse import write_json_atomic

from .keys import key_text

FORMAT = "standby-registry"
VERSION = 1
MAX_NAME = 120
MAX_KEY_SECONDS = 7 * 24 * 3600


class RegistryRefused(FabricError, ValueError):
    """A request the registry refuses (a name taken, a cloud of another site, …); the message
    says why. A FabricError (the server answers 409) and a ValueError."""


class EnrollmentRefused(Exception):
    """An agent's enrollment was refused; `reason` is written for the operator at the host."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class SiteRecord:
    id: str
    name: str
    location: str = ""


@dataclass(frozen=True)
class CloudRecord:
    id: str
    site_id: str
    name: str


@dataclass(frozen=True)
class HostRecord:
    id: str
    name: str
    site_id: str
    cloud_id: str
    enrolled_at: datetime
    cert_serial: int
    addresses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Key:
    id: str
    site_id: str
    cloud_id: str | None
    secret_sha256: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    used_by: str | None = None  # the host's name


@dataclass(frozen=True)
class _Removed:
    id: str
    name: str
    removed_at: datetime


def _when(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40] or "x"


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _clean_name(what: str, name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise RegistryRefused(f"a {what} needs a name")
    if len(name) > MAX_NAME:
        raise RegistryRefused(f"a {what}'s name has at most {MAX_NAME} characters")
    return name


def hub_host(hub_address: str) -> str:
    """The host part of "host:port" ("[::1]:7443" → "::1")."""
    host, sep, port = hub_address.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise ValueError(f"'{hub_address}' is not a hub address (host:port)")
    return host[1:-1] if host.startswith("[") and host.endswith("]") else host


def _any_address(host: str) -> bool:
    """0.0.0.0 or :: (listen everywhere): an address to bind, not one to connect to."""
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def machine_name() -> str:
    """This machine's name as other hosts would reach it: its fully qualified name, or its
    host name when that resolves to nothing better than localhost."""
    for name in (socket.getfqdn(), socket.gethostname()):
        if name and not name.casefold().startswith("localhost"):
            return name
    return socket.gethostname() or "localhost"


def _valid_address(address: str) -> bool:
    try:
        ipaddress.ip_address(address)
        return True
    except ValueError:
        return bool(re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?", address))


class Registry:
    """Sites, clouds, hosts and registration keys of one control plane (see the module)."""

    def __init__(
        self, folder: Path, hub_address: str, *, clock: Callable[[], datetime] | None = None
    ):
        self.folder = Path(folder)
        self.hub_address = hub_address
        self._now = clock or (lambda: datetime.now(UTC))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / "registry.json"
        self.ca = self._load_or_make_ca()
        self.hub = self._load_or_make_hub_cert()
        self._sites: dict[str, SiteRecord] = {}
        self._clouds: dict[str, CloudRecord] = {}
        self._hosts: dict[str, HostRecord] = {}
        self._keys: dict[str, _Key] = {}
        self._removed: dict[str, _Removed] = {}
        self._load()

    # --- the CA and the hub's certificate --------------------------------------------------

    @property
    def ca_path(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def hub_cert_path(self) -> Path:
        return self.folder / "hub.crt"

    @property
    def hub_key_path(self) -> Path:
        return self.folder / "hub.key"

    def _load_or_make_ca(self) -> CertKey:
        cert, key = self.folder / "ca.crt", self.folder / "ca.key"
        if cert.exists() and key.exists():
            return CertKey(cert.read_bytes(), key.read_bytes())
        if cert.exists() or key.exists():
            raise RuntimeError(
                f"the agent CA in {self.folder} is half there (ca.crt or ca.key missing): "
                "restore it from a backup — a new CA would lock every enrolled host out"
            )
        ca = make_ca("Standby agent CA")
        ca.write(self.folder, "ca")
        return ca

    @property
    def advertised_address(self) -> str:
        """The hub's address as key files name it, for agents to connect to: the hub address,
        except that a hub listening everywhere (0.0.0.0, ::) is named by this machine's name
        (`machine_name`)."""
        host = hub_host(self.hub_address)
        port = self.hub_address.rpartition(":")[2]
        if _any_address(host):
            host = machine_name()
        return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"

    def _hub_names(self) -> list[str]:
        """The names the hub's certificate carries: the advertised host (and, for a hub
        listening everywhere, this machine's short host name too)."""
        names = [hub_host(self.advertised_address)]
        if _any_address(hub_host(self.hub_address)):
            short = socket.gethostname()
            if short and short not in names:
                names.append(short)
        return names

    def _load_or_make_hub_cert(self) -> CertKey:
        names = self._hub_names()
        cert, key = self.hub_cert_path, self.hub_key_path
        if cert.exists() and key.exists():
            found = CertKey(cert.read_bytes(), key.read_bytes())
            if all(self._hub_cert_fits(found.certificate, name) for name in names):
                return found
        hub = make_host_cert(self.ca, "standby-hub", hosts=names)
        hub.write(self.folder, "hub")
        return hub

    def _hub_cert_fits(self, cert: x509.Certificate, host: str) -> bool:
        if cert.issuer != self.ca.certificate.subject:
            return False
        if cert.not_valid_after_utc - timedelta(days=30) < datetime.now(UTC):
            return False
        try:
            names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        except x509.ExtensionNotFound:
            return False
        known = {str(ip) for ip in names.get_values_for_type(x509.IPAddress)}
        known.update(names.get_values_for_type(x509.DNSName))
        with contextlib.suppress(ValueError):  # an IP address in its canonical spelling
            host = str(ipaddress.ip_address(host))
        return host in known

    # --- persistence ------------------------------------------------------------------------

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RuntimeError(f"cannot read the host registry {self.path}: {exc}") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise RuntimeError(f"{self.path} is not a Standby host registry")
        if doc.get("version") != VERSION:
            raise RuntimeError(
                f"{self.path} is a host registry of version {doc.get('version')!r}; "
                f"this Standby reads version {VERSION}"
            )
        for s in doc.get("sites", []):
            self._sites[s["id"]] = SiteRecord(**s)
        for c in doc.get("clouds", []):
            self._clouds[c["id"]] = CloudRecord(**c)
        for h in doc.get("hosts", []):
            h = dict(h, enrolled_at=datetime.fromisoformat(h["enrolled_at"]))
            self._hosts[h["id"]] = HostRecord(**h)
        for k in doc.get("keys", []):
            k = dict(k)
            for name in ("created_at", "expires_at", "used_at"):
                if k.get(name) is not None:
                    k[name] = datetime.fromisoformat(k[name])
            self._keys[k["id"]] = _Key(**k)
        for r in doc.get("removed", []):
            r = dict(r, removed_at=datetime.fromisoformat(r["removed_at"]))
            self._removed[r["id"]] = _Removed(**r)

    def _save(self) -> None:
        def plain(record: Any) -> dict[str, Any]:
            return {
                k: v.isoformat() if isinstance(v, datetime) else v
                for k, v in asdict(record).items()
            }

        doc = {
            "format": FORMAT,
            "version": VERSION,
            "sites": [plain(s) for s in self._sites.values()],
            "clouds": [plain(c) for c in self._clouds.values()],
            "hosts": [plain(h) for h in self._hosts.values()],
            "keys": [plain(k) for k in self._keys.values()],
            "removed": [plain(r) for r in self._removed.values()],
        }
        write_json_atomic(self.path, doc)
        os.chmod(self.path, 0o600)  # key hashes and host records: the vault's own business

    def _new_id(self, prefix: str, name: str, taken: set[str], suffix: bool = False) -> str:
        base = f"{prefix}-{_slug(name)}"
        while True:
            candidate = f"{base}-{secrets.token_hex(3)}" if suffix else base
            if candidate not in taken:
                return candidate
            suffix = True

    # --- reading ----------------------------------------------------------------------------

    def sites(self) -> list[SiteRecord]:
        return list(self._sites.values())

    def clouds(self) -> list[CloudRecord]:
        return list(self._clouds.values())

    def hosts(self) -> list[HostRecord]:
        return list(self._hosts.values())

    def site(self, site_id: str) -> SiteRecord:
        try:
            return self._sites[site_id]
        except KeyError:
            raise UnknownObject(f"no site with id '{site_id}'") from None

    def cloud(self, cloud_id: str) -> CloudRecord:
        try:
            return self._clouds[cloud_id]
        except KeyError:
            raise UnknownObject(f"no cloud with id '{cloud_id}'") from None

    def host(self, host_id: str) -> HostRecord:
        try:
            return self._hosts[host_id]
        except KeyError:
            raise UnknownObject(f"no host with id '{host_id}'") from None

    # --- administration ---------------------------------------------------------------------

    def create_site(self, name: str, location: str = "") -> SiteRecord:
        name = _clean_name("site", name)
        for site in self._sites.values():
            if site.name.casefold() == name.casefold():
                raise RegistryRefused(f"a site named '{site.name}' exists already")
        site_id = self._new_id("site", name, set(self._sites))
        site = SiteRecord(site_id, name, " ".join(str(location).split())[:MAX_NAME])
        self._sites[site_id] = site
        self._save()
        return site

    def create_cloud(self, site_id: str, name: str) -> CloudRecord:
        site = self.site(site_id)
        name = _clean_name("cloud", name)
        for cloud in self._clouds.values():
            if cloud.site_id == site_id and cloud.name.casefold() == name.casefold():
                raise RegistryRefused(f"the site {site.name} has a cloud named '{cloud.name}'")
        cloud_id = self._new_id("cloud", f"{site.name}-{name}", set(self._clouds))
        cloud = CloudRecord(cloud_id, site_id, name)
        self._clouds[cloud_id] = cloud
        self._save()
        return cloud

    def create_key(self, site_id: str, cloud_id: str | None, valid_seconds: int) -> RegistrationKey:
        """A one-time key for one host to enroll into `site_id` (into `cloud_id` when given);
        only the secret's hash is kept. The key's `text` is the key file, shown once."""
        site = self.site(site_id)
        cloud = None
        if cloud_id is not None:
            cloud = self.cloud(cloud_id)
            if cloud.site_id != site_id:
                raise RegistryRefused(
                    f"the cloud {cloud.name} is in the site {self._sites[cloud.site_id].name}, "
                    f"not in {site.name}"
                )
        if not 60 <= valid_seconds <= MAX_KEY_SECONDS:
            raise RegistryRefused(
                "a registration key is valid for 1 minute to 7 days "
                f"(asked: {valid_seconds} seconds)"
            )
        now = self._now()
        secret = secrets.token_urlsafe(32)  # 256 bits: a fast hash is enough
        key = _Key(
            id=f"key-{secrets.token_hex(8)}",
            site_id=site_id,
            cloud_id=cloud_id,
            secret_sha256=_hash(secret),
            created_at=now,
            expires_at=now + timedelta(seconds=valid_seconds),
        )
        self._keys[key.id] = key
        self._prune_keys(now)
        self._save()
        text = key_text(
            hub=self.advertised_address,
            ca_pem=self.ca.cert_pem,
            key_id=key.id,
            secret=secret,
            site=site.name,
            cloud=cloud.name if cloud is not None else None,
            expires_at=key.expires_at,
        )
        return RegistrationKey(key.id, site_id, cloud_id, key.expires_at, text)

    def _prune_keys(self, now: datetime) -> None:
        """Forget keys a month past their expiry (a used key's record says who used it, for
        the refusal of a second use; after a month, "not issued here" is as good)."""
        for key in list(self._keys.values()):
            if key.expires_at + timedelta(days=30) < now:
                del self._keys[key.id]

    def place_host(self, host_id: str, cloud_id: str) -> HostRecord:
        host = self.host(host_id)
        cloud = self.cloud(cloud_id)
        if cloud.site_id != host.site_id:
            raise RegistryRefused(
                f"the host {host.name} is in the site {self._sites[host.site_id].name}: "
                f"it can move only to a cloud of that site, and {cloud.name} is in "
                f"{self._sites[cloud.site_id].name}"
            )
        placed = HostRecord(**{**asdict(host), "cloud_id": cloud_id})
        self._hosts[host_id] = placed
        self._save()
        return placed

    def remove_host(self, host_id: str) -> None:
        """Forget an enrolled host; its agent is refused from then on (`admitted`)."""
        host = self.host(host_id)
        del self._hosts[host_id]
        self._removed[host_id] = _Removed(host_id, host.name, self._now())
        self._save()

    # --- enrollment -------------------------------------------------------------------------

    def enroll(
        self, key_id: str, secret: str, csr_pem: bytes, host_name: str, addresses: list[str]
    ) -> tuple[HostRecord, bytes]:
        """Enroll a host with a registration key: check the key, sign the host's request,
        record the host, mark the key used. EnrollmentRefused (and nothing recorded) when the
        key is unknown, forged, used or expired, or the request is bad. A host of the same name
        already enrolled in the key's site enrolls again: same id and cloud, a new certificate
        (the old one is superseded)."""
        now = self._now()
        key = self._keys.get(key_id)
        if key is None or not hmac.compare_digest(key.secret_sha256, _hash(secret)):
            raise EnrollmentRefused(
                "this registration key is not one this control plane issued (or its secret "
                "was changed): create a new key and use its file as it is"
            )
        if key.used_at is not None:
            raise EnrollmentRefused(
                f"this registration key was already used on {_when(key.used_at)} by the host "
                f"{key.used_by}: a key enrolls one host once; create a new key"
            )
        if key.expires_at <= now:
            raise EnrollmentRefused(
                f"this registration key expired at {_when(key.expires_at)}: create a new key"
            )
        site = self._sites.get(key.site_id)
        if site is None:
            raise EnrollmentRefused("the site of this registration key no longer exists")
        host_name = " ".join(str(host_name).split())
        if not host_name or len(host_name) > MAX_NAME:
            raise EnrollmentRefused(f"a host needs a name of 1 to {MAX_NAME} characters")
        addresses = [str(a) for a in addresses]
        bad = [a for a in addresses if not _valid_address(a)]
        if bad:
            raise EnrollmentRefused(
                f"not an IP address or DNS name: {', '.join(repr(a) for a in bad)}"
            )
        same = [h for h in self._hosts.values() if h.name.casefold() == host_name.casefold()]
        if same and same[0].site_id != site.id:
            elsewhere = self._sites[same[0].site_id].name
            raise EnrollmentRefused(
                f"a host named {host_name} is enrolled in the site {elsewhere}: remove it "
                "there first (standby host remove), then register with a new key"
            )
        taken = set(self._hosts) | set(self._removed)
        host_id = same[0].id if same else self._new_id("host", host_name, taken, True)
        try:
            cert_pem = sign_request(self.ca, csr_pem, host_id, addresses)
        except BadRequest as exc:
            raise EnrollmentRefused(str(exc)) from None
        # Nothing changed before this line: a refusal above leaves the registry as it was.
        cloud_id = same[0].cloud_id if same else self._landing_cloud(key)
        serial = x509.load_pem_x509_certificate(cert_pem).serial_number
        host = HostRecord(host_id, host_name, site.id, cloud_id, now, serial, addresses)
        self._hosts[host_id] = host
        self._keys[key.id] = _Key(**{**asdict(key), "used_at": now, "used_by": host_name})
        self._save()
        return host, cert_pem

    def _landing_cloud(self, key: _Key) -> str:
        """The key's cloud, else the site's first cloud, else a new cloud "<site> hosts"
        (recorded with the host, in the same save)."""
        if key.cloud_id is not None and key.cloud_id in self._clouds:
            return key.cloud_id
        for cloud in self._clouds.values():
            if cloud.site_id == key.site_id:
                return cloud.id
        site = self._sites[key.site_id]
        name = f"{site.name} hosts"[:MAX_NAME]
        cloud = CloudRecord(
            self._new_id("cloud", f"{site.name}-hosts", set(self._clouds)), site.id, name
        )
        self._clouds[cloud.id] = cloud
        return cloud.id

    def admitted(self, host_id: str, cert_serial: int) -> str | None:
        """None when a host with this id and certificate may connect; else why not."""
        host = self._hosts.get(host_id)
        if host is not None:
            if host.cert_serial == cert_serial:
                return None
            return (
                f"this certificate of the host {host.name} was superseded: the host registered "
                f"again on {_when(host.enrolled_at)}; use the certificate it received then"
            )
        removed = self._removed.get(host_id)
        if removed is not None:
            return (
                f"this host ({removed.name}) was removed from the control plane on "
                f"{_when(removed.removed_at)}: register it again with a new key"
            )
        return "this host is not enrolled with this control plane: register it with a new key"
