"""A VM's running copy on one host, and the file work failover does with it.

Failing over turns a recovery point into the VM's running disks on the replica host: the
point is materialized (the replica itself stays untouched, so another point can still be
chosen), each image becomes a TrackedDisk with fresh logs, and the guest workload goes on
writing with a history that is the source's history up to the point. That history is what
the guest's disks now prove, so the auditor keeps working on the new side; writes the source
made after the point are the writes lost.

"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from app.domain.enums import RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import FabricError
from app.replication import FsyncPolicy, ReplicaDisk, TrackedDisk, vm_points
from app.replication.journal import RecoveryPointRecord

from .estate import LabVm
from .replication import Protection
from .workload import GuestWorkload, WorkloadConfig, WriteHistory

HISTORY = "history.sbwh"


@dataclass
class Guest:
    """The VM as it runs on one host: its tracked disks and its guest workload."""

    host_id: str
    folder: Path
    disks: list[TrackedDisk]
    workload: GuestWorkload

    def close(self) -> None:
        self.workload.close()
        for disk in self.disks:
            disk.close()


def is_running(workload: GuestWorkload) -> bool:
    return workload.running


def history_snapshot(history: WriteHistory) -> WriteHistory:
    """A stable copy of a live history (the workload thread keeps appending to the original)."""
    snap = WriteHistory(history.path, history.vm_id, list(history.disk_ids), history.seed)
    snap.records = list(history.records)
    return snap


def materialize(
    replicas: dict[str, ReplicaDisk], cycle_id: int, folder: Path, suffix: str
) -> dict[str, Path]:
    """Every disk of a VM at one recovery point, as plain images in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    return {
        disk_id: replica.materialize(cycle_id, folder / f"{disk_id}{suffix}")
        for disk_id, replica in replicas.items()
    }


def write_prefix_history(source: WriteHistory, dest: Path, upto: int, seed: int) -> None:
    """The source's history up to sequence number `upto`: what the point's disks hold."""
    history = WriteHistory.create(dest, source.vm_id, source.disk_ids, seed)
    try:
        for record in source.records:
            if record.seq > upto:
                break  # records are in sequence order
            history.append(record)
    finally:
        history.close()


def start_guest(
    vm: LabVm,
    host_id: str,
    folder: Path,
    images: dict[str, Path],
    source: WriteHistory,
    upto: int,
) -> Guest:
    """Turn point images (disk id → path, inside `folder`) into the VM's running disks on
    `host_id`, with a workload whose history is the source's up to `upto`. Not started."""
    lock = threading.RLock()  # one lock per VM: a cycle cuts all its disks at once
    disks = []
    for d in vm.disks:
        image = folder / f"{d.id}.img"
        TrackedDisk.create(
            image, vm_id=vm.id, disk_id=d.id, size_bytes=d.size_bytes, lock=lock
        ).close()
        os.replace(images[d.id], image)  # the fresh (empty) image gives way to the point's
        disks.append(TrackedDisk.open(image, fsync=FsyncPolicy.ROTATE, lock=lock))
    # Another seed than the old side's: writes after the point differ from the lost ones.
    seed = hash((vm.id, host_id, upto)) & 0xFFFF
    history = folder / HISTORY
    write_prefix_history(source, history, upto, seed)
    workload = GuestWorkload(
        vm.id, disks, history, WorkloadConfig(seed=seed, writes_per_second=vm.writes_per_second)
    )
    return Guest(host_id, folder, disks, workload)


def open_guest(vm: LabVm, host_id: str, folder: Path) -> Guest:
    """Reopen a running copy after a restart: its disks continue their logs, its workload its
    history (not started)."""
    lock = threading.RLock()
    disks = [
        TrackedDisk.open(folder / f"{d.id}.img", fsync=FsyncPolicy.ROTATE, lock=lock)
        for d in vm.disks
    ]
    seed = hash((vm.id, host_id)) & 0xFFFF
    workload = GuestWorkload(
        vm.id,
        disks,
        folder / HISTORY,
        WorkloadConfig(seed=seed, writes_per_second=vm.writes_per_second),
    )
    return Guest(host_id, folder, disks, workload)


def replicas_of(p: Protection) -> tuple[dict[str, ReplicaDisk], list[RecoveryPointRecord]]:
    """A pair's replica disks (disk id → replica) and the VM's recovery points, oldest first."""
    replicas = {}
    for disk in p.disks:
        replica = p.service.replica(p.pair.pair_id, disk.disk_id)
        if replica is None:
            raise FabricError(f"{p.vm.name} has no replica of {disk.disk_id}")
        replicas[disk.disk_id] = replica
    return replicas, vm_points([r.points() for r in replicas.values()])


def choose_point(
    vm_id: str,
    points: list[RecoveryPointRecord],
    choice: RecoveryPointChoice,
    wanted: str | None,
) -> RecoveryPointRecord:
    """The operator's recovery-point choice; `wanted` is a point id ("rp-<vm>-<cycle>")."""
    if not points:
        raise FabricError(f"{vm_id} has no recovery point")
    choice = RecoveryPointChoice(choice)  # callers may pass the wire string
    if choice is RecoveryPointChoice.LISTED:
        text = (wanted or "").removeprefix(f"rp-{vm_id}-")
        cycle = int(text) if text.isdigit() else None
        for p in points:
            if p.cycle_id == cycle:
                return p
        raise FabricError(f"{vm_id} has no recovery point '{wanted}'")
    if choice is RecoveryPointChoice.LATEST_APP_CONSISTENT:
        app = [p for p in points if p.kind is RecoveryPointKind.APP_CONSISTENT]
        if not app:
            raise FabricError(f"{vm_id} has no app-consistent recovery point")
        return app[-1]
    # LATEST and LATEST_PROCESSED agree in the lab: the replica applies a delta before it
    # acknowledges it, so nothing received is ever waiting to be applied.
    return points[-1]


def clean_stop(workload: GuestWorkload) -> None:
    """A guest shutdown: the workload stops, finishing its open transaction first."""
    workload.stop()
    workload.quiesce()  # not running: finishes the open transaction at once
    workload.resume()
