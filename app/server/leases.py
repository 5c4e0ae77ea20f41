"""Job leases: on PostgreSQL several control-plane processes share the vault's jobs.

A job runs in the process that holds its lease: the `owner` and `lease_expires` columns of
its row. The holder renews its leases while it lives; when it dies (kill -9 included) they
expire, and another process claims the job with `SELECT … FOR UPDATE SKIP LOCKED` (two
sweepers never claim the same row, and neither waits for the other) and resumes it from its
first step that did not succeed. Every write a running job makes checks, in its own
transaction, that this process still holds the lease, so a process that stalled past its
lease cannot overwrite the new owner's progress. Lease times are the database's clock, so
the processes' clocks need not agree.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from . import schema

ACTIVE_STATES = ("not-started", "in-progress", "waiting")


class LeaseLost(Exception):
    """Another process holds the job now: this process stops running it, without a write."""


def process_identity(name: str | None = None) -> str:
    """This process's owner id: its name (host by default) and a per-start suffix, so a
    process restarted under the same name never mistakes its dead self's leases for its own."""
    base = name or f"{socket.gethostname()}:{os.getpid()}"
    return f"{base}/{uuid.uuid4().hex[:6]}"


@dataclass
class LeaseBook:
    engine: AsyncEngine
    owner: str
    ttl: float = 15.0  # seconds a lease lasts without renewal

    @property
    def name(self) -> str:
        """The process name the owner id was made from."""
        return self.owner.rsplit("/", 1)[0]

    def _expiry(self) -> Any:
        return func.now() + timedelta(seconds=self.ttl)

    async def claim(self, job_id: str, conn: AsyncConnection | None = None) -> bool:
        """Take the job if nobody holds it (or its lease expired, or it is ours already); in
        `conn`'s transaction when given (a job claimed as it is saved)."""
        jobs = schema.jobs
        take = (
            update(jobs)
            .where(
                jobs.c.id == job_id,
                jobs.c.state.in_(ACTIVE_STATES),
                or_(
                    jobs.c.owner.is_(None),
                    jobs.c.owner == self.owner,
                    jobs.c.lease_expires < func.now(),
                ),
            )
            .values(owner=self.owner, lease_expires=self._expiry())
        )
        if conn is not None:
            return bool((await conn.execute(take)).rowcount)
        async with self.engine.begin() as own:
            return bool((await own.execute(take)).rowcount)

    async def sweep(self, limit: int = 50) -> list[str]:
        """Claim unfinished jobs that nobody holds or whose lease expired; their job bodies."""
        jobs = schema.jobs
        async with self.engine.begin() as conn:
            rows = await conn.execute(
                select(jobs.c.id)
                .where(
                    jobs.c.state.in_(ACTIVE_STATES),
                    or_(jobs.c.owner.is_(None), jobs.c.lease_expires < func.now()),
                )
                .order_by(jobs.c.created)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            ids = [r.id for r in rows]
            if not ids:
                return []
            claimed = await conn.execute(
                update(jobs)
                .where(jobs.c.id.in_(ids))
                .values(owner=self.owner, lease_expires=self._expiry())
                .returning(jobs.c.body)
            )
            return [body for (body,) in claimed]

    async def renew(self, job_ids: list[str]) -> set[str]:
        """Extend the leases of the jobs this process runs; returns those it still holds."""
        if not job_ids:
            return set()
        jobs = schema.jobs
        async with self.engine.begin() as conn:
            rows = await conn.execute(
                update(jobs)
                .where(jobs.c.id.in_(job_ids), jobs.c.owner == self.owner)
                .values(lease_expires=self._expiry())
                .returning(jobs.c.id)
            )
            return {r.id for r in rows}

    async def check(self, conn: AsyncConnection, job_id: str) -> None:
        """Inside a write transaction: raise LeaseLost unless this process holds the job.
        The row lock keeps a sweeper from claiming it until the transaction ends."""
        owner = (
            await conn.execute(
                select(schema.jobs.c.owner).where(schema.jobs.c.id == job_id).with_for_update()
            )
        ).scalar_one_or_none()
        if owner is not None and owner != self.owner:
            raise LeaseLost(job_id)

    async def release(self, conn: AsyncConnection, job_id: str) -> None:
        """A finished job needs no lease (a restart claims it afresh)."""
        await conn.execute(
            update(schema.jobs)
            .where(schema.jobs.c.id == job_id, schema.jobs.c.owner == self.owner)
            .values(owner=None, lease_expires=None)
        )

    async def let_go(self) -> None:
        """A process stopping cleanly: its unfinished jobs may be claimed at once."""
        jobs = schema.jobs
        async with self.engine.begin() as conn:
            await conn.execute(
                update(jobs)
                .where(jobs.c.owner == self.owner, jobs.c.state.in_(ACTIVE_STATES))
                .values(lease_expires=func.now())
            )

    async def owners(self) -> dict[str, int]:
        """Unfinished jobs by the process holding them ('' for none), vault-wide."""
        jobs = schema.jobs
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(jobs.c.owner, func.count())
                .where(jobs.c.state.in_(ACTIVE_STATES))
                .group_by(jobs.c.owner)
            )
            return {(owner or "").rsplit("/", 1)[0]: count for owner, count in rows}
