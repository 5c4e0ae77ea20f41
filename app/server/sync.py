"""Keeps the vault's copy of the fabric (sites, clouds, hosts, VMs, networks) current.

Like a VMM refresh: the fabric is asked for its inventory every few seconds and what changed
is written in one transaction, so the feed carries only real changes. A provider or agent that
loses its connection raises an alert; one that comes back raises an informational one. A host
whose storage runs low (app/domain/storage.py) has a warning alert until it has space again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from app.domain.enums import Severity
from app.domain.fabric import FabricChanges, FabricInventory
from app.domain.model import Alert, Cloud, Host, Network, Site, Vm
from app.domain.storage import describe, storage_low

from .alerts import add_alert, raise_alert, resolve_alert
from .context import ServerContext
from .store import Transaction, dumps, new_id, now
from .supervisor import FABRIC_SYNC, Supervisor

log = logging.getLogger(__name__)

FABRIC_KINDS = ("site", "cloud", "host", "vm", "network")


def _documents(inventory: FabricInventory) -> dict[str, dict[str, dict[str, Any]]]:
    collections: dict[str, Sequence[Site | Cloud | Host | Vm | Network]] = {
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
        self._changes = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def watch(self) -> bool:
        """Follow the fabric's change announcements, when it makes any (FabricChanges)."""
        if not isinstance(self.fabric, FabricChanges):
            return False
        self._loop = asyncio.get_running_loop()
        self.fabric.watch_changes(self._changed)
        return True

    def _changed(self) -> None:  # any thread
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._changes.set)

    async def run_on_changes(self) -> None:
        """`run_once` soon after each announced change (a burst becomes one refresh), so a VM
        defined or started shows within a second rather than at the next periodic read."""
        while True:
            await self._changes.wait()
            await asyncio.sleep(0.2)
            self._changes.clear()
            try:
                await self.run_once()
            except Exception as exc:  # the periodic read (supervised) will say more
                log.info("refresh after a fabric change failed: %s", exc)

    async def run_forever(self) -> None:
        """`run_once` every sync interval, supervised (supervisor.py)."""
        ctx = self.ctx
        await Supervisor(
            ctx, FABRIC_SYNC, self.run_once, lambda: ctx.settings.sync_interval_seconds
        ).run()

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
                    if kind == "host":
                        _judge_storage(before, body)
                    if before is None or dumps(before) != dumps(body):
                        writes[object_id] = body
                        await _connection_alerts(tx, kind, before, body)
                        if kind == "host":
                            await _storage_alerts(tx, before, body)
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
        code, params = ("site-back" if now_ else "site-unreachable"), {"site": after["name"]}
    else:
        message = f"{what} {'reconnected' if now_ else 'lost its connection'}."
        code, params = ("agent-back" if now_ else "agent-lost"), {"host": after["name"]}
    alert = Alert(
        id=new_id("alert"),
        severity=Severity.INFO if now_ else Severity.CRITICAL,
        object_kind=kind,
        object_id=after["id"],
        message=message,
        time=now(),
        code=code,
        params=params,
    )
    await add_alert(tx, alert)


def _judge_storage(before: dict[str, Any] | None, after: dict[str, Any]) -> None:
    """Judge the host's storage by the domain's rule, after the vault's last judgement (so
    low storage ends at the rule's higher line, whatever the fabric remembers)."""
    storage = after.get("storage")
    if not storage:
        return
    previous = (before or {}).get("storage") or {}
    storage["low"] = storage_low(
        storage["total_bytes"], storage["free_bytes"], bool(previous.get("low"))
    )


async def _storage_alerts(
    tx: Transaction, before: dict[str, Any] | None, after: dict[str, Any]
) -> None:
    """A warning while the host's storage is low, its message following the figures; resolved
    when the host reports enough space (not while it reports nothing: unknown is not
    recovered)."""
    storage = after.get("storage")
    if not storage:
        return
    was = bool(((before or {}).get("storage") or {}).get("low"))
    cause = f"host-storage-low:{after['id']}"
    figures = describe(storage["total_bytes"], storage["free_bytes"])
    space = {"total_bytes": storage["total_bytes"], "free_bytes": storage["free_bytes"]}
    if storage["low"]:
        await raise_alert(
            tx,
            cause=cause,
            severity=Severity.WARNING,
            object_kind="host",
            object_id=after["id"],
            message=f"Storage on host {after['name']} is low: {figures}. When it is full, "
            "replication to and from this host pauses: free space on it or add storage.",
            code="host-storage-low",
            params={"host": after["name"], **space},
        )
    elif was and not storage["low"]:
        await resolve_alert(tx, cause, f"It has space again: {figures}.", "host-storage-ok", space)
