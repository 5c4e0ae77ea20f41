"""Carries a guided drill out against the control plane, without Qt: starts the plan's test
failover, follows it, records RTO and recovery points, has the estate prove each test VM's
point consistent (GET /protected-items/{id}/test-failover/consistency), keeps
the checklist, cleans up with the operator's notes. The drill record is saved at every
change, so another console (or this one after a restart) can see and take up where it is.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime

from app.client.api import StandbyClient
from app.client.errors import Conflict, ConnectionFailed, StandbyError
from app.domain.enums import JobState, TestFailoverState
from app.domain.model import (
    ChecklistItem,
    Drill,
    DrillSpec,
    Job,
    ProtectedItem,
    RecoveryPlan,
    Vm,
)

from . import flow

log = logging.getLogger(__name__)

JobListener = Callable[[Job], None]


class DrillRunner:
    def __init__(self, client: StandbyClient, poll_seconds: float = 1.0):
        self.client = client
        self.poll_seconds = poll_seconds
        self.drill: Drill | None = None
        self.items_before: dict[str, ProtectedItem] = {}
        self._saving = asyncio.Lock()

    @property
    def spec(self) -> DrillSpec:
        assert self.drill is not None, "no drill started"
        return flow.spec_of(self.drill)

    async def update(self, change: Callable[[DrillSpec], DrillSpec]) -> Drill:
        """Change the record and save it. Saves run one at a time, in the order asked, each
        on the record the one before left (ticks in quick succession all arrive)."""
        async with self._saving:
            assert self.drill is not None
            self.drill = await self.client.update_drill(self.drill.id, change(self.spec))
            return self.drill

    # --- the steps --------------------------------------------------------------------------

    async def start(
        self,
        plan: RecoveryPlan,
        items: Mapping[str, ProtectedItem],
        vms: Mapping[str, Vm],
        checklist: Iterable[str],
    ) -> Drill:
        """Start the plan's test failover and record the drill (the operator is the token)."""
        self.items_before = dict(items)
        job = await self.client.operate_plan(plan.id, "test-failover", {})
        spec = flow.new_drill_spec(plan, job, items, vms, checklist)
        self.drill = await self.client.create_drill(spec)
        return self.drill

    def attach(self, drill: Drill, items: Mapping[str, ProtectedItem]) -> None:
        """Take up an unfinished drill (RPO then reads the items as they are now)."""
        self.drill = drill
        self.items_before = dict(items)

    async def follow(self, job_id: str, on_job: JobListener | None = None) -> Job:
        """Poll a job until it ends; a control plane that drops for a while is waited for."""
        while True:
            try:
                job = await self.client.get_job(job_id)
            except ConnectionFailed as exc:
                log.info("drill: following %s: %s; retrying", job_id, exc)
                await asyncio.sleep(self.poll_seconds * 3)
                continue
            if on_job is not None:
                on_job(job)
            if job.state.finished:
                return job
            await asyncio.sleep(self.poll_seconds)

    async def finish_test_failover(self, on_job: JobListener | None = None) -> Drill:
        """Wait for the test failover, then record RTO, points, RPO and each test VM's
        consistency proof."""
        assert self.drill is not None and self.drill.test_failover_job_id
        job = await self.follow(self.drill.test_failover_job_id, on_job)
        await self.update(lambda s: flow.after_test_failover(s, job, self.items_before))
        return await self.check_all()

    async def check_all(self) -> Drill:
        """The estate's consistency checks of every test VM's point, whatever the estate (the
        lab's auditor, a file system check and the guest's own log on real VMs). One that
        cannot be checked stays not-checked (the report says so) rather than stop the drill."""
        proofs = {}
        for vm in self.spec.vms:
            if vm.test_vm_id is None:
                continue
            try:
                proof = await self.client.test_failover_consistency(vm.item_id)
            except StandbyError as exc:
                log.warning("drill: consistency check of %s failed: %s", vm.item_id, exc)
                continue
            proofs[vm.item_id] = proof.checks

        def record(spec: DrillSpec) -> DrillSpec:
            for item_id, checks in proofs.items():
                spec = flow.with_consistency(spec, item_id, checks)
            return spec

        return await self.update(record)

    async def set_checklist(self, done: Iterable[bool]) -> Drill:
        ticks = list(done)
        return await self.update(lambda s: flow.with_checklist(s, ticks))

    async def add_checklist_item(self, text: str) -> Drill:
        def add(spec: DrillSpec) -> DrillSpec:
            checklist = [*spec.checklist, ChecklistItem(text=text)]
            return spec.model_copy(update={"checklist": checklist})

        return await self.update(add)

    async def clean_up(self, notes: str, on_job: JobListener | None = None) -> Drill:
        """Remove the test VMs (the plan's cleanup, with the notes), then close the record."""
        drill = await self.update(
            lambda s: s.model_copy(update={"state": "cleaning-up", "notes": notes})
        )
        try:
            job = await self.client.operate_plan(
                drill.plan_id, "test-failover-cleanup", {"notes": notes}
            )
        except Conflict:
            # Some test VMs never started (the test failover failed part-way): the plan as
            # a whole cannot be cleaned up; each item that has a test VM is.
            return await self._clean_up_items(notes, on_job)
        await self.update(lambda s: s.model_copy(update={"cleanup_job_id": job.id}))
        return await self.finish_cleanup(job.id, notes, on_job)

    async def finish_cleanup(self, job_id: str, notes: str, on_job: JobListener | None) -> Drill:
        """Follow the cleanup job to its end and close the record passed or failed."""
        done = await self.follow(job_id, on_job)
        ok = done.state == JobState.SUCCEEDED
        ended = done.ended or datetime.now(UTC)
        return await self.update(
            lambda s: flow.finished(s, notes, ended, done.id, ok, done.error or "")
        )

    async def _clean_up_items(self, notes: str, on_job: JobListener | None) -> Drill:
        jobs: list[Job] = []
        for vm in self.spec.vms:
            with contextlib.suppress(StandbyError):
                item = await self.client.get_protected_item(vm.item_id)
                if item.test_failover_state == TestFailoverState.CLEANUP_PENDING:
                    body = {"notes": notes}
                    jobs.append(
                        await self.client.operate(vm.item_id, "test-failover-cleanup", body)
                    )
        done = [await self.follow(j.id, on_job) for j in jobs]
        failed = [j for j in done if j.state != JobState.SUCCEEDED]
        ended = max((j.ended for j in done if j.ended), default=datetime.now(UTC))
        error = "; ".join(j.error or j.state.value for j in failed)
        first = done[0].id if done else None
        return await self.update(lambda s: flow.finished(s, notes, ended, first, not failed, error))

    async def resume_job(self, job_id: str) -> Job:
        """A manual action of the plan is done (the job waits for it)."""
        return await self.client.job_action(job_id, "resume")
