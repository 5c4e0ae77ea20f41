"""Liveness, Prometheus metrics and the vault's identity."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request, Response

from app.domain.model import Vault

from .. import auth
from ..context import VERSION
from ..metrics import render_metrics
from .common import ctx_of

router = APIRouter()


@router.get("/healthz", tags=["system"])
async def healthz(request: Request) -> dict[str, str | int]:
    """Liveness: answers when the process serves and its store answers; which process."""
    ctx = ctx_of(request)
    revision = await ctx.store.revision()
    return {"status": "ok", "revision": revision, "process": ctx.process_name}


@router.get("/metrics", tags=["system"], response_class=Response)
async def metrics(request: Request) -> Response:
    body, content_type = await render_metrics(ctx_of(request))
    return Response(body, media_type=content_type)


@router.get("/api/v1/vault", tags=["system"], dependencies=[Depends(auth.viewer)])
async def get_vault(request: Request) -> Vault:
    ctx = ctx_of(request)
    vault = await ctx.store.vault()
    return Vault(
        id=vault["id"],
        name=vault["name"],
        version=VERSION,
        server_time=datetime.now(UTC),
        lab=ctx.lab,
        revision=vault["revision"],
    )
