"""Smoke test of the PyInstaller bundle: it starts, serves a headless lab and stops cleanly.

Which bundle: with STANDBY_BUILD_BUNDLE=1 a fresh one, built here by installer/build.sh into a
temporary folder (about a minute); otherwise dist/standby/ when it exists (`./dev bundle`
builds it: rebuild after changing the code, or this tests the old one); else the tests skip.
"""

from __future__ import annotations

import os
import queue
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import httpx
import pytest

from app.server import migrations
from app.server.context import VERSION
from tests.server.test_offline_docs import check_docs_offline

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
EXE = "standby.exe" if os.name == "nt" else "standby"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder (…/standby, holding the executable)."""
    if os.environ.get("STANDBY_BUILD_BUNDLE") == "1":
        out = tmp_path_factory.mktemp("bundle")
        env = {
            **os.environ,
            "PYTHON": sys.executable,
            "DIST": str(out / "dist"),
            "WORK": str(out / "work"),
            "STANDBY_SKIP_INSTALL": "1",  # this environment already runs the tests
        }
        subprocess.run(["bash", str(ROOT / "installer" / "build.sh")], env=env, check=True)
        return out / "dist" / "standby"
    folder = ROOT / "dist" / "standby"
    if not (folder / EXE).is_file():
        pytest.skip(
            "no bundle at dist/standby: build it with `./dev bundle` (or installer/build.sh), "
            "or set STANDBY_BUILD_BUNDLE=1 to build one for this run"
        )
    return folder


@pytest.fixture
def run_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, with nothing pointing back at the source tree, and a home of its own."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "STANDBY_RESOURCES")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
    )
    return env


def test_version(bundle: Path, run_env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        [str(bundle / EXE), "--version"],
        cwd=tmp_path,
        env=run_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"standby {VERSION}"


def test_bundle_carries_resources_metadata_and_migrations(bundle: Path) -> None:
    internal = bundle / "_internal"
    shipped = internal / "app" / "console" / "resources"
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file() and path.suffix in (".svg", ".qm", ".qss"):
            assert (shipped / path.relative_to(ROOT / "resources")).is_file(), path
    # keyring finds its backends through its entry points, which live in its metadata.
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt")), "keyring's metadata"
    # /docs and /redoc serve Swagger UI and ReDoc from the fastapi-offline package's files.
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js"):
        assert (internal / "fastapi_offline" / "static" / asset).is_file(), asset
    versions = internal / "app" / "server" / "migrations" / "versions"
    for revision in (ROOT / "app" / "server" / "migrations" / "versions").glob("0*.py"):
        assert (versions / revision.name).is_file(), f"{revision.name} is not in the bundle"


def _lines(stream: IO[str]) -> queue.Queue[str | None]:
    """The stream's lines, read on a thread so the test can wait with a timeout."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


@pytest.fixture
def headless_lab(
    bundle: Path, run_env: dict[str, str], tmp_path: Path
) -> Iterator[tuple[subprocess.Popen[str], dict[str, str]]]:
    data = tmp_path / "lab"
    proc = subprocess.Popen(
        [str(bundle / EXE), "lab", "--headless", "--port", "0", "--data", str(data)],
        cwd=tmp_path,
        env=run_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    found = {"data": str(data)}
    lines = _lines(proc.stdout)
    try:
        while "token" not in found:
            line = lines.get(timeout=90)
            if line is None:
                pytest.fail(f"the lab exited before serving: {proc.wait()} {proc.stderr.read()}")
            words = line.split()
            if words[:2] == ["control", "plane"]:
                found["url"] = words[2]
            elif words[:2] == ["operator", "token"]:
                found["token"] = words[2]
        yield proc, found
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_headless_lab_serves_and_stops_on_ctrl_c(
    headless_lab: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    proc, lab = headless_lab
    with httpx.Client(base_url=lab["url"], timeout=30) as client:
        health = client.get("/healthz")
        assert health.status_code == 200, health.text
        assert health.json()["status"] == "ok"
        vault = client.get("/api/v1/vault", headers={"Authorization": f"Bearer {lab['token']}"})
        assert vault.status_code == 200, vault.text
        assert vault.json()["lab"] is True
        assert vault.json()["version"] == VERSION
    check_docs_offline(lab["url"])  # the frozen package's files, from the lab itself

    proc.send_signal(signal.SIGINT)  # Ctrl+C, as the lab's banner says
    assert proc.wait(timeout=60) == 0
    assert_stopped_cleanly(proc, Path(lab["data"]))

    # The frozen Alembic found its revisions: the vault stands at the source tree's head.
    with sqlite3.connect(Path(lab["data"]) / "vault.db") as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == migrations.head()


def test_headless_lab_closes_its_vault_on_sigterm(
    headless_lab: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    proc, lab = headless_lab
    proc.send_signal(signal.SIGTERM)  # what a service manager sends
    assert proc.wait(timeout=60) == 0  # a graceful stop
    assert_stopped_cleanly(proc, Path(lab["data"]))


# What freezing breaks: a module, a data file or package metadata left out of the bundle.
FROZEN_FAILURES = ("No module named", "ImportError", "FileNotFoundError", "PackageNotFoundError")


def assert_stopped_cleanly(proc: subprocess.Popen[str], data: Path) -> None:
    errors = proc.stderr.read() if proc.stderr else ""
    for failure in FROZEN_FAILURES:
        assert failure not in errors, errors
    # SQLite removes the write-ahead log when the last connection closes.
    assert not (data / "vault.db-wal").exists(), "the lab ended without closing its vault"


class Relay:
    """A TCP relay to the lab that notes the first line of each chunk a client sends: how the
    test sees the console's first requests without touching either side."""

    def __init__(self, target: str) -> None:
        host, port = target.removeprefix("http://").rsplit(":", 1)
        self.target = (host, int(port))
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.requests: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:  # closed
                return
            upstream = socket.create_connection(self.target)
            threading.Thread(target=self._pipe, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, note: bool) -> None:
        try:
            while data := source.recv(65536):
                if note:
                    self.requests.put(data.split(b"\r\n", 1)[0].decode("latin-1"))
                sink.sendall(data)
            sink.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def close(self) -> None:
        self.listener.close()


def test_console_opens_against_the_lab(
    bundle: Path,
    run_env: dict[str, str],
    tmp_path: Path,
    headless_lab: tuple[subprocess.Popen[str], dict[str, str]],
) -> None:
    """The console (Qt, pyqtgraph, icons, a shipped translation) starts offscreen: it asks the
    lab for data only after its main window is built, so its first API request shows the
    frozen GUI stack works."""
    _, lab = headless_lab
    relay = Relay(lab["url"])
    shipped = sorted((ROOT / "resources" / "translations").glob("standby_*.qm"))
    language = shipped[0].stem.removeprefix("standby_") if shipped else "en"
    command = ["console", "--url", relay.url, "--token", lab["token"], "--language", language]
    console = subprocess.Popen(
        [str(bundle / EXE), *command],
        cwd=tmp_path,
        env={**run_env, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while True:
            try:
                line = relay.requests.get(timeout=1)
            except queue.Empty:
                if console.poll() is not None:
                    pytest.fail(
                        f"the console exited ({console.returncode}): {console.stderr.read()}"
                    )
                continue
            if line.startswith("GET /api/v1/"):
                break
        assert console.poll() is None
    finally:
        console.kill()
        console.wait()
        relay.close()
    errors = console.stderr.read() if console.stderr else ""
    for failure in FROZEN_FAILURES:
        assert failure not in errors, errors
    assert "translation found" not in errors, errors  # the bundle's .qm loaded
