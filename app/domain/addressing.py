"""IP customization at failover: which recovery network a VM lands in, which address it gets
there, and by which rule of its network mapping — or why it gets none.

A network mapping may carry per-VM rules (this VM gets this address) and per-subnet rules
(an address of the primary subnet keeps its host part in the recovery subnet, which has the
same prefix length). A per-VM rule wins over a subnet rule. A mapping without rules keeps
the VM's address (a network stretched across the sites). One pure function answers for the
control plane's jobs, the console's review pages and the estates that apply it (a libvirt
network's DHCP reservation, the lab's inventory).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, Protocol

Interface = ipaddress.IPv4Interface | ipaddress.IPv6Interface
Subnet = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressSource(StrEnum):
    VM_RULE = "vm-rule"  # the mapping's per-VM rule names the address
    SUBNET_RULE = "subnet-rule"  # translated by a subnet rule, host part kept
    KEPT = "kept"  # the mapping has no rules: the VM keeps its address
    NONE = "none"  # no recovery address; `reason` says why


class NoAddress(StrEnum):
    """Why a VM gets no recovery address."""

    NO_NETWORK = "no-network"  # the VM is attached to no network
    UNMAPPED = "unmapped-network"  # its network has no mapping
    NO_ADDRESS = "no-address"  # it reports no address, and no per-VM rule names one
    OUTSIDE_RULES = "outside-rules"  # a rule covers none of its addresses


@dataclass(frozen=True)
class AddressPlan:
    """Where one VM lands and with which address. JSON-able (`to_json`): a job keeps it in its
    parameters, computed once when it is created, so a restart applies the same plan."""

    source: AddressSource
    recovery_network_id: str | None = None
    address: str | None = None  # "10.20.0.15/24": the recovery address (or the kept one)
    gateway: str | None = None
    dns: tuple[str, ...] = ()
    primary_address: str | None = None  # the address it had, that a rule translated
    rule_from: str | None = None  # a subnet rule's primary subnet …
    rule_to: str | None = None  # … and recovery subnet (reversed for a failback)
    reason: NoAddress | None = None

    @property
    def assigned(self) -> bool:
        """A rule gave the VM a new address: the estate must hand it out."""
        return self.source in (AddressSource.VM_RULE, AddressSource.SUBNET_RULE)

    @property
    def ip(self) -> str | None:
        """The address without its prefix length ("10.20.0.15"), for a DHCP reservation."""
        return str(ipaddress.ip_interface(self.address).ip) if self.address else None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, ())} | {
            "source": self.source.value
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AddressPlan:
        return cls(
            source=AddressSource(data["source"]),
            recovery_network_id=data.get("recovery_network_id"),
            address=data.get("address"),
            gateway=data.get("gateway"),
            dns=tuple(data.get("dns", ())),
            primary_address=data.get("primary_address"),
            rule_from=data.get("rule_from"),
            rule_to=data.get("rule_to"),
            reason=NoAddress(data["reason"]) if data.get("reason") else None,
        )


def text_code(plan: AddressPlan) -> tuple[str, dict[str, Any]]:
    """The step-text code (app/domain/step_text.py) and parameters that say what `plan` gave."""
    if plan.source is AddressSource.VM_RULE:
        return "address-vm-rule", {"address": plan.address}
    if plan.source is AddressSource.SUBNET_RULE:
        params = {"address": plan.address, "rule_from": plan.rule_from, "rule_to": plan.rule_to}
        return "address-subnet-rule", params
    if plan.source is AddressSource.KEPT:
        if plan.address:
            return "address-kept", {"address": plan.address}
        return "address-kept-unknown", {}
    reason = plan.reason or NoAddress.NO_ADDRESS
    params = {"address": plan.primary_address} if reason is NoAddress.OUTSIDE_RULES else {}
    return f"address-none-{reason.value}", params


# --- the shapes the function reads (app.domain.model's classes have them) -------------------


class _VmRule(Protocol):
    vm_id: str
    address: str
    gateway: str | None
    dns: list[str]


class _SubnetRule(Protocol):
    primary_subnet: str
    recovery_subnet: str
    gateway: str | None
    dns: list[str]


class _Mapping(Protocol):
    primary_network_id: str
    recovery_network_id: str

    @property
    def vm_rules(self) -> Sequence[_VmRule]: ...

    @property
    def subnet_rules(self) -> Sequence[_SubnetRule]: ...


class _Vm(Protocol):
    id: str
    network_id: str | None
    addresses: list[str]


def plan_address(vm: _Vm, mappings: Iterable[_Mapping]) -> AddressPlan:
    """Where `vm` lands at a failover from the network it is in now, and with which address.

    The mapping from its network applies (per-VM rule, then the subnet rule covering one of
    its addresses, then "kept" when the mapping has no rules). With none from its network
    (a failback: the VM is in a recovery network) the mapping into its network applies
    backwards, subnet rules only: a per-VM rule says nothing about the address to go back to.
    """
    if not vm.network_id:
        return AddressPlan(AddressSource.NONE, reason=NoAddress.NO_NETWORK)
    mappings = list(mappings)
    forward = next((m for m in mappings if m.primary_network_id == vm.network_id), None)
    if forward is not None:
        return _forward(vm, forward)
    back = next((m for m in mappings if m.recovery_network_id == vm.network_id), None)
    if back is None:
        return AddressPlan(AddressSource.NONE, reason=NoAddress.UNMAPPED)
    rules = [(r.recovery_subnet, r.primary_subnet, None, ()) for r in back.subnet_rules]
    return _by_subnet(vm, back.primary_network_id, rules, kept_without_rules=True)


def _forward(vm: _Vm, mapping: _Mapping) -> AddressPlan:
    network = mapping.recovery_network_id
    rule = next((r for r in mapping.vm_rules if r.vm_id == vm.id), None)
    if rule is not None:
        return AddressPlan(
            AddressSource.VM_RULE,
            network,
            str(ipaddress.ip_interface(rule.address)),
            rule.gateway,
            tuple(rule.dns),
            primary_address=vm.addresses[0] if vm.addresses else None,
        )
    rules = [
        (r.primary_subnet, r.recovery_subnet, r.gateway, tuple(r.dns)) for r in mapping.subnet_rules
    ]
    return _by_subnet(vm, network, rules, kept_without_rules=not mapping.vm_rules)


def _by_subnet(
    vm: _Vm,
    network: str,
    rules: Sequence[tuple[str, str, str | None, tuple[str, ...]]],
    kept_without_rules: bool,
) -> AddressPlan:
    addresses = [a for a in (_interface(a) for a in vm.addresses) if a is not None]
    if not rules and kept_without_rules:
        kept = str(addresses[0]) if addresses else None
        return AddressPlan(AddressSource.KEPT, network, kept, primary_address=kept)
    if not addresses:
        return AddressPlan(AddressSource.NONE, network, reason=NoAddress.NO_ADDRESS)
    for address in addresses:
        for primary, recovery, gateway, dns in rules:
            new = translate(address, ipaddress.ip_network(primary), ipaddress.ip_network(recovery))
            if new is not None:
                return AddressPlan(
                    AddressSource.SUBNET_RULE,
                    network,
                    str(new),
                    gateway,
                    dns,
                    primary_address=str(address),
                    rule_from=primary,
                    rule_to=recovery,
                )
    return AddressPlan(
        AddressSource.NONE,
        network,
        primary_address=str(addresses[0]),
        reason=NoAddress.OUTSIDE_RULES,
    )


def translate(address: Interface, primary: Subnet, recovery: Subnet) -> Interface | None:
    """`address` in `recovery` with its host part kept (None: it is not in `primary`)."""
    if address.version != primary.version or address.ip not in primary:
        return None
    host = int(address.ip) - int(primary.network_address)
    return ipaddress.ip_interface(f"{recovery.network_address + host}/{recovery.prefixlen}")


def _interface(text: str) -> Interface | None:
    try:
        return ipaddress.ip_interface(text)
    except ValueError:
        return None  # an estate reported something that is no address: nothing to translate


# --- validation of rules (app.domain.model's validators say these in the field's words) ------


def parse_subnet(text: str) -> Subnet:
    """A subnet in CIDR notation with no host bits set ("10.10.0.0/24")."""
    if "/" not in text:
        raise ValueError(f"'{text}' is not a subnet in CIDR notation (e.g. 10.10.0.0/24)")
    try:
        return ipaddress.ip_network(text, strict=True)
    except ValueError:
        try:
            ipaddress.ip_network(text, strict=False)
        except ValueError:
            raise ValueError(
                f"'{text}' is not a subnet in CIDR notation (e.g. 10.10.0.0/24)"
            ) from None
        raise ValueError(f"'{text}' has host bits set: the subnet is written with zeros") from None


def parse_interface(text: str) -> Interface:
    """An address with its prefix length ("10.20.0.15/24"), neither network nor broadcast."""
    try:
        value = ipaddress.ip_interface(text)
    except ValueError:
        raise ValueError(
            f"'{text}' is not an address with a prefix length (e.g. 10.20.0.15/24)"
        ) from None
    if "/" not in text:
        raise ValueError(f"'{text}' needs its prefix length (e.g. 10.20.0.15/24)")
    network = value.network
    if network.num_addresses > 2 and value.ip in (
        network.network_address,
        network.broadcast_address,
    ):
        raise ValueError(f"'{text}' is its subnet's network or broadcast address")
    return value


def parse_address(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(f"'{text}' is not an IP address") from None


def check_vm_rule(address: str, gateway: str | None, dns: Sequence[str]) -> None:
    """A per-VM rule's own fields ("field: reason" in the ValueError)."""
    interface = _field("address", parse_interface, address)
    _check_gateway_dns(interface.network, gateway, dns)


