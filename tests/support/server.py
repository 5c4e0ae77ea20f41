"""A real control plane on 127.0.0.1 for tests: uvicorn in a thread with its own loop.

It can be stopped and started again on the same port and database, so tests can restart the
server under a connected client.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn

from app.server.app import create_app
from app.server.auth import generate_token, hash_token
from app.server.context import ServerContext, Settings, open_context


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    db_url: str
    fabric_factory: Callable[[], Any] | None = None
    settings: Settings = field(default_factory=Settings)
    port: int = field(default_factory=free_port)
    tokens: dict[str, str] = field(default_factory=dict)  # role → token
    ctx: ServerContext | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> RunningServer:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(ready))
            except BaseException as exc:  # surfaced to the starting thread
                failure.append(exc)
                ready.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name=f"server-{self.port}", daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise TimeoutError("the control plane did not start within 30 s")
        if failure:
            raise failure[0]
        return self

    async def _serve(self, ready: threading.Event) -> None:
        fabric = self.fabric_factory() if self.fabric_factory else None
        self.ctx = await open_context(self.db_url, fabric, self.settings)
        for role in ("viewer", "operator", "admin"):
            if role not in self.tokens:
                self.tokens[role] = generate_token()
                await self.ctx.store.add_token(f"test-{role}", role, hash_token(self.tokens[role]))
        config = uvicorn.Config(
            create_app(self.ctx),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        task = asyncio.create_task(self._server.serve())
        while not self._server.started and not task.done():
            await asyncio.sleep(0.01)
        ready.set()
        try:
            await task
        finally:
            await self.ctx.store.close()

    def call(self, make: Callable[[], Awaitable[Any]]) -> Any:
        """Run a coroutine on the server's own loop (to reach its store) and return its result."""
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(make(), self._loop).result(30)

    def stop(self) -> None:
        if self._server is not None:
            # Open SSE streams are cut after timeout_graceful_shutdown (1 s).
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(30)
        self._server = self._thread = self._loop = None

    def headers(self, role: str = "operator") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}
