"""The failover family on real VMs: a real control plane and two `standby agent --libvirt`
processes (tests/support/real_estate.py) around a real guest that writes a sequence on ext4,
driven through the API's jobs, checked through libvirt, the disks and the guest's own log.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

import libvirt

from app.replication import ReplicaService
from app.replication.sparse import BLOCK_SIZE
from tests.libvirt.test_checkpoint_tracking import guest_seq_in
from tests.support.guest import SEQ_LINE, Guest
from tests.support.operator import wait_until
from tests.support.plan_estate import remove_copies
from tests.support.real_estate import DISK, RealEstate, protect

READY = re.compile(r"standby-guest: ready seq=(\d+)")


def point_image(estate: RealEstate, vm_id: str, cycle_id: int, folder: Path) -> Path:
    """A raw copy of the disk at a recovery point, as the replica holds it."""
    replicas = ReplicaService(estate.recovery.storage / "replicas")
    try:
        replica = replicas.replica(vm_id, DISK)
        assert replica is not None
        return replica.materialize(cycle_id, folder / f"point-{cycle_id}.raw")
    finally:
        replicas.close()


def replayed_seq(image: Path) -> int:
    """The guest's sequence in an ext4 image once its journal is replayed (in place)."""
    replay = subprocess.run(
        ["e2fsck", "-y", "-E", "journal_only", str(image)], capture_output=True, text=True
    )
    assert replay.returncode in (0, 1), replay.stdout + replay.stderr
    return guest_seq_in(image)


def point_seq(estate: RealEstate, vm_id: str, cycle_id: int, folder: Path) -> int:
    """The guest's sequence on disk at a recovery point (its journal replayed), read from a
    copy of the point made for the check."""
    image = point_image(estate, vm_id, cycle_id, folder)
    seq = replayed_seq(image)
    image.unlink()
    return seq


def differing_blocks(a: Path, b: Path) -> int:
    """How many 64 KiB blocks (the replication's and the dirty bitmap's granularity) of two
    images of one size differ."""
    assert a.stat().st_size == b.stat().st_size
    count = 0
    with a.open("rb") as fa, b.open("rb") as fb:
        while block := fa.read(BLOCK_SIZE):
            count += block != fb.read(BLOCK_SIZE)
    return count


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


remove_leftovers = remove_copies  # what a test left on libvirt, named after its guest


