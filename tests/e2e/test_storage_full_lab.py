"""Storage full is a state, not a crash: the lab's hosts' storage folders on real small tmpfs
mounts (mounted by the test, as root), filled during the initial copy, during cycles and during
a resync, in a bounded loop, then given room again. Through the API the item shows critical with
its storage reason (naming the host) and a storage-full alert opens while full; replication
resumes by itself afterwards, the reason and the alert clear, and every recorded recovery point
audits intact and crash-consistent. The same with the source host full: the guest pauses (it
does not die), then resumes. And a source log that outgrows half its disk (the link cut, the
guest writing fast) makes the item resync-required instead of growing on.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from app.lab.auditor import audit
from app.lab.clock import LabClock
from app.lab.estate import default_estate
from app.lab.fabric import LabFabric
from app.lab.guest import history_snapshot
from app.server.context import Settings
from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer
from tests.support.tmpfs import SmallFilesystem, small_filesystem

VM = "vm-dc-01"  # Gold, one 64 MiB disk, on host-sto-gold-3
SOURCE_HOST = "host-sto-gold-3"
TARGET_HOST = "host-ams-gold-1"  # the first Gold item's replica host (least loaded, then id)
ROUNDS = 3
DISK = 64 * 1024 * 1024


@contextlib.contextmanager
def lab_on_tmpfs(tmp_path: Path, db_url: str, mounts: dict[str, int]) -> Iterator[tuple]:
    """A fast lab (clock ×60) whose hosts in `mounts` (host id → MiB) keep their storage on a
    small tmpfs each; yields (server, {host id: filesystem})."""
    from app.cli import seed_lab

    folder = tmp_path / "lab"
    with contextlib.ExitStack() as stack:
        filesystems = {
            host: stack.enter_context(small_filesystem(folder / "hosts" / host, mib=mib))
            for host, mib in mounts.items()
        }
        running = RunningServer(
            db_url,
            fabric_factory=lambda: LabFabric(
                estate=default_estate(disk_size=DISK), clock=LabClock(60), folder=folder
            ),
            settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
        ).start()
        stack.callback(running.stop)
        running.call(lambda: seed_lab(running.ctx))
        yield running, filesystems


def fill(fs: SmallFilesystem) -> None:
    """Take every free byte (unbuffered: nothing is left to flush when the disk says no)."""
    chunk = bytes(1 << 20)
    with open(fs.filler, "ab", buffering=0) as f:
        while True:
            try:
                if not f.write(chunk):
                    return
            except OSError:
                return


def enable(op: Operator, vm_id: str = VM) -> dict:
    inventory = op.get("/api/v1/inventory")
    pairing = next(p for p in inventory["pairings"] if p["primary_cloud_id"] == "cloud-sto-gold")
    return op.start("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing["id"]})


def item(op: Operator, item_id: str) -> dict:
    return op.get(f"/api/v1/protected-items/{item_id}")


def reasons(body: dict) -> list[str]:
    return [r["code"] for r in body["health_reasons"]]


def wait_storage_reason(op: Operator, item_id: str, code: str, timeout: float = 60) -> dict:
    def shown() -> dict | None:
        body = item(op, item_id)
        return body if body["health"] == "critical" and code in reasons(body) else None

    return wait_until(shown, timeout=timeout, every=0.1)


def storage_alert(op: Operator, host_id: str) -> dict | None:
    for alert in op.get("/api/v1/alerts"):
        if alert.get("cause") == f"storage-full:{host_id}":
            return alert
    return None


def open_alert(op: Operator, host_id: str) -> dict | None:
    alert = storage_alert(op, host_id)
    return alert if alert is not None and not alert.get("resolved_at") else None


def wait_cycles_after(op: Operator, item_id: str, cycles: int, more: int = 2) -> dict:
    """Replication resumed by itself: `more` successful cycles, and no storage reason."""

    def resumed() -> dict | None:
        body = item(op, item_id)
        ok = body["successful_cycles"] >= cycles + more
        return body if ok and not any("storage-full" in c for c in reasons(body)) else None

    return wait_until(resumed, timeout=60)


def assert_every_point_sound(server: RunningServer, vm_id: str, scratch: Path) -> int:
    """Materialize every recorded recovery point and audit it against the guest's history."""
    fabric = server.ctx.fabric
    protection = fabric.replication.protections[vm_id]
    replicas = protection.replica_set()
    points = replicas.points()
    history = history_snapshot(protection.workload.history)  # after the points: covers them
    assert points, "no recovery point recorded"
    for point in points:
        folder = scratch / f"point-{point.cycle_id}"
        try:
            images = replicas.materialize(point.cycle_id, folder, ".img")
            report = audit(images, vm_id=vm_id, history=history)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        assert report.intact, (point.cycle_id, report.problems)
        assert report.crash_consistent, (point.cycle_id, report.problems)
    return len(points)


