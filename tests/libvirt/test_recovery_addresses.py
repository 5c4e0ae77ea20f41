"""IP customization on real libvirt: the address a network mapping's rule gives a recovery VM
is reserved in its network's DHCP for the VM's MAC, and a DHCP client with that MAC really
gets it (dnsmasq under libvirt, a client in a network namespace on the network's bridge)."""

from __future__ import annotations

import subprocess
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from app.libvirt.copies import (
    CopyMark,
    copy_domain_xml,
    ensure_isolated_network,
    first_mac,
    release_address,
    remove_network,
    reserve_address,
)
from tests.support.guest import GUEST_PREFIX

KEPT = """<domain type='qemu'>
  <name>{name}</name>
  <memory unit='MiB'>64</memory>
  <os><type arch='x86_64'>hvm</type></os>
  <devices>
    <interface type='network'><source network='production'/><model type='virtio'/></interface>
  </devices>
</domain>"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


def dhcp_lease(bridge: str, mac: str, name: str) -> str:
    """What a DHCP client with `mac` on `bridge` is given (busybox udhcpc in a namespace)."""
    ns, host_end, guest_end = f"{name}-ns", f"{name[:8]}h", f"{name[:8]}g"
    try:
        for cmd in (
            ("ip", "netns", "add", ns),
            ("ip", "link", "add", host_end, "type", "veth", "peer", "name", guest_end),
            ("ip", "link", "set", host_end, "master", bridge, "up"),
            ("ip", "link", "set", guest_end, "netns", ns),
            ("ip", "netns", "exec", ns, "ip", "link", "set", guest_end, "address", mac, "up"),
        ):
            done = _run(*cmd)
            assert done.returncode == 0, (cmd, done.stderr)
        done = _run(
            "ip", "netns", "exec", ns, "busybox", "udhcpc", "-i", guest_end, "-n", "-q",
            "-t", "5", "-s", "/bin/true",
        )  # fmt: skip
        return done.stdout + done.stderr
    finally:
        _run("ip", "netns", "del", ns)
        _run("ip", "link", "del", host_end)


def test_a_rules_address_is_reserved_for_the_recovery_vms_mac_and_served_by_dhcp(
    libvirt_conn: Any, tmp_path: Path
) -> None:
    conn = libvirt_conn
    tag = uuid.uuid4().hex[:6]
    network, name = f"{GUEST_PREFIX}net-{tag}", f"{GUEST_PREFIX}addr-{tag}"
    # A test network Standby makes for a plan in 10.77.0.0/24: isolated, serving DHCP there.
    assert ensure_isolated_network(conn, network, "10.77.0.0/24") is True
    dom = None
    try:
        net_xml = ET.fromstring(conn.networkLookupByName(network).XMLDesc(0))
        assert net_xml.find("forward") is None  # isolated: no forwarding
        ip = net_xml.find("ip")
        assert ip is not None and (ip.get("address"), ip.get("prefix")) == ("10.77.0.1", "24")
        bridge = net_xml.find("bridge").get("name")  # type: ignore[union-attr]

        # The recovery VM defined from the kept definition: a new MAC on the mapped network.
        xml = copy_domain_xml(
            KEPT.format(name=name),
            name=name,
            disks={},
            network=None,
            folder=tmp_path,
            mark=CopyMark("vm-1", "recovery", "vm-1", "host-1"),
            networks={"production": network},
        )
        dom = conn.defineXML(xml)
        mac = first_mac(dom.XMLDesc(0))
        assert mac and mac.startswith("52:54:00")
        assert reserve_address(conn, network, mac, name, "10.77.0.50") is None
        assert reserve_address(conn, network, mac, name, "10.77.0.50") is None  # repeatable
        hosts = conn.networkLookupByName(network).XMLDesc(0).count(f"mac='{mac}'")
        assert hosts == 1

        lease = dhcp_lease(bridge, mac, f"sb{tag}")
        assert "lease of 10.77.0.50 obtained" in lease, lease

        assert release_address(conn, network, mac) is True
        assert mac not in conn.networkLookupByName(network).XMLDesc(0)
        lease = dhcp_lease(bridge, mac, f"sb{tag}")
        assert "lease of 10.77.0." in lease and "10.77.0.50 " not in lease, lease

        # A network that serves no DHCP there says so instead of pretending.
        why = reserve_address(conn, network, mac, name, "10.99.0.5")
        assert why is not None and "no DHCP" in why
    finally:
        if dom is not None:
            dom.undefine()
        assert remove_network(conn, network)
    assert network not in [n.name() for n in conn.listAllNetworks()]
