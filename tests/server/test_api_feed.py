"""The change feed over SSE: order, resumption, agreement with the store, relist, heartbeat."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.server.feed import ChangeEvent, ChangeFeed
from tests.support.server import RunningServer

WAIT = 60.0  # generous: no timing is asserted, this only bounds a hung test


@dataclass
class Sse:
    event: str
    data: Any
    id: str | None = None

    @property
    def revision(self) -> int:
        return int(self.id) if self.id is not None else self.data["revision"]


def parse_sse(lines: Iterator[str]) -> Iterator[Sse]:
    """Server-sent events from a stream's lines (comments and `retry:` ignored)."""
    event, data, event_id = "message", [], None
    for line in lines:
        if line == "":
            if data:
                yield Sse(event, json.loads("\n".join(data)), event_id)
            event, data, event_id = "message", [], None
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
        elif name == "id":
            event_id = value


class Follower(threading.Thread):
    """Follows /api/v1/events in a thread until it has seen revision `until` (or a relist)."""

    def __init__(
        self,
        server: RunningServer,
        *,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        until: int | None = None,
        max_changes: int | None = None,
        stop_on_heartbeats: int | None = None,
    ):
        super().__init__(daemon=True)
        self.url = f"{server.url}/api/v1/events"
        self.headers = {**server.headers("viewer"), **(headers or {})}
        self.params = params or {}
        self.until = until
        self.max_changes = max_changes
        self.stop_on_heartbeats = stop_on_heartbeats
        self.connected = threading.Event()
        self.frames: list[Sse] = []
        self.status: int | None = None
        self.content_type = ""
        self.error: BaseException | None = None

    @property
    def changes(self) -> list[Sse]:
        return [f for f in self.frames if f.event == "change"]

    @property
    def heartbeats(self) -> list[Sse]:
        return [f for f in self.frames if f.event == "heartbeat"]

    def _done(self, frame: Sse) -> bool:
        if frame.event == "relist":
            return True
        if self.stop_on_heartbeats is not None:
            return len(self.heartbeats) >= self.stop_on_heartbeats
        if frame.event == "change":
            if self.max_changes is not None and len(self.changes) >= self.max_changes:
                return True
            if self.until is not None and frame.revision >= self.until:
                return True
        # A heartbeat carries the head: a follower that is at `until` already stops there.
        if frame.event == "heartbeat" and self.until is not None:
            last = self.changes[-1].revision if self.changes else None
            return last is not None and last >= self.until
        return False

    def run(self) -> None:
        try:
            timeout = httpx.Timeout(WAIT, read=10.0)  # heartbeats come every second
            with (
                httpx.Client(timeout=timeout) as client,
                client.stream("GET", self.url, headers=self.headers, params=self.params) as r,
            ):
                self.status = r.status_code
                self.content_type = r.headers.get("content-type", "")
                if r.status_code != 200:
                    r.read()
                    self.frames.append(Sse("error", r.json()))
                    return
                for frame in parse_sse(r.iter_lines()):
                    self.frames.append(frame)
                    self.connected.set()
                    if self._done(frame):
                        return
        except BaseException as exc:  # reported by finish()
            self.error = exc
        finally:
            self.connected.set()

    def begin(self) -> Follower:
        self.start()
        assert self.connected.wait(WAIT), "the follower never connected"
        assert self.error is None, self.error
        return self

    def finish(self, until: int | None = None) -> Follower:
        if until is not None:
            self.until = until
        self.join(WAIT)
        assert not self.is_alive(), f"the follower did not reach {self.until}"
        assert self.error is None, self.error
        return self


def revision(client: httpx.Client) -> int:
    return client.get("/api/v1/vault").json()["revision"]


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers("operator"), timeout=30) as c:
        yield c


