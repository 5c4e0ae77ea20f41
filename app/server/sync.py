"""Keeps the vault's copy of the fabric (sites, clouds, hosts, VMs, networks) current.

Like a VMM refresh: the fabric is asked for its inventory every few seconds and what changed
is written in one transaction, so the feed carries only real changes. A site or agent that
loses its connection raises an alert (cause `connection:<kind>:<id>`), resolved when it comes
back. A host
whose storage runs low (app/domain/storage.py) has a warning alert until it has space again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from app.domain.enums import Severity
from app.domain.fabric import FabricChanges, FabricInventory
from app.domain.model import Cloud, Host, Network, Site, Vm
from app.domain.storage import describe, storage_low

from .alerts import alert_open, raise_alert, resolve_alert
from .context import ServerContext
from .store import Transaction, dumps
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
    """A site or a host agent that drops raises its alert (cause `connection:<kind>:<id>`,
    critical), updated while it lasts and resolved by itself, with how long it lasted, when
    the connection returns."""
    if kind == "host":
        was = before["agent"]["connected"] if before else True
        up = after["agent"]["connected"]
        code = "agent-disconnected"
        message = (
            f"The replication agent on host {after['name']} lost its connection: replication "
            "to and from the host cannot be tracked."
        )
        todo = "Check the host and its replication agent (service running, network)."
        back = "It reconnected."
        text_code, text_params = "agent-lost", {"host": after["name"]}
    elif kind == "site":
        was = before["up"] if before else True
        up = after["up"]
        code = "site-down"
        message = f"Site {after['name']} is unreachable."
        todo = (
            "Bring the site back; VMs running there can be failed over to their recovery "
            "site (unplanned failover)."
        )
        back = "It is reachable again."
        text_code, text_params = "site-unreachable", {"site": after["name"]}
    else:
        return
    cause = f"connection:{kind}:{after['id']}"
    if not up:
        if was or before is None or not await alert_open(tx, cause):
            await raise_alert(
                tx,
                cause=cause,
                code=code,
                severity=Severity.CRITICAL,
                object_kind=kind,
                object_id=after["id"],
                object_name=after["name"],
                message=message,
                what_to_do=todo,
                text_code=text_code,
                text_params=text_params,
            )
    elif before is None or not was:
        await resolve_alert(tx, cause, back, say_duration=True)


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
            text_code="host-storage-low",
            text_params={"host": after["name"], **space},
        )
    elif was and not storage["low"]:
        await resolve_alert(
            tx,
            cause,
            f"It has space again: {figures}.",
            text_code="host-storage-ok",
            text_params=space,
        )
