"""The protection of one VM from enable to disable, as every estate runs it: the initial copy,
a delta cycle per copy frequency (app-consistent at the policy's cadence), missed cycles,
retention, the log bound, pause, resume and resync, and the state that must survive a restart.

An estate supplies what only it knows: its clock (the lab's runs faster than real time),
whether the two hosts can reach each other, and the pair (disks, transport, quiescer). Disk
work runs on threads (asyncio.to_thread), so the control plane's loop never waits on a disk.

Missed cycles are counted as they are missed: a cycle whose turn finds the replica out of
reach counts at once, and a cycle still running when the next one is due (a throttled or
hung link) counts that turn, every copy frequency, without waiting for its end.

A full disk on either side is a state, not a failure: cycles (and an initial copy or resync)
retry with a backoff capped at the copy frequency, `figures()` names the full side, and
replication resumes by itself when space returns. The cycle scheduler survives any error (its
traceback logged once per streak, a missed cycle counted, retried). A source log that outgrows
half its disk makes the pair resync-required instead of growing on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

from app.domain.enums import RecoveryPointKind
from app.domain.fabric import FabricError, Progress, ResyncResult
from app.domain.model import Policy

from .errors import FULL_ERRNOS, ReplicationError, StorageFull
from .journal import RecoveryPointRecord
from .pair import PairStats, Quiescer, vm_points
from .resync import ResyncResult as ResyncResultRecord

log = logging.getLogger(__name__)
T = TypeVar("T")

# While storage is full: the first retry after this many real seconds, doubling, never more
# than the copy frequency.
FULL_RETRY_FIRST_SECONDS = 0.5
# How long an initial copy or resync (a job's step) waits for space, in estate seconds,
# before it fails (the job can be run again; a copy resumes where it stopped).
FULL_WAIT_SECONDS = 3600.0


class EstateClock(Protocol):
    """Time as the estate keeps it. A real estate's is the wall clock (factor 1)."""

    factor: float

    def now(self) -> datetime: ...

    def seconds(self, estate_seconds: float) -> float:
        """Real seconds that `estate_seconds` of the estate's time take."""
        ...

    def estate_time(self, real: datetime) -> datetime:
        """The estate's time at which a real wall-clock moment happened."""
        ...


class WallClock:
    factor = 1.0

    def now(self) -> datetime:
        return datetime.now(UTC)

    def seconds(self, estate_seconds: float) -> float:
        return estate_seconds

    def estate_time(self, real: datetime) -> datetime:
        return real


class PairDisk(Protocol):
    @property
    def disk_id(self) -> str: ...

    @property
    def size_bytes(self) -> int: ...


class CopyProgress(Protocol):
    @property
    def next_offset(self) -> int: ...


class Pair(Protocol):
    """One VM's disks and their replica, as the runner drives them: the lab's
    `ReplicationPair` (write logs) or a real estate's (e.g. libvirt checkpoints)."""

    pair_id: str
    stats: PairStats

    @property
    def disks(self) -> Sequence[PairDisk]: ...

    @property
    def quiescer(self) -> Quiescer | None: ...

    @property
    def pending_bytes(self) -> int: ...

    @property
    def resync_required(self) -> bool: ...

    @property
    def resync_reason(self) -> str: ...

    def initial_replication(self, stop: threading.Event | None = None) -> bool: ...

    def initial_progress(self) -> Sequence[CopyProgress | None]: ...

    def run_cycle(self, kind: RecoveryPointKind = ...) -> object: ...

    def resync(self, then_cycle: bool = True) -> list[ResyncResultRecord]: ...

    def wait_idle(self) -> None: ...

    def bound_logs(self, *, blocking: bool = True, mark: bool = True) -> list[str]: ...

    def rpo_seconds(self, now: float | None = None) -> float | None: ...


PairT = TypeVar("PairT", bound=Pair)


class ReplicaPoints(Protocol):
    """The replica host's recovery points of one pair, as the runner reads and prunes them."""

    def points(self, pair_id: str, disk_id: str) -> list[RecoveryPointRecord]: ...

    def prune(self, pair_id: str, disk_id: str, retention_hours: float) -> list[int]: ...


def full_side(exc: BaseException | None) -> str | None:
    """The full side, "replica" or "source", when `exc` (or its cause) is a full disk or quota;
    "" when it is one but does not say where (a plain OSError); None for anything else."""
    for _ in range(8):  # a short walk down the chain of causes
        if exc is None:
            return None
        if isinstance(exc, StorageFull):
            return exc.side
        if isinstance(exc, OSError) and exc.errno in FULL_ERRNOS:
            return ""
        exc = exc.__cause__ or exc.__context__
    return None


