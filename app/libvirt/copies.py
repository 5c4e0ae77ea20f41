"""Domains Standby makes on a recovery host from a replica: their disks, definition and network.

- **Disks without a whole-disk copy** (`make_overlay`): a qcow2 overlay whose backing file is
  the replica image (raw), with the writes that turn the image into the chosen recovery point
  written into the overlay (through `qemu-nbd` and libnbd: QEMU writes its own format). The
  overlay starts small and grows only with what the point differs by and what the guest then
  writes; the replica image is never written through it (QEMU opens a backing file read-only)
  and stays still under it while the pair is held (app/replication/hold.py).
- **The definition** (`copy_domain_xml`): the source's domain XML kept at enable time, with a
  new name and UUID, its replicated disks pointing at the overlays, its interfaces on the
  chosen network with new MAC addresses, file consoles moved into the copy's folder, and
  Standby's metadata (which VM it is a copy of, its role and tag, the host that made it) so
  that an agent knows it made the domain and no other agent claims it.
- **An isolated network** (`ensure_isolated_network`): a libvirt network with no `<forward>`
  (guests on it reach each other, nothing else), made when the network asked for does not
  exist on the host; whoever made it removes it with the copy.
"""

from __future__ import annotations

import contextlib
import ipaddress
import shutil
import subprocess
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import libvirt

from app.replication.cycle import DeltaEntry
from app.replication.sparse import is_zero

from .disks import domain_disks
from .errors import ToolMissing
from .nbdio import load_libnbd

NAMESPACE = "urn:standby:copy:1"  # the <metadata> element of domains Standby made
SOCKET_WAIT = 10.0
WRITE_PIECE = 4 * 1024 * 1024


@dataclass(frozen=True)
class CopyMark:
    """What Standby's metadata says of a domain it made."""

    vm_id: str  # the protected VM it is a copy of
    role: str  # "test" (a test failover's copy) or "recovery" (a failover's VM)
    tag: str
    host_id: str  # the host whose agent made it (and serves it)


def copy_mark(xml: str) -> CopyMark | None:
    root = ET.fromstring(xml)
    el = root.find(f"./metadata/{{{NAMESPACE}}}copy")
    if el is None:
        return None
    return CopyMark(el.get("vm", ""), el.get("role", ""), el.get("tag", ""), el.get("host", ""))


def _tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise ToolMissing(f"{name} is not installed (Debian: apt-get install qemu-utils)")
    return exe


