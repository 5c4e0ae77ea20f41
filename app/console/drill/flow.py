"""The guided DR drill's decisions, without Qt: its steps, the pre-checks, RTO from the test
failover job's step timings, each VM's recovery point and RPO, the outcome, and the report's
content as data. The drill window only renders these; tests drive them directly.

Texts an operator reads are not made here: findings and verdicts are codes with their
subjects, and the window and the report translate them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from app.domain.enums import Health, JobState, Operation, RecoveryPointKind, TestFailoverState
from app.domain.model import (
    DRILL_FINISHED,
    ChecklistItem,
    ConsistencyCheck,
    ConsistencyVerdict,
    Drill,
    DrillGroup,
    DrillSpec,
    DrillVm,
    HealthReason,
    Job,
    ProtectedItem,
    RecoveryPlan,
    Vm,
    consistency_verdict,
)
from app.domain.operations import ItemStatus, check
from app.domain.plan_steps import operation_of_plan_job, plan_steps

from ..plans.run_state import plan_run_state


class Step(IntEnum):
    """The drill's pages, in order."""

    PLAN = 0
    CHECKS = 1
    FAILOVER = 2
    VERIFY = 3
    CLEANUP = 4
    REPORT = 5


PLAN_BUSY_STATES = ("test failover running", "cleanup pending", "cleanup running")


# --- pre-checks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One pre-check result. `code` names the rule; `blocking` findings stop the drill."""

    code: str  # empty-plan | missing-item | refused | recovery-host-down | critical | warning |
    #            test-failover | plan-busy | drill-running | abandoned-drill | ok
    subject: str  # the VM's or plan's name
    detail: str = ""  # the control plane's own words (a refusal reason, a health message)
    blocking: bool = True
    reasons: tuple[HealthReason, ...] = ()  # critical, warning: the item's health reasons