@dataclass(frozen=True)
class Figures:
    """What the runner knows of its VM's replication at one moment (estate time)."""

    observed_at: datetime
    last_replication: datetime | None
    rpo_seconds: float | None
    pending_bytes: int
    throughput_bps: float
    successful_cycles: int
    missed_cycles: int
    resync_required: bool
    points: list[RecoveryPointRecord]  # common to every disk, oldest first
    full: dict[str, str]  # side → what the storage said
    reachable: bool = True  # the estate's reachable(): the replica's host can be reached now
    resync_reason: str = ""  # why resync_required, as the pair found it


@dataclass
class RunnerState:
    """The part of a runner that a restart must find again."""

    initial_done: bool = False  # a turned-around pair counts: its resync plays that part
    replicating: bool = True  # cycles meant to run (cleared while stopped or paused)
    last_app_consistent: float = 0.0  # estate timestamp
    missed_in_a_row: int = 0


@dataclass
class ProtectionRunner(Generic[PairT]):
    """One VM's replication on its source host."""

    name: str  # the VM's name, for messages
    pair: PairT
    policy: Policy
    replica: ReplicaPoints
    clock: EstateClock = field(default_factory=WallClock)
    reachable: Callable[[], bool] = lambda: True
    # Which side a full disk is on when the error does not say (an estate may know better).
    side_of: Callable[[BaseException], str] = lambda _exc: "source"
    state: RunnerState = field(default_factory=RunnerState)
    stop: threading.Event = field(default_factory=threading.Event)
    cycles: asyncio.Task | None = None
    full: dict[str, str] = field(default_factory=dict)  # side → detail; cleared by a success
    failing: bool = False  # an unexpected error's traceback is logged (once per streak)
    last_missed: float = 0.0  # monotonic: when a missed cycle was last counted

    # --- the initial copy and the cycles ----------------------------------------------------

    async def initial_replication(self, progress: Progress) -> None:
        """Copy every disk (resuming where it stopped), then cycle. Repeatable: after the
        copy finished it only makes sure cycles run."""
        if self.state.initial_done:
            if self.state.replicating:
                self.start()
            await progress(1.0)
            return
        pair = self.pair

        async def copy_watched() -> bool:
            copy = asyncio.create_task(asyncio.to_thread(pair.initial_replication, self.stop))
            while not copy.done():
                await asyncio.wait({copy}, timeout=0.5)
                # How far each disk's copy has read (a disk not started yet counts as 0).
                total = sum(d.size_bytes for d in pair.disks) or 1
                copied = sum(p.next_offset for p in pair.initial_progress() if p is not None)
                await progress(min(copied / total, 0.99))
            return copy.result()

        what = f"initial replication of {self.name}"
        if not await self._until_room(what, copy_watched):
            raise FabricError(f"initial replication of {self.name} was stopped")
        self.state.last_app_consistent = self.clock.now().timestamp()
        self.state.initial_done = True
        self.start()

    def start(self) -> None:
        """Cycles from now on (idempotent). Needs a running loop."""
        self.state.replicating = True
        if self.cycles is None or self.cycles.done():
            self.cycles = asyncio.create_task(self._cycles(), name=f"cycles-{self.name}")

    async def halt(self) -> None:
        """No more cycles; returns once a cycle in flight has finished on its thread."""
        self.state.replicating = False
        if self.cycles is not None:
            self.cycles.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.cycles
            self.cycles = None
            # A cycle's thread outlives its cancelled task: wait until it has finished.
            await asyncio.to_thread(self.pair.wait_idle)

    async def pause(self) -> None:
        if not self.state.initial_done:
            raise FabricError(f"the initial copy of {self.name} has not finished")
        await self.halt()  # the guest writes on; its log keeps them

    async def resume(self) -> None:
        if not self.state.initial_done:
            raise FabricError(f"the initial copy of {self.name} has not finished")
        self.start()

    async def resync(self, progress: Progress) -> ResyncResult:
        """Stop cycles, compare block hashes with the replica and ship what differs (which
        clears resync-required on the source disks), then cycle again."""
        if not self.reachable():
            raise FabricError(f"the replica of {self.name} cannot be reached")
        await self.halt()
        try:
            results = await self._until_room(
                f"resynchronization of {self.name}",
                lambda: asyncio.to_thread(self.pair.resync),
            )
        finally:
            self.start()
        await progress(1.0)
        return ResyncResult(
            blocks_compared=sum(r.blocks_compared for r in results),
            blocks_shipped=sum(r.blocks_differing for r in results),
            bytes_shipped=sum(r.bytes_shipped for r in results),
        )

    # --- failover and reverse replication ---------------------------------------------------

    async def final_sync(self, clean: bool) -> None:
        """A planned failover's last cycle, with the VM shut down: app-consistent when it
        stopped cleanly (no open transaction), else crash-consistent."""
        kind = RecoveryPointKind.APP_CONSISTENT if clean else RecoveryPointKind.CRASH_CONSISTENT
        try:
            await asyncio.to_thread(self.pair.run_cycle, kind)
        except (ReplicationError, OSError) as exc:
            raise FabricError(f"final sync of {self.name}: {exc}") from exc

    def turned_around(self) -> None:
        """This runner's pair was built by a reverse-replication turn-around: the replica is
        the old side's disks, so no initial copy; no cycles until `reverse_resync` has run."""
        self.state.initial_done = True  # the resync that follows plays the initial copy's part
        self.state.replicating = False

    async def reverse_resync(self) -> list[ResyncResultRecord]:
        """A turned-around pair's resync (only differing blocks travel), then cycles."""
        try:
            results = await asyncio.to_thread(self.pair.resync, True)
        except (ReplicationError, OSError) as exc:
            raise FabricError(f"reverse replication of {self.name}: {exc}") from exc
        self.state.last_app_consistent = self.clock.now().timestamp()
        self.start()
        return results

    async def close(self) -> None:
        """Stop everything (disable protection, or the process stopping)."""
        self.stop.set()
        await self.halt()

    async def _until_room(self, what: str, run: Callable[[], Awaitable[T]]) -> T:
        """`run()` (an initial copy or a resync: both resume where they stopped), again with a
        backoff while storage is full, for up to FULL_WAIT_SECONDS; a data-plane error
        becomes a FabricError naming `what`."""
        every = self.clock.seconds(self.policy.copy_frequency_seconds)
        deadline = time.monotonic() + self.clock.seconds(FULL_WAIT_SECONDS)
        backoff = FULL_RETRY_FIRST_SECONDS
        while True:
            try:
                result = await run()
            except Exception as exc:
                side = full_side(exc)
                if side is None:
                    if isinstance(exc, ReplicationError):
                        raise FabricError(f"{what}: {exc}") from exc
                    raise
                self._storage_full(side, exc)
                if self.stop.is_set() or time.monotonic() >= deadline:
                    raise FabricError(f"{what}: storage is still full: {exc}") from exc
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, every)
                continue
            self._space_back()
            return result

    async def _cycles(self) -> None:
        """A cycle per copy frequency; sooner (with a backoff capped at the copy frequency)
        while storage is full or after an unexpected error. Ends only when cancelled."""
        backoff = FULL_RETRY_FIRST_SECONDS
        delay = self.clock.seconds(self.policy.copy_frequency_seconds)
        while True:
            await asyncio.sleep(delay)
            every = self.clock.seconds(self.policy.copy_frequency_seconds)
            try:
                retry = await self._counting_overdue(self._cycle_once(), every)
                if self.failing:
                    log.info("cycles of %s run again", self.name)
                    self.failing = False
            except asyncio.CancelledError:
                raise
            except Exception:  # never the end of the scheduler: logged once, counted, retried
                if not self.failing:
                    log.exception("cycle of %s failed unexpectedly; retrying", self.name)
                    self.failing = True
                self._missed(counted_every=every)
                retry = True
            if retry:
                delay = min(backoff, every)
                backoff = min(backoff * 2, every)
            else:
                delay, backoff = every, FULL_RETRY_FIRST_SECONDS

    async def _counting_overdue(self, cycle: Awaitable[bool], every: float) -> bool:
        """Run one cycle; every copy frequency it is still running (a throttled or hung link)
        the next cycle's turn goes by, and is counted missed then, not when the cycle ends."""
        task = asyncio.ensure_future(cycle)
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=every)
                if done:
                    return task.result()
                self._missed()
        finally:
            if not task.done():
                task.cancel()

    async def _cycle_once(self) -> bool:
        """One cycle; returns whether to retry before the next copy-frequency tick."""
        policy = self.policy
        every = self.clock.seconds(policy.copy_frequency_seconds)
        now = self.clock.now().timestamp()
        app_every = policy.app_consistent_frequency_hours * 3600
        kind = RecoveryPointKind.CRASH_CONSISTENT
        if app_every and now - self.state.last_app_consistent >= app_every:
            kind = RecoveryPointKind.APP_CONSISTENT
        await asyncio.to_thread(self.bound_logs)
        if not self.reachable():
            self._missed()
            return False
        try:
            await asyncio.to_thread(self.pair.run_cycle, kind)
        except TimeoutError:  # (an OSError: first)
            # The guest never reached a transaction boundary (e.g. a write rate of 0 with
            # a transaction open, or paused by a full disk mid-transaction): no
            # app-consistent point this time, and let it go on.
            if self.pair.quiescer is not None:
                self.pair.quiescer.resume()
            self._missed()
            return False
        except (ReplicationError, OSError) as exc:
            side = full_side(exc)
            if side is not None:
                self._storage_full(side, exc)
                self._missed(counted_every=every)
                return True
            self._missed()
            log.info("cycle of %s missed: %s", self.name, exc)
            return False
        self._space_back()
        self.state.missed_in_a_row = 0
        self.last_missed = 0.0
        if kind is RecoveryPointKind.APP_CONSISTENT:
            self.state.last_app_consistent = now
        await asyncio.to_thread(self.prune)
        return False

    def _missed(self, counted_every: float = 0.0) -> None:
        """Count a missed cycle; retries sooner than the copy frequency count once per
        `counted_every` real seconds (so the count stays in cycles, not attempts)."""
        moment = time.monotonic()
        if counted_every and moment - self.last_missed < counted_every:
            return
        self.state.missed_in_a_row += 1
        self.last_missed = moment

    def _storage_full(self, side: str, exc: BaseException) -> None:
        side = side or self.side_of(exc)
        if side not in self.full:
            log.warning(
                "%s storage of %s is full: replication waits for space (%s)", side, self.name, exc
            )
        self.full[side] = str(exc)

    def _space_back(self) -> None:
        if self.full:
            log.info("storage of %s has room again: replication resumed", self.name)
            self.full.clear()

    # --- retention, the log bound, figures ---------------------------------------------------

    def prune(self) -> None:
        """Retention: drop points older than the policy keeps (in estate hours; the replica
        keeps real timestamps). Blocks: disk I/O."""
        hours = self.policy.recovery_point_retention_hours / self.clock.factor
        for disk in self.pair.disks:
            self.replica.prune(self.pair.pair_id, disk.disk_id, hours)

    def bound_logs(self, blocking: bool = True) -> None:
        """Hyper-V Replica's rule (see ReplicationPair.bound_logs); once the initial copy is
        done. Before the first copy has begun (a scheduled start far ahead) every log is
        superseded by the copy, so past the bound they are dropped with no resync; once it
        has begun, its logs are the first cycle's material and stay. Blocks."""
        if not self.state.initial_done:
            if all(p is None for p in self.pair.initial_progress()):
                self.pair.bound_logs(blocking=blocking, mark=False)
            return
        try:
            marked = self.pair.bound_logs(blocking=blocking)
        except (ReplicationError, OSError) as exc:
            side = full_side(exc)
            if side is None:
                raise
            self._storage_full(side or "source", exc)
            return
        if marked:
            log.warning(
                "the write log of %s outgrew half its disk (%s): resync required",
                self.name,
                ", ".join(marked),
            )

    def points(self) -> list[RecoveryPointRecord]:
        """The VM's recovery points (those every disk holds). Blocks."""
        per_disk = []
        for disk in self.pair.disks:
            try:
                per_disk.append(self.replica.points(self.pair.pair_id, disk.disk_id))
            except (OSError, ReplicationError):
                per_disk.append([])  # a pair a failover turned around while we looked
        return vm_points(per_disk)

    def figures(self, *, bound: bool = True) -> Figures:
        """Where replication stands, on the estate's clock; with `bound`, the log bound is
        kept too (paused replication does not cycle, but its log must stay bounded). Blocks
        (reads the replica)."""
        if bound:
            try:
                self.bound_logs(blocking=False)
            except Exception:
                log.exception("bounding the write log of %s failed", self.name)
        pair = self.pair
        rpo = pair.rpo_seconds()
        last = pair.stats.last_point_time
        return Figures(
            observed_at=self.clock.now(),
            last_replication=(
                self.clock.estate_time(datetime.fromtimestamp(last, UTC)) if last else None
            ),
            rpo_seconds=None if rpo is None else rpo * self.clock.factor,
            pending_bytes=pair.pending_bytes,
            throughput_bps=pair.stats.throughput_bps,
            successful_cycles=pair.stats.successful_cycles,
            missed_cycles=self.state.missed_in_a_row,
            resync_required=pair.resync_required,
            resync_reason=pair.resync_reason if pair.resync_required else "",
            points=self.points(),
            full=dict(self.full),
            reachable=self.reachable(),
        )

    # --- restart safety ---------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            "initial_done": self.state.initial_done,
            "replicating": self.state.replicating,
            "last_app_consistent": self.state.last_app_consistent,
            "missed_in_a_row": self.state.missed_in_a_row,
        }

    def restore(self, saved: dict[str, Any]) -> None:
        """Take up a snapshot after a restart (nothing starts here): its state, and the newest
        point's cut, so RPO is right before the first cycle. Blocks."""
        self.state = RunnerState(
            initial_done=saved["initial_done"],
            replicating=saved["replicating"],
            last_app_consistent=saved["last_app_consistent"],
            missed_in_a_row=saved.get("missed_in_a_row", 0),
        )
        try:
            points = self.points()
        except (OSError, ReplicationError) as exc:
            log.warning("replica of %s did not open: %s", self.name, exc)
            return
        if points:
            self.pair.stats.last_point_time = points[-1].time.timestamp()
