"""A real host agent in a thread, for tests of host administration that need enrolled hosts
but no hypervisor: it enrolls through the hub with a key file's text (`app.agents.agent.enroll`)
and keeps its mTLS connection (`AgentRuntime`); only what it runs is empty (no VMs, no
networks) — the libvirt estate is tested in tests/libvirt."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.agents.agent import AgentRuntime, Identity, Refused, enroll
from app.agents.keys import parse_key


class EmptyEstate:
    """A host that runs nothing."""

    def __init__(self, name: str) -> None:
        self.name = name

    def inventory(self) -> dict[str, Any]:
        return {"name": self.name, "vms": [], "networks": []}

    def watch_changes(self, changed: Callable[[], None]) -> None:
        pass

    def heartbeat(self) -> dict[str, Any]:
        return {}

    async def command(self, method: str, params: dict[str, Any]) -> Any:
        raise RuntimeError(f"this test host runs nothing ({method})")

    def replica_address(self) -> str:
        return "127.0.0.1:9"


class AgentThread:
    """Enroll with `key_text`, then stay connected until stopped or refused."""

    def __init__(self, key_text: str, storage: Path, name: str) -> None:
        self.key_text, self.storage, self.name = key_text, storage, name
        self.identity: Identity | None = None
        self.refused: str | None = None
        self.enrolled = threading.Event()
        self.ended = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self._thread = threading.Thread(target=self._run, name=f"agent-{name}", daemon=True)

    def start(self) -> AgentThread:
        self._thread.start()
        if not self.enrolled.wait(30):
            raise TimeoutError(f"the agent {self.name} did not enroll within 30 s")
        if self.identity is None:
            raise Refused(self.refused or "not enrolled")
        return self

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._main())
        finally:
            loop.close()
            self.ended.set()

    async def _main(self) -> None:
        self._task = asyncio.current_task()
        try:
            key = parse_key(self.key_text)
            self.identity = await enroll(key, self.storage, self.name, ["127.0.0.1"])
        except Refused as exc:
            self.refused = str(exc)
            return
        finally:
            self.enrolled.set()
        try:
            await AgentRuntime(self.identity, EmptyEstate(self.name)).run_forever()
        except Refused as exc:
            self.refused = str(exc)
        except asyncio.CancelledError:
            pass

    def stop(self) -> None:
        loop, task = self._loop, self._task
        if loop is not None and task is not None and not self.ended.is_set():
            loop.call_soon_threadsafe(task.cancel)
        self._thread.join(30)
