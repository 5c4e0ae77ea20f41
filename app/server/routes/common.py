"""Helpers the route modules share."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..context import ServerContext
from ..problems import not_found


def ctx_of(request: Request) -> ServerContext:
    return request.app.state.ctx


async def get_or_404(ctx: ServerContext, kind: str, object_id: str) -> dict[str, Any]:
    found = await ctx.store.get(kind, object_id)
    if found is None:
        raise not_found(kind, object_id)
    return found


def audit_object(request: Request, kind: str, object_id: str) -> None:
    """Name the object a mutation touched, for its audit row."""
    request.state.audit_object = f"{kind}/{object_id}"
