"""Real host agents on one machine: two `standby agent --libvirt` processes stand for two hosts
in two sites (each with its own storage and only its own domains), enrolled with registration
keys into a real control plane, replicating a real running guest's disk between them over
mTLS on 127.0.0.1. Everything is driven through the control plane's API.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

from app.agents.fabric import AgentFabric
from app.replication import ReplicaService
from app.server.context import Settings
from tests.libvirt.test_checkpoint_tracking import guest_seq_in
from tests.support.guest import Guest, GuestFactory, traversable_dir
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


def write_key(
    estate_fabric: AgentFabric,
    server: RunningServer,
    site: str,
    cloud: str,
    path: Path,
    valid_seconds: int = 600,
) -> Path:
    key = server.call(lambda: estate_fabric.create_registration_key(site, cloud, valid_seconds))
    path.write_text(key.text)
    return path


@pytest.fixture
def real_estate(tmp_path: Path, make_guest: GuestFactory) -> Iterator[tuple[RealEstate, Guest]]:
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
        sites, clouds = {}, {}
        for site, cloud in (("Primary", "Primary gold"), ("Recovery", "Recovery gold")):
            s = server.call(lambda site=site: fabric.create_site(site, ""))
            c = server.call(lambda s=s, cloud=cloud: fabric.create_cloud(s.id, cloud))
            sites[site], clouds[site] = s.id, c.id
        primary = AgentProcess(
            "primary-hv01",
            folder / "primary",
            f"127.0.0.1:{free_port()}",
            guest.name,
            write_key(fabric, server, sites["Primary"], clouds["Primary"], folder / "p.key"),
        )
        recovery = AgentProcess(
            "recovery-hv01",
            folder / "recovery",
            f"127.0.0.1:{free_port()}",
            "no-domain-*",
            write_key(fabric, server, sites["Recovery"], clouds["Recovery"], folder / "r.key"),
        )
        for agent in (primary, recovery):
            agent.storage.mkdir(parents=True)
            agents.append(agent.start())
        admin = httpx.Client(base_url=server.url, headers=server.headers("admin"), timeout=60)
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
    op = estate.operator
    body = {
        "name": f"real-{guest.name[-8:]}",
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
            "primary_cloud_id": estate.clouds["Primary"],
            "recovery_cloud_id": estate.clouds["Recovery"],
            "policy_id": answer.json()["id"],
        },
    )
    assert pairing.status_code == 201, pairing.text
    vm_id = guest.dom.UUIDString()
    job = op.start("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing.json()["id"]})
    op.finish(job)
    items = op.get("/api/v1/protected-items")
    return next(i for i in items if i["vm_id"] == vm_id)


def test_two_agents_enroll_and_replicate_a_running_guest_until_byte_identical(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path
) -> None:
    estate, guest = real_estate
    op = estate.operator
    vm_id = guest.dom.UUIDString()

    # Inventory from libvirt: the primary agent reports only its own domain.
    inventory = op.get("/api/v1/inventory")
    vm = next(v for v in inventory["vms"] if v["id"] == vm_id)
    assert vm["name"] == guest.name and vm["power_state"] == "running"
    assert vm["host_id"] == estate.host_id("primary-hv01")
    assert [d["id"] for d in vm["disks"]] == [DISK] and vm["disks"][0]["size_bytes"] > 0

    item = protect(estate, guest)
    assert item["replication_state"] == "protected", item
    item_id = item["id"]

    # Recovery points come at the copy frequency; the newest is a clean file system holding
    # the guest's sequence from before its cut.
    def points() -> list[dict]:
        return op.get(f"/api/v1/protected-items/{item_id}/recovery-points")

    seq_before = guest.last_seq()  # durable in the guest before this moment
    mark = datetime.now(UTC)
    newest = wait_until(
        lambda: next((p for p in points() if datetime.fromisoformat(p["time"]) > mark), None),
        timeout=120,
    )
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["rpo_seconds"] is not None and item["health"] != "critical", item

    replicas = ReplicaService(estate.recovery.storage / "replicas")
    try:
        replica = replicas.replica(vm_id, DISK)
        assert replica is not None
        image = replica.materialize(newest["cycle_id"], tmp_path / "point.raw")
        check = subprocess.run(["e2fsck", "-fy", str(image)], capture_output=True, text=True)
        assert check.returncode in (0, 1), check.stdout + check.stderr  # 1: journal replayed
        clean = subprocess.run(["e2fsck", "-fn", str(image)], capture_output=True, text=True)
        assert clean.returncode == 0, clean.stdout
        assert guest_seq_in(image) >= seq_before
    finally:
        replicas.close()

    # Shut the guest off: the last cycle ships from the persistent bitmap, and the replica
    # is byte-identical to the source disk.
    cycles = op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"]
    guest.shutdown()
    wait_until(
        lambda: op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"] >= cycles + 2,
        timeout=120,
    )
    replicas = ReplicaService(estate.recovery.storage / "replicas")
    try:
        replica = replicas.replica(vm_id, DISK)
        assert replica is not None
        source_raw = tmp_path / "source.raw"
        subprocess.run(
            ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(source_raw)],
            check=True,
        )
        latest = replicas.points(vm_id, DISK)[-1]
        final = replica.materialize(latest.cycle_id, tmp_path / "final.raw")
        same = subprocess.run(["cmp", str(source_raw), str(final)], capture_output=True)
        assert same.returncode == 0, same.stdout
    finally:
        replicas.close()

    # Disable protection: the replica and the checkpoints are gone.
    job = op.api.delete(f"/api/v1/protected-items/{item_id}")
    assert job.status_code == 202, job.text
    op.finish(job.json())
    assert guest.dom.listAllCheckpoints() == []
    assert not (estate.recovery.storage / "replicas" / vm_id).exists()


def test_a_removed_host_is_refused_and_keys_are_one_time(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path
) -> None:
    estate, _guest = real_estate
    # The primary's key was used: a second agent enrolling with it is refused, nothing enrolled.
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "app.cli",
            "agent",
            "--libvirt",
            "qemu:///system",
            "--storage",
            str(tmp_path / "third"),
            "--listen",
            f"127.0.0.1:{free_port()}",
            "--register",
            str(estate.primary.key),
            "--name",
            "third-hv",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 2, again.stderr
    assert "already used" in again.stderr and "Traceback" not in again.stderr
    assert len(estate.operator.get("/api/v1/inventory")["hosts"]) == 2

    # Removing the recovery host disconnects its agent, which ends with the reason.
    host_id = estate.host_id("recovery-hv01")
    estate.call(lambda: estate.fabric.remove_host(host_id))
    proc = estate.recovery.proc
    assert proc is not None
    proc.wait(30)
    assert proc.returncode == 2
    assert "removed" in estate.recovery.output()
    # Started again with its old identity, it is refused at once.
    estate.recovery.key = None
    estate.recovery.start()
    assert estate.recovery.proc is not None
    assert estate.recovery.proc.wait(30) == 2
    hosts = [h["name"] for h in estate.operator.get("/api/v1/inventory")["hosts"]]
    assert hosts == ["primary-hv01"]


def test_domain_events_reach_the_inventory_at_once(
    real_estate: tuple[RealEstate, Guest],
) -> None:
    estate, guest = real_estate
    op = estate.operator
    vm_id = guest.dom.UUIDString()

    def power() -> str:
        vms = op.get("/api/v1/inventory")["vms"]
        return next(v["power_state"] for v in vms if v["id"] == vm_id)

    assert power() == "running"
    guest.dom.destroy()
    started = time.monotonic()
    wait_until(lambda: power() == "off", timeout=30, every=0.05)
    # Reported for information; the bound (2 s) is the issue's, measured not asserted.
    print(f"stop reached the inventory in {time.monotonic() - started:.2f} s")
    with contextlib.suppress(Exception):
        guest.dom.create()


def test_pause_resume_agent_kill_and_a_resync_that_ships_only_the_changed_block(
    real_estate: tuple[RealEstate, Guest],
) -> None:
    estate, guest = real_estate
    op = estate.operator
    vm_id = guest.dom.UUIDString()
    item_id = protect(estate, guest)["id"]

    def item() -> dict:
        return op.get(f"/api/v1/protected-items/{item_id}")

    def point_after(moment: datetime) -> dict | None:
        points = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return next((p for p in points if datetime.fromisoformat(p["time"]) > moment), None)

    # Pause, then resume: points come again.
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/pause"))
    assert item()["replication_state"] == "paused"
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/resume"))
    mark = datetime.now(UTC)
    wait_until(lambda: point_after(mark), timeout=120)

    # kill -9 of the primary agent: its host shows disconnected; started again (with the
    # identity it kept, no key), it reconnects and its protection goes on by itself.
    proc = estate.primary.proc
    assert proc is not None
    proc.kill()
    proc.wait(10)
    host_id = estate.host_id("primary-hv01")

    def agent_connected() -> bool:
        hosts = op.get("/api/v1/inventory")["hosts"]
        return next(h["agent"]["connected"] for h in hosts if h["id"] == host_id)

    wait_until(lambda: not agent_connected(), timeout=30)
    estate.primary.key = None
    estate.primary.start()
    wait_until(agent_connected, timeout=60)
    mark = datetime.now(UTC)
    wait_until(lambda: point_after(mark), timeout=120)
    assert item()["replication_state"] == "protected"

    # The guest stops writing (suspended); once a point holds everything, one replica block
    # is changed behind Standby's back: a resync ships exactly that block.
    guest.dom.suspend()
    try:
        mark = datetime.now(UTC)
        wait_until(lambda: point_after(mark), timeout=120)
        replicas = ReplicaService(estate.recovery.storage / "replicas")
        image = replicas.image_path(vm_id, DISK)
        replicas.close()
        with open(image, "r+b") as f:
            f.seek(48 * 1024 * 1024)
            f.write(os.urandom(64 * 1024))
            os.fsync(f.fileno())
        job = op.finish(op.start(f"/api/v1/protected-items/{item_id}/resync"))
        assert job["result"]["blocks_shipped"] == 1, job["result"]
        assert job["result"]["blocks_compared"] == 64 * 1024 * 1024 // (64 * 1024)
    finally:
        guest.dom.resume()
    assert item()["replication_state"] == "protected"
