"""How a source host reaches the replica host: the Transport protocol and its direct form.

The receiving side is a ReplicaService (a host's replica storage). A Transport carries four
requests to it; every payload is bytes or a small JSON-able dict, so an HTTP implementation
maps each method onto one request. DirectTransport calls the service in-process and still
spends from the host pair's bandwidth bucket, so the lab's link limits are real.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from app.domain.enums import RecoveryPointKind

from .bandwidth import TokenBucket
from .buffers import ArrivingBody, BodyGaveWay
from .cycle import Delta, DeltaKind
from .errors import LinkDown, ReplicationError, full_storage_as
from .journal import Journal, RecoveryPointRecord, ReplicaState
from .replica import ReplicaDisk, ReplicaStatus, points_dir_of
from .sparse import create_sparse


@dataclass(frozen=True)
class DeltaAck:
    applied: bool
    duplicate: bool
    cycle_id: int
    next_seq: int
    bytes_written: int

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DeltaAck:
        return cls(**d)


class Transport(Protocol):
    """What a replication pair asks of the replica's host."""

    def prepare(
        self, pair_id: str, *, vm_id: str, disk_id: str, size_bytes: int, fresh: bool
    ) -> ReplicaStatus:
        """Make sure a replica disk exists; `fresh` replaces it with an empty one. An existing
        replica of a smaller size grows to `size_bytes` (the source disk grew); a larger one
        is refused (ReplicationError), never shrunk nor replaced."""
        ...

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        """Ship one serialized delta; returns once it is durably applied (or a duplicate)."""
        ...

    def status(self, pair_id: str, disk_id: str) -> ReplicaStatus | None:
        """Where the replica stands (None: no replica yet)."""
        ...

    def block_hashes(self, pair_id: str, disk_id: str) -> list[int]:
        """One hash per block of the replica image, for resync."""
        ...

    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]:
        """The replica disk's retained recovery points, oldest first (none: no replica)."""
        ...

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]:
        """Retention on the replica host: the cycle ids of the points dropped."""
        ...


@runtime_checkable
class DeltaStreaming(Protocol):
    """A transport that can put a delta on the wire while it is still being read."""

    def send_delta_stream(
        self, pair_id: str, length: int, pieces: Callable[[], Iterable[bytes]]
    ) -> DeltaAck:
        """Ship one serialized delta of `length` bytes made by `pieces()` (called again for a
        retry); returns once it is durably applied (or a duplicate), like send_delta."""
        ...


@runtime_checkable
class LocalCopy(Protocol):
    """A transport to a replica on the same machine (DirectTransport): the initial copy may
    go kernel-side into the replica image when `local_copy` is on."""

    local_copy: bool

    def copy_initial(
        self,
        pair_id: str,
        disk_id: str,
        src_fd: int,
        ranges: list[tuple[int, int]],
        *,
        base_seq: int,
    ) -> int: ...

    def sync_initial(self, pair_id: str, disk_id: str, *, base_seq: int) -> None: ...


def points_to_json(points: list[RecoveryPointRecord]) -> list[dict]:
    return [
        {
            "cycle_id": p.cycle_id,
            "time": p.time.isoformat(),
            "kind": str(p.kind),
            "last_seq": p.last_seq,
            "apply_id": p.apply_id,
        }
        for p in points
    ]


def points_from_json(raw: list[dict]) -> list[RecoveryPointRecord]:
    return [
        RecoveryPointRecord(
            cycle_id=int(p["cycle_id"]),
            time=datetime.fromisoformat(p["time"]),
            kind=RecoveryPointKind(p["kind"]),
            last_seq=int(p["last_seq"]),
            apply_id=int(p["apply_id"]),
        )
        for p in raw
    ]


def encode_hashes(hashes: list[int]) -> bytes:
    return b"".join(h.to_bytes(8, "little") for h in hashes)


def decode_hashes(raw: bytes) -> list[int]:
    return [int.from_bytes(raw[i : i + 8], "little") for i in range(0, len(raw), 8)]


