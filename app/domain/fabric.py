"""The fabric interface: what the control plane asks of an estate.

The lab implements it today; a Hyper-V, libvirt or VMware adapter would be one more
implementation. The control plane depends on these protocols only, never on an implementation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from .addressing import AddressPlan
from .enums import RecoveryPointChoice, RecoveryPointKind
from .model import Cloud, ConsistencyCheck, Host, Network, Policy, RecoveryPoint, Site, Vm


@dataclass(frozen=True)
class FabricInventory:
    """Everything an estate reports about itself at one moment."""

    sites: list[Site] = field(default_factory=list)
    clouds: list[Cloud] = field(default_factory=list)
    hosts: list[Host] = field(default_factory=list)
    vms: list[Vm] = field(default_factory=list)
    networks: list[Network] = field(default_factory=list)


class FabricError(Exception):
    """An estate refused or failed a request (host unreachable, VM missing, …)."""


@runtime_checkable
class Fabric(Protocol):
    """The estate as the orchestrator sees it."""

    name: str

    async def start(self) -> None:
        """Bring the estate up (connect to hosts, resume what ran before a restart). The
        control plane calls it once, before anything else; idempotent."""
        ...

    async def inventory(self) -> FabricInventory:
        """Sites, clouds, hosts and VMs with their providers' and agents' state."""
        ...

    async def start_vm(self, vm_id: str) -> None: ...

    async def stop_vm(self, vm_id: str) -> None: ...

    async def close(self) -> None:
        """Release what the fabric holds (connections, threads) when the control plane stops."""
        ...


@dataclass(frozen=True)
class FullStorage:
    """A host's storage that refused a replication write (a full disk or quota)."""

    side: str  # "replica" (the recovery host's replica storage) or "source" (the VM's disks)
    host_id: str
    detail: str = ""


@dataclass(frozen=True)
class ReplicationStatus:
    """One protected VM's replication as its hosts see it, read by the control plane."""

    vm_id: str
    observed_at: datetime  # the fabric's clock (a lab may run it faster than real time)
    last_replication: datetime | None
    rpo_seconds: float | None  # age of the newest recovery point, None before the first
    pending_bytes: int
    throughput_bps: float
    successful_cycles: int
    missed_cycles: int  # consecutive cycles that did not complete
    resync_required: bool
    recovery_points: list[RecoveryPoint]
    # The pair's direction: the host the VM's tracked disks are on, and the replica's host.
    source_host_id: str | None = None
    target_host_id: str | None = None
    # Storage that is full now: cycles (or the copy, or the resync) wait and retry until space
    # returns. Empty while everything has room.
    storage_full: tuple[FullStorage, ...] = ()
    # The guest is paused because its disk's storage is full (as a hypervisor pauses a VM
    # whose write failed, QEMU's werror=stop); it resumes by itself when space returns.
    guest_paused: bool = False
    # Whether the source reaches the replica's host over the replication link now (None:
    # the estate does not say). False while the link is cut or either side is away.
    replica_reachable: bool | None = None
    # Why the last app-consistent point the policy asked for came out crash-consistent (the
    # guest could not be quiesced); empty when it did not happen or the estate cannot tell.
    not_quiesced: str = ""
    # Why a resync is required (what the source host found: lost tracking, a disk that
    # shrank …); empty when none is, or the estate cannot tell.
    resync_reason: str = ""


Progress = Callable[[float], Awaitable[None]]


@runtime_checkable
class ReplicationFabric(Protocol):
    """Replication between the two sites' hosts, as the orchestrator drives it."""

    async def enable_replication(self, vm_id: str, target_host_id: str, policy: Policy) -> None:
        """Create the replica on the target host and start tracking writes (idempotent)."""
        ...

    async def initial_replication(self, vm_id: str, progress: Progress) -> None:
        """Copy the whole disks (resumable); delta cycles start when it completes."""
        ...

    async def disable_replication(self, vm_id: str, delete_replica: bool) -> None: ...

    async def replication_status(self) -> dict[str, ReplicationStatus]:
        """Every replicating VM's status, keyed by VM id (the monitor's periodic read)."""
        ...

    async def item_status(self, vm_id: str) -> ReplicationStatus | None:
        """One VM's status (None: it does not replicate), without reading the others."""
        ...


