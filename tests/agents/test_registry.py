"""The control plane's host registry: registration keys (one-time, expiring, hashed), the
agent CA signing a host's request, host placement and removal, and the key file."""

from __future__ import annotations

import json
import os
import socket
import ssl
import stat
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509

from app.agents.keys import KeyFile, make_csr, parse_key, read_key_file
from app.agents.registry import EnrollmentRefused, Registry, RegistryRefused
from app.domain.fabric import FabricError, UnknownObject

HUB = "127.0.0.1:7443"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def registry(tmp_path: Path, clock: Clock) -> Registry:
    return Registry(tmp_path / "registry", HUB, clock=clock)


def _enroll(registry: Registry, key_text: str, name: str = "kvm-01", now=None):
    key = parse_key(key_text, now=now or registry._now())
    _private, csr = make_csr(name, ["127.0.0.1"])
    return registry.enroll(key.key_id, key.secret, csr, name, ["127.0.0.1"])


def _state(registry: Registry) -> str:
    return registry.path.read_text() if registry.path.exists() else ""


def test_a_key_enrolls_one_host_into_its_cloud_and_persists(tmp_path, registry, clock) -> None:
    site = registry.create_site("Stockholm", "Kista")
    gold = registry.create_cloud(site.id, "Gold")
    key = registry.create_key(site.id, gold.id, 3600)
    assert key.site_id == site.id and key.cloud_id == gold.id
    assert key.expires_at == clock.now + timedelta(hours=1)
    # Only a hash of the secret is kept.
    secret = json.loads(key.text)["secret"]
    assert secret not in _state(registry)
    assert stat.S_IMODE(os.stat(registry.path).st_mode) == 0o600

    host, cert_pem = _enroll(registry, key.text)
    assert host.name == "kvm-01" and host.cloud_id == gold.id and host.site_id == site.id
    cert = x509.load_pem_x509_certificate(cert_pem)
    assert cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value == host.id
    assert cert.serial_number == host.cert_serial
    assert registry.admitted(host.id, host.cert_serial) is None

    again = Registry(tmp_path / "registry", HUB, clock=clock)  # a restarted control plane
    assert again.hosts() == [host]
    assert again.sites() == [site] and again.clouds() == [gold]
    assert again.ca.cert_pem == registry.ca.cert_pem  # the CA is made once
    assert again.admitted(host.id, host.cert_serial) is None


def test_a_host_lands_in_the_sites_first_cloud_or_a_new_one(registry) -> None:
    bare = registry.create_site("Amsterdam", "")
    host, _ = _enroll(registry, registry.create_key(bare.id, None, 600).text, "ams-1")
    (cloud,) = registry.clouds()
    assert cloud.name == "Amsterdam hosts" and host.cloud_id == cloud.id
    host2, _ = _enroll(registry, registry.create_key(bare.id, None, 600).text, "ams-2")
    assert host2.cloud_id == cloud.id and len(registry.clouds()) == 1


def test_a_used_key_is_refused_and_nothing_is_enrolled(registry, clock) -> None:
    site = registry.create_site("Stockholm", "")
    key = registry.create_key(site.id, None, 3600)
    _enroll(registry, key.text, "kvm-01")
    clock.now += timedelta(minutes=5)
    before = _state(registry)
    with pytest.raises(EnrollmentRefused) as refused:
        _enroll(registry, key.text, "kvm-02")
    assert "already used on 2026-12-04 08:00 UTC by the host kvm-01" in refused.value.reason
    assert "create a new key" in refused.value.reason
    assert [h.name for h in registry.hosts()] == ["kvm-01"]
    assert _state(registry) == before


def test_an_expired_key_is_refused_and_nothing_is_enrolled(registry, clock) -> None:
    site = registry.create_site("Stockholm", "")
    key = registry.create_key(site.id, None, 600)
    text = key.text
    clock.now += timedelta(minutes=11)
    before = _state(registry)
    with pytest.raises(EnrollmentRefused) as refused:
        _enroll(registry, text, now=clock.now - timedelta(minutes=11))
    assert refused.value.reason.startswith("this registration key expired at 2026-12-04 08:10")
    assert registry.hosts() == [] and registry.clouds() == []
    assert _state(registry) == before


