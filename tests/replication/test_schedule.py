"""The data plane's ProtectionRunner on its own (the lab drives it in tests/lab and tests/e2e):
before a first copy has begun — a scheduled start far ahead — the source's log is kept within
its bound without a resync, since the copy supersedes every log."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime
from pathlib import Path

from app.domain.model import Policy
from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    FsyncPolicy,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)
from app.replication.schedule import ProtectionRunner


async def _progress(_: float) -> None:
    return None


def test_logs_before_the_first_copy_stay_bounded_without_a_resync(tmp_path: Path) -> None:
    size = 64 * BLOCK_SIZE
    disk = TrackedDisk.create(
        tmp_path / "d0.img", vm_id="vm1", disk_id="d0", size_bytes=size, fsync=FsyncPolicy.NEVER
    )
    service = ReplicaService(tmp_path / "replicas")
    pair = ReplicationPair("p", [disk], DirectTransport(service))
    policy = Policy(id="pol", name="p", copy_frequency_seconds=30)
    runner = ProtectionRunner("vm1", pair, policy, service)
    try:
        for i in range(3 * 64):  # three times the disk's size, waiting for the copy
            disk.write((i % 64) * BLOCK_SIZE, bytes([i % 251 + 1]) * BLOCK_SIZE)
            if i % 16 == 15:
                runner.bound_logs()
        assert disk.pending_bytes <= size // 2
        assert not disk.resync_required  # nothing was lost: the copy supersedes the logs

        async def copy() -> None:
            await runner.initial_replication(_progress)
            await runner.halt()

        asyncio.run(copy())
        replica = service.replica("p", "d0")
        assert replica is not None and replica.latest_point() is not None
        assert replica.image.read_bytes() == disk.image.read_bytes()
    finally:
        service.close()
        disk.close()


class FastClock:
    """The estate's time, `factor` times faster than real time."""

    def __init__(self, factor: float) -> None:
        self.factor = factor

    def now(self) -> datetime:
        return datetime.now(UTC)

    def seconds(self, estate_seconds: float) -> float:
        return estate_seconds / self.factor

    def estate_time(self, real: datetime) -> datetime:
        return real


def _runner(tmp_path: Path, reachable=lambda: True) -> tuple[ProtectionRunner, ReplicaService]:
    disk = TrackedDisk.create(
        tmp_path / "d0.img",
        vm_id="vm1",
        disk_id="d0",
        size_bytes=16 * BLOCK_SIZE,
        fsync=FsyncPolicy.NEVER,
    )
    service = ReplicaService(tmp_path / "replicas")
    pair = ReplicationPair("p", [disk], DirectTransport(service))
    # 30 s of estate time pass in 0.3 s.
    policy = Policy(id="pol", name="p", copy_frequency_seconds=30)
    runner = ProtectionRunner(
        "vm1", pair, policy, service, clock=FastClock(100), reachable=reachable
    )
    return runner, service


def test_a_cycle_that_hangs_counts_each_missed_turn_as_it_goes_by(tmp_path: Path) -> None:
    """A throttled or hung link: the cycle in flight does not end, and every copy frequency
    that passes counts a missed cycle then — the status shows it before the cycle ends."""
    runner, service = _runner(tmp_path)
    released = threading.Event()
    started = threading.Event()
    real_cycle = runner.pair.run_cycle

    def hung(kind):
        started.set()
        released.wait(30)
        return real_cycle(kind)

    async def scenario() -> list[int]:
        await runner.initial_replication(_progress)
        runner.pair.run_cycle = hung  # type: ignore[method-assign]
        seen = []
        await asyncio.to_thread(started.wait, 5)
        for _ in range(4):  # a status read every copy frequency while the cycle hangs
            await asyncio.sleep(0.3)
            seen.append(runner.figures().missed_cycles)
        released.set()
        await asyncio.sleep(0.25)  # the late cycle ends: a point arrived, the count resets
        seen.append(runner.figures().missed_cycles)
        await runner.close()
        return seen

    try:
        seen = asyncio.run(scenario())
    finally:
        released.set()
        service.close()
    assert seen[:4] == sorted(seen[:4]) and seen[3] >= 3, seen  # one more each turn
    assert seen[0] <= 1
    assert seen[4] == 0, seen


def test_an_unreachable_replica_counts_a_missed_cycle_at_each_turn(tmp_path: Path) -> None:
    """A cut link or a site down: each cycle's turn counts at once, and figures() says the
    replica is out of reach from the first read."""
    up = [True]
    runner, service = _runner(tmp_path, reachable=lambda: up[0])

    async def scenario() -> list[tuple[int, bool]]:
        await runner.initial_replication(_progress)
        up[0] = False
        seen = [(runner.figures().missed_cycles, runner.figures().reachable)]
        for _ in range(3):
            await asyncio.sleep(0.3)
            figures = runner.figures()
            seen.append((figures.missed_cycles, figures.reachable))
        up[0] = True
        await asyncio.sleep(0.45)
        seen.append((runner.figures().missed_cycles, runner.figures().reachable))
        await runner.close()
        return seen

    try:
        seen = asyncio.run(scenario())
    finally:
        service.close()
    assert seen[0] == (0, False)
    counts = [count for count, _ in seen[1:4]]
    assert counts == sorted(counts) and counts[-1] >= 2 and counts[0] >= 0, seen
    assert seen[-1] == (0, True), seen
