"""Replication in the lab: real images on each host's storage folder, a guest workload writing
to the protected VMs, and the data plane's ProtectionRunner shipping a cycle per copy
frequency (on the lab clock) to the recovery host's replica service.

What is simulated stays here: the hosts and sites that can go down (`reachable`), the guest
workload, the lab clock, the estate's folders. Scheduling, retention, missed cycles, the log
bound and storage-full handling are the runner's (app/replication/schedule.py).
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.fabric import (
    FabricError,
    Progress,
    ReplicationStatus,
    ResyncResult,
)
from app.domain.model import Policy
from app.replication import (
    DirectTransport,
    FsyncPolicy,
    LinkLimits,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)
from app.replication.recovery import ReplicaSet, point_id
from app.replication.schedule import ProtectionRunner
from app.replication.status import replication_status

from .clock import LabClock
from .estate import Estate, LabVm
from .workload import GuestWorkload, WorkloadConfig

__all__ = ["LabReplication", "Protection", "point_id"]

log = logging.getLogger(__name__)


@dataclass
class Protection:
    """One VM's replication in the lab: the simulated guest and hosts around the data plane's
    runner."""

    vm: LabVm
    target_host_id: str
    disks: list[TrackedDisk]
    workload: GuestWorkload
    pair: ReplicationPair
    transport: DirectTransport
    service: ReplicaService
    runner: ProtectionRunner
    # Where the tracked disks are: the VM's host until a failover moves the VM (the pair's
    # direction never changes; reverse replication builds a new Protection).
    source_host_id: str = ""
    restore_running: bool = False  # after a restart: the workload ran before it

    def __post_init__(self) -> None:
        self.source_host_id = self.source_host_id or self.vm.host_id

    @property
    def policy(self) -> Policy:
        return self.runner.policy

    @property
    def initial_done(self) -> bool:
        return self.runner.state.initial_done

    @property
    def replicating(self) -> bool:
        return self.runner.state.replicating

    @property
    def cycles(self) -> asyncio.Task | None:
        return self.runner.cycles

    @property
    def stop(self) -> threading.Event:
        return self.runner.stop

    @property
    def missed_in_a_row(self) -> int:
        return self.runner.state.missed_in_a_row

    @property
    def failing(self) -> bool:
        return self.runner.failing

    def replica_set(self) -> ReplicaSet:
        """The pair's replica disks on the target host (recovery points, materialize, commit)."""
        disk_ids = [disk.disk_id for disk in self.disks]
        return ReplicaSet.of(self.service, self.pair.pair_id, disk_ids, self.vm.name)


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
        return self.protection(vm, source_host_id, target_host_id, policy, pair_id, disks, workload)

    def protection(
        self,
        vm: LabVm,
        source_host_id: str,
        target_host_id: str,
        policy: Policy,
        pair_id: str,
        disks: list[TrackedDisk],
        workload: GuestWorkload,
    ) -> Protection:
        """A Protection of a VM's disks on `source_host_id`, written by `workload`, to
        `target_host_id`."""
        service = self.service(target_host_id)
        transport = DirectTransport(service, self.limits.bucket(source_host_id, target_host_id))
        transport.link_up = self.link_up
        pair = ReplicationPair(
            pair_id, disks, transport, compress=policy.compression, quiescer=workload
        )
        protection: Protection

        def reachable() -> bool:
            return (
                self.link_up
                and self.estate.site_of_host(protection.source_host_id).up
                and self.estate.site_of_host(protection.target_host_id).up
                and self.estate.host(protection.target_host_id).agent_connected
            )

        runner = ProtectionRunner(
            vm.name,
            pair,
            policy,
            transport,
            clock=self.clock,
            reachable=reachable,
            side_of=lambda exc: self._guess_side(protection, exc),
        )
        protection = Protection(
            vm,
            target_host_id,
            disks,
            workload,
            pair,
            transport,
            service,
            runner,
            source_host_id=source_host_id,
        )
        return protection

    # --- the protocol -----------------------------------------------------------------------

    async def enable_replication(self, vm_id: str, target_host_id: str, policy: Policy) -> None:
        if vm_id in self.protections:
            self.protections[vm_id].runner.policy = policy
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
        await self._protection(vm_id).runner.initial_replication(progress)

    def start_cycles(self, protection: Protection) -> None:
        protection.runner.start()

    async def stop_cycles(self, protection: Protection) -> None:
        await protection.runner.halt()

    async def pause_replication(self, vm_id: str) -> None:
        await self._protection(vm_id).runner.pause()

    async def resume_replication(self, vm_id: str) -> None:
        await self._protection(vm_id).runner.resume()

    async def resync_replication(self, vm_id: str, progress: Progress) -> ResyncResult:
        return await self._protection(vm_id).runner.resync(progress)

    async def disable_replication(self, vm_id: str, delete_replica: bool) -> None:
        protection = self.protections.pop(vm_id, None)
        if protection is None:
            return
        await protection.runner.close()
        await asyncio.to_thread(self._close, protection, delete_replica)

    def _close(self, protection: Protection, delete_replica: bool) -> None:
        protection.workload.close()
        for disk in protection.disks:
            disk.close()
        if delete_replica:
            protection.service.release_pair(protection.pair.pair_id)

    async def replication_status(self) -> dict[str, ReplicationStatus]:
        return {
            vm_id: await asyncio.to_thread(self._status, p)
            for vm_id, p in list(self.protections.items())
        }

    async def item_status(self, vm_id: str) -> ReplicationStatus | None:
        protection = self.protections.get(vm_id)
        return None if protection is None else await asyncio.to_thread(self._status, protection)

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

    def _status(self, protection: Protection) -> ReplicationStatus:
        # Before a restored lab resumes, its logs are left as they are.
        workload = protection.workload
        return replication_status(
            protection.vm.id,
            protection.runner.figures(bound=not protection.restore_running),
            source_host_id=protection.source_host_id,
            target_host_id=protection.target_host_id,
            point_time=self.clock.estate_time,
            guest_paused=workload.paused_for_space,
            guest_paused_detail=str(workload.paused),
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
                "running": p.workload.running or p.restore_running,
                **p.runner.snapshot(),
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
            p.runner.restore(entry)
            p.restore_running = entry["running"]
            self.protections[vm_id] = p

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
