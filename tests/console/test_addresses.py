"""The console's words for IP customization: a VM's address-to-be (or why none) and a network
mapping's rules, from the domain's function, with networks and VMs by name."""

from __future__ import annotations

from typing import Any

from app.console.addresses import plan_text, rules_text, vm_plan
from app.domain.model import Network, NetworkMapping, Vm


class Cache:
    """The two reads the texts make of the inventory cache."""

    def __init__(self, *objects: Any) -> None:
        kinds = {Vm: "vm", Network: "network", NetworkMapping: "network-mapping"}
        self.by_kind: dict[str, dict[str, Any]] = {}
        for obj in objects:
            self.by_kind.setdefault(kinds[type(obj)], {})[obj.id] = obj

    def get(self, kind: str, object_id: str) -> Any:
        return self.by_kind.get(kind, {}).get(object_id)

    def objects(self, kind: str) -> dict[str, Any]:
        return self.by_kind.get(kind, {})


NETWORKS = (
    Network(id="net-a", site_id="s1", name="STO-Production", subnet="10.10.0.0/24"),
    Network(id="net-b", site_id="s2", name="AMS-Production", subnet="10.20.0.0/24"),
    Network(id="net-t", site_id="s2", name="AMS-Test-Isolated"),
)
SQL = Vm(id="vm-1", host_id="h", name="sql-01", network_id="net-a", addresses=["10.10.0.15/24"])
WEB = Vm(id="vm-2", host_id="h", name="web-01", network_id="net-a", addresses=["10.10.0.16/24"])
MAPPING = NetworkMapping(
    id="m",
    primary_network_id="net-a",
    recovery_network_id="net-b",
    vm_rules=[{"vm_id": "vm-2", "address": "10.20.0.50/24"}],
    subnet_rules=[
        {
            "primary_subnet": "10.10.0.0/24",
            "recovery_subnet": "10.20.0.0/24",
            "gateway": "10.20.0.1",
        }
    ],
)


def test_a_vms_address_to_be(qapp) -> None:
    cache: Any = Cache(*NETWORKS, SQL, WEB, MAPPING)
    sql, web = vm_plan(cache, "vm-1"), vm_plan(cache, "vm-2")
    assert sql is not None and web is not None
    assert plan_text(cache, sql) == (
        "10.20.0.15/24 in AMS-Production (subnet rule 10.10.0.0/24 → 10.20.0.0/24)"
    )
    assert plan_text(cache, sql, short=True) == "10.20.0.15/24 in AMS-Production (subnet rule)"
    assert plan_text(cache, web, "net-t") == "10.20.0.50/24 in AMS-Test-Isolated (per-VM rule)"
    assert rules_text(cache, MAPPING) == (
        "subnet rule 10.10.0.0/24 → 10.20.0.0/24, gateway 10.20.0.1; web-01 gets 10.20.0.50/24"
    )


def test_kept_and_why_none(qapp) -> None:
    plain = NetworkMapping(id="m", primary_network_id="net-a", recovery_network_id="net-b")
    cache: Any = Cache(*NETWORKS, SQL, plain)
    kept = vm_plan(cache, "vm-1")
    assert kept is not None
    assert plan_text(cache, kept) == "keeps 10.10.0.15/24 in AMS-Production"
    assert rules_text(cache, plain) == "no IP rules: VMs keep their addresses"
    unmapped: Any = Cache(*NETWORKS, SQL)
    none = vm_plan(unmapped, "vm-1")
    assert none is not None
    assert plan_text(unmapped, none) == "no address: its network has no network mapping"
    assert vm_plan(unmapped, "vm-nowhere") is None