def pre_checks(
    plan: RecoveryPlan,
    items: Mapping[str, ProtectedItem],
    vms: Mapping[str, Vm],
    jobs: Mapping[str, Job],
    drills: Iterable[Drill] = (),
    unreachable: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Every VM of the plan protected and healthy, its recovery host reachable (`unreachable`:
    item id → why not, as the control plane would refuse the test failover); no test
    failover, plan job or drill running. Returns one `ok` finding per VM that passed, so the
    page lists every VM."""
    unreachable = unreachable or {}
    findings: list[Finding] = []
    item_ids = [i for g in plan.groups for i in g.item_ids]
    if not item_ids:
        findings.append(Finding("empty-plan", plan.name))
    job = jobs.get(plan.current_job_id or "")
    if job is not None and not job.state.finished:
        findings.append(Finding("plan-busy", plan.name, job.operation))
    elif plan.state in PLAN_BUSY_STATES:
        findings.append(Finding("plan-busy", plan.name, plan.state))
    for drill in drills:
        if drill.plan_id != plan.id or drill.state in DRILL_FINISHED:
            continue
        busy = plan.state in PLAN_BUSY_STATES or (job is not None and not job.state.finished)
        code = "drill-running" if busy else "abandoned-drill"
        findings.append(Finding(code, drill.operator, drill.id, blocking=busy))
    for item_id in item_ids:
        item = items.get(item_id)
        if item is None:
            findings.append(Finding("missing-item", item_id))
            continue
        name = vm_name(item, vms)
        if item.test_failover_state != TestFailoverState.NONE:
            findings.append(Finding("test-failover", name, item.test_failover_state.value))
            continue
        verdict = check(Operation.TEST_FAILOVER, ItemStatus.of(item))
        if not verdict.allowed:
            findings.append(Finding("refused", name, verdict.reason or ""))
        elif unreachable.get(item_id):
            findings.append(Finding("recovery-host-down", name, unreachable[item_id]))
        elif item.health == Health.CRITICAL:
            findings.append(Finding("critical", name, _reasons(item), True, _of(item)))
        elif item.health == Health.WARNING:
            findings.append(Finding("warning", name, _reasons(item), False, _of(item)))
        else:
            findings.append(Finding("ok", name, blocking=False))
    return findings


def may_start(findings: Iterable[Finding]) -> bool:
    return not any(f.blocking for f in findings)


def _reasons(item: ProtectedItem) -> str:
    return "; ".join(r.message for r in item.health_reasons)


def _of(item: ProtectedItem) -> tuple[HealthReason, ...]:
    return tuple(item.health_reasons)


def vm_name(item: ProtectedItem, vms: Mapping[str, Vm]) -> str:
    vm = vms.get(item.vm_id)
    return vm.name if vm is not None else item.vm_id


# --- RTO and RPO -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rto:
    groups: tuple[float | None, ...]  # per plan group; None until its test VMs are up
    total: float | None  # None until every group's are


def job_plan(job: Job) -> RecoveryPlan:
    """The snapshot of the plan the job runs (taken when it started)."""
    return RecoveryPlan.model_validate(job.parameters["plan"])


def rto_from_job(job: Job) -> Rto:
    """RTO per group: from the test failover's start (when it was asked for) until the end of
    the group's VM step (its test VMs are up); in total, until the last group's are.

    The job's steps follow `app.domain.plan_steps`: each group's VM step is found there."""
    plan = job_plan(job)
    layout = plan_steps(plan, operation_of_plan_job(job.operation))
    if len(job.steps) != len(layout):  # not built yet
        return Rto(tuple(None for _ in plan.groups), None)
    values: list[float | None] = []
    for planned, step in zip(layout, job.steps, strict=True):
        if planned.kind != "vms":
            continue
        if step.state == JobState.SUCCEEDED and step.ended is not None:
            values.append(max(0.0, (step.ended - job.created).total_seconds()))
        else:
            values.append(None)
    known = [v for v in values if v is not None]
    total = max(known) if values and len(known) == len(values) else None
    return Rto(tuple(values), total)


def manual_instructions(job: Job) -> tuple[str, str] | None:
    """While a plan job waits for an operator: the waiting step's name and the manual
    action's instructions (from the plan the job runs)."""
    waiting = plan_run_state(job).waiting
    if waiting is None:
        return None
    return job.steps[waiting.step_index].name, waiting.instructions


def elapsed(started: datetime, now: datetime) -> float:
    return max(0.0, (now - started).total_seconds())


def rpo_seconds(point_time: datetime | None, item: ProtectedItem | None) -> float | None:
    """The age of the point the test VM started from, at the test failover.

    Measured on the fabric's own clock (a lab's may run faster than the wall): the control
    plane's last read of the item tells the fabric's time then, last replication + RPO. That
    read precedes the failover by a few seconds at most; a point newer than it counts as 0."""
    if point_time is None or item is None:
        return None
    if item.last_replication is None or item.rpo_seconds is None:
        return None
    fabric_now = item.last_replication + timedelta(seconds=item.rpo_seconds)
    return max(0.0, (fabric_now - point_time).total_seconds())


# --- the record --------------------------------------------------------------------------------


def new_drill_spec(
    plan: RecoveryPlan,
    job: Job,
    items: Mapping[str, ProtectedItem],
    vms: Mapping[str, Vm],
    checklist: Iterable[str],
) -> DrillSpec:
    """The record of a drill whose test failover `job` has just been started."""
    return DrillSpec(
        plan_id=plan.id,
        plan_name=plan.name,
        state="test-failover",
        started=job.created,
        test_failover_job_id=job.id,
        groups=[DrillGroup(name=g.name) for g in plan.groups],
        vms=[
            DrillVm(
                item_id=item_id,
                vm_name=vm_name(items[item_id], vms) if item_id in items else item_id,
                group=g,
            )
            for g, group in enumerate(plan.groups)
            for item_id in group.item_ids
        ],
        checklist=[ChecklistItem(text=text) for text in checklist],
    )


def spec_of(drill: Drill | DrillSpec) -> DrillSpec:
    """The writable part of a record (what PUT /drills/{id} takes)."""
    return DrillSpec.model_validate(drill.model_dump(exclude={"id", "operator"}))


def after_test_failover(
    drill: DrillSpec, job: Job, items_before: Mapping[str, ProtectedItem]
) -> DrillSpec:
    """The record once the test failover job has ended: RTO, and per VM the point it used
    and its RPO. Verification follows whether or not every VM came up (the report says)."""
    rto = rto_from_job(job)
    results: dict[str, Any] = job.result.get("items", {})
    groups = [
        g.model_copy(update={"rto_seconds": rto.groups[n] if n < len(rto.groups) else None})
        for n, g in enumerate(drill.groups)
    ]
    vms = []
    for vm in drill.vms:
        found = results.get(vm.item_id, {})
        point_time = found.get("recovery_point_time")
        when = datetime.fromisoformat(point_time) if point_time else None
        kind = found.get("recovery_point_kind")
        vms.append(
            vm.model_copy(
                update={
                    "test_vm_id": found.get("test_vm_id"),
                    "recovery_point_id": found.get("recovery_point_id"),
                    "recovery_point_time": when,
                    "recovery_point_kind": RecoveryPointKind(kind) if kind else None,
                    "rpo_seconds": rpo_seconds(when, items_before.get(vm.item_id)),
                }
            )
        )
    return drill.model_copy(
        update={"state": "verifying", "rto_seconds": rto.total, "groups": groups, "vms": vms}
    )


def with_consistency(
    drill: DrillSpec, item_id: str, checks: Iterable[ConsistencyCheck]
) -> DrillSpec:
    """The estate's consistency proof of one VM's test copy, into the record."""
    found = list(checks)[:50]
    vms = [
        v.model_copy(update={"consistency": found}) if v.item_id == item_id else v
        for v in drill.vms
    ]
    return drill.model_copy(update={"vms": vms})


def with_checklist(drill: DrillSpec, done: Iterable[bool]) -> DrillSpec:
    ticks = list(done)
    checklist = [
        c.model_copy(update={"done": ticks[n] if n < len(ticks) else c.done})
        for n, c in enumerate(drill.checklist)
    ]
    return drill.model_copy(update={"checklist": checklist})


def consistency_of(vm: DrillVm) -> list[ConsistencyCheck] | None:
    """A VM's consistency checks (None: not checked); a record from before the estates'
    checks kept the lab auditor's verdict, read here as the auditor's check it was."""
    if vm.consistency is not None:
        return vm.consistency
    audit = vm.audit
    if audit is None:
        return None
    passed = audit.intact and audit.crash_consistent is not False
    return [
        ConsistencyCheck(
            kind="auditor",
            verdict="passed" if passed else "failed",
            writes_lost=audit.writes_lost,
            app_consistent=audit.app_consistent,
            detail="; ".join(audit.problems[:3])[:1000],
        )
    ]


def proof_verdict(vm: DrillVm) -> ConsistencyVerdict:
    """passed (every check that ran passed), failed, or not-checked."""
    checks = consistency_of(vm)
    return consistency_verdict(checks) if checks is not None else "not-checked"


def failures(drill: DrillSpec, cleanup_ok: bool = True, cleanup_error: str = "") -> list[Finding]:
    """What keeps a drill from passing: test VMs that never came up, failed consistency
    checks, items left unticked, a cleanup that did not succeed."""
    found = [Finding("no-test-vm", v.vm_name) for v in drill.vms if v.test_vm_id is None]
    found += [
        Finding("consistency-failed", v.vm_name) for v in drill.vms if proof_verdict(v) == "failed"
    ]
    found += [Finding("unticked", c.text) for c in drill.checklist if not c.done]
    if not cleanup_ok:
        found.append(Finding("cleanup-failed", drill.plan_name, cleanup_error))
    return found


def finished(
    drill: DrillSpec,
    notes: str,
    ended: datetime,
    cleanup_job_id: str | None,
    cleanup_ok: bool,
    cleanup_error: str = "",
) -> DrillSpec:
    """The record once cleanup has ended: passed only when nothing failed."""
    state = "failed" if failures(drill, cleanup_ok, cleanup_error) else "passed"
    return drill.model_copy(
        update={
            "state": state,
            "ended": max(ended, drill.started),
            "notes": notes,
            "cleanup_job_id": cleanup_job_id,
        }
    )


def resume_step(drill: Drill) -> Step:
    """Where a drill's window takes up an unfinished record (another console's, or its own
    before a restart)."""
    return {
        "test-failover": Step.FAILOVER,
        "verifying": Step.VERIFY,
        "cleaning-up": Step.CLEANUP,
    }.get(drill.state, Step.REPORT)
