"""The lab's out-of-the-box guests stay within the write log's bound at a real-time clock.

A new lab runs at clock ×1 by default: a cycle every copy frequency of real time. Its guests
once wrote 5 blocks a second to 64 MiB disks, so every protected VM outgrew the bound (half the
disk unshipped) within two minutes and turned resync-required before its first cycle."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import get_args

from app.domain.model import Policy
from app.lab.estate import default_estate
from app.lab.workload import GuestWorkload, WorkloadConfig
from app.replication import FsyncPolicy, TrackedDisk
from app.replication.pair import LOG_BOUND_FRACTION


def _log_bytes_per_write(root: Path, size_bytes: int) -> float:
    """What one guest write costs the source's write log, measured on a real tracked disk."""
    root.mkdir(parents=True)
    disk = TrackedDisk.create(
        root / "d0.img",
        vm_id="vm",
        disk_id="d0",
        size_bytes=size_bytes,
        fsync=FsyncPolicy.NEVER,
        lock=threading.RLock(),
    )
    workload = GuestWorkload("vm", [disk], root / "history", WorkloadConfig(seed=7))
    writes = 200
    assert len(workload.write_many(writes)) == writes
    return disk.pending_bytes / writes


def test_default_guests_stay_within_the_log_bound_over_the_longest_copy_frequency(
    tmp_path: Path,
) -> None:
    longest = max(get_args(Policy.model_fields["copy_frequency_seconds"].annotation))
    estate = default_estate()
    for vm in estate.vms:
        for disk in vm.disks:
            per_write = _log_bytes_per_write(tmp_path / disk.id, disk.size_bytes)
            grown = vm.writes_per_second * longest * per_write
            bound = LOG_BOUND_FRACTION * disk.size_bytes
            assert grown < 0.9 * bound, (
                f"{vm.name}/{disk.name}: {grown / 2**20:.1f} MiB logged in {longest} s "
                f"against a bound of {bound / 2**20:.1f} MiB"
            )
