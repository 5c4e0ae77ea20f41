"""Recovery: what every estate does with a VM's recovery points once it must run from them.

- **Choosing a point** (`choose_point`, `point_id`): latest, latest processed, latest
  app-consistent, or one the operator listed.
- **A pair's replica disks** (`ReplicaSet`): their points, a point materialized as plain
  images (failover and test copies; the replica itself stays untouched, so another point can
  still be chosen), commit (the point becomes the replica for good), the newest cycle id.
- **Failover on images** (`running_disks`, `reopen_disks`): point images turned into the VM's
  running, tracked disks on the recovery host (fresh logs), and reopened after a restart.
- **The reverse-replication turn-around** (`adopt_old_side`, `ProtectionRunner.turned_around`
  and `reverse_resync`): the old side's disks become the replica of the running ones under a
  new pair, whose resync plays the initial copy's part.
- **The bookkeeping a restart must find again**: `FailoverRecord` (point, result, committed,
  fenced), `TestCopyRecord`, and `RecoveryBook` (reverse results, resyncs due, pair
  generations, `TurnAround` records a restart must finish), each with `to_json`/`from_json`
  or `snapshot`/`restore`.

What runs the VM (a guest, a libvirt domain) and where its network goes is the estate's.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.enums import RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import FabricError, FailoverResult, ReverseResult, TestFailoverResult
from app.domain.model import Policy

from .disk import TrackedDisk
from .hrl import FsyncPolicy
from .journal import RecoveryPointRecord
from .pair import vm_points
from .replica import ReplicaDisk
from .resync import ResyncResult
from .transport import ReplicaService

# --- choosing a recovery point -----------------------------------------------------------------


def point_id(vm_id: str, cycle_id: int) -> str:
    """A VM's recovery point id as a fabric reports it (and failover accepts it back)."""
    return f"rp-{vm_id}-{cycle_id}"


