"""ReplicationPair: one protected VM's disks, their replica, and the replication cycle.

A cycle cuts every disk of the VM at the same instant (their shared lock), builds one delta
per disk from the sealed logs, ships it, and drops the logs once the replica acknowledged.
A cycle that fails keeps its logs: the next cycle ships them together with the new ones.
A VM's recovery point is a cycle id that every one of its disks has committed.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.domain.enums import RecoveryPointKind

from .cycle import build_delta
from .disk import TrackedDisk
from .errors import HrlCorrupt, ReplicationError, ResyncRequired, TransportError
from .hrl import HrlReader
from .initial import DEFAULT_CHUNK, DEFAULT_MARKER_BYTES, InitialProgress, InitialReplication
from .journal import RecoveryPointRecord
from .resync import ResyncResult, resync_disk
from .transport import Transport

# Hyper-V Replica's rule: a disk whose unshipped log outgrows half its size needs a resync.
LOG_BOUND_FRACTION = 0.5


class Quiescer(Protocol):
    """The guest side of an app-consistent point (a VSS writer, in Hyper-V's words)."""

    def quiesce(self) -> None:
        """Finish the open transaction and hold further writes."""
        ...

    def resume(self) -> None: ...


@dataclass(frozen=True)
class DiskCycle:
    disk_id: str
    logs: int
    entries: int
    payload_bytes: int  # coalesced data bytes
    shipped_bytes: int  # delta bytes on the wire (after compression)
    duplicate: bool


@dataclass(frozen=True)
class CycleResult:
    cycle_id: int
    kind: RecoveryPointKind
    cut_time: float
    seconds: float
    disks: list[DiskCycle]

    @property
    def shipped_bytes(self) -> int:
        return sum(d.shipped_bytes for d in self.disks)

    @property
    def payload_bytes(self) -> int:
        return sum(d.payload_bytes for d in self.disks)


@dataclass
class PairStats:
    successful_cycles: int = 0
    missed_cycles: int = 0
    bytes_shipped_total: int = 0
    last_cycle_bytes: int = 0
    last_cycle_seconds: float = 0.0
    last_cycle_time: float | None = None  # when the last successful cycle finished
    last_point_time: float | None = None  # the cut of the newest acknowledged point
    last_error: str = ""
    history: list[tuple[float, int]] = field(default_factory=list)  # (finished, bytes)

    @property
    def throughput_bps(self) -> float:
        return self.last_cycle_bytes / self.last_cycle_seconds if self.last_cycle_seconds else 0.0


class ReplicationPair:
    def __init__(
        self,
        pair_id: str,
        disks: Sequence[TrackedDisk],
        transport: Transport,
        *,
        compress: bool = True,
        quiescer: Quiescer | None = None,
        chunk_bytes: int = DEFAULT_CHUNK,
        initial_marker_bytes: int = DEFAULT_MARKER_BYTES,
    ) -> None:
        if not disks:
            raise ValueError("a pair needs at least one disk")
        if len({id(d.lock) for d in disks}) != 1 or len({d.vm_id for d in disks}) != 1:
            raise ValueError("a pair's disks must belong to one VM and share its lock")
        self.pair_id = pair_id
        self.disks = list(disks)
        self.vm_id = disks[0].vm_id
        self.transport = transport
        self.compress = compress
        self.quiescer = quiescer
        self.chunk_bytes = chunk_bytes
        self.initial_marker_bytes = initial_marker_bytes
        self.stats = PairStats()
        self._cycle_lock = threading.Lock()  # one cycle (or copy, or resync) at a time
        self._image_sync: tuple[threading.Event, list[BaseException]] | None = None

    @property
    def lock(self) -> threading.RLock:
        return self.disks[0].lock

    def wait_idle(self) -> None:
        """Block until no cycle, copy or resync of this pair is running (a cancelled task's
        thread may still be finishing one)."""
        with self._cycle_lock:
            pass

    # --- initial replication ----------------------------------------------------------------

    def _initial(self, disk: TrackedDisk) -> InitialReplication:
        return InitialReplication(
            self.pair_id,
            disk,
            self.transport,
            chunk_bytes=self.chunk_bytes,
            compress=self.compress,
            marker_bytes=self.initial_marker_bytes,
        )

    def initial_progress(self) -> list[InitialProgress | None]:
        return [self._initial(d).progress for d in self.disks]

    def initial_replication(self, stop: threading.Event | None = None) -> bool:
        """Copy every disk (resuming where a previous run stopped), then run the first cycle.
        Returns True once the replica holds its first recovery point."""
        with self._cycle_lock:
            for disk in self.disks:
                progress = self._initial(disk).run(stop)
                if not progress.done:
                    return False
        self.run_cycle()
        for disk in self.disks:
            self._initial(disk).finish()
        return True

    # --- cycles -----------------------------------------------------------------------------

    def run_cycle(
        self, kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT
    ) -> CycleResult:
        """Cut, build, ship and apply one cycle; returns what it shipped.

        Raises ResyncRequired when a log is damaged or the replica reports a gap (the disk is
        flagged and stays so until `resync()`), TransportError when the replica is unreachable.
        """
        if kind is RecoveryPointKind.APP_CONSISTENT and self.quiescer is None:
            raise ValueError("an app-consistent point needs a quiescer")
        with self._cycle_lock:
            for disk in self.disks:
                if disk.resync_required:
                    raise ResyncRequired(f"{disk.disk_id}: {disk.resync_reason}")
            started = time.monotonic()
            try:
                statuses = {
                    d.disk_id: self.transport.status(self.pair_id, d.disk_id) for d in self.disks
                }
                missing = [k for k, s in statuses.items() if s is None]
                if missing:
                    raise ReplicationError(f"no replica for {missing}: run initial replication")
                for disk in self.disks:
                    progress = self._initial(disk).progress
                    if progress is not None and not progress.done:
                        raise ReplicationError(f"{disk.disk_id}: initial replication unfinished")
                cycle_id = max(s.last_cycle_id for s in statuses.values() if s) + 1
                cut_time = self._cut(kind)
                results = []
                for disk in self.disks:
                    status = statuses[disk.disk_id]
                    assert status is not None
                    results.append(self._ship(disk, cycle_id, kind, cut_time, status.next_seq))
            except (ReplicationError, OSError) as exc:
                self.stats.missed_cycles += 1
                self.stats.last_error = str(exc)
                raise
            seconds = time.monotonic() - started
            result = CycleResult(cycle_id, kind, cut_time, seconds, results)
            s = self.stats
            s.successful_cycles += 1
            s.bytes_shipped_total += result.shipped_bytes
            s.last_cycle_bytes = result.shipped_bytes
            s.last_cycle_seconds = seconds
            s.last_cycle_time = time.time()
            s.last_point_time = cut_time
            s.last_error = ""
            s.history = [*s.history[-99:], (s.last_cycle_time, result.shipped_bytes)]
            return result

    def _cut(self, kind: RecoveryPointKind) -> float:
        """Seal every disk's log at one instant; for app-consistent points, while the guest
        holds still with no transaction open."""
        if kind is RecoveryPointKind.APP_CONSISTENT:
            assert self.quiescer is not None
            self.quiescer.quiesce()
            try:
                return self._rotate_all()
            finally:
                self.quiescer.resume()
        return self._rotate_all()

    def _rotate_all(self) -> float:
        with self.lock:
            for disk in self.disks:
                disk.rotate(sync_image=False)  # synced off the lock, see _start_image_sync
            cut = time.time()
        self._start_image_sync()
        return cut

    def _start_image_sync(self) -> None:
        """fsync the images on a helper thread while the deltas are built and shipped; each
        disk's sync is awaited before its logs are discarded (`_await_image_sync`), so a log
        never goes before the writes it holds are durable in the image."""
        done = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            try:
                for disk in self.disks:
                    disk.sync_image()
            except BaseException as exc:
                errors.append(exc)
            finally:
                done.set()

        threading.Thread(target=run, name=f"image-sync-{self.pair_id}", daemon=True).start()
        self._image_sync = (done, errors)

    def _await_image_sync(self) -> None:
        pending = self._image_sync
        if pending is None:
            return
        done, errors = pending
        done.wait()
        if errors:
            raise errors[0]

    def _ship(
        self,
        disk: TrackedDisk,
        cycle_id: int,
        kind: RecoveryPointKind,
        cut_time: float,
        replica_next_seq: int,
    ) -> DiskCycle:
        logs = disk.closed_logs()
        # Logs the replica already holds (acknowledged, but we crashed before dropping them).
        try:
            bases = [HrlReader(p).header.base_seq for p in logs] + [disk.current_log_base_seq]
        except HrlCorrupt as exc:
            disk.mark_resync_required(str(exc))
            raise
        # A non-empty log is stale when its end is at or below the replica's next sequence
        # number; so is every log before it. (Empty logs cannot be told apart and are simply
        # shipped again: they change nothing.)
        stale = 0
        for i, (base, end) in enumerate(itertools.pairwise(bases)):
            if base < end <= replica_next_seq:
                stale = i + 1
        if stale:
            self._await_image_sync()
            disk.discard_logs_through(int(logs[stale - 1].stem))
            logs = logs[stale:]
        try:
            delta = build_delta(
                logs,
                disk_size=disk.size_bytes,
                cycle_id=cycle_id,
                point_kind=kind,
                cut_time=cut_time,
            )
        except HrlCorrupt as exc:
            disk.mark_resync_required(str(exc))
            raise
        blob = delta.encode(compress=self.compress)
        try:
            ack = self.transport.send_delta(self.pair_id, blob)
        except ResyncRequired as exc:  # e.g. a sequence gap on the replica
            disk.mark_resync_required(str(exc))
            raise
        except TransportError:
            raise
        self._await_image_sync()
        disk.discard_logs_through(delta.last_log)
        return DiskCycle(
            disk.disk_id,
            len(logs),
            len(delta.entries),
            delta.payload_bytes,
            len(blob),
            ack.duplicate,
        )

    # --- resync -----------------------------------------------------------------------------

    def resync(self, then_cycle: bool = True) -> list[ResyncResult]:
        """Compare and ship differing blocks for every disk; then (by default) run a cycle so
        the replica is consistent again."""
        with self._cycle_lock:
            results = [
                resync_disk(self.pair_id, d, self.transport, compress=self.compress)
                for d in self.disks
            ]
        if then_cycle:
            self.run_cycle()
        return results

    # --- the log's bound --------------------------------------------------------------------

    def bound_logs(
        self, fraction: float = LOG_BOUND_FRACTION, *, blocking: bool = True, mark: bool = True
    ) -> list[str]:
        """Keep each disk's unshipped log within `fraction` of the disk's size: a disk whose
        log grew past it is marked resync-required (durably, first), then its logs are sealed
        and dropped (a resync compares blocks, so it needs none of them). A disk marked so
        already drops them again whenever they outgrow the bound, until the resync. Returns
        the ids of the disks newly marked. Without `blocking`, does nothing while a cycle,
        copy or resync runs. A full source disk may refuse the mark (StorageFull): nothing
        is dropped then. Without `mark` (before a first copy, which supersedes every log) the
        logs are only dropped."""
        if not self._cycle_lock.acquire(blocking=blocking):
            return []
        try:
            marked = []
            for disk in self.disks:
                bound = fraction * disk.size_bytes
                if disk.pending_bytes <= bound:
                    continue
                if mark and not disk.resync_required:
                    disk.mark_resync_required(
                        f"the write log outgrew {fraction:.0%} of the disk "
                        f"({disk.pending_bytes} bytes unshipped)"
                    )
                    marked.append(disk.disk_id)
                disk.discard_closed_logs()  # frees space first: the rotation needs a little
                disk.rotate()
                disk.discard_closed_logs()
            return marked
        finally:
            self._cycle_lock.release()

    # --- health -----------------------------------------------------------------------------

    @property
    def pending_bytes(self) -> int:
        return sum(d.pending_bytes for d in self.disks)

    @property
    def resync_required(self) -> bool:
        return any(d.resync_required for d in self.disks)

    @property
    def resync_reason(self) -> str:
        return "; ".join(f"{d.disk_id}: {d.resync_reason}" for d in self.disks if d.resync_required)

    def rpo_seconds(self, now: float | None = None) -> float | None:
        """Age of the newest point the replica holds: what an unplanned failover would lose."""
        if self.stats.last_point_time is None:
            return None
        return (time.time() if now is None else now) - self.stats.last_point_time


def vm_points(per_disk: Sequence[Sequence[RecoveryPointRecord]]) -> list[RecoveryPointRecord]:
    """A VM's recovery points: cycles every disk holds. App-consistent only if all disks are."""
    if not per_disk:
        return []
    common = set.intersection(*({p.cycle_id for p in pts} for pts in per_disk))
    out = []
    for p in per_disk[0]:
        if p.cycle_id in common:
            app = all(
                q.kind is RecoveryPointKind.APP_CONSISTENT
                for pts in per_disk
                for q in pts
                if q.cycle_id == p.cycle_id
            )
            kind = RecoveryPointKind.APP_CONSISTENT if app else RecoveryPointKind.CRASH_CONSISTENT
            out.append(RecoveryPointRecord(p.cycle_id, p.time, kind, p.last_seq, p.apply_id))
    return out
