"""IP customization: which address a VM gets at a failover, by which rule, or why none."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.domain.addressing import AddressPlan, AddressSource, NoAddress, plan_address
from app.domain.model import NetworkMappingSpec, Vm

SUBNET = {"primary_subnet": "10.10.0.0/24", "recovery_subnet": "10.20.0.0/24"}


def vm(*addresses: str, network: str | None = "net-a", vm_id: str = "vm-1") -> Vm:
    return Vm(id=vm_id, host_id="h", name="sql-01", network_id=network, addresses=list(addresses))


def mapping(**rules) -> NetworkMappingSpec:
    return NetworkMappingSpec(primary_network_id="net-a", recovery_network_id="net-b", **rules)


def test_a_subnet_rule_keeps_the_host_part() -> None:
    rule = {**SUBNET, "gateway": "10.20.0.1", "dns": ["10.20.0.10"]}
    plan = plan_address(vm("10.10.0.15/24"), [mapping(subnet_rules=[rule])])
    assert plan.source is AddressSource.SUBNET_RULE
    assert (plan.recovery_network_id, plan.address, plan.ip) == (
        "net-b",
        "10.20.0.15/24",
        "10.20.0.15",
    )
    assert (plan.gateway, plan.dns, plan.primary_address) == (
        "10.20.0.1",
        ("10.20.0.10",),
        "10.10.0.15/24",
    )
    assert (plan.rule_from, plan.rule_to) == ("10.10.0.0/24", "10.20.0.0/24")
    assert plan.assigned


def test_the_host_part_is_kept_across_octets() -> None:
    rule = {"primary_subnet": "10.10.0.0/23", "recovery_subnet": "172.16.8.0/23"}
    plan = plan_address(vm("10.10.1.200/23"), [mapping(subnet_rules=[rule])])
    assert plan.address == "172.16.9.200/23"


def test_a_vm_rule_wins_over_a_subnet_rule() -> None:
    rules = {
        "subnet_rules": [SUBNET],
        "vm_rules": [{"vm_id": "vm-1", "address": "10.20.0.99/24", "gateway": "10.20.0.1"}],
    }
    plan = plan_address(vm("10.10.0.15/24"), [mapping(**rules)])
    assert (plan.source, plan.address, plan.gateway) == (
        AddressSource.VM_RULE,
        "10.20.0.99/24",
        "10.20.0.1",
    )
    # Another VM of the network falls to the subnet rule.
    other = plan_address(vm("10.10.0.16/24", vm_id="vm-2"), [mapping(**rules)])
    assert (other.source, other.address) == (AddressSource.SUBNET_RULE, "10.20.0.16/24")


def test_a_vm_rule_gives_an_address_to_a_vm_that_reports_none() -> None:
    rules = {"vm_rules": [{"vm_id": "vm-1", "address": "10.20.0.99/24"}]}
    assert plan_address(vm(), [mapping(**rules)]).address == "10.20.0.99/24"


def test_without_rules_the_vm_keeps_its_address() -> None:
    plan = plan_address(vm("10.10.0.15/24"), [mapping()])
    assert (plan.source, plan.address, plan.recovery_network_id) == (
        AddressSource.KEPT,
        "10.10.0.15/24",
        "net-b",
    )
    assert not plan.assigned


@pytest.mark.parametrize(
    ("the_vm", "mappings", "reason"),
    [
        (vm("10.10.0.15/24", network=None), [mapping()], NoAddress.NO_NETWORK),
        (vm("10.10.0.15/24", network="net-x"), [mapping()], NoAddress.UNMAPPED),
        (vm(), [mapping(subnet_rules=[SUBNET])], NoAddress.NO_ADDRESS),
        (vm("192.168.1.5/24"), [mapping(subnet_rules=[SUBNET])], NoAddress.OUTSIDE_RULES),
        # Only another VM's rule: this one is under no rule.
        (
            vm("10.10.0.15/24"),
            [mapping(vm_rules=[{"vm_id": "vm-9", "address": "10.20.0.9/24"}])],
            NoAddress.OUTSIDE_RULES,
        ),
    ],
)
def test_why_none(the_vm: Vm, mappings: list, reason: NoAddress) -> None:
    plan = plan_address(the_vm, mappings)
    assert (plan.source, plan.reason, plan.address) == (AddressSource.NONE, reason, None)


def test_the_first_address_a_rule_covers_is_translated() -> None:
    plan = plan_address(vm("192.168.1.5/24", "10.10.0.7/24"), [mapping(subnet_rules=[SUBNET])])
    assert (plan.address, plan.primary_address) == ("10.20.0.7/24", "10.10.0.7/24")


def test_a_failback_applies_the_subnet_rule_backwards() -> None:
    plan = plan_address(vm("10.20.0.15/24", network="net-b"), [mapping(subnet_rules=[SUBNET])])
    assert (plan.source, plan.recovery_network_id, plan.address) == (
        AddressSource.SUBNET_RULE,
        "net-a",
        "10.10.0.15/24",
    )
    assert (plan.rule_from, plan.rule_to) == ("10.20.0.0/24", "10.10.0.0/24")


def test_ipv6() -> None:
    rule = {"primary_subnet": "fd00:10::/64", "recovery_subnet": "fd00:20::/64"}
    plan = plan_address(vm("fd00:10::15/64"), [mapping(subnet_rules=[rule])])
    assert plan.address == "fd00:20::15/64"


def test_a_plan_survives_json() -> None:
    plan = plan_address(vm("10.10.0.15/24"), [mapping(subnet_rules=[SUBNET])])
    assert AddressPlan.from_json(plan.to_json()) == plan
    none = plan_address(vm(network="net-x"), [])
    assert AddressPlan.from_json(none.to_json()) == none


@pytest.mark.parametrize(
    ("rules", "field", "words"),
    [
        ({"subnet_rules": [{**SUBNET, "primary_subnet": "10.10.0/24"}]}, "primary_subnet", "CIDR"),
        (
            {"subnet_rules": [{**SUBNET, "primary_subnet": "10.10.0.5/24"}]},
            "primary_subnet",
            "host bits",
        ),
        ({"subnet_rules": [{**SUBNET, "recovery_subnet": "10.20.0.0"}]}, "recovery_subnet", "CIDR"),
        (
            {"subnet_rules": [{**SUBNET, "recovery_subnet": "10.20.0.0/16"}]},
            "recovery_subnet",
            "prefix length",
        ),
        ({"subnet_rules": [{**SUBNET, "recovery_subnet": "fd00::/24"}]}, "recovery_subnet", "IPv6"),
        ({"subnet_rules": [{**SUBNET, "gateway": "10.30.0.1"}]}, "gateway", "not inside"),
        ({"subnet_rules": [{**SUBNET, "dns": ["dns.example"]}]}, "dns.0", "not an IP"),
        ({"vm_rules": [{"vm_id": "vm-1", "address": "10.20.0.15"}]}, "address", "prefix length"),
        (
            {"vm_rules": [{"vm_id": "vm-1", "address": "10.20.0.0/24"}]},
            "address",
            "network or broadcast",
        ),
        (
            {"vm_rules": [{"vm_id": "vm-1", "address": "10.20.0.15/24", "gateway": "10.21.0.1"}]},
            "gateway",
            "not inside",
        ),
    ],
)
def test_a_bad_rule_names_its_field(rules: dict, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        mapping(**rules)
    message = str(caught.value)
    assert f"{field}: " in message and words in message


def test_two_rules_for_one_vm_and_overlapping_subnets_are_refused() -> None:
    rule = {"vm_id": "vm-1", "address": "10.20.0.15/24"}
    with pytest.raises(ValidationError, match=r"vm_rules\.1\.vm_id: 'vm-1' has a rule already"):
        mapping(vm_rules=[rule, {**rule, "address": "10.20.0.16/24"}])
    wide = {"primary_subnet": "10.10.0.0/16", "recovery_subnet": "10.30.0.0/16"}
    with pytest.raises(ValidationError, match=r"subnet_rules\.1\.primary_subnet: .* overlaps"):
        mapping(subnet_rules=[SUBNET, wide])