def choose_point(
    vm_id: str,
    points: list[RecoveryPointRecord],
    choice: RecoveryPointChoice | str,
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
    # LATEST and LATEST_PROCESSED agree: the replica applies a delta before it acknowledges
    # it, so nothing received is ever waiting to be applied.
    return points[-1]


# --- a pair's replica disks ----------------------------------------------------------------------


@dataclass
class ReplicaSet:
    """One pair's replica disks on the recovery host (disk id → replica)."""

    replicas: dict[str, ReplicaDisk]

    @classmethod
    def of(
        cls, service: ReplicaService, pair_id: str, disk_ids: Iterable[str], name: str
    ) -> ReplicaSet:
        replicas = {}
        for disk_id in disk_ids:
            replica = service.replica(pair_id, disk_id)
            if replica is None:
                raise FabricError(f"{name} has no replica of {disk_id}")
            replicas[disk_id] = replica
        return cls(replicas)

    def points(self) -> list[RecoveryPointRecord]:
        """The VM's recovery points (held by every disk), oldest first."""
        return vm_points([r.points() for r in self.replicas.values()])

    def materialize(self, cycle_id: int, folder: Path, suffix: str) -> dict[str, Path]:
        """Every disk at one recovery point, as plain images in `folder` (disk id → image)."""
        folder.mkdir(parents=True, exist_ok=True)
        return {
            disk_id: replica.materialize(cycle_id, folder / f"{disk_id}{suffix}")
            for disk_id, replica in self.replicas.items()
        }

    def commit(self, cycle_id: int) -> None:
        """Commit a failover: the point becomes the replica, newer ones are dropped."""
        for replica in self.replicas.values():
            replica.commit(cycle_id)

    def last_cycle_id(self) -> int:
        """The newest cycle id held: a turned-around pair's ids carry on after it."""
        return max(replica.journal.last_cycle_id for replica in self.replicas.values())


# --- failover on images -------------------------------------------------------------------------


@dataclass(frozen=True)
class DiskSpec:
    disk_id: str
    size_bytes: int


def running_disks(
    vm_id: str, disks: Sequence[DiskSpec], folder: Path, images: dict[str, Path]
) -> list[TrackedDisk]:
    """Turn point images (disk id → path, inside `folder`) into the VM's running disks:
    `<folder>/<disk>.img`, tracked with fresh logs, sharing one lock (a cycle cuts all of a
    VM's disks at once)."""
    lock = threading.RLock()
    out = []
    for d in disks:
        image = folder / f"{d.disk_id}.img"
        TrackedDisk.create(
            image, vm_id=vm_id, disk_id=d.disk_id, size_bytes=d.size_bytes, lock=lock
        ).close()
        os.replace(images[d.disk_id], image)  # the fresh (empty) image gives way to the point's
        out.append(TrackedDisk.open(image, fsync=FsyncPolicy.ROTATE, lock=lock))
    return out


def reopen_disks(folder: Path, disk_ids: Iterable[str]) -> list[TrackedDisk]:
    """A running copy's disks after a restart: they continue their logs."""
    lock = threading.RLock()
    return [
        TrackedDisk.open(folder / f"{disk_id}.img", fsync=FsyncPolicy.ROTATE, lock=lock)
        for disk_id in disk_ids
    ]


# --- the reverse-replication turn-around ---------------------------------------------------------


def adopt_old_side(
    service: ReplicaService,
    old_folder: Path,
    vm_id: str,
    disks: Sequence[DiskSpec],
    pair_id: str,
    carry: int,
) -> None:
    """The old side's (closed) disk images `<old_folder>/<disk>.img` become `pair_id`'s replica,
    cycle ids carrying on after `carry`; the rest of the folder (logs of a copy that will never
    run again) goes. Repeatable, so a restart in the middle of it finishes it."""
    for d in disks:
        service.adopt(
            old_folder / f"{d.disk_id}.img",
            pair_id,
            vm_id=vm_id,
            disk_id=d.disk_id,
            size_bytes=d.size_bytes,
            last_cycle_id=carry,
        )
    shutil.rmtree(old_folder, ignore_errors=True)


@dataclass
class TurnAround:
    """A reverse replication turning a pair around: what a restart needs to finish it."""

    pair_id: str  # the new pair
    carry: int  # the old replica's newest cycle id
    guest_host_id: str  # where the VM runs (the new source)
    guest_running: bool
    old_source_host_id: str  # the old side (the new replica)
    old_target_host_id: str
    old_pair_id: str
    policy: Policy

    def to_json(self) -> dict[str, Any]:
        return {**vars(self), "policy": self.policy.model_dump(mode="json")}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TurnAround:
        return cls(**{**d, "policy": Policy.model_validate(d["policy"])})


def reverse_result(
    results: Sequence[ResyncResult], source_host_id: str, target_host_id: str
) -> ReverseResult:
    return ReverseResult(
        blocks_compared=sum(r.blocks_compared for r in results),
        blocks_shipped=sum(r.blocks_differing for r in results),
        bytes_shipped=sum(r.bytes_shipped for r in results),
        source_host_id=source_host_id,
        target_host_id=target_host_id,
    )


@dataclass
class RecoveryBook:
    """Reverse replication's bookkeeping over an estate's VMs."""

    last_reverse: dict[str, ReverseResult] = field(default_factory=dict)
    resync_pending: set[str] = field(default_factory=set)  # turned around, resync not run
    generation: dict[str, int] = field(default_factory=dict)  # turn-arounds per VM
    turning: dict[str, TurnAround] = field(default_factory=dict)

    def begin_turn(
        self,
        vm_id: str,
        *,
        carry: int,
        guest_host_id: str,
        guest_running: bool,
        old_source_host_id: str,
        old_target_host_id: str,
        old_pair_id: str,
        policy: Policy,
    ) -> TurnAround:
        """Record a turn-around (a new pair id per turn); persist it before the file work."""
        generation = self.generation.get(vm_id, 0) + 1
        self.generation[vm_id] = generation
        turn = TurnAround(
            f"pair-{vm_id}-r{generation}",
            carry,
            guest_host_id,
            guest_running,
            old_source_host_id,
            old_target_host_id,
            old_pair_id,
            policy,
        )
        self.turning[vm_id] = turn
        return turn

    def turned(self, vm_id: str) -> None:
        """The new pair is in place; its resync is due."""
        self.turning.pop(vm_id, None)
        self.resync_pending.add(vm_id)

    def resynced(self, vm_id: str, result: ReverseResult) -> ReverseResult:
        self.resync_pending.discard(vm_id)
        self.last_reverse[vm_id] = result
        return result

    def finished(self, vm_id: str, source_host_id: str, target_host_id: str) -> ReverseResult:
        """A repeated call once the reverse replication is done: its result."""
        done = ReverseResult(0, 0, 0, source_host_id, target_host_id)
        return self.last_reverse.get(vm_id, done)

    def snapshot(self) -> dict[str, Any]:
        return {
            "last_reverse": {vm_id: asdict(r) for vm_id, r in self.last_reverse.items()},
            "resync_pending": sorted(self.resync_pending),
            "generation": dict(self.generation),
            "turning": {vm_id: t.to_json() for vm_id, t in self.turning.items()},
        }

    def restore(self, saved: dict[str, Any]) -> None:
        self.last_reverse = {
            vm_id: reverse_result_from_json(r) for vm_id, r in saved["last_reverse"].items()
        }
        self.resync_pending = set(saved["resync_pending"])
        self.generation = dict(saved["generation"])
        self.turning = {vm_id: TurnAround.from_json(t) for vm_id, t in saved["turning"].items()}


# --- failover and test-copy records ---------------------------------------------------------------


@dataclass
class FailoverRecord:
    """A VM failed over: from which point, what it reported, and what followed."""

    point: RecoveryPointRecord
    result: FailoverResult
    committed: bool = False
    fenced: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "point": point_to_json(self.point),
            "result": failover_result_to_json(self.result),
            "committed": self.committed,
            "fenced": self.fenced,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> FailoverRecord:
        return cls(
            point_from_json(d["point"]),
            failover_result_from_json(d["result"]),
            committed=d["committed"],
            fenced=d["fenced"],
        )


@dataclass
class TestCopyRecord:
    """A test failover's copy: its tag, where its images are, what it reported."""

    __test__ = False  # not a pytest test class

    tag: str
    folder: Path
    images: dict[str, Path]  # source disk id → image
    result: TestFailoverResult

    def to_json(self) -> dict[str, Any]:
        return {
            "tag": self.tag,
            "folder": str(self.folder),
            "images": {disk_id: str(path) for disk_id, path in self.images.items()},
            "result": drill_result_to_json(self.result),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TestCopyRecord:
        return cls(
            d["tag"],
            Path(d["folder"]),
            {disk_id: Path(path) for disk_id, path in d["images"].items()},
            drill_result_from_json(d["result"]),
        )


# --- JSON of points and results -------------------------------------------------------------------


def point_to_json(p: RecoveryPointRecord) -> dict[str, Any]:
    return {
        "cycle_id": p.cycle_id,
        "time": p.time.isoformat(),
        "kind": p.kind.value,
        "last_seq": p.last_seq,
        "apply_id": p.apply_id,
    }


def point_from_json(d: dict[str, Any]) -> RecoveryPointRecord:
    return RecoveryPointRecord(
        d["cycle_id"],
        datetime.fromisoformat(d["time"]),
        RecoveryPointKind(d["kind"]),
        d["last_seq"],
        d["apply_id"],
    )


def failover_result_to_json(r: FailoverResult) -> dict[str, Any]:
    return {**asdict(r), "point_time": r.point_time.isoformat(), "point_kind": r.point_kind.value}


def failover_result_from_json(d: dict[str, Any]) -> FailoverResult:
    return FailoverResult(
        d["point_id"],
        datetime.fromisoformat(d["point_time"]),
        RecoveryPointKind(d["point_kind"]),
        d["writes_lost"],
        d["unreplicated_bytes"],
    )


def drill_result_to_json(r: TestFailoverResult) -> dict[str, Any]:
    return {**asdict(r), "point_time": r.point_time.isoformat(), "point_kind": r.point_kind.value}


def drill_result_from_json(d: dict[str, Any]) -> TestFailoverResult:
    return TestFailoverResult(
        d["test_vm_id"],
        d["point_id"],
        datetime.fromisoformat(d["point_time"]),
        RecoveryPointKind(d["point_kind"]),
    )


def reverse_result_from_json(d: dict[str, Any]) -> ReverseResult:
    return ReverseResult(
        d["blocks_compared"],
        d["blocks_shipped"],
        d["bytes_shipped"],
        d.get("source_host_id"),  # a state file of an older version lacks them
        d.get("target_host_id"),
    )
