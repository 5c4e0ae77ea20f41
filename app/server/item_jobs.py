"""One job mechanism for every operation on a protected item (enable and disable protection,
the failover family, and each item's part of a recovery plan).

Starting: the operation table's verdict for the item's status is checked, the status it
started from is kept in the job's parameters (`status_before`), and the item takes the
table's running status — all in one transaction. Ending: the item goes where the table says
the outcome leads from `status_before` (`settle_item`), whatever the steps did in between,
and its health is evaluated again at once, so a failure is never left looking healthy.
After a restart of the control plane a job that runs again puts the running status back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.domain import health as health_rules
from app.domain.enums import (
    ActiveLocation,
    JobState,
    Operation,
    ReplicationState,
    TestFailoverState,
)
from app.domain.model import Job, ProtectedItem
from app.domain.operations import ItemStatus, check

from .problems import conflict
from .store import Transaction

Outcome = str  # "succeeded" | "failed" | "not-run"


async def refuse_if_busy(tx: Transaction, item: ProtectedItem) -> None:
    """A second operation on an item while one runs gets 409 naming the job in the way."""
    if item.current_job_id:
        job = await tx.get("job", item.current_job_id)
        if job is not None and not JobState(job["state"]).finished:
            raise conflict(
                f"The job {job['id']} ({job['operation']}) is running on this item.",
                job_id=job["id"],
            )


def status_dict(status: ItemStatus) -> dict[str, str]:
    return {
        "replication": status.replication.value,
        "test_failover": status.test_failover.value,
        "location": status.location.value,
    }


def status_from(raw: dict[str, str]) -> ItemStatus:
    return ItemStatus(
        ReplicationState(raw["replication"]),
        TestFailoverState(raw["test_failover"]),
        ActiveLocation(raw["location"]),
    )


def set_status(item: ProtectedItem, status: ItemStatus) -> None:
    item.replication_state = status.replication
    item.test_failover_state = status.test_failover
    item.active_location = status.location


async def settle_item(
    tx: Transaction,
    item_id: str,
    op: Operation,
    before: dict[str, str],
    outcome: Outcome,
    result: dict[str, Any] | None = None,
    error: str | None = None,
) -> None:
    """Put an item where the operation table says the outcome leads (succeeded | failed), or
    back where it was when the operation never reached it (not-run); record the error of a
    failure, and evaluate the item's health for its new state."""
    body = await tx.get("protected-item", item_id)
    if body is None:
        return
    item = ProtectedItem.model_validate(body)
    started = status_from(before)
    verdict = check(op, started)
    target = {"succeeded": verdict.on_success, "failed": verdict.on_failure}.get(outcome, started)
    if target is not None:
        set_status(item, target)
    if outcome == "succeeded":
        item.last_error = None
        if op == Operation.UNPLANNED_FAILOVER:
            item.fenced = True
        elif op in (Operation.REVERSE_REPLICATION, Operation.FAILBACK):
            item.fenced = False
            if result and result.get("source_host_id"):
                item.source_host_id = result["source_host_id"]
                item.target_host_id = result["target_host_id"]
        elif op == Operation.TEST_FAILOVER_CLEANUP:
            item.test_failover_job_id = None
    elif outcome == "failed" and error:
        item.last_error = error
    await _evaluate_health(tx, item)
    await tx.put("protected-item", item.id, item.model_dump(mode="json"))


async def test_failover_started(tx: Transaction, item: ProtectedItem) -> datetime | None:
    """When the item's test failover awaiting cleanup started (its job's creation, on the
    control plane's clock); None when no cleanup is pending or the job is not known."""
    if item.test_failover_state != TestFailoverState.CLEANUP_PENDING:
        return None
    if not item.test_failover_job_id:
        return None
    job = await tx.get("job", item.test_failover_job_id)
    return datetime.fromisoformat(job["created"]) if job and job.get("created") else None


async def _evaluate_health(tx: Transaction, item: ProtectedItem) -> None:
    """Health from what the item knows itself; the replication monitor adds the hosts' and
    sites' reasons at its next status read. The RPO goes where the state says it counts
    (None once failed over: nothing replicates the item)."""
    policy = await tx.get("policy", item.policy_id)
    item.rpo_seconds = health_rules.reported_rpo(item.replication_state, item.rpo_seconds)
    item.health, item.health_reasons = health_rules.evaluate(
        replication=item.replication_state,
        rpo_seconds=item.rpo_seconds,
        copy_frequency_seconds=policy["copy_frequency_seconds"] if policy else 300,
        missed_cycles=item.missed_cycles,
        test_failover=item.test_failover_state,
        location=item.active_location,
        failure=item.last_error,
        test_failover_started=await test_failover_started(tx, item),
        clock_now=datetime.now(UTC),
        # Back to protected after a failback or reverse replication: the RPO comes with the
        # monitor's next read; the item does have a point (no "no recovery point yet").
        last_point=item.last_replication,
    )


def _before(job: Job) -> dict[str, str]:
    return job.parameters["status_before"]


async def settle_job(tx: Transaction, job: Job, op: Operation, outcome: Outcome) -> None:
    await settle_item(tx, job.object_id, op, _before(job), outcome, job.result, job.error)


def settled(op: Operation, outcome: Outcome):
    """A job hook that settles the job's item with `outcome`."""

    async def hook(tx: Transaction, job: Job) -> None:
        await settle_job(tx, job, op, outcome)

    return hook


def restarted(op: Operation):
    """A job hook for a restarted job: the item takes the running status again."""

    async def hook(tx: Transaction, job: Job) -> None:
        body = await tx.get("protected-item", job.object_id)
        if body is None:
            return
        item = ProtectedItem.model_validate(body)
        verdict = check(op, status_from(_before(job)))
        if verdict.in_progress is not None:
            set_status(item, verdict.in_progress)
            item.current_job_id = job.id
            await tx.put("protected-item", item.id, item.model_dump(mode="json"))

    return hook
