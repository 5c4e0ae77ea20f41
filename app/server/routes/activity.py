"""Jobs, alerts and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Query, Request

from app.domain.enums import JobState, Severity
from app.domain.model import Alert, AuditEntry, Job

from .. import auth
from ..auth import Principal
from ..jobs import JobActionRefused
from ..problems import conflict, not_found
from .common import Document, Responses, audit_object, ctx_of, get_or_404

router = APIRouter(prefix="/api/v1")
NOT_FOUND: Responses = {404: {"description": "Not found (problem+json)"}}
CODE_PATTERN = r"^[a-z][a-z0-9-]*$"
FORBIDDEN: Responses = {403: {"description": "The token's role is not enough (problem+json)"}}


@router.get("/jobs", tags=["jobs"], dependencies=[Depends(auth.viewer)], response_model=list[Job])
async def list_jobs(
    request: Request,
    state: JobState | None = None,
    object_id: str | None = Query(None, max_length=64),
    active: bool = Query(False, description="Only jobs not finished yet."),
    limit: int = Query(200, ge=1, le=1000),
) -> list[Document]:
    return await ctx_of(request).store.jobs(
        state=state.value if state else None, object_id=object_id, active_only=active, limit=limit
    )


@router.get(
    "/jobs/{object_id}",
    tags=["jobs"],
    dependencies=[Depends(auth.viewer)],
    responses=NOT_FOUND,
    response_model=Job,
)
async def get_job(request: Request, object_id: str) -> Document:
    return await get_or_404(ctx_of(request), "job", object_id)


JOB_ACTION: Responses = {
    **NOT_FOUND,
    403: {"description": "The token's role may not act on jobs (problem+json)"},
    409: {"description": "The job's state does not allow this action (problem+json)"},
}


async def _job_action(request: Request, object_id: str, action: str) -> Document:
    ctx = ctx_of(request)
    audit_object(request, "job", object_id)
    try:
        job = await getattr(ctx.jobs, action)(object_id)
    except KeyError:
        raise not_found("job", object_id) from None
    except JobActionRefused as exc:
        raise conflict(str(exc), job_id=object_id) from None
    return await get_or_404(ctx, "job", job.id)


@router.post(
    "/jobs/{object_id}/cancel",
    tags=["jobs"],
    dependencies=[Depends(auth.operator)],
    responses=JOB_ACTION,
    response_model=Job,
)
async def cancel_job(request: Request, object_id: str) -> Document:
    """Cancel at the next step boundary (at once when the job waits for a manual action)."""
    return await _job_action(request, object_id, "cancel")


@router.post(
    "/jobs/{object_id}/resume",
    tags=["jobs"],
    dependencies=[Depends(auth.operator)],
    responses=JOB_ACTION,
    response_model=Job,
)
async def resume_job(request: Request, object_id: str) -> Document:
    """The manual action the job waits for is done."""
    return await _job_action(request, object_id, "resume")


@router.post(
    "/jobs/{object_id}/restart",
    tags=["jobs"],
    dependencies=[Depends(auth.operator)],
    responses=JOB_ACTION,
    response_model=Job,
)
async def restart_job(request: Request, object_id: str) -> Document:
    """Run a failed job again from the step that failed."""
    return await _job_action(request, object_id, "restart")


@router.get(
    "/alerts", tags=["alerts"], dependencies=[Depends(auth.viewer)], response_model=list[Alert]
)
async def list_alerts(
    request: Request,
    unacknowledged: bool = False,
    severity: Severity | None = None,
    code: str | None = Query(
        None,
        max_length=64,
        pattern=CODE_PATTERN,
        description="The cause's code: a health reason's (rpo-critical, replica-unreachable, "
        "…), job-failed, manual-action-waiting, drill-failed, site-down, agent-disconnected, …",
    ),
    object_kind: str | None = Query(None, max_length=32, pattern=CODE_PATTERN),
    object_id: str | None = Query(None, max_length=64),
    resolved: bool | None = Query(
        None, description="true: only resolved alerts; false: only open ones; absent: both."
    ),
    limit: int = Query(200, ge=1, le=1000),
) -> list[Document]:
    """Newest first (by when the condition was first seen)."""
    return await ctx_of(request).store.alerts(
        unacknowledged=unacknowledged,
        severity=severity.value if severity else None,
        code=code,
        object_kind=object_kind,
        object_id=object_id,
        resolved=resolved,
        limit=limit,
    )


@router.post(
    "/alerts/{object_id}/acknowledge",
    tags=["alerts"],
    responses={
        **FORBIDDEN,
        **NOT_FOUND,
        409: {"description": "Acknowledged already (problem+json)"},
    },
    response_model=Alert,
)
async def acknowledge_alert(
    request: Request, object_id: str, principal: Principal = Depends(auth.operator)
) -> Document:
    ctx = ctx_of(request)
    audit_object(request, "alert", object_id)
    async with ctx.store.transaction() as tx:
        alert = await tx.get("alert", object_id)
        if alert is None:
            raise not_found("alert", object_id)
        if alert.get("acknowledged_by"):
            raise conflict(f"Acknowledged already by {alert['acknowledged_by']}.")
        alert["acknowledged_by"] = principal.name
        alert["acknowledged_at"] = datetime.now(UTC).isoformat()
        await tx.put("alert", object_id, alert)
    return alert


@router.get(
    "/audit",
    tags=["audit"],
    dependencies=[Depends(auth.operator)],
    responses=FORBIDDEN,
    response_model=list[AuditEntry],
)
async def list_audit(
    request: Request,
    actor: str | None = Query(None, max_length=120),
    limit: int = Query(200, ge=1, le=1000),
) -> list[Document]:
    return await ctx_of(request).store.audit(limit=limit, actor=actor)
