"""Protected items, their recovery points and their health history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Depends, Query, Request

from app.domain.model import HealthSample, ProtectedItem, RecoveryPoint

from .. import auth
from .common import ctx_of, get_or_404

router = APIRouter(
    prefix="/api/v1/protected-items", tags=["protected items"], dependencies=[Depends(auth.viewer)]
)
NOT_FOUND = {404: {"description": "Not found (problem+json)"}}


@router.get("")
async def list_protected_items(request: Request) -> list[ProtectedItem]:
    return await ctx_of(request).store.list("protected-item")


@router.get("/{object_id}", responses=NOT_FOUND)
async def get_protected_item(request: Request, object_id: str) -> ProtectedItem:
    return await get_or_404(ctx_of(request), "protected-item", object_id)


@router.get("/{object_id}/recovery-points", responses=NOT_FOUND)
async def list_recovery_points(request: Request, object_id: str) -> list[RecoveryPoint]:
    ctx = ctx_of(request)
    await get_or_404(ctx, "protected-item", object_id)
    return await ctx.store.recovery_points(object_id)


@router.get("/{object_id}/health", responses=NOT_FOUND)
async def health_history(
    request: Request,
    object_id: str,
    since: datetime | None = Query(None, description="Start of the series; default 1 h ago."),
) -> list[HealthSample]:
    ctx = ctx_of(request)
    await get_or_404(ctx, "protected-item", object_id)
    if since is None:
        since = datetime.now(UTC) - timedelta(hours=1)
    elif since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return await ctx.store.health_samples(object_id, since)
