"""A real estate for tests: a real control plane with the agents' fabric, and two
`standby agent --libvirt` processes standing for two hosts in two sites (each with its own
storage and only its own domains), enrolled with registration keys, around a real guest."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from app.agents.fabric import AgentFabric
from app.server.context import Settings
from tests.support.guest import GUEST_PREFIX, Guest, GuestFactory, traversable_dir
from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer, free_port

DISK = "vda"


@dataclass
class AgentProcess:
    name: str
    storage: Path
    listen: str
    domains: str
    key: Path | None
    proc: subprocess.Popen | None = None
    log: Path | None = None
    extra: tuple[str, ...] = ()  # more `standby agent` options

    def start(self) -> AgentProcess:
        args = [
            sys.executable,
            "-m",
            "app.cli",
            "agent",
            "--libvirt",
            "qemu:///system",
            "--storage",
            str(self.storage),
            "--listen",
            self.listen,
            "--name",
            self.name,
            "--domains",
            self.domains,
        ]
        if self.key is not None:
            args += ["--register", str(self.key)]
        args += self.extra
        self.log = self.storage.parent / f"{self.name}.log"
        self.proc = subprocess.Popen(
            args, stdout=self.log.open("ab"), stderr=subprocess.STDOUT, cwd=os.getcwd()
        )
        return self

    def output(self) -> str:
        return self.log.read_text(errors="replace") if self.log else ""

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)


@dataclass
class RealEstate:
    server: RunningServer
    fabric: AgentFabric
    admin: httpx.Client
    operator: Operator
    primary: AgentProcess
    recovery: AgentProcess
    sites: dict[str, str]
    clouds: dict[str, str]

    def call(self, make: Any) -> Any:
        return self.server.call(make)

    def host_id(self, name: str) -> str:
        hosts = self.operator.get("/api/v1/inventory")["hosts"]
        return next(h["id"] for h in hosts if h["name"] == name)


def write_key(admin: httpx.Client, site_id: str, cloud_id: str, path: Path) -> Path:
    """A registration key through the API (admin), written as the key file an agent reads."""
    answer = admin.post(f"/api/v1/sites/{site_id}/registration-keys", json={"cloud_id": cloud_id})
    assert answer.status_code == 201, answer.text
    path.write_text(answer.json()["key_text"])
    return path


def two_sites(admin: httpx.Client) -> tuple[dict[str, str], dict[str, str]]:
    """The Primary and Recovery sites with a cloud each: (site ids, cloud ids) by site name."""
    sites, clouds = {}, {}
    for site, cloud in (("Primary", "Primary gold"), ("Recovery", "Recovery gold")):
        answer = admin.post("/api/v1/sites", json={"name": site})
        assert answer.status_code == 201, answer.text
        sites[site] = answer.json()["id"]
        answer = admin.post(f"/api/v1/sites/{sites[site]}/clouds", json={"name": cloud})
        assert answer.status_code == 201, answer.text
        clouds[site] = answer.json()["id"]
    return sites, clouds


def real_estate_fixture(
    tmp_path: Path, make_guest: GuestFactory
) -> Iterator[tuple[RealEstate, Guest]]:
    """The body of the `real_estate` fixture (tests/libvirt/conftest.py)."""
    guest = make_guest()  # boots while the control plane and the agents start
    folder = traversable_dir("standby-agents-")
    fabric = AgentFabric(folder / "control-plane", "127.0.0.1", 0)
    server = RunningServer(
        f"sqlite+aiosqlite:///{tmp_path / 'vault.db'}",
        fabric_factory=lambda: fabric,
        settings=Settings(sync_interval_seconds=1.0),
    ).start()
    agents: list[AgentProcess] = []
    try:
        admin = httpx.Client(base_url=server.url, headers=server.headers("admin"), timeout=60)
        sites, clouds = two_sites(admin)
        primary = AgentProcess(
            "primary-hv01",
            folder / "primary",
            f"127.0.0.1:{free_port()}",
            f"{GUEST_PREFIX}*",  # every test guest (the tests run one estate at a time)
            write_key(admin, sites["Primary"], clouds["Primary"], folder / "p.key"),
        )
        recovery = AgentProcess(
            "recovery-hv01",
            folder / "recovery",
            f"127.0.0.1:{free_port()}",
            "no-domain-*",
            write_key(admin, sites["Recovery"], clouds["Recovery"], folder / "r.key"),
        )
        for agent in (primary, recovery):
            agent.storage.mkdir(parents=True)
            agents.append(agent.start())
        estate = RealEstate(
            server, fabric, admin, Operator(server), primary, recovery, sites, clouds
        )

        def both_connected() -> bool:
            hosts = estate.operator.get("/api/v1/inventory")["hosts"]
            return len(hosts) == 2 and all(h["agent"]["connected"] for h in hosts)

        try:
            wait_until(both_connected, timeout=60)
        except AssertionError:
            raise AssertionError(primary.output() + recovery.output()) from None
        yield estate, guest
    finally:
        for agent in agents:
            agent.stop()
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def protect(estate: RealEstate, guest: Guest, **policy: Any) -> dict:
    return protect_guests(estate.operator, estate.clouds, [guest], **policy)[0]


def protect_guests(
    op: Operator, clouds: dict[str, str], guests: list[Guest], **policy: Any
) -> list[dict]:
    """Protect every guest under one new policy and pairing (Primary → Recovery cloud);
    their protected items, in the guests' order."""
    body = {
        "name": f"real-{guests[0].name[-8:]}",
        "copy_frequency_seconds": 30,
        "recovery_point_retention_hours": 1,
        "app_consistent_frequency_hours": 0,
        "delete_replica_on_disable": True,
        **policy,
    }
    answer = op.api.post("/api/v1/policies", json=body)
    assert answer.status_code == 201, answer.text
    pairing = op.api.post(
        "/api/v1/pairings",
        json={
            "primary_cloud_id": clouds["Primary"],
            "recovery_cloud_id": clouds["Recovery"],
            "policy_id": answer.json()["id"],
        },
    )
    assert pairing.status_code == 201, pairing.text
    jobs = [
        op.start(
            "/api/v1/protected-items",
            {"vm_id": g.dom.UUIDString(), "pairing_id": pairing.json()["id"]},
        )
        for g in guests
    ]
    for job in jobs:
        op.finish(job)
    items = {i["vm_id"]: i for i in op.get("/api/v1/protected-items")}
    return [items[g.dom.UUIDString()] for g in guests]
