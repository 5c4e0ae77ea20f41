"""Scale-out on one PostgreSQL vault: the change feed reaches every process's followers in
revision order (a lost notification included), and jobs are held through leases — none runs
in two processes at once, and a dead process's job is finished by another from its last
completed step."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import insert, select, update

from app.domain.enums import JobState
from app.domain.model import Job
from app.server import scaleout, schema
from app.server.context import ServerContext, Settings, open_context
from app.server.feed import ChangeEvent, ChangeFeed
from app.server.jobs import Recipe, StepRun
from app.server.leases import process_identity
from app.server.metrics import render_metrics
from tests.server.test_api_feed import Follower
from tests.support.postgres import PostgresCluster
from tests.support.server import RunningServer

WAIT = 60.0  # bounds a hung test; no timing is asserted


@pytest.fixture
def pg_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    url = postgres_cluster.create_database()
    yield url
    postgres_cluster.drop_database(url)


@pytest.fixture
def two_servers(pg_url: str) -> Iterator[tuple[RunningServer, RunningServer]]:
    settings = Settings(heartbeat_seconds=1.0, feed_poll_seconds=0.5)
    a = RunningServer(pg_url, settings=settings).start()
    b = RunningServer(pg_url, settings=settings).start()
    for server, name in ((a, "a"), (b, "b")):
        # Both run in this test's process (one pid): name them as `--name` would.
        assert server.ctx is not None and server.ctx.leases is not None
        server.ctx.process = server.ctx.leases.owner = process_identity(name)
    yield a, b
    b.stop()
    a.stop()


def policy(name: str) -> dict:
    return {
        "name": name,
        "copy_frequency_seconds": 300,
        "recovery_point_retention_hours": 24,
        "app_consistent_frequency_hours": 4,
    }


def settled(server: RunningServer) -> None:
    """Wait until the server's feed listens and has read the events table once: from then on
    it reads again only on a notification or its poll."""
    assert server.ctx is not None
    listener = server.ctx.listener
    deadline = time.monotonic() + WAIT
    while not (listener.listening and listener.reads) and time.monotonic() < deadline:
        time.sleep(0.02)


async def commit_without_notify(server: RunningServer) -> int:
    """A commit as the store makes it, without its NOTIFY (as if the notification was lost)."""
    assert server.ctx is not None
    async with server.ctx.store.engine.begin() as conn:
        await conn.execute(select(schema.vault.c.revision).with_for_update())
        new = (
            await conn.execute(
                update(schema.vault)
                .values(revision=schema.vault.c.revision + 1)
                .returning(schema.vault.c.revision)
            )
        ).scalar_one()
        await conn.execute(
            insert(schema.events).values(
                revision=new,
                time=datetime.now(UTC),
                type="policy",
                action="upsert",
                object_id="pol-silent",
                data='{"id":"pol-silent"}',
            )
        )
    return new


def test_followers_of_each_process_see_every_change_in_revision_order(
    two_servers: tuple[RunningServer, RunningServer],
) -> None:
    a, b = two_servers
    start = httpx.get(f"{a.url}/healthz").json()["revision"]
    on_b = Follower(b, params={"after": start}).begin()
    on_a = Follower(a, params={"after": start}).begin()
    made: dict[str, str] = {}  # policy id → process it was created through
    with (
        httpx.Client(base_url=a.url, headers=a.headers(), timeout=30) as via_a,
        httpx.Client(base_url=b.url, headers=b.headers(), timeout=30) as via_b,
    ):
        for n in range(30):
            client, name = (via_a, "a") if n % 2 == 0 else (via_b, "b")
            answer = client.post("/api/v1/policies", json=policy(f"Policy {n}"))
            assert answer.status_code == 201, answer.text
            made[answer.json()["id"]] = name
        head = via_a.get("/api/v1/vault").json()["revision"]
    for follower in (on_a.finish(until=head), on_b.finish(until=head)):
        revisions = [c.revision for c in follower.changes]
        assert revisions == list(range(start + 1, head + 1))  # every one, in order
        seen = {c.data["id"] for c in follower.changes if c.data["type"] == "policy"}
        assert seen == set(made)
    assert {made[c.data["id"]] for c in on_b.changes if c.data["type"] == "policy"} == {"a", "b"}


def test_a_change_whose_notification_was_lost_still_reaches_the_followers(
    two_servers: tuple[RunningServer, RunningServer],
) -> None:
    """A commit that NOTIFYs nobody (as when the listening connection was down) is found by
    the poll that reads the events table."""
    a, b = two_servers
    head = httpx.get(f"{a.url}/healthz").json()["revision"]
    settled(b)
    on_b = Follower(b, params={"after": head}).begin()

    silent = a.call(lambda: commit_without_notify(a))
    on_b.finish(until=silent)
    assert [(c.revision, c.data["id"]) for c in on_b.changes] == [(silent, "pol-silent")]


def test_resuming_on_a_process_whose_feed_lags_catches_up_instead_of_relisting(
    pg_url: str,
) -> None:
    """A follower of A moves to B with the Last-Event-ID it has; B's feed has not read that
    revision yet (no notification came, and B polls rarely): B catches up, no relist."""
    a = RunningServer(pg_url, settings=Settings(heartbeat_seconds=1.0)).start()
    b = RunningServer(pg_url, settings=Settings(heartbeat_seconds=1.0, feed_poll_seconds=600))
    b.start()
    try:
        settled(b)
        silent = a.call(lambda: commit_without_notify(a))
        assert b.ctx is not None and b.ctx.feed.head < silent  # B has not read it
        on_b = Follower(b, headers={"Last-Event-ID": str(silent)}, max_changes=1).begin()
        with httpx.Client(base_url=a.url, headers=a.headers(), timeout=30) as via_a:
            answer = via_a.post("/api/v1/policies", json=policy("After the move"))
            assert answer.status_code == 201
        on_b.finish()
        assert [f.event for f in on_b.frames if f.event != "heartbeat"] == ["change"]
        assert on_b.changes[0].revision == silent + 1
    finally:
        b.stop()
        a.stop()


def test_the_ring_stays_gapless_when_a_process_missed_pruned_revisions() -> None:
    feed = ChangeFeed()
    feed.publish([ChangeEvent(r, "policy", "upsert", "p", "{}") for r in (1, 2, 3)])
    feed.publish([ChangeEvent(r, "policy", "upsert", "p", "{}") for r in (7, 8)])
    assert feed.head == 8
    assert feed._from_ring(1) is None  # before the gap: read the table (and re-list)
    assert [e.revision for e in feed._from_ring(7) or []] == [8]


# --- job leases -------------------------------------------------------------------------------


class Ledger:
    """What the test recipe's steps did, across every process: runs per step, and how many
    copies of each job were running at any moment."""

    def __init__(self) -> None:
        self.runs: Counter[tuple[str, int]] = Counter()
        self.running: Counter[str] = Counter()
        self.overlaps: list[str] = []

    def recipe(self, step_seconds: float) -> Recipe:
        def step(index: int):
            async def run(run: StepRun) -> None:
                job_id = run.job.id
                self.runs[job_id, index] += 1
                self.running[job_id] += 1
                if self.running[job_id] > 1:
                    self.overlaps.append(f"{job_id} step {index}")
                try:
                    for part in range(4):
                        await asyncio.sleep(step_seconds / 4)
                        await run.progress((part + 1) / 4)
                finally:
                    self.running[job_id] -= 1

            return run

        return Recipe(steps=[(f"Step {i}", step(i)) for i in range(4)])


class Process:
    """A control-plane process's job side on the shared vault (its own pool, feed, listener
    and leases); `kill` drops it without a word to the database, as kill -9 does."""

    def __init__(self, ctx: ServerContext, tasks: list[asyncio.Task]):
        self.ctx, self.tasks = ctx, tasks

    @classmethod
    async def start(cls, url: str, name: str, ledger: Ledger, lease: float) -> Process:
        settings = Settings(lease_seconds=lease, feed_poll_seconds=0.2)
        ctx = await open_context(url, settings=settings, process_name=name)
        ctx.jobs.register("drill", ledger.recipe(step_seconds=lease * 0.8))
        ctx.jobs.can_run = lambda: True  # the test recipe needs no fabric
        await ctx.jobs.resume_unfinished()
        return cls(ctx, scaleout.background(ctx))

    async def kill(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.ctx.jobs.shutdown(let_go=False)  # the tasks end; nothing is written
        await self.ctx.store.close()


async def new_job(process: Process) -> Job:
    engine = process.ctx.jobs
    job = engine.new_job("drill", "protected-item", "pi-x", "x", "test")
    await engine.save(job)
    engine.start(job)
    return job


async def job_of(process: Process, job_id: str) -> Job:
    return Job.model_validate(await process.ctx.store.get("job", job_id))


async def owner_of(process: Process, job_id: str) -> str | None:
    async with process.ctx.store.engine.connect() as conn:
        query = select(schema.jobs.c.owner).where(schema.jobs.c.id == job_id)
        return (await conn.execute(query)).scalar_one()


async def until(predicate, timeout: float = WAIT) -> None:
    async with asyncio.timeout(timeout):
        while not await predicate():
            await asyncio.sleep(0.05)


def test_no_job_runs_twice_and_a_dead_processes_job_is_finished_by_another(
    pg_url: str,
) -> None:
    """Bounded loop: three processes; each round starts a job, kills its process in the
    middle, starts a replacement; another process finishes the job. Steps outlast the lease,
    so only renewal keeps the others off a live process's job."""
    ledger = Ledger()
    # Short enough for a quick test, long enough that a live process renews in time on a
    # loaded machine (renewal runs every third of the lease, the three processes share this
    # test's one event loop); 0.6 s and then 1.5 s lost a lease under CI load.
    lease = 2.5
    rounds = 4
    rng = random.Random(7)

    async def scenario() -> None:
        processes = [await Process.start(pg_url, f"p{i}", ledger, lease) for i in range(3)]
        started = len(processes)
        try:
            for _ in range(rounds):
                victim = rng.choice(processes)
                job = await new_job(victim)
                kill_at = rng.randint(1, 2)

                async def reached(job_id: str = job.id, step: int = kill_at) -> bool:
                    return ledger.runs[job_id, step] > 0

                await until(reached)
                assert await owner_of(victim, job.id) == victim.ctx.process
                await victim.kill()
                processes.remove(victim)
                # A replacement starts while the job is orphaned: it or a survivor takes it.
                processes.append(await Process.start(pg_url, f"p{started}", ledger, lease))
                started += 1
                survivor = processes[0]

                async def finished(job_id: str = job.id, survivor: Process = survivor) -> bool:
                    return (await job_of(survivor, job_id)).state.finished

                await until(finished)
                done = await job_of(survivor, job.id)
                assert done.state == JobState.SUCCEEDED, done.error
                # Resumed from its last completed step: the steps done before the kill ran
                # once, the step that was cut short ran again, the rest once.
                runs = [ledger.runs[job.id, i] for i in range(4)]
                assert runs[:kill_at] == [1] * kill_at, runs
                assert runs[kill_at] in (1, 2) and runs[kill_at + 1 :] == [1] * (3 - kill_at)
            assert ledger.overlaps == []
            taken = sum(p.ctx.jobs.taken_over for p in processes)
            assert taken >= 1  # survivors that lived through a round took jobs over
            body, _ = await render_metrics(processes[0].ctx)
            assert b"standby_process_jobs_taken_over" in body
        finally:
            for process in processes:
                await process.kill()

    asyncio.run(scenario())


