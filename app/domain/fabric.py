"""The fabric interface: what the control plane asks of an estate.

The lab implements it today; a Hyper-V, libvirt or VMware adapter would be one more
implementation. The control plane depends on these protocols only, never on an implementation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .model import Cloud, Host, Network, Site, Vm


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


@runtime_checkable
class LabControls(Protocol):
    """The lab's extra powers; the server serves /api/v1/lab/... only when a fabric has them."""

    async def set_site_up(self, site_id: str, up: bool) -> None: ...

    async def set_link(self, cut: bool, bandwidth_bps: int | None) -> None: ...

    async def crash_host(self, host_id: str) -> None: ...

    async def set_write_rate(self, vm_id: str, writes_per_second: float) -> None: ...
