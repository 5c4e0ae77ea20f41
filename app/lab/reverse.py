"""Reverse replication's turn-around: the old side's disks become the replica of the running
ones, in place (a rename, as Hyper-V does with the VM's VHDX), so a resync ships only the
blocks that differ; a new pair then replicates in the other direction.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.domain.model import Policy
from app.replication import DirectTransport, ReplicaService, ReplicationPair
from app.replication.journal import Journal, ReplicaState
from app.replication.replica import points_dir_of
from app.replication.sparse import create_sparse

from .estate import LabVm
from .guest import Guest, replicas_of
from .replication import LabReplication, Protection


def release_pair(service: ReplicaService, pair_id: str) -> None:
    """Close one pair's open replica disks and delete them (other pairs stay open)."""
    with service._lock:  # private: the service has no per-pair close
        keys = [k for k in service._open if k[0] == pair_id]
        disks = [service._open.pop(k) for k in keys]
    for disk in disks:
        disk.close()
    shutil.rmtree(service.root / pair_id, ignore_errors=True)


def adopt_as_replica(
    image: Path, dest: Path, *, vm_id: str, disk_id: str, size_bytes: int, last_cycle_id: int
) -> None:
    """Make an old side's disk image a replica disk at `dest` (moved, not copied): fuzzy until
    a resync and a cycle make it a recovery point. Cycle ids carry on from `last_cycle_id` so
    point ids stay unique across direction changes. Repeatable: after a crash half-way, an
    image moved already stays where it went."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    points = points_dir_of(dest)
    shutil.rmtree(points, ignore_errors=True)
    points.mkdir()
    if image.exists():
        os.replace(image, dest)
    elif not dest.exists():  # the old disk is gone: the resync becomes a full copy
        create_sparse(dest, size_bytes)
    Journal(
        vm_id=vm_id,
        disk_id=disk_id,
        size_bytes=size_bytes,
        state=ReplicaState.FUZZY,
        last_cycle_id=last_cycle_id,
    ).save(points / "journal.json")


def last_cycle_of(old: Protection) -> int:
    """The newest cycle id the old pair's replica holds: the new pair's ids carry on after it."""
    replicas, _ = replicas_of(old)
    return max(replica.journal.last_cycle_id for replica in replicas.values())


def turn_around(
    r: LabReplication, old: Protection, guest: Guest, pair_id: str, carry: int
) -> Protection:
    """The new Protection: `guest` (running on the old pair's target host) replicating to
    the old pair's source host, whose disks become its replica under `pair_id`. The old
    pair's replica is left for `release_pair` once the new Protection is in place."""
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
        adopt_as_replica(
            old_folder / f"{disk.id}.img",
            service.image_path(pair_id, disk.id),
            vm_id=vm.id,
            disk_id=disk.id,
            size_bytes=disk.size_bytes,
            last_cycle_id=carry,
        )
    # Its logs and history describe a copy that will never run again.
    shutil.rmtree(old_folder, ignore_errors=True)
    transport = DirectTransport(service, r.limits.bucket(guest.host_id, old_host_id))
    transport.link_up = r.link_up
    pair = ReplicationPair(
        pair_id, guest.disks, transport, compress=policy.compression, quiescer=guest.workload
    )
    return Protection(
        vm,
        old_host_id,
        policy,
        guest.disks,
        guest.workload,
        pair,
        transport,
        service,
        source_host_id=guest.host_id,
        initial_done=True,  # the resync that follows plays the initial copy's part
        replicating=False,  # until that resync has run
    )