@dataclass(frozen=True)
class ResyncResult:
    blocks_compared: int
    blocks_shipped: int  # only the blocks that differed between the two sides
    bytes_shipped: int


@runtime_checkable
class ReplicationControl(Protocol):
    """Pause, resume and resynchronize one VM's replication."""

    async def pause_replication(self, vm_id: str) -> None:
        """Stop shipping cycles; writes keep collecting in the log (idempotent)."""
        ...

    async def resume_replication(self, vm_id: str) -> None:
        """Cycles again; the first one ships everything collected while paused."""
        ...

    async def resync_replication(self, vm_id: str, progress: Progress) -> ResyncResult:
        """Compare block hashes on both sides, ship the differing blocks, then cycle again;
        clears resync-required."""
        ...


@runtime_checkable
class LabControls(Protocol):
    """The lab's extra powers; the server serves /api/v1/lab/... only when a fabric has them."""

    async def set_site_up(self, site_id: str, up: bool) -> None: ...

    async def set_link(self, cut: bool, bandwidth_bps: int | None) -> None: ...

    async def crash_host(self, host_id: str) -> None: ...

    async def set_write_rate(self, vm_id: str, writes_per_second: float) -> None: ...

    async def audit(self, vm_id: str, which: str) -> dict:
        """Audit a VM's disks against its guest's write history; `which` is "active" (the
        running disks), "replica-latest" (the newest recovery point) or "test" (the test
        copy). A JSON-able report: intact, crash_consistent, app_consistent, last_sequence,
        source_last_sequence, writes_lost, problems, …; after a failover (until reverse
        replication) an "active" report's writes_lost includes the writes the old side made
        after the failover point (also as writes_lost_at_failover)."""
        ...


# --- failover -------------------------------------------------------------------------------
#
# Direction-agnostic: the "active side" is where the VM runs now, the "replica side" the other.
# A planned failover is shut_down → final_sync → failover(LATEST); an unplanned one is
# failover(choice) (optionally after a best-effort shut_down/final_sync) → fence. Failback is
# a planned failover from the recovery side, then reverse_replication again.


@dataclass(frozen=True)
class TestFailoverResult:
    __test__ = False  # not a pytest test class

    test_vm_id: str  # a new VM in the inventory, tagged, on the replica host, test network
    point_id: str  # the RecoveryPoint id it was started from
    point_time: datetime
    point_kind: RecoveryPointKind


@dataclass(frozen=True)
class FailoverResult:
    """Data loss is told in bytes, which any hypervisor can measure; an estate that can also
    count its guests' writes (the lab) adds that count."""

    point_id: str
    point_time: datetime
    point_kind: RecoveryPointKind
    writes_lost: int | None  # guest writes after the point (None: not countable or unknowable)
    unreplicated_bytes: int  # bytes written on the old side and never acknowledged
    # Writes after the point are lost up to this moment: the failover's when the old side
    # answered, its last contact when it was away (its writes after that are unknowable, and
    # `unreplicated_bytes` is then its last report). None: the estate does not say.
    writes_until: datetime | None = None


@dataclass(frozen=True)
class Divergence:
    """What the side reverse replication would overwrite holds that never reached the active
    side (nothing after a planned failover): in bytes and 64 KiB blocks, and — where the
    estate can count them — in guest writes."""

    bytes: int
    blocks: int
    guest_writes: int | None = None

    @property
    def none(self) -> bool:
        return self.bytes == 0 and not self.guest_writes


@dataclass(frozen=True)
class ReverseResult:
    blocks_compared: int
    blocks_shipped: int  # blocks that differed between the two sides
    bytes_shipped: int  # on the wire (compressed deltas)
    # The pair's new direction: the host the VM runs on (tracked disks) and the replica's.
    source_host_id: str | None = None
    target_host_id: str | None = None


