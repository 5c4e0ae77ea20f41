"""AgentFabric: the fabric protocols, carried out by asking host agents.

Sites and clouds are the control plane's own grouping of enrolled hosts (the registry); hosts
and their VMs and networks are what each agent last reported, live while it is connected and
kept as last seen while it is away (its agent then shows disconnected, as a VMM shows a host
whose agent stopped answering). Replication runs on the agents: the source host's agent
tracks and ships a VM's disks to the recovery host's agent directly; the control plane only
tells it where to, and reads its figures.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import ipaddress
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.domain.addressing import AddressPlan
from app.domain.enums import PowerState, RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import (
    Divergence,
    FabricError,
    FabricInventory,
    FailoverResult,
    Progress,
    RegistrationKey,
    ReplicationStatus,
    ResyncResult,
    ReverseResult,
    TestFailoverResult,
    UnknownObject,
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
from app.replication.sparse import BLOCK_SIZE, write_json_atomic

from .hub import Hub
from .registry import Registry
from .status import status_from_json

log = logging.getLogger(__name__)

CONTROL_PLANE = "Standby control plane"  # the VMM role, in the inventory's words
LONG_CALL = None  # an initial copy or a resync: as long as it takes
# After a start of the control plane (a restart, kill -9 included) its enrolled agents connect
# again within seconds (their backoff starts at half a second). Until every one has, or this
# long after the start, an operation waits for them: a job resumed at the restart carries on
# instead of failing on a host that only looks away (nothing is known of a host's VMs before
# its agent reports them). A host still away then is away: the operation goes on without it.
AGENTS_RETURN_SECONDS = 60.0


def network_id(host_id: str, name: str) -> str:
    return f"{host_id}.{''.join(c if c.isalnum() or c in '_.-' else '-' for c in name)}"[:64]


class AgentFabric:
    """The estate of enrolled host agents, with the hub they connect to."""

    name = "agents"

    def __init__(
        self,
        folder: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        shutdown_seconds: float = 120.0,
        force_off: bool = True,
    ) -> None:
        self.folder = Path(folder)
        # A planned failover's shutdown: how long the guest gets to answer the ACPI power
        # button, then forced off (or, without force_off, the failover stops and says so).
        self.shutdown_seconds = shutdown_seconds
        self.force_off = force_off
        self.folder.mkdir(parents=True, exist_ok=True)
        self._bind = (host, port)
        self.registry: Registry | None = None
        self.hub: Hub | None = None
        self._watchers: list[Callable[[], None]] = []
        self._progress: dict[str, Progress] = {}
        self._storage: dict[str, HostStorage] = {}
        self._reports: set[asyncio.Future[None]] = set()
        self._started_at = 0.0  # the event loop's time at start
        # Old copies of failed-over VMs to fence when their hosts return (vm id → host id).
        self._pending_fences: dict[str, str] = {}
        with contextlib.suppress(FileNotFoundError, ValueError):
            self._pending_fences = json.loads(self._fences_path.read_text())
        self._fencing: set[str] = set()

    # --- Fabric -------------------------------------------------------------------------------

    async def start(self) -> None:
        if self.hub is not None:
            return
        host, port = self._bind
        if port == 0:  # the key files name the hub's address: keep it across restarts
            port = self._saved_port() or 0
        self.registry = Registry(self.folder, f"{host}:{port}")
        self.hub = Hub(self.registry, self.folder, host, port)
        self.hub.changed = self._changed
        self.hub.events.append(self._agent_event)
        await self.hub.start()
        self._started_at = asyncio.get_running_loop().time()
        if self.hub.port != port:
            self.registry.hub_address = self.hub.address  # what new key files name
            (self.folder / "hub.port").write_text(str(self.hub.port))

    async def _agents_back(self) -> None:
        """Wait until every enrolled host's agent has connected since the start, for up to
        AGENTS_RETURN_SECONDS after it (see there)."""
        hub, registry = self._hub(), self._registry()
        loop = asyncio.get_running_loop()
        while loop.time() < self._started_at + AGENTS_RETURN_SECONDS:
            if {h.id for h in registry.hosts()} <= set(hub.seen):
                return
            await asyncio.sleep(0.2)

    def _saved_port(self) -> int | None:
        try:
            return int((self.folder / "hub.port").read_text())
        except (FileNotFoundError, ValueError):
            return None

    @property
    def address(self) -> str:
        return self._hub().address

    def _hub(self) -> Hub:
        if self.hub is None:
            raise FabricError("the agents' hub has not started")
        return self.hub

    def _registry(self) -> Registry:
        if self.registry is None:
            raise FabricError("the agents' hub has not started")
        return self.registry

    async def close(self) -> None:
        if self.hub is not None:
            await self.hub.close()

    def watch_changes(self, changed: Callable[[], None]) -> None:
        self._watchers.append(changed)

    def _changed(self) -> None:
        if self._pending_fences:
            self._fence_returning_hosts()
        for watcher in list(self._watchers):
            watcher()

    async def inventory(self) -> FabricInventory:
        registry, hub = self._registry(), self._hub()
        sites = [
            Site(
                id=s.id,
                name=s.name,
                location=s.location,
                vmm_server=VmmServer(
                    name=CONTROL_PLANE,
                    provider=ConnectionState(connected=True, last_heartbeat=datetime.now(UTC)),
                ),
            )
            for s in registry.sites()
        ]
        clouds = [Cloud(id=c.id, site_id=c.site_id, name=c.name) for c in registry.clouds()]
        hosts, networks = [], []
        vms: list[tuple[bool, Vm]] = []
        for record in registry.hosts():
            session = hub.sessions.get(record.id)
            seen = hub.seen.get(record.id)
            inventory = session.inventory if session else seen.inventory if seen else {}
            storage = self._host_storage(record.id, inventory.get("storage"))
            # An agent whose hypervisor does not answer cannot manage its host: cut off too.
            hypervisor = (inventory.get("libvirt") or {}).get("connected", True)
            hosts.append(
                Host(
                    id=record.id,
                    cloud_id=record.cloud_id,
                    name=record.name,
                    agent=ConnectionState(
                        connected=session is not None and bool(hypervisor),
                        last_heartbeat=(
                            session.last_heartbeat
                            if session
                            else seen.last_heartbeat
                            if seen
                            else None
                        ),
                        version=session.version if session else seen.version if seen else "",
                    ),
                    storage=storage,
                )
            )
            for net in inventory.get("networks", []):
                networks.append(
                    Network(
                        id=network_id(record.id, net["name"]),
                        site_id=record.site_id,
                        name=net["name"],
                    )
                )
            for vm in inventory.get("vms", []):
                if vm.get("recovered") and vm.get("fenced"):
                    continue  # a failback's recovery VM, until it becomes the replica
                vms.append((bool(vm.get("recovered")), self._vm(record.id, vm)))
        # A failed-over VM is the one running on the recovery host; its old domain is not
        # listed beside it under the same id.
        recovered = {vm.id for r, vm in vms if r}
        listed = [vm for r, vm in vms if r or vm.id not in recovered]
        return FabricInventory(sites, clouds, hosts, listed, networks)

    def _host_storage(self, host_id: str, raw: dict[str, Any] | None) -> HostStorage | None:
        if not raw:
            return None
        storage = HostStorage.measured(
            int(raw["total_bytes"]), int(raw["free_bytes"]), self._storage.get(host_id)
        )
        self._storage[host_id] = storage
        return storage

    @staticmethod
    def _vm(host_id: str, raw: dict[str, Any]) -> Vm:
        nets = raw.get("networks") or []
        return Vm(
            id=raw["id"],
            host_id=host_id,
            name=raw["name"],
            power_state=PowerState.RUNNING if raw.get("running") else PowerState.OFF,
            network_id=network_id(host_id, nets[0]) if nets else None,
            disks=[
                Disk(id=d["id"], name=d["name"], size_bytes=int(d["size_bytes"]))
                for d in raw.get("disks", [])
            ],
            tags=list(raw.get("tags", [])),
            addresses=list(raw.get("addresses", [])),
        )

    def _reported(self, vm_id: str) -> list[tuple[str, dict[str, Any]]]:
        """(host, its report) of every host whose agent reports the VM (connected or last
        seen): after a failover, the recovery host (the VM, recovered) and the old one."""
        hub = self._hub()
        found = []
        for host_id, seen in hub.seen.items():
            session = hub.sessions.get(host_id)
            inventory = session.inventory if session else seen.inventory
            found += [(host_id, vm) for vm in inventory.get("vms", []) if vm.get("id") == vm_id]
        return found

    def _recovered_on(self, vm_id: str) -> str | None:
        """The host the VM failed over to, when it did (and has not failed back)."""
        return next(
            (h for h, vm in self._reported(vm_id) if vm.get("recovered") and not vm.get("fenced")),
            None,
        )

    def _recovery_copy_on(self, vm_id: str) -> str | None:
        """The host holding a recovery VM of the VM, running or fenced after a failback."""
        return next((h for h, vm in self._reported(vm_id) if vm.get("recovered")), None)

    async def _turn(self, vm_id: str) -> tuple[str | None, dict[str, Any]]:
        """The recovery host (None: not failed over) and where it stands (`turn_state`)."""
        recovery = self._recovery_copy_on(vm_id)
        if recovery is None:
            return None, {}
        return recovery, await self._hub().call(recovery, "turn_state", {"vm_id": vm_id}, 30.0)

    async def _failing_back(self, vm_id: str) -> str | None:
        """The recovery host when the VM replicates from it (reversed: a failback's steps
        shut it down and final-sync it there), else None."""
        recovery, turn = await self._turn(vm_id)
        if recovery is not None and turn.get("protected") and not turn.get("recovery_fenced"):
            return recovery
        return None

    def _vm_host(self, vm_id: str) -> str:
        """The host the VM runs on: where it failed over to, else where it is reported."""
        reports = self._reported(vm_id)
        if not reports:
            raise UnknownObject(f"no host reports VM {vm_id}")
        return self._recovered_on(vm_id) or reports[0][0]

    def _old_host(self, vm_id: str) -> str:
        """The host of the VM's original domain (the source of its replication)."""
        host = next((h for h, vm in self._reported(vm_id) if not vm.get("recovered")), None)
        if host is None:
            raise UnknownObject(f"no host reports the original domain of VM {vm_id}")
        return host

    async def start_vm(self, vm_id: str) -> None:
        await self._agents_back()
        await self._hub().call(self._vm_host(vm_id), "start_vm", {"vm_id": vm_id})

    async def stop_vm(self, vm_id: str) -> None:
        await self._agents_back()
        await self._hub().call(self._vm_host(vm_id), "stop_vm", {"vm_id": vm_id})

    # --- ReplicationFabric --------------------------------------------------------------------

    async def enable_replication(self, vm_id: str, target_host_id: str, policy: Policy) -> None:
        await self._agents_back()
        hub = self._hub()
        source = self._vm_host(vm_id)
        if source == target_host_id:
            raise FabricError("the recovery host must be another host than the VM's")
        address = self._replica_address(target_host_id)
        await hub.call(
            source,
            "protect",
            {
                "vm_id": vm_id,
                "target_host_id": target_host_id,
                "target_address": address,
                "policy": policy.model_dump(mode="json"),
            },
        )
        # The recovery host keeps the definition it will define failover and test VMs from,
        # so it has it when the source's host is away.
        xml = await hub.call(source, "domain_xml", {"vm_id": vm_id})
        await hub.call(target_host_id, "keep_domain", {"vm_id": vm_id, "xml": xml})

    async def initial_replication(self, vm_id: str, progress: Progress) -> None:
        """The source agent copies on its own; a cut connection (or an agent restart) only
        interrupts the waiting here, which asks again once the agent is back: the agent
        resumes or carries on its copy."""
        await self._agents_back()
        self._progress[vm_id] = progress
        try:
            await self._until_done(vm_id, "initial_replication", {"vm_id": vm_id})
        finally:
            self._progress.pop(vm_id, None)

    async def _until_done(self, vm_id: str, method: str, params: dict[str, Any]) -> Any:
        hub = self._hub()
        source = self._vm_host(vm_id)
        deadline = asyncio.get_running_loop().time() + 3600.0
        while True:
            try:
                return await hub.call(source, method, params, timeout=LONG_CALL)
            except FabricError as exc:
                if source in hub.sessions and not isinstance(exc.__cause__, ConnectionError):
                    raise  # the agent answered with a refusal
                if asyncio.get_running_loop().time() > deadline:
                    raise
                log.info("%s of %s waits for the agent of its host: %s", method, vm_id, exc)
                await asyncio.sleep(1.0)

    def _agent_event(self, host_id: str, event: str, data: dict[str, Any]) -> None:
        if event == "progress":
            progress = self._progress.get(str(data.get("vm_id")))
            if progress is not None:
                task = asyncio.ensure_future(progress(float(data["fraction"])))
                self._reports.add(task)
                task.add_done_callback(self._reports.discard)

    async def disable_replication(self, vm_id: str, delete_replica: bool) -> None:
        await self._agents_back()
        await self._hub().call(
            self._vm_host(vm_id),
            "unprotect",
            {"vm_id": vm_id, "delete_replica": delete_replica},
            timeout=300.0,
        )

    async def replication_status(self) -> dict[str, ReplicationStatus]:
        hub = self._hub()
        statuses: dict[str, ReplicationStatus] = {}

        async def read(host_id: str) -> None:
            try:
                raw = await hub.call(host_id, "status", {}, timeout=30.0)
            except FabricError as exc:
                log.info("status of host %s: %s", hub.host_name(host_id), exc)
                return
            for item in raw:
                status = status_from_json(item)
                statuses[status.vm_id] = status

        await asyncio.gather(*(read(h) for h in list(hub.sessions)))
        return statuses

    async def item_status(self, vm_id: str) -> ReplicationStatus | None:
        raw = await self._hub().call(self._vm_host(vm_id), "status", {"vm_id": vm_id}, 30.0)
        return status_from_json(raw[0]) if raw else None

    # --- ReplicationControl -------------------------------------------------------------------

    async def pause_replication(self, vm_id: str) -> None:
        await self._agents_back()
        await self._hub().call(self._vm_host(vm_id), "pause", {"vm_id": vm_id}, timeout=300.0)

    async def resume_replication(self, vm_id: str) -> None:
        await self._agents_back()
        await self._hub().call(self._vm_host(vm_id), "resume", {"vm_id": vm_id})

    async def resync_replication(self, vm_id: str, progress: Progress) -> ResyncResult:
        await self._agents_back()
        raw = await self._until_done(vm_id, "resync", {"vm_id": vm_id})
        await progress(1.0)
        return ResyncResult(**raw)

    # --- FailoverFabric -----------------------------------------------------------------------
    #
    # The recovery host's agent does the work (app/libvirt/recovery.py); the control plane
    # finds the replica's host from the source's status and passes the source's definition
    # when its host answers (the recovery host kept one at enable time otherwise).

    async def _replica_host(self, vm_id: str) -> str:
        try:
            status = await self._source_status(vm_id)
        except FabricError as exc:
            # The source's host is away (an outage): the host that holds the replica says so.
            hub = self._hub()
            for host_id in list(hub.sessions):
                with contextlib.suppress(FabricError):
                    if await hub.call(host_id, "replica_of", {"vm_id": vm_id}, timeout=30.0):
                        return host_id
            raise FabricError(f"no connected host holds a replica of {vm_id}: {exc}") from exc
        if status is None or status.target_host_id is None:
            raise FabricError(f"replication of {vm_id} is not enabled")
        return status.target_host_id

    async def _source_xml(self, vm_id: str) -> str | None:
        try:
            return str(await self._hub().call(self._vm_host(vm_id), "domain_xml", {"vm_id": vm_id}))
        except FabricError as exc:
            log.info("definition of %s from its host: %s (the kept one is used)", vm_id, exc)
            return None

    def _network_name(self, network: str | None) -> str | None:
        if network is None:
            return None
        hub = self._hub()
        for host_id, seen in hub.seen.items():
            session = hub.sessions.get(host_id)
            inventory = session.inventory if session else seen.inventory
            for net in inventory.get("networks", []):
                if network_id(host_id, net["name"]) == network:
                    return str(net["name"])
        raise UnknownObject(f"no host reports network {network}")

    def _addressing(self, plan: AddressPlan | None, test: bool) -> dict[str, Any] | None:
        """What a host needs of a VM's address plan: the recovery network to start in (by its
        libvirt name; a test copy keeps its test network), and the address a rule assigned,
        which the host reserves for the VM's MAC in that network's DHCP."""
        if plan is None:
            return None
        wanted: dict[str, Any] = {}
        if plan.recovery_network_id and not test:
            wanted["network"] = self._network_name(plan.recovery_network_id)
        if plan.assigned and plan.address:
            wanted["ip"] = plan.ip
            wanted["subnet"] = str(ipaddress.ip_interface(plan.address).network)
        return wanted

    async def test_failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        network_id: str | None,
        tag: str,
        address: AddressPlan | None = None,
    ) -> TestFailoverResult:
        await self._agents_back()
        target = await self._replica_host(vm_id)
        raw = await self._hub().call(
            target,
            "test_failover",
            {
                "vm_id": vm_id,
                "choice": RecoveryPointChoice(choice).value,
                "point_id": point_id,
                "network": self._network_name(network_id),
                "tag": tag,
                "xml": await self._source_xml(vm_id),
                "address": self._addressing(address, test=True),
            },
            timeout=600.0,
        )
        return TestFailoverResult(
            test_vm_id=raw["test_vm_id"],
            point_id=raw["point_id"],
            point_time=datetime.fromisoformat(raw["point_time"]),
            point_kind=RecoveryPointKind(raw["point_kind"]),
        )

    async def test_failover_cleanup(self, vm_id: str, tag: str) -> int:
        """On the replica's host; refused while that host is away (its copy would stay and
        the item would read cleaned up). Without a source to say which host that is, every
        connected host is asked (only the one that made the copy finds its tag)."""
        await self._agents_back()
        hub = self._hub()
        try:
            target: str | None = await self._replica_host(vm_id)
        except FabricError:
            target = None
        if target is None:
            away = [h.id for h in self._registry().hosts() if h.id not in hub.sessions]
            if away:
                raise FabricError(
                    f"host {hub.host_name(away[0])} is not connected and may hold the test "
                    "copy: clean up again when it is back"
                )
            hosts = list(hub.sessions)
        elif target not in hub.sessions:
            raise FabricError(
                f"the recovery host {hub.host_name(target)} is not connected: its test copy "
                "stays until it is back; clean up again then"
            )
        else:
            hosts = [target]
        removed = 0
        for host_id in hosts:
            removed += int(
                await hub.call(
                    host_id, "test_failover_cleanup", {"vm_id": vm_id, "tag": tag}, timeout=300.0
                )
            )
        return removed

    async def check_test_copy(self, vm_id: str) -> list[ConsistencyCheck]:
        """On the host that made the test copy (it holds the replica the point is on); when
        the source's host is away, the connected host that holds the replica."""
        hub = self._hub()
        target = await self._replica_host(vm_id)
        if target not in hub.sessions:
            raise FabricError(
                f"the recovery host {hub.host_name(target)} is not connected: its test copy "
                "cannot be checked until it is back"
            )
        raw = await hub.call(target, "check_test_copy", {"vm_id": vm_id}, timeout=1800.0)
        return [ConsistencyCheck.model_validate(c) for c in raw]

    async def _source_status(self, vm_id: str) -> ReplicationStatus | None:
        raw = await self._hub().call(self._old_host(vm_id), "status", {"vm_id": vm_id}, 30.0)
        return status_from_json(raw[0]) if raw else None

    async def shut_down(self, vm_id: str) -> None:
        await self._agents_back()
        back = await self._failing_back(vm_id)
        if back is None and self._recovery_copy_on(vm_id):
            return  # a step before the failover, repeated: the copy that runs must go on
        answer = await self._hub().call(
            back or self._old_host(vm_id),
            "shut_down",
            {"vm_id": vm_id, "timeout": self.shutdown_seconds, "force": self.force_off},
            timeout=self.shutdown_seconds + 60.0,
        )
        if answer.get("forced"):
            log.warning("%s was forced off after %.0f s", vm_id, self.shutdown_seconds)

    async def final_sync(self, vm_id: str) -> None:
        await self._agents_back()
        back = await self._failing_back(vm_id)
        if back is None and self._recovery_copy_on(vm_id):
            return  # a step before the failover, repeated: its cycle ran then
        await self._hub().call(
            back or self._old_host(vm_id), "final_sync", {"vm_id": vm_id}, timeout=LONG_CALL
        )

    async def failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        address: AddressPlan | None = None,
    ) -> FailoverResult:
        await self._agents_back()
        hub = self._hub()
        recovery, turn = await self._turn(vm_id)
        if recovery is not None and (turn.get("protected") or turn.get("recovery_fenced")):
            return await self._fail_back(vm_id, recovery, address)
        target = self._recovered_on(vm_id)
        unreplicated, until = 0, datetime.now(UTC)
        if target is None:
            target = await self._replica_host(vm_id)
            # The old side stops cycling (when its host answers); the replica is sealed by
            # the failover anyway, so a late cycle never lands under the running VM.
            try:
                status = await self._source_status(vm_id)
                unreplicated = status.pending_bytes if status else 0
                await hub.call(self._old_host(vm_id), "halt_replication", {"vm_id": vm_id})
            except FabricError as exc:
                log.warning("failover of %s: its old host does not answer: %s", vm_id, exc)
                unreplicated, until = self._last_pending(vm_id)
        raw = await hub.call(
            target,
            "failover",
            {
                "vm_id": vm_id,
                "choice": RecoveryPointChoice(choice).value,
                "point_id": point_id,
                "xml": await self._source_xml(vm_id),
                "address": self._addressing(address, test=False),
            },
            timeout=600.0,
        )
        return FailoverResult(
            point_id=raw["point_id"],
            point_time=datetime.fromisoformat(raw["point_time"]),
            point_kind=RecoveryPointKind(raw["point_kind"]),
            writes_lost=None,  # not countable on real guests; told in bytes
            unreplicated_bytes=unreplicated,
            writes_until=until,
        )

    def _last_pending(self, vm_id: str) -> tuple[int, datetime]:
        """What the control plane last heard of the VM's unshipped bytes from its old host,
        away now, and when: its last heartbeat. Its writes after that moment cannot be known
        (its VMs may have died with it or a little later), so the loss is told up to then."""
        hub = self._hub()
        try:
            host_id = self._old_host(vm_id)
        except UnknownObject:
            return 0, datetime.now(UTC)
        seen = hub.seen.get(host_id)
        session = hub.sessions.get(host_id)
        inventory = session.inventory if session else seen.inventory if seen else {}
        heard = session.last_heartbeat if session else seen.last_heartbeat if seen else None
        pending = int((inventory.get("pending") or {}).get(vm_id) or 0)
        return pending, heard or datetime.now(UTC)

    async def _fail_back(
        self, vm_id: str, recovery: str, address: AddressPlan | None = None
    ) -> FailoverResult:
        """Failback's failover (the VM replicates from its recovery host, shut down and
        final-synced there): the recovery VM is fenced and its cycles stop, and the original
        host writes its replica back into the original domain's disks and starts it, with
        the address the plan gives back (the lab's failback applies the same plan)."""
        hub = self._hub()
        original = self._old_host(vm_id)
        if original not in hub.sessions:
            raise FabricError(f"the original host {hub.host_name(original)} is not connected")
        await hub.call(recovery, "fence_recovered", {"vm_id": vm_id}, timeout=300.0)
        raw = await hub.call(
            original,
            "fail_back",
            {"vm_id": vm_id, "address": self._addressing(address, test=False)},
            timeout=LONG_CALL,
        )
        return FailoverResult(
            point_id=raw["point_id"],
            point_time=datetime.fromisoformat(raw["point_time"]),
            point_kind=RecoveryPointKind(raw["point_kind"]),
            writes_lost=None,
            unreplicated_bytes=0,
        )

    async def fence(self, vm_id: str) -> None:
        """Fence the old copy now when its host answers, else as soon as its agent connects
        again (kept in `<folder>/fences.json`, so a restart of the control plane keeps it)."""
        await self._agents_back()
        host_id = self._old_host(vm_id)
        self._pending_fences[vm_id] = host_id
        self._save_fences()
        try:
            await self._send_fence(vm_id, host_id)
        except FabricError as exc:
            log.warning("fence of %s waits for its old host to return: %s", vm_id, exc)

    @property
    def _fences_path(self) -> Path:
        return self.folder / "fences.json"

    def _save_fences(self) -> None:
        write_json_atomic(self._fences_path, self._pending_fences)

    async def _send_fence(self, vm_id: str, host_id: str) -> None:
        await self._hub().call(host_id, "fence", {"vm_id": vm_id})
        if self._pending_fences.pop(vm_id, None) is not None:
            self._save_fences()
        log.info("the old copy of %s is fenced on host %s", vm_id, host_id)

    def _fence_returning_hosts(self) -> None:
        """On every change (an agent connecting is one): fence what waits for its host."""
        hub = self.hub
        if hub is None:
            return
        for vm_id, host_id in list(self._pending_fences.items()):
            if host_id in hub.sessions and vm_id not in self._fencing:
                self._fencing.add(vm_id)
                task = asyncio.ensure_future(self._send_fence(vm_id, host_id))
                task.add_done_callback(functools.partial(self._fenced_done, vm_id=vm_id))

    def _fenced_done(self, task: asyncio.Future[None], *, vm_id: str) -> None:
        self._fencing.discard(vm_id)
        if not task.cancelled() and task.exception() is not None:
            log.warning("fence of %s: %s (tried again at the next change)", vm_id, task.exception())

    def _recovery_host(self, vm_id: str) -> str:
        host = self._recovered_on(vm_id)
        if host is None:
            raise FabricError(f"{vm_id} is not failed over")
        return host

    async def commit(self, vm_id: str) -> None:
        await self._agents_back()
        await self._hub().call(self._recovery_host(vm_id), "commit_failover", {"vm_id": vm_id})

    async def change_recovery_point(self, vm_id: str, point_id: str) -> FailoverResult:
        await self._agents_back()
        raw = await self._hub().call(
            self._recovery_host(vm_id),
            "change_point",
            {"vm_id": vm_id, "point_id": point_id},
            timeout=600.0,
        )
        return FailoverResult(
            point_id=raw["point_id"],
            point_time=datetime.fromisoformat(raw["point_time"]),
            point_kind=RecoveryPointKind(raw["point_kind"]),
            writes_lost=None,
            unreplicated_bytes=0,
        )

    async def cancel_failover(self, vm_id: str) -> None:
        """Back to the old side: refused before anything changes when its host is away
        (the VM would run nowhere); the recovery VM goes, the old copy is unfenced, started
        and replicates again."""
        await self._agents_back()
        hub = self._hub()
        old = self._old_host(vm_id)
        if old not in hub.sessions:
            raise FabricError(
                f"the original host of {vm_id} ({hub.host_name(old)}) is not connected: "
                "cancelling now would leave the VM running nowhere"
            )
        recovery = self._recovered_on(vm_id)
        if recovery is not None:
            await hub.call(recovery, "cancel_failover", {"vm_id": vm_id}, timeout=300.0)
        if self._pending_fences.pop(vm_id, None) is not None:
            self._save_fences()
        await hub.call(old, "unfence", {"vm_id": vm_id}, timeout=300.0)

    # Reverse replication (docs/architecture.md, "Failover of real VMs"): the recovery host's
    # failed-over VM becomes the source (its overlays tracked), the old host's fenced disks
    # its replica (converted locally), and a resync ships only the blocks that differ.

    async def _reversed(self, vm_id: str, recovery: str) -> bool:
        """Whether the VM replicates from its recovery host already (turned around)."""
        return bool(await self._hub().call(recovery, "status", {"vm_id": vm_id}, 30.0))

    async def divergence(self, vm_id: str) -> Divergence:
        """The old side's bytes that never reached the running VM: what its disks took since
        their last shipped cycle (its bitmap's count; none after a planned failover's final
        sync) plus the blocks the replica held past the failover's point. An upper bound in
        blocks (a block counted on both sides counts twice)."""
        await self._agents_back()
        recovery = self._recovered_on(vm_id)
        if recovery is None or await self._reversed(vm_id, recovery):
            # The other side is the replica already, or a failback's return (the recovery
            # VM was shut down and final-synced before the original started again).
            return Divergence(0, 0)
        hub = self._hub()
        old = await hub.call(
            self._old_host(vm_id), "old_side_divergence", {"vm_id": vm_id}, timeout=300.0
        )
        after = int(await hub.call(recovery, "blocks_after_point", {"vm_id": vm_id}, 30.0))
        old_bytes = int(old["bytes"])
        return Divergence(
            bytes=old_bytes + after * BLOCK_SIZE,
            blocks=-(-old_bytes // BLOCK_SIZE) + after,
        )

    async def reverse_replication(self, vm_id: str, progress: Progress) -> ReverseResult:
        """The turn-around, each step repeatable: the old host's disks become the replica
        (cycle ids carrying on after the recovery host's newest), then the recovery host
        tracks the running VM and resyncs against them, then cycles."""
        await self._agents_back()
        hub = self._hub()
        recovery, turn = await self._turn(vm_id)
        if recovery is None:
            raise FabricError(f"{vm_id} is not failed over: there is nothing to reverse")
        if turn.get("recovery_fenced"):
            return await self._return_turn(vm_id, recovery, progress)
        old = self._old_host(vm_id)
        for host_id, what in ((recovery, "the VM's host"), (old, "the host to replicate to")):
            if host_id not in hub.sessions:
                raise FabricError(f"{what} ({hub.host_name(host_id)}) is not connected")
        address = self._replica_address(old)
        await progress(0.05)
        # Committed first: once the old side is turned into the replica, going back to it
        # (cancel, change of point) is over.
        await hub.call(recovery, "commit_failover", {"vm_id": vm_id}, timeout=300.0)
        carry = int(await hub.call(recovery, "last_cycle", {"vm_id": vm_id}, 60.0))
        turned = await hub.call(
            old, "become_replica", {"vm_id": vm_id, "carry": carry}, timeout=LONG_CALL
        )
        await progress(0.3)
        return await self._replicate_turned(vm_id, recovery, old, address, turned, progress)

    async def _return_turn(self, vm_id: str, recovery: str, progress: Progress) -> ReverseResult:
        """Failback's reverse replication: the recovery VM's disks become the replica again
        (flattened locally on the recovery host), the original domain replicates to them
        after a resync (after a final sync and a failback: nothing differs)."""
        hub = self._hub()
        original = self._old_host(vm_id)
        for host_id in (recovery, original):
            if host_id not in hub.sessions:
                raise FabricError(f"host {hub.host_name(host_id)} is not connected")
        address = self._replica_address(recovery)
        await progress(0.05)
        carry = int(await hub.call(original, "replica_last_cycle", {"vm_id": vm_id}, 60.0))
        turned = await hub.call(
            recovery, "become_replica_again", {"vm_id": vm_id, "carry": carry}, timeout=LONG_CALL
        )
        await progress(0.3)
        return await self._replicate_turned(vm_id, original, recovery, address, turned, progress)

    def _replica_address(self, host_id: str) -> str:
        """Where a connected host's agent serves replicas."""
        hub = self._hub()
        address = hub.session(host_id).hello.get("replica_address")
        if not address:
            raise FabricError(f"host {hub.host_name(host_id)} serves no replicas")
        return str(address)

    async def _replicate_turned(
        self,
        vm_id: str,
        source: str,
        target: str,
        address: str,
        turned: dict[str, Any],
        progress: Progress,
    ) -> ReverseResult:
        """The turned-around direction's protection on `source` (a resync of the blocks that
        differ from `target`'s replica, then cycles)."""
        raw = await self._hub().call(
            source,
            "reverse_protect",
            {
                "vm_id": vm_id,
                "target_host_id": target,
                "target_address": address,
                "policy": turned["policy"],
            },
            timeout=LONG_CALL,
        )
        await progress(1.0)
        return ReverseResult(
            blocks_compared=int(raw["blocks_compared"]),
            blocks_shipped=int(raw["blocks_shipped"]),
            bytes_shipped=int(raw["bytes_shipped"]),
            source_host_id=source,
            target_host_id=target,
        )

    # --- HostRegistry -------------------------------------------------------------------------

    async def create_site(self, name: str, location: str) -> Site:
        record = self._registry().create_site(name, location)
        self._changed()
        return Site(
            id=record.id,
            name=record.name,
            location=record.location,
            vmm_server=VmmServer(name=CONTROL_PLANE, provider=ConnectionState(connected=True)),
        )

    async def create_cloud(self, site_id: str, name: str) -> Cloud:
        record = self._registry().create_cloud(site_id, name)
        self._changed()
        return Cloud(id=record.id, site_id=record.site_id, name=record.name)

    async def create_registration_key(
        self, site_id: str, cloud_id: str | None, valid_seconds: int
    ) -> RegistrationKey:
        return self._registry().create_key(site_id, cloud_id, valid_seconds)

    async def place_host(self, host_id: str, cloud_id: str) -> None:
        self._registry().place_host(host_id, cloud_id)
        self._changed()

    async def remove_host(self, host_id: str) -> None:
        self._registry().remove_host(host_id)
        await self._hub().disconnect(
            host_id, "this host was removed from the control plane: register it again"
        )
