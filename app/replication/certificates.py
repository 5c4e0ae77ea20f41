"""Certificates for host-to-host replication: a pairing CA and the host certificates it signs.

Hyper-V Replica's certificate authentication, in small: both hosts of a replication pair hold a
certificate signed by the same pairing CA. The recovery host's agent asks every client for its
certificate and accepts only those the CA signed; the primary host checks the agent's certificate
against the same CA. The lab and the tests make their CA here; production sites bring their own
PEM files (`standby agent --cert --key --ca`).

Keys are EC P-256 (quick to make, small); certificates carry the extensions a strict verifier
(OpenSSL's X509_STRICT) wants: key identifiers, key usage, and for hosts both TLS purposes,
since one host serves as agent and connects as client.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class CertKey:
    """A certificate and its private key, both PEM."""

    cert_pem: bytes
    key_pem: bytes

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.cert_pem)

    def write(self, folder: Path, name: str) -> tuple[Path, Path]:
        """Write `<name>.crt` and `<name>.key` (the key readable by its owner only)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        cert, key = folder / f"{name}.crt", folder / f"{name}.key"
        cert.write_bytes(self.cert_pem)
        fd = os.open(key, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(self.key_pem)
        return cert, key


# The private keys that can sign a certificate (make_ca makes EC keys).
_SIGNING_KEYS = (
    ec.EllipticCurvePrivateKey,
    rsa.RSAPrivateKey,
    ed25519.Ed25519PrivateKey,
    ed448.Ed448PrivateKey,
    dsa.DSAPrivateKey,
)
_SigningKey = (
    ec.EllipticCurvePrivateKey
    | rsa.RSAPrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
    | dsa.DSAPrivateKey
)
# The public keys a certificate may carry (what a host's request may hold).
_PUBLIC_KEYS = (
    ec.EllipticCurvePublicKey,
    rsa.RSAPublicKey,
    ed25519.Ed25519PublicKey,
    ed448.Ed448PublicKey,
    dsa.DSAPublicKey,
)


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _name(common_name: str, organization: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def make_ca(
    common_name: str = "Standby pairing CA", *, days: int = 3650, organization: str = "Standby"
) -> CertKey:
    """A self-signed CA that signs the host certificates of one pairing."""
    key = _new_key()
    name = _name(common_name, organization)
    now = dt.datetime.now(dt.UTC)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return CertKey(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


def _ca_signer(ca: CertKey) -> tuple[x509.Certificate, _SigningKey]:
    ca_key = serialization.load_pem_private_key(ca.key_pem, password=None)
    if not isinstance(ca_key, _SIGNING_KEYS):
        raise TypeError(f"a {type(ca_key).__name__} cannot sign certificates")
    return ca.certificate, ca_key


def _host_certificate(
    ca: CertKey,
    public_key: CertificatePublicKeyTypes,
    common_name: str,
    hosts: Iterable[str],
    days: int,
    organization: str,
) -> x509.Certificate:
    """The one shape of a host certificate, whoever made its key: valid as TLS server and
    client, `hosts` as subject alternative names (IP addresses as IP entries, the rest as DNS
    names), signed by `ca`."""
    ca_cert, ca_key = _ca_signer(ca)
    sans: list[x509.GeneralName] = []
    for h in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            sans.append(x509.DNSName(h))
    now = dt.datetime.now(dt.UTC)
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organization))
        .issuer_name(ca_cert.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    return builder.sign(ca_key, hashes.SHA256())


def make_host_cert(
    ca: CertKey,
    common_name: str,
    *,
    hosts: Iterable[str] = ("localhost", "127.0.0.1"),
    days: int = 825,
    organization: str = "Standby",
) -> CertKey:
    """A host certificate and a new key, signed by `ca`, valid as TLS server and client;
    `hosts` become its subject alternative names (IP addresses as IP entries, the rest as DNS
    names)."""
    key = _new_key()
    cert = _host_certificate(ca, key.public_key(), common_name, hosts, days, organization)
    return CertKey(cert.public_bytes(serialization.Encoding.PEM), _key_pem(key))


class BadRequest(ValueError):
    """A certificate signing request that cannot be signed (does not parse, bad signature)."""


def sign_request(
    ca: CertKey,
    csr_pem: bytes,
    common_name: str,
    hosts: Iterable[str],
    *,
    days: int = 825,
    organization: str = "Standby",
) -> bytes:
    """Sign a host's certificate signing request (PEM) with `ca`: the certificate has the same
    shape as `make_host_cert`'s, for the key the host kept. Only the request's public key is
    taken from it: the subject (`common_name`) and the names (`hosts`) are the signer's."""
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except (ValueError, TypeError) as exc:
        raise BadRequest(f"the certificate signing request does not parse ({exc})") from None
    if not csr.is_signature_valid:
        raise BadRequest("the certificate signing request's signature is not valid")
    public_key = csr.public_key()
    if not isinstance(public_key, _PUBLIC_KEYS):
        raise BadRequest(f"a {type(public_key).__name__} cannot be certified")
    cert = _host_certificate(ca, public_key, common_name, hosts, days, organization)
    return cert.public_bytes(serialization.Encoding.PEM)


def make_csr(common_name: str, hosts: Iterable[str] = ()) -> tuple[bytes, bytes]:
    """A new private key and a certificate signing request for it: (key PEM, CSR PEM)."""
    key = _new_key()
    sans: list[x509.GeneralName] = []
    for h in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            sans.append(x509.DNSName(h))
    builder = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    )
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    csr = builder.sign(key, hashes.SHA256())
    return _key_pem(key), csr.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class HostFiles:
    """Where one host's TLS material lives: its certificate, its key, the pairing CA."""

    cert: Path
    key: Path
    ca: Path


def write_pairing(
    folder: Path, host_names: Iterable[str], *, hosts: Iterable[str] = ("localhost", "127.0.0.1")
) -> dict[str, HostFiles]:
    """Make a pairing CA and one certificate per host name under `folder`:
    `ca.crt` (the CA's key stays in `ca.key`) and `<host>.crt` / `<host>.key`."""
    folder = Path(folder)
    ca = make_ca()
    ca_cert, _ = ca.write(folder, "ca")
    sans = list(hosts)
    out = {}
    for name in host_names:
        cert, key = make_host_cert(ca, name, hosts=sans).write(folder, name)
        out[name] = HostFiles(cert, key, ca_cert)
    return out
