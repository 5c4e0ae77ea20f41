"""`standby site|cloud|host-key|host` against a real control plane through real processes: an
admin builds a site, writes a registration key file (0600, never overwritten) with the agent's
command, places and removes an enrolled host; every refusal is one line and exit status 2.
The control plane runs the real AgentFabric; a real agent with an empty host
(tests/support/agents.py) enrolls with the key file the command wrote."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.agents.fabric import AgentFabric
from app.agents.keys import read_key_file
from app.server.context import Settings
from tests.support.agents import AgentThread
from tests.support.server import RunningServer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def hosts_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = RunningServer(
        f"sqlite+aiosqlite:///{tmp_path / 'hosts.db'}",  # not lab_server's vault
        fabric_factory=lambda: AgentFabric(tmp_path / "agents"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=30.0),
    ).start()
    yield running
    running.stop()


def cli(server: RunningServer, *args: str, role: str = "admin", cwd: Path = ROOT):
    env = {
        **os.environ,
        "STANDBY_URL": server.url,
        "STANDBY_TOKEN": server.tokens[role],
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env=env,
    )


def _host_listed(server: RunningServer, name: str) -> bool:
    answer = httpx.get(f"{server.url}/api/v1/hosts", headers=server.headers("viewer"))
    return any(h["name"] == name for h in answer.json())


def until(check: Callable[[], Any], what: str, limit: float = 30.0) -> None:
    """Poll `check` until it is true (a bound, not a timing assertion)."""
    deadline = time.monotonic() + limit
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {limit:g} s: {what}")
        time.sleep(0.05)


def refused(result: subprocess.CompletedProcess, text: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("standby: ") and text in result.stderr, result.stderr


def test_an_admin_adds_a_host_from_the_command_line(hosts_server, tmp_path: Path) -> None:
    made = cli(hosts_server, "site", "create", "Stockholm", "--location", "Kista")
    assert made.returncode == 0, made.stderr
    assert "Site Stockholm created" in made.stdout
    for cloud in ("Gold", "Silver"):
        made = cli(hosts_server, "cloud", "create", "--site", "stockholm", cloud)
        assert made.returncode == 0, made.stderr

    work = tmp_path / "work"
    work.mkdir()
    key = cli(hosts_server, "host-key", "create", "--site", "Stockholm", "--cloud", "gold",
              "--valid", "2h", cwd=work)  # fmt: skip
    assert key.returncode == 0, key.stderr
    path = work / "standby-stockholm.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    read = read_key_file(path)
    assert read.site == "Stockholm" and read.cloud == "Gold"
    command = (
        "standby agent --libvirt qemu:///system --register standby-stockholm.key "
        "--storage /var/lib/standby/agent"
    )
    assert command in key.stdout and "works once" in key.stdout

    # Never overwritten, and no key is spent on a refused file.
    before = path.read_bytes()
    again = cli(hosts_server, "host-key", "create", "--site", "Stockholm", cwd=work)
    refused(again, "exists: a key file is never overwritten")
    assert path.read_bytes() == before
    assert len(hosts_server.ctx.fabric.registry._keys) == 1

    fabric: AgentFabric = hosts_server.ctx.fabric
    agent = AgentThread(path.read_text(), tmp_path / "kvm-01", "kvm-01").start()
    assert agent.identity is not None
    host_id = agent.identity.host_id
    until(lambda: _host_listed(hosts_server, "kvm-01"), "the enrolled host in the inventory")

    placed = cli(hosts_server, "host", "place", "kvm-01", "--cloud", "Silver")
    assert placed.returncode == 0, placed.stderr
    assert "in the cloud Silver now" in placed.stdout
    assert fabric.registry is not None
    assert fabric.registry.host(host_id).cloud_id.endswith("silver")

    out = tmp_path / "second.key"
    as_json = cli(hosts_server, "host-key", "create", "--site", "Stockholm", "--valid", "30m",
                  "--out", str(out), "--json")  # fmt: skip
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert doc["file"] == str(out) and doc["cloud"] is None and "second.key" in doc["command"]

    removed = cli(hosts_server, "host", "remove", "kvm-01")
    assert removed.returncode == 0, removed.stderr
    assert "its agent is refused from now on" in removed.stdout
    assert fabric.registry.hosts() == []
    assert agent.ended.wait(30) and "removed" in (agent.refused or "")


def test_refusals_are_one_line(hosts_server, lab_server, tmp_path: Path) -> None:
    assert cli(hosts_server, "site", "create", "Stockholm").returncode == 0
    refused(cli(hosts_server, "site", "create", "STOCKHOLM"), "exists already")
    refused(cli(hosts_server, "cloud", "create", "--site", "Oslo", "Gold"),
            "no site named 'Oslo' (sites: Stockholm)")  # fmt: skip
    refused(cli(hosts_server, "host-key", "create", "--site", "Stockholm", "--cloud", "Gold",
                "--out", str(tmp_path / "k")),
            "no cloud named 'Gold' in the site Stockholm (clouds: none)")  # fmt: skip
    refused(cli(hosts_server, "host-key", "create", "--site", "Stockholm", "--valid", "8d"),
            "1 minute to 7 days")  # fmt: skip
    refused(cli(hosts_server, "host-key", "create", "--site", "Stockholm", "--valid", "soon"),
            "e.g. 30m, 1h, 2d")  # fmt: skip
    refused(cli(hosts_server, "host-key", "create", "--site", "Stockholm",
                "--out", str(tmp_path / "missing" / "k")), "no folder")  # fmt: skip
    refused(cli(hosts_server, "host", "remove", "kvm-09"), "no host named 'kvm-09'")
    refused(cli(hosts_server, "site", "create", "Oslo", role="operator"), "need an admin token")
    # A lab's hosts do not enroll.
    lab = cli(lab_server, "site", "create", "Oslo")
    refused(lab, "does not take host registrations")
