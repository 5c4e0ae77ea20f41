"""Reverse replication's turn-around: the old side's disks become the replica of the running
ones, in place (a rename, as Hyper-V does with the VM's VHDX), so a resync ships only the
blocks that differ; a new pair then replicates in the other direction.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.replication import DirectTransport, ReplicaService, ReplicationPair
from app.replication.journal import Journal, ReplicaState
from app.replication.replica import points_dir_of
from app.replication.sparse import create_sparse

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
    point ids stay unique across direction changes."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    points = points_dir_of(dest)
    shutil.rmtree(points, ignore_errors=True)
    points.mkdir()
    if image.exists():
        os.replace(image, dest)
    else:  # the old disk is gone: the resync becomes a full copy
        create_sparse(dest, size_bytes)
    Journal(
        vm_id=vm_id,
        disk_id=disk_id,
        size_bytes=size_bytes,
        state=ReplicaState.FUZZY,
        last_cycle_id=last_cycle_id,
    ).save(points / "journal.json")


def turn_around(r: LabReplication, old: Protection, guest: Guest, pair_id: str) -> Protection:
    """The new Protection: `guest` (running on the old pair's target host) replicating to
    the old pair's source host, whose disks become its replica under `pair_id`. The old
    pair's replica is left for `release_pair` once the new Protection is in place."""
    vm = old.vm
    replicas, _ = replicas_of(old)
    carry = max(replica.journal.last_cycle_id for replica in replicas.values())
    old.workload.close()
    for disk in old.disks:
        disk.close()
    service = r.service(old.source_host_id)
    for disk in old.disks:
        adopt_as_replica(
            disk.image,
            service.image_path(pair_id, disk.disk_id),
            vm_id=vm.id,
            disk_id=disk.disk_id,
            size_bytes=disk.size_bytes,
            last_cycle_id=carry,
        )
    # Its logs and history describe a copy that will never run again.
    shutil.rmtree(r.host_folder(old.source_host_id) / vm.id, ignore_errors=True)
    transport = DirectTransport(service, r.limits.bucket(guest.host_id, old.source_host_id))
    transport.link_up = r.link_up
    pair = ReplicationPair(
        pair_id, guest.disks, transport, compress=old.policy.compression, quiescer=guest.workload
    )
    return Protection(
        vm,
        old.source_host_id,
        old.policy,
        guest.disks,
        guest.workload,
        pair,
        transport,
        service,
        source_host_id=guest.host_id,
    )