class ReplicaService:
    """A recovery host's replica storage: `root/<pair id>/<disk id>.img` and their points.

    A full disk or quota here surfaces as StorageFull("replica") once the replica has rolled
    back, so the sender can tell it from a cut link."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._open: dict[tuple[str, str], ReplicaDisk] = {}
        self._disk_locks: dict[tuple[str, str], threading.Lock] = {}

    def image_path(self, pair_id: str, disk_id: str) -> Path:
        for part in (pair_id, disk_id):
            if not part or "/" in part or part in (".", ".."):
                raise ValueError(f"bad identifier {part!r}")
        return self.root / pair_id / f"{disk_id}.img"

    def replica(self, pair_id: str, disk_id: str) -> ReplicaDisk | None:
        """The open replica disk, opening (and recovering) it on first use."""
        key = (pair_id, disk_id)
        with self._lock:
            disk = self._open.get(key)
            if disk is None:
                path = self.image_path(pair_id, disk_id)
                if not (points_dir_of(path) / "journal.json").exists():
                    return None
                disk = self._open[key] = ReplicaDisk.open(path)
            return disk

    def _disk_lock(self, pair_id: str, disk_id: str) -> threading.Lock:
        with self._lock:
            return self._disk_locks.setdefault((pair_id, disk_id), threading.Lock())

    def prepare(
        self, pair_id: str, *, vm_id: str, disk_id: str, size_bytes: int, fresh: bool
    ) -> ReplicaStatus:
        with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
            existing = None if fresh else self.replica(pair_id, disk_id)
            if existing is not None:
                return existing.grow(size_bytes)
            with self._lock:
                old = self._open.pop((pair_id, disk_id), None)
            if old is not None:
                old.close()
            path = self.image_path(pair_id, disk_id)
            path.parent.mkdir(parents=True, exist_ok=True)
            disk = ReplicaDisk.create(path, vm_id=vm_id, disk_id=disk_id, size_bytes=size_bytes)
            with self._lock:
                self._open[(pair_id, disk_id)] = disk
            return disk.status()

    def send_delta(self, pair_id: str, delta: bytes | bytearray | memoryview) -> DeltaAck:
        parsed = Delta.decode(delta)  # verify before touching anything
        # An initial-copy chunk asking for a sync: written under the disk's lock, made durable
        # after it (fdatasync on its own descriptor), so the next chunk is written meanwhile.
        sync_after = parsed.kind is DeltaKind.INITIAL and parsed.sync
        parsed.sync = parsed.sync and not sync_after
        with full_storage_as("replica"):
            with self._disk_lock(pair_id, parsed.disk_id):
                disk = self.replica(pair_id, parsed.disk_id)
                if disk is None:
                    raise ReplicationError(f"no replica for {pair_id}/{parsed.disk_id}")
                outcome = disk.apply(parsed)
            if sync_after:
                disk.sync_initial(base_seq=parsed.end_seq)
        return DeltaAck(
            applied=outcome.applied,
            duplicate=outcome.duplicate,
            cycle_id=parsed.cycle_id,
            next_seq=disk.journal.next_seq,
            bytes_written=outcome.bytes_written,
        )

    def send_arriving(self, pair_id: str, body: ArrivingBody) -> DeltaAck:
        """`send_delta` for a delta whose body is still arriving (on another thread): a CYCLE
        or RESYNC delta is applied batch by batch as it arrives (`ReplicaDisk.
        apply_arriving`: the point still recorded only once all of it is durable); any other
        delta, or one this service would not apply at once, waits for its whole body."""
        arriving = Delta.decode_arriving(body.wait, body.total)
        outcome = None
        if arriving is not None:
            disk_id = arriving.delta.disk_id
            with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
                disk = self.replica(pair_id, disk_id)
                if disk is not None and self._applies_arriving(pair_id, disk_id):
                    # Someone waiting for the disk (a hold) makes the apply roll back and
                    # give way rather than keep the lock for as long as the link takes.
                    body.give_way = lambda: self._wanted(pair_id)
                    try:
                        outcome = disk.apply_arriving(arriving)
                    except BodyGaveWay:
                        outcome = None
                    finally:
                        body.give_way = None
                if outcome is not None and disk is not None:
                    return DeltaAck(
                        applied=outcome.applied,
                        duplicate=outcome.duplicate,
                        cycle_id=arriving.delta.cycle_id,
                        next_seq=disk.journal.next_seq,
                        bytes_written=outcome.bytes_written,
                    )
        return self.send_delta(pair_id, body.whole())

    def _applies_arriving(self, pair_id: str, disk_id: str) -> bool:
        """May a delta for this disk be applied as it arrives? (Called under its lock.)"""
        return True

    def _wanted(self, pair_id: str) -> bool:
        """Does someone wait for this pair's disks' locks (see send_arriving)?"""
        return False

    def status(self, pair_id: str, disk_id: str) -> ReplicaStatus | None:
        disk = self.replica(pair_id, disk_id)
        return disk.status() if disk is not None else None

    def _initial_replica(self, pair_id: str, disk_id: str) -> ReplicaDisk:
        disk = self.replica(pair_id, disk_id)
        if disk is None:
            raise ReplicationError(f"no replica for {pair_id}/{disk_id}")
        return disk

    def copy_initial(
        self,
        pair_id: str,
        disk_id: str,
        src_fd: int,
        ranges: list[tuple[int, int]],
        *,
        base_seq: int,
    ) -> int:
        """Initial copy on one machine: ranges of the source image straight into the replica
        (see ReplicaDisk.copy_initial)."""
        with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
            disk = self._initial_replica(pair_id, disk_id)
            return disk.copy_initial(src_fd, ranges, base_seq=base_seq)

    def sync_initial(self, pair_id: str, disk_id: str, *, base_seq: int) -> None:
        """Make the initial copy so far durable (without holding the disk's lock)."""
        with full_storage_as("replica"):
            self._initial_replica(pair_id, disk_id).sync_initial(base_seq=base_seq)

    def block_hashes(self, pair_id: str, disk_id: str) -> list[int]:
        with self._disk_lock(pair_id, disk_id):
            disk = self.replica(pair_id, disk_id)
            if disk is None:
                raise ReplicationError(f"no replica for {pair_id}/{disk_id}")
            return disk.block_hashes()

    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]:
        disk = self.replica(pair_id, disk_id)
        return disk.points() if disk is not None else []

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]:
        with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
            disk = self.replica(pair_id, disk_id)
            return disk.prune(retention_hours) if disk is not None else []

    def release_pair(self, pair_id: str) -> None:
        """Close one pair's open replica disks and delete them (other pairs stay open)."""
        with self._lock:
            keys = [k for k in self._open if k[0] == pair_id]
            disks = [self._open.pop(k) for k in keys]
        for disk in disks:
            disk.close()
        shutil.rmtree(self.root / pair_id, ignore_errors=True)

    def adopt(
        self,
        image: Path,
        pair_id: str,
        *,
        vm_id: str,
        disk_id: str,
        size_bytes: int,
        last_cycle_id: int,
    ) -> Path:
        """Make an old side's disk image this pair's replica disk (moved, not copied): the
        reverse-replication turn-around, as Hyper-V does with the VM's VHDX. Fuzzy until a
        resync and a cycle make it a recovery point; cycle ids carry on from
        `last_cycle_id`, so point ids stay unique across direction changes. Repeatable: after
        a crash half-way, an image moved already stays where it went. A missing image makes
        the resync a full copy. Returns the replica image's path."""
        dest = self.image_path(pair_id, disk_id)
        dest.parent.mkdir(parents=True, exist_ok=True)
        points = points_dir_of(dest)
        shutil.rmtree(points, ignore_errors=True)
        points.mkdir()
        if image.exists():
            os.replace(image, dest)
        elif not dest.exists():
            create_sparse(dest, size_bytes)
        Journal(
            vm_id=vm_id,
            disk_id=disk_id,
            size_bytes=size_bytes,
            state=ReplicaState.FUZZY,
            last_cycle_id=last_cycle_id,
        ).save(points / "journal.json")
        return dest

    def close(self) -> None:
        with self._lock:
            for disk in self._open.values():
                disk.close()
            self._open.clear()