def assert_audits_clean(op: Operator, item_id: str) -> None:
    for which in ("replica-latest", "active"):
        report = op.audit(item_id, which)
        assert report["intact"] and report["crash_consistent"], (which, report)


def test_full_replica_storage_during_copy_cycles_and_resync(tmp_path: Path, db_url: str) -> None:
    with lab_on_tmpfs(tmp_path, db_url, {TARGET_HOST: 96}) as (server, filesystems):
        fs = filesystems[TARGET_HOST]
        op = Operator(server)

        # 1. The initial copy meets a full replica disk: the job waits, the item is critical
        # with the storage reason and an alert names the host; with room again it finishes.
        fill(fs)
        job = enable(op)
        item_id = job["object_id"]
        body = wait_storage_reason(op, item_id, "replica-storage-full")
        assert body["target_host_id"] == TARGET_HOST
        message = next(r for r in body["health_reasons"] if r["code"] == "replica-storage-full")
        assert message["message"].startswith("Replica storage on ams-gold-hv01 is full")
        assert "no recovery point yet" in message["message"]
        assert open_alert(op, TARGET_HOST) is not None
        assert op.get(f"/api/v1/jobs/{job['id']}")["state"] == "in-progress"
        fs.free()
        op.finish(job)
        wait_until(lambda: open_alert(op, TARGET_HOST) is None, timeout=30)
        wait_cycles_after(op, item_id, 0, more=1)

        # 2. Full during cycles, in a bounded loop: critical while full, resumed by itself.
        for _ in range(ROUNDS):
            before = item(op, item_id)
            fill(fs)
            body = wait_storage_reason(op, item_id, "replica-storage-full")
            reason = next(r for r in body["health_reasons"] if r["code"] == "replica-storage-full")
            assert "the last good point is" in reason["message"], reason
            alert = wait_until(lambda: open_alert(op, TARGET_HOST), timeout=30)
            assert alert["severity"] == "critical" and alert["object_id"] == TARGET_HOST
            time.sleep(1.0)  # a few retries meet the full disk (and roll back)
            assert item(op, item_id)["successful_cycles"] <= before["successful_cycles"] + 1
            fs.free()
            body = wait_cycles_after(op, item_id, item(op, item_id)["successful_cycles"])
            assert body["health"] == "normal", body["health_reasons"]
            wait_until(lambda: open_alert(op, TARGET_HOST) is None, timeout=30)
            assert storage_alert(op, TARGET_HOST)["resolved_at"]

        # 3. A resync that meets a full replica disk waits, then finishes by itself.
        protection = server.ctx.fabric.replication.protections[VM]
        log_dir = Path(str(protection.disks[0].image) + ".hrl")
        # Byte 200 lies in the first write's record: wait for the guest's next write.
        newest = wait_until(lambda: (n := max(log_dir.glob("*.hrl"))).stat().st_size > 200 and n)
        with open(newest, "r+b") as f:  # damage the open log: the next cycle refuses it
            f.seek(200)
            byte = f.read(1)
            f.seek(200)
            f.write(bytes([byte[0] ^ 0xFF]))
        wait_until(lambda: item(op, item_id)["replication_state"] == "resync-required")
        fill(fs)
        resync = op.start(f"/api/v1/protected-items/{item_id}/resync")
        wait_storage_reason(op, item_id, "replica-storage-full")
        assert op.get(f"/api/v1/jobs/{resync['id']}")["state"] == "in-progress"
        fs.free()
        op.finish(resync)
        cycles = item(op, item_id)["successful_cycles"]
        body = wait_cycles_after(op, item_id, cycles)
        assert body["replication_state"] == "protected"

        points = assert_every_point_sound(server, VM, tmp_path / "audit")
        assert points >= ROUNDS + 2
        assert_audits_clean(op, item_id)


