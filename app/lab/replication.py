"""Replication in the lab: real images on each host's storage folder, a guest workload writing
to the protected VMs, and a cycle per copy frequency (on the lab clock) shipping deltas to the
recovery host's replica service.

Pairs run their disk work on threads (asyncio.to_thread) so the control plane's loop never
waits on a disk.

A full disk on either side is a state, not a failure: cycles (and an initial copy or resync)
retry with a backoff capped at the copy frequency, the status names the full side and host,
and replication resumes by itself when space returns. The cycle scheduler survives any
error (its traceback logged once per streak, a missed cycle counted, retried). A source log
that outgrows half its disk makes the pair resync-required instead of growing on.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from app.domain.enums import RecoveryPointKind
from app.domain.fabric import (
    FabricError,
    FullStorage,
    Progress,
    ReplicationStatus,
    ResyncResult,
)
from app.domain.model import Policy, RecoveryPoint
from app.replication import (
    DirectTransport,
    FsyncPolicy,
    LinkLimits,
    ReplicaService,
    ReplicationError,
    ReplicationPair,
    TrackedDisk,
    vm_points,
)
from app.replication.errors import FULL_ERRNOS, StorageFull

from .clock import LabClock
from .estate import Estate, LabVm
from .workload import GuestWorkload, WorkloadConfig

log = logging.getLogger(__name__)
T = TypeVar("T")

# While storage is full: the first retry after this many real seconds, doubling, never more
# than the copy frequency.
FULL_RETRY_FIRST_SECONDS = 0.5
# How long an initial copy or resync (a job's step) waits for space, in lab seconds, before
# it fails (the job can be run again; a copy resumes where it stopped).
FULL_WAIT_LAB_SECONDS = 3600.0


@dataclass
class Protection:
    """One VM's replication in the lab."""

    vm: LabVm
    target_host_id: str
    policy: Policy
    disks: list[TrackedDisk]
    workload: GuestWorkload
    pair: ReplicationPair
    transport: DirectTransport
    service: ReplicaService
    cycles: asyncio.Task | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    last_app_consistent: float = 0.0  # lab timestamp
    missed_in_a_row: int = 0
    # Where the tracked disks are: the VM's host until a failover moves the VM (the pair's
    # direction never changes; reverse replication builds a new Protection).
    source_host_id: str = ""

    # The first full copy has finished (a turned-around pair counts: its resync plays that
    # part). Until then a repeated initial_replication resumes the copy.
    initial_done: bool = False
    # Whether cycles are meant to run: cleared while a failover has stopped them or a
    # resync is pending. (The task itself is `cycles`.)
    replicating: bool = True
    restore_running: bool = False  # after a restart: the workload ran before it
    # Full storage met by the cycles, the copy or the resync, by side ("replica", "source"):
    # what the storage said. Cleared by the next success.
    full: dict[str, str] = field(default_factory=dict)
    failing: bool = False  # an unexpected error's traceback is logged (once per streak)
    last_missed: float = 0.0  # monotonic: when a missed cycle was last counted

    def __post_init__(self) -> None:
        self.source_host_id = self.source_host_id or self.vm.host_id


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


def point_id(vm_id: str, cycle_id: int) -> str:
    """A VM's recovery point id as the fabric reports it (and failover accepts it back)."""
    return f"rp-{vm_id}-{cycle_id}"


