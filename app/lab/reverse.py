"""Reverse replication's turn-around: the old side's disks become the replica of the running
ones, in place (a rename, as Hyper-V does with the VM's VHDX), so a resync ships only the
blocks that differ; a new pair then replicates in the other direction.
"""

from __future__ import annotations

import shutil

from app.domain.model import Policy

from .estate import LabVm
from .guest import Guest, replicas_of
from .replication import LabReplication, Protection


def last_cycle_of(old: Protection) -> int:
    """The newest cycle id the old pair's replica holds: the new pair's ids carry on after it."""
    replicas, _ = replicas_of(old)
    return max(replica.journal.last_cycle_id for replica in replicas.values())


def turn_around(
    r: LabReplication, old: Protection, guest: Guest, pair_id: str, carry: int
) -> Protection:
    """The new Protection: `guest` (running on the old pair's target host) replicating to
    the old pair's source host, whose disks become its replica under `pair_id`. The old
    pair's replica is left for `ReplicaService.release_pair` once the new Protection is in place."""
    old.workload.close()
    for disk in old.disks:
        disk.close()
    return adopt_old_side(r, old.vm, old.policy, old.source_host_id, guest, pair_id, carry)


def adopt_old_side(
    r: LabReplication,
    vm: LabVm,
    policy: Policy,
    old_host_id: str,
    guest: Guest,
    pair_id: str,
    carry: int,
) -> Protection:
    """The file work of a turn-around once the old side is closed; repeatable, so a restart
    in the middle of it finishes it (see LabFailover.restore)."""
    service = r.service(old_host_id)
    old_folder = r.host_folder(old_host_id) / vm.id
    for disk in vm.disks:
        service.adopt(
            old_folder / f"{disk.id}.img",
            pair_id,
            vm_id=vm.id,
            disk_id=disk.id,
            size_bytes=disk.size_bytes,
            last_cycle_id=carry,
        )
    # Its logs and history describe a copy that will never run again.
    shutil.rmtree(old_folder, ignore_errors=True)
    new = r.protection(vm, guest.host_id, old_host_id, policy, pair_id, guest.disks, guest.workload)
    new.runner.state.initial_done = True  # the resync that follows plays the initial copy's part
    new.runner.state.replicating = False  # until that resync has run
    return new
