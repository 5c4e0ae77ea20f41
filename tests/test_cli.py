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
from collections.abc import Iterator
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
    result = standby(
        "status", env={"STANDBY_URL": lab_server.url, "STANDBY_TOKEN": "sby_wrongwrong"}
    )
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
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


# --- bad input: one line, exit status 2, never a traceback -------------------------------------

STANDBY = Path(sys.executable).with_name("standby")  # the installed command itself
PKI = "{tmp}/pki"
AGENT = ["agent", "--listen", "127.0.0.1:0", "--storage", "{tmp}/replicas"]
AGENT_FILES = ["--cert", f"{PKI}/host.crt", "--key", f"{PKI}/host.key", "--ca", f"{PKI}/ca.crt"]
CLIENT = ["--url", "{url}", "--token", "{token}"]

# (what is wrong, the arguments, text the one line must hold); {tmp} is a folder with `junk`
# (a text file), `pki/` (a pairing CA and a host's certificate); {url} a running control
# plane, {busy} a port it listens on, {token} a token it knows.
BAD_INPUT = [
    ("unknown command", ["frobnicate"], "invalid choice"),
    # --db, for serve, lab and token create alike
    ("db of another kind", ["serve", "--db", "mysql://u@h/d"], "give a SQLite file"),
    ("db not a URL", ["serve", "--db", "postgresql://h:port/d"], "not a database URL"),
    ("db in memory", ["serve", "--db", "sqlite:///:memory:"], "names no file"),
    ("db empty", ["serve", "--db", ""], "give a SQLite file"),
    ("db a folder", ["serve", "--db", "{tmp}"], "is a folder"),
    ("db not SQLite", ["token", "create", "--role", "admin", "--name", "x", "--db", "{tmp}/junk"],
     "is not a SQLite database"),
    ("db under a file", ["serve", "--db", "{tmp}/junk/vault.db"], "is a file, not a folder"),
    ("db unreachable", ["serve", "--port", "0", "--db", "postgres://u:pw@127.0.0.1:1/standby"],
     "cannot open the vault postgresql+asyncpg://u:***@127.0.0.1:1/standby"),
    ("lab db of another kind", ["lab", "--headless", "--db", "oracle://x"], "give a SQLite file"),
    # ports and numbers
    ("port out of range", ["serve", "--port", "70000"], "give 1 to 65535"),
    ("port not a number", ["serve", "--port", "http"], "not a number"),
    ("port taken", ["serve", "--port", "{busy}", "--db", "{tmp}/v.db"], "cannot listen on"),
    ("lab port taken", ["lab", "--headless", "--port", "{busy}", "--data", "{tmp}/lab"],
     "cannot listen on"),
    ("host unknown", ["serve", "--port", "0", "--host", "no.such.host.invalid", "--db",
     "{tmp}/v.db"], "cannot listen on"),
    ("lease zero", ["serve", "--lease-seconds", "0"], "not above 0"),
    ("lease nan", ["serve", "--lease-seconds", "nan"], "not above 0"),
    ("clock negative", ["lab", "--clock", "-2"], "not above 0"),
    ("protect negative", ["lab", "--protect", "-1"], "0 or more"),
    ("protect not whole", ["lab", "--protect", "2.5"], "not a number"),
    ("screen negative", ["console", "--screen", "-1"], "0 or more"),
    # files
    ("tls cert missing", ["serve", "--tls-cert", "{tmp}/no.crt", "--tls-key", "{tmp}/no.key"],
     "no such file"),
    ("tls cert a folder", ["serve", "--tls-cert", "{tmp}", "--tls-key", f"{PKI}/host.key"],
     "is a folder"),
    ("tls cert alone", ["serve", "--port", "0", "--tls-cert", f"{PKI}/host.crt"], "go together"),
    ("tls cert junk", ["serve", "--port", "0", "--tls-cert", "{tmp}/junk", "--tls-key",
     f"{PKI}/host.key"], "cannot serve HTTPS"),
    ("tls key of another", ["serve", "--port", "0", "--tls-cert", f"{PKI}/host.crt",
     "--tls-key", f"{PKI}/ca.key"], "cannot serve HTTPS"),
    ("lab data a file", ["lab", "--headless", "--data", "{tmp}/junk"], "give a folder"),
    ("lab state damaged", ["lab", "--headless", "--port", "0", "--data", "{tmp}/damaged-lab"],
     "cannot be continued"),
    ("agent storage a file", [*AGENT[:-1], "{tmp}/junk", *AGENT_FILES], "give a folder"),
    ("agent cert junk", [*AGENT, "--cert", "{tmp}/junk", *AGENT_FILES[2:]],
     "not a PEM certificate"),
    ("agent listen bad", ["agent", "--listen", "here", "--storage", "{tmp}", *AGENT_FILES],
     "expected HOST:PORT"),
    ("agent listen taken", ["agent", "--listen", "127.0.0.1:{busy}", "--storage",
     "{tmp}/replicas", *AGENT_FILES], "cannot listen on"),
    # the read verbs and the console: URL, token, CA
    ("url not http", ["status", "--url", "ftp://h", "--token", "{token}"], "http://HOST:PORT"),
    ("url bad port", ["jobs", "--url", "http://h:99999", "--token", "{token}"], "valid port"),
    ("url unreachable", ["alerts", "--url", "http://127.0.0.1:1", "--token", "{token}"],
     "nothing listens there"),
    ("token malformed", ["status", "--url", "{url}", "--token", "hunter2"], "start with sby_"),
    ("token unknown", ["jobs", "--url", "{url}", "--token", "sby_not-a-token-of-this-vault"],
     "give a token of this control plane"),
    ("ca missing", ["status", *CLIENT, "--ca", "{tmp}/no-ca.crt"], "no such file"),
    ("ca junk", ["alerts", *CLIENT, "--ca", "{tmp}/junk"], "holds no PEM certificate"),
    ("url and token missing", ["status"], "give --url and --token"),
    ("console url", ["console", "--url", "localhost:7410"], "not a control plane URL"),
    ("console ca", ["console", "--ca", "{tmp}/no-ca.crt"], "no such file"),
    ("token name empty", ["token", "create", "--role", "admin", "--name", " "], "give a name"),
    ("token role missing", ["token", "create", "--name", "x"], "required: --role"),
    ("token role unknown", ["token", "create", "--role", "root", "--name", "x"],
     "invalid choice"),
]  # fmt: skip
BAD_ENV = [
    ("STANDBY_URL not a URL", {"STANDBY_URL": "localhost", "STANDBY_TOKEN": "{token}"},
     "STANDBY_URL: 'localhost' is not a control plane URL"),
    ("STANDBY_TOKEN malformed", {"STANDBY_URL": "{url}", "STANDBY_TOKEN": "x"},
     "STANDBY_TOKEN: not a Standby token"),
]  # fmt: skip


