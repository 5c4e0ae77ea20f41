"""A libvirt VM's replication as the data plane's protection runner drives it.

`ProtectionRunner` (app/replication/schedule.py) runs every estate's protection: the initial
copy, a cycle per copy frequency, app-consistent cadence, missed cycles, retention, storage
full, pause, resume, resync. It drives a pair; the lab's pairs track writes in logs, this one
tracks them with libvirt checkpoints (`CheckpointTracker`). There are no logs to bound: the
dirty bitmaps live in the qcow2 images and cost a bit per cluster.

Resync-required is remembered in `<pair>.resync` beside the tracker's state: a cycle that
finds the checkpoints untrustworthy (CheckpointsDisagree) or the disks changed marks it, and
only a resync clears it, so no cycle ever ships a delta from a checkpoint it cannot trust.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.enums import RecoveryPointKind
from app.replication.errors import ResyncRequired
from app.replication.pair import PairStats
from app.replication.resync import ResyncResult
from app.replication.sparse import BLOCK_SIZE
from app.replication.transport import Transport

from .tracking import CheckpointTracker, TrackedCycle, TrackingState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PairDisk:
    disk_id: str  # the disk's target (vda, …)
    size_bytes: int


@dataclass
class CopyProgress:
    next_offset: int
    done: bool = False


class CheckpointPair:
    """One protected libvirt domain and its replica, for `ProtectionRunner`."""

    quiescer = None  # app-consistent points come from the guest agent's freeze (run_cycle)

    def __init__(
        self,
        domain: Any,
        *,
        pair_id: str,
        vm_id: str,
        transport: Transport,
        state_dir: Path,
        compress: bool = True,
        app_consistent: bool = False,
        backing_under: Path | None = None,
    ) -> None:
        self.pair_id = pair_id
        # The policy asks for app-consistent points: the first copy is one too (the runner
        # counts their cadence from it), so the first known-good point need not wait a period.
        self.app_consistent = app_consistent
        self.vm_id = vm_id
        self.transport = transport
        self.tracker = CheckpointTracker(
            domain,
            pair_id=pair_id,
            transport=transport,
            state_dir=state_dir,
            vm_id=vm_id,
            compress=compress,
            backing_under=backing_under,
        )
        self.stats = PairStats()
        self.not_quiesced = ""  # why the last app-consistent point asked for was not one
        self._resync_mark = Path(state_dir) / f"{pair_id}.resync"
        self._cycle_lock = threading.Lock()
        self._copying = False
        state = TrackingState.load(self.tracker.state_path)
        sizes = (
            state.disks
            if state
            else {target: info.virtual_size for target, (_, info) in self.tracker.check().items()}
        )
        self.disks = [PairDisk(target, size) for target, size in sizes.items()]

    # --- what the runner reads ----------------------------------------------------------------

    @property
    def resync_required(self) -> bool:
        return self._resync_mark.exists()

    @property
    def resync_reason(self) -> str:
        try:
            return self._resync_mark.read_text()
        except FileNotFoundError:
            return ""

    @property
    def pending_bytes(self) -> int:
        """Bytes the guest wrote since the newest checkpoint (libvirt's count of the bitmap)."""
        try:
            return self.tracker.pending_bytes() or 0
        except Exception:  # a domain gone or libvirt away: no figure rather than no status
            return 0

    def rpo_seconds(self, now: float | None = None) -> float | None:
        if self.stats.last_point_time is None:
            return None
        return (time.time() if now is None else now) - self.stats.last_point_time

    def initial_progress(self) -> list[CopyProgress | None]:
        if not self._copying and not self.tracker.copied:
            return [None for _ in self.disks]
        return [
            CopyProgress(self.tracker.copied.get(d.disk_id, 0), done=not self._copying)
            for d in self.disks
        ]

    def wait_idle(self) -> None:
        with self._cycle_lock:
            pass

    def bound_logs(self, *, blocking: bool = True, mark: bool = True) -> list[str]:
        return []  # no logs: dirty bitmaps do not grow with the writes

    # --- what the runner does -----------------------------------------------------------------

    def initial_replication(self, stop: threading.Event | None = None) -> bool:
        """The first copy: a point-in-time export of every disk, allocated extents only.
        An interrupted copy starts again from a new point-in-time export."""
        with self._cycle_lock:
            self._copying = True
            self.tracker.copied.clear()
            try:
                result = self.tracker.first_copy(quiesce=self.app_consistent)
            finally:
                self._copying = False
            self._resync_mark.unlink(missing_ok=True)
            if self.app_consistent:
                self.not_quiesced = result.not_quiesced
            self._record(result)
            return True

    def run_cycle(
        self, kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT
    ) -> TrackedCycle:
        with self._cycle_lock:
            if self.resync_required:
                raise ResyncRequired(self.resync_reason)
            try:
                result = self.tracker.cycle(quiesce=kind is RecoveryPointKind.APP_CONSISTENT)
            except ResyncRequired as exc:  # CheckpointsDisagree is one
                self._resync_mark.write_text(str(exc))
                log.warning("replication of %s needs a resync: %s", self.tracker.name, exc)
                raise
            except Exception as exc:
                self.stats.missed_cycles += 1
                self.stats.last_error = str(exc)
                raise
            if kind is RecoveryPointKind.APP_CONSISTENT:
                self.not_quiesced = result.not_quiesced
            self._record(result)
            return result

    def resync(self, then_cycle: bool = True) -> list[ResyncResult]:
        """A new first checkpoint; only the blocks that differ from the replica travel."""
        with self._cycle_lock:
            result = self.tracker.resync()
            self._resync_mark.unlink(missing_ok=True)
            self._record(result)
        return [
            ResyncResult(
                disk_id=d.disk_id,
                blocks_compared=next(p.size_bytes for p in self.disks if p.disk_id == d.disk_id)
                // BLOCK_SIZE,
                blocks_differing=d.entries,
                bytes_shipped=d.shipped_bytes,
            )
            for d in result.disks
        ]

    def _record(self, result: TrackedCycle) -> None:
        state = TrackingState.load(self.tracker.state_path)
        if state is not None:  # a disk that grew replicates at its new size from now on
            self.disks = [PairDisk(target, size) for target, size in state.disks.items()]
        s = self.stats
        s.successful_cycles += 1
        s.bytes_shipped_total += result.shipped_bytes
        s.last_cycle_bytes = result.shipped_bytes
        s.last_cycle_seconds = result.seconds
        s.last_cycle_time = time.time()
        s.last_point_time = result.cut_time
        s.last_error = ""
        s.history = [*s.history[-99:], (s.last_cycle_time, result.shipped_bytes)]
