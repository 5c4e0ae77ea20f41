"""The lab's powers, served only when the fabric has them: take a site down and back, cut or
throttle the inter-site link, crash a host, set a VM's write rate."""

from __future__ import annotations

from collections.abc import Awaitable
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import Field

from app.domain.fabric import FabricError, LabControls
from app.domain.model import Model

from .. import auth
from ..problems import Problem, conflict, not_found
from .common import Responses, audit_object, ctx_of

router = APIRouter(prefix="/api/v1/lab", tags=["lab"], dependencies=[Depends(auth.operator)])
REFUSED: Responses = {
    400: {"description": "Bad request (problem+json)"},
    403: {"description": "The token's role may not drive the lab (problem+json)"},
    404: {"description": "This control plane has no lab (problem+json)"},
    409: {"description": "The lab refused (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}


class LinkSettings(Model):
    cut: bool = Field(False, strict=True)  # strict: 0 or "yes" is not a boolean
    bandwidth_bps: int | None = Field(
        None, ge=8_000, description="Bits per second; null = unlimited"
    )


class WriteRate(Model):
    writes_per_second: float = Field(ge=0, le=10_000, strict=True)


class LabState(Model):
    done: str


def _lab(request: Request) -> LabControls:
    fabric = ctx_of(request).fabric
    if not isinstance(fabric, LabControls):
        raise Problem(404, "Not found", "This control plane serves no lab.")
    return fabric


async def _act(request: Request, what: str, action: Awaitable[object]) -> LabState:
    try:
        await action
    except FabricError as exc:
        raise conflict(str(exc)) from None
    ctx = ctx_of(request)
    if ctx.sync is not None:
        await ctx.sync.run_once()  # show the change at once rather than at the next refresh
    return LabState(done=what)


@router.post("/sites/{object_id}/down", responses=REFUSED)
async def site_down(request: Request, object_id: str) -> LabState:
    """A whole site goes dark: hosts unreachable, VMs stopped, replication stopped."""
    audit_object(request, "site", object_id)
    return await _act(request, "site down", _lab(request).set_site_up(object_id, False))


@router.post("/sites/{object_id}/up", responses=REFUSED)
async def site_up(request: Request, object_id: str) -> LabState:
    audit_object(request, "site", object_id)
    return await _act(request, "site up", _lab(request).set_site_up(object_id, True))


@router.put("/link", responses=REFUSED)
async def set_link(request: Request, settings: LinkSettings) -> LabState:
    """Cut the link between the sites, or throttle it."""
    lab = _lab(request)
    return await _act(request, "link set", lab.set_link(settings.cut, settings.bandwidth_bps))


@router.post("/hosts/{object_id}/crash", responses=REFUSED)
async def crash_host(request: Request, object_id: str) -> LabState:
    audit_object(request, "host", object_id)
    return await _act(request, "host crashed", _lab(request).crash_host(object_id))


@router.put("/vms/{object_id}/write-rate", responses=REFUSED)
async def set_write_rate(request: Request, object_id: str, rate: WriteRate) -> LabState:
    audit_object(request, "vm", object_id)
    lab = _lab(request)
    return await _act(
        request, "write rate set", lab.set_write_rate(object_id, rate.writes_per_second)
    )


class AuditWhich(StrEnum):
    ACTIVE = "active"  # the disks the VM runs on now
    REPLICA_LATEST = "replica-latest"  # the newest recovery point, materialized
    TEST = "test"  # the test failover's copy


@router.get("/protected-items/{object_id}/audit", responses=REFUSED)
async def audit_item(
    request: Request, object_id: str, which: AuditWhich = AuditWhich.ACTIVE
) -> dict[str, Any]:
    """Read a protected VM's disks and compare them with the guest's write history: intact,
    crash-consistent, app-consistent, the last sequence number present, writes lost."""
    lab = _lab(request)
    item = await ctx_of(request).store.get("protected-item", object_id)
    if item is None:
        raise not_found("protected-item", object_id)
    try:
        return await lab.audit(item["vm_id"], which.value)
    except FabricError as exc:
        raise conflict(str(exc)) from None
