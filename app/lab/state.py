"""The lab's state on disk, so a lab process killed with -9 comes back where it stood.

The images, their write logs, the replicas with their undo files and the guests' write
histories survive a crash by themselves; what lives only in memory — the estate (VM hosts,
power, tags, test VMs, sites up or down), the link, and per VM its protection, failover and
test-failover state — is written to `lab-state.json` in the lab folder after every change,
atomically (temporary file, fsync, rename, fsync of the folder). The fabric reads it back on
start (see LabFabric). The failover, reverse-replication and test-copy records in it are the
data plane's (`app.replication.recovery`, each with its own JSON); this module writes the file
and the estate's part.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from app.domain.enums import NetworkKind, PowerState

from .estate import Estate, LabCloud, LabDisk, LabHost, LabNetwork, LabSite, LabVm

STATE_FILE = "lab-state.json"
VERSION = 1


def write_state(path: Path, data: dict[str, Any]) -> None:
    """Replace `path` with `data` as JSON, atomically and durably."""
    path = Path(path)
    raw = json.dumps(data, separators=(",", ":"), default=str).encode()
    fd, tmp = tempfile.mkstemp(prefix=".lab-state-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def read_state(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(Path(path).read_text())
    except FileNotFoundError:
        return None
    if data.get("version") != VERSION:
        raise ValueError(f"{path}: lab state version {data.get('version')} is not {VERSION}")
    return data


# --- the estate -------------------------------------------------------------------------------


def estate_to_json(estate: Estate) -> dict[str, Any]:
    # By hand: dataclasses.asdict deep-copies and is several times slower (this runs after
    # every change, for every VM of the estate).
    return {
        "sites": [dict(vars(s)) for s in estate.sites],
        "clouds": [dict(vars(c)) for c in estate.clouds],
        "hosts": [dict(vars(h)) for h in estate.hosts],
        "vms": [vm_to_json(v) for v in estate.vms],
        "networks": [dict(vars(n)) for n in estate.networks],
    }


def vm_to_json(vm: LabVm) -> dict[str, Any]:
    return {
        **vars(vm),
        "disks": [dict(vars(d)) for d in vm.disks],
        "tags": list(vm.tags),
        "addresses": list(vm.addresses),
    }


def vm_from_json(d: dict[str, Any]) -> LabVm:
    return LabVm(
        id=d["id"],
        host_id=d["host_id"],
        name=d["name"],
        network_id=d["network_id"],
        disks=[LabDisk(**disk) for disk in d["disks"]],
        power_state=PowerState(d["power_state"]),
        tags=list(d["tags"]),
        writes_per_second=d["writes_per_second"],
        addresses=list(d.get("addresses", [])),  # a lab saved before addresses had none
    )


def estate_from_json(d: dict[str, Any]) -> Estate:
    return Estate(
        sites=[LabSite(**s) for s in d["sites"]],
        clouds=[LabCloud(**c) for c in d["clouds"]],
        hosts=[LabHost(**h) for h in d["hosts"]],
        vms=[vm_from_json(v) for v in d["vms"]],
        networks=[
            LabNetwork(
                n["id"],
                n["site_id"],
                n["name"],
                NetworkKind(n["kind"]),
                n.get("subnet"),
                n.get("gateway"),
            )
            for n in d["networks"]
        ],
    )