def test_a_test_failover_starts_an_overlay_of_a_point_in_an_isolated_network_while_replication_goes_on(  # noqa: E501
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    vm_id = guest.dom.UUIDString()
    item = protect(estate, guest)
    item_id = item["id"]

    def points() -> list[dict]:
        """Oldest first."""
        found = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return sorted(found, key=lambda p: p["time"])

    # A point with newer ones applied after it: its overlay holds what those overwrote.
    wait_until(lambda: len(points()) >= 3, timeout=240)
    chosen = points()[-2]

    # The test failover, through the API's job.
    began = time.monotonic()
    job = op.start(
        f"/api/v1/protected-items/{item_id}/test-failover",
        {"recovery_point": "listed", "recovery_point_id": chosen["id"]},
    )
    done = op.finish(job)
    job_seconds = time.monotonic() - began
    test_vm_id = done["result"]["test_vm_id"]
    assert done["result"]["recovery_point_id"] == chosen["id"]

    # The test domain, as libvirt has it: running, tagged, on an isolated network Standby
    # made, its disk a small qcow2 overlay whose backing file is the replica image itself.
    dom = conn.lookupByUUIDString(test_vm_id)
    assert dom.isActive() and dom.name() == f"{guest.name}-test"
    root = ET.fromstring(dom.XMLDesc(0))
    metadata = root.find("./metadata/{urn:standby:copy:1}copy")
    assert metadata is not None and metadata.get("tag") == job["id"]
    assert metadata.get("role") == "test"
    network_name = f"standby-{job['id']}-testnet"  # the drill's own isolated network
    assert [s.get("network") for s in root.findall("./devices/interface/source")] == [network_name]
    assert guest.dom.UUIDString() != test_vm_id
    net = conn.networkLookupByName(network_name)
    assert net.isActive() and ET.fromstring(net.XMLDesc(0)).find("forward") is None
    overlay = Path(root.find("./devices/disk/source").get("file"))
    info = subprocess.run(
        ["qemu-img", "info", "-U", "--output=json", str(overlay)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    replica_image = estate.recovery.storage / "replicas" / vm_id / f"{DISK}.img"
    assert f'"backing-filename": "{replica_image}"' in info, info
    disk_size = replica_image.stat().st_size
    overlay_size = overlay.stat().st_size
    assert overlay_size < disk_size // 4, (overlay_size, disk_size)
    wait_until(
        lambda: any(
            v["id"] == test_vm_id and job["id"] in v["tags"]
            for v in op.get("/api/v1/inventory")["vms"]
        ),
        timeout=30,
    )
    inventory = op.get("/api/v1/inventory")
    test_vm = next(v for v in inventory["vms"] if v["id"] == test_vm_id)
    assert test_vm["host_id"] == estate.host_id("recovery-hv01")
    assert sum(1 for v in inventory["vms"] if v["id"] == test_vm_id) == 1

    # The test VM boots from the point: its guest finds the point's sequence on its disk and
    # carries on from it.
    expected = point_seq(estate, vm_id, chosen["cycle_id"], tmp_path)
    serial = Path(root.find("./devices/serial/source").get("path"))

    def console() -> str:
        return serial.read_text(errors="replace") if serial.exists() else ""

    ready = wait_until(lambda: READY.search(console()), timeout=90)
    assert int(ready.group(1)) == expected, console()
    wait_until(lambda: any(int(n) == expected + 2 for n in SEQ_LINE.findall(console())), timeout=60)

    # Replication goes on meanwhile: new points arrive (staged behind the hold), and the
    # protected guest keeps writing.
    count = len(points())
    wait_until(lambda: len(points()) >= count + 2, timeout=120)
    assert datetime.fromisoformat(points()[-1]["time"]) > datetime.fromisoformat(chosen["time"])
    staged = replica_image.with_name(replica_image.name + ".staged")
    assert any(staged.glob("*.delta")), "cycles during the hold are staged"
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["health"] != "critical", item

    # Cleanup removes exactly what the test made, and the staged cycles are applied.
    job = op.start(
        f"/api/v1/protected-items/{item_id}/test-failover-cleanup",
        {"notes": "booted from the point, sequence carried on"},
    )
    done = op.finish(job)
    assert done["result"]["removed"] >= 3, done["result"]  # domain, overlay, network
    names = [d.name() for d in conn.listAllDomains()]
    assert f"{guest.name}-test" not in names and guest.name in names
    assert network_name not in [n.name() for n in conn.listAllNetworks()]
    with pytest.raises(libvirt.libvirtError):
        conn.lookupByUUIDString(test_vm_id)
    assert not overlay.exists() and not overlay.parent.exists()
    assert not any(staged.glob("*.delta"))
    assert guest.dom.isActive()

    # Replication carries on after the hold.
    count = len(points())
    wait_until(lambda: len(points()) > count, timeout=120)

    print(
        f"\ntest failover: job {job_seconds:.1f} s, disk {disk_size >> 20} MiB, "
        f"overlay {overlay_size >> 10} KiB, point seq {expected}",
        file=sys.stderr,
    )


def test_a_planned_failover_loses_nothing_and_the_guest_carries_on_on_the_recovery_host(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]
    wait_until(lambda: op.get(f"/api/v1/protected-items/{item_id}/recovery-points"), timeout=120)

    began = time.monotonic()
    job = op.start(f"/api/v1/protected-items/{item_id}/planned-failover")
    done = op.finish(job)
    job_seconds = time.monotonic() - began
    assert not guest.dom.isActive()  # shut down through its ACPI power button
    last = guest.last_seq()

    # Zero data loss: the replica is byte-identical to the source disk at its shutdown.
    source_raw = tmp_path / "source.raw"
    subprocess.run(
        ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(source_raw)], check=True
    )
    replica_image = estate.recovery.storage / "replicas" / vm_id / f"{DISK}.img"
    same = subprocess.run(["cmp", str(source_raw), str(replica_image)], capture_output=True)
    assert same.returncode == 0, same.stdout
    assert guest_seq_in(source_raw) == last

    # The recovery VM: defined from the kept definition (a new UUID), its disk an overlay on
    # the replica, started; its guest finds the source's last sequence and carries on.
    dom = conn.lookupByName(f"{guest.name}-recovery")  # the old domain shares this libvirt
    assert dom.isActive() and dom.UUIDString() != vm_id
    root = ET.fromstring(dom.XMLDesc(0))
    mark = root.find("./metadata/{urn:standby:copy:1}copy")
    assert mark is not None and mark.get("role") == "recovery" and mark.get("vm") == vm_id
    serial = Path(root.find("./devices/serial/source").get("path"))

    def console() -> str:
        return serial.read_text(errors="replace") if serial.exists() else ""

    ready = wait_until(lambda: READY.search(console()), timeout=90)
    assert int(ready.group(1)) == last, console()
    wait_until(lambda: any(int(n) == last + 2 for n in SEQ_LINE.findall(console())), timeout=60)

    # The inventory shows the VM once, running on the recovery host.
    def the_vm() -> list[dict]:
        return [v for v in op.get("/api/v1/inventory")["vms"] if v["id"] == vm_id]

    wait_until(lambda: [v["host_id"] for v in the_vm()] == [estate.host_id("recovery-hv01")])
    assert the_vm()[0]["power_state"] == "running"
    assert done["result"]["recovery_point_id"]
    print(
        f"\nplanned failover: job {job_seconds:.1f} s, guest at seq {last} carried on",
        file=sys.stderr,
    )


def test_an_unplanned_failover_during_a_primary_outage_starts_the_point_and_fences_the_old_copy(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The primary "site" goes down (its agent and its VM stop) after its guest wrote past the
    newest point; the failover's reported loss is checked against the source's own disk.

    What the control plane can know of a source that is gone is what its agent said last: the
    bytes its VM had written since the newest checkpoint (each heartbeat carries them) and
    when (its last contact). To make the guest's lost writes exactly knowable, the guest is
    paused before the outage, after the writes to lose and before its agent's last
    heartbeats; then every lost write lies inside the reported window, and the reported bytes
    are libvirt's count of that checkpoint's bitmap, which holds every block that differs."""
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    guest.dom.setAutostart(1)  # the fence must turn it off
    item = protect(estate, guest)
    item_id = item["id"]

    def points() -> list[dict]:
        found = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return sorted(found, key=lambda p: p["time"])

    def primary_host() -> dict:
        hosts = op.get("/api/v1/inventory")["hosts"]
        return next(h for h in hosts if h["name"] == "primary-hv01")

    wait_until(lambda: len(points()) >= 2, timeout=120)
    # Just after a cycle arrived (the next starts a copy frequency after it began), the guest
    # writes past that point, then pauses: its last writes are never replicated.
    count = len(points())
    wait_until(lambda: len(points()) > count, timeout=120)
    newest = points()[-1]
    at_point = point_seq(estate, vm_id, newest["cycle_id"], tmp_path)
    guest.wait_seq(at_point + 3, timeout=60)
    guest.dom.suspend()
    paused_at = datetime.now(UTC)
    last_logged = guest.last_seq()  # the guest's log: every write it made durable
    live = op.get(f"/api/v1/protected-items/{item_id}/data-loss")
    # A heartbeat made after the pause (they come every 2 s; any contact 5 s on proves one).
    wait_until(
        lambda: utc(primary_host()["agent"]["last_heartbeat"]) > paused_at + timedelta(seconds=5)
    )

    # The primary "site" goes down: its agent and its VM stop at once (a crash).
    primary = estate.primary
    assert primary.proc is not None
    down_at = datetime.now(UTC)
    primary.proc.kill()
    primary.proc.wait(10)
    guest.kill_qemu()
    wait_until(lambda: not primary_host()["agent"]["connected"], timeout=30)
    assert points()[-1]["id"] == newest["id"]
    # No cycle began after the point (its checkpoint is the source's newest): the bitmap the
    # agent counted holds exactly the writes after the point.
    cycles = [int(c.getName().rsplit("-", 1)[1]) for c in guest.dom.listAllCheckpoints()]
    assert max(cycles) == newest["cycle_id"], cycles

    # Before the decision, the estimate tells the same: the source is away, its last report.
    estimate = op.get(f"/api/v1/protected-items/{item_id}/data-loss")
    assert not estimate["source_reachable"], estimate
    assert estimate["unreplicated_bytes"] == live["unreplicated_bytes"], (estimate, live)
    assert paused_at < utc(estimate["writes_until"]) <= down_at, estimate

    job = op.start(
        f"/api/v1/protected-items/{item_id}/unplanned-failover", {"recovery_point": "latest"}
    )
    done = op.finish(job)
    result = done["result"]
    assert result["recovery_point_id"] == newest["id"]
    assert result["writes_lost"] is None  # told in bytes and time on real guests

    # The source's own disk, read after the outage: the writes after the point.
    source_raw = tmp_path / "source.raw"
    subprocess.run(
        ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(source_raw)], check=True
    )
    point_raw = point_image(estate, vm_id, newest["cycle_id"], tmp_path)
    changed = differing_blocks(point_raw, source_raw) * BLOCK_SIZE
    on_source = replayed_seq(source_raw)
    assert replayed_seq(point_raw) == at_point
    assert on_source >= last_logged > at_point  # every logged write is on the source's disk
    lost = on_source - at_point  # the guest's writes after the point: never replicated

    # The time: the reported window runs from the point to the source's last contact, which
    # came after the guest's last write (it was paused) and before the outage.
    point_time = utc(result["recovery_point_time"])
    writes_until = utc(result["writes_until"])
    assert point_time == utc(newest["time"])
    assert point_time < paused_at < writes_until <= down_at, result
    assert result["loss_seconds"] == pytest.approx((writes_until - point_time).total_seconds())
    # The bytes: the count of the point's checkpoint bitmap, as the source last reported it
    # (equal to what its status said after the pause); every block that differs between the
    # point and the source's disk was written after the checkpoint, so it is counted; and the
    # guest's lost writes are in those blocks (each wrote 128 KiB of fresh data to one of
    # eight files, so at least min(lost, 8) × 128 KiB differs).
    reported = result["unreplicated_bytes"]
    assert reported == live["unreplicated_bytes"], (result, live)
    assert reported >= changed >= min(lost, 8) * 128 * 1024, (reported, changed, lost)

    # The point: a clean file system after journal replay, holding the guest's sequence.
    dom = conn.lookupByName(f"{guest.name}-recovery")
    root = ET.fromstring(dom.XMLDesc(0))
    serial = Path(root.find("./devices/serial/source").get("path"))

    def console() -> str:
        return serial.read_text(errors="replace") if serial.exists() else ""

    ready = wait_until(lambda: READY.search(console()), timeout=90)
    assert int(ready.group(1)) == at_point, console()
    wait_until(lambda: any(int(n) == at_point + 2 for n in SEQ_LINE.findall(console())), 60)

    # The primary host returns: its old copy is fenced (autostart off, marked, its cycles
    # stopped), and starting it is refused.
    primary.key = None
    primary.start()
    wait_until(lambda: primary_host()["agent"]["connected"], timeout=60)
    wait_until(lambda: "urn:standby:fence:1" in guest.dom.XMLDesc(0), timeout=30)
    assert not guest.dom.autostart()
    assert not guest.dom.isActive()
    checkpoints = len(guest.dom.listAllCheckpoints())
    time.sleep(35)  # longer than a copy frequency: no cycle runs from the fenced copy
    assert len(guest.dom.listAllCheckpoints()) == checkpoints
    assert dom.isActive()
    print(
        f"\nunplanned failover: point seq {at_point}, the source's disk {on_source} ({lost} "
        f"writes lost); reported {reported} bytes over "
        f"{(writes_until - point_time).total_seconds():.1f} s, {changed} bytes differ",
        file=sys.stderr,
    )


def test_a_failover_changes_its_point_then_commits_it_under_the_running_guest(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]

    def points() -> list[dict]:
        found = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return sorted(found, key=lambda p: p["time"])

    wait_until(lambda: len(points()) >= 2, timeout=120)
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/planned-failover"))
    last = guest.last_seq()
    dom = conn.lookupByName(f"{guest.name}-recovery")
    first_uuid = dom.UUIDString()

    # Change of recovery point: the recovery VM runs from an older point now.
    older = points()[0]
    expected = point_seq(estate, vm_id, older["cycle_id"], tmp_path)
    assert expected < last
    done = op.finish(
        op.start(
            f"/api/v1/protected-items/{item_id}/change-recovery-point",
            {"recovery_point_id": older["id"]},
        )
    )
    assert done["result"]["recovery_point_id"] == older["id"]
    dom = conn.lookupByName(f"{guest.name}-recovery")
    assert dom.isActive() and dom.UUIDString() != first_uuid
    serial = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/serial/source").get("path"))
    wait_until(lambda: f"ready seq={expected}\n" in serial.read_text(errors="replace"), timeout=90)

    # Commit: the replica becomes the older point for good (its image reverted under the
    # running VM's overlay, which holds every block that changes), and keeps one point.
    seen = max(int(n) for n in SEQ_LINE.findall(serial.read_text(errors="replace")) or ["0"])
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/commit"))
    replicas = ReplicaService(estate.recovery.storage / "replicas")
    try:
        replica = replicas.replica(vm_id, DISK)
        assert replica is not None
        assert [p.cycle_id for p in replica.points()] == [older["cycle_id"]]
    finally:
        replicas.close()
    wait_until(lambda: any(int(n) >= seen + 3 for n in SEQ_LINE.findall(serial.read_text())), 60)
    dom.shutdown()
    wait_until(lambda: not dom.isActive(), timeout=60)
    overlay = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/disk/source").get("file"))
    flat = tmp_path / "committed.raw"
    subprocess.run(["qemu-img", "convert", "-O", "raw", str(overlay), str(flat)], check=True)
    check = subprocess.run(["e2fsck", "-fn", str(flat)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert guest_seq_in(flat) >= seen + 3


def test_a_failover_is_cancelled_back_to_the_source_which_replicates_again(
    real_estate: tuple[RealEstate, Guest], request: pytest.FixtureRequest
) -> None:
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]

    def points() -> list[dict]:
        return op.get(f"/api/v1/protected-items/{item_id}/recovery-points")

    wait_until(lambda: len(points()) >= 2, timeout=120)
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/planned-failover"))
    last = guest.last_seq()
    assert conn.lookupByName(f"{guest.name}-recovery").isActive()

    # Cancel: back to the source, which runs again; the recovery VM and its overlays go, and
    # the replica takes cycles again.
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/cancel-failover"))
    with pytest.raises(libvirt.libvirtError):
        conn.lookupByName(f"{guest.name}-recovery")
    assert not (estate.recovery.storage / "failovers" / vm_id).exists()
    assert guest.dom.isActive()
    guest.wait_for(lambda: f"ready seq={last}" in guest.console(), "ready again", 90)
    count = len(points())
    wait_until(lambda: len(points()) > count, timeout=120)
    assert "urn:standby:fence:1" not in guest.dom.XMLDesc(0)


def shut_down_and_compare(
    dom: Any,
    seen: Callable[[], int],
    points: Callable[[], list[dict]],
    replica: Path,
    tmp_path: Path,
) -> int:
    """Shut the replicating VM down, wait for the cycle that follows, and prove the replica
    byte-identical to its disk (and the guest's last sequence on it); that sequence."""
    dom.shutdown()
    wait_until(lambda: not dom.isActive(), timeout=60)
    final = seen()
    newest = max(p["cycle_id"] for p in points())
    wait_until(lambda: max(p["cycle_id"] for p in points()) > newest, timeout=120)
    overlay = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/disk/source").get("file"))
    flat = tmp_path / "recovery.raw"
    subprocess.run(["qemu-img", "convert", "-U", "-O", "raw", str(overlay), str(flat)], check=True)
    same = subprocess.run(["cmp", str(flat), str(replica)], capture_output=True)
    assert same.returncode == 0, same.stdout
    assert guest_seq_in(flat) == final
    return final


def test_reverse_replication_ships_only_differing_blocks_from_the_recovery_vm_to_the_old_disks(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """After a planned failover the recovery VM (on overlays over the replica) becomes the
    source: its overlays are tracked, the fenced old domain's disk becomes its replica on the
    primary host, a resync ships only the blocks the guest wrote since, and cycles arrive in
    the new direction until the replica is byte-identical to the recovery VM's disk."""
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]
    primary_id, recovery_id = estate.host_id("primary-hv01"), estate.host_id("recovery-hv01")

    def points() -> list[dict]:
        found = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return sorted(found, key=lambda p: p["time"])

    wait_until(lambda: points(), timeout=120)
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/planned-failover"))
    last = guest.last_seq()
    dom = conn.lookupByName(f"{guest.name}-recovery")
    serial = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/serial/source").get("path"))

    def console() -> str:
        return serial.read_text(errors="replace") if serial.exists() else ""

    def seen() -> int:
        return max([int(n) for n in SEQ_LINE.findall(console())] or [0])

    wait_until(lambda: seen() >= last + 2, timeout=90)  # the guest writes on the recovery side
    carried = max(p["cycle_id"] for p in points())

    # Nothing to discard after a planned failover: no accept_data_loss needed.
    done = op.finish(op.start(f"/api/v1/protected-items/{item_id}/reverse-replication", {}))
    result = done["result"]
    assert result["discarded_bytes"] == 0, result
    assert 0 < result["blocks_shipped"] < result["blocks_compared"] // 4, result
    assert result["source_host_id"] == recovery_id and result["target_host_id"] == primary_id
    the_item = op.get(f"/api/v1/protected-items/{item_id}")
    assert (the_item["source_host_id"], the_item["target_host_id"]) == (recovery_id, primary_id)
    assert the_item["replication_state"] == "protected", the_item

    # The old domain's disk is the replica now, on the primary host; points arrive there
    # with cycle ids carrying on after the failover's.
    new_replica = estate.primary.storage / "replicas" / vm_id / f"{DISK}.img"
    assert new_replica.exists()
    assert not guest.dom.isActive() and "urn:standby:fence:1" in guest.dom.XMLDesc(0)
    wait_until(lambda: any(p["cycle_id"] > carried for p in points()), timeout=120)
    assert dom.isActive() and seen() > last + 2

    # At the recovery VM's shutdown, a cycle (from its persistent bitmap) makes the replica on
    # the primary host byte-identical to its disk.
    final = shut_down_and_compare(dom, seen, points, new_replica, tmp_path)
    print(
        f"\nreverse replication: {result['blocks_shipped']} of {result['blocks_compared']} "
        f"blocks shipped ({result['bytes_shipped']} bytes); guest at seq {final}",
        file=sys.stderr,
    )


def test_reverse_replication_after_an_unplanned_failover_discards_the_old_sides_writes_only_if_accepted(  # noqa: E501
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """After an outage of the primary "site" and an unplanned failover, the old disk holds
    writes the recovery VM never got (after the point, never shipped). When its host returns,
    reverse replication is refused until the operator accepts discarding them; then the
    resync ships only the blocks that differ, and the old disk, become the replica, ends
    byte-identical to the recovery VM's."""
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]
    primary_id, recovery_id = estate.host_id("primary-hv01"), estate.host_id("recovery-hv01")

    def points() -> list[dict]:
        found = op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        return sorted(found, key=lambda p: p["time"])

    def connected(name: str) -> bool:
        hosts = op.get("/api/v1/inventory")["hosts"]
        return next(h["agent"]["connected"] for h in hosts if h["name"] == name)

    wait_until(lambda: len(points()) >= 2, timeout=120)
    count = len(points())
    wait_until(lambda: len(points()) > count, timeout=120)
    newest = points()[-1]
    at_point = point_seq(estate, vm_id, newest["cycle_id"], tmp_path)
    guest.wait_seq(at_point + 3, timeout=60)  # writes after the point, on the old disk only

    # The outage (a crash of the agent and the VM), the unplanned failover to the newest point.
    primary = estate.primary
    assert primary.proc is not None
    primary.proc.kill()
    primary.proc.wait(10)
    guest.kill_qemu()
    wait_until(lambda: not connected("primary-hv01"), timeout=30)
    assert points()[-1]["id"] == newest["id"]
    op.finish(
        op.start(
            f"/api/v1/protected-items/{item_id}/unplanned-failover", {"recovery_point": "latest"}
        )
    )
    dom = conn.lookupByName(f"{guest.name}-recovery")
    serial = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/serial/source").get("path"))

    def console() -> str:
        return serial.read_text(errors="replace") if serial.exists() else ""

    def seen() -> int:
        return max([int(n) for n in SEQ_LINE.findall(console())] or [0])

    wait_until(lambda: seen() >= at_point + 2, timeout=90)  # the recovery side writes too
    carried = max(p["cycle_id"] for p in points())

    # The primary host returns; its old copy is fenced. Its disk holds the crash's writes.
    primary.key = None
    primary.start()
    wait_until(lambda: connected("primary-hv01"), timeout=60)
    wait_until(lambda: "urn:standby:fence:1" in guest.dom.XMLDesc(0), timeout=30)
    old_raw = tmp_path / "old.raw"
    subprocess.run(
        ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(old_raw)], check=True
    )
    assert replayed_seq(old_raw) > at_point
    old_raw.unlink()

    # Refused without accept_data_loss: the writes to discard are told, nothing changes.
    estimate = op.get(f"/api/v1/protected-items/{item_id}/discarded-writes")
    assert estimate["discarded_bytes"] > 0, estimate
    answer = op.api.post(f"/api/v1/protected-items/{item_id}/reverse-replication", json={})
    assert answer.status_code == 409, answer.text
    problem = answer.json()
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert problem["discarded_bytes"] == estimate["discarded_bytes"], problem
    assert "accept_data_loss" in problem["detail"], problem
    the_item = op.get(f"/api/v1/protected-items/{item_id}")
    assert (the_item["source_host_id"], the_item["target_host_id"]) == (primary_id, recovery_id)
    assert dom.isActive() and not guest.dom.isActive()
    assert "urn:standby:fence:1" in guest.dom.XMLDesc(0)
    assert not (estate.primary.storage / "replicas" / vm_id / f"{DISK}.img").exists()

    # Accepted: the old disk becomes the replica; only the blocks that differ are shipped.
    done = op.finish(
        op.start(
            f"/api/v1/protected-items/{item_id}/reverse-replication", {"accept_data_loss": True}
        )
    )
    result = done["result"]
    assert result["discarded_bytes"] == estimate["discarded_bytes"], result
    assert 0 < result["blocks_shipped"] < result["blocks_compared"] // 4, result
    assert result["source_host_id"] == recovery_id and result["target_host_id"] == primary_id
    the_item = op.get(f"/api/v1/protected-items/{item_id}")
    assert (the_item["source_host_id"], the_item["target_host_id"]) == (recovery_id, primary_id)
    new_replica = estate.primary.storage / "replicas" / vm_id / f"{DISK}.img"
    wait_until(lambda: any(p["cycle_id"] > carried for p in points()), timeout=120)

    # At the recovery VM's shutdown, a cycle (from its persistent bitmap) makes the replica on
    # the primary host byte-identical to its disk.
    shut_down_and_compare(dom, seen, points, new_replica, tmp_path)
    print(
        f"\nreverse replication after an unplanned failover: {result['discarded_bytes']} bytes "
        f"discarded, {result['blocks_shipped']} of {result['blocks_compared']} blocks shipped",
        file=sys.stderr,
    )


def test_failback_runs_the_vm_on_its_original_host_again_where_its_guest_carries_on(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Planned failover, reverse replication, then failback (the planned failover back and
    the reverse replication again): the original domain runs on the primary host from the
    recovery VM's last state, its guest carrying on from the recovery VM's last sequence,
    and replicates to the recovery host again, where the recovery VM became the replica."""
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))
    item = protect(estate, guest)
    item_id = item["id"]
    primary_id, recovery_id = estate.host_id("primary-hv01"), estate.host_id("recovery-hv01")

    def points() -> list[dict]:
        return op.get(f"/api/v1/protected-items/{item_id}/recovery-points")

    wait_until(lambda: points(), timeout=120)
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/planned-failover"))
    last = guest.last_seq()
    dom = conn.lookupByName(f"{guest.name}-recovery")
    serial = Path(ET.fromstring(dom.XMLDesc(0)).find("./devices/serial/source").get("path"))

    # The recovery VM's console goes with it at the failback's end: a copy is kept.
    kept = {"text": ""}
    stop = threading.Event()

    def keep_console() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                kept["text"] = serial.read_text(errors="replace")
            time.sleep(0.05)

    watcher = threading.Thread(target=keep_console, daemon=True)
    watcher.start()
    request.addfinalizer(stop.set)

    def recovery_seqs() -> list[int]:
        return [int(n) for n in SEQ_LINE.findall(kept["text"])]

    wait_until(lambda: max(recovery_seqs() or [0]) >= last + 2, timeout=90)
    carried = max(p["cycle_id"] for p in points())
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/reverse-replication", {}))
    wait_until(lambda: any(p["cycle_id"] > carried for p in points()), timeout=120)

    # Failback: the recovery VM shuts down, its last cycle ships, the original domain runs
    # from it on the primary host and replicates to the recovery host again.
    console_before = len(guest.console())
    done = op.finish(op.start(f"/api/v1/protected-items/{item_id}/failback", {}))
    stop.set()
    watcher.join()
    final = recovery_seqs()[-1]
    assert final > last + 2
    assert guest.dom.isActive()
    assert "urn:standby:fence:1" not in guest.dom.XMLDesc(0)
    guest.wait_for(
        lambda: f"ready seq={final}\n" in guest.console()[console_before:], "ready line", 90
    )
    guest.wait_for(
        lambda: any(
            int(n) >= final + 2 for n in SEQ_LINE.findall(guest.console()[console_before:])
        ),
        "the sequence carrying on",
        60,
    )
    with pytest.raises(libvirt.libvirtError):
        conn.lookupByName(f"{guest.name}-recovery")  # it became the replica again
    the_item = op.get(f"/api/v1/protected-items/{item_id}")
    assert (the_item["source_host_id"], the_item["target_host_id"]) == (primary_id, recovery_id)
    assert the_item["active_location"] == "primary", the_item
    result = done["result"]
    assert result["blocks_shipped"] < result["blocks_compared"] // 4, result
    wait_until(
        lambda: (
            [v["host_id"] for v in op.get("/api/v1/inventory")["vms"] if v["id"] == vm_id]
            == [primary_id]
        )
    )

    # Cycles run from the primary again; at its shutdown the replica on the recovery host is
    # byte-identical to the original disk.
    def newest() -> int:  # 0 while the new direction's first point is on its way
        return max([p["cycle_id"] for p in points()] or [0])

    before = newest()
    wait_until(lambda: newest() > before, timeout=120)
    guest.shutdown(60)
    before = newest()
    wait_until(lambda: newest() > before, timeout=120)
    flat = tmp_path / "primary.raw"
    subprocess.run(
        ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(flat)], check=True
    )
    replica_image = estate.recovery.storage / "replicas" / vm_id / f"{DISK}.img"
    same = subprocess.run(["cmp", str(flat), str(replica_image)], capture_output=True)
    assert same.returncode == 0, same.stdout
    assert guest_seq_in(flat) == guest.last_seq()
    print(
        f"\nfailback: the return's resync shipped {result['blocks_shipped']} of "
        f"{result['blocks_compared']} blocks ({result['bytes_shipped']} bytes); the guest "
        f"carried on from seq {final}",
        file=sys.stderr,
    )
