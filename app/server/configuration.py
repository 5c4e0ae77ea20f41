"""Protection configuration: replication policies, cloud pairings and network mappings.

The rules that need the vault's state (names unique, clouds on two sites, nothing deleted
while in use) live here, shared by the API and the lab's seeding.
"""

from __future__ import annotations

from ipaddress import ip_interface, ip_network
from typing import Any

from app.domain.model import (
    NetworkMapping,
    NetworkMappingSpec,
    Pairing,
    PairingSpec,
    Policy,
    PolicySpec,
)

from .problems import conflict, invalid, not_found, unknown_reference
from .store import Store, Transaction, new_id


def _dump(model: Any) -> dict[str, Any]:
    return model.model_dump(mode="json")


async def _name_taken(tx: Transaction, spec: PolicySpec, except_id: str | None) -> bool:
    return any(
        p["name"].casefold() == spec.name.casefold() and p["id"] != except_id
        for p in await tx.list("policy")
    )


async def create_policy(store: Store, spec: PolicySpec) -> Policy:
    async with store.transaction() as tx:
        if await _name_taken(tx, spec, None):
            raise conflict(f"A replication policy named '{spec.name}' exists already.")
        policy = Policy(id=new_id("pol"), **spec.model_dump())
        await tx.put("policy", policy.id, _dump(policy))
    return policy


async def replace_policy(store: Store, policy_id: str, spec: PolicySpec) -> Policy:
    async with store.transaction() as tx:
        if await tx.get("policy", policy_id) is None:
            raise not_found("policy", policy_id)
        if await _name_taken(tx, spec, policy_id):
            raise conflict(f"A replication policy named '{spec.name}' exists already.")
        policy = Policy(id=policy_id, **spec.model_dump())
        await tx.put("policy", policy_id, _dump(policy))
    return policy


async def delete_policy(store: Store, policy_id: str) -> None:
    async with store.transaction() as tx:
        if await tx.get("policy", policy_id) is None:
            raise not_found("policy", policy_id)
        users = [p["id"] for p in await tx.list("pairing") if p["policy_id"] == policy_id]
        if users:
            raise conflict(
                f"The policy is used by the cloud pairing(s) {', '.join(users)}; "
                "remove or re-point them first.",
                pairing_ids=users,
            )
        await tx.delete("policy", policy_id)


async def create_pairing(store: Store, spec: PairingSpec) -> Pairing:
    async with store.transaction() as tx:
        primary = await tx.get("cloud", spec.primary_cloud_id)
        recovery = await tx.get("cloud", spec.recovery_cloud_id)
        if primary is None:
            raise unknown_reference(
                "primary_cloud_id", f"no cloud with id '{spec.primary_cloud_id}'"
            )
        if recovery is None:
            raise unknown_reference(
                "recovery_cloud_id", f"no cloud with id '{spec.recovery_cloud_id}'"
            )
        if await tx.get("policy", spec.policy_id) is None:
            raise unknown_reference(
                "policy_id", f"no replication policy with id '{spec.policy_id}'"
            )
        if primary["site_id"] == recovery["site_id"]:
            raise unknown_reference(
                "recovery_cloud_id", "the recovery cloud must be on another site than the primary"
            )
        for other in await tx.list("pairing"):
            if other["primary_cloud_id"] == spec.primary_cloud_id:
                raise conflict(
                    f"The cloud '{primary['name']}' is paired already ({other['id']}).",
                    pairing_id=other["id"],
                )
        pairing = Pairing(id=new_id("pair"), **spec.model_dump())
        await tx.put("pairing", pairing.id, _dump(pairing))
    return pairing


async def delete_pairing(store: Store, pairing_id: str) -> None:
    async with store.transaction() as tx:
        if await tx.get("pairing", pairing_id) is None:
            raise not_found("pairing", pairing_id)
        items = [i["id"] for i in await tx.list("protected-item") if i["pairing_id"] == pairing_id]
        if items:
            raise conflict(
                f"{len(items)} protected item(s) use this pairing; disable their protection first.",
                protected_item_ids=items[:50],
            )
        await tx.delete("pairing", pairing_id)


