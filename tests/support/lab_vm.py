"""One lab VM under protection, for the lab's own tests: a fast lab with small disks, and the
waits and checks those tests share."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from app.domain.enums import RecoveryPointChoice
from app.domain.model import Policy
from app.lab.clock import LabClock
from app.lab.estate import MIB, default_estate
from app.lab.fabric import LabFabric

VM = "vm-sql-01"  # two disks on host-sto-gold-1
PRIMARY = "host-sto-gold-1"
RECOVERY = "host-ams-gold-1"
POLICY = Policy(
    id="pol-test",
    name="Test",
    copy_frequency_seconds=30,
    recovery_point_retention_hours=2,
    app_consistent_frequency_hours=1,
)
LATEST = RecoveryPointChoice.LATEST


async def no_progress(_: float) -> None:
    return None


def new_fabric(folder: Path) -> LabFabric:
    """4 MiB disks and the clock ×60: a 30 s copy frequency passes in half a second."""
    return LabFabric(estate=default_estate(disk_size=4 * MIB), clock=LabClock(60), folder=folder)


async def wait_for(predicate: Callable[[], Awaitable[object]], timeout: float = 30.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := await predicate():
            return value
        await asyncio.sleep(0.1)
    raise AssertionError("condition not met in time")


async def cycles(fabric: LabFabric) -> list[int]:
    status = (await fabric.replication_status())[VM]
    return [p.cycle_id for p in status.recovery_points]


async def new_points(fabric: LabFabric, after: int, count: int = 2) -> None:
    async def more() -> bool:
        return len([c for c in await cycles(fabric) if c > after]) >= count

    await wait_for(more)


async def protect(fabric: LabFabric, points: int = 2) -> None:
    await fabric.set_write_rate(VM, 20.0)
    await fabric.enable_replication(VM, RECOVERY, POLICY)
    await fabric.initial_replication(VM, no_progress)
    await new_points(fabric, 0, points)


async def assert_clean(fabric: LabFabric, which: str, vm_id: str = VM) -> dict:
    report = await fabric.audit(vm_id, which)
    assert report["intact"] and report["crash_consistent"], report
    return report


def lab_vm(fabric: LabFabric, vm_id: str = VM):
    return next(v for v in fabric.estate.vms if v.id == vm_id)
