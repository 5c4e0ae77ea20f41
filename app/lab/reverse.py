"""The reverse-replication turn-around in the lab: the old side's guest and disks close, the
data plane's `adopt_old_side` makes its images the replica of the running copy, and a new
Protection replicates in the other direction (its runner `turned_around`: the resync that
follows plays the initial copy's part).
"""

from __future__ import annotations

from app.domain.model import Policy
from app.replication.recovery import adopt_old_side

from .estate import LabVm
from .guest import Guest, disk_specs
from .replication import LabReplication, Protection


def turn_around(
    r: LabReplication, old: Protection, guest: Guest, pair_id: str, carry: int
) -> Protection:
    """The new Protection: `guest` (running on the old pair's target host) replicating to
    the old pair's source host, whose disks become its replica under `pair_id`. The old
    pair's replica is left for `ReplicaService.release_pair` once the new Protection is in place."""
    old.workload.close()
    for disk in old.disks:
        disk.close()
    return adopt(r, old.vm, old.policy, old.source_host_id, guest, pair_id, carry)


def adopt(
    r: LabReplication,
    vm: LabVm,
    policy: Policy,
    old_host_id: str,
    guest: Guest,
    pair_id: str,
    carry: int,
) -> Protection:
    """The turn-around once the old side is closed; repeatable, so a restart in the middle of
    it finishes it (see LabFailover.restore)."""
    old_folder = r.host_folder(old_host_id) / vm.id
    adopt_old_side(r.service(old_host_id), old_folder, vm.id, disk_specs(vm), pair_id, carry)
    new = r.protection(vm, guest.host_id, old_host_id, policy, pair_id, guest.disks, guest.workload)
    new.runner.turned_around()
    return new
