"""The change feed: committed events, in revision order, for every SSE follower.

The store publishes each committed transaction's events here. Followers read the recent ones
from an in-memory ring shared by all of them (each event is encoded once), fall back to the
events table when they are behind the ring, and are told to re-list when they are further
behind than replaying would be worth.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass, field

RELIST_THRESHOLD = 10_000
"""A follower further behind than this many events re-lists instead of replaying them."""


@dataclass(slots=True)
class ChangeEvent:
    revision: int
    type: str  # object kind: vm, protected-item, job, alert, health-sample, …
    action: str  # upsert | delete | sample
    object_id: str
    data: str  # the object's JSON (or the sample's), encoded once
    _frame: bytes | None = field(default=None, repr=False)

    def frame(self) -> bytes:
        """The SSE frame, built once and shared by every follower."""
        if self._frame is None:
            body = (
                f'{{"revision":{self.revision},"type":"{self.type}","action":"{self.action}",'
                f'"id":"{self.object_id}","object":{self.data}}}'
            )
            self._frame = f"id: {self.revision}\nevent: change\ndata: {body}\n\n".encode()
        return self._frame


class Relist(Exception):
    """The follower is too far behind (or asked for history that was pruned): re-list."""

    def __init__(self, revision: int):
        super().__init__(revision)
        self.revision = revision


class ChangeFeed:
    def __init__(self, capacity: int = 50_000):
        # A list trimmed in halves rather than a deque: followers slice it by revision.
        self._ring: list[ChangeEvent] = []
        self._capacity = capacity
        self.head = 0  # newest revision known to this process
        self._changed = asyncio.Event()
        self.closed = False  # the process is stopping: followers end their streams
        # Called with every published batch, in order (the job engine's signals).
        self.listeners: list[Callable[[list[ChangeEvent]], None]] = []

    def publish(self, events: list[ChangeEvent]) -> None:
        fresh = [e for e in events if e.revision > self.head]
        for event in fresh:
            if self._ring and event.revision != self.head + 1:
                # Revisions this process never saw (pruned before it read them): the ring
                # must stay gapless, so followers before the gap go to the table and re-list.
                self._ring.clear()
            self._ring.append(event)
            self.head = event.revision
        if len(self._ring) > 2 * self._capacity:
            del self._ring[: -self._capacity]
        self._changed.set()
        self._changed = asyncio.Event()
        if fresh:
            for listener in self.listeners:
                listener(fresh)

    def close(self) -> None:
        """The process is stopping: every follower returns at once (its SSE stream ends,
        so the server's graceful shutdown does not wait for, then cancel, endless streams);
        followers that come later return at once too."""
        self.closed = True
        self._changed.set()

    def set_head(self, revision: int) -> None:
        self.head = max(self.head, revision)

    async def wait_beyond(self, revision: int, timeout: float) -> bool:
        """Wait until the head passes `revision`; False on timeout (at once when closed)."""
        if self.head > revision:
            return True
        if self.closed:
            return False
        changed = self._changed
        try:
            await asyncio.wait_for(changed.wait(), timeout)
        except TimeoutError:
            return self.head > revision
        return True

    async def wait_for(self, revision: int, timeout: float) -> bool:
        """Wait until the head reaches `revision`; False if it has not within `timeout`."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self.head < revision:
            left = deadline - loop.time()
            if left <= 0 or self.closed:
                return False
            await self.wait_beyond(self.head, left)
        return True

    def _from_ring(self, after: int) -> list[ChangeEvent] | None:
        """Events after `after` if the ring still holds them all, else None."""
        if not self._ring or self._ring[0].revision > after + 1:
            return None
        start = after + 1 - self._ring[0].revision
        return self._ring[max(start, 0) :]

    async def follow(
        self,
        after: int,
        load: Callable[[int], Awaitable[list[ChangeEvent]]],
        oldest: Callable[[], Awaitable[int | None]],
        heartbeat: float,
    ) -> AsyncGenerator[list[ChangeEvent] | None, None]:
        """Yield batches of events after `after` forever; None after `heartbeat` quiet seconds.

        Raises Relist when the follower cannot be brought up to date by replaying; returns
        when the feed is closed (the process is stopping).
        """
        position = after
        while not self.closed:
            if self.head - position > RELIST_THRESHOLD:
                raise Relist(self.head)
            batch = self._from_ring(position)
            if batch is None:
                head = self.head  # before the read: a commit may publish during it
                first = await oldest()
                if first is None:
                    # No history stored: only a follower behind the head has missed any.
                    if position < head:
                        raise Relist(self.head)
                    batch = []
                elif first > position + 1:
                    raise Relist(self.head)
                else:
                    batch = await load(position)
            if batch:
                yield batch
                position = batch[-1].revision
                continue
            if not await self.wait_beyond(position, heartbeat) and not self.closed:
                yield None
