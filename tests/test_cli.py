"""The `standby` command as scripts and people use it, through real processes: tokens, the
read verbs with --json, what serve, lab and agent say when they start and stop, and the
one-line refusals (exit status 2)."""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import signal
import ssl
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.support.server import RunningServer

ROOT = Path(__file__).resolve().parents[1]


def standby(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


class Started:
    """A `standby` process whose output is read line by line as it comes."""

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "app.cli", *args],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def until(self, text: str, timeout: float = 90) -> list[str]:
        """The lines printed up to and including the first that holds `text`."""
        seen: list[str] = []
        while True:
            line = self.lines.get(timeout=timeout)
            if line is None:
                err = self.proc.stderr.read() if self.proc.stderr else ""
                pytest.fail(f"exited ({self.proc.wait()}) before {text!r}: {seen} {err}")
            seen.append(line)
            if text in line:
                return seen

    def stop(self, how: signal.Signals = signal.SIGINT) -> tuple[int, list[str]]:
        """Send `how`; the exit status and the lines printed from then on."""
        self.proc.send_signal(how)
        status = self.proc.wait(timeout=60)
        rest = []
        while (line := self.lines.get(timeout=10)) is not None:
            rest.append(line)
        return status, rest

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def field(banner: list[str], name: str) -> str:
    """The value after `name` on the banner line that starts with it."""
    for line in banner:
        if line.strip().startswith(name):
            return line.strip()[len(name) :].strip()
    raise AssertionError(f"no {name!r} in {banner}")


def vault_status(url: str, token: str) -> int:
    headers = {"Authorization": f"Bearer {token}"}
    return httpx.get(f"{url}/api/v1/vault", headers=headers, timeout=30).status_code


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """The user data folder of a person of our own (platformdirs reads XDG_DATA_HOME)."""
    return {"XDG_DATA_HOME": str(tmp_path / "data")}


def test_token_create_then_read_verbs_with_json(lab_server: RunningServer, db_url: str) -> None:
    made = standby(
        "token", "create", "--role", "viewer", "--name", "noc-wall", "--db", db_url, "--json"
    )
    assert made.returncode == 0, made.stderr
    token = json.loads(made.stdout)["token"]
    assert token.startswith("sby_")
    env = {"STANDBY_URL": lab_server.url, "STANDBY_TOKEN": token}

    status = standby("status", "--json", env=env)
    assert status.returncode == 0, status.stderr
    inventory = json.loads(status.stdout)
    assert len(inventory["vms"]) == 12 and len(inventory["pairings"]) == 2

    text = standby("status", env=env)
    assert "Stockholm" in text.stdout and "12 VMs" in text.stdout

    jobs = standby("jobs", "--json", env=env)
    assert jobs.returncode == 0 and json.loads(jobs.stdout) == []
    alerts = standby("alerts", "--json", env=env)
    assert alerts.returncode == 0 and isinstance(json.loads(alerts.stdout), list)

    # The token is stored hashed: its text appears nowhere in the vault's files.
    vault = Path(db_url.removeprefix("sqlite+aiosqlite:///"))
    files = [f for f in vault.parent.iterdir() if f.name.startswith(vault.name)]
    assert files and not any(token.encode() in f.read_bytes() for f in files)


def test_read_verbs_explain_a_bad_token(lab_server: RunningServer) -> None:
    result = standby("status", env={"STANDBY_URL": lab_server.url, "STANDBY_TOKEN": "sby_wrong"})
    assert result.returncode == 1
    assert "Unauthorized" in result.stderr and "unknown or revoked" in result.stderr


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_closes_its_vault_on_a_stop_signal(
    tmp_path: Path, stop: signal.Signals, home: dict[str, str]
) -> None:
    """What a service manager (SIGTERM) or Ctrl+C (SIGINT) does: a graceful stop, exit 0, a
    "stopped" line, and the vault closed (SQLite removes its write-ahead log when the last
    connection closes)."""
    vault = tmp_path / "vault.db"
    serve = Started("serve", "--port", "0", "--db", str(vault), env=home)
    try:
        line = serve.until("serving")[0]
        assert "serving http://127.0.0.1:" in line, line
        url = line.split("serving ")[1].split()[0]
        assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
        assert vault.with_name("vault.db-wal").exists()  # open while serving
        serve.until("Stop with Ctrl+C.")
        status, rest = serve.stop(stop)
        assert status == 0, serve.proc.stderr.read() if serve.proc.stderr else ""
        assert rest == ["Standby control plane stopped."]
    finally:
        serve.kill()
    assert not vault.with_name("vault.db-wal").exists(), "the vault was not closed"


# --- tokens reach the vault of what runs ------------------------------------------------------


