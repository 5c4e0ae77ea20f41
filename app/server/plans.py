"""Recovery plans: ordered groups of protected items with script and manual actions, and the
plan-level jobs that run an operation over them.

A plan job is one durable job whose steps are built from a snapshot of the plan taken when it
starts: a shutdown step first for planned failover and failback, then per group its
pre-actions, the group's VMs in parallel (bounded), and its post-actions. Each item is settled
as soon as its group finishes, so the tree shows progress group by group.
"""

from __future__ import annotations

import asyncio
import functools
import os
from typing import Any

from app.domain.enums import JobState, Operation
from app.domain.model import Job, ProtectedItem, RecoveryPlan, RecoveryPlanSpec
from app.domain.operations import ItemStatus, check
from app.domain.plan_steps import (
    PLAN_OPERATIONS,
    SHUTS_DOWN_FIRST,
    plan_job_operation,
    plan_steps,
)
from app.domain.step_text import Text

from . import replica_side
from .context import ServerContext
from .failover import OperationRequest, fabric_of, validate_request
from .item_jobs import refuse_if_busy, set_status, settle_item, status_dict
from .jobs import JobEngine, Recipe, Step, StepFailed, StepRun
from .problems import conflict, invalid, not_found, unknown_reference
from .steps import ITEM_STEPS, SHUT_DOWN, ItemRun
from .store import Store, Transaction, new_id

PARALLEL_VMS = 8  # VMs of one group failing over at once
OUTPUT_LIMIT = 64 * 1024

RUNNING_STATE = {
    Operation.TEST_FAILOVER: "test failover running",
    Operation.TEST_FAILOVER_CLEANUP: "cleanup running",
    Operation.PLANNED_FAILOVER: "failover running",
    Operation.UNPLANNED_FAILOVER: "failover running",
    Operation.COMMIT: "commit running",
    Operation.CANCEL_FAILOVER: "cancel running",
    Operation.REVERSE_REPLICATION: "reverse replication running",
    Operation.FAILBACK: "failback running",
}
DONE_STATE = {
    Operation.TEST_FAILOVER: "cleanup pending",
    Operation.TEST_FAILOVER_CLEANUP: "ready",
    Operation.PLANNED_FAILOVER: "failed over",
    Operation.UNPLANNED_FAILOVER: "failed over",
    Operation.COMMIT: "committed",
    Operation.CANCEL_FAILOVER: "ready",
    Operation.REVERSE_REPLICATION: "ready (reverse direction)",
    Operation.FAILBACK: "ready",
}


# --- CRUD -------------------------------------------------------------------------------------


async def _check_spec(tx: Transaction, spec: RecoveryPlanSpec, plan_id: str | None) -> None:
    for plan in await tx.list("recovery-plan"):
        if plan["name"].casefold() == spec.name.casefold() and plan["id"] != plan_id:
            raise conflict(f"A recovery plan named '{spec.name}' exists already.")
    seen: dict[str, int] = {}
    for g, group in enumerate(spec.groups):
        for item_id in group.item_ids:
            field = f"groups.{g}.item_ids"
            if await tx.get("protected-item", item_id) is None:
                raise unknown_reference(field, f"'{item_id}' is not a protected item")
            if item_id in seen:
                raise invalid(field, f"'{item_id}' is in group {seen[item_id] + 1} already")
            seen[item_id] = g


async def create_plan(store: Store, spec: RecoveryPlanSpec) -> RecoveryPlan:
    async with store.transaction() as tx:
        await _check_spec(tx, spec, None)
        plan = RecoveryPlan(id=new_id("plan"), **spec.model_dump())
        await tx.put("recovery-plan", plan.id, plan.model_dump(mode="json"))
    return plan


async def _unless_running(tx: Transaction, plan: dict[str, Any]) -> None:
    job_id = plan.get("current_job_id")
    job = await tx.get("job", job_id) if job_id else None
    if job is not None and not JobState(job["state"]).finished:
        raise conflict(f"The plan's job {job_id} is running.", job_id=job_id)


async def replace_plan(store: Store, plan_id: str, spec: RecoveryPlanSpec) -> RecoveryPlan:
    async with store.transaction() as tx:
        current = await tx.get("recovery-plan", plan_id)
        if current is None:
            raise not_found("recovery-plan", plan_id)
        await _unless_running(tx, current)
        await _check_spec(tx, spec, plan_id)
        plan = RecoveryPlan(
            id=plan_id,
            state=current["state"],
            current_job_id=current.get("current_job_id"),
            **spec.model_dump(),
        )
        await tx.put("recovery-plan", plan_id, plan.model_dump(mode="json"))
    return plan


