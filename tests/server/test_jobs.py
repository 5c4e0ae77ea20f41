"""Durable jobs on a real store: steps persisted, manual actions, cancel, restart, and resume
after the process that ran them went away."""

from __future__ import annotations

import asyncio
from collections import Counter

from app.domain.enums import JobState
from app.domain.model import Job
from app.server.feed import ChangeFeed
from app.server.jobs import JobActionRefused, JobEngine, Recipe, StepFailed, StepRun
from app.server.store import Store


class Lab:
    """A recipe whose steps count their runs and can be told to fail or block."""

    def __init__(self) -> None:
        self.runs: Counter[str] = Counter()
        self.fail_once: set[str] = set()
        self.block = asyncio.Event()

    def recipe(self) -> Recipe:
        async def prepare(run: StepRun) -> None:
            self.runs["prepare"] += 1
            await run.progress(0.5)
            run.log("prepared")

        async def copy(run: StepRun) -> None:
            self.runs["copy"] += 1
            if "copy" in self.fail_once:
                self.fail_once.discard("copy")
                raise StepFailed("the recovery host did not answer")
            await self.block.wait()

        async def confirm(run: StepRun) -> None:
            self.runs["confirm"] += 1
            await run.wait_for_operator("Check the application answers, then resume.")

        return Recipe(steps=[("Prepare", prepare), ("Copy", copy), ("Confirm", confirm)])


async def open_engine(db_url: str, lab: Lab) -> tuple[Store, JobEngine]:
    store = await Store.open(db_url, ChangeFeed().publish)
    engine = JobEngine(store)
    engine.register("drill", lab.recipe())
    return store, engine


async def job_state(store: Store, job_id: str) -> Job:
    return Job.model_validate(await store.get("job", job_id))


async def until(predicate, timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not await predicate():
            await asyncio.sleep(0.02)


def test_a_job_resumes_after_its_process_went_away_and_waits_for_the_operator(db_url):
    async def scenario() -> None:
        lab = Lab()
        store, engine = await open_engine(db_url, lab)
        job = engine.new_job("drill", "protected-item", "pi-1", "sql-01", "alice")
        await engine.save(job)
        engine.start(job)
        await until(lambda: _step_is(store, job.id, 1, JobState.IN_PROGRESS))
        # The process goes away mid-step (its tasks are cancelled, nothing more is written).
        await engine.shutdown()
        await store.close()

        store, engine = await open_engine(db_url, lab)
        lab.block.set()
        assert await engine.resume_unfinished() == 1
        await until(lambda: _state_is(store, job.id, JobState.WAITING))
        waiting = await job_state(store, job.id)
        assert waiting.allowed_actions == ["resume", "cancel"]
        assert "Waiting for an operator" in waiting.steps[2].output
        assert lab.runs == {"prepare": 1, "copy": 2, "confirm": 1}  # prepare not run twice

        await engine.resume(job.id)
        await until(lambda: _state_is(store, job.id, JobState.SUCCEEDED))
        done = await job_state(store, job.id)
        assert [s.state for s in done.steps] == [JobState.SUCCEEDED] * 3
        assert done.progress == 1.0 and done.allowed_actions == []
        assert done.steps[0].output == "prepared"
        await store.close()

    asyncio.run(scenario())


def test_a_failed_job_restarts_from_its_failed_step(db_url):
    async def scenario() -> None:
        lab = Lab()
        lab.fail_once.add("copy")
        lab.block.set()
        store, engine = await open_engine(db_url, lab)
        job = engine.new_job("drill", "protected-item", "pi-1", "sql-01", "alice")
        await engine.save(job)
        engine.start(job)
        await until(lambda: _state_is(store, job.id, JobState.FAILED))
        failed = await job_state(store, job.id)
        assert failed.error == "Copy: the recovery host did not answer"
        assert failed.steps[1].error == "the recovery host did not answer"
        assert failed.allowed_actions == ["restart"]
        try:
            await engine.resume(job.id)
            raise AssertionError("a failed job must not resume")
        except JobActionRefused as exc:
            assert "only a job waiting" in str(exc)

        await engine.restart(job.id)
        await until(lambda: _state_is(store, job.id, JobState.WAITING))
        await engine.cancel(job.id)
        await until(lambda: _state_is(store, job.id, JobState.CANCELLED))
        assert lab.runs == {"prepare": 1, "copy": 2, "confirm": 1}
        await store.close()

    asyncio.run(scenario())


async def _state_is(store: Store, job_id: str, state: JobState) -> bool:
    return (await job_state(store, job_id)).state == state


async def _step_is(store: Store, job_id: str, index: int, state: JobState) -> bool:
    return (await job_state(store, job_id)).steps[index].state == state