def test_token_create_follows_the_running_lab_then_serve(home: dict[str, str]) -> None:
    """`standby token create` without --db writes to the vault of the lab or control plane
    that runs, and the banners print the vault and the exact command that makes a token."""
    data = Path(home["XDG_DATA_HOME"]) / "standby"
    lab = Started("lab", "--headless", "--port", "0", "--protect", "0", "--clock", "60", env=home)
    try:
        banner = lab.until("Stop with Ctrl+C.")
        url = field(banner, "control plane")
        assert field(banner, "vault") == str(data / "lab" / "vault.db")

        made = standby("token", "create", "--role", "viewer", "--name", "noc", env=home)
        assert made.returncode == 0, made.stderr
        assert f"lab/vault.db of the lab running at {url}" in made.stderr
        assert vault_status(url, made.stdout.strip()) == 200

        # The banner's command, exactly as printed (NAME filled in), run by a shell.
        command = field(banner, "More tokens:").split(" (roles")[0].replace("NAME", "ops")
        shell = subprocess.run(
            ["bash", "-c", command], cwd=ROOT, env={**os.environ, **home}, capture_output=True
        )
        assert shell.returncode == 0, shell.stderr
        assert vault_status(url, shell.stdout.decode().strip()) == 200

        status, rest = lab.stop(signal.SIGINT)
        assert status == 0 and rest == ["Standby lab stopped."]
    finally:
        lab.kill()

    serve = Started("serve", "--port", "0", env=home)
    try:
        banner = serve.until("Stop with Ctrl+C.")
        url = banner[0].split("serving ")[1].split()[0]
        assert field(banner, "vault") == str(data / "vault.db")
        assert "token create --role admin --name NAME --db" in field(banner, "A token:")
        made = standby("token", "create", "--role", "admin", "--name", "root", env=home)
        assert made.returncode == 0, made.stderr
        assert f"of the control plane running at {url}" in made.stderr
        assert vault_status(url, made.stdout.strip()) == 200
        status, rest = serve.stop(signal.SIGTERM)
        assert status == 0 and rest == ["Standby control plane stopped."]
    finally:
        serve.kill()

    # Nothing runs: serve's default vault, and the note says so.
    made = standby("token", "create", "--role", "admin", "--name", "later", env=home)
    assert made.returncode == 0, made.stderr
    assert str(data / "vault.db") in made.stderr and "no lab or control plane runs" in made.stderr


def test_token_create_asks_which_vault_when_two_run(home: dict[str, str], tmp_path: Path) -> None:
    one = Started("serve", "--port", "0", "--db", str(tmp_path / "one.db"), env=home)
    two = Started("serve", "--port", "0", "--db", str(tmp_path / "two.db"), env=home)
    try:
        one.until("Stop with Ctrl+C.")
        two.until("Stop with Ctrl+C.")
        made = standby("token", "create", "--role", "viewer", "--name", "x", env=home)
        assert made.returncode == 2 and made.stdout == ""
        assert len(made.stderr.strip().splitlines()) == 1, made.stderr
        assert "say which with --db" in made.stderr and "two.db" in made.stderr
    finally:
        one.kill()
        two.kill()
    # Killed (-9): their notes count no more.
    made = standby("token", "create", "--role", "viewer", "--name", "x", env=home)
    assert made.returncode == 0 and "no lab or control plane runs" in made.stderr


# --- one lab per folder, and a fresh one on request -------------------------------------------