@pytest.fixture(scope="module")
def bad_input_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """What the table's placeholders stand for: files, a control plane, a token of it."""
    from app.replication.certificates import write_pairing
    from app.server.auth import generate_token, hash_token

    tmp = tmp_path_factory.mktemp("bad-input")
    (tmp / "junk").write_text("not a certificate, a key or a database\n")
    (tmp / "damaged-lab").mkdir()
    (tmp / "damaged-lab" / "lab-state.json").write_text('{"estate": ')  # cut short
    files = write_pairing(tmp / "pki", ["host"])["host"]
    assert files.cert == tmp / "pki" / "host.crt" and (tmp / "pki" / "ca.key").is_file()
    running = RunningServer(f"sqlite+aiosqlite:///{tmp / 'served.db'}").start()
    token = generate_token()
    running.call(lambda: running.ctx.store.add_token("t", "viewer", hash_token(token)))
    busy = running.url.rsplit(":", 1)[1]
    yield {"tmp": str(tmp), "url": running.url, "busy": busy, "token": token}
    running.stop()


def _refused(args: list[str], env: dict[str, str], world: dict[str, str]) -> str:
    """Run the installed `standby` with `args` and the user's folders in tmp; assert the
    refusal's form (exit 2, nothing on stdout, one line on stderr, no traceback); its line."""
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "STANDBY_URL", "STANDBY_TOKEN")
    base = {k: v for k, v in os.environ.items() if k not in gone}
    base.update(XDG_DATA_HOME=f"{world['tmp']}/home", XDG_CONFIG_HOME=f"{world['tmp']}/home")
    done = subprocess.run(
        [str(STANDBY), *(a.format(**world) for a in args)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=world["tmp"],
        env={**base, **{k: v.format(**world) for k, v in env.items()}},
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and done.stderr.endswith("\n"), done.stderr
    assert lines[0].startswith("standby"), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("args", "says"), [r[1:] for r in BAD_INPUT], ids=[r[0] for r in BAD_INPUT]
)
def test_bad_input_is_refused_in_one_line(
    args: list[str], says: str, bad_input_world: dict[str, str]
) -> None:
    line = _refused(args, {}, bad_input_world)
    assert says in line, line


@pytest.mark.parametrize(("env", "says"), [r[1:] for r in BAD_ENV], ids=[r[0] for r in BAD_ENV])
def test_bad_environment_is_refused_in_one_line(
    env: dict[str, str], says: str, bad_input_world: dict[str, str]
) -> None:
    line = _refused(["status"], env, bad_input_world)
    assert says in line, line


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_files_are_refused_in_one_line(bad_input_world: dict[str, str]) -> None:
    secret = Path(bad_input_world["tmp"]) / "unreadable.pem"
    secret.write_text("x")
    secret.chmod(0)
    try:
        for args in (
            ["serve", "--tls-cert", str(secret), "--tls-key", str(secret)],
            ["status", *CLIENT, "--ca", str(secret)],
            ["serve", "--db", str(secret)],
        ):
            assert "cannot read it" in _refused(args, {}, bad_input_world)
    finally:
        secret.chmod(0o600)


@pytest.mark.parametrize(
    "url", ["sqlite:///{rel}", "sqlite:///{abs}", "sqlite+pysqlite:///{abs}", "{abs}", "{rel}"]
)
def test_db_takes_the_usual_sqlite_forms(url: str, tmp_path: Path) -> None:
    """`--db sqlite:///FILE` (relative to the working folder), `sqlite:////ABS`, a driver
    named, or a plain path: each is the same file, opened with the async driver."""
    vault = tmp_path / "v.db"
    args = url.format(rel="v.db", abs=str(vault))
    made = subprocess.run(
        [str(STANDBY), "token", "create", "--role", "viewer", "--name", "n", "--db", args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "home")},
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("sby_") and f"in the vault {vault}" in made.stderr
    assert vault.read_bytes().startswith(b"SQLite format 3\x00")


def test_db_maps_postgresql_urls_to_the_async_driver() -> None:
    from app.cli_args import database_url

    for given in (
        "postgresql://u:p@db.example:5433/standby",
        "postgres://u:p@db.example:5433/standby",
        "postgresql+psycopg2://u:p@db.example:5433/standby",
    ):
        assert database_url(given) == "postgresql+asyncpg://u:p@db.example:5433/standby"
    assert database_url("postgresql://u@h/d?sslmode=require") == (
        "postgresql+asyncpg://u@h/d?ssl=require"
    )
