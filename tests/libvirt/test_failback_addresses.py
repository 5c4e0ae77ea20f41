"""Failback applies the address plan on real VMs, as the lab does: a VM whose primary address
a mapping's subnet rule translated at failover gets its primary-site address back, reserved for
its original MAC in its primary network's DHCP, where a DHCP client with that MAC receives it
(dnsmasq under libvirt, the client in a network namespace on the network's bridge)."""

from __future__ import annotations

import contextlib
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

import libvirt

from app.agents.fabric import network_id
from app.libvirt.copies import ensure_isolated_network, first_mac, release_address, remove_network
from tests.libvirt.test_failover_real import remove_leftovers
from tests.libvirt.test_recovery_addresses import dhcp_lease
from tests.support.guest import GUEST_PREFIX, Guest
from tests.support.operator import wait_until
from tests.support.real_estate import RealEstate, protect

PRIMARY_ADDRESS, RECOVERY_ADDRESS = "10.81.0.15", "10.82.0.15"


def reservations(conn: libvirt.virConnect, network: str) -> dict[str, str]:
    """MAC → reserved address in a network's DHCP."""
    root = ET.fromstring(conn.networkLookupByName(network).XMLDesc(0))
    return {h.get("mac", "").lower(): h.get("ip", "") for h in root.findall("./ip/dhcp/host")}


def test_failback_gives_the_vm_its_primary_address_back_by_the_mappings_subnet_rule(
    real_estate: tuple[RealEstate, Guest], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    estate, guest = real_estate
    op = estate.operator
    conn = guest.conn
    vm_id = guest.dom.UUIDString()
    tag = uuid.uuid4().hex[:6]
    primary_net, recovery_net = f"{GUEST_PREFIX}p{tag}", f"{GUEST_PREFIX}r{tag}"
    for name, subnet in ((primary_net, "10.81.0.0/24"), (recovery_net, "10.82.0.0/24")):
        ensure_isolated_network(conn, name, subnet)
        request.addfinalizer(lambda name=name: remove_network(conn, name))
    request.addfinalizer(lambda: remove_leftovers(conn, guest.name))

    # The VM on the primary network, its address there reserved for its MAC; the domain is
    # started again so that it runs with the interface.
    guest.dom.attachDeviceFlags(
        f"<interface type='network'><source network='{primary_net}'/>"
        "<model type='virtio'/></interface>",
        libvirt.VIR_DOMAIN_AFFECT_CONFIG,
    )
    guest.shutdown(60)
    mac = first_mac(guest.dom.XMLDesc(0))
    assert mac is not None
    net = conn.networkLookupByName(primary_net)
    net.update(
        libvirt.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
        libvirt.VIR_NETWORK_SECTION_IP_DHCP_HOST,
        0,
        f"<host mac='{mac}' ip='{PRIMARY_ADDRESS}'/>",
        libvirt.VIR_NETWORK_UPDATE_AFFECT_LIVE | libvirt.VIR_NETWORK_UPDATE_AFFECT_CONFIG,
    )
    guest.start_again(60)
    primary_id, recovery_id = estate.host_id("primary-hv01"), estate.host_id("recovery-hv01")

    def the_vm() -> list[dict]:
        return [v for v in op.get("/api/v1/inventory")["vms"] if v["id"] == vm_id]

    # The agent reports the address its network reserves; a subnet rule maps it.
    wait_until(lambda: [v["addresses"] for v in the_vm()] == [[f"{PRIMARY_ADDRESS}/24"]], 30)
    networks = {n["id"] for n in op.get("/api/v1/inventory")["networks"]}
    wanted = (network_id(primary_id, primary_net), network_id(recovery_id, recovery_net))
    wait_until(lambda: set(wanted) <= {n["id"] for n in op.get("/api/v1/inventory")["networks"]})
    answer = op.api.post(
        "/api/v1/network-mappings",
        json={
            "primary_network_id": wanted[0],
            "recovery_network_id": wanted[1],
            "subnet_rules": [{"primary_subnet": "10.81.0.0/24", "recovery_subnet": "10.82.0.0/24"}],
        },
    )
    assert answer.status_code == 201, (answer.text, networks)
    mapping_id = answer.json()["id"]
    request.addfinalizer(lambda: op.api.delete(f"/api/v1/network-mappings/{mapping_id}"))
    item = protect(estate, guest)
    item_id = item["id"]

    def points() -> list[dict]:
        return op.get(f"/api/v1/protected-items/{item_id}/recovery-points")

    wait_until(lambda: points(), timeout=120)

    # Failover: the recovery VM lands in the recovery network with the translated address.
    done = op.finish(op.start(f"/api/v1/protected-items/{item_id}/planned-failover"))
    assert done["result"]["address"]["address"] == f"{RECOVERY_ADDRESS}/24", done["result"]
    dom = conn.lookupByName(f"{guest.name}-recovery")
    recovery_mac = first_mac(dom.XMLDesc(0))
    assert recovery_mac is not None and recovery_mac != mac
    assert reservations(conn, recovery_net)[recovery_mac.lower()] == RECOVERY_ADDRESS
    wait_until(lambda: [v["addresses"] for v in the_vm()] == [[f"{RECOVERY_ADDRESS}/24"]], 30)

    # While the VM runs on the recovery side, the primary network loses its reservation (the
    # site was rebuilt): what failback reserves comes from the plan, not from what was left.
    assert release_address(conn, primary_net, mac)
    assert mac.lower() not in reservations(conn, primary_net)

    carried = max(p["cycle_id"] for p in points())
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/reverse-replication", {}))
    wait_until(lambda: any(p["cycle_id"] > carried for p in points()), timeout=120)

    # Failback: the subnet rule, backwards, gives the primary address again; the original
    # domain runs on its primary network with it reserved for its own MAC.
    done = op.finish(op.start(f"/api/v1/protected-items/{item_id}/failback", {}))
    address = done["result"]["address"]
    assert (address["source"], address["address"]) == ("subnet-rule", f"{PRIMARY_ADDRESS}/24")
    assert address["recovery_network_id"] == wanted[0], address
    assert guest.dom.isActive()
    sources = ET.fromstring(guest.dom.XMLDesc(0)).findall("./devices/interface/source")
    assert [s.get("network") for s in sources] == [primary_net]
    assert reservations(conn, primary_net)[mac.lower()] == PRIMARY_ADDRESS
    wait_until(lambda: [v["host_id"] for v in the_vm()] == [primary_id], 30)
    wait_until(lambda: [v["addresses"] for v in the_vm()] == [[f"{PRIMARY_ADDRESS}/24"]], 30)

    # A DHCP client with the VM's MAC on the primary network's bridge receives that address
    # (the test guest runs no network driver, so it never answers for the MAC itself).
    bridge = ET.fromstring(net.XMLDesc(0)).find("bridge").get("name")  # type: ignore[union-attr]
    with contextlib.suppress(libvirt.libvirtError):
        guest.dom.destroy()  # its tap leaves the bridge: the MAC is the client's alone
    lease = dhcp_lease(bridge, mac, f"fb{tag}")
    assert f"lease of {PRIMARY_ADDRESS} obtained" in lease, lease
