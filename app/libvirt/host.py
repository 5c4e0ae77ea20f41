"""One libvirt host as its agent serves it: inventory, events, and replication both ways.

- **Inventory** from libvirt: every domain (UUID, name, running or not, vCPUs, memory, disks
  with format and size, networks) and every libvirt network. libvirt's domain and network
  lifecycle events (its default event loop, on a thread) say when it changed.
- **Source side**: a protected domain's `ProtectionRunner` drives a `CheckpointPair`, which
  ships to the recovery host's replica service over mTLS with the certificates the vault's
  CA signed at enrollment. What each protection needs after a restart (where to, its policy,
  the runner's state) is in `<storage>/protections.json`; the runners resume on start.
- **Recovery side**: the data plane's `ReplicaService` under `<storage>/replicas`, served on
  `--listen` over mTLS (only certificates the vault's CA signed get in).
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import functools
import json
import logging
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import libvirt

from app.agents.status import status_to_json
from app.domain.fabric import FabricError, ReplicationStatus
from app.domain.model import Policy
from app.replication.agent import build_agent_server
from app.replication.bandwidth import TokenBucket
from app.replication.errors import ReplicationError
from app.replication.hold import HoldingReplicaService
from app.replication.http_transport import HttpTransport, client_ssl_context
from app.replication.schedule import ProtectionRunner
from app.replication.sparse import write_json_atomic
from app.replication.status import replication_status

from .block_queries import block_nodes
from .copies import (
    copy_mark,
    fence_domain,
    fenced_mark,
    first_mac,
    reserve_address,
    reserved_addresses,
    unfence_domain,
)
from .disks import qcow2_to_raw, raw_into_image, replicated_disks
from .pair import CheckpointPair
from .recovery import RecoverySide, _point_json, dom_xml_inactive

log = logging.getLogger(__name__)

_events_started = False
_events_lock = threading.Lock()


def start_event_loop() -> None:
    """libvirt's default event loop on a daemon thread (once per process); it must be
    registered before the connection that wants events is opened."""
    global _events_started
    with _events_lock:
        if _events_started:
            return
        libvirt.virEventRegisterDefaultImpl()

        def run() -> None:
            while True:
                libvirt.virEventRunDefaultImpl()

        threading.Thread(target=run, name="libvirt-events", daemon=True).start()
        _events_started = True


@dataclass
class Protection:
    vm_id: str
    target_host_id: str
    target_address: str
    policy: Policy
    runner: ProtectionRunner[CheckpointPair]
    transport: HttpTransport
    copying: asyncio.Task[None] | None = None


class LibvirtHost:
    """The `HostEstate` (app/agents/agent.py) of one libvirt host."""

    def __init__(
        self,
        uri: str,
        storage: Path,
        listen: tuple[str, int],
        identity: Any,  # app.agents.agent.Identity: its cert, key and the vault's CA
        notify: Callable[[str, dict[str, Any]], Any] | None = None,
        domains: str = "*",
        bandwidth_bps: int | None = None,
    ) -> None:
        self.uri = uri
        self.domains = domains  # a glob: the domains this agent serves
        # One bucket per recovery host: every VM shipping to it shares the limit, as the
        # lab's host pairs do (bits per second; None: unlimited).
        self.bandwidth_bps = bandwidth_bps
        self._buckets: dict[str, TokenBucket] = {}
        self.folder = Path(storage)
        self.listen = listen
        self.identity = identity
        self.notify = notify
        self.state_dir = self.folder / "tracking"
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.state_dir.chmod(0o711)  # QEMU's user walks through to its work folders
        self.folder.chmod(0o711)
        # Holdable: test copies are overlays on the replica images (app/libvirt/recovery.py).
        self.service = HoldingReplicaService(self.folder / "replicas")
        self.protections: dict[str, Protection] = {}
        self._watchers: list[Callable[[], None]] = []
        start_event_loop()
        libvirt.registerErrorHandler(lambda *_: None, None)  # raised, not printed
        self.conn = libvirt.open(uri)
        self.libvirt_error: str | None = None  # why libvirt does not answer (None: it does)
        self._last_listing: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
        self._callbacks: list[int] = []
        self._network_callbacks: list[int] = []
        self._register_events()
        self._server: Any = None
        self._server_thread: threading.Thread | None = None
        self.recovery = RecoverySide(
            lambda: self.conn, self.service, self.folder, self.identity.host_id
        )

    # --- the replica service -------------------------------------------------------------------

    def serve_replicas(self) -> None:
        """Serve replicas on `listen` (a thread); returns once it listens."""
        host, port = self.listen
        server = build_agent_server(
            self.service, host, port, self.identity.cert, self.identity.key, self.identity.ca
        )
        self._server = server
        thread = threading.Thread(target=server.run, name="replica-service", daemon=True)
        thread.start()
        self._server_thread = thread
        for _ in range(200):
            if server.started:
                break
            if not thread.is_alive():
                raise OSError(f"the replica service could not listen on {host}:{port}")
            threading.Event().wait(0.05)
        if port == 0:
            sock = server.servers[0].sockets[0]
            self.listen = (host, sock.getsockname()[1])

    def replica_address(self) -> str:
        host, port = self.listen
        return f"{host}:{port}"

    # --- inventory and events ------------------------------------------------------------------

    def _register_events(self) -> None:
        def domain_event(*_args: Any) -> None:
            self._changed()

        self._callbacks.append(
            self.conn.domainEventRegisterAny(
                None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, domain_event, None
            )
        )
        with contextlib.suppress(libvirt.libvirtError, AttributeError):
            self._network_callbacks.append(
                self.conn.networkEventRegisterAny(
                    None, libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE, domain_event, None
                )
            )

    def watch_changes(self, changed: Callable[[], None]) -> None:
        self._watchers.append(changed)

    def _changed(self) -> None:
        for watcher in list(self._watchers):
            watcher()

    # --- libvirt's connection -----------------------------------------------------------------

    def _alive(self) -> bool:
        """Whether libvirt answers; reconnects (events, protected domains) when it returns.
        Called at every heartbeat: a change either way is announced as an inventory change."""
        try:
            if self.conn.isAlive():
                return True
        except libvirt.libvirtError:
            pass
        try:
            conn = libvirt.open(self.uri)
        except libvirt.libvirtError as exc:
            if self.libvirt_error is None:
                log.error("libvirt at %s is unreachable: %s", self.uri, exc.get_error_message())
                self.libvirt_error = exc.get_error_message() or "unreachable"
                self._changed()
            return False
        with contextlib.suppress(libvirt.libvirtError):
            self.conn.close()
        self.conn = conn
        self._callbacks, self._network_callbacks = [], []
        self._register_events()
        for protection in self.protections.values():  # domain handles of the old connection
            with contextlib.suppress(libvirt.libvirtError):
                protection.runner.pair.tracker.domain = conn.lookupByUUIDString(protection.vm_id)
        log.warning("libvirt at %s answers again", self.uri)
        self.libvirt_error = None
        self._changed()
        return True

    def inventory(self) -> dict[str, Any]:
        """The domains and networks; while libvirt does not answer, the last ones seen, with
        `libvirt` saying why (the control plane shows the host's agent cut off then)."""
        try:
            listing = self._listing() if self._alive() else None
        except libvirt.libvirtError as exc:
            self.libvirt_error = exc.get_error_message() or "unreachable"
            listing = None
        if listing is not None:
            self._last_listing = listing
        vms, networks = listing or self._last_listing
        return {
            "vms": vms,
            "networks": networks,
            "storage": self.storage_figures(),
            "libvirt": {"connected": listing is not None, "error": self.libvirt_error or ""},
        }

    def _listing(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        vms = []
        network_xml = functools.cache(self._network_xml)  # each network read once a listing
        for dom in self.conn.listAllDomains():
            if not self._ours(dom):
                continue
            try:
                vms.append(self._domain(dom, network_xml))
            except libvirt.libvirtError:  # undefined while we looked
                continue
        networks = []
        for net in self.conn.listAllNetworks():
            with contextlib.suppress(libvirt.libvirtError):
                root = ET.fromstring(net.XMLDesc(0))
                forward = root.find("forward")
                networks.append(
                    {
                        "name": net.name(),
                        "active": bool(net.isActive()),
                        "forward": forward.get("mode", "nat") if forward is not None else "none",
                    }
                )
        return vms, networks

    def _network_xml(self, name: str) -> str | None:
        try:
            return str(self.conn.networkLookupByName(name).XMLDesc(0))
        except libvirt.libvirtError:
            return None

    def _domain(self, dom: Any, network_xml: Callable[[str], str | None]) -> dict[str, Any]:
        xml = dom.XMLDesc(0)
        root = ET.fromstring(xml)
        _state, max_mem_kib, _mem, cpus, _time = dom.info()
        disks = []
        for disk in replicated_disks(xml):
            try:
                with block_nodes(dom):
                    capacity = dom.blockInfo(disk.target)[0]
            except libvirt.libvirtError:
                capacity = 0
            disks.append(
                {
                    "id": disk.target,
                    "name": disk.path.name if disk.path else disk.target,
                    "size_bytes": capacity,
                    "format": disk.driver_type,
                }
            )
        networks = [
            src.get("network", "")
            for src in root.findall("./devices/interface[@type='network']/source")
        ]
        mark = copy_mark(xml)
        recovered = mark is not None and mark.role == "recovery"
        return {
            # A failed-over VM is the protected VM, wherever it runs now.
            "id": mark.vm_id if recovered and mark is not None else dom.UUIDString(),
            "domain_uuid": dom.UUIDString(),
            "recovered": recovered,
            "fenced": fenced_mark(xml),
            "name": dom.name(),
            "tags": [mark.tag] if mark is not None and mark.tag else [],
            "running": bool(dom.isActive()),
            "cpus": cpus,
            "memory_bytes": max_mem_kib * 1024,
            "disks": disks,
            "networks": [n for n in networks if n],
            # Its addresses as its networks' DHCP reserves them (what IP customization reads).
            "addresses": reserved_addresses(xml, network_xml),
        }

    def storage_figures(self) -> dict[str, Any] | None:
        try:
            usage = shutil.disk_usage(self.folder)
        except OSError:
            return None
        return {"total_bytes": usage.total, "free_bytes": usage.free}

    def heartbeat(self) -> dict[str, Any]:
        """What each heartbeat carries: the storage figures, whether libvirt answers, and the
        bytes each VM it replicates wrote since its newest checkpoint ("pending": the last
        figure the control plane holds when this host goes away with its VMs, which an
        unplanned failover reports as never replicated)."""
        alive = self._alive()
        figures: dict[str, Any] = {"libvirt": {"connected": alive}}
        storage = self.storage_figures()
        if storage is not None:
            figures["storage"] = storage
        if alive:
            figures["pending"] = {
                vm_id: p.runner.pair.pending_bytes for vm_id, p in list(self.protections.items())
            }
        return figures

    # --- commands ------------------------------------------------------------------------------

    async def command(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"_cmd_{method}", None)
        if handler is None:
            raise LookupError(f"unknown command {method!r}")
        try:
            return await handler(**params)
        except ReplicationError as exc:
            raise FabricError(str(exc)) from exc

    def _ours(self, dom: Any) -> bool:
        """The domains this agent serves: those its glob names, and the copies it made
        itself; never a copy another host's agent made (on one libvirt, as in tests)."""
        try:
            if dom.UUIDString() in self.recovery.uuids():
                return True
            if not fnmatch.fnmatchcase(dom.name(), self.domains):
                return False
            mark = copy_mark(dom.XMLDesc(0))
        except libvirt.libvirtError:
            return False
        return mark is None or mark.host_id == self.identity.host_id

    def _lookup(self, vm_id: str) -> Any:
        try:
            # A VM failed over to this host runs as a domain of its own (a new UUID).
            dom = self.conn.lookupByUUIDString(self.recovery.domain_of(vm_id) or vm_id)
        except libvirt.libvirtError as exc:
            raise FabricError(f"no VM {vm_id} on this host: {exc.get_error_message()}") from exc
        if not self._ours(dom):
            raise FabricError(f"VM {dom.name()} is not one this agent serves ({self.domains})")
        return dom

    def _protection(self, vm_id: str) -> Protection:
        protection = self.protections.get(vm_id)
        if protection is None:
            raise FabricError(f"VM {vm_id} is not protected on this host")
        return protection

    async def _cmd_start_vm(self, vm_id: str) -> None:
        if vm_id in self.fenced and self.recovery.domain_of(vm_id) is None:
            raise FabricError(
                f"VM {vm_id} failed over to another host and is fenced here: starting this "
                "old copy would run it twice"
            )
        dom = self._lookup(vm_id)
        if not dom.isActive():
            await asyncio.to_thread(dom.create)

    async def _cmd_stop_vm(self, vm_id: str) -> None:
        dom = self._lookup(vm_id)
        if dom.isActive():
            await asyncio.to_thread(dom.destroy)

    async def _cmd_protect(
        self, vm_id: str, target_host_id: str, target_address: str, policy: dict[str, Any]
    ) -> None:
        if vm_id in self.protections:
            return  # idempotent: a job repeating its step
        self._build(vm_id, target_host_id, target_address, Policy.model_validate(policy), None)
        self.recovery.keep(vm_id, dom_xml_inactive(self._lookup(vm_id)))
        self.save()

    # --- the failover family --------------------------------------------------------------------

    async def _cmd_domain_xml(self, vm_id: str) -> str:
        """The definition kept at enable time (else the current one): what the recovery host
        defines its copies from."""
        kept = self.recovery.kept(vm_id)
        return kept if kept is not None else dom_xml_inactive(self._lookup(vm_id))

    async def _cmd_keep_domain(self, vm_id: str, xml: str) -> None:
        self.recovery.keep(vm_id, xml)

    async def _cmd_test_failover(
        self,
        vm_id: str,
        choice: str,
        point_id: str | None,
        network: str | None,
        tag: str,
        xml: str | None = None,
        address: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        result = await asyncio.to_thread(
            self.recovery.test_failover, vm_id, choice, point_id, network, tag, xml, address
        )
        self._changed()
        return result

    async def _cmd_shut_down(
        self, vm_id: str, timeout: float = 120.0, force: bool = True
    ) -> dict[str, Any]:
        """ACPI shutdown, waited for up to `timeout` seconds; then forced off, or (without
        `force`) a refusal that says so. A domain already off is left as it is."""
        dom = self._lookup(vm_id)
        if not dom.isActive():
            return {"forced": False}
        with contextlib.suppress(libvirt.libvirtError):  # it may be going down already
            await asyncio.to_thread(dom.shutdown)
        deadline = asyncio.get_running_loop().time() + timeout
        while dom.isActive() and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.25)
        if not dom.isActive():
            return {"forced": False}
        if not force:
            raise FabricError(
                f"{dom.name()} did not shut down within {timeout:.0f} s (its guest ignored "
                "the ACPI power button): shut it down from inside, or force it off"
            )
        log.warning("%s did not shut down within %.0f s: forced off", dom.name(), timeout)
        with contextlib.suppress(libvirt.libvirtError):
            await asyncio.to_thread(dom.destroy)
        return {"forced": True}

    async def _cmd_final_sync(self, vm_id: str) -> dict[str, Any]:
        """The last cycle of a planned failover, the domain off: shipped from the persistent
        bitmap, after it the replica is byte-identical to the disks. Cycles stop for good."""
        protection = self._protection(vm_id)
        if self._lookup(vm_id).isActive():
            raise FabricError("the VM still runs: shut it down before the final sync")
        runner = protection.runner
        await runner.halt()
        await runner.final_sync(clean=False)
        self.save()
        write_json_atomic(self._final_synced_path, sorted(self._final_synced() | {vm_id}))
        return {"pending_bytes": runner.pair.pending_bytes}

    async def _cmd_halt_replication(self, vm_id: str) -> None:
        """No more cycles from this side (its VM failed over); the checkpoints stay."""
        protection = self.protections.get(vm_id)
        if protection is not None:
            await protection.runner.halt()
            self.save()

    @property
    def _fenced_path(self) -> Path:
        return self.folder / "fenced.json"

    @property
    def fenced(self) -> set[str]:
        """The VMs whose domains here are old copies of a VM that failed over elsewhere."""
        try:
            return set(json.loads(self._fenced_path.read_text()))
        except FileNotFoundError:
            return set()

    async def _cmd_fence(self, vm_id: str) -> None:
        """This host's copy of a VM that failed over elsewhere never starts or replicates on
        its own again: autostart off, Standby's fence mark in the domain's metadata, its
        cycles stopped for good (also after an agent restart), and start refused."""
        write_json_atomic(self._fenced_path, sorted(self.fenced | {vm_id}))
        protection = self.protections.get(vm_id)
        if protection is not None:
            await protection.runner.halt()
            self.save()
        try:
            dom = self.conn.lookupByUUIDString(vm_id)
        except libvirt.libvirtError:
            return  # the domain is gone: nothing left to start
        await asyncio.to_thread(fence_domain, dom)
        self._changed()

    async def _cmd_unfence(self, vm_id: str) -> None:
        """A cancelled failover: this copy is the VM again; it starts, and its cycles too."""
        write_json_atomic(self._fenced_path, sorted(self.fenced - {vm_id}))
        write_json_atomic(self._final_synced_path, sorted(self._final_synced() - {vm_id}))
        dom = self._lookup(vm_id)
        with contextlib.suppress(libvirt.libvirtError):  # no mark: nothing to remove
            await asyncio.to_thread(unfence_domain, dom)
        if not dom.isActive():
            await asyncio.to_thread(dom.create)
        protection = self.protections.get(vm_id)
        if protection is not None and protection.runner.state.initial_done:
            protection.runner.start()
            self.save()
        self._changed()

    async def _cmd_change_point(self, vm_id: str, point_id: str) -> dict[str, Any]:
        result = await asyncio.to_thread(self.recovery.change_point, vm_id, point_id)
        self._changed()
        return result

    async def _cmd_commit_failover(self, vm_id: str) -> None:
        await asyncio.to_thread(self.recovery.commit, vm_id)

    async def _cmd_cancel_failover(self, vm_id: str) -> None:
        await asyncio.to_thread(self.recovery.cancel, vm_id)
        self._changed()

    async def _cmd_replica_of(self, vm_id: str) -> bool:
        """Whether this host holds a replica of the VM (found while its source is away)."""
        return self.recovery.holds_replica(vm_id)

    async def _cmd_failover(
        self,
        vm_id: str,
        choice: str,
        point_id: str | None,
        xml: str | None = None,
        address: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        result = await asyncio.to_thread(
            self.recovery.failover, vm_id, choice, point_id, xml, address
        )
        self._changed()
        return result

    async def _cmd_check_test_copy(self, vm_id: str) -> list[dict[str, Any]]:
        return await asyncio.to_thread(self.recovery.check_test_copy, vm_id)

    async def _cmd_test_failover_cleanup(self, vm_id: str, tag: str) -> int:
        removed = await asyncio.to_thread(self.recovery.cleanup, vm_id, tag)
        self._changed()
        return removed

    # --- reverse replication (docs/architecture.md, "Failover of real VMs") ------------------

    @property
    def _final_synced_path(self) -> Path:
        return self.folder / "final-synced.json"

    def _final_synced(self) -> set[str]:
        """VMs whose last cycle from here was a planned failover's final sync (domain off)."""
        try:
            return set(json.loads(self._final_synced_path.read_text()))
        except FileNotFoundError:
            return set()

    def _turned_path(self, vm_id: str) -> Path:
        self.recovery.kept(vm_id)  # checks the id
        return self.folder / "turned" / f"{vm_id}.json"

    async def _cmd_turn_state(self, vm_id: str) -> dict[str, Any]:
        """Where this host stands in the VM's failover, reverse replication and failback."""
        protection = self.protections.get(vm_id)
        uuid = self.recovery.domain_of(vm_id)
        fenced = False
        if uuid is not None:
            with contextlib.suppress(libvirt.libvirtError):
                fenced = fenced_mark(self.conn.lookupByUUIDString(uuid).XMLDesc(0))
        return {
            "failed_over": vm_id in self.recovery.failovers,
            "recovery_fenced": fenced,
            "protected": protection is not None,
            "replicating": protection is not None and protection.runner.state.replicating,
        }

    async def _cmd_old_side_divergence(self, vm_id: str) -> dict[str, Any]:
        """What this old (fenced) side holds that the VM running elsewhere lacks: the bytes
        its disks took since their last shipped cycle, from the newest checkpoint's bitmap
        (none after a planned failover's final sync). When no bitmap can say (one left
        inconsistent by a crash), the whole disks: the resync may overwrite any of it."""
        protection = self.protections.get(vm_id)
        if protection is None:
            return {"bytes": 0, "counted": True}  # turned around already: it is the replica
        dom = self._lookup(vm_id)
        if vm_id in self._final_synced() and not dom.isActive():
            return {"bytes": 0, "counted": True}
        pair = protection.runner.pair
        found = await asyncio.to_thread(pair.tracker.unshipped_bytes)
        if found is None:
            return {"bytes": sum(d.size_bytes for d in pair.disks), "counted": False}
        return {"bytes": found, "counted": True}

    async def _cmd_blocks_after_point(self, vm_id: str) -> int:
        return self.recovery.after_point(vm_id)

    async def _cmd_last_cycle(self, vm_id: str) -> int:
        return await asyncio.to_thread(self.recovery.last_cycle, vm_id)

    async def _end_protection(self, vm_id: str, protection: Protection) -> None:
        """This side stops replicating the VM for good (it is turning into the replica): its
        cycles end, its checkpoints and tracking state go."""
        await protection.runner.close()
        pair = protection.runner.pair
        with contextlib.suppress(libvirt.libvirtError, ReplicationError):
            await asyncio.to_thread(pair.tracker.remove_checkpoints)
        pair.tracker.state_path.unlink(missing_ok=True)
        protection.transport.close()
        del self.protections[vm_id]
        self.save()

    async def _cmd_become_replica(self, vm_id: str, carry: int) -> dict[str, Any]:
        """Reverse replication's turn-around on the old side: the fenced old domain (off)
        gives its disks' contents to this host's replica of the VM (pair `vm_id`: raw sparse
        images converted here from its qcow2s, nothing travels), cycle ids carrying on after
        `carry`; its own protection ends (cycles, checkpoints, tracking state). The old
        domain stays defined and fenced with its images. Answers the policy it replicated
        with. Repeatable: a restart half-way converts again; once done, the same answer."""
        marker = self._turned_path(vm_id)
        try:
            turned: dict[str, Any] = json.loads(marker.read_text())
        except FileNotFoundError:
            turned = {}
        if turned.get("done"):
            return turned
        dom = self._lookup(vm_id)
        if dom.isActive():
            raise FabricError(f"{dom.name()} runs on this host: it cannot become the replica")
        protection = self.protections.get(vm_id)
        if protection is None and not turned:
            raise FabricError(f"VM {vm_id} was not replicated from this host")
        if protection is not None and protection.runner.state.replicating:
            raise FabricError(f"VM {vm_id} still replicates from this host: fail it over first")
        await self._cmd_fence(vm_id)  # a planned failover leaves it off, not fenced
        (self.folder / "reversed" / f"{vm_id}.json").unlink(missing_ok=True)
        if protection is not None:
            disks = await asyncio.to_thread(protection.runner.pair.tracker.check)
            turned = {
                "policy": protection.policy.model_dump(mode="json"),
                "disks": {t: [str(d.path), i.virtual_size] for t, (d, i) in disks.items()},
            }
            marker.parent.mkdir(exist_ok=True)
            write_json_atomic(marker, turned)
        for target, (path, size) in turned["disks"].items():
            image = self.service.image_path(vm_id, target)
            image.parent.mkdir(parents=True, exist_ok=True)
            staging = image.with_name(f"{target}.adopting")
            await asyncio.to_thread(qcow2_to_raw, Path(path), staging)
            self.service.adopt(
                staging, vm_id, vm_id=vm_id, disk_id=target, size_bytes=size, last_cycle_id=carry
            )
        if protection is not None:
            await self._end_protection(vm_id, protection)
        turned["done"] = True
        write_json_atomic(marker, turned)
        log.info("the old side of %s is its replica now (cycles carry on after %d)", vm_id, carry)
        self._changed()
        return turned

    async def _cmd_reverse_protect(
        self, vm_id: str, target_host_id: str, target_address: str, policy: dict[str, Any]
    ) -> dict[str, int]:
        """Reverse replication from this host: the failed-over VM (its overlays tracked by
        checkpoints of their own) replicates to `target_address`, whose replica is the old
        side's disks; a resync compares block hashes and ships only the blocks that differ,
        then cycles run in the new direction. The failover is committed first. Repeatable:
        once the resync ran, its result again."""
        done = self.folder / "reversed" / f"{vm_id}.json"
        self.recovery.kept(vm_id)  # checks the id
        if vm_id in self.protections and done.exists():
            answer: dict[str, int] = json.loads(done.read_text())
            return answer
        if vm_id in self.recovery.failovers:
            await asyncio.to_thread(self.recovery.turning_around, vm_id)
        else:  # a failback's return: the replica this host held of the VM is obsolete
            await asyncio.to_thread(self._drop_replica, vm_id)
        protection = self.protections.get(vm_id)
        if protection is None:
            protection = await asyncio.to_thread(
                self._build,
                vm_id,
                target_host_id,
                target_address,
                Policy.model_validate(policy),
                None,
            )
        protection.runner.turned_around()
        self.save()
        results = await protection.runner.reverse_resync()
        self.save()
        answer = {
            "blocks_compared": sum(r.blocks_compared for r in results),
            "blocks_shipped": sum(r.blocks_differing for r in results),
            "bytes_shipped": sum(r.bytes_shipped for r in results),
        }
        done.parent.mkdir(exist_ok=True)
        write_json_atomic(done, answer)
        log.info("reverse replication of %s: %s", vm_id, answer)
        self._changed()
        return answer

    def _drop_replica(self, vm_id: str) -> None:
        self.service.release_pair(vm_id)
        self._turned_path(vm_id).unlink(missing_ok=True)

    def _replica_point(self, vm_id: str, disks: list[str]) -> dict[str, Any]:
        """The newest point every disk of this host's replica of the VM holds."""
        newest = []
        for disk_id in disks:
            points = self.service.points(vm_id, disk_id)
            if not points:
                raise FabricError(f"the replica of {vm_id} here holds no point of disk {disk_id}")
            newest.append(max(points, key=lambda p: p.cycle_id))
        point = min(newest, key=lambda p: p.cycle_id)
        return _point_json(vm_id, point)

    async def _cmd_replica_last_cycle(self, vm_id: str) -> int:
        """The newest cycle id of this host's replica of the VM (point ids carry on after)."""
        turned = json.loads(self._turned_path(vm_id).read_text())
        return int(self._replica_point(vm_id, list(turned["disks"]))["cycle_id"])

    async def _cmd_fail_back(
        self, vm_id: str, address: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Failback's failover on the original host: the replica this host holds (the old
        disks, brought up to date by the VM's cycles from the recovery host and the final
        sync at its shutdown) is written back into the original domain's images (locally,
        `qemu-img convert -n`), the domain is unfenced and started — with the address its
        plan gives back (a subnet rule, backwards) reserved for its MAC in its network's
        DHCP first, as a failover does on the recovery host. Repeatable: once it runs, the
        same answer."""
        marker = self._turned_path(vm_id)
        try:
            turned: dict[str, Any] = json.loads(marker.read_text())
        except FileNotFoundError:
            raise FabricError(f"this host holds no replica of {vm_id} to fail back to") from None
        if "failed_back" in turned:
            return dict(turned["failed_back"])
        dom = self._lookup(vm_id)
        point = self._replica_point(vm_id, list(turned["disks"]))
        if dom.isActive():
            raise FabricError(f"{dom.name()} runs already: it was started outside the failback")
        for target, (path, _size) in turned["disks"].items():
            await asyncio.to_thread(
                raw_into_image, self.service.image_path(vm_id, target), Path(path)
            )
        turned["failed_back"] = point
        write_json_atomic(marker, turned)
        write_json_atomic(self._fenced_path, sorted(self.fenced - {vm_id}))
        write_json_atomic(self._final_synced_path, sorted(self._final_synced() - {vm_id}))
        with contextlib.suppress(libvirt.libvirtError):
            await asyncio.to_thread(unfence_domain, dom)
        await asyncio.to_thread(self._reserve_back, dom, address or {})
        await asyncio.to_thread(dom.create)
        log.info("%s failed back to this host at cycle %s", dom.name(), point["cycle_id"])
        self._changed()
        return point

    def _reserve_back(self, dom: Any, address: dict[str, Any]) -> None:
        """The address a failback's plan gives the original domain, reserved for its first
        MAC in the plan's network (its own when the plan names none). A network that cannot
        serve it is said in the log: the domain starts with what its network gives."""
        xml = dom.XMLDesc(0)
        ip, mac = address.get("ip"), first_mac(xml)
        network = address.get("network") or next(
            (
                s.get("network")
                for s in ET.fromstring(xml).findall("./devices/interface[@type='network']/source")
            ),
            None,
        )
        if not ip or not network or mac is None:
            return
        why = reserve_address(self.conn, network, mac, dom.name(), ip)
        if why is not None:
            log.warning("%s: address %s not reserved at failback: %s", dom.name(), ip, why)
        else:
            log.info(
                "%s gets %s on %s again (DHCP reservation for %s)", dom.name(), ip, network, mac
            )

    async def _cmd_fence_recovered(self, vm_id: str) -> None:
        """Failback's step on the recovery host: the recovery VM (shut down, final-synced)
        never starts again on its own; its cycles stop for good."""
        protection = self.protections.get(vm_id)
        if protection is not None:
            await protection.runner.halt()
            self.save()
        uuid = self.recovery.domain_of(vm_id)
        if uuid is None:
            return
        dom = self.conn.lookupByUUIDString(uuid)
        if dom.isActive():
            raise FabricError(f"{dom.name()} still runs: shut it down before failing back")
        await asyncio.to_thread(fence_domain, dom)
        self._changed()

    async def _cmd_become_replica_again(self, vm_id: str, carry: int) -> dict[str, Any]:
        """Failback's last turn-around on the recovery host: the recovery VM's disks (its
        overlays with the replica under them, flattened locally into raw images) become this
        host's replica of the VM again, cycle ids carrying on after `carry`; the recovery VM,
        its overlays and its protection go. Answers the policy. Repeatable."""
        marker = self.folder / "turning" / f"{vm_id}.json"
        self.recovery.kept(vm_id)  # checks the id
        try:
            turned: dict[str, Any] = json.loads(marker.read_text())
        except FileNotFoundError:
            turned = {}
        record = self.recovery.failovers.get(vm_id)
        protection = self.protections.get(vm_id)
        if not turned:
            if record is None or protection is None:
                raise FabricError(f"VM {vm_id} does not replicate from this host")
            turned = {
                "policy": protection.policy.model_dump(mode="json"),
                "disks": {
                    d: [str(Path(record.folder) / f"{d}.qcow2"), size]
                    for d, size in ((p.disk_id, p.size_bytes) for p in protection.runner.pair.disks)
                },
            }
            marker.parent.mkdir(exist_ok=True)
            write_json_atomic(marker, turned)
        if protection is not None:
            await self._end_protection(vm_id, protection)
        staging = marker.parent / vm_id
        staging.mkdir(exist_ok=True)
        if record is not None:
            for target, (overlay, _size) in turned["disks"].items():
                await asyncio.to_thread(qcow2_to_raw, Path(overlay), staging / f"{target}.img")
            await asyncio.to_thread(self.recovery.retire, vm_id)
            await asyncio.to_thread(self.service.release_pair, vm_id)
        for target, (_overlay, size) in turned["disks"].items():
            self.service.adopt(
                staging / f"{target}.img",
                vm_id,
                vm_id=vm_id,
                disk_id=target,
                size_bytes=size,
                last_cycle_id=carry,
            )
        shutil.rmtree(staging, ignore_errors=True)
        (self.folder / "reversed" / f"{vm_id}.json").unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
        self._changed()
        return turned

    def _build(
        self,
        vm_id: str,
        target_host_id: str,
        target_address: str,
        policy: Policy,
        saved: dict[str, Any] | None,
    ) -> Protection:
        dom = self._lookup(vm_id)
        ident = self.identity
        bucket = None
        if self.bandwidth_bps:
            bucket = self._buckets.setdefault(target_host_id, TokenBucket(self.bandwidth_bps / 8))
        transport = HttpTransport(
            f"https://{target_address}",
            client_ssl_context(ident.cert, ident.key, ident.ca),
            bucket,
        )
        pair = CheckpointPair(
            dom,
            pair_id=vm_id,
            vm_id=vm_id,
            transport=transport,
            state_dir=self.state_dir,
            compress=policy.compression,
            app_consistent=bool(policy.app_consistent_frequency_hours),
            # A failed-over VM runs on overlays over this host's sealed replicas: reverse
            # replication tracks those overlays.
            backing_under=self.service.root,
        )  # raises DiskNotTrackable (every reason) for disks it cannot track
        runner = ProtectionRunner(dom.name(), pair, policy, transport)
        if saved is not None:
            runner.restore(saved)
        protection = Protection(vm_id, target_host_id, target_address, policy, runner, transport)
        self.protections[vm_id] = protection
        return protection

    async def _cmd_initial_replication(self, vm_id: str) -> None:
        """Runs the copy as this host's own task: a control plane that stops waiting (a cut
        link) does not stop it; asking again waits for the same copy."""
        protection = self._protection(vm_id)
        if protection.copying is None or protection.copying.done():
            if protection.copying is not None and protection.copying.exception() is None:
                return
            protection.copying = asyncio.create_task(self._copy(protection))
        await asyncio.shield(protection.copying)

    async def _copy(self, protection: Protection) -> None:
        async def progress(fraction: float) -> None:
            if self.notify is not None:
                await self.notify("progress", {"vm_id": protection.vm_id, "fraction": fraction})

        await protection.runner.initial_replication(progress)
        self.save()

    async def _cmd_pause(self, vm_id: str) -> None:
        await self._protection(vm_id).runner.pause()
        self.save()

    async def _cmd_resume(self, vm_id: str) -> None:
        await self._protection(vm_id).runner.resume()
        self.save()

    async def _cmd_resync(self, vm_id: str) -> dict[str, int]:
        async def progress(_fraction: float) -> None:
            return None

        result = await self._protection(vm_id).runner.resync(progress)
        self.save()
        return {
            "blocks_compared": result.blocks_compared,
            "blocks_shipped": result.blocks_shipped,
            "bytes_shipped": result.bytes_shipped,
        }

    async def _cmd_unprotect(self, vm_id: str, delete_replica: bool) -> None:
        protection = self.protections.get(vm_id)
        if protection is None:
            return
        await protection.runner.close()
        pair = protection.runner.pair
        await asyncio.to_thread(pair.tracker.remove_checkpoints)
        if delete_replica:
            await asyncio.to_thread(self._delete_replica, protection)
        pair.tracker.state_path.unlink(missing_ok=True)
        protection.transport.close()
        del self.protections[vm_id]
        self.save()

    def _delete_replica(self, protection: Protection) -> None:
        transport = protection.transport
        with contextlib.suppress(ReplicationError, OSError):
            transport.release(protection.vm_id)

    async def _cmd_status(self, vm_id: str | None = None) -> list[dict[str, Any]]:
        chosen = (
            [self.protections[vm_id]]
            if vm_id in self.protections
            else ([] if vm_id else list(self.protections.values()))
        )
        return [status_to_json(await asyncio.to_thread(self._status, p)) for p in chosen]

    def _status(self, protection: Protection) -> ReplicationStatus:
        return replication_status(
            protection.vm_id,
            protection.runner.figures(),
            source_host_id=self.identity.host_id,
            target_host_id=protection.target_host_id,
            not_quiesced=protection.runner.pair.not_quiesced
            if protection.policy.app_consistent_frequency_hours
            else "",
        )

    # --- restart safety ------------------------------------------------------------------------

    @property
    def _saved_path(self) -> Path:
        return self.folder / "protections.json"

    def save(self) -> None:
        write_json_atomic(
            self._saved_path,
            {
                vm_id: {
                    "target_host_id": p.target_host_id,
                    "target_address": p.target_address,
                    "policy": p.policy.model_dump(mode="json"),
                    "runner": p.runner.snapshot(),
                }
                for vm_id, p in self.protections.items()
            },
        )

    async def resume(self) -> None:
        """Take up the protections saved before a restart: cycles run again where they ran,
        and a copy that was under way starts again."""
        import json

        try:
            saved = json.loads(self._saved_path.read_text())
        except FileNotFoundError:
            return
        for vm_id, raw in saved.items():
            try:
                protection = await asyncio.to_thread(
                    self._build,
                    vm_id,
                    raw["target_host_id"],
                    raw["target_address"],
                    Policy.model_validate(raw["policy"]),
                    raw["runner"],
                )
            except (FabricError, ReplicationError, OSError) as exc:
                log.error("protection of %s could not resume: %s", vm_id, exc)
                continue
            state = protection.runner.state
            if vm_id in self.fenced:
                continue  # an old copy of a VM that failed over: never again on its own
            if state.initial_done and state.replicating:
                protection.runner.start()

    async def close(self) -> None:
        for protection in list(self.protections.values()):
            await protection.runner.close()
            protection.transport.close()
        if self._server is not None:
            self._server.should_exit = True
            if self._server_thread is not None:
                await asyncio.to_thread(self._server_thread.join, 10)
        for callback in self._callbacks:
            with contextlib.suppress(libvirt.libvirtError):
                self.conn.domainEventDeregisterAny(callback)
        for callback in self._network_callbacks:
            with contextlib.suppress(libvirt.libvirtError):
                self.conn.networkEventDeregisterAny(callback)
        with contextlib.suppress(libvirt.libvirtError):
            self.conn.close()
