"""The `standby` command as scripts use it: tokens, and the read verbs with --json."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.server import RunningServer


def standby(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


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
def test_serve_closes_its_vault_on_a_stop_signal(tmp_path: Path, stop: signal.Signals) -> None:
    """What a service manager (SIGTERM) or Ctrl+C (SIGINT) does: a graceful stop, exit 0, and
    the vault closed (SQLite removes its write-ahead log when the last connection closes)."""
    vault = tmp_path / "vault.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve", "--port", "0", "--db", str(vault)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "serving http://127.0.0.1:" in line, (line, proc.stderr)
        url = line.split("serving ")[1].split()[0]
        assert httpx.get(f"{url}/healthz", timeout=10).status_code == 200
        assert vault.with_name("vault.db-wal").exists()  # open while serving
        proc.send_signal(stop)
        assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert not vault.with_name("vault.db-wal").exists(), "the vault was not closed"
