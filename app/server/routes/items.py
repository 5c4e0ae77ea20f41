"""Protected items, their recovery points and their health history."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from app.domain.enums import Operation
from app.domain.estimates import DataLossEstimate, DiscardedWrites
from app.domain.model import (
    ConsistencyProof,
    HealthSample,
    Id,
    Job,
    Model,
    ProtectedItem,
    RecoveryPoint,
)

from .. import auth, consistency, estimates, failover, protection
from ..auth import Principal
from ..problems import cross_field_rules, invalid
from .common import Document, Responses, audit_object, ctx_of, get_or_404, one_of

RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", re.ASCII)
router = APIRouter(
    prefix="/api/v1/protected-items", tags=["protected items"], dependencies=[Depends(auth.viewer)]
)
NOT_FOUND: Responses = {404: {"description": "Not found (problem+json)"}}
ACCEPTED: Responses = {
    202: {"description": "Accepted: the job that carries the operation out", "model": Job},
    409: {"description": "Refused by the operation table or a job in the way (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}


class EnableProtection(Model):
    vm_id: Id
    pairing_id: Id


def accepted(job: Job) -> JSONResponse:
    return JSONResponse(
        job.model_dump(mode="json"),
        status_code=202,
        headers={"Location": f"/api/v1/jobs/{job.id}"},
    )


@router.get("", response_model=list[ProtectedItem])
async def list_protected_items(request: Request) -> list[Document]:
    return await ctx_of(request).store.list("protected-item")


@router.post("", status_code=202, response_model=Job, responses=ACCEPTED)
async def enable_protection(
    request: Request, body: EnableProtection, principal: Principal = Depends(auth.operator)
) -> JSONResponse:
    """Enable protection of a VM under a cloud pairing's policy; answers with the job."""
    audit_object(request, "vm", body.vm_id)
    job = await protection.enable_protection(
        ctx_of(request), body.vm_id, body.pairing_id, principal.name
    )
    return accepted(job)


@router.delete(
    "/{object_id}", status_code=202, response_model=Job, responses={**ACCEPTED, **NOT_FOUND}
)
async def disable_protection(
    request: Request, object_id: str, principal: Principal = Depends(auth.operator)
) -> JSONResponse:
    """Disable protection; the replica is deleted when the policy says so."""
    audit_object(request, "protected-item", object_id)
    return accepted(await protection.disable_protection(ctx_of(request), object_id, principal.name))


OPERATION_RULES = cross_field_rules(
    "recovery_point_id is given when recovery_point is 'listed', and for change-recovery-point",
    "notes are given (not blank) for test-failover-cleanup",
)
ITEM_OPERATION = one_of("item_operation", (op.value for op in failover.ItemOperation))


@router.post(
    "/{object_id}/{operation:" + ITEM_OPERATION + "}",
    status_code=202,
    response_model=Job,
    responses={**ACCEPTED, **NOT_FOUND},
    openapi_extra=OPERATION_RULES,
)
async def operate(
    request: Request,
    object_id: str,
    operation: failover.ItemOperation,
    body: failover.OperationRequest | None = None,
    principal: Principal = Depends(auth.operator),
) -> JSONResponse:
    """Start an operation on a protected item; the operation table decides whether it may."""
    audit_object(request, "protected-item", object_id)
    job = await failover.start_operation(
        ctx_of(request),
        object_id,
        Operation(operation.value),
        body or failover.OperationRequest(),
        principal.name,
    )
    request.state.audit_detail = failover.address_audit(job)
    return accepted(job)


@router.get("/{object_id}", responses=NOT_FOUND, response_model=ProtectedItem)
async def get_protected_item(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), "protected-item", object_id)


@router.get("/{object_id}/recovery-points", responses=NOT_FOUND, response_model=list[RecoveryPoint])
async def list_recovery_points(request: Request, object_id: str) -> list[Document]:
    ctx = ctx_of(request)
    await get_or_404(ctx, "protected-item", object_id)
    return await ctx.store.recovery_points(object_id)


@router.get("/{object_id}/data-loss", responses=NOT_FOUND)
async def data_loss(request: Request, object_id: str) -> DataLossEstimate:
    """What an unplanned failover now would lose: unreplicated bytes, each point's age."""
    return await estimates.data_loss(ctx_of(request), object_id)


@router.get(
    "/{object_id}/discarded-writes",
    responses={**NOT_FOUND, 409: {"description": "The fabric cannot count them (problem+json)"}},
)
async def discarded_writes(request: Request, object_id: str) -> DiscardedWrites:
    """Writes on the other side that reverse replication would discard."""
    return await estimates.discarded_writes(ctx_of(request), object_id)


@router.get(
    "/{object_id}/test-failover/consistency",
    responses={
        **NOT_FOUND,
        409: {"description": "No test VM, or the estate cannot check it now (problem+json)"},
    },
)
async def test_failover_consistency(request: Request, object_id: str) -> ConsistencyProof:
    """How the running test VM's recovery point is proven consistent, by the estate's own
    checks (the lab: its auditor; real VMs: e2fsck after journal replay on a throw-away
    overlay of the point, and the guest's own sequence log when it keeps one). The point
    and the running test VM are not touched."""
    return await consistency.test_copy_proof(ctx_of(request), object_id)


@router.get("/{object_id}/health", responses=NOT_FOUND, response_model=list[HealthSample])
async def health_history(
    request: Request,
    object_id: str,
    since: datetime | None = Query(
        None, description="Start of the series (RFC 3339 date-time); default 1 h ago."
    ),
) -> list[Document]:
    if since is not None and not RFC3339.fullmatch(request.query_params.get("since", "")):
        # pydantic also takes a date, a bare number of seconds or no time zone: not the
        # documented date-time.
        raise invalid("since", "give an RFC 3339 date-time, e.g. 2026-12-04T08:00:00Z")
    ctx = ctx_of(request)
    await get_or_404(ctx, "protected-item", object_id)
    if since is None:
        since = datetime.now(UTC) - timedelta(hours=1)
    elif since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return await ctx.store.health_samples(object_id, since)
