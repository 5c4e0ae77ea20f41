"""DR drill records: what a console writes as a guided drill proceeds (its plan, who ran it,
the RTO per group, the recovery point and audit per VM, the checklist and the notes), kept so
that any console can open a past drill's report.

Drills are documents of kind "drill" in the objects table; every write travels the feed. A
finished drill (passed or failed) is a record for auditors: it no longer changes.
"""

from __future__ import annotations

from app.domain.model import DRILL_FINISHED, Drill, DrillSpec

from .job_alerts import drill_recorded
from .problems import conflict, not_found, unknown_reference
from .store import Store, Transaction, new_id

KIND = "drill"


async def _check_refs(tx: Transaction, spec: DrillSpec) -> None:
    for field, kind, value in (
        ("test_failover_job_id", "job", spec.test_failover_job_id),
        ("cleanup_job_id", "job", spec.cleanup_job_id),
    ):
        if value is not None and await tx.get(kind, value) is None:
            raise unknown_reference(field, f"no {kind} with id '{value}'")


async def create_drill(store: Store, spec: DrillSpec, operator: str) -> Drill:
    async with store.transaction() as tx:
        if await tx.get("recovery-plan", spec.plan_id) is None:
            raise unknown_reference("plan_id", f"no recovery plan with id '{spec.plan_id}'")
        await _check_refs(tx, spec)
        drill = Drill(id=new_id("drill"), operator=operator, **spec.model_dump())
        await tx.put(KIND, drill.id, drill.model_dump(mode="json"))
        await drill_recorded(tx, drill)
    return drill


async def update_drill(store: Store, drill_id: str, spec: DrillSpec) -> Drill:
    async with store.transaction() as tx:
        current = await tx.get(KIND, drill_id)
        if current is None:
            raise not_found(KIND, drill_id)
        if current["state"] in DRILL_FINISHED:
            raise conflict(
                f"The drill {drill_id} is finished ({current['state']}); its record no longer "
                "changes."
            )
        if spec.plan_id != current["plan_id"]:
            raise unknown_reference("plan_id", "a drill's plan cannot change")
        await _check_refs(tx, spec)
        drill = Drill(id=drill_id, operator=current["operator"], **spec.model_dump())
        await tx.put(KIND, drill_id, drill.model_dump(mode="json"))
        await drill_recorded(tx, drill)
    return drill


async def list_drills(store: Store, plan_id: str | None = None, limit: int = 200) -> list[Drill]:
    """Newest first."""
    drills = [Drill.model_validate(body) for body in await store.list(KIND)]
    if plan_id is not None:
        drills = [d for d in drills if d.plan_id == plan_id]
    drills.sort(key=lambda d: d.started, reverse=True)
    return drills[:limit]
