"""Liveness, Prometheus metrics and the vault's identity."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from app.domain.model import Vault

from .. import auth
from ..context import VERSION
from ..metrics import render_metrics
from ..supervisor import figures_state
from .common import ctx_of

router = APIRouter()


@router.get("/healthz", tags=["system"])
async def healthz(request: Request) -> dict[str, Any]:
    """Liveness: answers when the process serves and its store answers; which process.
    `status` is "degraded", with `reasons`, while a supervised background loop fails or the
    replication figures are stale (no successful status read for twice the sync interval).
    """
    ctx = ctx_of(request)
    revision = await ctx.store.revision()
    reasons = [
        f"{loop.name} failing since {loop.failing_since:%H:%M:%S} UTC: {loop.error}"
        for loop in ctx.loops.values()
        if loop.failing and loop.failing_since is not None
    ]
    age = ctx.status_read_age()
    if ctx.status_read_stale():
        reasons.append(
            f"replication status last read {age:.0f} s ago (stale after "
            f"{ctx.status_stale_after:g} s, twice the sync interval)"
        )
    # Degraded is still HTTP 200: this is liveness. A probe that restarts a process on a
    # non-2xx answer would not mend an unreadable fabric or an away database, and a restart
    # loop would take the API and every console down with it. Monitoring reads the body
    # (or /metrics: standby_loop_failing, standby_status_read_age_seconds).
    return {
        "status": "degraded" if reasons else "ok",
        "revision": revision,
        "process": ctx.process_name,
        "reasons": reasons,
        "status_read_age_seconds": None if age is None else round(age, 1),
    }


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
        host_registration=ctx.host_registration,
        revision=vault["revision"],
        **await figures_state(ctx),
    )
