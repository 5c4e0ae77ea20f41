"""The 'list' of list + watch: the whole tree at one revision, and its parts one by one."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import GenericAlias

from fastapi import APIRouter, Depends, Request, Response

from app.domain.model import KIND_COLLECTIONS, Cloud, Host, Inventory, Model, Network, Site, Vm

from .. import auth
from ..context import VERSION
from ..supervisor import figures_state
from .common import Document, ctx_of, get_or_404

router = APIRouter(prefix="/api/v1", tags=["inventory"], dependencies=[Depends(auth.viewer)])


@router.get("/inventory", response_model=Inventory)
async def get_inventory(request: Request) -> Response:
    ctx = ctx_of(request)
    vault = await ctx.store.vault()
    # The collections are encoded once per revision and shared by every caller.
    cached = ctx.inventory_cache
    if cached is None or cached[0] != vault["revision"]:
        revision, documents = await ctx.store.documents(KIND_COLLECTIONS)
        parts = [
            f'"{KIND_COLLECTIONS[kind]}":[{",".join(texts)}]' for kind, texts in documents.items()
        ]
        cached = (revision, ",".join(parts).encode())
        ctx.inventory_cache = cached
    head = json.dumps(
        {
            "revision": cached[0],
            "vault": {
                "id": vault["id"],
                "name": vault["name"],
                "version": VERSION,
                "server_time": datetime.now(UTC).isoformat(),
                "lab": ctx.lab,
                "host_registration": ctx.host_registration,
                "revision": cached[0],
                **await figures_state(ctx),
            },
        }
    )
    body = head[:-1].encode() + b"," + cached[1] + b"}"
    return Response(body, media_type="application/json")


def _collection(kind: str, model: type[Model], path: str) -> None:
    async def list_objects(request: Request) -> list[Document]:
        return await ctx_of(request).store.list(kind)

    async def get_object(request: Request, object_id: str) -> Document:
        return await get_or_404(ctx_of(request), kind, object_id)

    # list[model], spelt so that a type checker accepts a class held in a variable
    many = GenericAlias(list, (model,))
    router.add_api_route(f"/{path}", list_objects, response_model=many, name=f"list_{path}")
    router.add_api_route(
        f"/{path}/{{object_id}}",
        get_object,
        response_model=model,
        name=f"get_{kind}",
        responses={404: {"description": "Not found (problem+json)"}},
    )


_collection("site", Site, "sites")
_collection("cloud", Cloud, "clouds")
_collection("host", Host, "hosts")
_collection("vm", Vm, "vms")
_collection("network", Network, "networks")