def test_forged_keys_are_refused_alike_and_nothing_is_enrolled(registry) -> None:
    site = registry.create_site("Stockholm", "")
    key = registry.create_key(site.id, None, 600)
    doc = json.loads(key.text)
    _private, csr = make_csr("kvm-01", [])
    before = _state(registry)
    reasons = set()
    for key_id, secret in (
        (doc["key_id"], doc["secret"][:-2] + "xx"),  # a wrong secret
        ("key-0000000000000000", doc["secret"]),  # an id never issued
        (doc["key_id"], ""),
    ):
        with pytest.raises(EnrollmentRefused) as refused:
            registry.enroll(key_id, secret, csr, "kvm-01", [])
        reasons.add(refused.value.reason)
    # One answer whichever part was wrong: a forger learns nothing.
    assert len(reasons) == 1 and "not one this control plane issued" in reasons.pop()
    assert registry.hosts() == [] and _state(registry) == before
    # The real key still works afterwards.
    registry.enroll(doc["key_id"], doc["secret"], csr, "kvm-01", [])


def test_a_request_that_does_not_parse_is_refused_and_the_key_stays_unused(registry) -> None:
    site = registry.create_site("Stockholm", "")
    doc = json.loads(registry.create_key(site.id, None, 600).text)
    before = _state(registry)
    with pytest.raises(EnrollmentRefused) as refused:
        registry.enroll(doc["key_id"], doc["secret"], b"not a request", "kvm-01", [])
    assert "does not parse" in refused.value.reason
    assert _state(registry) == before and registry.clouds() == []
    _private, csr = make_csr("kvm-01", [])
    registry.enroll(doc["key_id"], doc["secret"], csr, "kvm-01", [])


def test_a_removed_host_is_not_admitted(registry, clock) -> None:
    site = registry.create_site("Stockholm", "")
    host, _ = _enroll(registry, registry.create_key(site.id, None, 600).text)
    clock.now += timedelta(hours=2)
    registry.remove_host(host.id)
    assert registry.hosts() == []
    reason = registry.admitted(host.id, host.cert_serial)
    assert reason is not None
    assert "removed from the control plane on 2026-12-04 10:00 UTC" in reason
    assert "register it again with a new key" in reason
    assert "not enrolled" in (registry.admitted("host-never", 1) or "")
    with pytest.raises(UnknownObject):
        registry.remove_host(host.id)
    # It may come back with a new key, as a new host; the old certificate stays refused.
    again, _ = _enroll(registry, registry.create_key(site.id, None, 600).text)
    assert again.id != host.id and registry.admitted(again.id, again.cert_serial) is None
    assert registry.admitted(host.id, host.cert_serial) is not None


def test_enrolling_again_supersedes_the_old_certificate(registry) -> None:
    site = registry.create_site("Stockholm", "")
    gold = registry.create_cloud(site.id, "Gold")
    silver = registry.create_cloud(site.id, "Silver")
    first, _ = _enroll(registry, registry.create_key(site.id, gold.id, 600).text)
    again, _ = _enroll(registry, registry.create_key(site.id, silver.id, 600).text)
    assert again.id == first.id and again.cloud_id == gold.id  # same host, same place
    assert registry.admitted(first.id, again.cert_serial) is None
    assert "superseded" in (registry.admitted(first.id, first.cert_serial) or "")
    other = registry.create_site("Amsterdam", "")
    with pytest.raises(EnrollmentRefused, match="enrolled in the site Stockholm"):
        _enroll(registry, registry.create_key(other.id, None, 600).text)


