"""A real estate whose control plane is a process of its own (tests/support/
control_plane_process.py), so it can be killed with SIGKILL and started again, with two
`standby agent --libvirt` processes (primary and recovery host) around several real guests,
all protected under one policy and pairing, and recovery plans over them. For the plan tests
of tests/libvirt and benchmarks/libvirt_plan_rto.py."""

from __future__ import annotations

import contextlib
import shutil
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tests.support.control_plane_process import ControlPlaneProcess
from tests.support.guest import GUEST_PREFIX, SEQ_LINE, Guest, traversable_dir
from tests.support.operator import Operator, wait_until
from tests.support.real_estate import AgentProcess, protect_guests, two_sites, write_key
from tests.support.server import free_port

FINISHED = {"succeeded", "failed", "cancelled"}


@dataclass
class ProcessEstate:
    control_plane: ControlPlaneProcess
    admin: httpx.Client
    operator: Operator
    primary: AgentProcess
    recovery: AgentProcess
    sites: dict[str, str]
    clouds: dict[str, str]

    def connected(self) -> bool:
        hosts = self.operator.get("/api/v1/inventory")["hosts"]
        return len(hosts) == 2 and all(h["agent"]["connected"] for h in hosts)

    def restart_control_plane(self) -> None:
        """Start the control plane again on the same vault and ports; wait for both agents."""
        self.control_plane.start()
        wait_until(self.connected, timeout=90)

    def protect(self, guests: list[Guest], copy_frequency_seconds: int = 30) -> list[str]:
        """Protect every guest under one policy and pairing; their items' ids, in order."""
        items = protect_guests(
            self.operator, self.clouds, guests, copy_frequency_seconds=copy_frequency_seconds
        )
        return [i["id"] for i in items]

    def points(self, item_id: str) -> list[dict]:
        return self.operator.get(f"/api/v1/protected-items/{item_id}/recovery-points")


def process_estate(folder: Path) -> Iterator[ProcessEstate]:
    """The control plane process and both agents, enrolled and connected; all stopped at the
    end (the guests are the caller's)."""
    control_plane = ControlPlaneProcess(folder / "control-plane").start()
    agents: list[AgentProcess] = []
    agents_folder = traversable_dir("standby-agents-")
    try:
        admin = httpx.Client(
            base_url=control_plane.url, headers=control_plane.headers("admin"), timeout=60
        )
        sites, clouds = two_sites(admin)
        primary = AgentProcess(
            "primary-hv01",
            agents_folder / "primary",
            f"127.0.0.1:{free_port()}",
            f"{GUEST_PREFIX}*",
            write_key(admin, sites["Primary"], clouds["Primary"], agents_folder / "p.key"),
        )
        recovery = AgentProcess(
            "recovery-hv01",
            agents_folder / "recovery",
            f"127.0.0.1:{free_port()}",
            "no-domain-*",
            write_key(admin, sites["Recovery"], clouds["Recovery"], agents_folder / "r.key"),
        )
        for agent in (primary, recovery):
            agent.storage.mkdir(parents=True)
            agents.append(agent.start())
        operator = Operator(control_plane)  # its url and headers suffice
        estate = ProcessEstate(control_plane, admin, operator, primary, recovery, sites, clouds)
        try:
            wait_until(estate.connected, timeout=60)
        except AssertionError:
            raise AssertionError(primary.output() + recovery.output()) from None
        yield estate
    finally:
        for agent in agents:
            agent.stop()
        control_plane.stop()
        shutil.rmtree(agents_folder, ignore_errors=True)


def follow(operator: Operator, job_id: str, timeout: float = 600.0) -> dict:
    """Follow a job to its end, doing the manual actions it waits for (a control plane that
    is away is waited for)."""

    def ended() -> dict | None:
        try:
            job = operator.get(f"/api/v1/jobs/{job_id}")
            if job["state"] == "waiting":
                operator.api.post(f"/api/v1/jobs/{job_id}/resume")
        except httpx.HTTPError:
            return None
        return job if job["state"] in FINISHED else None

    return wait_until(ended, timeout=timeout, every=0.2)


def serial_of(dom: Any) -> Path:
    """The file a domain's serial console is written to (its guest's own log)."""
    source = ET.fromstring(dom.XMLDesc(0)).find("./devices/serial/source")
    assert source is not None
    return Path(source.get("path", ""))


def seqs(serial: Path) -> list[int]:
    with contextlib.suppress(FileNotFoundError):
        return [int(n) for n in SEQ_LINE.findall(serial.read_text(errors="replace"))]
    return []


def remove_copies(conn: Any, name: str) -> None:
    """The recovery and test domains made from a guest, and the isolated test network its
    test copy was on, at the end of a test (whatever it left)."""
    import libvirt

    networks = set()
    for suffix in ("-recovery", "-test"):
        try:
            dom = conn.lookupByName(name + suffix)
        except libvirt.libvirtError:
            continue
        with contextlib.suppress(libvirt.libvirtError):
            root = ET.fromstring(dom.XMLDesc(0))
            for source in root.findall("./devices/interface/source"):
                if (source.get("network") or "").endswith("-testnet"):
                    networks.add(source.get("network"))
        with contextlib.suppress(libvirt.libvirtError):
            dom.destroy()
        with contextlib.suppress(libvirt.libvirtError):
            dom.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA)
    for network in networks:
        with contextlib.suppress(libvirt.libvirtError):
            net = conn.networkLookupByName(network)
            with contextlib.suppress(libvirt.libvirtError):
                net.destroy()
            net.undefine()


def wait_advancing(serial: Path, beyond: int, timeout: float) -> float:
    """Wait until the guest logs a sequence past `beyond`; the monotonic time it did."""
    wait_until(lambda: any(n > beyond for n in seqs(serial)), timeout=timeout, every=0.05)
    return time.monotonic()
