"""The agents' link: JSON lines over one TLS connection, both ways.

A message is one JSON object on one line:
- a request `{"id": n, "method": "...", "params": {...}}`, answered by
  `{"id": n, "result": ...}` or `{"id": n, "error": {"type": "...", "message": "..."}}`;
- an event `{"event": "...", "data": {...}}`, never answered (heartbeats, inventory, progress).

Either end may send requests; each is handled in its own task, so a long command (an initial
copy) never holds up heartbeats or other commands. One connection, no head-of-line waits
beyond one line: an inventory of thousands of VMs is one line of a few MiB at most.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)

LINE_LIMIT = 64 * 1024 * 1024  # the longest line either end accepts

Handler = Callable[[str, dict[str, Any]], Awaitable[Any]]
EventHandler = Callable[[str, dict[str, Any]], None]


class LinkClosed(ConnectionError):
    """The connection ended before the answer came."""


class RemoteError(Exception):
    """The other end answered a request with an error: its type name and message."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name


async def read_message(reader: asyncio.StreamReader) -> dict[str, Any] | None:
    """One message, or None at the end of the stream."""
    line = await reader.readline()
    if not line:
        return None
    message = json.loads(line)
    if not isinstance(message, dict):
        raise ValueError("a message must be a JSON object")
    return message


async def write_message(writer: asyncio.StreamWriter, message: dict[str, Any]) -> None:
    writer.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
    await writer.drain()


class Link:
    """One end of a connection. `handler` answers the other end's requests (None: refuse
    them); `on_event` receives its events."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        handler: Handler | None = None,
        on_event: EventHandler | None = None,
        name: str = "link",
    ) -> None:
        self.reader = reader
        self.writer = writer
        self.handler = handler
        self.on_event = on_event
        self.name = name
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._send_lock = asyncio.Lock()
        self.closed = asyncio.Event()

    async def run(self) -> None:
        """Read until the connection ends; then every waiting request fails with LinkClosed."""
        try:
            while True:
                try:
                    message = await read_message(self.reader)
                except (ValueError, asyncio.LimitOverrunError) as exc:
                    log.warning("%s: unreadable message (%s): closing", self.name, exc)
                    break
                if message is None:
                    break
                self._dispatch(message)
        except (ConnectionError, OSError, asyncio.IncompleteReadError):
            pass
        finally:
            await self._ended()

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "event" in message:
            if self.on_event is not None:
                try:
                    self.on_event(str(message["event"]), message.get("data") or {})
                except Exception:
                    log.exception("%s: handling event %s failed", self.name, message["event"])
            return
        if "method" in message:
            task = asyncio.create_task(self._answer(message))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            return
        waiting = self._waiting.pop(message.get("id", -1), None)
        if waiting is None or waiting.done():
            return
        if "error" in message:
            error = message["error"] or {}
            waiting.set_exception(
                RemoteError(str(error.get("type", "Error")), str(error.get("message", "")))
            )
        else:
            waiting.set_result(message.get("result"))

    async def _answer(self, message: dict[str, Any]) -> None:
        reply: dict[str, Any] = {"id": message.get("id")}
        try:
            if self.handler is None:
                raise LookupError("this end answers no requests")
            reply["result"] = await self.handler(
                str(message["method"]), message.get("params") or {}
            )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            if not isinstance(exc, (LookupError, ValueError, RemoteError)):
                log.info("%s: %s failed: %s", self.name, message.get("method"), exc)
            reply = {
                "id": message.get("id"),
                "error": {"type": type(exc).__name__, "message": str(exc)},
            }
        with contextlib.suppress(ConnectionError, OSError):
            await self._send(reply)

    async def _send(self, message: dict[str, Any]) -> None:
        if self.closed.is_set():
            raise LinkClosed(f"{self.name}: the connection is closed")
        async with self._send_lock:
            await write_message(self.writer, message)

    async def call(
        self, method: str, params: dict[str, Any] | None = None, timeout: float | None = 60.0
    ) -> Any:
        """Ask the other end; its answer, or RemoteError, LinkClosed, TimeoutError."""
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = future
        try:
            try:
                await self._send({"id": request_id, "method": method, "params": params or {}})
            except (ConnectionError, OSError) as exc:
                raise LinkClosed(f"{self.name}: {exc}") from exc
            return await asyncio.wait_for(future, timeout)
        finally:
            self._waiting.pop(request_id, None)

    async def notify(self, event: str, data: dict[str, Any] | None = None) -> None:
        try:
            await self._send({"event": event, "data": data or {}})
        except (ConnectionError, OSError) as exc:
            raise LinkClosed(f"{self.name}: {exc}") from exc

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.writer.wait_closed(), 2.0)
        await self._ended()

    async def _ended(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for future in self._waiting.values():
            if not future.done():
                future.set_exception(LinkClosed(f"{self.name}: the connection ended"))
        self._waiting.clear()
        for task in list(self._tasks):
            task.cancel()
        self.writer.close()
