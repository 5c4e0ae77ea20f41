"""Durable jobs: every long operation is a job persisted step by step.

A job is a list of named steps. Before a step runs it is marked in progress, after it the
result is written with its output; all of it travels on the change feed. After a restart —
kill -9 included — every unfinished job resumes at its first step that did not succeed, so
steps are written to be idempotent.

On SQLite the one process owns every job. On PostgreSQL each job is held through a lease
(leases.py): the engine claims a job before running it, renews its leases, claims the jobs
of processes that died, and asks the holder of a job running elsewhere to cancel or resume
it through a `job-signal` event on the change feed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.domain.enums import JobState
from app.domain.model import Job, JobStep, StepDetail
from app.domain.step_text import Text

from . import job_alerts
from .feed import ChangeEvent
from .leases import LeaseBook, LeaseLost
from .store import Store, Transaction, new_id, now

log = logging.getLogger(__name__)

JOB_SIGNAL = "job-signal"
"""A change-feed event asking the process that runs a job to cancel or resume it."""


class _Cancelled(Exception):
    """Raised inside a waiting step when an operator cancels the job."""


class StepFailed(Exception):
    """A step could not do its work; the message is shown to the operator."""


@dataclass
class StepRun:
    """What a running step can see and do."""

    job: Job
    index: int
    engine: JobEngine
    _output: list[str] = field(default_factory=list)
    _details: list[StepDetail] = field(default_factory=list)

    @property
    def parameters(self) -> dict[str, Any]:
        return self.job.parameters

    def log(self, line: str, vm_id: str | None = None) -> None:
        """A line of the step's output, about one VM of several when `vm_id` is given (the
        English line then starts with "<vm id>: "). A catalogue `Text` is recorded with its
        code and parameters too (app/domain/step_text.py), for readers in any language."""
        self._output.append(f"{vm_id}: {line}" if vm_id is not None else line)
        if isinstance(line, Text):
            self._details.append(StepDetail(code=line.code, params=line.params, vm_id=vm_id))

    def record(self) -> None:
        """Put what the step logged so far into its job step (saved with the job)."""
        step = self.job.steps[self.index]
        step.output = "\n".join(self._output)
        step.details = list(self._details)

    async def wait_for_operator(self, instructions: str) -> None:
        """A manual action: the job waits until an operator resumes it (durably: after a
        restart the step runs again and waits again)."""
        self.log(Text("waiting-for-operator", instructions=instructions))
        self.record()
        await self.engine._wait_for_resume(self.job, instructions)
        self.log(Text("resumed-by-operator"))

    async def wait_until(self, moment: datetime) -> None:
        """Wait, without holding anything but the job's lease (renewed as for any running
        job), until `moment` on the control plane's clock; at once when it has passed. An
        operator's cancel ends the wait at once (the job is cancelled). Durable when the step
        takes `moment` from the job's parameters: after a restart it waits for the same
        moment. The clock is read again at least every minute, so a corrected clock counts."""
        wake = self.engine._wakeups.setdefault(self.job.id, asyncio.Event())
        try:
            while (left := (moment - now()).total_seconds()) > 0:
                if self.job.id in self.engine._cancel_requested:
                    raise _Cancelled
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout=min(left, 60.0))
            if self.job.id in self.engine._cancel_requested:
                raise _Cancelled
        finally:
            self.engine._wakeups.pop(self.job.id, None)

    async def progress(self, fraction: float) -> None:
        """Report progress within the step (0–1); persisted and sent on the feed."""
        step = self.job.steps[self.index]
        step.progress = max(0.0, min(1.0, fraction))
        self.record()
        await self.engine.save(self.job)


Step = Callable[[StepRun], Awaitable[None]]


def _job_step(name: str) -> JobStep:
    """A step named by a catalogue `Text` carries its code and parameters too."""
    if isinstance(name, Text):
        return JobStep(name=name, code=name.code, params=name.params)
    return JobStep(name=name)


@dataclass
class Recipe:
    """How one kind of job runs: its steps and what happens to its object at the end."""

    steps: list[tuple[str, Step]]
    on_success: Callable[[Transaction, Job], Awaitable[None]] | None = None
    on_failure: Callable[[Transaction, Job], Awaitable[None]] | None = None
    on_cancel: Callable[[Transaction, Job], Awaitable[None]] | None = None
    on_restart: Callable[[Transaction, Job], Awaitable[None]] | None = None
    cancellable: bool = True  # between steps; a step itself always runs to its end
    # Jobs whose steps depend on what they act on (a recovery plan's groups) build them from
    # the job itself; the job's parameters must hold everything needed, for a restart.
    build: Callable[[Job], list[tuple[str, Step]]] | None = None

    def steps_of(self, job: Job) -> list[tuple[str, Step]]:
        return self.build(job) if self.build is not None else self.steps


class JobActionRefused(Exception):
    """An action the job's state does not allow; the message says why."""


