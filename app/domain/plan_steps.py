"""The steps a recovery-plan job runs, in order: one layout the control plane builds its job
from and every reader (the running-plan view, the drill's RTO) maps the job's steps back by.

Per group: its pre-actions, one step for its VMs (in parallel), its post-actions. Operations
that shut the source down first start with one shutdown step for every VM of the plan. Actions
bring applications up, so they run only for the operations that start VMs somewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .enums import Operation
from .model import ManualAction, RecoveryPlan, ScriptAction
from .step_text import STEP_NAMES, Text

PLAN_OPERATIONS: tuple[Operation, ...] = (
    Operation.TEST_FAILOVER,
    Operation.TEST_FAILOVER_CLEANUP,
    Operation.PLANNED_FAILOVER,
    Operation.UNPLANNED_FAILOVER,
    Operation.COMMIT,
    Operation.CANCEL_FAILOVER,
    Operation.REVERSE_REPLICATION,
    Operation.FAILBACK,
)
"""What runs over a whole plan (POST /recovery-plans/{id}/{operation})."""
SHUTDOWN_STEP = STEP_NAMES["plan-shutdown"]
SHUTS_DOWN_FIRST = frozenset({Operation.PLANNED_FAILOVER, Operation.FAILBACK})
ACTIONS_RUN_FOR = frozenset(
    {
        Operation.TEST_FAILOVER,
        Operation.PLANNED_FAILOVER,
        Operation.UNPLANNED_FAILOVER,
        Operation.FAILBACK,
    }
)


PLAN_JOB = "@plan"  # a plan job's operation: "test-failover@plan"


def plan_job_operation(op: Operation) -> str:
    return op.value + PLAN_JOB


def operation_of_plan_job(operation: str) -> Operation:
    """The operation a plan job runs (ValueError when it is not one)."""
    return Operation(operation.removesuffix(PLAN_JOB))


@dataclass(frozen=True)
class PlanStep:
    kind: Literal["shutdown", "before", "vms", "after"]
    group: int  # 1-based; 0 for the shutdown step
    name: str
    action: ScriptAction | ManualAction | None = None
    item_ids: tuple[str, ...] = ()


def plan_steps(plan: RecoveryPlan, op: Operation) -> list[PlanStep]:
    steps: list[PlanStep] = []
    if op in SHUTS_DOWN_FIRST:
        every = tuple(i for g in plan.groups for i in g.item_ids)
        steps.append(PlanStep("shutdown", 0, Text("plan-shutdown"), item_ids=every))
    actions = op in ACTIONS_RUN_FOR
    for g, group in enumerate(plan.groups, start=1):
        named = "-named" if group.name else ""
        label = {"group": g, "group_name": group.name} if group.name else {"group": g}
        for action in group.pre_actions if actions else ():
            name = Text(f"plan-before{named}", **label, action=action.name)
            steps.append(PlanStep("before", g, name, action))
        steps.append(
            PlanStep(
                "vms",
                g,
                Text(f"plan-vms{named}", **label, operation=op.value, count=len(group.item_ids)),
                item_ids=tuple(group.item_ids),
            )
        )
        for action in group.post_actions if actions else ():
            name = Text(f"plan-after{named}", **label, action=action.name)
            steps.append(PlanStep("after", g, name, action))
    return steps
