"""Real host agents on one machine: two `standby agent --libvirt` processes stand for two hosts
in two sites (each with its own storage and only its own domains), enrolled with registration
keys into a real control plane, replicating a real running guest's disk between them over
mTLS on 127.0.0.1. Everything is driven through the control plane's API.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

import libvirt

from app.replication import ReplicaService
from tests.libvirt.test_checkpoint_tracking import guest_seq_in
from tests.support.guest import FREEZE_LINE, THAW_LINE, Guest, GuestFactory
from tests.support.operator import Operator, wait_until
from tests.support.real_estate import DISK, RealEstate, protect
from tests.support.server import free_port


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
    answer = estate.admin.delete(f"/api/v1/hosts/{host_id}")
    assert answer.status_code == 204, answer.text
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


def test_pause_resume_and_a_resync_that_ships_only_the_changed_block(
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


def test_kill_9_of_each_agent_in_the_middle_of_a_cycle(
    real_estate: tuple[RealEstate, Guest],
) -> None:
    estate, guest = real_estate
    op = estate.operator
    item_id = protect(estate, guest)["id"]

    def item() -> dict:
        return op.get(f"/api/v1/protected-items/{item_id}")

    def point_after(moment: datetime) -> dict | None:
        points = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return next((p for p in points if datetime.fromisoformat(p["time"]) > moment), None)

    # kill -9 of each agent in the middle of a cycle (its backup job open on libvirt), the
    # primary shipping under a bandwidth limit so that a cycle lasts: no point ever records
    # what the killed cycle half-shipped, and each agent, started again with the identity
    # it kept (no key), takes up replication by itself.
    estate.primary.stop()
    estate.primary.key = None
    estate.primary.extra = ("--bandwidth", "2")
    estate.primary.start()
    host_id = estate.host_id("primary-hv01")

    def agent_connected(name: str) -> bool:
        hosts = op.get("/api/v1/inventory")["hosts"]
        return next(h["agent"]["connected"] for h in hosts if h["name"] == name)

    def backup_running() -> bool:
        try:
            guest.dom.backupGetXMLDesc(0)
        except libvirt.libvirtError:
            return False
        return True

    wait_until(lambda: agent_connected("primary-hv01"), timeout=60)
    for agent in (estate.primary, estate.recovery):
        points_before = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        wait_until(backup_running, timeout=120, every=0.02)
        proc = agent.proc
        assert proc is not None
        proc.kill()
        proc.wait(10)
        killed_at = datetime.now(UTC)
        wait_until(lambda agent=agent: not agent_connected(agent.name), timeout=30)
        # Nothing cut after the kill became a point while the agent was away.
        assert point_after(killed_at) is None
        agent.key = None
        agent.start()
        wait_until(lambda agent=agent: agent_connected(agent.name), timeout=60)
        mark = datetime.now(UTC)
        wait_until(lambda mark=mark: point_after(mark), timeout=180)
        after = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        cycles = [p["cycle_id"] for p in after]  # newest first, each cycle once
        assert cycles == sorted(set(cycles), reverse=True)
        assert len(after) > len(points_before)  # retention keeps an hour: none lost
    assert item()["replication_state"] == "protected"
    assert host_id == estate.host_id("primary-hv01")


def test_refusals_and_checkpoints_that_disagree_lead_to_a_resync(
    real_estate: tuple[RealEstate, Guest], make_guest: GuestFactory
) -> None:
    estate, guest = real_estate
    op = estate.operator

    # A raw disk cannot be tracked: enabling protection fails with the reason and the remedy.
    raw = make_guest(fmt="raw")
    raw_id = raw.dom.UUIDString()
    wait_until(lambda: any(v["id"] == raw_id for v in op.get("/api/v1/inventory")["vms"]))
    pairing = op.get("/api/v1/pairings")
    if not pairing:
        protect(estate, guest)
        pairing = op.get("/api/v1/pairings")
    job = op.start("/api/v1/protected-items", {"vm_id": raw_id, "pairing_id": pairing[0]["id"]})
    done = wait_until(
        lambda: (j := op.get(f"/api/v1/jobs/{job['id']}"))["state"] in ("succeeded", "failed") and j
    )
    assert done["state"] == "failed"
    assert "raw" in done["error"] and "qcow2" in done["error"], done["error"]
    item = next(i for i in op.get("/api/v1/protected-items") if i["vm_id"] == raw_id)
    assert item["replication_state"] == "enable-protection-failed"
    assert "raw" in (item.get("last_error") or "") or any(
        "raw" in r["message"] for r in item["health_reasons"]
    ), item

    # The protected guest's checkpoint is deleted behind Standby's back (its metadata only, as
    # a careless `virsh checkpoint-delete --metadata` would): the next cycle finds libvirt and
    # the tracking disagreeing and asks for a resync, never shipping a wrong delta.
    item_id = next(
        i["id"] for i in op.get("/api/v1/protected-items") if i["vm_id"] == guest.dom.UUIDString()
    )
    wait_until(
        lambda: op.get(f"/api/v1/protected-items/{item_id}")["replication_state"] == "protected"
    )

    for cp in guest.dom.listAllCheckpoints():
        cp.delete(libvirt.VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY)
    wait_until(
        lambda: (
            op.get(f"/api/v1/protected-items/{item_id}")["replication_state"] == "resync-required"
        ),
        timeout=120,
    )
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/resync"))
    mark = datetime.now(UTC)
    wait_until(
        lambda: any(
            datetime.fromisoformat(p["time"]) > mark
            for p in op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        ),
        timeout=120,
    )
    assert op.get(f"/api/v1/protected-items/{item_id}")["replication_state"] == "protected"


def libvirt_clients_of(pid: int) -> list[str]:
    """libvirtd's ids of the client connections a process holds (virt-admin)."""
    listing = subprocess.run(
        ["virt-admin", "client-list", "libvirtd"], capture_output=True, text=True, check=True
    ).stdout
    ids = [line.split()[0] for line in listing.splitlines()[2:] if line.strip()]
    mine = []
    for client in ids:
        info = subprocess.run(
            ["virt-admin", "client-info", "libvirtd", client], capture_output=True, text=True
        ).stdout
        if f"unix_process_id: {pid}" in info:
            mine.append(client)
    return mine


