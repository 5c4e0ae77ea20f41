"""The lab's fabric: serves the estate through the fabric protocol, plus the lab's powers."""

from __future__ import annotations

import asyncio
import logging
import math
import shutil
import tempfile
import threading
from collections.abc import Awaitable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from app.domain.addressing import AddressPlan
from app.domain.enums import PowerState, RecoveryPointChoice
from app.domain.fabric import (
    Divergence,
    FabricError,
    FabricInventory,
    FailoverResult,
    Progress,
    ReplicationStatus,
    ResyncResult,
    ReverseResult,
    TestFailoverResult,
)
from app.domain.model import (
    Cloud,
    ConnectionState,
    ConsistencyCheck,
    Disk,
    Host,
    HostStorage,
    Network,
    Policy,
    Site,
    Vm,
    VmmServer,
)

from .clock import LabClock
from .drill import LabDrills
from .estate import AGENT_VERSION, HEARTBEAT_SECONDS, PROVIDER_VERSION, Estate, default_estate
from .failover import LabFailover
from .replication import LabReplication
from .state import STATE_FILE, estate_from_json, estate_to_json, read_state, write_state
from .state import VERSION as STATE_VERSION

log = logging.getLogger(__name__)
T = TypeVar("T")


class LabFabric:
    """Implements the fabric, replication and lab-control protocols of app.domain.fabric over
    an in-memory estate whose disks are real images under `folder`."""

    name = "lab"

    def __init__(
        self,
        estate: Estate | None = None,
        clock: LabClock | None = None,
        folder: Path | None = None,
    ):
        self.clock = clock or LabClock()
        self.folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="standby-lab-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.state_path = self.folder / STATE_FILE
        saved = read_state(self.state_path)
        # A lab that ran in this folder before goes on where it stood: its saved estate wins.
        self.estate = estate_from_json(saved["estate"]) if saved else estate or default_estate()
        self.replication = LabReplication(self.folder, self.estate, self.clock)
        self.failovers = LabFailover(self.replication)
        self.drills = LabDrills(self.failovers)
        self._link_cut = False
        self._bandwidth_bps: int | None = None
        # The last heartbeat each agent sent before it went silent.
        self._silent_since: dict[str, datetime] = {}
        # The storage each host's agent last reported (a silent agent reports nothing new).
        self._storage: dict[str, HostStorage] = {}
        self._storage_unreadable: set[str] = set()  # warned about once
        self._closed = False
        # Saving: every change bumps `_changes`; `_covered` is the newest change a written
        # snapshot includes; snapshots are numbered so an older one never overwrites a newer.
        self._changes = self._covered = self._seq = self._written_seq = 0
        self._save_lock = asyncio.Lock()
        self._write_lock = threading.Lock()
        self._resumed = saved is None  # after a restore, threads and cycles start on first use
        if saved is not None:
            self._restore(saved)
        self.replication.persist = self.save
        self.save()

    # --- restart safety ---------------------------------------------------------------------

    def _restore(self, saved: dict) -> None:
        if saved["clock"]["factor"] == self.clock.factor:
            self.clock.continue_from(datetime.fromisoformat(saved["clock"]["origin"]))
        self._link_cut = saved["link"]["cut"]
        self._bandwidth_bps = saved["link"]["bandwidth_bps"]
        self.replication.set_link(self._link_cut)
        failover = saved["failover"]
        self.replication.restore(saved["replication"], skip=set(failover["turning"]))
        self.failovers.restore(failover)
        self.drills.restore(saved["drills"])
        log.info(
            "lab restored from %s: %d protected VM(s)",
            self.state_path,
            len(self.replication.protections),
        )

    def _resume(self) -> None:
        """Start what ran before a restart: guest workloads and replication cycles (on the
        first call that has a running loop)."""
        if self._resumed:
            return
        self._resumed = True
        self.failovers.resume()
        bandwidth = self._bandwidth_bps
        for p in self.replication.protections.values():
            bucket = self.replication.limits.bucket(p.source_host_id, p.target_host_id)
            bucket.set_rate(bandwidth / 8 if bandwidth else None)

    def snapshot(self) -> dict:
        return {
            "version": STATE_VERSION,
            "clock": {"origin": self.clock.origin.isoformat(), "factor": self.clock.factor},
            "estate": estate_to_json(self.estate),
            "link": {"cut": self._link_cut, "bandwidth_bps": self._bandwidth_bps},
            "replication": self.replication.snapshot(),
            "failover": self.failovers.snapshot(),
            "drills": self.drills.snapshot(),
        }

    def save(self) -> None:
        """Write the lab's state file now (atomically), blocking."""
        if self._closed:
            return
        covered = self._changes
        seq, data = self._snapshot_numbered()
        self._write(seq, data)
        self._covered = max(self._covered, covered)

    async def save_async(self) -> None:
        """Make the changes made so far durable before returning; concurrent callers share
        one write (a snapshot taken after a caller's change covers it), and the write runs on
        a thread so the control plane's loop never waits on fsync."""
        if self._closed:
            return
        self._changes += 1
        request = self._changes
        async with self._save_lock:
            if self._covered >= request or self._closed:
                return
            covered = self._changes
            seq, data = self._snapshot_numbered()
            await asyncio.to_thread(self._write, seq, data)
            self._covered = max(self._covered, covered)

    def _snapshot_numbered(self) -> tuple[int, dict]:
        self._seq += 1
        return self._seq, self.snapshot()

    def _write(self, seq: int, data: dict) -> None:
        with self._write_lock:  # a newer snapshot written already is never replaced by older
            if seq > self._written_seq:
                write_state(self.state_path, data)
                self._written_seq = seq

    async def _changing(self, call: Awaitable[T]) -> T:
        """Run a call that changes the lab's state, then save it before returning (whatever
        the outcome: what is in memory is what happened)."""
        self._resume()
        try:
            return await call
        finally:
            await self.save_async()

    def _heartbeat(self, key: str, connected: bool) -> datetime:
        if not connected:
            return self._silent_since.setdefault(key, self._last_tick())
        self._silent_since.pop(key, None)
        return self._last_tick()

    def _went_silent(self, keys: list[str]) -> None:
        """An outage the lab makes happens at a known moment: its agents (and a site's
        provider) were last heard from then, not at the next heartbeat tick an inventory read
        finds them silent (the data-loss estimate counts writes up to the last contact)."""
        moment = self.clock.now()
        for key in keys:
            self._silent_since.setdefault(key, moment)

    def _hosts_of_site(self, site_id: str) -> list[str]:
        clouds = {c.id for c in self.estate.clouds if c.site_id == site_id}
        return [h.id for h in self.estate.hosts if h.cloud_id in clouds]

    def _last_tick(self) -> datetime:
        # Agents report every HEARTBEAT_SECONDS of lab time; the inventory shows the last one.
        now = self.clock.now()
        epoch = now.timestamp()
        tick = math.floor(epoch / HEARTBEAT_SECONDS) * HEARTBEAT_SECONDS
        return datetime.fromtimestamp(tick, now.tzinfo)

    def _host_storage(self, host_id: str, connected: bool) -> HostStorage | None:
        """The free space of the volume under the host's folder (the nearest folder that
        exists: a host gets its folder with its first disk). One statvfs: cheap enough for
        every inventory read; the figure is rounded (app/domain/storage.py) so it changes
        rarely."""
        last = self._storage.get(host_id)
        if not connected:
            return last
        path = self.replication.host_folder(host_id)
        while True:
            try:
                usage = shutil.disk_usage(path)
                break
            except FileNotFoundError:
                if path == path.parent:
                    return last
                path = path.parent
            except OSError as exc:
                if host_id not in self._storage_unreadable:
                    self._storage_unreadable.add(host_id)
                    log.warning("storage of host %s unreadable at %s: %s", host_id, path, exc)
                return last
        self._storage_unreadable.discard(host_id)
        storage = HostStorage.measured(usage.total, usage.free, last)
        self._storage[host_id] = storage
        return storage

    async def inventory(self) -> FabricInventory:
        self._resume()
        e = self.estate
        up = {s.id: s.up for s in e.sites}
        site_of_cloud = {c.id: c.site_id for c in e.clouds}
        host_up = {h.id: up[site_of_cloud[h.cloud_id]] and h.agent_connected for h in e.hosts}
        sites = [
            Site(
                id=s.id,
                name=s.name,
                location=s.location,
                up=s.up,
                vmm_server=VmmServer(
                    name=s.vmm_server,
                    provider=ConnectionState(
                        connected=s.up,
                        last_heartbeat=self._heartbeat(s.id, s.up),
                        version=PROVIDER_VERSION,
                    ),
                ),
            )
            for s in e.sites
        ]
        hosts = [
            Host(
                id=h.id,
                cloud_id=h.cloud_id,
                name=h.name,
                agent=ConnectionState(
                    connected=host_up[h.id],
                    last_heartbeat=self._heartbeat(h.id, host_up[h.id]),
                    version=AGENT_VERSION,
                ),
                storage=self._host_storage(h.id, host_up[h.id]),
            )
            for h in e.hosts
        ]
        vms = [
            Vm(
                id=v.id,
                host_id=v.host_id,
                name=v.name,
                power_state=v.power_state if host_up[v.host_id] else PowerState.OFF,
                network_id=v.network_id,
                addresses=list(v.addresses),
                disks=[Disk(id=d.id, name=d.name, size_bytes=d.size_bytes) for d in v.disks],
                tags=list(v.tags),
            )
            for v in e.vms
        ]
        return FabricInventory(
            sites=sites,
            clouds=[Cloud(id=c.id, site_id=c.site_id, name=c.name) for c in e.clouds],
            hosts=hosts,
            vms=vms,
            networks=[
                Network(
                    id=n.id,
                    site_id=n.site_id,
                    name=n.name,
                    kind=n.kind,
                    subnet=n.subnet,
                    gateway=n.gateway,
                )
                for n in e.networks
            ],
        )

    def _vm(self, vm_id: str):
        for vm in self.estate.vms:
            if vm.id == vm_id:
                return vm
        raise FabricError(f"no VM with id '{vm_id}' in the lab")

    async def start_vm(self, vm_id: str) -> None:
        await self._changing(self._power(vm_id, PowerState.RUNNING))

    async def stop_vm(self, vm_id: str) -> None:
        await self._changing(self._power(vm_id, PowerState.OFF))

    async def _power(self, vm_id: str, state: PowerState) -> None:
        vm = self._vm(vm_id)
        if not self.estate.site_of_host(vm.host_id).up:
            raise FabricError(f"the site of {vm.name} is down")
        vm.power_state = state

    # --- replication ------------------------------------------------------------------------

    async def enable_replication(self, vm_id: str, target_host_id: str, policy: Policy) -> None:
        await self._changing(self.replication.enable_replication(vm_id, target_host_id, policy))

    async def initial_replication(self, vm_id: str, progress: Progress) -> None:
        await self._changing(self.replication.initial_replication(vm_id, progress))

    async def disable_replication(self, vm_id: str, delete_replica: bool) -> None:
        await self._changing(self._disable(vm_id, delete_replica))

    async def _disable(self, vm_id: str, delete_replica: bool) -> None:
        await self.failovers.forget(vm_id)
        await self.replication.disable_replication(vm_id, delete_replica)

    async def start(self) -> None:
        self._resume()

    async def replication_status(self) -> dict[str, ReplicationStatus]:
        self._resume()
        return await self.replication.replication_status()

    async def item_status(self, vm_id: str) -> ReplicationStatus | None:
        self._resume()
        return await self.replication.item_status(vm_id)

    async def close(self) -> None:
        self._closed = True  # closing stops everything; the saved state keeps what ran
        await self.failovers.close()
        await self.replication.close()

    # --- failover (see app.lab.failover) ----------------------------------------------------

    async def test_failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        network_id: str | None,
        tag: str,
        address: AddressPlan | None = None,
    ) -> TestFailoverResult:
        return await self._changing(
            self.drills.test_failover(vm_id, choice, point_id, network_id, tag, address)
        )

    async def test_failover_cleanup(self, vm_id: str, tag: str) -> int:
        return await self._changing(self.drills.test_failover_cleanup(vm_id, tag))

    async def check_test_copy(self, vm_id: str) -> list[ConsistencyCheck]:
        """The lab's proof is its auditor: the test copy's disks against the guest's history."""
        self._resume()
        report = await self.drills.audit(vm_id, "test")
        intact = bool(report.get("intact"))
        passed = intact and report.get("crash_consistent") is not False
        return [
            ConsistencyCheck(
                kind="auditor",
                verdict="passed" if passed else "failed",
                sequence=report.get("last_sequence"),
                writes_lost=report.get("writes_lost"),
                app_consistent=report.get("app_consistent"),
                detail="; ".join(str(p) for p in report.get("problems", [])[:3])[:1000],
            )
        ]

    async def shut_down(self, vm_id: str) -> None:
        await self._changing(self.failovers.shut_down(vm_id))

    async def final_sync(self, vm_id: str) -> None:
        await self._changing(self.failovers.final_sync(vm_id))

    async def failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        address: AddressPlan | None = None,
    ) -> FailoverResult:
        return await self._changing(self.failovers.failover(vm_id, choice, point_id, address))

    async def fence(self, vm_id: str) -> None:
        await self._changing(self.failovers.fence(vm_id))

    async def commit(self, vm_id: str) -> None:
        await self._changing(self.failovers.commit(vm_id))

    async def change_recovery_point(self, vm_id: str, point_id: str) -> FailoverResult:
        return await self._changing(self.failovers.change_recovery_point(vm_id, point_id))

    async def cancel_failover(self, vm_id: str) -> None:
        await self._changing(self.failovers.cancel_failover(vm_id))

    async def reverse_replication(self, vm_id: str, progress: Progress) -> ReverseResult:
        result = await self._changing(self.failovers.reverse_replication(vm_id, progress))
        await self._apply_bandwidth()  # the new direction's host pair gets the same limit
        return result

    async def pause_replication(self, vm_id: str) -> None:
        await self._changing(self.replication.pause_replication(vm_id))

    async def resume_replication(self, vm_id: str) -> None:
        await self._changing(self.replication.resume_replication(vm_id))

    async def resync_replication(self, vm_id: str, progress: Progress) -> ResyncResult:
        return await self._changing(self.replication.resync_replication(vm_id, progress))

    async def divergence(self, vm_id: str) -> Divergence:
        self._resume()
        return await self.failovers.divergence(vm_id)

    # --- the lab's powers -------------------------------------------------------------------

    async def set_site_up(self, site_id: str, up: bool) -> None:
        await self._changing(self._set_site_up(site_id, up))

    async def _set_site_up(self, site_id: str, up: bool) -> None:
        for site in self.estate.sites:
            if site.id == site_id:
                if site.up != up:
                    if not up:
                        self._went_silent([site_id, *self._hosts_of_site(site_id)])
                    site.up = up
                    # Its guests crash, or come back (a fenced old copy does not).
                    await self.failovers.site_changed(site_id, up)
                return
        raise FabricError(f"no site with id '{site_id}' in the lab")

    async def set_link(self, cut: bool, bandwidth_bps: int | None) -> None:
        self._resume()
        self._link_cut, self._bandwidth_bps = cut, bandwidth_bps
        self.replication.set_link(cut)
        await self._apply_bandwidth()
        self.save()

    async def _apply_bandwidth(self) -> None:
        bandwidth_bps = self._bandwidth_bps
        for protection in self.replication.protections.values():
            bucket = self.replication.limits.bucket(
                protection.source_host_id, protection.target_host_id
            )
            bucket.set_rate(bandwidth_bps / 8 if bandwidth_bps else None)

    async def crash_host(self, host_id: str) -> None:
        for host in self.estate.hosts:
            if host.id == host_id:
                if host.agent_connected:
                    self._went_silent([host_id])
                host.agent_connected = False
                self.save()
                return
        raise FabricError(f"no host with id '{host_id}' in the lab")

    async def set_write_rate(self, vm_id: str, writes_per_second: float) -> None:
        if writes_per_second < 0:
            raise FabricError("a write rate cannot be negative")
        self._resume()
        self._vm(vm_id).writes_per_second = writes_per_second
        self.save()
        try:
            _, workload, _ = self.failovers.active(vm_id)
        except FabricError:
            return  # not protected: no guest workload runs
        workload.set_rate(writes_per_second)

    async def audit(self, vm_id: str, which: str) -> dict:
        self._resume()
        return await self.drills.audit(vm_id, which)
