"""Where the control plane attaches its fabric — any estate, through the fabric protocols.

At start the fabric is started (`Fabric.start`), the vault brought up to its inventory, and
two supervised loops keep it there and watch replication. A process may also be given a
fabric it can only drive later (one that a single process drives at a time, such as the
lab's estate, held by another process until that one dies): it serves the API without it
meanwhile, then attaches it the same way and claims the jobs whose leases expired.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from .context import ServerContext

log = logging.getLogger(__name__)


async def start_fabric(ctx: ServerContext) -> list[asyncio.Task]:
    """Start the fabric, bring the vault up to it, then keep it there and watch replication."""
    from .protection import ReplicationMonitor
    from .sync import FabricSync

    assert ctx.fabric is not None
    await ctx.fabric.start()
    sync = ctx.sync = FabricSync(ctx)
    await sync.run_once()
    monitor = ReplicationMonitor(ctx)
    tasks = [
        asyncio.create_task(sync.run_forever(), name="fabric-sync"),
        asyncio.create_task(monitor.run_forever(), name="replication-monitor"),
    ]
    if sync.watch():
        tasks.append(asyncio.create_task(sync.run_on_changes(), name="fabric-changes"))
    return tasks


def attach_later(ctx: ServerContext) -> list[asyncio.Task]:
    """The task that attaches a fabric this process can only drive later (none otherwise)."""
    if ctx.fabric is None and ctx.fabric_later is not None:
        return [asyncio.create_task(_take_over_fabric(ctx), name="fabric-takeover")]
    return []


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
