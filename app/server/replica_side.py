"""The host holding a protected item's replica — where a failover starts the VM — as the vault
sees it: its agent, its site, and (from the last status read) the replication link.

The replication monitor judges every item's health with it at each status read (and
health_alerts.py raises one alert per recovery site while items replicating there cannot
reach it); the failover
family and recovery plans refuse an operation that needs that host while it is down (409,
before any step runs).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.domain.enums import Operation
from app.domain.health import ReplicaSide, replica_refusal
from app.domain.model import ProtectedItem

from .store import Transaction


def replica_side_of(
    host_id: str | None,
    hosts: dict[str, Any],
    clouds: dict[str, Any],
    sites: dict[str, Any],
    link_up: bool | None = None,
) -> tuple[ReplicaSide, str | None] | None:
    """The replica's host as a ReplicaSide and its site's id, from the vault's documents;
    None when the host is not known."""
    host = hosts.get(host_id or "")
    if host is None:
        return None
    cloud = clouds.get(host["cloud_id"])
    site = sites.get(cloud["site_id"]) if cloud else None
    side = ReplicaSide(
        host=host["name"],
        site=site["name"] if site else "",
        site_up=site["up"] if site else None,
        agent_connected=host["agent"]["connected"],
        link_up=link_up,
    )
    return side, site["id"] if site else None


async def refusal(tx: Transaction, item: ProtectedItem, op: Operation) -> str | None:
    """Why `op` cannot start on `item` because its recovery host is down (None: it can)."""
    host = await tx.get("host", item.target_host_id or "")
    if host is None:
        return None
    cloud = await tx.get("cloud", host["cloud_id"])
    site = await tx.get("site", cloud["site_id"]) if cloud else None
    found = replica_side_of(
        host["id"],
        {host["id"]: host},
        {cloud["id"]: cloud} if cloud else {},
        {site["id"]: site} if site else {},
    )
    if found is None:
        return None
    vm = await tx.get("vm", item.vm_id)
    last = item.last_replication
    # The estate's clock at the last status read (a lab's runs faster than the control
    # plane's): the point's time plus its age then.
    seen = last + timedelta(seconds=item.rpo_seconds) if last and item.rpo_seconds else last
    return replica_refusal(op, vm["name"] if vm else item.vm_id, found[0], last, seen)
