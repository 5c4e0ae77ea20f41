"""The recovery host's part of the failover family: the kept definitions of the VMs it holds
replicas of, test copies started from their recovery points, and failovers (start, change of
point, commit, cancel). docs/architecture.md, "Failover of real VMs", has the whole design.

A test copy (`test_failover`): the pair is held (its replica image stays still, incoming
cycles are staged and their points listed: replication goes on), each replicated disk gets a
qcow2 overlay on the replica image holding what the chosen point differs by
(app/libvirt/copies.py), and a domain is defined from the source's definition kept at enable
time, on the test network (made isolated when it does not exist), and started. Nothing grows
with the disk's size. What was made is recorded in `<storage>/test-copies.json` before it is
made, so cleanup (or a retry after a crash) removes exactly that: the domain, the overlays and
their folder, the network if this copy made it, and then the hold, which applies the staged
cycles.

A failover (`failover`) does the same with the VM's own name and networks, and also *seals*
the pair: no delta lands on the replica under a VM that runs from it. The replica keeps its
points until commit, so the point can be changed and the failover cancelled.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import shutil
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import libvirt

from app.domain.enums import RecoveryPointChoice
from app.domain.fabric import FabricError
from app.replication.errors import ReplicationError
from app.replication.hold import HoldingReplicaService
from app.replication.journal import RecoveryPointRecord
from app.replication.pair import vm_points
from app.replication.recovery import choose_point, point_id
from app.replication.sparse import write_json_atomic

from .consistency import check_point_disk
from .copies import (
    CopyMark,
    copy_domain_xml,
    ensure_isolated_network,
    first_mac,
    make_overlay,
    release_address,
    remove_domain,
    remove_network,
    reserve_address,
)
from .disks import domain_disks

log = logging.getLogger(__name__)


@dataclass
class TestCopy:
    """One test failover's copy on this host: what it made, so cleanup removes exactly that."""

    __test__ = False  # not a pytest test class

    vm_id: str
    tag: str
    name: str
    folder: str
    disks: list[str]
    network: str
    network_made: bool = False
    domain_uuid: str = ""
    point: dict[str, Any] = field(default_factory=dict)  # id, time, kind, cycle_id
    start_seconds: float | None = None  # from the request to the domain started
    overlay_bytes: int = 0  # what the point differs by, written into the overlays
    address: dict[str, Any] = field(default_factory=dict)  # its IP plan (see `Addressing`)
    reservation: dict[str, str] = field(default_factory=dict)  # network, mac: to release

    def result(self) -> dict[str, Any]:
        return {"test_vm_id": self.domain_uuid, **self.point, "start_seconds": self.start_seconds}


@dataclass
class FailedOver:
    """A VM this host runs after a failover: the overlays on its held replica and its domain.
    The replica itself stays as it was at the point (change of point and cancel need it)."""

    vm_id: str
    name: str
    folder: str
    disks: list[str]
    domain_uuid: str = ""
    point: dict[str, Any] = field(default_factory=dict)
    started: bool = False
    committed: bool = False
    address: dict[str, Any] = field(default_factory=dict)
    reservation: dict[str, str] = field(default_factory=dict)
    # Blocks (per disk) the replica held past the point: the old side has them and the
    # running VM does not (what reverse replication discards there).
    blocks_after_point: int = 0

    def result(self) -> dict[str, Any]:
        return {"domain_uuid": self.domain_uuid, **self.point}


FAILOVER_HOLDER = "failover"  # the hold a failed-over VM keeps: no cycle lands any more

T = TypeVar("T")


def one_per_vm(method: Callable[..., T]) -> Callable[..., T]:
    """A failover-family operation runs for one VM at a time on this host. Its command runs
    on a thread, which a cut connection does not stop (the control plane killed in the
    middle): the operation asked again after the restart waits for the first to end, then
    finds it done ("repeating it answers the same failover") instead of making its domain
    again under it — a VM is never started twice."""

    @functools.wraps(method)
    def serial(self: RecoverySide, vm_id: str, *args: Any, **kwargs: Any) -> T:
        with self._guard:
            lock = self._busy.setdefault(vm_id, threading.RLock())
        with lock:
            return method(self, vm_id, *args, **kwargs)

    return serial


