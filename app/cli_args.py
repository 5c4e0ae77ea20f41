"""The `standby` command's arguments, checked before anything starts.

Each check is an argparse `type=` function (or a plain function the command calls once the
arguments are parsed) that returns the value to use, or raises `argparse.ArgumentTypeError`
with one sentence saying what is wrong and what to give instead. `OneLineParser` prints such a
refusal as one line on stderr with exit status 2 — no usage block, never a traceback — and is
inherited by every subcommand's parser. New commands use the same functions.

Only the standard library here (SQLAlchemy's URL parser is imported when a URL is checked):
`app/cli.py` imports this module before it knows which command runs.
"""

from __future__ import annotations

import argparse
import os
import ssl
import sys
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

Refused = argparse.ArgumentTypeError

DB_HINT = (
    "give a SQLite file (a path, or sqlite:///PATH) or a PostgreSQL URL "
    "(postgresql://USER:PASSWORD@HOST:PORT/DATABASE)"
)
SQLITE_DRIVERS = {"sqlite", "sqlite+pysqlite", "sqlite+aiosqlite"}
POSTGRES_DRIVERS = {
    "postgres",
    "postgresql",
    "postgresql+asyncpg",
    "postgresql+psycopg",
    "postgresql+psycopg2",
    "postgresql+pg8000",
}
SQLITE_MAGIC = b"SQLite format 3\x00"


