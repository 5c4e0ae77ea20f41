"""Helpers the route modules share."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from fastapi import Request
from starlette.convertors import Convertor, register_url_convertor

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


class _OneOf(Convertor[str]):
    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


def one_of(name: str, values: Iterable[str]) -> str:
    """A path converter (`{operation:NAME}`) matching only `values`: a segment that is none of
    them matches no route, so `POST …/{id}/data-loss` reaches the GET route of that path
    (405 with `Allow`) instead of the `{operation}` route's validation (422), and an unknown
    operation is 404. The OpenAPI document still shows `{operation}` and its enum."""
    pattern = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    register_url_convertor(name, type(f"OneOf_{name}", (_OneOf,), {"regex": pattern})())
    return name


def audit_object(request: Request, kind: str, object_id: str) -> None:
    """Name the object a mutation touched, for its audit row."""
    request.state.audit_object = f"{kind}/{object_id}"