def mutate_burst(server: RunningServer, api: httpx.Client, n: int = 20) -> list[int]:
    """Mutations through the API and bulk ones through the store; the revision after each."""
    after: list[int] = []
    ids = []
    for i in range(n):
        created = api.post("/api/v1/policies", json={"name": f"burst {i}"})
        assert created.status_code == 201, created.text
        ids.append(created.json()["id"])
        after.append(revision(api))
    for i, pid in enumerate(ids[: n // 2]):
        api.put(f"/api/v1/policies/{pid}", json={"name": f"burst {i} b", "compression": False})
        after.append(revision(api))

    async def bulk() -> None:
        async with server.ctx.store.transaction() as tx:
            for k in range(150):
                await tx.put("test-thing", f"thing-{k}", {"k": k})

    server.call(bulk)
    after.append(revision(api))
    for pid in ids[n // 2 :]:
        assert api.delete(f"/api/v1/policies/{pid}").status_code == 204
        after.append(revision(api))
    return after


# --- tests ------------------------------------------------------------------------------------


def test_concurrent_followers_see_the_same_events_in_order(
    server: RunningServer, api: httpx.Client
) -> None:
    api.post("/api/v1/policies", json={"name": "before"})  # the vault has history
    start = revision(api)
    followers = [Follower(server, params={"after": start}).begin() for _ in range(2)]
    # A third follower with no position starts at the head it finds.
    tail = Follower(server).begin()
    marks = mutate_burst(server, api)
    head = marks[-1]
    for follower in [*followers, tail]:
        follower.finish(until=head)

    a, b = ([(c.revision, c.data["type"], c.data["id"]) for c in f.changes] for f in followers)
    assert a == b
    revisions = [r for r, _, _ in a]
    assert revisions == list(range(start + 1, head + 1))  # strictly increasing by one
    assert [c.data for c in followers[0].changes] == [c.data for c in followers[1].changes]
    for change in followers[0].changes:
        assert change.id == str(change.data["revision"])
    assert [c.revision for c in tail.changes] == revisions
    assert followers[0].content_type.startswith("text/event-stream")


def test_each_mutation_event_carries_the_revision_the_store_reports(
    server: RunningServer, api: httpx.Client
) -> None:
    start = revision(api)
    follower = Follower(server, params={"after": start}).begin()
    expected: list[tuple[int, str, str, dict[str, Any] | None]] = []
    for i in range(8):
        body = api.post("/api/v1/policies", json={"name": f"p{i}"}).json()
        inventory = api.get("/api/v1/inventory").json()
        assert body in inventory["policies"]
        expected.append((inventory["revision"], "upsert", body["id"], body))
    for _, _, pid, _ in expected[:4]:
        assert api.delete(f"/api/v1/policies/{pid}").status_code == 204
        inventory = api.get("/api/v1/inventory").json()
        assert pid not in {p["id"] for p in inventory["policies"]}
        expected.append((inventory["revision"], "delete", pid, None))
    follower.finish(until=expected[-1][0])
    got = [(c.revision, c.data["action"], c.data["id"], c.data["object"]) for c in follower.changes]
    assert got == expected
    assert all(c.data["type"] == "policy" for c in follower.changes)


def test_resume_with_last_event_id_misses_nothing(server: RunningServer, api: httpx.Client) -> None:
    start = revision(api)
    whole = Follower(server, params={"after": start}).begin()
    first = Follower(server, params={"after": start}, max_changes=7).begin()
    marks = mutate_burst(server, api, n=10)
    head = marks[-1]
    first.finish()
    assert len(first.changes) == 7
    last_seen = first.changes[-1].id
    # More happens while the follower is away.
    for i in range(5):
        api.post("/api/v1/policies", json={"name": f"while away {i}"})
    head = revision(api)
    resumed = Follower(server, headers={"Last-Event-ID": last_seen}, until=head).begin().finish()
    whole.finish(until=head)
    seen = [c.revision for c in first.changes] + [c.revision for c in resumed.changes]
    assert seen == list(range(start + 1, head + 1))
    assert [c.data for c in first.changes + resumed.changes] == [c.data for c in whole.changes]
    # Last-Event-ID wins over ?after= (the browser's EventSource sends it on reconnect).
    again = (
        Follower(server, params={"after": 0}, headers={"Last-Event-ID": last_seen}, until=head)
        .begin()
        .finish()
    )
    assert [c.revision for c in again.changes] == [c.revision for c in resumed.changes]


def test_follower_far_behind_pruned_history_is_told_to_relist(
    server: RunningServer, api: httpx.Client
) -> None:
    for i in range(30):
        api.post("/api/v1/policies", json={"name": f"old {i}"})
    head = revision(api)
    server.call(lambda: server.ctx.store.prune_events(5))
    # The process's in-memory ring may still replay pruned history; a restarted process
    # only has the table, where revisions 1..head-5 are gone.
    server.stop()
    server.start()
    follower = Follower(server, params={"after": 1}).begin().finish()
    assert follower.frames[-1].event == "relist"
    assert follower.frames[-1].data["revision"] == head
    assert follower.changes == []
    # Within the kept history the follower replays.
    kept = Follower(server, params={"after": head - 5}, until=head).begin().finish()
    assert [c.revision for c in kept.changes] == list(range(head - 4, head + 1))


def test_last_event_id_beyond_the_head_relists(server: RunningServer, api: httpx.Client) -> None:
    api.post("/api/v1/policies", json={"name": "one"})
    head = revision(api)
    for how in ({"headers": {"Last-Event-ID": str(head + 1000)}}, {"params": {"after": head + 1}}):
        follower = Follower(server, **how).begin().finish()
        assert follower.status == 200
        assert follower.frames[-1].event == "relist"
        assert follower.frames[-1].data == {"revision": head}


def test_heartbeat_arrives_on_a_quiet_stream(server: RunningServer, api: httpx.Client) -> None:
    api.post("/api/v1/policies", json={"name": "one"})
    head = revision(api)
    follower = Follower(server, stop_on_heartbeats=3).begin().finish()
    assert len(follower.heartbeats) == 3 and follower.changes == []
    for beat in follower.heartbeats:
        assert beat.data["revision"] == head and beat.data["time"]


def test_fresh_vault_follower_waits_instead_of_relisting(server: RunningServer) -> None:
    """A vault with no events yet: a follower at revision 0 is up to date, not behind."""
    assert server.call(lambda: server.ctx.store.revision()) == 0
    follower = Follower(server, params={"after": 0}, stop_on_heartbeats=2).begin().finish()
    assert [f.event for f in follower.frames] == ["heartbeat", "heartbeat"]


@pytest.mark.parametrize("value", ["abc", "12x", "-"])
def test_non_numeric_last_event_id_is_422(server: RunningServer, value: str) -> None:
    response = httpx.get(
        f"{server.url}/api/v1/events",
        headers={**server.headers("viewer"), "Last-Event-ID": value},
        timeout=30,
    )
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["field"] == "Last-Event-ID"


def test_events_need_a_token(server: RunningServer) -> None:
    response = httpx.get(f"{server.url}/api/v1/events", timeout=30)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")
    negative = httpx.get(
        f"{server.url}/api/v1/events",
        params={"after": -1},
        headers=server.headers("viewer"),
        timeout=30,
    )
    assert negative.status_code == 422


# --- the feed's own edge cases (no server) ----------------------------------------------------


async def _first_batch(feed: ChangeFeed, after: int, oldest: Any) -> Any:
    async def load(_after: int) -> list[ChangeEvent]:
        return []

    follower = feed.follow(after, load, oldest, heartbeat=0.2)
    try:
        return await asyncio.wait_for(follower.__anext__(), WAIT)
    finally:
        await follower.aclose()


def test_feed_with_no_history_waits_at_the_head() -> None:
    async def scenario() -> Any:
        feed = ChangeFeed()

        async def oldest() -> int | None:
            return None

        return await _first_batch(feed, 0, oldest)

    assert asyncio.run(scenario()) is None  # a heartbeat, not a Relist


def test_a_commit_published_during_the_history_read_is_not_a_gap() -> None:
    """The read of the oldest stored event began before a commit that is published while it
    runs: the follower must get that event, not a relist."""

    async def scenario() -> Any:
        feed = ChangeFeed()

        async def oldest() -> int | None:
            feed.publish([ChangeEvent(1, "policy", "upsert", "pol-1", "{}")])
            return None  # what the table held when the read began

        return await _first_batch(feed, 0, oldest)

    batch = asyncio.run(scenario())
    assert [e.revision for e in batch] == [1]
