"""The lab's state on disk, so a lab process killed with -9 comes back where it stood.

The images, their write logs, the replicas with their undo files and the guests' write
histories survive a crash by themselves; what lives only in memory — the estate (VM hosts,
power, tags, test VMs, sites up or down), the link, and per VM its protection, failover and
test-failover state — is written to `lab-state.json` in the lab folder after every change,
atomically (temporary file, fsync, rename, fsync of the folder). The fabric reads it back on
start (see LabFabric).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.enums import NetworkKind, PowerState, RecoveryPointKind
from app.domain.fabric import FailoverResult, ReverseResult, TestFailoverResult
from app.replication.journal import RecoveryPointRecord

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
    return {**vars(vm), "disks": [dict(vars(d)) for d in vm.disks], "tags": list(vm.tags)}


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
    )


def estate_from_json(d: dict[str, Any]) -> Estate:
    return Estate(
        sites=[LabSite(**s) for s in d["sites"]],
        clouds=[LabCloud(**c) for c in d["clouds"]],
        hosts=[LabHost(**h) for h in d["hosts"]],
        vms=[vm_from_json(v) for v in d["vms"]],
        networks=[
            LabNetwork(n["id"], n["site_id"], n["name"], NetworkKind(n["kind"]))
            for n in d["networks"]
        ],
    )


# --- results and points -----------------------------------------------------------------------


def point_to_json(p: RecoveryPointRecord) -> dict[str, Any]:
    return {
        "cycle_id": p.cycle_id,
        "time": p.time.isoformat(),
        "kind": p.kind.value,
        "last_seq": p.last_seq,
        "apply_id": p.apply_id,
    }


def point_from_json(d: dict[str, Any]) -> RecoveryPointRecord:
    return RecoveryPointRecord(
        d["cycle_id"],
        datetime.fromisoformat(d["time"]),
        RecoveryPointKind(d["kind"]),
        d["last_seq"],
        d["apply_id"],
    )


def failover_result_to_json(r: FailoverResult) -> dict[str, Any]:
    return {**asdict(r), "point_time": r.point_time.isoformat(), "point_kind": r.point_kind.value}


def failover_result_from_json(d: dict[str, Any]) -> FailoverResult:
    return FailoverResult(
        d["point_id"],
        datetime.fromisoformat(d["point_time"]),
        RecoveryPointKind(d["point_kind"]),
        d["writes_lost"],
        d["unreplicated_bytes"],
    )


def drill_result_to_json(r: TestFailoverResult) -> dict[str, Any]:
    return {**asdict(r), "point_time": r.point_time.isoformat(), "point_kind": r.point_kind.value}


def drill_result_from_json(d: dict[str, Any]) -> TestFailoverResult:
    return TestFailoverResult(
        d["test_vm_id"],
        d["point_id"],
        datetime.fromisoformat(d["point_time"]),
        RecoveryPointKind(d["point_kind"]),
    )


def reverse_result_from_json(d: dict[str, Any]) -> ReverseResult:
    return ReverseResult(
        d["blocks_compared"],
        d["blocks_shipped"],
        d["bytes_shipped"],
        d.get("source_host_id"),  # a state file of an older lab lacks them
        d.get("target_host_id"),
    )
