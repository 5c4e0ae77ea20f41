"""Scale-out: what a control-plane process runs beside its API when several share a vault.

On PostgreSQL each process keeps its feed following the vault (listen.py) and holds its jobs
through leases (leases.py). A fabric that lives inside one process — the lab's estate — can
be driven by one process at a time: the others serve the API without it, wait for the lock
on its folder (the kernel releases it when the holder dies, kill -9 included), then open the
estate from its saved state, attach it, and claim the jobs whose leases expired.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path

from .context import ServerContext
from .supervisor import JOB_LEASES, VAULT_LISTENER, Supervisor

log = logging.getLogger(__name__)


async def start_fabric(ctx: ServerContext) -> list[asyncio.Task]:
    """Bring the vault up to the fabric, then keep it there and watch replication."""
    from .protection import ReplicationMonitor
    from .sync import FabricSync

    sync = ctx.sync = FabricSync(ctx)
    await sync.run_once()
    monitor = ReplicationMonitor(ctx)
    return [
        asyncio.create_task(sync.run_forever(), name="fabric-sync"),
        asyncio.create_task(monitor.run_forever(), name="replication-monitor"),
    ]


def background(ctx: ServerContext) -> list[asyncio.Task]:
    """The scale-out tasks of this process (none on SQLite without a later fabric), each
    supervised (supervisor.py)."""
    tasks = []
    if ctx.listener is not None:
        tasks.append(asyncio.create_task(_listen(ctx), name="vault-listener"))
    if ctx.leases is not None:
        every = ctx.settings.lease_seconds / 3
        ctx.jobs.renewed_at = asyncio.get_running_loop().time()
        # Retries stay well within a lease: a few quick ones, then one every third of it.
        leases = Supervisor(ctx, JOB_LEASES, ctx.jobs.renew_leases, every, backoff=0.5, cap=every)
        tasks.append(asyncio.create_task(leases.run(), name="job-leases"))
    if ctx.fabric is None and ctx.fabric_later is not None:
        tasks.append(asyncio.create_task(_take_over_fabric(ctx), name="fabric-takeover"))
    return tasks


async def _listen(ctx: ServerContext) -> None:
    listener = ctx.listener
    # No pause between rounds (a round waits for a notification or the poll timer itself);
    # a failing round retries after 0.5 s, growing to ten poll periods.
    cap = min(10 * ctx.settings.feed_poll_seconds, ctx.settings.loop_retry_cap_seconds)
    supervisor = Supervisor(ctx, VAULT_LISTENER, listener.run_round, 0.0, backoff=0.5, cap=cap)
    try:
        await supervisor.run()
    finally:
        await listener.close()


async def _take_over_fabric(ctx: ServerContext) -> None:
    assert ctx.fabric_later is not None
    fabric = await ctx.fabric_later()
    ctx.fabric = fabric
    log.warning("process %s: the fabric is attached here now", ctx.process_name)
    tasks = await start_fabric(ctx)
    await ctx.jobs.sweep()  # jobs whose leases expired already; the rest at their expiry
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


class FolderLock:
    """An exclusive lock on a folder's `estate.lock`, held until the process ends or releases
    it. The operating system drops it when its holder dies, so a waiter takes over."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "estate.lock"
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    async def acquire(self, every: float = 0.2) -> None:
        while not self.try_acquire():
            await asyncio.sleep(every)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
