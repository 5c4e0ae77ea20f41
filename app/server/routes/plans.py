"""Recovery plans: CRUD, and every failover operation at plan level."""

from __future__ import annotations

from enum import StrEnum

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from app.domain.enums import Operation
from app.domain.model import Job, RecoveryPlan, RecoveryPlanSpec

from .. import auth, plans
from ..auth import Principal
from ..failover import OperationRequest, address_audit
from ..problems import cross_field_rules
from .common import Document, Responses, audit_object, ctx_of, get_or_404, one_of
from .items import ACCEPTED, OPERATION_RULES, accepted

router = APIRouter(prefix="/api/v1/recovery-plans", tags=["recovery plans"])
PROBLEMS: Responses = {
    403: {"description": "The token's role may not change plans (problem+json)"},
    404: {"description": "Not found (problem+json)"},
    409: {"description": "Conflict (problem+json)"},
    422: {"description": "Invalid field (problem+json)"},
}

PlanOperation = StrEnum(  # type: ignore[misc]  # members built from PLAN_OPERATIONS
    "PlanOperation", {op.name: op.value for op in plans.PLAN_OPERATIONS}
)


@router.get("", dependencies=[Depends(auth.viewer)], response_model=list[RecoveryPlan])
async def list_plans(request: Request) -> list[Document]:
    return await ctx_of(request).store.list("recovery-plan")


PLAN_RULES = cross_field_rules("an item is in one group only")


@router.post(
    "",
    status_code=201,
    dependencies=[Depends(auth.operator)],
    responses=PROBLEMS,
    openapi_extra=PLAN_RULES,
)
async def create_plan(request: Request, spec: RecoveryPlanSpec) -> RecoveryPlan:
    plan = await plans.create_plan(ctx_of(request).store, spec)
    audit_object(request, "recovery-plan", plan.id)
    return plan


@router.get(
    "/{object_id}",
    dependencies=[Depends(auth.viewer)],
    responses=PROBLEMS,
    response_model=RecoveryPlan,
)
async def get_plan(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), "recovery-plan", object_id)


@router.put(
    "/{object_id}",
    dependencies=[Depends(auth.operator)],
    responses=PROBLEMS,
    openapi_extra=PLAN_RULES,
)
async def replace_plan(request: Request, object_id: str, spec: RecoveryPlanSpec) -> RecoveryPlan:
    audit_object(request, "recovery-plan", object_id)
    return await plans.replace_plan(ctx_of(request).store, object_id, spec)


@router.delete(
    "/{object_id}", status_code=204, dependencies=[Depends(auth.operator)], responses=PROBLEMS
)
async def delete_plan(request: Request, object_id: str) -> Response:
    audit_object(request, "recovery-plan", object_id)
    await plans.delete_plan(ctx_of(request).store, object_id)
    return Response(status_code=204)


@router.post(
    "/{object_id}/{operation:" + one_of("plan_operation", (op.value for op in PlanOperation)) + "}",
    status_code=202,
    response_model=Job,
    responses={**ACCEPTED, **PROBLEMS},
    openapi_extra=OPERATION_RULES,
)
async def operate_plan(
    request: Request,
    object_id: str,
    operation: PlanOperation,
    body: OperationRequest | None = None,
    principal: Principal = Depends(auth.operator),
) -> JSONResponse:
    """Run an operation over the plan's groups in order, the VMs of a group in parallel."""
    audit_object(request, "recovery-plan", object_id)
    job = await plans.start_plan_operation(
        ctx_of(request),
        object_id,
        Operation(operation.value),
        body or OperationRequest(),
        principal.name,
    )
    request.state.audit_detail = address_audit(job)
    return accepted(job)
