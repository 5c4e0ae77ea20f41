"""The drill report's content as data, without Qt: what the report says about a drill,
worked out from its stored record alone (so a past drill's report can be regenerated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.model import DRILL_FINISHED, ChecklistItem, ConsistencyCheck, Drill

from .flow import Finding, consistency_of, elapsed, failures, proof_verdict


@dataclass(frozen=True)
class VmRow:
    name: str
    group: str
    test_vm_id: str | None
    point_id: str | None
    point_time: datetime | None
    point_kind: str | None
    rpo_seconds: float | None
    verdict: str  # passed | failed | not-checked: the test VM's consistency proof
    checks: tuple[ConsistencyCheck, ...]


@dataclass(frozen=True)
class GroupRow:
    number: int
    name: str
    vms: tuple[str, ...]
    rto_seconds: float | None


@dataclass(frozen=True)
class ReportContent:
    drill_id: str
    plan_name: str
    operator: str
    state: str
    started: datetime
    ended: datetime | None
    duration_seconds: float | None
    rto_seconds: float | None
    worst_rpo_seconds: float | None
    groups: tuple[GroupRow, ...]
    vms: tuple[VmRow, ...]
    checklist: tuple[ChecklistItem, ...]
    notes: str
    test_failover_job_id: str | None
    cleanup_job_id: str | None
    failures: tuple[Finding, ...]


def report_content(drill: Drill) -> ReportContent:
    def group_name(index: int) -> str:
        return drill.groups[index].name if index < len(drill.groups) else str(index + 1)

    rpos = [v.rpo_seconds for v in drill.vms if v.rpo_seconds is not None]
    fails = failures(drill) if drill.state in DRILL_FINISHED else []
    if drill.state == "failed" and not fails:  # only the cleanup job can have failed it
        fails = [Finding("cleanup-failed", drill.plan_name)]
    return ReportContent(
        drill_id=drill.id,
        plan_name=drill.plan_name,
        operator=drill.operator,
        state=drill.state,
        started=drill.started,
        ended=drill.ended,
        duration_seconds=elapsed(drill.started, drill.ended) if drill.ended else None,
        rto_seconds=drill.rto_seconds,
        worst_rpo_seconds=max(rpos) if rpos else None,
        groups=tuple(
            GroupRow(
                n + 1,
                g.name,
                tuple(v.vm_name for v in drill.vms if v.group == n),
                g.rto_seconds,
            )
            for n, g in enumerate(drill.groups)
        ),
        vms=tuple(
            VmRow(
                v.vm_name,
                group_name(v.group),
                v.test_vm_id,
                v.recovery_point_id,
                v.recovery_point_time,
                v.recovery_point_kind.value if v.recovery_point_kind else None,
                v.rpo_seconds,
                proof_verdict(v),
                tuple(consistency_of(v) or ()),
            )
            for v in drill.vms
        ),
        checklist=tuple(drill.checklist),
        notes=drill.notes,
        test_failover_job_id=drill.test_failover_job_id,
        cleanup_job_id=drill.cleanup_job_id,
        failures=tuple(fails),
    )