def test_a_second_lab_on_a_folder_is_refused_and_fresh_starts_anew(
    home: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "lab"
    args = ("lab", "--headless", "--port", "0", "--protect", "0", "--data", str(folder))
    first = Started(*args, env=home)
    try:
        banner = first.until("Stop with Ctrl+C.")
        assert not any("Continuing" in line for line in banner)
        url, token = field(banner, "control plane"), field(banner, "operator token")

        second = standby(*args, env=home)
        assert second.returncode == 2, second.stderr
        assert second.stderr.count("\n") == 1 and "Traceback" not in second.stderr
        assert f"a lab already runs on {folder} ({url}, pid {first.proc.pid})" in second.stderr
        assert first.stop()[0] == 0
    finally:
        first.kill()

    again = Started(*args, env=home)
    try:
        banner = again.until("Stop with Ctrl+C.")
        note = next(line for line in banner if line.startswith("Continuing"))
        assert re.match(
            rf"Continuing the lab from \d{{4}}-\d\d-\d\d \d\d:\d\d .* in {folder};", note
        )
        assert "--data DIR or --fresh for a new one" in note
        assert vault_status(field(banner, "control plane"), token) == 200  # the same vault
        assert again.stop()[0] == 0
    finally:
        again.kill()

    fresh = Started(*args, "--fresh", env=home)
    try:
        banner = fresh.until("Stop with Ctrl+C.")
        assert not any("Continuing" in line for line in banner)
        assert vault_status(field(banner, "control plane"), token) == 401  # a new vault
        assert fresh.stop()[0] == 0
    finally:
        fresh.kill()


def test_fresh_refuses_a_folder_that_holds_no_lab(home: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    done = standby("lab", "--headless", "--port", "0", "--data", str(folder), "--fresh", env=home)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "holds no lab" in done.stderr
    assert (folder / "notes.txt").read_text() == "keep me"
    done = standby("lab", "--fresh", "--db", str(tmp_path / "v.db"), env=home)
    assert done.returncode == 2 and "leave out --db" in done.stderr


# --- the console without a display ------------------------------------------------------------


@pytest.mark.parametrize("args", [[], ["console"], ["console", "--dashboard"]])
def test_console_without_a_display_says_why_in_one_line(args: list[str], tmp_path: Path) -> None:
    """No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: Qt is not started (it would abort with
    SIGABRT and its plugin's message); one line says what to do, exit status 2."""
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env.update(XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("standby: no display for the console here")
    assert "standby lab --headless" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


# --- the agent says where it listens ----------------------------------------------------------


def test_agent_says_where_it_listens_as_whom_and_that_it_stopped(tmp_path: Path) -> None:
    from app.replication.certificates import write_pairing

    files = write_pairing(tmp_path / "pki", ["recovery-host"])["recovery-host"]
    storage = tmp_path / "replicas"
    agent = Started(
        "agent",
        "--listen",
        "127.0.0.1:0",
        "--storage",
        str(storage),
        "--cert",
        str(files.cert),
        "--key",
        str(files.key),
        "--ca",
        str(files.ca),
        env={},
    )
    try:
        banner = agent.until("Stop with Ctrl+C.", timeout=30)
        listening = re.fullmatch(
            r"Standby agent listening on https://127\.0\.0\.1:(\d+)", banner[0]
        )
        assert listening, banner
        assert field(banner, "certificate") == "CN=recovery-host,O=Standby"
        assert field(banner, "storage") == str(storage)
        # It serves there: a client without a certificate is turned away by TLS itself.
        trust = ssl.create_default_context(cafile=str(files.ca))
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"https://127.0.0.1:{listening.group(1)}/", verify=trust)
        status, rest = agent.stop(signal.SIGTERM)
        assert status == 0 and rest == ["Standby agent stopped."]
    finally:
        agent.kill()


def test_agent_refuses_a_missing_certificate_in_one_line(tmp_path: Path) -> None:
    done = standby(
        "agent", "--storage", str(tmp_path), "--cert", str(tmp_path / "no.crt"), "--key", "k",
        "--ca", "c",
    )  # fmt: skip
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == f"standby agent: --cert {tmp_path / 'no.crt'}: no such file\n"


# --- ./dev says what it is doing --------------------------------------------------------------

FAKE_PYTHON = """#!/usr/bin/env bash
# Stands in for python3 and pip: makes the venv's files, notes pip, fails pip on request.
if [ "$1 $2" = "-m venv" ]; then
    mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
    printf '#!/bin/sh\\necho "standby $*"\\n' > "$3/bin/standby" && chmod +x "$3/bin/standby"
elif [ "$1 $2 $3" = "-m pip install" ]; then
    echo "Collecting $*"
    if [ -n "${FAIL_PIP:-}" ] && [ "$4" = "-e" ]; then echo "ERROR: no index here"; exit 1; fi
fi
exit 0
"""


def test_dev_says_what_it_installs_a_line_per_step(tmp_path: Path) -> None:
    """./dev on a fresh clone: one line per step (venv, pip, install) on stderr, pip's own
    output in a log; nothing on the next run; pip's failure shown with the log's path."""
    shutil.copy(ROOT / "dev", tmp_path / "dev")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    env = {**os.environ, "PYTHON": str(fake)}

    def dev(*args: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["bash", str(tmp_path / "dev"), *args],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
        )

    first = dev("standby", "--version")
    assert first.returncode == 0, first.stderr
    assert first.stdout == "standby --version\n"  # stdout stays the command's own
    steps = first.stderr.splitlines()
    assert [line.split(" ", 2)[1] for line in steps] == [
        "creating", "upgrading", "installing", "installed",
    ], steps  # fmt: skip
    assert all(line.startswith("dev: ") for line in steps)
    assert "Collecting" not in first.stderr
    assert "Collecting" in (tmp_path / ".venv" / "pip.log").read_text()

    again = dev("standby", "--version")
    assert again.returncode == 0 and again.stderr == ""

    for stamp in (tmp_path / ".venv").glob(".installed-*"):
        stamp.unlink()
    failed = dev("standby", "--version", FAIL_PIP="1")
    assert failed.returncode == 1 and failed.stdout == ""
    assert "ERROR: no index here" in failed.stderr
    assert "dev: pip failed: the whole log is in .venv/pip.log" in failed.stderr
