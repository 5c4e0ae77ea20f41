"""ReplicaDisk: the recovery side of a disk. Applies deltas atomically; keeps recovery points.

On disk, beside `vm1-disk0.img`:

    vm1-disk0.img.points/journal.json      state, sequence, applies and their points
    vm1-disk0.img.points/0000000007.undo   what apply 7 overwrote

The image is always the newest apply. Apply order: undo file (fsynced) → data (fsynced) →
journal (atomic replace). An undo file without a journal entry is an apply that never
committed: rolled back at once when the apply fails with an error (a full disk, an I/O error),
and on open after a crash, so nothing half-applied ever becomes a recovery point.

The journal on disk is the truth. Any operation that fails part-way marks the replica *torn*;
before anything else reads or changes it, the journal is loaded again and what it does not
name is rolled back (`_settle`). A rollback writes only the bytes that differ, so it needs no
free space.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .cycle import ArrivingDelta, Delta, DeltaKind
from .disk import image_block_hashes
from .errors import DeltaCorrupt, PointNotFound, ReplicationError, SequenceGap, UndoCorrupt
from .journal import ApplyRecord, Journal, RecoveryPointRecord, ReplicaState, utc_from_epoch
from .sparse import (
    BLOCK_SIZE,
    copy_range,
    copy_sparse,
    create_sparse,
    fsync_dir,
    start_writeback,
)
from .undo import UndoWriter, read_undo, roll_back, write_entries, write_undo

log = logging.getLogger(__name__)

FaultHook = Callable[[str], None]
"""Called at each step of an apply ("undo-written", "entry-<i>", "data-written"); tests use
it to crash between two steps."""


def points_dir_of(image: Path) -> Path:
    return image.with_name(image.name + ".points")


@dataclass(frozen=True)
class ApplyOutcome:
    applied: bool
    duplicate: bool = False
    point: RecoveryPointRecord | None = None
    bytes_written: int = 0


@dataclass(frozen=True)
class ReplicaStatus:
    state: ReplicaState
    next_seq: int
    last_cycle_id: int
    point_count: int
    latest_cycle_id: int | None

    def to_dict(self) -> dict:
        return {
            "state": str(self.state),
            "next_seq": self.next_seq,
            "last_cycle_id": self.last_cycle_id,
            "point_count": self.point_count,
            "latest_cycle_id": self.latest_cycle_id,
        }

    @classmethod
    def from_dict(cls, d: dict) -> ReplicaStatus:
        return cls(
            ReplicaState(d["state"]),
            d["next_seq"],
            d["last_cycle_id"],
            d["point_count"],
            d["latest_cycle_id"],
        )


class ReplicaDisk:
    def __init__(self, image: Path, journal: Journal, fault: FaultHook | None = None) -> None:
        self.image = Path(image)
        self.points_dir = points_dir_of(self.image)
        self.journal_path = self.points_dir / "journal.json"
        self.journal = journal
        self.fault = fault
        self._lock = threading.RLock()
        self._fd = os.open(self.image, os.O_RDWR)
        # Set when an operation failed part-way: memory or the image may be ahead of the
        # journal on disk until `_settle` has brought them back.
        self._torn = False
        self._depth = 0  # nesting of _guarded operations

    # --- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        image: Path,
        *,
        vm_id: str,
        disk_id: str,
        size_bytes: int,
        fault: FaultHook | None = None,
    ) -> ReplicaDisk:
        """A fresh, empty replica (sparse) awaiting its initial copy; replaces any old one."""
        image = Path(image)
        pdir = points_dir_of(image)
        pdir.mkdir(parents=True, exist_ok=True)
        for old in pdir.iterdir():
            old.unlink()
        create_sparse(image, size_bytes)
        journal = Journal(vm_id=vm_id, disk_id=disk_id, size_bytes=size_bytes)
        journal.save(pdir / "journal.json")
        return cls(image, journal, fault)

    @classmethod
    def open(cls, image: Path, *, fault: FaultHook | None = None) -> ReplicaDisk:
        """Open after a restart, finishing an interrupted revert and rolling back a torn apply."""
        image = Path(image)
        replica = cls(image, Journal.load(points_dir_of(image) / "journal.json"), fault)
        replica._recover()
        return replica

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> ReplicaDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- applying deltas --------------------------------------------------------------------

    def apply(self, delta: Delta | bytes) -> ApplyOutcome:
        """Apply one delta. CYCLE deltas become recovery points; nothing half-applied does."""
        if not isinstance(delta, Delta):
            delta = Delta.decode(delta)
        j = self.journal
        if delta.disk_id != j.disk_id or delta.disk_size != j.size_bytes:
            raise DeltaCorrupt(f"delta for {delta.disk_id}/{delta.disk_size} sent to {j.disk_id}")
        with self._lock, self._guarded():
            if delta.kind is DeltaKind.INITIAL:
                return self._apply_initial(delta)
            if delta.kind is DeltaKind.CYCLE:
                if delta.cycle_id <= j.last_cycle_id and delta.end_seq <= j.next_seq:
                    return ApplyOutcome(applied=False, duplicate=True)
                if delta.base_seq != j.next_seq:
                    raise SequenceGap(
                        f"delta covers writes {delta.base_seq}..{delta.end_seq - 1}, "
                        f"replica expects {j.next_seq}"
                    )
            return self._apply_with_undo(delta)

    def _apply_initial(self, delta: Delta) -> ApplyOutcome:
        j = self.journal
        if j.state is not ReplicaState.INITIAL:
            raise ReplicationError("initial-copy chunk for a replica past its initial copy")
        write_entries(self._fd, delta.entries, self.fault)
        if delta.sync:
            # The sender writes its progress marker only after a sync chunk is acknowledged,
            # so every chunk it counts as done is durable here; chunks in between are not
            # (re-sending them after a crash is harmless: their writes are absolute).
            os.fdatasync(self._fd)
        if j.next_seq != delta.end_seq:
            j.next_seq = delta.end_seq
            j.save(self.journal_path)
        return ApplyOutcome(applied=True, bytes_written=delta.payload_bytes)

    def copy_initial(self, src_fd: int, ranges: list[tuple[int, int]], *, base_seq: int) -> int:
        """The initial copy's fast path when source and replica share a machine: copy
        `ranges` of the source image (an open fd) straight into the replica image, kernel-side.
        Like an INITIAL delta: absolute writes, no undo data (a fresh replica has no previous
        content worth keeping), not durable until `sync_initial`. Returns the bytes copied."""
        with self._lock, self._guarded():
            j = self.journal
            if j.state is not ReplicaState.INITIAL:
                raise ReplicationError("initial-copy chunk for a replica past its initial copy")
            size = j.size_bytes
            copied = 0
            for off, length in ranges:
                if off < 0 or length < 0 or off + length > size:
                    raise ReplicationError(f"range [{off}, {off + length}) beyond the disk")
                copied += copy_range(src_fd, self._fd, off, length)
            if j.next_seq != base_seq:
                j.next_seq = base_seq
                j.save(self.journal_path)
            return copied

    def sync_initial(self, *, base_seq: int) -> None:
        """Make every initial-copy write so far durable. The fdatasync runs without the
        replica's lock (on a duplicate of its descriptor), so the next ranges can be copied
        meanwhile."""
        with self._lock, self._guarded():
            j = self.journal
            if j.state is not ReplicaState.INITIAL:
                raise ReplicationError("initial-copy sync for a replica past its initial copy")
            if self._fd < 0:
                raise ReplicationError("replica closed")
            if j.next_seq != base_seq:
                j.next_seq = base_seq
                j.save(self.journal_path)
            fd = os.dup(self._fd)
        try:
            os.fdatasync(fd)
        finally:
            os.close(fd)

    def _apply_with_undo(self, delta: Delta) -> ApplyOutcome:
        j = self.journal
        apply_id = j.next_apply_id
        undo_name = f"{apply_id:010d}.undo"
        # Complete and durable before the first image byte changes; on an error it is gone.
        write_undo(self.points_dir / undo_name, apply_id, self._fd, delta.entries)
        self._fault("undo-written")
        write_entries(self._fd, delta.entries, self.fault)
        os.fdatasync(self._fd)  # data durable before the journal commits the apply
        self._fault("data-written")
        return self._commit(delta, apply_id, undo_name, delta.payload_bytes)

    def apply_arriving(self, arriving: ArrivingDelta) -> ApplyOutcome:
        """Apply a CYCLE or RESYNC delta while its body arrives (`Delta.decode_arriving`):
        each verified batch's old bytes go durably into the undo file, then the batch into
        the image, while the next batch is still on the wire; the point is recorded only once
        the whole body arrived, verified, and all of it is durable, exactly as `apply` would.
        A body that is cut or fails its checksum half-way raises, and the batches already
        written are rolled back from the undo file (so is a crash, on `open`)."""
        delta = arriving.delta
        j = self.journal
        if delta.disk_id != j.disk_id or delta.disk_size != j.size_bytes:
            raise DeltaCorrupt(f"delta for {delta.disk_id}/{delta.disk_size} sent to {j.disk_id}")
        if delta.kind is DeltaKind.INITIAL:
            raise ReplicationError("an initial-copy chunk is applied whole (apply)")
        with self._lock, self._guarded():
            if delta.kind is DeltaKind.CYCLE:
                if delta.cycle_id <= j.last_cycle_id and delta.end_seq <= j.next_seq:
                    for _batch in arriving.batches:  # verified whole, as `apply` would
                        pass
                    return ApplyOutcome(applied=False, duplicate=True)
                if delta.base_seq != j.next_seq:
                    raise SequenceGap(
                        f"delta covers writes {delta.base_seq}..{delta.end_seq - 1}, "
                        f"replica expects {j.next_seq}"
                    )
            apply_id = j.next_apply_id
            undo_name = f"{apply_id:010d}.undo"
            undo = UndoWriter(self.points_dir / undo_name, apply_id, arriving.count)
            written = 0
            try:
                for batch in arriving.batches:
                    undo.append(self._fd, batch)  # durable before the batch touches the image
                    if not written:
                        self._fault("undo-written")
                    write_entries(self._fd, batch, self.fault)
                    first = batch[0].offset
                    start_writeback(self._fd, first, batch[-1].offset + BLOCK_SIZE - first)
                    written += sum(len(e.data) for e in batch)
                undo.finish()
            finally:
                undo.close()
            os.fdatasync(self._fd)  # data durable before the journal commits the apply
            self._fault("data-written")
            return self._commit(delta, apply_id, undo_name, written)

    def _commit(self, delta: Delta, apply_id: int, undo_name: str, written: int) -> ApplyOutcome:
        """Record an apply whose undo file and data are durable: the journal's atomic
        replace is the commit point (a CYCLE delta's recovery point exists from then on)."""
        j = self.journal
        cycle = delta.kind is DeltaKind.CYCLE
        record = ApplyRecord(
            apply_id=apply_id,
            kind="cycle" if cycle else "resync",
            undo=undo_name,
            end_seq=delta.end_seq,
            cycle_id=delta.cycle_id if cycle else None,
            time=utc_from_epoch(delta.cut_time).isoformat() if cycle else None,
            point_kind=str(delta.point_kind) if cycle else None,
        )
        j.applies.append(record)
        j.next_apply_id = apply_id + 1
        j.next_seq = delta.end_seq
        if cycle:
            j.last_cycle_id = max(j.last_cycle_id, delta.cycle_id)
        j.state = ReplicaState.CONSISTENT if cycle else ReplicaState.FUZZY
        j.save(self.journal_path)  # the commit point
        return ApplyOutcome(applied=True, point=record.point(), bytes_written=written)

    # --- recovery points --------------------------------------------------------------------

    def points(self) -> list[RecoveryPointRecord]:
        """Retained recovery points, oldest first."""
        with self._lock, self._guarded():
            return self.journal.points()

    def latest_point(self) -> RecoveryPointRecord | None:
        pts = self.points()
        return pts[-1] if pts else None

    def point(self, cycle_id: int) -> RecoveryPointRecord:
        for p in self.points():
            if p.cycle_id == cycle_id:
                return p
        raise PointNotFound(f"no recovery point for cycle {cycle_id}")

    def status(self) -> ReplicaStatus:
        with self._lock:
            return self._status()

    def _status(self) -> ReplicaStatus:
        latest = self.latest_point()
        return ReplicaStatus(
            state=self.journal.state,
            next_seq=self.journal.next_seq,
            last_cycle_id=self.journal.last_cycle_id,
            point_count=len(self.points()),
            latest_cycle_id=latest.cycle_id if latest else None,
        )

    def _newer_applies(self, point: RecoveryPointRecord) -> list[ApplyRecord]:
        newer = [a for a in self.journal.applies if a.apply_id > point.apply_id]
        if any(a.undo is None for a in newer):
            raise PointNotFound(f"cycle {point.cycle_id}: undo data pruned")
        return newer

    def materialize(self, cycle_id: int, dest: Path) -> Path:
        """Write the disk as it was at a recovery point to `dest` (a sparse clone; the replica
        is left untouched)."""
        dest = Path(dest)
        tmp = dest.with_name(dest.name + ".partial")
        try:
            with self._lock, self._guarded():
                point = self.point(cycle_id)
                newer = self._newer_applies(point)
                undos = [read_undo(self.points_dir / str(a.undo)) for a in reversed(newer)]
                copy_sparse(self.image, tmp)
            fd = os.open(tmp, os.O_RDWR)
            try:
                for undo in undos:  # newest first
                    roll_back(fd, undo)
            finally:
                os.close(fd)
            os.replace(tmp, dest)
        except BaseException:
            tmp.unlink(missing_ok=True)  # a full disk leaves no half-made copy behind
            raise
        fsync_dir(dest.parent)
        return dest

    def revert_to(self, cycle_id: int) -> RecoveryPointRecord:
        """Turn the replica itself back to a point, discarding newer ones (failover)."""
        with self._lock, self._guarded():
            point = self.point(cycle_id)
            self._newer_applies(point)  # fails early if a needed undo was pruned
            self.journal.reverting_to = point.apply_id
            self.journal.save(self.journal_path)
            self._finish_revert()
            return point

    def commit(self, cycle_id: int | None = None) -> RecoveryPointRecord:
        """Keep one point (the latest or `cycle_id`) and discard every other."""
        with self._lock, self._guarded():
            latest = self.latest_point()
            if latest is None:
                raise PointNotFound("no recovery point to commit")
            point = self.revert_to(cycle_id) if cycle_id is not None else latest
            keep = [a for a in self.journal.applies if a.apply_id == point.apply_id]
            dropped = [a.undo for a in self.journal.applies if a.undo]
            for a in keep:
                a.undo = None
            self.journal.applies = keep
            self.journal.save(self.journal_path)
            self._unlink_undos(dropped)
            return point

    def prune(self, retention_hours: float, now: datetime | None = None) -> list[int]:
        """Drop points older than the retention window (the latest always stays); returns the
        pruned cycle ids. An undo file is kept only while some retained point needs it."""
        with self._lock, self._guarded():
            now = now or datetime.now(UTC)
            cutoff = now - timedelta(hours=retention_hours)
            pts = self.points()
            retained = [p for p in pts[:-1] if p.time >= cutoff] + pts[-1:]
            pruned = [p.cycle_id for p in pts if p not in retained]
            if not retained:
                return []
            oldest = retained[0].apply_id
            dropped: list[str] = []
            applies = []
            for a in self.journal.applies:
                if a.apply_id <= oldest and a.undo:
                    dropped.append(a.undo)
                    a.undo = None
                if a.apply_id >= oldest:
                    applies.append(a)
            if not dropped and not pruned:
                return []
            self.journal.applies = applies
            self.journal.save(self.journal_path)
            self._unlink_undos(dropped)
            return pruned

    def grow(self, size_bytes: int) -> ReplicaStatus:
        """The source disk grew: the image grows (the new area reads as zeros, as a grown
        disk's does) and the journal takes the new size. Every point stays; an older one reads
        at the new size, with zeros past its own end. A smaller size is refused: shrinking
        would drop data the points hold without a trace."""
        with self._lock, self._guarded():
            j = self.journal
            if size_bytes < j.size_bytes:
                raise ReplicationError(
                    f"replica of {j.disk_id} is {j.size_bytes} bytes: it is never shrunk "
                    f"(to {size_bytes}), which would cut off data its recovery points hold"
                )
            if size_bytes > j.size_bytes:
                # Image first: a journal that named more than the image holds would lie.
                os.ftruncate(self._fd, size_bytes)
                os.fsync(self._fd)
                j.size_bytes = size_bytes
                j.save(self.journal_path)
            return self._status()

    def block_hashes(self) -> list[int]:
        with self._lock, self._guarded():
            return image_block_hashes(self.image)

    def read_block(self, block: int) -> bytes:
        return os.pread(self._fd, BLOCK_SIZE, block * BLOCK_SIZE)

    # --- internals --------------------------------------------------------------------------

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        """Run one operation on a settled replica; if it fails part-way, settle at once (roll
        back what the journal on disk does not name) and let the error go on. Re-entrant:
        only the outermost operation settles."""
        if self._depth:
            yield
            return
        if self._torn:
            self._settle()  # raises while the disk still refuses; the replica stays torn
        self._depth += 1
        try:
            yield
        except BaseException:
            self._torn = True
            try:
                self._settle()
            except Exception as exc:  # still torn: the next operation tries again first
                log.warning("%s: rollback after a failed operation failed: %s", self.image, exc)
            raise
        finally:
            self._depth -= 1

    def _settle(self) -> None:
        self.journal = Journal.load(self.journal_path)
        self._recover()
        self._torn = False

    def _fault(self, step: str) -> None:
        if self.fault is not None:
            self.fault(step)

    def _unlink_undos(self, names: list[str]) -> None:
        for name in names:
            (self.points_dir / name).unlink(missing_ok=True)
        fsync_dir(self.points_dir)

    def _finish_revert(self) -> None:
        j = self.journal
        target = j.reverting_to
        assert target is not None
        while j.applies and j.applies[-1].apply_id > target:
            a = j.applies[-1]
            if a.undo is None:
                raise UndoCorrupt(f"apply {a.apply_id}: undo pruned, cannot revert")
            roll_back(self._fd, read_undo(self.points_dir / a.undo))
            j.applies.pop()
            j.save(self.journal_path)
            self._unlink_undos([a.undo])
        kept = next((a for a in j.applies if a.apply_id == target), None)
        if kept is not None:
            j.next_seq = kept.end_seq
            j.last_cycle_id = kept.cycle_id or j.last_cycle_id
        j.state = ReplicaState.CONSISTENT
        j.reverting_to = None
        j.save(self.journal_path)

    def _recover(self) -> None:
        j = self.journal
        if j.reverting_to is not None:
            self._finish_revert()
        known = {a.undo for a in j.applies if a.undo}
        stray: list[str] = []
        for path in sorted(self.points_dir.glob("*.undo"), key=lambda p: int(p.stem)):
            if path.name in known:
                continue
            if int(path.stem) == j.next_apply_id:
                # The apply that never committed: undo what its undo file holds whole (all of it
                # for an apply from a whole delta; the batches durable so far for one applied
                # while it arrived: see read_undo's prefix). A damaged header: it failed
                # before the first data write and the image is untouched. Its id is checked
                # inside the file too, so a misnamed file is never trusted.
                try:
                    undo = read_undo(path, prefix=True)  # written while its delta arrived
                except UndoCorrupt as exc:
                    log.info("%s: discarding an incomplete undo file: %s", self.image, exc)
                else:
                    if undo.apply_id == j.next_apply_id:
                        roll_back(self._fd, undo)
                    else:
                        log.warning(
                            "%s: %s names apply %d: discarded", self.image, path.name, undo.apply_id
                        )
            else:
                # An id the journal has moved past (pruned, committed or reverted, then not
                # removed) or never reached: nothing in the image depends on it.
                log.info("%s: discarding the leftover %s", self.image, path.name)
            stray.append(path.name)
        self.points_dir.joinpath("journal.json.tmp").unlink(missing_ok=True)
        if stray:
            self._unlink_undos(stray)