def check_subnet_rule(
    primary_subnet: str, recovery_subnet: str, gateway: str | None, dns: Sequence[str]
) -> None:
    """A subnet rule's own fields: two subnets of one family and one prefix length (the host
    part is kept), the gateway inside the recovery subnet."""
    primary = _field("primary_subnet", parse_subnet, primary_subnet)
    recovery = _field("recovery_subnet", parse_subnet, recovery_subnet)
    if primary.version != recovery.version:
        raise ValueError(
            f"recovery_subnet: IPv{recovery.version}, the primary subnet is IPv{primary.version}"
        )
    if primary.prefixlen != recovery.prefixlen:
        raise ValueError(
            f"recovery_subnet: its prefix length /{recovery.prefixlen} differs from the "
            f"primary subnet's /{primary.prefixlen} (the host part is kept)"
        )
    _check_gateway_dns(recovery, gateway, dns)


def _check_gateway_dns(subnet: Subnet, gateway: str | None, dns: Sequence[str]) -> None:
    if gateway is not None:
        ip = _field("gateway", parse_address, gateway)
        if ip.version != subnet.version or ip not in subnet:
            raise ValueError(f"gateway: {gateway} is not inside {subnet}")
    for i, server in enumerate(dns):
        _field(f"dns.{i}", parse_address, server)


