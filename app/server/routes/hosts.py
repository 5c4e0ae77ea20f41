"""Sites, clouds, registration keys and enrolled hosts: administration of an estate whose hosts
enroll with the control plane (host agents). Served only when the fabric has those powers
(`HostRegistry`); admins only, audited like every mutation. After each change the inventory is
read at once, so the tree shows it without waiting for the next refresh."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from fastapi import APIRouter, Depends, Request, Response

from app.domain.fabric import FabricError, HostRegistry, UnknownObject
from app.domain.model import (
    Cloud,
    CloudSpec,
    HostPlacement,
    IssuedRegistrationKey,
    RegistrationKeySpec,
    Site,
    SiteSpec,
)

from .. import auth
from ..problems import Problem
from .common import Responses, audit_object, ctx_of

T = TypeVar("T")

router = APIRouter(prefix="/api/v1", tags=["hosts"], dependencies=[Depends(auth.admin)])
REFUSED: Responses = {
    400: {"description": "Bad request (problem+json)"},
    403: {"description": "Only an admin token may manage sites, keys and hosts (problem+json)"},
    404: {
        "description": "No such site, cloud or host, or this control plane's hosts do not "
        "enroll with it (problem+json)"
    },
    409: {"description": "The estate refused, e.g. a name taken (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}


def _registry(request: Request) -> HostRegistry:
    fabric = ctx_of(request).fabric
    if not isinstance(fabric, HostRegistry):
        raise Problem(
            404,
            "Not found",
            "This control plane's estate has no host registration: its hosts do not enroll "
            "with it (a lab's hosts are built in).",
        )
    return fabric


def _field_of(message: str, fields: dict[str, str]) -> str:
    """The request field an estate's refusal is about: the one whose value it names, else the
    first one given."""
    for name, value in fields.items():
        if value and value in message:
            return name
    return next((name for name, value in fields.items() if value), next(iter(fields)))


async def _change(request: Request, action: Awaitable[T], fields: dict[str, str]) -> T:
    """Carry out one change; refusals as problem+json naming the field; the inventory read
    at once."""
    try:
        result = await action
    except UnknownObject as exc:
        field = _field_of(str(exc), fields)
        raise Problem(
            404, "Not found", str(exc), errors=[{"field": field, "reason": str(exc)}]
        ) from None
    except FabricError as exc:
        field = _field_of(str(exc), fields)
        raise Problem(
            409, "Conflict", str(exc), errors=[{"field": field, "reason": str(exc)}]
        ) from None
    ctx = ctx_of(request)
    if ctx.sync is not None:
        await ctx.sync.run_once()  # show the change at once rather than at the next refresh
    return result


@router.post("/sites", status_code=201, responses=REFUSED)
async def create_site(request: Request, spec: SiteSpec) -> Site:
    """A new site: the control plane's grouping of the hosts that enroll into it."""
    registry = _registry(request)
    site = await _change(
        request, registry.create_site(spec.name, spec.location), {"name": spec.name}
    )
    audit_object(request, "site", site.id)
    return site


@router.post("/sites/{site_id}/clouds", status_code=201, responses=REFUSED)
async def create_cloud(request: Request, site_id: str, spec: CloudSpec) -> Cloud:
    """A new cloud of a site (hosts are placed into clouds; pairings join clouds)."""
    audit_object(request, "site", site_id)
    registry = _registry(request)
    cloud = await _change(
        request, registry.create_cloud(site_id, spec.name), {"site_id": site_id, "name": spec.name}
    )
    audit_object(request, "cloud", cloud.id)
    return cloud


@router.post("/sites/{site_id}/registration-keys", status_code=201, responses=REFUSED)
async def create_registration_key(
    request: Request, site_id: str, spec: RegistrationKeySpec
) -> IssuedRegistrationKey:
    """A one-time key that lets one host's agent enroll into the site (into `cloud_id`, else
    the site's first cloud). The answer holds the key file's text, with its secret: it is
    shown this once (the control plane keeps a hash), and it expires after `valid_minutes`."""
    audit_object(request, "site", site_id)
    registry = _registry(request)
    key = await _change(
        request,
        registry.create_registration_key(site_id, spec.cloud_id, spec.valid_minutes * 60),
        {"cloud_id": spec.cloud_id or "", "site_id": site_id},
    )
    audit_object(request, "registration-key", key.key_id)
    return IssuedRegistrationKey(
        key_id=key.key_id,
        site_id=key.site_id,
        cloud_id=key.cloud_id,
        expires_at=key.expires_at,
        key_text=key.text,
    )


@router.put("/hosts/{object_id}/cloud", status_code=204, responses=REFUSED)
async def place_host(request: Request, object_id: str, placement: HostPlacement) -> Response:
    """Move an enrolled host into another cloud of its site."""
    audit_object(request, "host", object_id)
    registry = _registry(request)
    await _change(
        request,
        registry.place_host(object_id, placement.cloud_id),
        {"cloud_id": placement.cloud_id, "object_id": object_id},
    )
    return Response(status_code=204)


@router.delete("/hosts/{object_id}", status_code=204, responses=REFUSED)
async def remove_host(request: Request, object_id: str) -> Response:
    """Forget an enrolled host: its agent is refused from then on (it must register again
    with a new key)."""
    audit_object(request, "host", object_id)
    registry = _registry(request)
    await _change(request, registry.remove_host(object_id), {"object_id": object_id})
    return Response(status_code=204)
