"""Keeps the vault's copy of the fabric (sites, clouds, hosts, VMs, networks) current.

Like a VMM refresh: the fabric is asked for its inventory every few seconds and what changed
is written in one transaction, so the feed carries only real changes. A provider or agent that
loses its connection raises an alert; one that comes back raises an informational one.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from app.domain.enums import Severity
from app.domain.fabric import FabricError, FabricInventory
from app.domain.model import Alert

from .context import ServerContext
from .store import Transaction, dumps, new_id, now

log = logging.getLogger(__name__)

FABRIC_KINDS = ("site", "cloud", "host", "vm", "network")


def _documents(inventory: FabricInventory) -> dict[str, dict[str, dict[str, Any]]]:
    collections = {
        "site": inventory.sites,
        "cloud": inventory.clouds,
        "host": inventory.hosts,
        "vm": inventory.vms,
        "network": inventory.networks,
    }
    return {
        kind: {obj.id: obj.model_dump(mode="json") for obj in objs}
        for kind, objs in collections.items()
    }


class FabricSync:
    def __init__(self, ctx: ServerContext):
        assert ctx.fabric is not None
        self.ctx = ctx
        self.fabric = ctx.fabric

    async def run_forever(self) -> None:
        while True:
            await asyncio.sleep(self.ctx.settings.sync_interval_seconds)
            try:
                await self.run_once()
            except FabricError as exc:
                log.warning("fabric inventory failed: %s", exc)

    async def run_once(self) -> int:
        """Bring the vault up to the fabric's inventory; returns how many objects changed."""
        wanted = _documents(await self.fabric.inventory())
        changed = 0
        async with self.ctx.store.transaction() as tx:
            for kind in FABRIC_KINDS:
                current = {obj["id"]: obj for obj in await tx.list(kind)}
                writes: dict[str, dict[str, Any]] = {}
                for object_id, body in wanted[kind].items():
                    before = current.pop(object_id, None)
                    if before is None or dumps(before) != dumps(body):
                        writes[object_id] = body
                        await _connection_alerts(tx, kind, before, body)
                await tx.put_many(kind, writes)
                changed += len(writes)
                for object_id in current:
                    await tx.delete(kind, object_id)
                    changed += 1
        return changed


async def _connection_alerts(
    tx: Transaction, kind: str, before: dict[str, Any] | None, after: dict[str, Any]
) -> None:
    if before is None:
        return
    if kind == "host":
        was, now_ = before["agent"]["connected"], after["agent"]["connected"]
        what = f"The replication agent on host {after['name']}"
    elif kind == "site":
        was, now_ = before["up"], after["up"]
        what = f"Site {after['name']}"
    else:
        return
    if was == now_:
        return
    if kind == "site":
        message = f"{what} is {'reachable again' if now_ else 'unreachable'}."
    else:
        message = f"{what} {'reconnected' if now_ else 'lost its connection'}."
    alert = Alert(
        id=new_id("alert"),
        severity=Severity.INFO if now_ else Severity.CRITICAL,
        object_kind=kind,
        object_id=after["id"],
        message=message,
        time=now(),
    )
    await tx.put("alert", alert.id, alert.model_dump(mode="json"))
