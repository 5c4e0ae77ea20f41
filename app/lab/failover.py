"""The failover family in the lab, over LabReplication's pairs and real images.

The product's part is the data plane's (`app.replication.recovery`): choosing the point,
materializing it, turning it into running disks, commit, the turn-around's file work, and the
bookkeeping a restart finds again (`FailoverRecord`, `RecoveryBook`). What stays here is the
simulated hypervisor's: the guest workload started on those disks with the source's history up
to the point, the VM's host, network and power in the estate, sites going down, the audit.

Direction-agnostic: a Protection replicates from its source host (where the VM runs) to its
target host. Failing over starts the VM on the target host from a recovery point (a clone:
the replica and the old side stay as they are, for change-recovery-point, cancel and reverse).
Reverse replication turns the old side's disks into the replica of the running ones and
builds a new Protection in the other direction; failback is the same again from there.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
from dataclasses import dataclass
from typing import Any

from app.domain.addressing import AddressPlan
from app.domain.enums import NetworkKind, PowerState, RecoveryPointChoice
from app.domain.fabric import Divergence, FabricError, FailoverResult, Progress, ReverseResult
from app.replication import BLOCK_SIZE
from app.replication.journal import RecoveryPointRecord
from app.replication.recovery import (
    FailoverRecord,
    RecoveryBook,
    ReplicaSet,
    TurnAround,
    choose_point,
    point_id,
    reverse_result,
)

from .auditor import AuditReport, audit
from .guest import Guest, clean_stop, history_snapshot, is_running, open_guest, start_guest
from .replication import LabReplication, Protection
from .reverse import adopt, turn_around
from .workload import GuestWorkload

log = logging.getLogger(__name__)


@dataclass
class FailedOver:
    """The data plane's record of a failover, and the lab's around it."""

    old: Protection  # the pair before failover: its source is the old side, kept intact
    guest: Guest  # the VM as it now runs on the old pair's target host
    old_network_id: str
    prefix: int  # the guest write sequence number the point ends at
    record: FailoverRecord
    restore_running: bool = False  # after a restart: the guest ran before it
    old_addresses: tuple[str, ...] = ()  # what cancelling gives back

    @property
    def point(self) -> RecoveryPointRecord:
        return self.record.point

    @property
    def result(self) -> FailoverResult:
        return self.record.result

    @property
    def committed(self) -> bool:
        return self.record.committed

    @property
    def fenced(self) -> bool:
        return self.record.fenced


class LabFailover:
    def __init__(self, replication: LabReplication) -> None:
        self.r = replication
        self.estate = replication.estate
        self.clock = replication.clock
        self.failed_over: dict[str, FailedOver] = {}
        self.crashed: set[tuple[str, str]] = set()  # (vm, host): guests an outage stopped
        # Reverse replication: results, resyncs due, and turn-arounds a restart must finish.
        self.book = RecoveryBook()
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def turning(self) -> dict[str, TurnAround]:
        return self.book.turning

    # --- helpers ----------------------------------------------------------------------------

    def lock(self, vm_id: str) -> asyncio.Lock:
        return self._locks.setdefault(vm_id, asyncio.Lock())

    def _up(self, host_id: str) -> bool:
        return self.estate.site_of_host(host_id).up

    def require_up(self, host_id: str, what: str) -> None:
        if not self._up(host_id):
            raise FabricError(f"{what} ({self.estate.site_of_host(host_id).name}) is down")

    def protection(self, vm_id: str) -> Protection:
        protection = self.r.protections.get(vm_id)
        if protection is None:
            raise FabricError(f"replication of {vm_id} is not enabled")
        return protection

    def _failed_over(self, vm_id: str) -> FailedOver:
        state = self.failed_over.get(vm_id)
        if state is None:
            raise FabricError(f"{vm_id} is not failed over")
        if self.r.protections.get(vm_id) is not state.old:
            raise FabricError(f"replication of {vm_id} was disabled after its failover")
        return state

    def network(self, host_id: str, kind: NetworkKind) -> str | None:
        site = self.estate.site_of_host(host_id)
        return next(
            (n.id for n in self.estate.networks if n.site_id == site.id and n.kind is kind), None
        )

    def active(self, vm_id: str) -> tuple[str, GuestWorkload, list]:
        """(host, workload, tracked disks) of the VM where it runs now."""
        if vm_id in self.failed_over:
            g = self.failed_over[vm_id].guest
            return g.host_id, g.workload, g.disks
        p = self.protection(vm_id)
        return p.source_host_id, p.workload, p.disks

    # --- planned failover: shut down, final sync --------------------------------------------

    async def shut_down(self, vm_id: str) -> None:
        async with self.lock(vm_id):
            if vm_id in self.failed_over:
                # Only a step before the failover, repeated after a restart: the copy that
                # runs now must not be stopped.
                return
            host, workload, _ = self.active(vm_id)
            self.require_up(host, "the active site")
            await asyncio.to_thread(clean_stop, workload)
            self.r.vm(vm_id).power_state = PowerState.OFF

    async def final_sync(self, vm_id: str) -> None:
        async with self.lock(vm_id):
            if vm_id in self.failed_over:
                return  # a step before the failover, repeated: its cycle ran then
            p = self.protection(vm_id)
            self.require_up(p.source_host_id, "the active site")
            self.require_up(p.target_host_id, "the replica side")
            if not self.r.link_up:
                raise FabricError("the link between the sites is cut")
            # A guest shut down cleanly holds no open transaction: its last point is clean.
            clean = not is_running(p.workload) and not p.workload.in_transaction
            await p.runner.final_sync(clean)

    # --- failover ---------------------------------------------------------------------------

    async def failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        wanted: str | None,
        address: AddressPlan | None = None,
    ) -> FailoverResult:
        async with self.lock(vm_id):
            if vm_id in self.failed_over:
                return self.failed_over[vm_id].result
            p = self.protection(vm_id)
            if p.source_host_id == p.target_host_id:
                raise FabricError(f"{p.vm.name} replicates to its own host")
            self.require_up(p.target_host_id, "the replica side")
            await self.r.stop_cycles(p)
            replicas = await asyncio.to_thread(p.replica_set)
            point = choose_point(vm_id, await asyncio.to_thread(replicas.points), choice, wanted)
            # The old side stops for good (a crash unless it was shut down first).
            await asyncio.to_thread(p.workload.stop)
            unreplicated = p.pair.pending_bytes
            guest, report = await asyncio.to_thread(self._start_from_point, p, replicas, point)
            vm = p.vm
            old_network, old_addresses = vm.network_id, tuple(vm.addresses)
            vm.host_id = guest.host_id
            vm.network_id = self.recovery_network(guest.host_id, address) or vm.network_id
            if address is not None and address.assigned and address.address:
                vm.addresses = [address.address]  # the lab's guests take what DHCP offers
            vm.power_state = PowerState.RUNNING
            guest.workload.start()
            result = self._result(vm_id, point, report, unreplicated)
            self.failed_over[vm_id] = FailedOver(
                p,
                guest,
                old_network,
                report.last_sequence,
                FailoverRecord(point, result),
                old_addresses=old_addresses,
            )
            return result

    def recovery_network(self, host_id: str, address: AddressPlan | None) -> str | None:
        """The network mapping's recovery network when the plan names one on the host's
        site, else the site's first VM network."""
        site = self.estate.site_of_host(host_id)
        wanted = address.recovery_network_id if address else None
        if any(n.id == wanted and n.site_id == site.id for n in self.estate.networks):
            return wanted
        return self.network(host_id, NetworkKind.VM)

    def _start_from_point(
        self, p: Protection, replicas: ReplicaSet, point: RecoveryPointRecord
    ) -> tuple[Guest, AuditReport]:
        folder = self.r.host_folder(p.target_host_id) / p.vm.id
        shutil.rmtree(folder, ignore_errors=True)  # what a cancelled failover left
        images = replicas.materialize(point.cycle_id, folder, ".point")
        source = history_snapshot(p.workload.history)
        report = audit(images, vm_id=p.vm.id, history=source)
        if not (report.intact and report.crash_consistent):
            log.warning("failover point %s of %s audits unclean: %s", point, p.vm.id, report)
        # A crash-consistent point holds exactly the writes up to its last sequence number.
        guest = start_guest(p.vm, p.target_host_id, folder, images, source, report.last_sequence)
        return guest, report

    def _result(
        self, vm_id: str, point: RecoveryPointRecord, report: AuditReport, unreplicated: int
    ) -> FailoverResult:
        return FailoverResult(
            point_id=point_id(vm_id, point.cycle_id),
            point_time=self.clock.lab_time(point.time),
            point_kind=point.kind,
            writes_lost=report.writes_lost,
            unreplicated_bytes=unreplicated,
        )

    async def fence(self, vm_id: str) -> None:
        async with self.lock(vm_id):
            state = self._failed_over(vm_id)
            state.record.fenced = True
            # An old copy that came back unfenced is stopped (and never replicates: its
            # pair's cycles stopped at the failover).
            await asyncio.to_thread(state.old.workload.stop)

    async def commit(self, vm_id: str) -> None:
        async with self.lock(vm_id):
            state = self._failed_over(vm_id)
            if state.committed:
                return
            replicas = await asyncio.to_thread(state.old.replica_set)
            await asyncio.to_thread(replicas.commit, state.point.cycle_id)
            state.record.committed = True

    async def change_recovery_point(self, vm_id: str, wanted: str) -> FailoverResult:
        async with self.lock(vm_id):
            state = self._failed_over(vm_id)
            if state.committed:
                raise FabricError(f"the failover of {vm_id} is committed")
            replicas = await asyncio.to_thread(state.old.replica_set)
            points = await asyncio.to_thread(replicas.points)
            point = choose_point(vm_id, points, RecoveryPointChoice.LISTED, wanted)
            if point.cycle_id == state.point.cycle_id:
                return state.result
            await asyncio.to_thread(state.guest.close)
            guest, report = await asyncio.to_thread(
                self._start_from_point, state.old, replicas, point
            )
            guest.workload.start()
            result = self._result(vm_id, point, report, state.result.unreplicated_bytes)
            state.guest, state.prefix = guest, report.last_sequence
            state.record = FailoverRecord(point, result, fenced=state.fenced)
            return result

    async def cancel_failover(self, vm_id: str) -> None:
        async with self.lock(vm_id):
            if vm_id not in self.failed_over:
                # Cancelled before the replica started (after a shutdown, or a failover that
                # failed half-way): the source runs and replicates again.
                p = self.protection(vm_id)
                self.require_up(p.source_host_id, "the original site")
                p.vm.power_state = PowerState.RUNNING
                p.workload.start()
                self.r.start_cycles(p)
                return
            state = self._failed_over(vm_id)
            if state.committed:
                raise FabricError(f"the failover of {vm_id} is committed")
            old = state.old
            self.require_up(old.source_host_id, "the original site")
            await asyncio.to_thread(state.guest.close)
            await asyncio.to_thread(shutil.rmtree, state.guest.folder, True)
            vm = old.vm
            vm.host_id, vm.network_id = old.source_host_id, state.old_network_id
            vm.addresses = list(state.old_addresses)
            vm.power_state = PowerState.RUNNING
            self.crashed.discard((vm_id, old.source_host_id))
            old.workload.start()
            self.r.start_cycles(old)
            del self.failed_over[vm_id]

    async def divergence(self, vm_id: str) -> Divergence:
        """The old side's writes after the failover point (the active copy lacks them): each
        of the lab guest's writes is one whole block, so bytes and blocks follow from them."""
        state = self.failed_over.get(vm_id)
        if state is None:
            return Divergence(0, 0, 0)  # not failed over: the other side is the replica already
        after = [r for r in list(state.old.workload.history.records) if r.seq > state.prefix]
        blocks = len({(r.disk_id, r.block) for r in after})
        return Divergence(bytes=len(after) * BLOCK_SIZE, blocks=blocks, guest_writes=len(after))

    def divergent(self, vm_id: str) -> int:
        """Writes the old side made after the failover point: the active copy lacks them."""
        state = self.failed_over.get(vm_id)
        if state is None:
            return 0  # not failed over: the other side is the replica already
        records = list(state.old.workload.history.records)
        return sum(1 for r in records if r.seq > state.prefix)

    # --- reverse replication ----------------------------------------------------------------

    async def reverse_replication(self, vm_id: str, progress: Progress) -> ReverseResult:
        async with self.lock(vm_id):
            if vm_id in self.failed_over:
                state = self._failed_over(vm_id)
                self.require_up(state.guest.host_id, "the active site")
                self.require_up(state.old.source_host_id, "the site to replicate to")
                if not self.r.link_up:
                    raise FabricError("the link between the sites is cut")
                await progress(0.05)
                old = state.old
                replicas = await asyncio.to_thread(old.replica_set)
                carry = await asyncio.to_thread(replicas.last_cycle_id)
                turn = self.book.begin_turn(
                    vm_id,
                    carry=carry,
                    guest_host_id=state.guest.host_id,
                    guest_running=state.guest.workload.running,
                    old_source_host_id=old.source_host_id,
                    old_target_host_id=old.target_host_id,
                    old_pair_id=old.pair.pair_id,
                    policy=old.policy,
                )
                self.r.persist()  # from here on a restart finishes the turn-around
                new = await asyncio.to_thread(
                    turn_around, self.r, old, state.guest, turn.pair_id, carry
                )
                self.r.protections[vm_id] = new
                del self.failed_over[vm_id]
                # The replica we failed over from is obsolete: the VM runs from its own disks.
                await asyncio.to_thread(old.service.release_pair, old.pair.pair_id)
                self.book.turned(vm_id)
                self.r.persist()
            p = self.protection(vm_id)
            if vm_id not in self.book.resync_pending:
                return self.book.finished(vm_id, p.source_host_id, p.target_host_id)
            await progress(0.1)
            results = await p.runner.reverse_resync()
            result = reverse_result(results, p.source_host_id, p.target_host_id)
            self.book.resynced(vm_id, result)
            await progress(1.0)
            return result

    # --- outages ----------------------------------------------------------------------------

    def _guests(self) -> list[tuple[str, str, GuestWorkload, bool]]:
        """(vm, host, workload, may restart) of every copy of every protected VM."""
        out = []
        for vm_id, p in self.r.protections.items():
            state = self.failed_over.get(vm_id)
            if state is not None and state.old is p:
                out.append((vm_id, state.guest.host_id, state.guest.workload, True))
                out.append((vm_id, p.source_host_id, p.workload, not state.fenced))
            else:
                out.append((vm_id, p.source_host_id, p.workload, True))
        return out

    async def site_changed(self, site_id: str, up: bool) -> None:
        """A site going down crashes the guests on it; coming back restarts them, except a
        fenced old copy."""
        for vm_id, host, workload, may_restart in self._guests():
            if self.estate.site_of_host(host).id != site_id:
                continue
            if not up and is_running(workload):
                await asyncio.to_thread(workload.stop)
                self.crashed.add((vm_id, host))
            elif up and (vm_id, host) in self.crashed:
                self.crashed.discard((vm_id, host))
                if may_restart:
                    workload.start()

    async def forget(self, vm_id: str) -> None:
        """Protection is being disabled after a failover: the copy on the recovery side stops
        writing like any unprotected lab VM (its disks stay; the old side closes with its pair)."""
        async with self.lock(vm_id):
            state = self.failed_over.pop(vm_id, None)
            if state is not None:
                await asyncio.to_thread(state.guest.close)

    # --- restart safety ---------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            "failed_over": {
                vm_id: {
                    **st.record.to_json(),
                    "guest_host_id": st.guest.host_id,
                    "old_network_id": st.old_network_id,
                    "old_addresses": list(st.old_addresses),
                    "prefix": st.prefix,
                    "running": st.guest.workload.running or st.restore_running,
                }
                for vm_id, st in self.failed_over.items()
            },
            "crashed": sorted([vm, host] for vm, host in self.crashed),
            **self.book.snapshot(),
        }

    def restore(self, saved: dict[str, Any]) -> None:
        """After LabReplication.restore: finish turn-arounds a crash interrupted, reopen the
        copies running on the failover side (or start them again from their point if their
        folder did not survive), and the bookkeeping of outages and reverse replications."""
        self.crashed = {(vm, host) for vm, host in saved["crashed"]}
        self.book.restore(saved)
        for vm_id, turn in list(self.book.turning.items()):
            self._finish_turn(vm_id, turn)
        for vm_id, entry in saved["failed_over"].items():
            if vm_id in saved["turning"]:
                continue
            old = self.r.protections.get(vm_id)
            if old is None:
                log.warning("%s was failed over but its pair is gone; forgetting it", vm_id)
                continue
            record = FailoverRecord.from_json(entry)
            folder = self.r.host_folder(entry["guest_host_id"]) / vm_id
            try:
                guest = open_guest(old.vm, entry["guest_host_id"], folder)
            except (OSError, ValueError, KeyError) as exc:
                log.warning(
                    "the failed-over copy of %s did not reopen (%s): restarting it from its point",
                    vm_id,
                    exc,
                )
                guest, _report = self._start_from_point(old, old.replica_set(), record.point)
            state = FailedOver(
                old,
                guest,
                entry["old_network_id"],
                entry["prefix"],
                record,
                old_addresses=tuple(entry.get("old_addresses", ())),
            )
            state.restore_running = entry["running"]
            self.failed_over[vm_id] = state

    def _finish_turn(self, vm_id: str, turn: TurnAround) -> None:
        vm = self.r.vm(vm_id)
        guest_host = turn.guest_host_id
        guest = open_guest(vm, guest_host, self.r.host_folder(guest_host) / vm_id)
        new = adopt(
            self.r, vm, turn.policy, turn.old_source_host_id, guest, turn.pair_id, turn.carry
        )
        new.restore_running = turn.guest_running
        self.r.service(turn.old_target_host_id).release_pair(turn.old_pair_id)
        self.r.protections[vm_id] = new
        self.book.turned(vm_id)
        log.info("finished the turn-around of %s that a restart interrupted", vm_id)

    def resume(self) -> None:
        """Start what ran before a restart (needs a running loop)."""
        self.r.resume(lambda vm, host: self.crashed.add((vm, host)))
        for vm_id, state in self.failed_over.items():
            if state.restore_running:
                state.restore_running = False
                if self._up(state.guest.host_id):
                    state.guest.workload.start()
                else:
                    self.crashed.add((vm_id, state.guest.host_id))

    async def close(self) -> None:
        for state in list(self.failed_over.values()):
            await asyncio.to_thread(state.guest.close)  # old sides close with their pairs
        self.failed_over.clear()