async def delete_plan(store: Store, plan_id: str) -> None:
    async with store.transaction() as tx:
        current = await tx.get("recovery-plan", plan_id)
        if current is None:
            raise not_found("recovery-plan", plan_id)
        await _unless_running(tx, current)
        await tx.delete("recovery-plan", plan_id)


# --- running an operation over a plan ----------------------------------------------------------


async def start_plan_operation(
    ctx: ServerContext, plan_id: str, op: Operation, request: OperationRequest, actor: str
) -> Job:
    fabric_of(ctx)
    body = await ctx.store.get("recovery-plan", plan_id)
    if body is None:
        raise not_found("recovery-plan", plan_id)
    plan = RecoveryPlan.model_validate(body)
    item_ids = [i for g in plan.groups for i in g.item_ids]
    if not item_ids:
        raise conflict("The plan has no protected items.")
    items = [await ctx.store.get("protected-item", i) for i in item_ids]
    params: dict[str, Any] = {"items": {}, "plan": plan.model_dump(mode="json")}
    for body in items:
        if body is None:
            raise conflict("A protected item of the plan no longer exists; edit the plan.")
        item = ProtectedItem.model_validate(body)
        params["items"][item.id] = {
            "vm_id": item.vm_id,
            **await validate_request(ctx, op, item, request),
        }
    async with ctx.store.transaction() as tx:
        current = await tx.get("recovery-plan", plan_id)
        if current is None:
            raise not_found("recovery-plan", plan_id)
        await _unless_running(tx, current)
        refusals = []
        loaded = []
        for item_id in item_ids:
            item = ProtectedItem.model_validate(await tx.get("protected-item", item_id))
            await refuse_if_busy(tx, item)
            verdict = check(op, ItemStatus.of(item))
            if not verdict.allowed:
                refusals.append({"item_id": item_id, "reason": verdict.reason})
            elif (reason := await replica_side.refusal(tx, item, op)) is not None:
                refusals.append(
                    {"item_id": item_id, "reason": reason, "code": "replica-unreachable"}
                )
            loaded.append((item, verdict))
        if refusals:
            names = ", ".join(r["item_id"] for r in refusals)
            raise conflict(
                f"{len(refusals)} item(s) of the plan cannot run this operation ({names}): "
                f"{refusals[0]['reason']}",
                refusals=refusals,
            )
        for item, _ in loaded:
            entry = params["items"][item.id]
            entry["status_before"] = status_dict(ItemStatus.of(item))
            if op == Operation.TEST_FAILOVER_CLEANUP:
                entry["tag"] = item.test_failover_job_id
        job = ctx.jobs.new_job(
            plan_job_operation(op), "recovery-plan", plan_id, plan.name, actor, params
        )
        for item, verdict in loaded:
            assert verdict.in_progress is not None
            set_status(item, verdict.in_progress)
            item.current_job_id = job.id
            if op == Operation.TEST_FAILOVER:
                item.test_failover_job_id = job.id
            await tx.put("protected-item", item.id, item.model_dump(mode="json"))
        plan.state, plan.current_job_id = RUNNING_STATE[op], job.id
        await tx.put("recovery-plan", plan_id, plan.model_dump(mode="json"))
        await ctx.jobs.save(job, tx)
    ctx.jobs.start(job)
    return job


def register(ctx: ServerContext, engine: JobEngine) -> None:
    for op in PLAN_OPERATIONS:
        engine.register(
            plan_job_operation(op),
            Recipe(
                steps=[],
                build=functools.partial(_plan_steps, ctx, op),
                on_success=_settle_plan(op, success=True),
                on_failure=_settle_plan(op, success=False),
                on_cancel=_settle_plan(op, success=False),
            ),
        )


def _plan_steps(ctx: ServerContext, op: Operation, job: Job) -> list[tuple[str, Step]]:
    plan = RecoveryPlan.model_validate(job.parameters["plan"])
    item_steps = ITEM_STEPS[op]
    if op in SHUTS_DOWN_FIRST:
        assert item_steps[0] is SHUT_DOWN
        item_steps = item_steps[1:]
    steps: list[tuple[str, Step]] = []
    for step in plan_steps(plan, op):
        if step.kind == "shutdown":
            run = _each_item(ctx, op, list(step.item_ids), [SHUT_DOWN], settle=False)
        elif step.kind == "vms":
            run = _each_item(ctx, op, list(step.item_ids), item_steps, settle=True)
        else:
            run = _action(step.action, plan, op, step.group)
        steps.append((step.name, run))
    return steps


