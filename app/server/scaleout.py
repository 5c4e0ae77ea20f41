"""Scale-out: what a control-plane process runs beside its API when several share a vault.

On PostgreSQL each process keeps its feed following the vault (listen.py) and holds its jobs
through leases (leases.py). Attaching a fabric — at once, or later when this process may
drive it — is estates.py's.
"""

from __future__ import annotations

import asyncio
import logging

from .context import ServerContext
from .supervisor import JOB_LEASES, VAULT_LISTENER, Supervisor

log = logging.getLogger(__name__)


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