class JobEngine:
    def __init__(self, store: Store, leases: LeaseBook | None = None):
        self.store = store
        self.leases = leases  # None: this process owns every job (SQLite)
        self.recipes: dict[str, Recipe] = {}
        self._tasks: dict[str, asyncio.Task] = {}
        self._cancel_requested: set[str] = set()
        self._resumed: dict[str, asyncio.Event] = {}
        self._wakeups: dict[str, asyncio.Event] = {}  # steps waiting for a moment
        # Whether this process can run jobs now (their steps need a fabric): until it can,
        # it claims no orphaned job and leaves them to the processes that can.
        self.can_run: Callable[[], bool] = lambda: True
        self.taken_over = 0  # jobs claimed from another process's expired lease
        self._signal_tasks: set[asyncio.Task] = set()
        # The last lease renewal (the event loop's clock); set when lease keeping starts.
        self.renewed_at: float | None = None
        # How long a job may wait for a manual action before it raises an alert
        # (Settings.manual_action_alert_seconds, set by the server's context).
        self.manual_action_alert_seconds: Callable[[], float] = lambda: 600.0

    def register(self, operation: str, recipe: Recipe) -> None:
        self.recipes[operation] = recipe

    def new_job(
        self,
        operation: str,
        object_kind: str,
        object_id: str,
        object_name: str,
        started_by: str,
        parameters: dict[str, Any] | None = None,
    ) -> Job:
        recipe = self.recipes[operation]
        job = Job(
            id=new_id("job"),
            operation=operation,
            object_kind=object_kind,
            object_id=object_id,
            object_name=object_name,
            started_by=started_by,
            created=now(),
            parameters=parameters or {},
            allowed_actions=[],
        )
        job.steps = [_job_step(name) for name, _ in recipe.steps_of(job)]
        return job

    async def save(self, job: Job, tx: Transaction | None = None) -> None:
        done = sum(1 for s in job.steps if s.state == JobState.SUCCEEDED)
        running = sum(s.progress for s in job.steps if s.state == JobState.IN_PROGRESS)
        job.progress = (done + running) / len(job.steps) if job.steps else 1.0
        job.allowed_actions = self._allowed_actions(job)
        body = job.model_dump(mode="json")
        if tx is not None:
            await self._put(tx, job, body)
            return
        async with self.store.transaction() as own:
            await self._put(own, job, body)

    async def _put(self, tx: Transaction, job: Job, body: dict) -> None:
        await self._fence(tx, job)
        await tx.put("job", job.id, body)
        if (
            self.leases is not None
            and job.id not in self._tasks
            and job.state == JobState.NOT_STARTED
            and self.can_run()
        ):
            # A job saved to be started here is this process's from its first commit: with
            # no owner until its task claimed it, another process's sweep could take it in
            # between (and the process that asked for it would not run it).
            await self.leases.claim(job.id, tx.conn)

    async def _fence(self, tx: Transaction, job: Job) -> None:
        # A job running here writes only while this process holds its lease.
        if self.leases is not None and job.id in self._tasks:
            await self.leases.check(tx.conn, job.id)

    def start(self, job: Job) -> None:
        """Run a job already saved (in the same transaction as the change that asked for it)."""
        if job.id not in self._tasks:
            self._tasks[job.id] = asyncio.create_task(self._run(job), name=f"job-{job.id}")
            job_id = job.id
            self._tasks[job_id].add_done_callback(lambda _t: self._tasks.pop(job_id))

    async def resume_unfinished(self) -> int:
        """After a restart: pick up every job that had not finished (on PostgreSQL: every one
        that no live process holds)."""
        if self.leases is not None:
            return await self.sweep()
        count = 0
        for state in (JobState.IN_PROGRESS, JobState.WAITING, JobState.NOT_STARTED):
            for body in await self.store.jobs(state=state.value, limit=10_000):
                job = Job.model_validate(body)
                if job.operation in self.recipes:
                    self.start(job)
                    count += 1
        return count

    @property
    def running(self) -> int:
        """How many jobs run in this process now."""
        return len(self._tasks)

    async def sweep(self) -> int:
        """Claim and run the unfinished jobs nobody holds (their process died)."""
        if self.leases is None or not self.can_run():
            return 0
        count = 0
        for body in await self.leases.sweep():
            job = Job.model_validate_json(body)
            if job.id not in self._tasks and job.operation in self.recipes:
                log.info("job %s: claimed by %s", job.id, self.leases.owner)
                self.taken_over += 1
                self.start(job)
                count += 1
        return count

    async def renew_leases(self) -> None:
        """One round of lease keeping (supervised every third of a lease, scaleout.py): renew
        this process's leases and claim orphaned jobs. A job whose lease another process
        holds now stops here; when renewing has failed for a whole lease, every job stops
        here (another process will have taken them). A failure is raised to the supervisor,
        which retries well within the lease."""
        assert self.leases is not None
        clock = asyncio.get_running_loop().time
        if self.renewed_at is None:
            self.renewed_at = clock()
        running = list(self._tasks)
        try:
            held = await self.leases.renew(running)
        except Exception:  # the database is away: keep trying, within the lease
            if clock() - self.renewed_at > self.leases.ttl:
                self._lease_lost(running, set())
            raise
        self.renewed_at = clock()
        self._lease_lost(running, held)
        await self.sweep()

    def _lease_lost(self, running: list[str], held: set[str]) -> None:
        for job_id in set(running) - held:
            task = self._tasks.get(job_id)
            if task is not None:
                log.warning("job %s: lease lost; it stops in this process", job_id)
                task.cancel()

    def on_events(self, events: list[ChangeEvent]) -> None:
        """Feed listener: carry out the signals for jobs that run in this process."""
        for event in events:
            if event.type == JOB_SIGNAL and event.object_id in self._tasks:
                act = self.cancel if event.action == "cancel" else self.resume
                task = asyncio.create_task(self._signalled(act, event.object_id))
                self._signal_tasks.add(task)  # referenced until done
                task.add_done_callback(self._signal_tasks.discard)

    async def _signalled(self, act: Callable[[str], Awaitable[Job]], job_id: str) -> None:
        try:
            await act(job_id)
        except (JobActionRefused, KeyError) as exc:
            log.info("job %s: signal not applied: %s", job_id, exc)

    async def _signal(self, job_id: str, action: str) -> None:
        async with self.store.transaction() as tx:
            tx.emit(JOB_SIGNAL, job_id, {"action": action}, action=action)

    async def wait(self, job_id: str) -> None:
        task = self._tasks.get(job_id)
        if task is not None:
            await asyncio.shield(task)

    async def shutdown(self, let_go: bool = True) -> None:
        """Stop running jobs (they resume at their step later); on PostgreSQL let go of their
        leases unless told not to (a test's stand-in for kill -9)."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if self.leases is not None and tasks and let_go:
            try:  # another process may take them over now rather than at lease expiry
                await self.leases.let_go()
            except Exception as exc:
                log.warning("job leases: not let go: %s", exc)

    # --- operator actions -------------------------------------------------------------------

    def _allowed_actions(self, job: Job) -> list[str]:
        recipe = self.recipes.get(job.operation)
        if job.state == JobState.FAILED:
            return ["restart"]
        if job.state.finished or recipe is None:
            return []
        actions = ["resume"] if job.state == JobState.WAITING else []
        if recipe.cancellable and job.id not in self._cancel_requested:
            actions.append("cancel")
        return actions

    async def _load(self, job_id: str) -> Job:
        body = await self.store.get("job", job_id)
        if body is None:
            raise KeyError(job_id)
        return Job.model_validate(body)

    async def cancel(self, job_id: str) -> Job:
        """Stop the job at its next step boundary (at once when it waits for an operator or
        for a moment, `StepRun.wait_until`)."""
        job = await self._load(job_id)
        if "cancel" not in self._allowed_actions(job):
            raise JobActionRefused(f"The job is {job.state.value}; it cannot be cancelled now.")
        if self.leases is not None and job_id not in self._tasks:
            await self._signal(job_id, "cancel")  # it runs in another process
            return job
        self._cancel_requested.add(job_id)
        for waiting in (self._resumed, self._wakeups):
            if job_id in waiting:
                waiting[job_id].set()
        await self.save(job)
        return job

    async def resume(self, job_id: str) -> Job:
        """An operator has done the manual action the job waits for."""
        job = await self._load(job_id)
        if job.state != JobState.WAITING:
            raise JobActionRefused(
                f"The job is {job.state.value}; only a job waiting for a manual action resumes."
            )
        event = self._resumed.get(job_id)
        if event is None and self.leases is not None and job_id not in self._tasks:
            await self._signal(job_id, "resume")  # it waits in another process
            return job
        if event is None:
            raise JobActionRefused("The job is not waiting in this process; try again shortly.")
        event.set()
        return job

    async def restart(self, job_id: str) -> Job:
        """Run a failed job again from the step that failed (steps are idempotent)."""
        job = await self._load(job_id)
        if job.state != JobState.FAILED:
            raise JobActionRefused(f"The job is {job.state.value}; only a failed job restarts.")
        recipe = self.recipes[job.operation]
        for step in job.steps:
            if step.state == JobState.FAILED:
                step.state, step.error, step.progress = JobState.NOT_STARTED, None, 0.0
        job.state, job.error, job.ended = JobState.NOT_STARTED, None, None
        async with self.store.transaction() as tx:
            if recipe.on_restart is not None:
                await recipe.on_restart(tx, job)
            await self.save(job, tx)
            await job_alerts.job_restarted(tx, job)
        if self.leases is None or self.can_run():
            self.start(job)  # else a process that can run it claims it
        return job

    async def _wait_for_resume(self, job: Job, instructions: str = "") -> None:
        event = self._resumed.setdefault(job.id, asyncio.Event())
        job.state = JobState.WAITING
        await self.save(job)
        # Waiting since the step began (a restarted process waits for the same action).
        step = next((s for s in job.steps if s.state == JobState.IN_PROGRESS), None)
        since = step.started if step is not None and step.started else now()
        alerted = False
        # The event stays registered until the job is saved as going on: a second resume
        # meanwhile (it still reads as waiting) finds it and is harmless.
        try:
            while not event.is_set():
                waited = (now() - since).total_seconds()
                limit = self.manual_action_alert_seconds()
                if alerted or waited >= limit:
                    if not alerted:
                        async with self.store.transaction() as tx:
                            await self._fence(tx, job)
                            await job_alerts.job_waiting(tx, job, instructions, waited)
                        alerted = True
                    await event.wait()
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(event.wait(), timeout=min(limit - waited, 60.0))
            cancelled = job.id in self._cancel_requested
            if alerted:
                async with self.store.transaction() as tx:
                    await job_alerts.job_went_on(
                        tx, job, "It was cancelled." if cancelled else "The job was resumed."
                    )
            if cancelled:
                raise _Cancelled
            job.state = JobState.IN_PROGRESS
            await self.save(job)
        finally:
            self._resumed.pop(job.id, None)

    async def _run(self, job: Job) -> None:
        if self.leases is not None and not await self.leases.claim(job.id):
            return  # another process runs it
        try:
            await self._run_steps(job)
        except LeaseLost:
            log.warning("job %s: another process holds it now; it stops here", job.id)

    async def _run_steps(self, job: Job) -> None:
        recipe = self.recipes[job.operation]
        if job.started is None:
            job.started = now()
        job.state = JobState.IN_PROGRESS
        await self.save(job)
        for index, (name, step) in enumerate(recipe.steps_of(job)):
            record = job.steps[index]
            if record.state == JobState.SUCCEEDED:
                continue  # done before a restart
            if job.id in self._cancel_requested:
                await self._finish(job, recipe, JobState.CANCELLED, "Cancelled by an operator.")
                return
            record.state, record.started, record.error = JobState.IN_PROGRESS, now(), None
            await self.save(job)
            run = StepRun(job, index, self)
            try:
                await step(run)
            except _Cancelled:
                record.state, record.ended = JobState.CANCELLED, now()
                await self._finish(job, recipe, JobState.CANCELLED, "Cancelled by an operator.")
                return
            except (asyncio.CancelledError, LeaseLost):
                raise  # the process is stopping: the job resumes at this step next time
            except Exception as exc:
                reason = str(exc) if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {exc}"
                if not isinstance(exc, StepFailed):
                    log.error("job %s step %r failed:\n%s", job.id, name, traceback.format_exc())
                record.state, record.ended, record.error = JobState.FAILED, now(), reason
                run.record()
                await self._finish(job, recipe, JobState.FAILED, f"{name}: {reason}")
                return
            record.state, record.ended, record.progress = JobState.SUCCEEDED, now(), 1.0
            run.record()
            await self.save(job)
        await self._finish(job, recipe, JobState.SUCCEEDED, None)

    async def _finish(self, job: Job, recipe: Recipe, state: JobState, error: str | None) -> None:
        job.state, job.ended, job.error = state, now(), error
        self._cancel_requested.discard(job.id)
        hooks = {
            JobState.SUCCEEDED: recipe.on_success,
            JobState.FAILED: recipe.on_failure,
            JobState.CANCELLED: recipe.on_cancel,
        }
        async with self.store.transaction() as tx:
            hook = hooks[state]
            await self._fence(tx, job)  # before the hook: its writes need the lease too
            if hook is not None:
                await hook(tx, job)
            await self.save(job, tx)
            if state == JobState.FAILED:
                await job_alerts.job_failed(tx, job)
            elif state == JobState.SUCCEEDED:
                await job_alerts.job_succeeded(tx, job)
            if self.leases is not None:
                await self.leases.release(tx.conn, job.id)