def open_agent_alerts(op: Operator, host_id: str) -> list[dict]:
    alerts = op.get("/api/v1/alerts", code="agent-disconnected", object_id=host_id)
    return [a for a in alerts if not a["resolved_at"]]


def set_libvirt_clients(max_clients: int, max_unauth: int) -> None:
    subprocess.run(
        [
            "virt-admin",
            "srv-clients-set",
            "libvirtd",
            "--max-clients",
            str(max_clients),
            "--max-unauth-clients",
            str(max_unauth),
        ],
        check=True,
        capture_output=True,
    )


def test_a_libvirt_that_drops_cuts_its_host_off_until_it_answers_again(
    real_estate: tuple[RealEstate, Guest],
) -> None:
    """libvirtd drops the primary agent's connection and refuses new ones for a while (its
    client limit, through virt-admin: the rest of the machine's libvirt stays up)."""
    estate, guest = real_estate
    op = estate.operator
    item_id = protect(estate, guest)["id"]

    def connected(name: str) -> bool:
        hosts = op.get("/api/v1/inventory")["hosts"]
        return next(h["agent"]["connected"] for h in hosts if h["name"] == name)

    proc = estate.primary.proc
    assert proc is not None
    info = subprocess.run(
        ["virt-admin", "srv-clients-info", "libvirtd"], capture_output=True, text=True, check=True
    ).stdout
    limits = {
        k.strip(): v.strip()
        for k, v in (line.split(":", 1) for line in info.splitlines() if ":" in line)
    }
    max_clients, max_unauth = (int(limits[k]) for k in ("nclients_max", "nclients_unauth_max"))
    try:
        clients = libvirt_clients_of(proc.pid)
        assert clients, "the primary agent holds no libvirt connection"
        count = int(limits["nclients"]) - len(clients)
        set_libvirt_clients(max(count, 1), 0)
        for client in clients:
            subprocess.run(["virt-admin", "client-disconnect", "libvirtd", client], check=True)
        wait_until(lambda: not connected("primary-hv01"), timeout=60)
        assert connected("recovery-hv01")
        # The operator is told: the host's agent alert is open (it closes by itself below).
        host_id = estate.host_id("primary-hv01")
        wait_until(lambda: open_agent_alerts(op, host_id), timeout=30)
        assert any(v["id"] == guest.dom.UUIDString() for v in op.get("/api/v1/inventory")["vms"])
    finally:
        set_libvirt_clients(max_clients, max_unauth)
    wait_until(lambda: connected("primary-hv01"), timeout=60)
    wait_until(lambda: not open_agent_alerts(op, host_id), timeout=30)
    mark = datetime.now(UTC)
    wait_until(
        lambda: any(
            datetime.fromisoformat(p["time"]) > mark
            for p in op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        ),
        timeout=180,
    )
    assert op.get(f"/api/v1/protected-items/{item_id}")["replication_state"] == "protected"