def test_a_new_job_is_held_by_the_process_that_saved_it_from_its_first_commit(
    pg_url: str,
) -> None:
    """Between a new job's commit and its task's first claim, another process's sweep must not
    find it unowned (it once did: the process that asked for the job then did not run it)."""
    ledger = Ledger()

    async def scenario() -> None:
        asking, other = [await Process.start(pg_url, n, ledger, 2.0) for n in ("asking", "other")]
        try:
            engine = asking.ctx.jobs
            job = engine.new_job("drill", "protected-item", "pi-x", "x", "test")
            await engine.save(job)
            assert await owner_of(asking, job.id) == asking.ctx.process
            assert await other.ctx.jobs.sweep() == 0  # the window, as wide as it gets
            engine.start(job)
            await until(lambda: _finished(asking, job.id))
            assert other.ctx.jobs.taken_over == 0
            assert [ledger.runs[job.id, i] for i in range(4)] == [1, 1, 1, 1]
            assert (await job_of(asking, job.id)).state == JobState.SUCCEEDED
        finally:
            for process in (asking, other):
                await process.kill()

    asyncio.run(scenario())


async def _finished(process: Process, job_id: str) -> bool:
    return (await job_of(process, job_id)).state.finished


def test_cancel_and_resume_reach_the_process_that_runs_the_job(pg_url: str) -> None:
    """Asked of a process that does not run the job, both travel as a signal on the feed."""
    ledger = Ledger()

    def waits(index: int):
        async def run(run: StepRun) -> None:
            ledger.runs[run.job.id, index] += 1
            await run.wait_for_operator("Check the application, then resume.")

        return run

    async def scenario() -> None:
        a = await Process.start(pg_url, "a", ledger, 5.0)
        b = await Process.start(pg_url, "b", ledger, 5.0)
        recipe = Recipe(steps=[("Confirm", waits(0)), ("Confirm again", waits(1))])
        for p in (a, b):
            p.ctx.jobs.register("drill", recipe)
        try:
            job = await new_job(a)

            async def waiting_at(step: int) -> bool:
                current = await job_of(b, job.id)
                return current.state == JobState.WAITING and ledger.runs[job.id, step] == 1

            await until(lambda: waiting_at(0))
            await b.ctx.jobs.resume(job.id)  # through the other process
            await until(lambda: waiting_at(1))
            await b.ctx.jobs.cancel(job.id)

            async def cancelled() -> bool:
                return (await job_of(b, job.id)).state == JobState.CANCELLED

            await until(cancelled)
            assert dict(ledger.runs) == {(job.id, 0): 1, (job.id, 1): 1}
            assert await owner_of(a, job.id) is None  # a finished job holds no lease
        finally:
            await b.kill()
            await a.kill()

    asyncio.run(scenario())


