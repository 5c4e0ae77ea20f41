"""A minimal fabric over the real host `Registry`, for the API, CLI and console plumbing tests
of host administration only.

STAND-IN: the real estate is `app.agents.fabric.AgentFabric` (the hub, agents, libvirt), which
implements `HostRegistry` by delegating to the same `Registry`. Until it is on this branch,
these tests drive the routes, the CLI and the console against this class: the registry (keys,
enrollment, removal) is the real one; only the agents' connection state is absent (every host
shows as not connected). Switch the tests to AgentFabric when it is available.
"""

from __future__ import annotations

from pathlib import Path

from app.agents.registry import Registry
from app.domain.fabric import FabricError, FabricInventory, RegistrationKey
from app.domain.model import Cloud, ConnectionState, Host, Site, VmmServer


class RegistryFabric:
    name = "registry (test stand-in)"

    def __init__(self, folder: Path, hub_address: str = "127.0.0.1:7443"):
        self.registry = Registry(folder, hub_address)

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    async def inventory(self) -> FabricInventory:
        r = self.registry
        return FabricInventory(
            sites=[self._site(s.id) for s in r.sites()],
            clouds=[Cloud(id=c.id, site_id=c.site_id, name=c.name) for c in r.clouds()],
            hosts=[
                Host(
                    id=h.id,
                    cloud_id=h.cloud_id,
                    name=h.name,
                    agent=ConnectionState(connected=False),
                )
                for h in r.hosts()
            ],
        )

    def _site(self, site_id: str) -> Site:
        s = self.registry.site(site_id)
        return Site(
            id=s.id,
            name=s.name,
            location=s.location,
            vmm_server=VmmServer(
                name="Standby control plane", provider=ConnectionState(connected=True)
            ),
        )

    async def start_vm(self, vm_id: str) -> None:
        raise FabricError(f"no VM {vm_id}")

    async def stop_vm(self, vm_id: str) -> None:
        raise FabricError(f"no VM {vm_id}")

    # --- HostRegistry -----------------------------------------------------------------------

    async def create_site(self, name: str, location: str) -> Site:
        return self._site(self.registry.create_site(name, location).id)

    async def create_cloud(self, site_id: str, name: str) -> Cloud:
        c = self.registry.create_cloud(site_id, name)
        return Cloud(id=c.id, site_id=c.site_id, name=c.name)

    async def create_registration_key(
        self, site_id: str, cloud_id: str | None, valid_seconds: int
    ) -> RegistrationKey:
        return self.registry.create_key(site_id, cloud_id, valid_seconds)

    async def place_host(self, host_id: str, cloud_id: str) -> None:
        self.registry.place_host(host_id, cloud_id)

    async def remove_host(self, host_id: str) -> None:
        self.registry.remove_host(host_id)

    def enroll(self, key_text: str, host_name: str) -> str:
        """What an agent's enrollment does to the registry (the hub does it for real):
        returns the new host's id."""
        from app.agents.keys import make_csr, parse_key

        key = parse_key(key_text)
        _private, csr = make_csr(host_name, ["127.0.0.1"])
        host, _cert = self.registry.enroll(key.key_id, key.secret, csr, host_name, ["127.0.0.1"])
        return host.id
