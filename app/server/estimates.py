"""Estimates for failover decisions: the data an unplanned failover would lose now, and the
writes reverse replication would discard. Read-only: nothing is written."""

from __future__ import annotations

from datetime import UTC, datetime

from app.domain.estimates import DataLossEstimate, DiscardedWrites, PointAge
from app.domain.fabric import FabricError, ReplicationFabric, ReplicationStatus
from app.domain.model import ProtectedItem, RecoveryPoint

from .context import ServerContext
from .failover import fabric_of
from .problems import conflict, not_found


async def _item(ctx: ServerContext, item_id: str) -> ProtectedItem:
    body = await ctx.store.get("protected-item", item_id)
    if body is None:
        raise not_found("protected-item", item_id)
    return ProtectedItem.model_validate(body)


async def _source_problem(ctx: ServerContext, item: ProtectedItem) -> str:
    """Why the active side cannot be shut down and synced ("" when it can, as far as the
    inventory knows)."""
    host = await ctx.store.get("host", item.source_host_id)
    if host is None:
        return f"the source host {item.source_host_id} is not in the inventory"
    cloud = await ctx.store.get("cloud", host["cloud_id"])
    site = await ctx.store.get("site", cloud["site_id"]) if cloud else None
    if site is not None and not site.get("up", True):
        return f"the site {site['name']} is down"
    if not host["agent"]["connected"]:
        return f"the host agent of {host['name']} does not answer"
    return ""


async def _fabric_status(ctx: ServerContext, vm_id: str) -> ReplicationStatus | None:
    fabric = ctx.fabric
    if not isinstance(fabric, ReplicationFabric):
        return None
    try:
        return await fabric.item_status(vm_id)
    except FabricError:
        return None


async def data_loss(ctx: ServerContext, item_id: str) -> DataLossEstimate:
    item = await _item(ctx, item_id)
    status = await _fabric_status(ctx, item.vm_id)
    points: list[RecoveryPoint]
    if status is not None:
        observed_at = status.observed_at
        unreplicated = status.pending_bytes
        last = status.last_replication
        points = sorted(status.recovery_points, key=lambda p: p.time, reverse=True)
    else:
        # The fabric cannot be read: the last recorded figures, aged by the wall clock.
        observed_at = datetime.now(UTC)
        unreplicated = item.pending_bytes
        last = item.last_replication
        points = [RecoveryPoint.model_validate(p) for p in await ctx.store.recovery_points(item.id)]
    problem = await _source_problem(ctx, item)
    contact = None
    if problem:
        contact = await _last_contact(ctx, item, points)
    until = min(contact, observed_at) if contact is not None else observed_at
    return DataLossEstimate(
        item_id=item.id,
        observed_at=observed_at,
        live=status is not None,
        unreplicated_bytes=unreplicated,
        last_replication=last,
        source_reachable=not problem,
        source_problem=problem,
        source_last_contact=contact,
        writes_until=until,
        points=[_aged(p, observed_at, until) for p in points],
    )


async def _last_contact(
    ctx: ServerContext, item: ProtectedItem, points: list[RecoveryPoint]
) -> datetime | None:
    """When the unreachable source was last known to be running: its host agent's last
    heartbeat (the fabric's clock, as the inventory reports it), or its newest recovery point
    when that is later (the point was shipped from it). None when neither is known."""
    host = await ctx.store.get("host", item.source_host_id)
    heard = (host or {}).get("agent", {}).get("last_heartbeat")
    moments = [datetime.fromisoformat(heard)] if heard else []
    moments += [p.time for p in points[:1]]
    return max(moments) if moments else None


def _aged(point: RecoveryPoint, at: datetime, until: datetime) -> PointAge:
    age = max(0.0, (at - point.time).total_seconds())
    lost = max(0.0, (until - point.time).total_seconds())
    return PointAge(
        id=point.id, time=point.time, kind=point.kind, age_seconds=age, loss_seconds=lost
    )


async def discarded_writes(ctx: ServerContext, item_id: str) -> DiscardedWrites:
    item = await _item(ctx, item_id)
    try:
        found = await fabric_of(ctx).divergence(item.vm_id)
    except FabricError as exc:
        raise conflict(f"The writes on the other side cannot be counted: {exc}") from None
    return DiscardedWrites(
        item_id=item.id,
        discarded_writes=found.guest_writes,
        discarded_bytes=found.bytes,
        discarded_blocks=found.blocks,
    )


__all__ = ["data_loss", "discarded_writes"]