def test_place_host_within_its_site_only(registry) -> None:
    sto = registry.create_site("Stockholm", "")
    gold = registry.create_cloud(sto.id, "Gold")
    silver = registry.create_cloud(sto.id, "Silver")
    ams = registry.create_site("Amsterdam", "")
    ams_gold = registry.create_cloud(ams.id, "Gold")
    host, _ = _enroll(registry, registry.create_key(sto.id, gold.id, 600).text)
    assert registry.place_host(host.id, silver.id).cloud_id == silver.id
    assert registry.hosts()[0].cloud_id == silver.id
    with pytest.raises(RegistryRefused, match="only to a cloud of that site"):
        registry.place_host(host.id, ams_gold.id)
    with pytest.raises(UnknownObject):
        registry.place_host(host.id, "cloud-nowhere")
    with pytest.raises(UnknownObject):
        registry.place_host("host-nowhere", gold.id)


def test_administration_refusals(registry) -> None:
    site = registry.create_site("Stockholm", "")
    with pytest.raises(ValueError, match="exists already"):
        registry.create_site(" stockholm ", "")
    with pytest.raises(FabricError):  # the server answers 409
        registry.create_site("", "")
    registry.create_cloud(site.id, "Gold")
    with pytest.raises(ValueError, match="has a cloud named 'Gold'"):
        registry.create_cloud(site.id, "GOLD")
    with pytest.raises(UnknownObject):
        registry.create_cloud("site-nowhere", "Gold")
    with pytest.raises(UnknownObject):
        registry.create_key("site-nowhere", None, 600)
    with pytest.raises(RegistryRefused, match="1 minute to 7 days"):
        registry.create_key(site.id, None, 8 * 24 * 3600)
    other = registry.create_site("Amsterdam", "")
    ams = registry.create_cloud(other.id, "Gold")
    with pytest.raises(RegistryRefused, match="not in Stockholm"):
        registry.create_key(site.id, ams.id, 600)


def test_key_file_round_trip_and_refusals(tmp_path, registry, clock) -> None:
    site = registry.create_site("Stockholm", "")
    gold = registry.create_cloud(site.id, "Gold")
    key = registry.create_key(site.id, gold.id, 3600)
    path = tmp_path / "kvm-01.key"
    path.write_text(key.text)
    read = read_key_file(path, now=clock.now)
    assert read == KeyFile(
        hub=HUB,
        ca_pem=registry.ca.cert_pem,
        key_id=key.key_id,
        secret=json.loads(key.text)["secret"],
        site="Stockholm",
        cloud="Gold",
        expires_at=key.expires_at,
    )
    with pytest.raises(ValueError, match=r"expired at 2026-12-04 09:00 UTC: create a new key"):
        read_key_file(path, now=clock.now + timedelta(hours=2))
    with pytest.raises(ValueError, match="no registration key file at"):
        read_key_file(tmp_path / "missing.key")
    with pytest.raises(ValueError, match="is a folder"):
        read_key_file(tmp_path)
    for text in ("{}", "not json", "[1]", '{"format": "other"}'):
        path.write_text(text)
        with pytest.raises(ValueError, match="is not a Standby registration key"):
            read_key_file(path)
    doc = json.loads(key.text)
    del doc["secret"]
    path.write_text(json.dumps(doc))
    with pytest.raises(ValueError, match="is damaged"):
        read_key_file(path, now=clock.now)
    if os.geteuid() != 0:  # root reads anything
        path.write_text(key.text)
        path.chmod(0)
        with pytest.raises(ValueError, match="cannot read the registration key file"):
            read_key_file(path)


def test_the_hub_certificate_names_the_hub_and_is_made_again_when_it_moves(tmp_path) -> None:
    registry = Registry(tmp_path / "r", "cp.example:7443")
    cert = x509.load_pem_x509_certificate(registry.hub_cert_path.read_bytes())
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sans.get_values_for_type(x509.DNSName) == ["cp.example"]
    assert stat.S_IMODE(os.stat(tmp_path / "r" / "ca.key").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(tmp_path / "r" / "hub.key").st_mode) == 0o600
    same = Registry(tmp_path / "r", "cp.example:7443")
    assert same.hub.cert_pem == registry.hub.cert_pem
    moved = Registry(tmp_path / "r", "[::1]:7443")
    sans = moved.hub.certificate.extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    ).value
    assert [str(ip) for ip in sans.get_values_for_type(x509.IPAddress)] == ["::1"]
    assert moved.ca.cert_pem == registry.ca.cert_pem


