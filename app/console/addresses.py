"""IP customization as the console says it: the address a VM will get at a failover (or
keeps, or why none), from the same domain function the control plane's jobs apply
(app/domain/addressing.py), and a network mapping's rules in a line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.client.cache import InventoryCache
from app.domain.addressing import AddressPlan, AddressSource, NoAddress, plan_address
from app.domain.model import NetworkMapping, Vm


def tr(text: str) -> str:
    return QCoreApplication.translate("Addresses", text)


def mappings(cache: InventoryCache) -> list[NetworkMapping]:
    return [m for m in cache.objects("network-mapping").values() if isinstance(m, NetworkMapping)]


def vm_plan(cache: InventoryCache, vm_id: str) -> AddressPlan | None:
    """What a failover would give the VM now (None: the VM is not in the inventory)."""
    vm = cache.get("vm", vm_id)
    return plan_address(vm, mappings(cache)) if isinstance(vm, Vm) else None


def plan_text(
    cache: InventoryCache, plan: AddressPlan, network_id: str | None = None, short: bool = False
) -> str:
    """The address to be: 10.20.0.11/24 in AMS-Production (subnet rule 10.10.0.0/24 →
    10.20.0.0/24), keeps 10.10.0.11/24 in …, or why none. `network_id`: where the VM lands
    instead of the mapping's recovery network (a test failover's test network). `short`:
    without the rule's subnets (a pane's field; its tooltip has the whole)."""
    if plan.source is AddressSource.NONE:
        return none_text(plan)
    network = cache.get("network", network_id or plan.recovery_network_id or "")
    where = getattr(network, "name", "")
    if plan.address is None:
        return tr("keeps its address (it reports none)")
    address = tr("{0} in {1}").format(plan.address, where) if where else plan.address
    if plan.source is AddressSource.VM_RULE:
        return tr("{0} (per-VM rule)").format(address)
    if plan.source is AddressSource.SUBNET_RULE and short:
        return tr("{0} (subnet rule)").format(address)
    if plan.source is AddressSource.SUBNET_RULE:
        return tr("{0} (subnet rule {1} → {2})").format(address, plan.rule_from, plan.rule_to)
    return tr("keeps {0}").format(address)


def none_text(plan: AddressPlan) -> str:
    reasons = {
        NoAddress.NO_NETWORK: tr("no address: the VM is attached to no network"),
        NoAddress.UNMAPPED: tr("no address: its network has no network mapping"),
        NoAddress.NO_ADDRESS: tr("no address: the VM reports none and no per-VM rule names one"),
        NoAddress.OUTSIDE_RULES: tr("no address: no rule of the network mapping covers {0}"),
    }
    return reasons[plan.reason or NoAddress.NO_ADDRESS].format(plan.primary_address or "—")


def rules_text(cache: InventoryCache, mapping: NetworkMapping) -> str:
    """A mapping's rules in a line: its subnet rules, then its per-VM rules by VM name."""
    parts = []
    for rule in mapping.subnet_rules:
        part = tr("subnet rule {0} → {1}").format(rule.primary_subnet, rule.recovery_subnet)
        if rule.gateway:
            part += tr(", gateway {0}").format(rule.gateway)
        parts.append(part)
    for vm_rule in mapping.vm_rules:
        vm = cache.get("vm", vm_rule.vm_id)
        name = vm.name if isinstance(vm, Vm) else tr("a VM no longer in the inventory")
        parts.append(tr("{0} gets {1}").format(name, vm_rule.address))
    return "; ".join(parts) if parts else tr("no IP rules: VMs keep their addresses")