@dataclass(frozen=True)
class RuleLine:
    """A rule as an operator writes it on one line (the CLI's options, the console's rule
    editor): `KEY=VALUE[,gateway=IP][,dns=IP]...` — a subnet rule's primary and recovery
    subnets, or a per-VM rule's VM and address."""

    key: str
    value: str
    gateway: str | None = None
    dns: tuple[str, ...] = ()


def parse_rule_line(text: str) -> RuleLine:
    """A rule line's parts (ValueError with the reason; each part is checked by the rule)."""
    head, *extras = text.strip().split(",")
    key, sep, value = head.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise ValueError(f"'{text.strip()}' is not KEY=VALUE (a subnet or VM, '=', its target)")
    gateway, dns = None, []
    for extra in extras:
        name, sep, item = (part.strip() for part in extra.partition("="))
        if not sep or name not in ("gateway", "dns") or not item:
            raise ValueError(f"'{extra.strip()}' is not gateway=IP or dns=IP")
        if name == "dns":
            dns.append(item)
        else:
            gateway = item
    return RuleLine(key.strip(), value.strip(), gateway, tuple(dns))


def _field(name: str, parse: Any, text: str) -> Any:
    try:
        return parse(text)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def rule_problems(vm_rules: Sequence[_VmRule], subnet_rules: Sequence[_SubnetRule]) -> list[str]:
    """What is wrong across a mapping's rules, each as "field: reason" (two rules for one VM,
    subnet rules whose primary subnets overlap). Each rule's own fields are checked by the
    model's validators."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, rule in enumerate(vm_rules):
        if rule.vm_id in seen:
            first = seen[rule.vm_id]
            problems.append(
                f"vm_rules.{i}.vm_id: '{rule.vm_id}' has a rule already (vm_rules.{first})"
            )
        seen.setdefault(rule.vm_id, i)
    subnets: list[Subnet] = []
    for i, subnet_rule in enumerate(subnet_rules):
        subnet = ipaddress.ip_network(subnet_rule.primary_subnet)
        for j, other in enumerate(subnets):
            if subnet.version == other.version and subnet.overlaps(other):
                problems.append(
                    f"subnet_rules.{i}.primary_subnet: {subnet} overlaps {other} (subnet_rules.{j})"
                )
                break
        subnets.append(subnet)
    return problems
