"""The fabric interface: what the control plane asks of an estate.

The lab implements it today; a Hyper-V, libvirt or VMware adapter would be one more
implementation. The control plane depends on these protocols only, never on an implementation.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from .model import Cloud, Host, Network, Policy, RecoveryPoint, Site, Vm


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

    async def inventory(self) -> FabricInventory:
        """Sites, clouds, hosts and VMs with their providers' and agents' state."""
        ...

    async def start_vm(self, vm_id: str) -> None: ...

    async def stop_vm(self, vm_id: str) -> None: ...

    async def close(self) -> None:
        """Release what the fabric holds (connections, threads) when the control plane stops."""
        ...


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
        """Every replicating VM's status, keyed by VM id."""
        ...


@runtime_checkable
class LabControls(Protocol):
    """The lab's extra powers; the server serves /api/v1/lab/... only when a fabric has them."""

    async def set_site_up(self, site_id: str, up: bool) -> None: ...

    async def set_link(self, cut: bool, bandwidth_bps: int | None) -> None: ...

    async def crash_host(self, host_id: str) -> None: ...

    async def set_write_rate(self, vm_id: str, writes_per_second: float) -> None: ...
