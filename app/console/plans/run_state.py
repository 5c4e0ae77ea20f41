"""A plan job read as the plan it runs, without Qt: groups → VMs → steps, with states and
timings, and the manual action it waits for.

A plan job's steps are built from the plan snapshot in its parameters by
`app.domain.plan_steps`, the layout the control plane runs; matching it against `job.steps`
gives each step its group; VM outcomes come from `job.result["items"]` and each
VM's lines from the group step's output ("<vm id>: <line>").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.enums import JobState
from app.domain.model import Job, JobStep, RecoveryPlan
from app.domain.plan_steps import PlanStep, operation_of_plan_job, plan_steps


@dataclass
class StepState:
    index: int
    name: str
    state: JobState
    started: datetime | None
    ended: datetime | None
    progress: float
    error: str | None
    output: str

    @classmethod
    def of(cls, index: int, step: JobStep) -> StepState:
        return cls(
            index,
            step.name,
            step.state,
            step.started,
            step.ended,
            step.progress,
            step.error,
            step.output,
        )

    def seconds(self, at: datetime) -> float | None:
        """How long the step ran (runs), None before it starts."""
        if self.started is None:
            return None
        return ((self.ended or at) - self.started).total_seconds()


@dataclass
class ActionState:
    kind: str  # script | manual
    name: str
    detail: str  # the command or the instructions
    when: str  # "before" | "after"
    step: StepState


@dataclass
class VmState:
    item_id: str
    vm_id: str
    name: str
    state: str  # not-started | in-progress | succeeded | failed | not-run
    error: str | None
    lines: list[str]


@dataclass
class GroupState:
    number: int
    name: str
    actions_before: list[ActionState]
    vms_step: StepState
    vms: list[VmState]
    actions_after: list[ActionState]

    @property
    def steps(self) -> list[StepState]:
        return (
            [a.step for a in self.actions_before]
            + [self.vms_step]
            + [a.step for a in self.actions_after]
        )

    @property
    def state(self) -> JobState:
        states = [s.state for s in self.steps]
        for s in (JobState.FAILED, JobState.CANCELLED, JobState.IN_PROGRESS):
            if s in states:
                return s
        if all(s == JobState.SUCCEEDED for s in states):
            return JobState.SUCCEEDED
        if any(s == JobState.SUCCEEDED for s in states):
            return JobState.IN_PROGRESS
        return JobState.NOT_STARTED

    @property
    def started(self) -> datetime | None:
        times = [s.started for s in self.steps if s.started]
        return min(times) if times else None

    @property
    def ended(self) -> datetime | None:
        if self.state in (JobState.NOT_STARTED, JobState.IN_PROGRESS):
            return None
        times = [s.ended for s in self.steps if s.ended]
        return max(times) if times else None


@dataclass
class ManualWait:
    """The manual action a waiting job holds for."""

    step_index: int
    group: int
    name: str
    instructions: str


@dataclass
class PlanRunState:
    job: Job
    plan_name: str
    shutdown: StepState | None
    groups: list[GroupState]
    other_steps: list[StepState] = field(default_factory=list)  # steps we could not place
    waiting: ManualWait | None = None

    @property
    def finished(self) -> bool:
        return self.job.state.finished


def _vm_state(step: StepState, result: Mapping, job_finished: bool) -> str:
    outcome = result.get("outcome")
    if outcome in ("succeeded", "failed"):
        return outcome
    if step.state == JobState.IN_PROGRESS:
        return "in-progress"
    if step.state != JobState.NOT_STARTED or job_finished:
        return "not-run"  # its group ended (or the job did) without it
    return "not-started"


def plan_run_state(job: Job, names: Mapping[str, str] | None = None) -> PlanRunState:
    """The job as its plan; `names` gives VM names by VM id (the cache's)."""
    names = names or {}
    steps = [StepState.of(i, s) for i, s in enumerate(job.steps)]
    body = job.parameters.get("plan")
    try:
        plan = RecoveryPlan.model_validate(body) if body else None
    except ValueError:
        plan = None
    if plan is None:
        return PlanRunState(job, job.object_name or job.object_id, None, [], steps)
    try:
        layout = plan_steps(plan, operation_of_plan_job(job.operation))
    except ValueError:
        layout = []
    if not layout or len(steps) != len(layout):
        # Not built yet (a job that has not started lists no steps) or not the layout we know.
        return PlanRunState(job, plan.name, None, [], steps)
    shutdown = steps[0] if layout[0].kind == "shutdown" else None
    by_group: dict[int, list[tuple[PlanStep, StepState]]] = {}
    for planned, step in zip(layout, steps, strict=True):
        by_group.setdefault(planned.group, []).append((planned, step))
    items = job.parameters.get("items", {})
    results = job.result.get("items", {})
    groups = []
    waiting = None
    for g, group in enumerate(plan.groups, start=1):
        mapped = by_group.get(g, [])
        before = [_action_state(p.action, "before", st) for p, st in mapped if p.kind == "before"]
        after = [_action_state(p.action, "after", st) for p, st in mapped if p.kind == "after"]
        vms_step = next(st for p, st in mapped if p.kind == "vms")
        vms = []
        for item_id in group.item_ids:
            vm_id = items.get(item_id, {}).get("vm_id", item_id)
            result = results.get(item_id, {})
            prefix = f"{vm_id}: "
            lines = [
                line[len(prefix) :]
                for line in vms_step.output.splitlines()
                if line.startswith(prefix)
            ]
            vms.append(
                VmState(
                    item_id,
                    vm_id,
                    names.get(vm_id, vm_id),
                    _vm_state(vms_step, result, job.state.finished),
                    result.get("error"),
                    lines,
                )
            )
        state = GroupState(g, group.name, before, vms_step, vms, after)
        groups.append(state)
        if job.state == JobState.WAITING:
            for action in before + after:
                if action.kind == "manual" and action.step.state == JobState.IN_PROGRESS:
                    waiting = ManualWait(action.step.index, g, action.name, action.detail)
    return PlanRunState(job, plan.name, shutdown, groups, [], waiting)


def _action_state(action, when: str, step: StepState) -> ActionState:
    detail = action.command if action.kind == "script" else action.instructions
    return ActionState(action.kind, action.name, detail, when, step)
