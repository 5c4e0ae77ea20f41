"""DR drills: the records the console keeps as a guided drill proceeds, and their history."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from app.domain.model import Drill, DrillSpec

from .. import auth, drills
from ..auth import Principal
from ..problems import cross_field_rules
from .common import Document, Responses, audit_object, ctx_of, get_or_404

router = APIRouter(prefix="/api/v1/drills", tags=["drills"])
PROBLEMS: Responses = {
    403: {"description": "The token's role may not record drills (problem+json)"},
    404: {"description": "Not found (problem+json)"},
    409: {"description": "The drill is finished: its record no longer changes (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}


@router.get("", dependencies=[Depends(auth.viewer)], responses={422: PROBLEMS[422]})
async def list_drills(
    request: Request,
    plan_id: str | None = Query(
        None, max_length=64, description="Only the drills of this recovery plan"
    ),
    limit: int = Query(200, ge=1, le=1000),
) -> list[Drill]:
    """Past and running drills, newest first."""
    return await drills.list_drills(ctx_of(request).store, plan_id, limit)


DRILL_RULES = cross_field_rules(
    "ended is not before started",
    "a finished drill (state passed or failed) has ended and notes",
)


@router.post("", status_code=201, responses=PROBLEMS, openapi_extra=DRILL_RULES)
async def create_drill(
    request: Request, spec: DrillSpec, principal: Principal = Depends(auth.operator)
) -> Drill:
    """Record a drill that starts now; its operator is the token's name."""
    drill = await drills.create_drill(ctx_of(request).store, spec, principal.name)
    audit_object(request, "drill", drill.id)
    return drill


@router.get(
    "/{object_id}", dependencies=[Depends(auth.viewer)], responses=PROBLEMS, response_model=Drill
)
async def get_drill(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), drills.KIND, object_id)


@router.put(
    "/{object_id}",
    dependencies=[Depends(auth.operator)],
    responses=PROBLEMS,
    openapi_extra=DRILL_RULES,
)
async def update_drill(request: Request, object_id: str, spec: DrillSpec) -> Drill:
    """The drill as it stands now (checklist ticked, RTO measured, cleaned up, …)."""
    audit_object(request, "drill", object_id)
    return await drills.update_drill(ctx_of(request).store, object_id, spec)
