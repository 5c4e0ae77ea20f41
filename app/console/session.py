"""One connection to a control plane: its client, its inventory cache, who we are there.

Also the calls the console needs that app.client does not offer (yet): operations on
protected items and job actions go through the client's request helper here, in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.client.errors import Forbidden, StandbyError
from app.domain.enums import Operation, Role
from app.domain.model import Job

from . import formatting as fmt

log = logging.getLogger(__name__)


@dataclass
class Session:
    client: StandbyClient
    cache: InventoryCache
    profile: str = ""
    role: Role | None = None  # None: not known yet
    tasks: set[asyncio.Task] = field(default_factory=set)

    def __post_init__(self) -> None:
        # Every listing brings the vault's server time: ages are reckoned on that clock.
        self.cache.on_relisted(lambda *_: self._learn_clock())

    def _learn_clock(self) -> None:
        vault = self.cache.vault
        if vault is not None:
            fmt.CLOCK.learn(vault.server_time)

    @property
    def url(self) -> str:
        return self.client.url

    @property
    def connected(self) -> bool:
        return self.cache.status.state == "connected"

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str = "") -> asyncio.Task:
        """Run `coro` in the background, keeping a reference until it ends (qasync lesson)."""
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self.tasks.add(task)

        def done(finished: asyncio.Task) -> None:
            self.tasks.discard(finished)
            if not finished.cancelled() and finished.exception() is not None:
                log.warning("console task %s failed: %s", name, finished.exception())

        task.add_done_callback(done)
        return task

    async def start(self) -> None:
        await self.cache.start()
        self.spawn(self.discover_role(), "discover-role")

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(BaseException):
                await task
        await self.cache.stop()
        await self.client.aclose()

    async def discover_role(self) -> Role | None:
        """The token's role as far as the API shows it: the audit log needs operator."""
        for _attempt in range(30):
            try:
                await self.client.audit(limit=1)
                self.role = Role.OPERATOR
                return self.role
            except Forbidden:
                self.role = Role.VIEWER
                return self.role
            except StandbyError:
                await asyncio.sleep(2.0)
        return None

    # --- calls the client does not offer yet ----------------------------------------------

    async def run_operation(
        self,
        operation: Operation,
        item_id: str | None,
        vm_id: str | None = None,
        pairing_id: str | None = None,
        body: dict[str, Any] | None = None,
    ) -> Job:
        if operation == Operation.ENABLE_PROTECTION:
            assert vm_id is not None and pairing_id is not None
            return await self.client.enable_protection(vm_id, pairing_id)
        assert item_id is not None
        if operation == Operation.DISABLE_PROTECTION:
            return await self.client.disable_protection(item_id)
        return await self.client.operate(item_id, operation.value, body)

    async def job_action(self, job_id: str, action: str) -> Job:
        return await self.client.job_action(job_id, action)
