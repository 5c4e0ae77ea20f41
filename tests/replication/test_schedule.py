"""The data plane's ProtectionRunner on its own (the lab drives it in tests/lab and tests/e2e):
before a first copy has begun — a scheduled start far ahead — the source's log is kept within
its bound without a resync, since the copy supersedes every log."""

from __future__ import annotations

import asyncio
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