def _each_item(
    ctx: ServerContext, op: Operation, item_ids: list[str], steps: list, *, settle: bool
) -> Step:
    async def run_group(run: StepRun) -> None:
        fabric = fabric_of(ctx)
        results: dict[str, Any] = run.job.result.setdefault("items", {})
        limit = asyncio.Semaphore(PARALLEL_VMS)
        done: list[int] = []

        async def one(item_id: str) -> None:
            entry = run.parameters["items"][item_id]
            result = results.setdefault(item_id, {})
            if result.get("outcome") == "succeeded" and settle:
                done.append(1)
                return  # finished before a restart
            vm_id = entry["vm_id"]
            item_run = ItemRun(
                vm_id,
                op,
                entry,
                result,
                lambda line: run.log(line, vm_id=vm_id),
                _noop_progress,
                entry.get("tag") or run.job.id,
            )
            async with limit:
                try:
                    # An item runs several fabric steps within one job step: each one done is
                    # recorded (and saved), so after a restart the item goes on from the step
                    # it was in, and never repeats one that a later step has overtaken (a
                    # failover repeated after its reverse replication would fail over again).
                    key = f"steps_done@{run.index}"  # per job step (the shutdown is one)
                    for index, (_name, step) in enumerate(steps):
                        if index < result.get(key, 0):
                            continue
                        await step(fabric, item_run)
                        result[key] = index + 1
                        if index + 1 < len(steps):
                            await run.progress((len(done) + 0.5) / len(item_ids))
                except StepFailed as exc:
                    result["outcome"], result["error"] = "failed", str(exc)
                    run.log(Text("vm-failed", error=str(exc)), vm_id=entry["vm_id"])
                else:
                    if settle:
                        result["outcome"] = "succeeded"
            done.append(1)
            await run.progress(len(done) / len(item_ids))

        await asyncio.gather(*(one(i) for i in item_ids))
        if settle:
            async with ctx.store.transaction() as tx:
                for item_id in item_ids:
                    outcome = results.get(item_id, {}).get("outcome", "not-run")
                    before = run.parameters["items"][item_id]["status_before"]
                    await settle_item(tx, item_id, op, before, outcome, results.get(item_id))
        failed = [i for i in item_ids if results.get(i, {}).get("outcome") == "failed"]
        if failed:
            raise StepFailed(f"{len(failed)} of {len(item_ids)} VM(s) failed: {', '.join(failed)}")

    return run_group


async def _noop_progress(_fraction: float) -> None:
    return None


def _action(action: Any, plan: RecoveryPlan, op: Operation, group: int) -> Step:
    async def run_action(run: StepRun) -> None:
        if action.kind == "manual":
            await run.wait_for_operator(action.instructions)
            return
        env = {
            **os.environ,
            "STANDBY_PLAN": plan.name,
            "STANDBY_OPERATION": op.value,
            "STANDBY_GROUP": str(group),
            "STANDBY_JOB": run.job.id,
        }
        process = await asyncio.create_subprocess_shell(
            action.command,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=env,
        )
        try:
            output, _ = await asyncio.wait_for(process.communicate(), action.timeout_seconds)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise StepFailed(
                f"the script ran past its timeout of {action.timeout_seconds} s"
            ) from None
        text = output.decode(errors="replace")[-OUTPUT_LIMIT:]
        for line in text.splitlines():
            run.log(line)
        if process.returncode:
            raise StepFailed(f"the script exited with status {process.returncode}")

    return run_action


def _settle_plan(op: Operation, success: bool):
    async def hook(tx: Transaction, job: Job) -> None:
        # Items whose group never ran go back to where they were.
        results = job.result.get("items", {})
        for item_id, entry in job.parameters["items"].items():
            if item_id not in results or "outcome" not in results[item_id]:
                await settle_item(tx, item_id, op, entry["status_before"], "not-run")
        plan = await tx.get("recovery-plan", job.object_id)
        if plan is not None:
            plan["state"] = DONE_STATE[op] if success else f"{op.value} failed"
            await tx.put("recovery-plan", job.object_id, plan)

    return hook