def make_overlay(backing: Path, overlay: Path, writes: Iterable[DeltaEntry]) -> int:
    """A qcow2 `overlay` on the raw `backing` image, holding `writes` (in order: a later one
    wins). Returns the bytes written into it. Repeatable: an existing overlay is replaced."""
    overlay.unlink(missing_ok=True)
    subprocess.run(
        [
            _tool("qemu-img"),
            "create",
            "-q",
            "-f",
            "qcow2",
            "-o",
            "compat=1.1",
            "-b",
            str(backing),
            "-F",
            "raw",
            str(overlay),
        ],
        check=True,
        capture_output=True,
    )
    entries = list(writes)
    if not entries:
        return 0
    # The socket lives in a private folder of its own: a path next to the overlay (deep in
    # the host's storage) can pass the 108 bytes a UNIX socket's path may have.
    sock_dir = Path(tempfile.mkdtemp(prefix="standby-nbd-"))
    sock = sock_dir / "nbd.sock"
    proc = subprocess.Popen(
        [
            _tool("qemu-nbd"),
            "--format=qcow2",
            "--export-name=disk",
            "--cache=writeback",
            f"--socket={sock}",
            str(overlay),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    written = 0
    try:
        deadline = time.monotonic() + SOCKET_WAIT
        while not sock.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().strip() if proc.stderr else ""
                raise OSError(f"qemu-nbd could not serve {overlay.name}: {err or 'timed out'}")
            time.sleep(0.01)
        nbd = load_libnbd()
        h = nbd.NBD()
        h.set_export_name("disk")
        h.connect_unix(str(sock))
        try:
            for e in entries:
                data = bytes(e.data)
                if is_zero(data):
                    h.zero(len(data), e.offset)
                else:
                    h.pwrite(data, e.offset)
                written += len(data)
            h.flush()
        finally:
            with contextlib.suppress(nbd.Error):
                h.shutdown()
        proc.wait(SOCKET_WAIT)  # qemu-nbd ends with its only client, the image closed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
        shutil.rmtree(sock_dir, ignore_errors=True)
    return written


def copy_domain_xml(
    kept_xml: str,
    *,
    name: str,
    disks: dict[str, Path],
    network: str | None,
    folder: Path,
    mark: CopyMark,
    networks: dict[str, str] | None = None,
    keep_identity: bool = False,
) -> str:
    """The definition of a copy of the kept domain (see the module's docstring). `disks`:
    target → the copy's qcow2 image; a replicated disk not in it is left out (it has no
    replica here), disks Standby does not replicate (CD-ROMs) stay as they are.
    `network`: a test copy's network, for every interface; else (a failover) the interfaces
    stay, their networks renamed by `networks`. `keep_identity` keeps the UUID and MAC
    addresses (a failover whose mapping says so)."""
    root = ET.fromstring(kept_xml)
    root.attrib.pop("id", None)
    root.find("name").text = name  # type: ignore[union-attr]
    if not keep_identity:
        for el in root.findall("uuid"):
            root.remove(el)
    devices = root.find("devices")
    if devices is None:
        devices = ET.SubElement(root, "devices")
    replicated = {d.target for d in domain_disks(kept_xml) if d.device == "disk"}
    for el in list(devices.findall("disk")):
        target = el.find("target")
        dev = target.get("dev", "") if target is not None else ""
        if dev not in replicated:
            continue
        if dev not in disks:
            devices.remove(el)
            continue
        el.set("type", "file")
        for child in list(el):
            if child.tag in ("source", "backingStore", "alias"):
                el.remove(child)
        driver = el.find("driver")
        if driver is None:
            driver = ET.SubElement(el, "driver", {"name": "qemu"})
        driver.set("type", "qcow2")
        source = ET.Element("source", {"file": str(disks[dev])})
        el.insert(0, source)
    interfaces = devices.findall("interface")
    if network is not None:  # a test copy: every interface on the test network
        for el in interfaces:
            devices.remove(el)
        for old in interfaces or [ET.Element("interface")]:
            iface = ET.SubElement(devices, "interface", {"type": "network"})
            ET.SubElement(iface, "source", {"network": network})
            model = old.find("model")
            if model is not None:
                iface.append(model)
    else:  # a failover: the interfaces as they were, on the mapped networks
        for iface in interfaces:
            for child in list(iface):
                if child.tag in ("target", "alias") or (child.tag == "mac" and not keep_identity):
                    iface.remove(child)
            net = iface.find("source")
            if iface.get("type") == "network" and net is not None:
                was = net.get("network", "")
                net.set("network", (networks or {}).get(was, was))
    for kind in ("serial", "console"):  # a serial console shows as both: one file
        for el in devices.findall(kind):
            log_source = el.find("source")
            if el.get("type") == "file" and log_source is not None and log_source.get("path"):
                log_source.set("path", str(folder / "serial.log"))
    metadata = root.find("metadata")
    if metadata is None:
        metadata = ET.SubElement(root, "metadata")
    for old in metadata.findall(f"{{{NAMESPACE}}}copy"):
        metadata.remove(old)
    ET.register_namespace("standby", NAMESPACE)
    ET.SubElement(
        metadata,
        f"{{{NAMESPACE}}}copy",
        {"vm": mark.vm_id, "role": mark.role, "tag": mark.tag, "host": mark.host_id},
    )
    return ET.tostring(root, encoding="unicode")


def isolated_network_xml(name: str, subnet: str | None = None) -> str:
    """No forwarding. With `subnet` ("10.20.0.0/24") the network serves DHCP in it (the host
    side takes its first address, leases come from its upper half), so a test copy can get
    its recovery address from a reservation."""
    net = ET.Element("network")
    ET.SubElement(net, "name").text = name
    ET.SubElement(net, "bridge", {"stp": "on", "delay": "0"})  # libvirt picks the bridge name
    if subnet is not None:
        ip_net = ipaddress.ip_network(subnet)
        base, size = int(ip_net.network_address), ip_net.num_addresses
        if size >= 4:  # a host side, a lease and the network and broadcast addresses
            first, last = base + 1, base + size - 2
            at = type(ip_net.network_address)  # an int back to an address of its version
            ip = ET.SubElement(
                net, "ip", {"address": str(at(first)), "prefix": str(ip_net.prefixlen)}
            )
            dhcp = ET.SubElement(ip, "dhcp")
            start = first + max(1, (last - first) // 2)
            ET.SubElement(dhcp, "range", {"start": str(at(start)), "end": str(at(last))})
    return ET.tostring(net, encoding="unicode")


def ensure_isolated_network(conn: Any, name: str, subnet: str | None = None) -> bool:
    """The network `name`, active; made isolated when it does not exist. True: made now."""
    try:
        net = conn.networkLookupByName(name)
    except libvirt.libvirtError:
        net = conn.networkDefineXML(isolated_network_xml(name, subnet))
        try:
            net.create()
        except libvirt.libvirtError:
            with contextlib.suppress(libvirt.libvirtError):
                net.undefine()
            raise
        return True
    if not net.isActive():
        net.create()
    return False


def first_mac(domain_xml: str) -> str | None:
    """The MAC address of a domain's first network interface (as libvirt defined it)."""
    mac = ET.fromstring(domain_xml).find("./devices/interface/mac")
    return mac.get("address") if mac is not None else None


def reserved_addresses(domain_xml: str, network_xml: Callable[[str], str | None]) -> list[str]:
    """The addresses the networks' DHCP reserves for a domain's MACs ("10.10.0.15/24", in
    interface order): what the domain's guest gets by DHCP, so what an address plan
    translates. `network_xml` gives a network's XML by name (None: no such network)."""
    found = []
    for nic in ET.fromstring(domain_xml).findall("./devices/interface[@type='network']"):
        mac, source = nic.find("mac"), nic.find("source")
        if mac is None or source is None or not source.get("network"):
            continue
        xml = network_xml(str(source.get("network")))
        if xml is None:
            continue
        for el in ET.fromstring(xml).findall("ip"):
            prefix = el.get("prefix") or el.get("netmask")
            for host in el.findall("./dhcp/host"):
                if (host.get("mac") or "").lower() == (mac.get("address") or "").lower():
                    ip = host.get("ip")
                    if ip and prefix:
                        subnet = ipaddress.ip_interface(f"{el.get('address')}/{prefix}").network
                        found.append(f"{ip}/{subnet.prefixlen}")
    return found


def _dhcp_ip_index(net_xml: str, ip: str) -> int | None:
    """Which of the network's <ip> elements serves DHCP in a subnet holding `ip`."""
    wanted = ipaddress.ip_address(ip)
    for index, el in enumerate(ET.fromstring(net_xml).findall("ip")):
        prefix = el.get("prefix") or el.get("netmask")
        if el.find("dhcp") is None or not el.get("address") or prefix is None:
            continue
        subnet = ipaddress.ip_interface(f"{el.get('address')}/{prefix}").network
        if wanted in subnet:
            return index
    return None


def _update_flags(net: Any) -> int:
    flags = libvirt.VIR_NETWORK_UPDATE_AFFECT_LIVE if net.isActive() else 0
    if net.isPersistent():
        flags |= libvirt.VIR_NETWORK_UPDATE_AFFECT_CONFIG
    return flags


def reserve_address(conn: Any, network: str, mac: str, name: str, ip: str) -> str | None:
    """A DHCP reservation of `ip` for `mac` on `network`, so the guest comes up with its
    recovery address without anyone logging in. Repeatable (an entry for the MAC is
    replaced). Returns why it could not be made (None: made)."""
    try:
        net = conn.networkLookupByName(network)
    except libvirt.libvirtError:
        return f"network {network} does not exist on this host"
    index = _dhcp_ip_index(net.XMLDesc(0), ip)
    if index is None:
        return f"network {network} serves no DHCP in a subnet holding {ip}"
    release_address(conn, network, mac)
    host = ET.tostring(ET.Element("host", {"mac": mac, "name": name, "ip": ip}), encoding="unicode")
    net.update(
        libvirt.VIR_NETWORK_UPDATE_COMMAND_ADD_LAST,
        libvirt.VIR_NETWORK_SECTION_IP_DHCP_HOST,
        index,
        host,
        _update_flags(net),
    )
    return None


def release_address(conn: Any, network: str, mac: str) -> bool:
    """Remove `mac`'s DHCP reservation from `network` (True when there was one)."""
    try:
        net = conn.networkLookupByName(network)
    except libvirt.libvirtError:
        return False
    root = ET.fromstring(net.XMLDesc(0))
    for index, el in enumerate(root.findall("ip")):
        for host in el.findall("./dhcp/host"):
            if (host.get("mac") or "").lower() != mac.lower():
                continue
            net.update(
                libvirt.VIR_NETWORK_UPDATE_COMMAND_DELETE,
                libvirt.VIR_NETWORK_SECTION_IP_DHCP_HOST,
                index,
                ET.tostring(host, encoding="unicode"),
                _update_flags(net),
            )
            return True
    return False


def remove_network(conn: Any, name: str) -> bool:
    """Destroy and undefine a network (True when there was one)."""
    try:
        net = conn.networkLookupByName(name)
    except libvirt.libvirtError:
        return False
    with contextlib.suppress(libvirt.libvirtError):
        if net.isActive():
            net.destroy()
    with contextlib.suppress(libvirt.libvirtError):
        net.undefine()
    return True


def remove_domain(conn: Any, domain_uuid: str) -> bool:
    """Destroy and undefine a domain (True when there was one)."""
    try:
        dom = conn.lookupByUUIDString(domain_uuid)
    except libvirt.libvirtError:
        return False
    with contextlib.suppress(libvirt.libvirtError):
        if dom.isActive():
            dom.destroy()
    flags = getattr(libvirt, "VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA", 0) | getattr(
        libvirt, "VIR_DOMAIN_UNDEFINE_NVRAM", 0
    )
    try:
        dom.undefineFlags(flags)
    except libvirt.libvirtError:
        dom.undefine()
    return True


FENCE_NAMESPACE = "urn:standby:fence:1"


def fence_domain(dom: Any) -> None:
    """Autostart off and Standby's fence mark in the definition (`<standby-fence:fenced/>`):
    whoever looks at this domain in libvirt sees that it must not run."""
    with contextlib.suppress(libvirt.libvirtError):
        dom.setAutostart(0)
    dom.setMetadata(
        libvirt.VIR_DOMAIN_METADATA_ELEMENT,
        "<fenced reason='failed over to another host: do not start this copy'/>",
        "standby-fence",
        FENCE_NAMESPACE,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG,
    )


def fenced_mark(xml: str) -> bool:
    return ET.fromstring(xml).find(f"./metadata/{{{FENCE_NAMESPACE}}}fenced") is not None


def unfence_domain(dom: Any) -> None:
    """Take the fence mark away (a cancelled failover); autostart stays as the fence left it."""
    dom.setMetadata(
        libvirt.VIR_DOMAIN_METADATA_ELEMENT,
        None,
        None,
        FENCE_NAMESPACE,
        libvirt.VIR_DOMAIN_AFFECT_CONFIG,
    )