def test_signed_certificates_do_mutual_tls_against_the_ca(tmp_path, registry) -> None:
    """Two hosts enrolled by the registry (their keys never left them) talk mTLS on
    127.0.0.1, each verifying the other against the agent CA; a self-made key is refused."""
    site = registry.create_site("Stockholm", "")
    files = {}
    for name in ("kvm-01", "kvm-02"):
        key = parse_key(registry.create_key(site.id, None, 600).text, now=registry._now())
        private, csr = make_csr(name, ["127.0.0.1"])
        host, cert = registry.enroll(key.key_id, key.secret, csr, name, ["127.0.0.1"])
        (tmp_path / f"{name}.crt").write_bytes(cert)
        (tmp_path / f"{name}.key").write_bytes(private)
        files[name] = host
    ca = tmp_path / "ca.pem"
    ca.write_bytes(key.ca_pem)

    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(tmp_path / "kvm-01.crt", tmp_path / "kvm-01.key")
    server_ctx.load_verify_locations(ca)
    server_ctx.verify_mode = ssl.CERT_REQUIRED
    client_ctx = ssl.create_default_context(cafile=str(ca))
    client_ctx.load_cert_chain(tmp_path / "kvm-02.crt", tmp_path / "kvm-02.key")
    client_ctx.verify_flags |= ssl.VERIFY_X509_STRICT

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    seen: dict[str, object] = {}

    def serve() -> None:
        conn, _ = listener.accept()
        try:
            with server_ctx.wrap_socket(conn, server_side=True) as tls:
                seen["peer"] = tls.getpeercert()
                tls.sendall(b"ok")
        except (ssl.SSLError, OSError) as exc:
            seen["error"] = exc

    thread = threading.Thread(target=serve)
    thread.start()
    with (
        socket.create_connection(("127.0.0.1", port)) as raw,
        client_ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        assert tls.recv(2) == b"ok"
        server_cn = dict(x[0] for x in tls.getpeercert()["subject"])["commonName"]
    thread.join(10)
    assert server_cn == files["kvm-01"].id
    client_cn = dict(x[0] for x in seen["peer"]["subject"])["commonName"]  # type: ignore[index]
    assert client_cn == files["kvm-02"].id

    # A host certificate from another CA is refused by the same server.
    from app.replication.certificates import make_ca, make_host_cert

    make_host_cert(make_ca(), "intruder", hosts=["127.0.0.1"]).write(tmp_path, "intruder")
    intruder = ssl.create_default_context(cafile=str(ca))
    intruder.load_cert_chain(tmp_path / "intruder.crt", tmp_path / "intruder.key")
    thread = threading.Thread(target=serve)
    seen.clear()
    thread.start()
    with (
        socket.create_connection(("127.0.0.1", port)) as raw,
        pytest.raises((ssl.SSLError, ConnectionError)),
        intruder.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        tls.recv(2)
    thread.join(10)
    listener.close()
    assert isinstance(seen.get("error"), ssl.SSLError)


def test_a_hub_listening_everywhere_is_named_by_this_machines_name(tmp_path) -> None:
    """`serve --agents 0.0.0.0:7411`: key files must not send agents to 0.0.0.0."""
    from app.agents.registry import machine_name

    registry = Registry(tmp_path / "r", "0.0.0.0:7411")
    fqdn = machine_name()
    assert fqdn and fqdn != "0.0.0.0"
    site = registry.create_site("Stockholm", "")
    key = parse_key(registry.create_key(site.id, None, 600).text, now=registry._now())
    assert key.hub == f"{fqdn}:7411"
    sans = registry.hub.certificate.extensions.get_extension_for_class(
        x509.SubjectAlternativeName
    ).value
    assert fqdn in sans.get_values_for_type(x509.DNSName)
    assert Registry(tmp_path / "r", "0.0.0.0:7411").hub.cert_pem == registry.hub.cert_pem
    assert Registry(tmp_path / "v6", "[::]:7411").advertised_address.endswith(":7411")