class RecoverySide:
    def __init__(
        self,
        conn: Callable[[], Any],
        service: HoldingReplicaService,
        folder: Path,
        host_id: str,
    ) -> None:
        self._conn = conn  # the host's current libvirt connection (it may reconnect)
        self.service = service
        self.folder = folder
        self.host_id = host_id
        # (tag, vm id) → copy: a plan's test failover gives all its VMs one tag.
        self.copies: dict[tuple[str, str], TestCopy] = {}
        self._guard = threading.Lock()
        self._busy: dict[str, threading.RLock] = {}  # vm id → its operation's lock
        # Several VMs' operations run at once (a plan's group, in parallel): one writer at a
        # time for the records they share.
        self._saving = threading.Lock()
        # A check reads the held replica image under its overlays: cleanup (which releases
        # the hold, so staged cycles land on that image) waits for it to end.
        self._checking = threading.RLock()
        # A plan's VMs start and are cleaned up in parallel, sharing their test network: one
        # at a time makes it, or decides it is no longer used.
        self._networks = threading.Lock()
        try:
            raw = json.loads(self._copies_path.read_text())
        except FileNotFoundError:
            raw = {}
        for entry in raw.values():
            copy = TestCopy(**entry)
            self.copies[copy.tag, copy.vm_id] = copy
        self.failovers: dict[str, FailedOver] = {}  # vm id → its failover on this host
        try:
            raw = json.loads(self._failovers_path.read_text())
        except FileNotFoundError:
            raw = {}
        for vm_id, entry in raw.items():
            self.failovers[vm_id] = FailedOver(**entry)

    # --- kept definitions ---------------------------------------------------------------------

    def _kept_path(self, vm_id: str) -> Path:
        if not vm_id or "/" in vm_id or vm_id.startswith("."):
            raise FabricError(f"bad VM id {vm_id!r}")
        return self.folder / "domains" / f"{vm_id}.xml"

    def keep(self, vm_id: str, xml: str) -> None:
        """Keep a protected VM's definition (its source sends it at enable time)."""
        path = self._kept_path(vm_id)
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(xml)
        tmp.replace(path)

    def kept(self, vm_id: str) -> str | None:
        try:
            return self._kept_path(vm_id).read_text()
        except FileNotFoundError:
            return None

    # --- test copies --------------------------------------------------------------------------

    @property
    def _copies_path(self) -> Path:
        return self.folder / "test-copies.json"

    def _save(self) -> None:
        with self._saving:
            doc = {f"{t}/{v}": asdict(c) for (t, v), c in list(self.copies.items())}
            write_json_atomic(self._copies_path, doc)

    def uuids(self) -> set[str]:
        made = [c.domain_uuid for c in list(self.copies.values())]
        made += [f.domain_uuid for f in list(self.failovers.values())]
        return {u for u in made if u}

    # --- failover -----------------------------------------------------------------------------

    @property
    def _failovers_path(self) -> Path:
        return self.folder / "failovers.json"

    def _save_failovers(self) -> None:
        with self._saving:
            doc = {v: asdict(f) for v, f in list(self.failovers.items())}
            write_json_atomic(self._failovers_path, doc)

    @one_per_vm
    def failover(
        self,
        vm_id: str,
        choice: str,
        wanted: str | None,
        xml: str | None,
        address: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Start the VM here from a recovery point (blocks). The pair is held for good (the
        old side may still send: nothing lands on the replica under the running VM), the
        disks are overlays on the replica holding the point's differences, the domain is
        defined from the kept definition (same networks, new UUID and MACs) and started.
        Repeating it answers the same failover."""
        done = self.failovers.get(vm_id)
        if done is not None and done.started:
            return done.result()
        test = next((c for c in list(self.copies.values()) if c.vm_id == vm_id), None)
        if test is not None:
            raise FabricError(
                f"a test failover of {test.name.removesuffix('-test')} is running (tag "
                f"{test.tag}): clean it up before failing over"
            )
        kept, disks = self._definition(vm_id, xml)
        conn = self._conn()
        name = _name_of(kept)
        with contextlib.suppress(libvirt.libvirtError):
            if conn.lookupByName(name).UUIDString() != (done.domain_uuid if done else ""):
                name = f"{name}-recovery"  # the old domain shares this libvirt (one machine)
        record = done or FailedOver(vm_id, name, str(self.folder / "failovers" / vm_id), disks)
        record.address = address or record.address
        self.failovers[vm_id] = record
        self._save_failovers()
        self.service.hold(vm_id, disks, FAILOVER_HOLDER)
        self.service.seal(vm_id, f"{name} failed over to this host: its replica takes no cycles")
        if record.domain_uuid:  # a failover cut short: its domain is made again
            remove_domain(conn, record.domain_uuid)
        point, images, _, record.blocks_after_point = self._overlays(
            vm_id, disks, choice, wanted, Path(record.folder)
        )
        root = ET.fromstring(kept)
        mapped = str(record.address.get("network") or "")  # the mapping's recovery network
        renamed: dict[str, str] = {}
        for source in root.findall("./devices/interface[@type='network']/source"):
            network = renamed[source.get("network", "")] = mapped or source.get("network", "")
            try:
                conn.networkLookupByName(network)
            except libvirt.libvirtError:
                raise FabricError(
                    f"network {network} of {name} does not exist on this host: create it "
                    "(or map the VM's network to one that does) and fail over again"
                ) from None
        xml_copy = copy_domain_xml(
            kept,
            name=name,
            disks=images,
            network=None,
            folder=Path(record.folder),
            mark=CopyMark(vm_id, "recovery", vm_id, self.host_id),
            networks=renamed,
        )
        dom = conn.defineXML(xml_copy)
        record.domain_uuid = dom.UUIDString()
        self._release(record.reservation)  # a domain made again has new MACs
        record.reservation = self._reserve(dom, name, record.address)
        record.point = _point_json(vm_id, point)
        self._save_failovers()
        if not dom.isActive():
            dom.create()
        record.started = True
        self._save_failovers()
        log.info("%s failed over to this host from cycle %d", name, point.cycle_id)
        return record.result()

    def _failed_over(self, vm_id: str) -> FailedOver:
        record = self.failovers.get(vm_id)
        if record is None or not record.started:
            raise FabricError(f"VM {vm_id} has not failed over to this host")
        return record

    @one_per_vm
    def change_point(self, vm_id: str, wanted: str) -> dict[str, Any]:
        """Run the VM from another point (before commit): its domain is made again on new
        overlays of the same replica; what the guest wrote since the failover is discarded."""
        record = self._failed_over(vm_id)
        if record.committed:
            raise FabricError(f"the failover of {record.name} is committed")
        if record.point.get("point_id") == wanted:
            return record.result()
        record.started = False
        self._save_failovers()
        return self.failover(vm_id, str(RecoveryPointChoice.LISTED), wanted, None)

    @one_per_vm
    def commit(self, vm_id: str) -> None:
        """Keep the failover's point only; change of point and cancel are over."""
        record = self._failed_over(vm_id)
        if record.committed:
            return
        self.service.commit_point(vm_id, record.disks, int(record.point["cycle_id"]))
        record.committed = True
        self._save_failovers()

    @one_per_vm
    def cancel(self, vm_id: str) -> None:
        """Back before the failover: the domain and its overlays go, the replica takes cycles
        again (it never changed under the overlays). Repeatable."""
        record = self.failovers.get(vm_id)
        if record is None:
            return
        if record.committed:
            raise FabricError(f"the failover of {record.name} is committed: it cannot be cancelled")
        if record.domain_uuid:
            remove_domain(self._conn(), record.domain_uuid)
        self._release(record.reservation)
        shutil.rmtree(record.folder, ignore_errors=True)
        self.service.unseal(vm_id)
        self.service.release(vm_id, record.disks, FAILOVER_HOLDER)
        del self.failovers[vm_id]
        self._save_failovers()

    def after_point(self, vm_id: str) -> int:
        """Blocks the replica held past the failover's point (see `FailedOver`)."""
        record = self.failovers.get(vm_id)
        return record.blocks_after_point if record is not None else 0

    def last_cycle(self, vm_id: str) -> int:
        """The newest cycle id the VM's replica here knows (reverse replication's point ids
        carry on after it)."""
        record = self._failed_over(vm_id)
        return max(
            [int(record.point.get("cycle_id", 0))]
            + [p.cycle_id for d in record.disks for p in self.service.points(vm_id, d)]
        )

    def turning_around(self, vm_id: str) -> FailedOver:
        """Reverse replication starts from this failed-over VM: its failover is committed
        first (no change of point or cancel after its disks are tracked and replicated)."""
        record = self._failed_over(vm_id)
        self.commit(vm_id)
        return record

    def retire(self, vm_id: str) -> None:
        """Failback's end on this side: the recovery VM (off, its disks flattened into the
        new replica already) goes with its overlays, and the replica under them is no
        longer held or sealed. Repeatable."""
        record = self.failovers.get(vm_id)
        if record is None:
            return
        if record.domain_uuid:
            remove_domain(self._conn(), record.domain_uuid)
        self._release(record.reservation)
        shutil.rmtree(record.folder, ignore_errors=True)
        self.service.unseal(vm_id)
        self.service.release(vm_id, record.disks, FAILOVER_HOLDER)
        del self.failovers[vm_id]
        self._save_failovers()

    def holds_replica(self, vm_id: str) -> bool:
        if self.kept(vm_id) is None:
            return False
        return any(
            self.service.replica(vm_id, d.target) is not None
            for d in domain_disks(self.kept(vm_id) or "<domain/>")
        )

    def domain_of(self, vm_id: str) -> str | None:
        """The domain UUID a failed-over VM runs as here (None: not failed over here)."""
        record = self.failovers.get(vm_id)
        return record.domain_uuid if record is not None and record.domain_uuid else None

    @one_per_vm
    def test_failover(
        self,
        vm_id: str,
        choice: str,
        wanted: str | None,
        network: str | None,
        tag: str,
        xml: str | None,
        address: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Start a test copy (blocks; see the module's docstring). Repeating it with the same
        tag answers the same copy."""
        began = time.monotonic()
        existing = self.copies.get((tag, vm_id))
        if existing is not None and existing.domain_uuid and existing.start_seconds is not None:
            return existing.result()
        if existing is None:
            other = next((c for c in list(self.copies.values()) if c.vm_id == vm_id), None)
            if other is not None:
                raise FabricError(
                    f"a test failover of {other.name.removesuffix('-test')} is running "
                    f"(tag {other.tag}): clean it up first"
                )
        if vm_id in self.failovers:
            raise FabricError(f"VM {vm_id} runs on this host after a failover: no test copy")
        kept, disks = self._definition(vm_id, xml)
        source_name = _name_of(kept)
        copy = existing or TestCopy(
            vm_id=vm_id,
            tag=tag,
            name=f"{source_name}-test",
            folder=str(self.folder / "copies" / f"{tag}-{vm_id}"),
            disks=disks,
            network=network or drill_network_name(tag),
            address=address or {},
        )
        self.copies[tag, vm_id] = copy
        self._save()  # before anything is made: cleanup finds it whatever happens next
        try:
            return self._start(copy, choice, wanted, kept, began)
        except BaseException:
            with contextlib.suppress(Exception):
                self.cleanup(vm_id, tag)
            raise

    def _definition(self, vm_id: str, xml: str | None) -> tuple[str, list[str]]:
        """The kept definition (kept again when the source sent a newer one) and the disks
        this host holds replicas of."""
        if xml:
            self.keep(vm_id, xml)
        kept = self.kept(vm_id)
        if kept is None:
            raise FabricError(f"this host keeps no definition of VM {vm_id}")
        disks = [
            d.target
            for d in domain_disks(kept)
            if d.device == "disk" and self.service.replica(vm_id, d.target) is not None
        ]
        if not disks:
            raise FabricError(f"this host holds no replica of VM {vm_id}")
        return kept, disks

    def _overlays(
        self, vm_id: str, disks: list[str], choice: str, wanted: str | None, folder: Path
    ) -> tuple[RecoveryPointRecord, dict[str, Path], int, int]:
        """The chosen point of a held pair, as one overlay per disk in `folder`; with the
        bytes written into the overlays and how many blocks they cover."""
        service = self.service
        points = vm_points([service.points(vm_id, d) for d in disks])
        point = choose_point(vm_id, points, RecoveryPointChoice(choice), wanted)
        folder.mkdir(parents=True, exist_ok=True)
        folder.parent.chmod(0o711)
        folder.chmod(0o755)  # QEMU's user reaches the overlays
        images, written, blocks = {}, 0, 0
        for disk_id in disks:
            try:
                writes = service.differences(vm_id, disk_id, point.cycle_id)
            except ReplicationError as exc:
                raise FabricError(str(exc)) from exc
            images[disk_id] = folder / f"{disk_id}.qcow2"
            written += make_overlay(service.image_path(vm_id, disk_id), images[disk_id], writes)
            blocks += len({w.block for w in writes})
        return point, images, written, blocks

    def _start(
        self, copy: TestCopy, choice: str, wanted: str | None, kept: str, began: float
    ) -> dict[str, Any]:
        vm_id = copy.vm_id
        self.service.hold(vm_id, copy.disks, copy.tag)
        folder = Path(copy.folder)
        point, images, copy.overlay_bytes, _ = self._overlays(
            vm_id, copy.disks, choice, wanted, folder
        )
        conn = self._conn()
        subnet = copy.address.get("subnet")  # a network it makes serves the planned subnet
        with self._networks:
            made = ensure_isolated_network(conn, copy.network, subnet)
        copy.network_made = made or copy.network_made
        self._save()
        xml = copy_domain_xml(
            kept,
            name=copy.name,
            disks=images,
            network=copy.network,
            folder=folder,
            mark=CopyMark(vm_id, "test", copy.tag, self.host_id),
        )
        dom = conn.defineXML(xml)
        copy.domain_uuid = dom.UUIDString()
        address = copy.address | {"network": copy.network}
        self._release(copy.reservation)
        copy.reservation = self._reserve(dom, copy.name, address)
        self._save()
        dom.create()
        copy.point = _point_json(vm_id, point)
        copy.start_seconds = round(time.monotonic() - began, 3)
        self._save()
        log.info(
            "test copy %s of %s started from cycle %d in %.2f s (%d bytes in its overlays)",
            copy.name,
            vm_id,
            point.cycle_id,
            copy.start_seconds,
            copy.overlay_bytes,
        )
        return copy.result()

    def _reserve(self, dom: Any, name: str, address: dict[str, Any]) -> dict[str, str]:
        """The address a rule gave the VM, reserved for its first interface's MAC on the
        network it starts in (nothing when no rule assigned one). A network that cannot
        serve it is said in the log: the VM starts with whatever the network gives."""
        ip, network = address.get("ip"), address.get("network")
        mac = first_mac(dom.XMLDesc(0))
        if not ip or not network or mac is None:
            return {}
        why = reserve_address(self._conn(), network, mac, name, ip)
        if why is not None:
            log.warning("%s: address %s not reserved: %s", name, ip, why)
            return {}
        log.info("%s gets %s on %s (DHCP reservation for %s)", name, ip, network, mac)
        return {"network": network, "mac": mac}

    def _release(self, reservation: dict[str, str]) -> None:
        if reservation:
            with contextlib.suppress(libvirt.libvirtError):
                release_address(self._conn(), reservation["network"], reservation["mac"])

    def check_test_copy(self, vm_id: str) -> list[dict[str, Any]]:
        """Prove the running test copy's point consistent (app/libvirt/consistency.py), disk
        by disk, on throw-away overlays of the point: neither the held replica nor the
        copy's own overlays are written. Blocks for as long as the checks run."""
        with self._checking:
            return self._check_test_copy(vm_id)

    def _check_test_copy(self, vm_id: str) -> list[dict[str, Any]]:
        copy = next((c for c in self.copies.values() if c.vm_id == vm_id), None)
        if copy is None or not copy.domain_uuid or "cycle_id" not in copy.point:
            raise FabricError(f"VM {vm_id} has no test copy on this host")
        checks = []
        for n, disk_id in enumerate(copy.disks):
            try:
                writes = self.service.differences(vm_id, disk_id, int(copy.point["cycle_id"]))
            except ReplicationError as exc:
                raise FabricError(str(exc)) from exc
            folder = self.folder / "checks" / f"{copy.tag}-{n}"
            checks += check_point_disk(
                self.service.image_path(vm_id, disk_id), writes, folder, disk_id
            )
        return [c.model_dump(mode="json") for c in checks]

    @one_per_vm
    def cleanup(self, vm_id: str, tag: str) -> int:
        """Remove what the copy carrying `tag` made; returns how many objects (the domain,
        its disk images, the network it made) were removed. Repeatable."""
        with self._checking:
            return self._cleanup(vm_id, tag)

    def _cleanup(self, vm_id: str, tag: str) -> int:
        copy = self.copies.get((tag, vm_id))
        if copy is None:
            return 0
        conn = self._conn()
        removed = 0
        if copy.domain_uuid and remove_domain(conn, copy.domain_uuid):
            removed += 1
        self._release(copy.reservation)
        folder = Path(copy.folder)
        removed += sum(1 for d in copy.disks if (folder / f"{d}.qcow2").exists())
        shutil.rmtree(folder, ignore_errors=True)
        with self._networks:
            others = list(self.copies.values())
            heir = next((c for c in others if c is not copy and c.network == copy.network), None)
            if copy.network_made and heir is not None:
                heir.network_made = True  # the last copy on it removes it
            elif copy.network_made and remove_network(conn, copy.network):
                removed += 1
            copy.network, copy.network_made = "", False  # no longer one of its users
            self._save()
        applied = self.service.release(vm_id, copy.disks, tag)
        del self.copies[tag, vm_id]
        self._save()
        log.info(
            "test copy %s removed (%d objects); %d staged cycles applied", tag, removed, applied
        )
        return removed


def drill_network_name(tag: str) -> str:
    """The isolated network a test failover makes when no test network was chosen: one per
    tag on a host, so the VMs of a plan's drill reach each other there (and nothing else)."""
    return f"standby-{tag}-testnet"


def _point_json(vm_id: str, point: RecoveryPointRecord) -> dict[str, Any]:
    return {
        "point_id": point_id(vm_id, point.cycle_id),
        "point_time": point.time.isoformat(),
        "point_kind": str(point.kind),
        "cycle_id": point.cycle_id,
    }


def _name_of(xml: str) -> str:
    name = ET.fromstring(xml).findtext("name")
    return name or "vm"


def dom_xml_inactive(dom: Any) -> str:
    return str(dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE | libvirt.VIR_DOMAIN_XML_SECURE))