@runtime_checkable
class FailoverFabric(Protocol):
    """The failover family, as the orchestrator's jobs drive it. Every call is idempotent
    where a job may repeat it after a restart (same tag, same VM state)."""

    async def test_failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        network_id: str | None,
        tag: str,
        address: AddressPlan | None = None,
    ) -> TestFailoverResult:
        """Start a tagged copy of a recovery point in a test network; replication goes on.
        `address`: what the VM's network mapping says (app/domain/addressing.py); when a rule
        assigns an address (`address.assigned`) the test copy gets it in the test network."""
        ...

    async def test_failover_cleanup(self, vm_id: str, tag: str) -> int:
        """Remove the test copies carrying `tag` and their disks; returns how many objects
        (VMs + disk images) were removed."""
        ...

    async def check_test_copy(self, vm_id: str) -> list[ConsistencyCheck]:
        """Prove the running test copy's recovery point consistent by the estate's own means,
        without touching the point or the running copy (FabricError: no test copy, or its
        host is away). A check that cannot run says so (`not-checked`) rather than failing."""
        ...

    async def shut_down(self, vm_id: str) -> None:
        """Stop the guest cleanly on the active side (FabricError when its site is down)."""
        ...

    async def final_sync(self, vm_id: str) -> None:
        """One last replication cycle: ships everything written until shutdown."""
        ...

    async def failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        point_id: str | None,
        address: AddressPlan | None = None,
    ) -> FailoverResult:
        """Start the VM on the replica side from a point; the old side is kept intact.
        `address`: what the VM's network mapping says (app/domain/addressing.py; None: the
        estate's own choice). The VM starts in `address.recovery_network_id`; when a rule
        assigns an address (`address.assigned`) its guest must come up with `address.address`
        without anyone logging in (on libvirt: a DHCP host reservation for the recovery VM's
        MAC in that network). Repeated with the same plan, it is the same reservation."""
        ...

    async def fence(self, vm_id: str) -> None:
        """The old copy never starts again on its own, nor replicates over the active one."""
        ...

    async def commit(self, vm_id: str) -> None:
        """Keep the failover point only; change_recovery_point and cancel are over."""
        ...

    async def change_recovery_point(self, vm_id: str, point_id: str) -> FailoverResult: ...

    async def cancel_failover(self, vm_id: str) -> None:
        """Back to the original side (before commit); the source is started again."""
        ...

    async def divergence(self, vm_id: str) -> Divergence:
        """What reverse replication would discard on the other side (see Divergence)."""
        ...

    async def reverse_replication(self, vm_id: str, progress: Progress) -> ReverseResult:
        """Make the old side the replica of the active side: resync (only differing blocks),
        then delta cycles in the new direction."""
        ...


# --- estates whose hosts enroll with the control plane ----------------------------------------


@dataclass(frozen=True)
class RegistrationKey:
    """A one-time key that lets one host agent enroll into a site (the seeds' registration key
    of a provider). `text` is the key file's content: it holds the secret and is shown once."""

    key_id: str
    site_id: str
    cloud_id: str | None  # where the host lands (None: the site's first cloud)
    expires_at: datetime
    text: str


class UnknownObject(FabricError):
    """A request named a site, cloud or host the estate does not have."""


@runtime_checkable
class HostRegistry(Protocol):
    """An estate whose sites and clouds are the control plane's own grouping of hosts that
    enroll with it (host agents). The server serves site, cloud, key and host administration
    only when its fabric has these powers; the console offers them when the server does."""

    async def create_site(self, name: str, location: str) -> Site: ...

    async def create_cloud(self, site_id: str, name: str) -> Cloud: ...

    async def create_registration_key(
        self, site_id: str, cloud_id: str | None, valid_seconds: int
    ) -> RegistrationKey:
        """A one-time key, expiring after `valid_seconds`; the estate keeps only its hash."""
        ...

    async def place_host(self, host_id: str, cloud_id: str) -> None:
        """Move an enrolled host into another cloud of its site."""
        ...

    async def remove_host(self, host_id: str) -> None:
        """Forget a host: its agent is refused from then on (it must enroll again)."""
        ...


@runtime_checkable
class FabricChanges(Protocol):
    """An estate that says when its inventory changed (e.g. libvirt's domain events), so the
    control plane refreshes at once instead of at its next periodic read."""

    def watch_changes(self, changed: Callable[[], None]) -> None:
        """Call `changed` (from any thread) after each change; it must return at once."""
        ...