@pytest.mark.parametrize("real_estate", [{"agent": True}], indirect=True)
def test_a_policy_with_app_consistent_points_gets_them_from_a_guest_running_its_agent(
    real_estate: tuple[RealEstate, Guest],
) -> None:
    estate, guest = real_estate
    op = estate.operator
    guest.wait_for(lambda: "standby-guest: agent on" in guest.console(), "agent start", 30)
    item = protect(estate, guest, app_consistent_frequency_hours=1)
    item_id = item["id"]

    # The first copy is the first app-consistent point (the cadence counts from it): the
    # guest is frozen and thawed through its agent, and the point says so.
    def app_points() -> list[dict]:
        points = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return [p for p in points if p["kind"] == "app-consistent"]

    wait_until(app_points, timeout=120)
    guest.wait_for(lambda: THAW_LINE in guest.console(), "thaw line", 10)
    assert FREEZE_LINE in guest.console()
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["health"] == "normal" and item["health_reasons"] == [], item
    assert guest.is_running()


def test_a_disk_that_grows_keeps_replicating_and_one_that_shrinks_asks_for_a_resync(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path
) -> None:
    estate, guest = real_estate
    op = estate.operator
    mib = 1 << 20
    item_id = protect(estate, guest)["id"]
    vm_id = guest.dom.UUIDString()

    def item() -> dict:
        return op.get(f"/api/v1/protected-items/{item_id}")

    guest.dom.blockResize(DISK, 96 * mib, libvirt.VIR_DOMAIN_BLOCK_RESIZE_BYTES)
    mark = datetime.now(UTC)
    wait_until(
        lambda: any(
            datetime.fromisoformat(p["time"]) > mark
            for p in op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        ),
        timeout=120,
    )
    assert item()["replication_state"] == "protected"

    # Shut off, the last cycle ships: the replica is the grown disk, byte for byte.
    cycles = item()["successful_cycles"]
    guest.shutdown()
    wait_until(lambda: item()["successful_cycles"] >= cycles + 2, timeout=120)
    replicas = ReplicaService(estate.recovery.storage / "replicas")
    try:
        latest = replicas.points(vm_id, DISK)[-1]
        replica = replicas.replica(vm_id, DISK)
        assert replica is not None and replica.journal.size_bytes == 96 * mib
        final = replica.materialize(latest.cycle_id, tmp_path / "final.raw")
        source = tmp_path / "source.raw"
        subprocess.run(
            ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(source)], check=True
        )
        assert subprocess.run(["cmp", str(source), str(final)]).returncode == 0
    finally:
        replicas.close()

    # Shrunk: replication stops and asks for a resync; the replica keeps its size.
    subprocess.run(
        ["qemu-img", "resize", "--shrink", str(guest.disk), str(80 * mib)],
        check=True,
        capture_output=True,
    )
    wait_until(lambda: item()["replication_state"] == "resync-required", timeout=120)
    assert "shrank" in estate.primary.output()
    # The item's health says why and what to do (a plain resync would be refused).
    reasons = wait_until(
        lambda: [r for r in item()["health_reasons"] if r["params"].get("cause")], timeout=30
    )
    (reason,) = reasons
    assert reason["code"] == "resync-required", reason
    assert "shrank" in reason["params"]["cause"] and "Grow the disk back" in reason["message"]
