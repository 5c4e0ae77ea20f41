"""The store's transactions: every change is an event with the next revision, in one commit."""

from __future__ import annotations

import asyncio

from app.server.feed import ChangeFeed
from app.server.store import Store


def test_put_many_inserts_and_updates_with_one_event_each(db_url: str) -> None:
    async def scenario() -> None:
        feed = ChangeFeed()
        store = await Store.open(db_url, feed.publish)
        try:
            async with store.transaction() as tx:
                await tx.put_many("vm", {f"vm-{i}": {"id": f"vm-{i}", "n": i} for i in range(3)})
            async with store.transaction() as tx:
                await tx.put_many(
                    "vm", {"vm-1": {"id": "vm-1", "n": 10}, "vm-9": {"id": "vm-9", "n": 9}}
                )
            assert await store.revision() == 5
            assert {v["id"]: v["n"] for v in await store.list("vm")} == {
                "vm-0": 0,
                "vm-1": 10,
                "vm-2": 2,
                "vm-9": 9,
            }
            events = await store.events_after(0)
            assert [e.revision for e in events] == [1, 2, 3, 4, 5]
            assert [(e.object_id, e.action) for e in events[3:]] == [
                ("vm-1", "upsert"),
                ("vm-9", "upsert"),
            ]
            assert feed.head == 5
        finally:
            await store.close()

    asyncio.run(scenario())


def test_a_failed_transaction_leaves_no_change_and_no_event(db_url: str) -> None:
    async def scenario() -> None:
        feed = ChangeFeed()
        store = await Store.open(db_url, feed.publish)
        try:
            try:
                async with store.transaction() as tx:
                    await tx.put("policy", "p1", {"id": "p1"})
                    raise RuntimeError("refused half-way")
            except RuntimeError:
                pass
            assert await store.list("policy") == []
            assert await store.revision() == 0
            assert await store.events_after(0) == []
            assert feed.head == 0
        finally:
            await store.close()

    asyncio.run(scenario())