class LabReplication:
    def __init__(self, folder: Path, estate: Estate, clock: LabClock):
        self.folder = Path(folder)
        self.estate = estate
        self.clock = clock
        self.limits = LinkLimits()
        self.link_up = True
        self._services: dict[str, ReplicaService] = {}
        self.protections: dict[str, Protection] = {}
        # Writes the lab's state file (LabFabric sets it); called where an operation must be
        # on disk before it goes on (e.g. before a reverse replication turns a pair around).
        self.persist: Callable[[], None] = lambda: None

    def host_folder(self, host_id: str) -> Path:
        return self.folder / "hosts" / host_id

    def service(self, host_id: str) -> ReplicaService:
        if host_id not in self._services:
            self._services[host_id] = ReplicaService(self.host_folder(host_id) / "replicas")
        return self._services[host_id]

    def vm(self, vm_id: str) -> LabVm:
        for vm in self.estate.vms:
            if vm.id == vm_id:
                return vm
        raise FabricError(f"no VM with id '{vm_id}' in the lab")

    def _open_disks(self, vm: LabVm, host_id: str) -> list[TrackedDisk]:
        """The VM's tracked disks on `host_id` (created empty the first time)."""
        folder = self.host_folder(host_id) / vm.id
        folder.mkdir(parents=True, exist_ok=True)
        lock = threading.RLock()  # one lock per VM: a cycle cuts all its disks at once
        disks = []
        for disk in vm.disks:
            image = folder / f"{disk.id}.img"
            if image.exists():
                disks.append(TrackedDisk.open(image, fsync=FsyncPolicy.ROTATE, lock=lock))
            else:
                disks.append(
                    TrackedDisk.create(
                        image,
                        vm_id=vm.id,
                        disk_id=disk.id,
                        size_bytes=disk.size_bytes,
                        fsync=FsyncPolicy.ROTATE,
                        lock=lock,
                    )
                )
        return disks

    def build(
        self, vm: LabVm, source_host_id: str, target_host_id: str, policy: Policy, pair_id: str
    ) -> Protection:
        """A Protection over the VM's disks on `source_host_id` (opened, or created empty) with
        its guest workload (not started), replicating to `target_host_id`. Blocks: disk I/O."""
        disks = self._open_disks(vm, source_host_id)
        history = self.host_folder(source_host_id) / vm.id / "history.sbwh"
        workload = GuestWorkload(
            vm.id,
            disks,
            history,
            WorkloadConfig(seed=hash(vm.id) & 0xFFFF, writes_per_second=vm.writes_per_second),
        )
        service = self.service(target_host_id)
        transport = DirectTransport(service, self.limits.bucket(source_host_id, target_host_id))
        transport.link_up = self.link_up
        pair = ReplicationPair(
            pair_id, disks, transport, compress=policy.compression, quiescer=workload
        )
        return Protection(
            vm,
            target_host_id,
            policy,
            disks,
            workload,
            pair,
            transport,
            service,
            source_host_id=source_host_id,
        )

    # --- the protocol -----------------------------------------------------------------------

    async def enable_replication(self, vm_id: str, target_host_id: str, policy: Policy) -> None:
        if vm_id in self.protections:
            self.protections[vm_id].policy = policy
            return
        vm = self.vm(vm_id)
        if not self.estate.site_of_host(vm.host_id).up:
            raise FabricError(f"the primary site of {vm.name} is down")
        if not self.estate.site_of_host(target_host_id).up:
            raise FabricError("the recovery site is down")
        protection = await asyncio.to_thread(
            self.build, vm, vm.host_id, target_host_id, policy, f"pair-{vm.id}"
        )
        if vm_id in self.protections:  # a concurrent call won the race
            await asyncio.to_thread(self._close, protection, False)
            return
        self.protections[vm_id] = protection
        protection.workload.start()

    async def initial_replication(self, vm_id: str, progress: Progress) -> None:
        protection = self._protection(vm_id)
        if protection.initial_done:
            # A job repeating its step after a restart: the copy finished before.
            if protection.replicating:
                self.start_cycles(protection)
            await progress(1.0)
            return
        pair = protection.pair

        async def copy_watched() -> bool:
            copy = asyncio.create_task(asyncio.to_thread(pair.initial_replication, protection.stop))
            while not copy.done():
                await asyncio.wait({copy}, timeout=0.5)
                # How far each disk's copy has read (a disk not started yet counts as 0).
                total = sum(d.size_bytes for d in pair.disks) or 1
                copied = sum(p.next_offset for p in pair.initial_progress() if p is not None)
                await progress(min(copied / total, 0.99))
            return copy.result()

        what = f"initial replication of {protection.vm.name}"
        finished = await self._until_room(protection, what, copy_watched)
        if not finished:
            raise FabricError(f"initial replication of {protection.vm.name} was stopped")
        protection.last_app_consistent = self.clock.now().timestamp()
        protection.initial_done = True
        self.start_cycles(protection)

    def start_cycles(self, protection: Protection) -> None:
        protection.replicating = True
        if protection.cycles is None or protection.cycles.done():
            protection.cycles = asyncio.create_task(
                self._cycles(protection), name=f"cycles-{protection.vm.id}"
            )

    async def stop_cycles(self, protection: Protection) -> None:
        protection.replicating = False
        if protection.cycles is not None:
            protection.cycles.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await protection.cycles
            protection.cycles = None
            # A cycle's thread outlives its cancelled task: wait until it has finished.
            await asyncio.to_thread(_wait_idle, protection.pair)

    async def pause_replication(self, vm_id: str) -> None:
        protection = self._protection(vm_id)
        if not protection.initial_done:
            raise FabricError(f"the initial copy of {protection.vm.name} has not finished")
        await self.stop_cycles(protection)  # the guest writes on; its log keeps them

    async def resume_replication(self, vm_id: str) -> None:
        protection = self._protection(vm_id)
        if not protection.initial_done:
            raise FabricError(f"the initial copy of {protection.vm.name} has not finished")
        self.start_cycles(protection)

    async def resync_replication(self, vm_id: str, progress: Progress) -> ResyncResult:
        """Stop cycles, compare block hashes with the replica and ship what differs (which
        clears resync-required on the source disks), then cycle again."""
        protection = self._protection(vm_id)
        if not self._reachable(protection):
            raise FabricError(f"the replica of {protection.vm.name} cannot be reached")
        await self.stop_cycles(protection)
        try:
            results = await self._until_room(
                protection,
                f"resynchronization of {protection.vm.name}",
                lambda: asyncio.to_thread(protection.pair.resync),
            )
        finally:
            self.start_cycles(protection)
        await progress(1.0)
        return ResyncResult(
            blocks_compared=sum(r.blocks_compared for r in results),
            blocks_shipped=sum(r.blocks_differing for r in results),
            bytes_shipped=sum(r.bytes_shipped for r in results),
        )

    async def _until_room(
        self, protection: Protection, what: str, run: Callable[[], Awaitable[T]]
    ) -> T:
        """`run()` (an initial copy or a resync: both resume where they stopped), again with a
        backoff while storage is full, for up to FULL_WAIT_LAB_SECONDS; a data-plane error
        becomes a FabricError naming `what`."""
        every = self.clock.seconds(protection.policy.copy_frequency_seconds)
        deadline = time.monotonic() + self.clock.seconds(FULL_WAIT_LAB_SECONDS)
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
                self._storage_full(protection, side, exc)
                if protection.stop.is_set() or time.monotonic() >= deadline:
                    raise FabricError(f"{what}: storage is still full: {exc}") from exc
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, every)
                continue
            self._space_back(protection)
            return result

    async def disable_replication(self, vm_id: str, delete_replica: bool) -> None:
        protection = self.protections.pop(vm_id, None)
        if protection is None:
            return
        protection.stop.set()
        await self.stop_cycles(protection)
        await asyncio.to_thread(self._close, protection, delete_replica)

    def _close(self, protection: Protection, delete_replica: bool) -> None:
        protection.workload.close()
        for disk in protection.disks:
            disk.close()
        if delete_replica:
            protection.service.close()
            self._services.pop(protection.target_host_id, None)
            shutil.rmtree(protection.service.root / protection.pair.pair_id, ignore_errors=True)

    async def replication_status(self) -> dict[str, ReplicationStatus]:
        return {
            vm_id: await asyncio.to_thread(self._status, p)
            for vm_id, p in list(self.protections.items())
        }

    # --- cycles -----------------------------------------------------------------------------

    async def _cycles(self, protection: Protection) -> None:
        """A cycle per copy frequency; sooner (with a backoff capped at the copy frequency)
        while storage is full or after an unexpected error. Ends only when cancelled."""
        backoff = FULL_RETRY_FIRST_SECONDS
        delay = self.clock.seconds(protection.policy.copy_frequency_seconds)
        while True:
            await asyncio.sleep(delay)
            every = self.clock.seconds(protection.policy.copy_frequency_seconds)
            try:
                retry = await self._cycle_once(protection)
                if protection.failing:
                    log.info("cycles of %s run again", protection.vm.name)
                    protection.failing = False
            except asyncio.CancelledError:
                raise
            except Exception:  # never the end of the scheduler: logged once, counted, retried
                if not protection.failing:
                    log.exception("cycle of %s failed unexpectedly; retrying", protection.vm.name)
                    protection.failing = True
                self._missed(protection, counted_every=every)
                retry = True
            if retry:
                delay = min(backoff, every)
                backoff = min(backoff * 2, every)
            else:
                delay, backoff = every, FULL_RETRY_FIRST_SECONDS

    async def _cycle_once(self, protection: Protection) -> bool:
        """One cycle; returns whether to retry before the next copy-frequency tick."""
        policy = protection.policy
        every = self.clock.seconds(policy.copy_frequency_seconds)
        now = self.clock.now().timestamp()
        app_every = policy.app_consistent_frequency_hours * 3600
        kind = RecoveryPointKind.CRASH_CONSISTENT
        if app_every and now - protection.last_app_consistent >= app_every:
            kind = RecoveryPointKind.APP_CONSISTENT
        await asyncio.to_thread(self._bound_logs, protection)
        if not self._reachable(protection):
            self._missed(protection)
            return False
        try:
            await asyncio.to_thread(protection.pair.run_cycle, kind)
        except TimeoutError:  # (an OSError: first)
            # The guest never reached a transaction boundary (e.g. a write rate of 0 with
            # a transaction open, or paused by a full disk mid-transaction): no
            # app-consistent point this time, and let it go on.
            protection.workload.resume()
            self._missed(protection)
            return False
        except (ReplicationError, OSError) as exc:
            side = full_side(exc)
            if side is not None:
                self._storage_full(protection, side, exc)
                self._missed(protection, counted_every=every)
                return True
            self._missed(protection)
            log.info("cycle of %s missed: %s", protection.vm.name, exc)
            return False
        self._space_back(protection)
        protection.missed_in_a_row = 0
        protection.last_missed = 0.0
        if kind is RecoveryPointKind.APP_CONSISTENT:
            protection.last_app_consistent = now
        await asyncio.to_thread(self._prune, protection)
        return False

    def _missed(self, protection: Protection, counted_every: float = 0.0) -> None:
        """Count a missed cycle; retries sooner than the copy frequency count once per
        `counted_every` real seconds (so the count stays in cycles, not attempts)."""
        moment = time.monotonic()
        if counted_every and moment - protection.last_missed < counted_every:
            return
        protection.missed_in_a_row += 1
        protection.last_missed = moment

    def _storage_full(self, protection: Protection, side: str, exc: BaseException) -> None:
        side = side or self._guess_side(protection, exc)
        if side not in protection.full:
            host = self._full_host(protection, side)
            log.warning(
                "%s storage of %s on %s is full: replication waits for space (%s)",
                side,
                protection.vm.name,
                host,
                exc,
            )
        protection.full[side] = str(exc)

    def _space_back(self, protection: Protection) -> None:
        if protection.full:
            log.info("storage of %s has room again: replication resumed", protection.vm.name)
            protection.full.clear()

    def _full_host(self, protection: Protection, side: str) -> str:
        return protection.target_host_id if side == "replica" else protection.source_host_id

    def _guess_side(self, protection: Protection, exc: BaseException) -> str:
        """The side of a full disk the error does not name: by the file it names, else the
        host whose storage has less room."""
        target = self.host_folder(protection.target_host_id)
        source = self.host_folder(protection.source_host_id)
        cause: BaseException | None = exc
        while cause is not None:
            name = getattr(cause, "filename", None)
            if name:
                path = Path(str(name))
                if path.is_relative_to(target):
                    return "replica"
                if path.is_relative_to(source):
                    return "source"
            cause = cause.__cause__ or cause.__context__

        def free(folder: Path) -> int:
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return 1 << 62

        return "replica" if free(target) < free(source) else "source"

    def _bound_logs(self, protection: Protection, blocking: bool = True) -> None:
        """Hyper-V Replica's rule (see ReplicationPair.bound_logs); once the initial copy is
        done (until then the copy's own log is the first cycle's material)."""
        if not protection.initial_done:
            return
        try:
            marked = protection.pair.bound_logs(blocking=blocking)
        except (ReplicationError, OSError) as exc:
            side = full_side(exc)
            if side is None:
                raise
            self._storage_full(protection, side or "source", exc)
            return
        if marked:
            log.warning(
                "the write log of %s outgrew half its disk (%s): resync required",
                protection.vm.name,
                ", ".join(marked),
            )

    def _reachable(self, protection: Protection) -> bool:
        return (
            self.link_up
            and self.estate.site_of_host(protection.source_host_id).up
            and self.estate.site_of_host(protection.target_host_id).up
        )

    def _prune(self, protection: Protection) -> None:
        # Retention is in lab hours; the replica keeps real timestamps.
        hours = protection.policy.recovery_point_retention_hours / self.clock.factor
        for disk in protection.disks:
            replica = protection.service.replica(protection.pair.pair_id, disk.disk_id)
            if replica is not None:
                replica.prune(hours)

    def _status(self, protection: Protection) -> ReplicationStatus:
        pair = protection.pair
        if not protection.restore_running:
            try:  # paused replication does not cycle, but its log must stay bounded too
                self._bound_logs(protection, blocking=False)
            except Exception:
                log.exception("bounding the write log of %s failed", protection.vm.name)
        guest_paused = protection.workload.paused_for_space
        full = {
            side: FullStorage(side, self._full_host(protection, side), detail)
            for side, detail in protection.full.items()
        }
        if guest_paused and "source" not in full:
            full["source"] = FullStorage(
                "source", protection.source_host_id, str(protection.workload.paused)
            )
        per_disk = []
        for disk in protection.disks:
            try:
                replica = protection.service.replica(pair.pair_id, disk.disk_id)
            except (OSError, ReplicationError):
                replica = None  # a pair a failover turned around while we looked
            per_disk.append(replica.points() if replica is not None else [])
        points = [
            RecoveryPoint(
                id=point_id(protection.vm.id, p.cycle_id),
                item_id=protection.vm.id,
                time=self.clock.lab_time(p.time),
                kind=p.kind,
                cycle_id=p.cycle_id,
            )
            for p in vm_points(per_disk)
        ]
        rpo = pair.rpo_seconds()
        last = pair.stats.last_point_time
        return ReplicationStatus(
            vm_id=protection.vm.id,
            observed_at=self.clock.now(),
            last_replication=(
                self.clock.lab_time(datetime.fromtimestamp(last, UTC)) if last else None
            ),
            rpo_seconds=None if rpo is None else rpo * self.clock.factor,
            pending_bytes=pair.pending_bytes,
            throughput_bps=pair.stats.throughput_bps,
            successful_cycles=pair.stats.successful_cycles,
            missed_cycles=protection.missed_in_a_row,
            resync_required=pair.resync_required,
            recovery_points=points,
            source_host_id=protection.source_host_id,
            target_host_id=protection.target_host_id,
            storage_full=tuple(full.values()),
            guest_paused=guest_paused,
        )

    # --- restart safety ---------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """What the state file keeps of each protection (see app.lab.state)."""
        return {
            vm_id: {
                "source_host_id": p.source_host_id,
                "target_host_id": p.target_host_id,
                "pair_id": p.pair.pair_id,
                "policy": p.policy.model_dump(mode="json"),
                "initial_done": p.initial_done,
                "replicating": p.replicating,
                "running": p.workload.running or p.restore_running,
                "last_app_consistent": p.last_app_consistent,
                "missed_in_a_row": p.missed_in_a_row,
            }
            for vm_id, p in self.protections.items()
        }

    def restore(self, saved: dict[str, Any], skip: set[str]) -> None:
        """Reopen every saved protection (disks continue their logs, the workload its history;
        replicas recover on first use). Nothing starts here: see `resume`."""
        for vm_id, entry in saved.items():
            if vm_id in skip:
                continue
            vm = self.vm(vm_id)
            p = self.build(
                vm,
                entry["source_host_id"],
                entry["target_host_id"],
                Policy.model_validate(entry["policy"]),
                entry["pair_id"],
            )
            p.initial_done = entry["initial_done"]
            p.replicating = entry["replicating"]
            p.last_app_consistent = entry["last_app_consistent"]
            p.missed_in_a_row = entry.get("missed_in_a_row", 0)
            p.restore_running = entry["running"]
            self._restore_stats(p)
            self.protections[vm_id] = p

    def _restore_stats(self, p: Protection) -> None:
        """The newest point's cut, so RPO is right before the first cycle after a restart."""
        try:
            per_disk = []
            for disk in p.disks:
                replica = p.service.replica(p.pair.pair_id, disk.disk_id)
                per_disk.append(replica.points() if replica is not None else [])
        except (OSError, ReplicationError) as exc:
            log.warning("replica of %s did not open: %s", p.vm.id, exc)
            return
        points = vm_points(per_disk)
        if points:
            p.pair.stats.last_point_time = points[-1].time.timestamp()

    def resume(self, crashed: Callable[[str, str], None]) -> None:
        """Start what ran before the restart: cycles of pairs past their initial copy, and the
        guest workloads that were writing (on a site that is down: `crashed(vm, host)`, so
        the site's return starts them). Needs a running loop."""
        for p in self.protections.values():
            if p.restore_running:
                p.restore_running = False
                if self.estate.site_of_host(p.source_host_id).up:
                    p.workload.start()
                else:
                    crashed(p.vm.id, p.source_host_id)
            if p.initial_done and p.replicating:
                self.start_cycles(p)

    def _protection(self, vm_id: str) -> Protection:
        if vm_id not in self.protections:
            raise FabricError(f"replication of {vm_id} is not enabled")
        return self.protections[vm_id]

    def set_link(self, cut: bool) -> None:
        self.link_up = not cut
        for protection in self.protections.values():
            protection.transport.link_up = self.link_up

    async def close(self) -> None:
        for vm_id in list(self.protections):
            await self.disable_replication(vm_id, delete_replica=False)
        for service in self._services.values():
            service.close()


def _wait_idle(pair: ReplicationPair) -> None:
    pair.wait_idle()
