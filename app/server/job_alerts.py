"""Alerts that lead to a job or a drill: a failed job, a job waiting for an operator's manual
action too long, a failed DR drill.

- **job-failed** (cause `job-failed:<object kind>:<object id>`): the last job on an object
  failed. Object: the job (`job_id` too), so the console opens it. A later failure on the
  same object updates the alert to the new job; a later success on it, or restarting the
  failed job, resolves it.
- **manual-action-waiting** (cause `job-waiting:<job>`): a job has waited for a manual action
  longer than `Settings.manual_action_alert_seconds`; resolved when the job goes on (resumed
  or cancelled).
- **drill-failed** (cause `drill-failed:<plan>`): the last drill of a recovery plan failed;
  resolved when a later drill of the plan passes.
"""

from __future__ import annotations

from datetime import timedelta

from app.domain.enums import Severity
from app.domain.model import Drill, Job
from app.domain.operations import OPERATION_LABELS
from app.domain.plan_steps import operation_of_plan_job

from .alerts import lasted, raise_alert, resolve_alert
from .store import Transaction, now


def operation_label(operation: str) -> str:
    try:
        op = operation_of_plan_job(operation)
    except ValueError:
        return operation.replace("-", " ").capitalize()
    label = OPERATION_LABELS[op]
    return f"{label} of the plan" if operation != op.value else label


def job_title(job: Job) -> str:
    """'Planned failover of sql-01', 'Test failover of the plan ERP'."""
    label = operation_label(job.operation)
    name = job.object_name or job.object_id
    if label.endswith(" of the plan"):
        return f"{label.removesuffix(' of the plan')} of the plan {name}"
    return f"{label} of {name}"


def failed_cause(job: Job) -> str:
    return f"job-failed:{job.object_kind}:{job.object_id}"


def waiting_cause(job: Job) -> str:
    return f"job-waiting:{job.id}"


async def job_failed(tx: Transaction, job: Job) -> None:
    step = next((s for s in job.steps if s.error), None)
    where = f" at the step “{step.name}”" if step is not None else ""
    await raise_alert(
        tx,
        cause=failed_cause(job),
        code="job-failed",
        severity=Severity.CRITICAL,
        object_kind="job",
        object_id=job.id,
        object_name=job_title(job),
        job_id=job.id,
        message=f"{job_title(job)} failed{where}: {job.error or 'no reason given'}",
        what_to_do="Open the job to read the failed step's output; once the cause is fixed, "
        "restart the job from that step.",
    )


async def job_succeeded(tx: Transaction, job: Job) -> None:
    await resolve_alert(
        tx, failed_cause(job), f"{job_title(job)} has since succeeded.", say_duration=True
    )


async def job_restarted(tx: Transaction, job: Job) -> None:
    await resolve_alert(tx, failed_cause(job), "The job was restarted.", say_duration=True)


async def job_waiting(tx: Transaction, job: Job, instructions: str, waited: float) -> None:
    step = next((s.name for s in job.steps if s.state == "in-progress"), "")
    what = f" “{step}”" if step else ""
    await raise_alert(
        tx,
        cause=waiting_cause(job),
        code="manual-action-waiting",
        severity=Severity.WARNING,
        object_kind="job",
        object_id=job.id,
        object_name=job_title(job),
        job_id=job.id,
        message=f"{job_title(job)} has waited {lasted_seconds(waited)} for the manual "
        f"action{what}: {instructions}",
        what_to_do="Do the manual action, then resume the job (or cancel it).",
    )


async def job_went_on(tx: Transaction, job: Job, how: str) -> None:
    await resolve_alert(tx, waiting_cause(job), how)


def lasted_seconds(seconds: float) -> str:
    moment = now()
    return lasted(moment - timedelta(seconds=seconds), moment)


async def drill_recorded(tx: Transaction, drill: Drill) -> None:
    """A drill's record was written: a failed one raises its plan's alert, a passed one
    resolves it."""
    cause = f"drill-failed:{drill.plan_id}"
    if drill.state == "failed":
        await raise_alert(
            tx,
            cause=cause,
            code="drill-failed",
            severity=Severity.WARNING,
            object_kind="drill",
            object_id=drill.id,
            object_name=f"DR drill of {drill.plan_name}",
            job_id=drill.test_failover_job_id,
            message=f"The DR drill of the plan {drill.plan_name} failed "
            f"(run by {drill.operator}): {drill.notes.strip()}",
            what_to_do="Open the drill's report and its test failover job, fix what failed, "
            "and run the drill again.",
        )
    elif drill.state == "passed":
        await resolve_alert(tx, cause, "A later drill of the plan passed.", say_duration=True)