async def create_network_mapping(store: Store, spec: NetworkMappingSpec) -> NetworkMapping:
    async with store.transaction() as tx:
        await _check_mapping(tx, spec, None)
        mapping = NetworkMapping(id=new_id("netmap"), **spec.model_dump())
        await tx.put("network-mapping", mapping.id, _dump(mapping))
    return mapping


async def update_network_mapping(
    store: Store, mapping_id: str, spec: NetworkMappingSpec
) -> NetworkMapping:
    """A mapping replaced as a whole (its rules edited, typically), checked as a new one is.
    Jobs already created keep the address plan they were created with."""
    async with store.transaction() as tx:
        if await tx.get("network-mapping", mapping_id) is None:
            raise not_found("network-mapping", mapping_id)
        await _check_mapping(tx, spec, mapping_id)
        mapping = NetworkMapping(id=mapping_id, **spec.model_dump())
        await tx.put("network-mapping", mapping.id, _dump(mapping))
    return mapping


async def _check_mapping(tx: Transaction, spec: NetworkMappingSpec, mapping_id: str | None) -> None:
    """Both networks exist on two sites, the primary one is not mapped by another mapping,
    and the rules hold (`_check_rules`)."""
    primary = await tx.get("network", spec.primary_network_id)
    recovery = await tx.get("network", spec.recovery_network_id)
    if primary is None:
        raise unknown_reference(
            "primary_network_id", f"no network with id '{spec.primary_network_id}'"
        )
    if recovery is None:
        raise unknown_reference(
            "recovery_network_id", f"no network with id '{spec.recovery_network_id}'"
        )
    if primary["site_id"] == recovery["site_id"]:
        raise unknown_reference(
            "recovery_network_id", "the recovery network must be on the other site"
        )
    for other in await tx.list("network-mapping"):
        if other["id"] != mapping_id and other["primary_network_id"] == spec.primary_network_id:
            raise conflict(
                f"The network '{primary['name']}' is mapped already ({other['id']}).",
                network_mapping_id=other["id"],
            )
    await _check_rules(tx, spec, recovery)


async def _check_rules(tx: Transaction, spec: NetworkMappingSpec, recovery: dict[str, Any]) -> None:
    """A rule's VM must exist, and its recovery addresses lie in the recovery network's
    subnet when the estate reports one (a guest outside it could not reach its gateway)."""
    for i, rule in enumerate(spec.vm_rules):
        if await tx.get("vm", rule.vm_id) is None:
            raise unknown_reference(f"vm_rules.{i}.vm_id", f"no VM with id '{rule.vm_id}'")
    subnet = ip_network(recovery["subnet"], strict=False) if recovery.get("subnet") else None
    if subnet is None:
        return
    where = f"the recovery network's subnet {subnet}"
    for i, rule in enumerate(spec.vm_rules):
        if not _inside(ip_interface(rule.address).network, subnet):
            raise invalid(f"vm_rules.{i}.address", f"{rule.address} is not inside {where}")
    for i, subnet_rule in enumerate(spec.subnet_rules):
        if not _inside(ip_network(subnet_rule.recovery_subnet), subnet):
            raise invalid(
                f"subnet_rules.{i}.recovery_subnet",
                f"{subnet_rule.recovery_subnet} is not inside {where}",
            )


def _inside(inner: Any, outer: Any) -> bool:
    return inner.version == outer.version and inner.subnet_of(outer)


async def delete_network_mapping(store: Store, mapping_id: str) -> None:
    async with store.transaction() as tx:
        if not await tx.delete("network-mapping", mapping_id):
            raise not_found("network-mapping", mapping_id)
