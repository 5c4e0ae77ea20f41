"""The change feed across processes: on PostgreSQL every process's feed follows the vault.

Each commit NOTIFYs the vault's new revision in its own transaction (store.py), so the
notification is delivered only when, and after, the events are committed. Every process
LISTENs on one connection of its own and, on a notification newer than its feed — and on a
short poll timer besides, because a notification can be lost (the listening connection
drops, the process was busy reconnecting) — reads the events table from its feed's head on,
in revision order. Nothing is lost, since the table is the truth and the notification only a
wake-up. A process's own commits go to its feed at once when they follow its head directly;
otherwise another process committed in between and the table is read first.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg

from .feed import ChangeEvent, ChangeFeed
from .store import EVENTS_CHANNEL, Store

log = logging.getLogger(__name__)

BATCH = 1000


class VaultListener:
    def __init__(self, store: Store, feed: ChangeFeed, poll_seconds: float = 1.0):
        self.store = store
        self.feed = feed
        self.poll_seconds = poll_seconds
        self.notifications = 0  # received on the channel
        self.reads = 0  # reads of the events table
        self._wake = asyncio.Event()
        self._conn: asyncpg.Connection | None = None

    def committed(self, events: list[ChangeEvent]) -> None:
        """The store's publish hook in this process: called after each commit."""
        if events and events[0].revision <= self.feed.head + 1:
            self.feed.publish(events)
        else:
            self._wake.set()  # another process committed in between: read the table first

    def wake(self) -> None:
        """Read the events table now (a follower asks for a revision this feed lacks)."""
        self._wake.set()

    def _notified(self, _conn: Any, _pid: int, _channel: str, payload: object) -> None:
        self.notifications += 1
        try:
            revision = int(str(payload))  # asyncpg hands the payload over as text
        except ValueError:
            revision = None
        if revision is None or revision > self.feed.head:
            self._wake.set()

    @property
    def listening(self) -> bool:
        return self._conn is not None and not self._conn.is_closed()

    async def _listen(self) -> None:
        if self.listening:
            return
        url = self.store.engine.url.set(drivername="postgresql")
        try:
            conn = await asyncpg.connect(url.render_as_string(hide_password=False), timeout=10)
            await conn.add_listener(EVENTS_CHANNEL, self._notified)
        except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
            log.warning("change feed: cannot LISTEN (polling meanwhile): %s", exc)
            return
        self._conn = conn
        self._wake.set()  # whatever was committed while nobody listened

    async def catch_up(self) -> int:
        """Publish every committed event after the feed's head, in order; how many."""
        count = 0
        while True:
            batch = await self.store.events_after(self.feed.head, limit=BATCH)
            self.reads += 1
            if batch:
                self.feed.publish(batch)
                count += len(batch)
            if len(batch) < BATCH:
                return count

    async def run_round(self) -> None:
        """Wait for a notification (or the poll timer), then read the events table. Run over
        and over by `scaleout.background`, supervised: a failure (the database is away) is
        logged, alerted and retried with backoff."""
        await self._listen()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
        self._wake.clear()
        await self.catch_up()

    async def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close(timeout=2)
            self._conn = None
