"""The 'watch' of list + watch: a Server-Sent Events stream of committed changes.

Each change carries the revision it produced as its SSE id; `Last-Event-ID` (or `?after=`)
resumes after it. A heartbeat comes every few seconds of quiet so proxies and clients know the
stream lives; a `relist` event tells a follower that is too far behind to list again.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse

from .. import auth
from ..feed import Relist
from ..problems import invalid
from .common import ctx_of

router = APIRouter(prefix="/api/v1", tags=["events"])
CATCH_UP_SECONDS = 5.0


@router.get(
    "/events",
    dependencies=[Depends(auth.viewer)],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "SSE change feed"}},
)
async def events(
    request: Request,
    after: int | None = Query(None, ge=0, description="Resume after this revision."),
    last_event_id: str | None = Header(None, alias="Last-Event-ID"),
) -> StreamingResponse:
    ctx = ctx_of(request)
    start = after
    if last_event_id:
        try:
            start = int(last_event_id)
        except ValueError:
            raise invalid("Last-Event-ID", "must be a revision number") from None
    if start is None:
        start = ctx.feed.head
    return StreamingResponse(
        _stream(request, start),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _heartbeat(revision: int) -> bytes:
    data = json.dumps({"revision": revision, "time": datetime.now(UTC).isoformat()})
    return f"event: heartbeat\ndata: {data}\n\n".encode()


async def _stream(request: Request, start: int) -> AsyncIterator[bytes]:
    ctx = ctx_of(request)
    store, feed = ctx.store, ctx.feed
    if start > feed.head and ctx.listener is not None and start <= await store.revision():
        # Resuming here after following another process that is a little ahead of this
        # one's feed: catch up first rather than send the follower to re-list.
        ctx.listener.wake()
        await feed.wait_for(start, timeout=CATCH_UP_SECONDS)
    yield b"retry: 2000\n\n" + _heartbeat(feed.head)
    if start > feed.head:
        # A revision this vault never produced: the follower knows another vault's history.
        yield _relist(feed.head)
        return
    follower = feed.follow(
        start, store.events_after, store.oldest_event, ctx.settings.heartbeat_seconds
    )
    try:
        async for batch in follower:
            yield _heartbeat(feed.head) if batch is None else b"".join(e.frame() for e in batch)
    except Relist as relist:
        yield _relist(relist.revision)
    finally:
        await follower.aclose()


def _relist(revision: int) -> bytes:
    return f"event: relist\ndata: {json.dumps({'revision': revision})}\n\n".encode()