def test_full_source_storage_pauses_the_guest_and_resumes(tmp_path: Path, db_url: str) -> None:
    with lab_on_tmpfs(tmp_path, db_url, {SOURCE_HOST: 128}) as (server, filesystems):
        fs = filesystems[SOURCE_HOST]
        op = Operator(server)
        item_id = op.finish(enable(op))["object_id"]
        wait_cycles_after(op, item_id, 0, more=1)
        workload = server.ctx.fabric.replication.protections[VM].workload

        for _ in range(ROUNDS):
            fill(fs)
            body = wait_storage_reason(op, item_id, "source-storage-full")
            reason = next(r for r in body["health_reasons"] if r["code"] == "source-storage-full")
            assert reason["message"].startswith("Source storage on sto-gold-hv03 is full")
            wait_until(lambda: workload.paused_for_space, timeout=30)
            body = wait_storage_reason(op, item_id, "source-storage-full")
            reason = next(r for r in body["health_reasons"] if r["code"] == "source-storage-full")
            assert "the VM is paused" in reason["message"], reason
            assert workload.running, "the guest's thread died"
            assert wait_until(lambda: open_alert(op, SOURCE_HOST), timeout=30)
            paused_at = workload.last_seq
            time.sleep(1.0)
            assert workload.last_seq == paused_at  # paused: no write half-done or done
            fs.free()
            wait_until(lambda p=paused_at: workload.paused is None and workload.last_seq > p)
            body = wait_cycles_after(op, item_id, item(op, item_id)["successful_cycles"])
            assert body["health"] == "normal", body["health_reasons"]
            wait_until(lambda: open_alert(op, SOURCE_HOST) is None, timeout=30)

        assert_every_point_sound(server, VM, tmp_path / "audit")
        assert_audits_clean(op, item_id)


def test_a_log_past_half_its_disk_means_resync_not_growth(tmp_path: Path, db_url: str) -> None:
    with lab_on_tmpfs(tmp_path, db_url, {}) as (server, _):
        op = Operator(server)
        item_id = op.finish(enable(op))["object_id"]
        wait_cycles_after(op, item_id, 0, more=1)
        assert op.api.put("/api/v1/lab/link", json={"cut": True}).status_code == 200
        rate = op.api.put(f"/api/v1/lab/vms/{VM}/write-rate", json={"writes_per_second": 300})
        assert rate.status_code == 200
        disk = server.ctx.fabric.replication.protections[VM].disks[0]
        log_dir = Path(str(disk.image) + ".hrl")
        largest = 0

        def required() -> bool:
            nonlocal largest
            logs = sum(p.stat().st_size for p in log_dir.glob("*.hrl") if p.exists())
            largest = max(largest, logs)
            return item(op, item_id)["replication_state"] == "resync-required"

        wait_until(required, timeout=120, every=0.1)
        assert disk.resync_required and "outgrew 50%" in disk.resync_reason
        # It stays bounded while the guest writes on, until the resync.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            required()
            time.sleep(0.1)
        assert largest < 0.75 * DISK, largest
        body = item(op, item_id)
        assert body["health"] == "critical" and "resync-required" in reasons(body)

        op.api.put(f"/api/v1/lab/vms/{VM}/write-rate", json={"writes_per_second": 5})
        assert op.api.put("/api/v1/lab/link", json={"cut": False}).status_code == 200
        op.finish(op.start(f"/api/v1/protected-items/{item_id}/resync"))
        wait_cycles_after(op, item_id, item(op, item_id)["successful_cycles"], more=1)
        assert_every_point_sound(server, VM, tmp_path / "audit")
        assert_audits_clean(op, item_id)


def test_full_source_storage_during_the_initial_copy(tmp_path: Path, db_url: str) -> None:
    """The source host is full while protection is being enabled (room left only for the
    VM's metadata): the copy reads the source and needs no room there, so it finishes; the
    guest, whose writes find no room, is paused (not failed) and the item shows the source
    storage reason; with room again the guest and the cycles go on, every point sound."""
    with lab_on_tmpfs(tmp_path, db_url, {SOURCE_HOST: 128}) as (server, filesystems):
        fs = filesystems[SOURCE_HOST]
        op = Operator(server)
        fs.fill(leave_bytes=512 * 1024)
        job = enable(op)
        item_id = job["object_id"]
        body = wait_storage_reason(op, item_id, "source-storage-full")
        assert wait_until(lambda: open_alert(op, SOURCE_HOST), timeout=30)
        workload = server.ctx.fabric.replication.protections[VM].workload
        wait_until(lambda: workload.paused_for_space, timeout=30)
        op.finish(job)  # while the source is still full
        assert item(op, item_id)["replication_state"] == "protected"
        paused_at = workload.last_seq
        fs.free()
        wait_until(lambda: workload.paused is None and workload.last_seq > paused_at)
        body = wait_cycles_after(op, item_id, item(op, item_id)["successful_cycles"])
        assert body["health"] == "normal", body["health_reasons"]
        wait_until(lambda: open_alert(op, SOURCE_HOST) is None, timeout=30)
        assert_every_point_sound(server, VM, tmp_path / "audit")
        assert_audits_clean(op, item_id)
