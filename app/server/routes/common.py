"""Helpers the route modules share."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from ..context import ServerContext
from ..problems import not_found

# A stored object as the store hands it back; a route that returns one names its model in
# `response_model`, and FastAPI validates and serializes it against that model.
Document = dict[str, Any]
# The `responses` of a route's OpenAPI entry.
Responses = dict[int | str, dict[str, Any]]


def ctx_of(request: Request) -> ServerContext:
    return request.app.state.ctx


async def get_or_404(ctx: ServerContext, kind: str, object_id: str) -> Document:
    found = await ctx.store.get(kind, object_id)
    if found is None:
        raise not_found(kind, object_id)
    return found


def audit_object(request: Request, kind: str, object_id: str) -> None:
    """Name the object a mutation touched, for its audit row."""
    request.state.audit_object = f"{kind}/{object_id}"
