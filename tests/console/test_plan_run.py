"""The running-plan view against the lab: a plan job followed live (groups → VMs → steps), the
manual action as a banner whose button resumes the job, and cancel; plus the job-to-plan
reading without Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.console.plans import show_plan_run
from app.console.plans.run_state import plan_run_state
from app.domain.enums import JobState
from app.domain.model import Job, JobStep
from tests.console.helpers import shoot, until

PLAN = {
    "id": "plan-1",
    "name": "ERP estate",
    "groups": [
        {
            "name": "Databases",
            "item_ids": ["pi-1", "pi-2"],
            "pre_actions": [{"kind": "manual", "name": "Check", "instructions": "Call the DBA."}],
        },
        {
            "name": "Web",
            "item_ids": ["pi-3"],
            "post_actions": [{"kind": "script", "name": "Smoke test", "command": "true"}],
        },
    ],
}


def plan_job(states: list[JobState], shutdown: bool, job_state=JobState.IN_PROGRESS) -> Job:
    t = datetime(2026, 1, 1, 3, 0, tzinfo=UTC)
    names = ["Group 1 (Databases): before — Check", "Group 1 (Databases): x of 2 VM(s)"]
    names += ["Group 2 (Web): x of 1 VM(s)", "Group 2 (Web): after — Smoke test"]
    if shutdown:
        names.insert(0, "Shut down the VMs")
    steps = [
        JobStep(
            name=name,
            state=state,
            started=t if state != JobState.NOT_STARTED else None,
            ended=t + timedelta(seconds=5) if state.finished else None,
            output="vm-1: stopped\nvm-1: started the replica" if "2 VM" in name else "",
        )
        for name, state in zip(names, states, strict=True)
    ]
    return Job(
        id="job-1",
        operation="planned-failover@plan",
        object_kind="recovery-plan",
        object_id="plan-1",
        object_name="ERP estate",
        state=job_state,
        started_by="op",
        created=t,
        steps=steps,
        parameters={
            "plan": PLAN,
            "items": {f"pi-{n}": {"vm_id": f"vm-{n}"} for n in (1, 2, 3)},
        },
        result={
            "items": {
                "pi-1": {"outcome": "succeeded"},
                "pi-2": {"outcome": "failed", "error": "no host"},
            }
        },
    )


def test_a_plan_job_reads_as_groups_vms_and_steps():
    s, p, n = JobState.SUCCEEDED, JobState.IN_PROGRESS, JobState.NOT_STARTED
    state = plan_run_state(plan_job([s, p, s, n, n], shutdown=True, job_state=JobState.WAITING))
    assert state.shutdown is not None and state.shutdown.state == s
    first, second = state.groups
    assert (first.name, first.state, second.state) == ("Databases", JobState.IN_PROGRESS, n)
    assert [a.name for a in first.actions_before] == ["Check"]
    assert state.waiting is not None
    assert (state.waiting.group, state.waiting.instructions) == (1, "Call the DBA.")
    vms = {v.vm_id: v for v in first.vms}
    assert vms["vm-1"].state == "succeeded"
    assert vms["vm-1"].lines == ["stopped", "started the replica"]
    assert (vms["vm-2"].state, vms["vm-2"].error) == ("failed", "no host")
    assert second.vms[0].state == "not-started"
    assert second.actions_after[0].detail == "true"
    at = datetime(2026, 1, 1, 3, 1, tzinfo=UTC)
    assert state.shutdown.seconds(at) == 5.0  # ended
    assert first.actions_before[0].step.seconds(at) == 60.0  # still running
    assert second.vms_step.seconds(at) is None  # not started


def test_a_job_whose_steps_do_not_match_is_shown_flat():
    s = JobState.SUCCEEDED
    job = plan_job([s, s, s, s], shutdown=False)
    job.steps.pop()
    state = plan_run_state(job)
    assert state.groups == [] and len(state.other_steps) == 3 and state.waiting is None


# --- against the lab ---------------------------------------------------------------------------


def protect(console, run, vm_ids: list[str]) -> list[str]:
    """Real protection through the API (the lab replicates), each job followed to its end."""
    client = console.session.client
    cache = console.session.cache
    pairings = {p.primary_cloud_id: p.id for p in cache.objects("pairing").values()}
    cloud_of_vm = {v: cache.get("host", cache.get("vm", v).host_id).cloud_id for v in vm_ids}
    jobs = [run(client.enable_protection(v, pairings[cloud_of_vm[v]])) for v in vm_ids]
    run(
        cache.wait_for(
            lambda c: all(c.jobs.get(j.id) and c.jobs[j.id].state.finished for j in jobs), 60
        )
    )
    assert all(cache.jobs[j.id].state == JobState.SUCCEEDED for j in jobs)
    return [cache.jobs[j.id].object_id for j in jobs]


def make_plan(console, run, items: list[str]) -> str:
    plan = run(
        console.session.client.create_recovery_plan(
            {
                "name": "ERP estate",
                "groups": [
                    {
                        "name": "Databases",
                        "item_ids": items[:1],
                        "pre_actions": [
                            {
                                "kind": "script",
                                "name": "Announce",
                                "command": "echo group $STANDBY_GROUP",
                            }
                        ],
                    },
                    {
                        "name": "Application",
                        "item_ids": items[1:],
                        "pre_actions": [
                            {
                                "kind": "manual",
                                "name": "Check the database",
                                "instructions": "Log in to the ERP database and run the order "
                                "query.",
                            }
                        ],
                    },
                ],
            }
        )
    )
    return plan.id


def test_follow_a_plan_job_resume_its_manual_action(console, run, qtbot):
    items = protect(console, run, ["vm-sql-01", "vm-sql-02"])
    plan_id = make_plan(console, run, items)
    job = run(console.session.client.operate_plan(plan_id, "test-failover", {}))
    view = show_plan_run(console, job.id)
    assert show_plan_run(console, job.id) is view  # one view per job
    run(until(lambda: view.banner.isVisible()))
    assert view.job is not None and view.job.state == JobState.WAITING
    assert "Check the database" in view.banner.heading.text()
    assert "run the order query" in view.banner.instructions.text()
    assert view.banner.resume_button.isEnabled()
    tree = view.tree
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first.text(0) == "Group 1 — Databases" and first.text(1) == "Succeeded"
    names = [first.child(i).text(0) for i in range(first.childCount())]
    assert names == ["Before (script): Announce", "VMs in parallel (1)", "sql-01"]
    assert first.child(0).text(4) == "group 1"  # the script's output
    assert first.child(2).text(1) == "Succeeded" and first.child(2).childCount() >= 1
    assert second.child(0).text(1) == "Waiting for you"
    assert second.child(2).text(1) == "Not started"
    shoot(view, "plan-run-waiting", run)

    qtbot.mouseClick(view.banner.resume_button, Qt.MouseButton.LeftButton)
    run(until(lambda: view.job.state.finished))
    assert view.job.state == JobState.SUCCEEDED, view.job.error
    assert not view.banner.isVisible()
    assert second.text(1) == "Succeeded" and second.child(2).text(1) == "Succeeded"
    assert view.title.text().endswith("Succeeded")
    assert not view.cancel_button.isEnabled()
    shoot(view, "plan-run-done", run)
    view.close()


def test_cancel_a_waiting_plan_job_from_the_view(console, run, qtbot):
    items = protect(console, run, ["vm-sql-01", "vm-web-01"])
    plan_id = make_plan(console, run, items)
    job = run(console.session.client.operate_plan(plan_id, "test-failover", {}))
    # From the jobs pane: select the plan job, open its view.
    run(until(lambda: console.jobs.model.row_of(job.id) >= 0))
    console.jobs.select_job(job.id)
    assert console.jobs.plan_button.isEnabled()
    qtbot.mouseClick(console.jobs.plan_button, Qt.MouseButton.LeftButton)
    view = console._plan_run_views[job.id]
    run(until(lambda: view.banner.isVisible() and view.cancel_button.isEnabled()))
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    run(until(lambda: view.job.state.finished))
    assert view.job.state == JobState.CANCELLED
    assert not view.banner.isVisible()
    second = view.tree.topLevelItem(1)
    assert second.child(0).text(1) == "Cancelled"
    assert second.child(2).text(1) == "Not run"
    plan = run(console.session.client.get_recovery_plan(plan_id))
    assert plan.state == "test-failover failed"
    view.close()