class OneLineParser(argparse.ArgumentParser):
    """argparse's parser whose refusals are one line on stderr (`standby serve: argument
    --port: …`), exit status 2. Subparsers made from it are of this class too."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see {self.prog} --help)" if "required" in message or "invalid" in message else ""
        self.exit(2, f"{self.prog}: {message}{hint}\n")


# --- numbers ----------------------------------------------------------------------------------


def _number(value: str, kind: type, what: str) -> float | int:
    try:
        return kind(value)
    except ValueError:
        raise Refused(f"{value!r} is not a number: give {what}") from None


def port(value: str) -> int:
    """A TCP port to listen on: 0 (any free port) to 65535."""
    number = _number(value, int, "a port from 1 to 65535, or 0 for any free port")
    if not 0 <= number <= 65535:
        raise Refused(f"{value} is not a port: give 1 to 65535, or 0 for any free port")
    return int(number)


def positive_float(value: str) -> float:
    number = _number(value, float, "a number above 0")
    if not number > 0 or number == float("inf"):
        raise Refused(f"{value} is not above 0: give a number above 0")
    return float(number)


def count(value: str) -> int:
    """A whole number, 0 or more."""
    number = _number(value, int, "a whole number, 0 or more")
    if number < 0:
        raise Refused(f"{value} is below 0: give a whole number, 0 or more")
    return int(number)


def non_empty(value: str) -> str:
    if not value.strip():
        raise Refused("it is empty: give a name")
    return value


# --- files ------------------------------------------------------------------------------------


def readable_file(value: str) -> Path:
    """A file this process can read (a certificate, a key, a CA)."""
    path = Path(value).expanduser()
    if not path.exists():
        raise Refused(f"{value}: no such file")
    if path.is_dir():
        raise Refused(f"{value} is a folder: give a file")
    try:
        with path.open("rb") as f:
            f.read(1)
    except OSError as exc:
        raise Refused(f"{value}: cannot read it ({exc.strerror or exc})") from None
    return path


def pem_certificates(value: str) -> str:
    """A readable PEM file that holds at least one certificate (a CA bundle, a server's), as
    the path's text."""
    path = readable_file(value)
    try:
        ssl.create_default_context(cafile=str(path))
    except (ssl.SSLError, ValueError, OSError):
        raise Refused(f"{value} holds no PEM certificate: give a PEM (.crt/.pem) file") from None
    return str(path)


def folder(value: str) -> Path:
    """A folder to use or create (not a file)."""
    path = Path(value).expanduser().resolve()
    if path.exists() and not path.is_dir():
        raise Refused(f"{value} is a file: give a folder (made if missing)")
    return path


def check_tls_pair(cert: Path, key: Path) -> str | None:
    """Why a certificate and private key cannot serve TLS together, or None when they can."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(str(cert), str(key))
    except ssl.SSLError as exc:
        reason = exc.reason or str(exc)
        return (
            f"--tls-cert {cert} and --tls-key {key} cannot serve HTTPS ({reason}): "
            "give a PEM certificate and its unencrypted private key"
        )
    except OSError as exc:
        return f"--tls-cert {cert} / --tls-key {key}: {exc.strerror or exc}"
    return None


# --- the vault's database ---------------------------------------------------------------------


def database_url(value: str) -> str:
    """`--db`: a SQLite file (a plain path or `sqlite:///PATH`) or a PostgreSQL URL
    (`postgresql://`, `postgres://`, any PostgreSQL driver named), as the URL the store opens:
    `sqlite+aiosqlite:///ABSOLUTE-PATH` or `postgresql+asyncpg://…` (the store's async
    drivers). A SQLite file's folder is made when the store opens it."""
    if not value.strip():
        raise Refused(f"it is empty: {DB_HINT}")
    if "://" not in value:
        return _sqlite_file(value)
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise Refused(f"{value!r} is not a database URL: {DB_HINT}") from None
    driver = url.drivername.lower()
    if driver in SQLITE_DRIVERS:
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise Refused(f"{value} names no file (the vault must outlive the process): {DB_HINT}")
        return _sqlite_file(url.database)
    if driver in POSTGRES_DRIVERS:
        if not url.host and "host" not in url.query:
            raise Refused(f"{value} names no host: {DB_HINT}")
        query = dict(url.query)
        if "sslmode" in query:  # libpq's name; asyncpg calls it ssl
            query["ssl"] = query.pop("sslmode")
        url = url.set(drivername="postgresql+asyncpg", query=query)
        return url.render_as_string(hide_password=False)
    kind = driver.split("+")[0]
    raise Refused(f"{kind} is not a database Standby keeps its vault in: {DB_HINT}")


def _sqlite_file(value: str) -> str:
    path = Path(value).expanduser().resolve()
    if path.is_dir():
        raise Refused(f"{value} is a folder: give a file in it, e.g. {path / 'vault.db'}")
    if path.exists():
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise Refused(f"{value}: cannot read it ({exc.strerror or exc})") from None
        if head and head != SQLITE_MAGIC:
            raise Refused(
                f"{value} is not a SQLite database: give a new file or a vault's vault.db"
            )
    else:
        parent = next((p for p in path.parents if p.exists()), None)
        if parent is not None and not parent.is_dir():
            raise Refused(f"{value}: {parent} is a file, not a folder: {DB_HINT}")
        if parent is not None and not os.access(parent, os.W_OK | os.X_OK):
            raise Refused(f"{value}: cannot create a file in {parent} (permission denied)")
    return f"sqlite+aiosqlite:///{path}"


def vault_open_error(exc: BaseException) -> str:
    """One line for a vault the store could not open (database down, refused password, no
    such database, not a database)."""
    orig = getattr(exc, "orig", None) or exc
    if isinstance(orig, ConnectionRefusedError):
        return "nothing listens there (connection refused): is the database server running?"
    if isinstance(orig, TimeoutError):
        return "the database server does not answer (timed out)"
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    if isinstance(orig, OSError) and orig.strerror:
        text = orig.strerror
    return text.rstrip(".")


# --- the control plane, as a client ------------------------------------------------------------


def control_plane_url(value: str) -> str:
    """`--url`: http[s]://HOST[:PORT]."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Refused(
            f"{value!r} is not a control plane URL: give http://HOST:PORT or https://HOST:PORT "
            "(as `standby serve` or `standby lab` prints it)"
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise Refused(f"{value!r} has no valid port: give http[s]://HOST:PORT") from None
    return value.strip().rstrip("/")


def token(value: str) -> str:
    """`--token`: a bearer token as `standby token create` prints it (sby_…)."""
    value = value.strip()
    if not value.startswith("sby_") or len(value) < 8 or any(c.isspace() for c in value):
        raise Refused(
            "not a Standby token (they start with sby_): give one that `standby token create` "
            "printed, or the operator token `standby lab` prints"
        )
    return value


def refuse(prog: str, message: str) -> NoReturn:
    """One line on stderr, exit status 2 (for checks made after parsing)."""
    print(f"{prog}: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)
