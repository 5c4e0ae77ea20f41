"""The lab's cycle scheduler never dies: an unexpected exception is logged once with its
traceback, counted as a missed cycle and retried; a full disk is reported in the status (side
and host) and retried with a backoff capped at the copy frequency, and clears by itself."""

from __future__ import annotations

import asyncio
import errno
import logging
import time
from pathlib import Path

import pytest

from app.domain.model import Policy
from app.lab.fabric import LabFabric
from app.replication.errors import StorageFull
from app.replication.schedule import full_side
from tests.support.lab_vm import (
    POLICY,
    RECOVERY,
    VM,
    assert_clean,
    cycles,
    new_fabric,
    new_points,
    no_progress,
    protect,
    wait_for,
)


def run(tmp_path: Path, scenario) -> None:
    async def main() -> None:
        fabric = new_fabric(tmp_path / "lab")
        try:
            await scenario(fabric)
        finally:
            await fabric.close()

    asyncio.run(main())


def failing(fabric: LabFabric, errors: list[BaseException]) -> list[float]:
    """Make the VM's next cycles raise `errors` (in order), then run normally again; returns
    the list the attempts' times go to."""
    pair = fabric.replication.protections[VM].pair
    original = pair.run_cycle
    attempts: list[float] = []

    def run_cycle(*args, **kwargs):
        attempts.append(time.monotonic())
        if errors:
            raise errors.pop(0)
        return original(*args, **kwargs)

    pair.run_cycle = run_cycle  # type: ignore[method-assign]
    return attempts


def test_an_unexpected_exception_never_ends_the_scheduler(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)
        protection = fabric.replication.protections[VM]
        caplog.set_level(logging.INFO, logger="app.lab.replication")
        errors: list[BaseException] = [RuntimeError(f"boom {i}") for i in range(4)]
        failing(fabric, errors)
        await wait_for(lambda: _true(not errors and protection.missed_in_a_row >= 2))
        assert protection.cycles is not None and not protection.cycles.done()
        tracebacks = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert len(tracebacks) == 1 and tracebacks[0].exc_info is not None
        before = max(await cycles(fabric))
        await new_points(fabric, before)
        assert protection.missed_in_a_row == 0 and not protection.failing
        await assert_clean(fabric, "replica-latest")

    run(tmp_path, scenario)


def test_full_storage_is_reported_and_retried_sooner_than_the_copy_frequency(
    tmp_path: Path,
) -> None:
    policy = POLICY.model_copy(update={"copy_frequency_seconds": 300})  # 5 s real at ×60

    async def scenario(fabric: LabFabric) -> None:
        # Slow enough that 5 s of writes stay far below half of the 4 MiB disks (the log bound).
        await fabric.set_write_rate(VM, 2.0)
        await fabric.enable_replication(VM, RECOVERY, Policy.model_validate(policy))
        await fabric.initial_replication(VM, no_progress)
        first = max(await cycles(fabric))
        full = OSError(errno.ENOSPC, "No space left on device")  # plain, as before StorageFull
        errors: list[BaseException] = [StorageFull("replica", "no space")] * 3 + [full]
        attempts = failing(fabric, errors)

        async def reported() -> object:
            status = (await fabric.replication_status())[VM]
            return status.storage_full

        shown = (await wait_for(reported))[0]
        assert (shown.side, shown.host_id) == ("replica", RECOVERY)
        await wait_for(lambda: _true(not errors))
        # Four attempts within one copy frequency (5 s): the backoff, not the schedule.
        assert attempts[3] - attempts[0] < 5.0, attempts
        await new_points(fabric, first, count=1)
        status = (await fabric.replication_status())[VM]
        assert status.storage_full == () and not status.guest_paused
        assert status.missed_cycles == 0

    run(tmp_path, scenario)


def test_full_side_reads_the_error_and_its_causes() -> None:
    assert full_side(StorageFull("source", "x")) == "source"
    assert full_side(OSError(errno.EDQUOT, "quota")) == ""
    assert full_side(OSError(errno.EIO, "io")) is None
    try:
        try:
            raise StorageFull("replica", "x")
        except StorageFull as exc:
            raise RuntimeError("wrapped") from exc
    except RuntimeError as wrapped:
        assert full_side(wrapped) == "replica"


async def _true(value: bool) -> bool:
    return value