def test_metrics_give_vault_wide_and_per_process_figures(
    two_servers: tuple[RunningServer, RunningServer],
) -> None:
    from prometheus_client.parser import text_string_to_metric_families

    a, b = two_servers
    with httpx.Client(base_url=a.url, headers=a.headers(), timeout=30) as via_a:
        assert via_a.post("/api/v1/policies", json=policy("Scraped")).status_code == 201
        head = via_a.get("/api/v1/vault").json()["revision"]
    Follower(b, params={"after": head - 1}).begin().finish(until=head)  # B's feed has it

    def scrape(server: RunningServer) -> dict[tuple[str, tuple], float]:
        text = httpx.get(f"{server.url}/metrics").text
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text)
            for s in family.samples
        }

    for server, other in ((a, b), (b, a)):
        assert server.ctx is not None and other.ctx is not None
        name, other_name = server.ctx.process_name, other.ctx.process_name
        figures = scrape(server)
        process = (("process", name),)
        assert figures["standby_vault_revision", ()] >= head
        info = ("standby_process_info", (("backend", "postgresql"), ("process", name)))
        assert figures[info] == 1
        assert figures["standby_feed_head_revision", process] >= head
        assert figures["standby_process_jobs_running", process] == 0
        assert figures["standby_jobs", (("state", "in-progress"),)] == 0
        assert figures["standby_protected_items", (("health", "critical"),)] == 0
        assert name != other_name
        assert not any(labels == (("process", other_name),) for _, labels in figures)


def test_a_process_stopping_cleanly_lets_another_take_its_job_at_once(pg_url: str) -> None:
    ledger = Ledger()

    async def scenario() -> None:
        a = await Process.start(pg_url, "a", ledger, 600.0)  # a lease nobody waits out
        b = await Process.start(pg_url, "b", ledger, 600.0)
        try:
            job = await new_job(a)
            await until(lambda: asyncio.sleep(0, ledger.runs[job.id, 0] > 0))
            assert await b.ctx.jobs.sweep() == 0  # A holds it
            await a.ctx.jobs.shutdown()  # as when A is stopped with Ctrl+C
            assert await b.ctx.jobs.sweep() == 1
            assert await owner_of(b, job.id) == b.ctx.process
        finally:
            await b.kill()
            await a.kill()

    asyncio.run(scenario())
