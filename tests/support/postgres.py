"""A throwaway PostgreSQL cluster for tests: `initdb` into a temp dir, `pg_ctl start` on a free
port of 127.0.0.1, trust authentication, one database per test.

It uses the binaries of Debian's `postgresql` package (/usr/lib/postgresql/<major>/bin) or
whatever `initdb` is on PATH. Under root the cluster runs as the `postgres` OS user, since
PostgreSQL refuses to run as root. One cluster serves the whole session; a test gets an empty
database of its own from `create_database`, so tests stay isolated at the cost of a
CREATE DATABASE (a few milliseconds from template0's copy) instead of a cluster start.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.server import free_port

OS_USER = "postgres"
BACKENDS = ["sqlite", "postgresql"]  # what the store and API suites are parametrized over


def find_bindir() -> Path | None:
    """The directory holding initdb/pg_ctl/psql, newest major first; None when absent."""

    def major(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=major, reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


@dataclass
class PostgresCluster:
    bindir: Path
    root: Path
    port: int
    as_user: str | None  # the OS user to run the server as, when we are root

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @classmethod
    def start(cls, bindir: Path) -> PostgresCluster:
        as_user = OS_USER if os.geteuid() == 0 else None
        root = Path(tempfile.mkdtemp(prefix="standby-pg-"))
        cluster = cls(bindir, root, free_port(), as_user)
        cluster.socket_dir.mkdir()
        if as_user is not None:
            entry = pwd.getpwnam(as_user)
            for path in (root, cluster.socket_dir):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        cluster._run(
            "initdb",
            "-D",
            str(cluster.datadir),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = (
            f"-p {cluster.port} -h 127.0.0.1 -k {cluster.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=300"
        )
        cluster._run(
            "pg_ctl",
            "-D",
            str(cluster.datadir),
            "-l",
            str(root / "server.log"),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        return cluster

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bindir / program), *args]
        if self.as_user is not None:
            runuser = shutil.which("runuser")
            if runuser:
                return [runuser, "-u", self.as_user, "--", *command]
            return ["su", self.as_user, "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
        return command

    def _run(self, program: str, *args: str) -> str:
        result = subprocess.run(
            self._command(program, *args),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.root,
        )
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(
                f"{program} failed ({result.returncode}): {result.stderr or result.stdout}\n{tail}"
            )
        return result.stdout

    def psql(self, sql: str) -> str:
        return self._run(
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-v",
            "ON_ERROR_STOP=1",
            "-qAt",
            "-c",
            sql,
        )

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy (asyncpg) URL."""
        name = f"t_{uuid.uuid4().hex}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        # Best effort: the whole cluster goes at session end anyway.
        with contextlib.suppress(RuntimeError):
            self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.datadir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def make_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty vault URL on the given backend (a database of its own on PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'vault.db'}"
        return
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    url = cluster.create_database()
    try:
        yield url
    finally:
        cluster.drop_database(url)


def _quote(arg: str) -> str:
    return shlex.quote(arg)
