"""A VM's running copy on one host in the lab: its tracked disks and the simulated guest.

Failing over turns a recovery point into the VM's running disks on the replica host (the data
plane's `app.replication.recovery`: the point materialized, each image a TrackedDisk with
fresh logs); what is the lab's is the guest workload that goes on writing, with a history that
is the source's history up to the point. That history is what the guest's disks now prove, so
the auditor keeps working on the new side; writes the source made after the point are the
writes lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.replication import TrackedDisk
from app.replication.recovery import DiskSpec, reopen_disks, running_disks

from .estate import LabVm
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


def disk_specs(vm: LabVm) -> list[DiskSpec]:
    return [DiskSpec(d.id, d.size_bytes) for d in vm.disks]


def is_running(workload: GuestWorkload) -> bool:
    return workload.running


def history_snapshot(history: WriteHistory) -> WriteHistory:
    """A stable copy of a live history (the workload thread keeps appending to the original)."""
    snap = WriteHistory(history.path, history.vm_id, list(history.disk_ids), history.seed)
    snap.records = list(history.records)
    return snap


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
    disks = running_disks(vm.id, disk_specs(vm), folder, images)
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
    disks = reopen_disks(folder, [d.id for d in vm.disks])
    seed = hash((vm.id, host_id)) & 0xFFFF
    workload = GuestWorkload(
        vm.id,
        disks,
        folder / HISTORY,
        WorkloadConfig(seed=seed, writes_per_second=vm.writes_per_second),
    )
    return Guest(host_id, folder, disks, workload)


def clean_stop(workload: GuestWorkload) -> None:
    """A guest shutdown: the workload stops, finishing its open transaction first."""
    workload.stop()
    workload.quiesce()  # not running: finishes the open transaction at once
    workload.resume()