class DirectTransport:
    """In-process transport between two lab hosts, throttled by the host pair's bucket."""

    def __init__(
        self,
        service: ReplicaService,
        bucket: TokenBucket | None = None,
        *,
        local_copy: bool = True,
    ) -> None:
        self.service = service
        self.bucket = bucket
        # Source and replica share a machine: the initial copy may go kernel-side
        # (copy_initial) instead of as serialized deltas. Off: deltas only.
        self.local_copy = local_copy
        self.link_up = True
        self.bytes_sent = 0

    def _spend(self, n: int) -> None:
        if not self.link_up:
            raise LinkDown("link between the hosts is cut")
        if self.bucket is not None:
            self.bucket.consume(n)
        self.bytes_sent += n

    def prepare(
        self, pair_id: str, *, vm_id: str, disk_id: str, size_bytes: int, fresh: bool
    ) -> ReplicaStatus:
        self._spend(0)
        return self.service.prepare(
            pair_id, vm_id=vm_id, disk_id=disk_id, size_bytes=size_bytes, fresh=fresh
        )

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        self._spend(len(delta))
        return self.service.send_delta(pair_id, delta)

    def status(self, pair_id: str, disk_id: str) -> ReplicaStatus | None:
        self._spend(0)
        return self.service.status(pair_id, disk_id)

    def copy_initial(
        self,
        pair_id: str,
        disk_id: str,
        src_fd: int,
        ranges: list[tuple[int, int]],
        *,
        base_seq: int,
    ) -> int:
        """The initial copy's fast path (see ReplicaService.copy_initial); the copied bytes
        are spent from the link's bucket like a delta's."""
        self._spend(sum(n for _o, n in ranges))
        return self.service.copy_initial(pair_id, disk_id, src_fd, ranges, base_seq=base_seq)

    def sync_initial(self, pair_id: str, disk_id: str, *, base_seq: int) -> None:
        if not self.link_up:
            raise LinkDown("link between the hosts is cut")
        self.service.sync_initial(pair_id, disk_id, base_seq=base_seq)

    def block_hashes(self, pair_id: str, disk_id: str) -> list[int]:
        hashes = self.service.block_hashes(pair_id, disk_id)
        self._spend(8 * len(hashes))
        return hashes

    # Bookkeeping on the replica host, not replication traffic: it works over a cut link
    # too, as the lab's replica host is in the same process.
    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]:
        return self.service.points(pair_id, disk_id)

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]:
        return self.service.prune(pair_id, disk_id, retention_hours)
