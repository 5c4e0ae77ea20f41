"""Held replicas: a replica image that test copies read from stays still while replication
goes on.

A test copy on a real hypervisor is a qcow2 overlay whose backing file is the replica image
itself (no whole-disk copy, so it starts in seconds whatever the disk size). Such an overlay
is only right while the image under it does not change, so while a pair is *held* (one hold
per test copy), incoming cycles are not applied: each is stored durably as it arrived, a
*staged* delta, and its recovery point is listed at once (the source sees its cycles
acknowledged and its points arrive as usual). When the last hold ends, the staged deltas
are applied in order, each as any cycle is (undo file first), so every point stays
choosable afterwards.

On disk, beside `vm1/vda.img`:

    vm1/holds.json                the holders (test copy tags); absent: not held
    vm1/vda.img.staged/index.json the staged deltas in arrival order, with their points
    vm1/vda.img.staged/<n>.delta  one delta as received (encoded)

A delta file is written and synced before the index names it, and the index is replaced
atomically before the acknowledgement, so a crash loses nothing acknowledged. Applying after
the hold is repeatable: a staged delta applied before a crash is a duplicate the second time.
While held, an initial copy or a resync (which compare and rewrite the image) is refused,
and retention waits: the overlays were built from the image's undo data at hold time.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.domain.enums import RecoveryPointKind

from .cycle import Delta, DeltaEntry, DeltaKind
from .errors import PointNotFound, ReplicationError, SequenceGap, full_storage_as
from .journal import RecoveryPointRecord, utc_from_epoch
from .replica import ReplicaDisk, ReplicaStatus
from .sparse import fsync_dir, write_file_durably, write_json_atomic
from .transport import DeltaAck, ReplicaService
from .undo import read_undo

log = logging.getLogger(__name__)


class ReplicaHeld(ReplicationError):
    """The replica is held by a test copy: the request must wait for its cleanup."""


@dataclass(frozen=True)
class StagedDelta:
    """One cycle received while held: where it is and the point it makes."""

    file: str
    cycle_id: int
    base_seq: int
    end_seq: int
    time: str  # ISO 8601, UTC
    kind: str

    def point(self, apply_id: int) -> RecoveryPointRecord:
        return RecoveryPointRecord(
            cycle_id=self.cycle_id,
            time=datetime.fromisoformat(self.time),
            kind=RecoveryPointKind(self.kind),
            last_seq=self.end_seq - 1,
            apply_id=apply_id,
        )


def staged_dir_of(image: Path) -> Path:
    return image.with_name(image.name + ".staged")


class HoldingReplicaService(ReplicaService):
    """A ReplicaService whose pairs can be held (see the module's docstring)."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self._holds_lock = threading.Lock()
        self._holding: dict[str, int] = {}  # pairs whose hold waits for their disks' locks

    # --- holds --------------------------------------------------------------------------------

    def _holds_path(self, pair_id: str) -> Path:
        return self.image_path(pair_id, "holds").parent / "holds.json"

    def holders(self, pair_id: str) -> list[str]:
        try:
            return list(json.loads(self._holds_path(pair_id).read_text()))
        except FileNotFoundError:
            return []

    def held(self, pair_id: str) -> bool:
        return bool(self.holders(pair_id))

    def hold(self, pair_id: str, disk_ids: Iterable[str], holder: str) -> None:
        """Hold the pair for `holder` (idempotent). Taken under every disk's lock, so no apply
        is half-way when it returns: the image stays as it is until the last release."""
        locks = [self._disk_lock(pair_id, d) for d in sorted(disk_ids)]
        with self._holds_lock:  # an apply while its delta arrives gives way (send_arriving)
            self._holding[pair_id] = self._holding.get(pair_id, 0) + 1
        try:
            for lock in locks:
                lock.acquire()
        finally:
            with self._holds_lock:
                self._holding[pair_id] -= 1
                if not self._holding[pair_id]:
                    del self._holding[pair_id]
        try:
            with self._holds_lock:
                holders = self.holders(pair_id)
                if holder not in holders:
                    write_json_atomic(self._holds_path(pair_id), [*holders, holder])
        finally:
            for lock in reversed(locks):
                lock.release()

    def release(self, pair_id: str, disk_ids: Iterable[str], holder: str) -> int:
        """End `holder`'s hold; when none is left, apply the staged cycles (returns how many
        were applied). Repeatable."""
        with self._holds_lock:
            holders = [h for h in self.holders(pair_id) if h != holder]
            path = self._holds_path(pair_id)
            if holders:
                write_json_atomic(path, holders)
                return 0
            path.unlink(missing_ok=True)
        applied = 0
        for disk_id in disk_ids:
            with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
                applied += self._apply_staged(pair_id, disk_id)
        return applied

    def _seal_path(self, pair_id: str) -> Path:
        return self.image_path(pair_id, "holds").parent / "sealed"

    def seal(self, pair_id: str, reason: str) -> None:
        """Take no delta at all from now on (a failed-over VM runs on this replica): every
        one is refused with `reason`, so an old side that still sends never lands here."""
        path = self._seal_path(pair_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_file_durably(path.with_name("sealed.tmp"), [reason.encode()])
        path.with_name("sealed.tmp").replace(path)
        fsync_dir(path.parent)

    def unseal(self, pair_id: str) -> None:
        self._seal_path(pair_id).unlink(missing_ok=True)

    def sealed(self, pair_id: str) -> str | None:
        try:
            return self._seal_path(pair_id).read_text()
        except FileNotFoundError:
            return None

    def commit_point(self, pair_id: str, disk_ids: Iterable[str], cycle_id: int) -> None:
        """A committed failover: the replica becomes the disk at `cycle_id` and keeps that
        point only (staged cycles up to it applied first, newer ones dropped). Safe under an
        overlay that holds the point's differences: every block this changes in the image is
        one the overlay holds itself, so what the overlay shows does not change."""
        for disk_id in disk_ids:
            with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
                disk = self.replica(pair_id, disk_id)
                if disk is None:
                    raise ReplicationError(f"no replica for {pair_id}/{disk_id}")
                folder = self._index_path(pair_id, disk_id).parent
                staged = self.staged(pair_id, disk_id)
                for s in staged:
                    if s.cycle_id <= cycle_id:
                        disk.apply(Delta.decode((folder / s.file).read_bytes()))
                if staged:
                    self._save_index(pair_id, disk_id, [])
                    for s in staged:
                        (folder / s.file).unlink(missing_ok=True)
                    fsync_dir(folder)
                disk.commit(cycle_id)

    # --- staged deltas ------------------------------------------------------------------------

    def _index_path(self, pair_id: str, disk_id: str) -> Path:
        return staged_dir_of(self.image_path(pair_id, disk_id)) / "index.json"

    def staged(self, pair_id: str, disk_id: str) -> list[StagedDelta]:
        try:
            raw = json.loads(self._index_path(pair_id, disk_id).read_text())
        except FileNotFoundError:
            return []
        return [StagedDelta(**d) for d in raw]

    def staged_deltas(self, pair_id: str, disk_id: str) -> list[tuple[StagedDelta, Delta]]:
        """The staged cycles, decoded, oldest first (what a test copy of a newer point needs)."""
        folder = self._index_path(pair_id, disk_id).parent
        return [
            (s, Delta.decode((folder / s.file).read_bytes())) for s in self.staged(pair_id, disk_id)
        ]

    def differences(self, pair_id: str, disk_id: str, cycle_id: int) -> list[DeltaEntry]:
        """The writes that turn the replica image into the disk at recovery point `cycle_id`,
        in the order they must be written (a later entry wins): the undo data of the applies
        after the point, newest first, or the staged cycles up to it. Read while the pair is
        held, so the image and its journal stay as they were."""
        disk = self.replica(pair_id, disk_id)
        if disk is None:
            raise ReplicationError(f"no replica for {pair_id}/{disk_id}")
        applied = {p.cycle_id: p for p in disk.points()}
        if cycle_id in applied:
            newer = [a for a in disk.journal.applies if a.apply_id > applied[cycle_id].apply_id]
            if any(a.undo is None for a in newer):
                raise PointNotFound(f"cycle {cycle_id}: undo data pruned")
            entries: list[DeltaEntry] = []
            for a in reversed(newer):  # newest first, so the oldest bytes win
                undo = read_undo(disk.points_dir / str(a.undo))
                entries.extend(reversed(undo.entries))
            return entries
        staged = self.staged_deltas(pair_id, disk_id)
        if not any(s.cycle_id == cycle_id for s, _ in staged):
            raise PointNotFound(f"no recovery point for cycle {cycle_id}")
        entries = []
        for s, delta in staged:
            if s.cycle_id > cycle_id:
                break
            entries.extend(delta.entries)
        return entries

    def _save_index(self, pair_id: str, disk_id: str, staged: list[StagedDelta]) -> None:
        write_json_atomic(self._index_path(pair_id, disk_id), [vars(s) for s in staged])

    def _apply_staged(self, pair_id: str, disk_id: str) -> int:
        """Apply what was staged, in order; caller holds the disk's lock."""
        staged = self.staged(pair_id, disk_id)
        if not staged:
            return 0
        disk = self.replica(pair_id, disk_id)
        if disk is None:
            raise ReplicationError(f"no replica for {pair_id}/{disk_id}")
        folder = self._index_path(pair_id, disk_id).parent
        done = 0
        while staged:
            first = staged[0]
            disk.apply(Delta.decode((folder / first.file).read_bytes()))  # a duplicate: no-op
            staged = staged[1:]
            self._save_index(pair_id, disk_id, staged)
            (folder / first.file).unlink(missing_ok=True)
            done += 1
        fsync_dir(folder)
        log.info("%s/%s: %d cycles staged during a hold applied", pair_id, disk_id, done)
        return done

    def _expected(self, disk: ReplicaDisk, staged: list[StagedDelta]) -> tuple[int, int]:
        """(next sequence number, last cycle id) counting the staged cycles."""
        if staged:
            return staged[-1].end_seq, max(disk.journal.last_cycle_id, staged[-1].cycle_id)
        return disk.journal.next_seq, disk.journal.last_cycle_id

    # --- the service's requests ---------------------------------------------------------------

    def _wanted(self, pair_id: str) -> bool:
        return pair_id in self._holding

    def _applies_arriving(self, pair_id: str, disk_id: str) -> bool:
        """A held or sealed pair, or a disk with staged cycles, takes the whole body first
        (`send_delta` stages it, refuses it, or applies the staged ones before it)."""
        return (
            self.sealed(pair_id) is None
            and not self.held(pair_id)
            and not self.staged(pair_id, disk_id)
        )

    def send_delta(self, pair_id: str, delta: bytes | bytearray | memoryview) -> DeltaAck:
        parsed = Delta.decode(delta)
        reason = self.sealed(pair_id)
        if reason is not None:
            raise ReplicaHeld(reason)
        if not self.held(pair_id):
            if self.staged(pair_id, parsed.disk_id):
                # A hold ended before a restart finished applying: finish it first.
                with full_storage_as("replica"), self._disk_lock(pair_id, parsed.disk_id):
                    self._apply_staged(pair_id, parsed.disk_id)
            return super().send_delta(pair_id, delta)
        if parsed.kind is not DeltaKind.CYCLE:
            raise ReplicaHeld(
                f"the replica of {pair_id} is held by a test failover: an initial copy or "
                "resync waits for its cleanup"
            )
        with full_storage_as("replica"), self._disk_lock(pair_id, parsed.disk_id):
            if not self.held(pair_id):  # released while we waited for the lock
                return super().send_delta(pair_id, delta)
            disk = self.replica(pair_id, parsed.disk_id)
            if disk is None:
                raise ReplicationError(f"no replica for {pair_id}/{parsed.disk_id}")
            staged = self.staged(pair_id, parsed.disk_id)
            next_seq, last_cycle = self._expected(disk, staged)
            if parsed.cycle_id <= last_cycle and parsed.end_seq <= next_seq:
                return DeltaAck(False, True, parsed.cycle_id, next_seq, 0)
            if parsed.base_seq != next_seq:
                raise SequenceGap(
                    f"delta covers writes {parsed.base_seq}..{parsed.end_seq - 1}, "
                    f"replica expects {next_seq}"
                )
            folder = self._index_path(pair_id, parsed.disk_id).parent
            folder.mkdir(exist_ok=True)
            name = f"{parsed.cycle_id:010d}.delta"
            (folder / name).unlink(missing_ok=True)  # an earlier try that never got indexed
            write_file_durably(folder / name, [delta])
            fsync_dir(folder)
            entry = StagedDelta(
                file=name,
                cycle_id=parsed.cycle_id,
                base_seq=parsed.base_seq,
                end_seq=parsed.end_seq,
                time=utc_from_epoch(parsed.cut_time).isoformat(),
                kind=str(parsed.point_kind),
            )
            self._save_index(pair_id, parsed.disk_id, [*staged, entry])  # the commit point
        return DeltaAck(True, False, parsed.cycle_id, parsed.end_seq, parsed.payload_bytes)

    def prepare(
        self, pair_id: str, *, vm_id: str, disk_id: str, size_bytes: int, fresh: bool
    ) -> ReplicaStatus:
        if self.held(pair_id) or self.sealed(pair_id):
            existing = self.replica(pair_id, disk_id)
            if fresh or existing is None or existing.journal.size_bytes != size_bytes:
                raise ReplicaHeld(
                    f"the replica of {pair_id} is in use by a test copy or a failed-over VM: "
                    "it cannot be made again until that is cleaned up or cancelled"
                )
            return self.status(pair_id, disk_id) or existing.status()
        return super().prepare(
            pair_id, vm_id=vm_id, disk_id=disk_id, size_bytes=size_bytes, fresh=fresh
        )

    def release_pair(self, pair_id: str) -> None:
        """Delete the pair's replica, unless a test copy or a failed-over VM runs on it
        (its disks are overlays whose backing file is the replica image)."""
        if self.held(pair_id) or self.sealed(pair_id):
            raise ReplicaHeld(
                f"the replica of {pair_id} is in use by a test copy or a failed-over VM: "
                "clean up the test failover (or cancel the failover) before deleting it"
            )
        super().release_pair(pair_id)

    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]:
        disk = self.replica(pair_id, disk_id)
        if disk is None:
            return []
        applied = disk.points()
        base = disk.journal.next_apply_id
        return applied + [s.point(base + i) for i, s in enumerate(self.staged(pair_id, disk_id))]

    def status(self, pair_id: str, disk_id: str) -> ReplicaStatus | None:
        disk = self.replica(pair_id, disk_id)
        if disk is None:
            return None
        status = disk.status()
        staged = self.staged(pair_id, disk_id)
        if not staged:
            return status
        next_seq, last_cycle = self._expected(disk, staged)
        return ReplicaStatus(
            state=status.state,
            next_seq=next_seq,
            last_cycle_id=last_cycle,
            point_count=status.point_count + len(staged),
            latest_cycle_id=staged[-1].cycle_id,
        )

    def block_hashes(self, pair_id: str, disk_id: str) -> list[int]:
        if self.held(pair_id):
            raise ReplicaHeld(
                f"the replica of {pair_id} is held by a test failover: a resync waits for "
                "its cleanup"
            )
        with full_storage_as("replica"), self._disk_lock(pair_id, disk_id):
            self._apply_staged(pair_id, disk_id)
        return super().block_hashes(pair_id, disk_id)

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]:
        if self.held(pair_id):
            return []  # retention waits for the hold to end
        return super().prune(pair_id, disk_id, retention_hours)
