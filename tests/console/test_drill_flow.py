"""The drill's decisions without Qt: pre-checks, RTO from job step timings, RPO on the
fabric's clock, the outcome and the report's content."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from app.console.drill import flow
from app.console.drill.content import report_content
from app.domain.enums import Health, JobState, ReplicationState, TestFailoverState
from app.domain.model import (
    ConsistencyCheck,
    Drill,
    DrillAudit,
    HealthReason,
    Job,
    JobStep,
    ManualAction,
    PlanGroup,
    ProtectedItem,
    RecoveryPlan,
    ScriptAction,
    Vm,
)

T0 = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)


def item(n: int, **changes) -> ProtectedItem:
    values = dict(
        id=f"pi-{n}",
        vm_id=f"vm-{n}",
        pairing_id="pair",
        policy_id="pol",
        source_host_id="host-a",
        target_host_id="host-b",
        replication_state=ReplicationState.PROTECTED,
        last_replication=T0 - timedelta(seconds=100),
        rpo_seconds=100.0,
    )
    values.update(changes)
    return ProtectedItem(**values)


def plan(**changes) -> RecoveryPlan:
    values = dict(
        id="plan-1",
        name="ERP estate",
        groups=[
            PlanGroup(
                name="Databases",
                item_ids=["pi-1", "pi-2"],
                pre_actions=[ScriptAction(name="Announce", command="true")],
            ),
            PlanGroup(
                name="Web",
                item_ids=["pi-3"],
                post_actions=[ManualAction(name="Check", instructions="Open the shop")],
            ),
        ],
    )
    values.update(changes)
    return RecoveryPlan(**values)


VMS = {f"vm-{n}": Vm(id=f"vm-{n}", host_id="host-a", name=f"server-{n}") for n in (1, 2, 3)}


def step(name: str, ended_after: float | None, state=JobState.SUCCEEDED) -> JobStep:
    ended = T0 + timedelta(seconds=ended_after) if ended_after is not None else None
    return JobStep(name=name, state=state, started=T0, ended=ended)


def tf_job(steps: list[JobStep], state=JobState.SUCCEEDED, results=None) -> Job:
    return Job(
        id="job-tf",
        operation="test-failover@plan",
        object_kind="recovery-plan",
        object_id="plan-1",
        state=state,
        started_by="op",
        created=T0,
        started=T0 + timedelta(seconds=1),
        steps=steps,
        parameters={"plan": plan().model_dump(mode="json")},
        result={"items": results or {}},
    )


def test_the_flow_module_needs_no_qt() -> None:
    code = (
        "import sys, app.console.drill.flow, app.console.drill.content, app.console.drill.runner;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'qasync'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_pre_checks_pass_a_healthy_plan_and_list_every_vm() -> None:
    items = {i.id: i for i in (item(1), item(2), item(3))}
    findings = flow.pre_checks(plan(), items, VMS, {}, [])
    assert [(f.code, f.subject) for f in findings] == [
        ("ok", "server-1"),
        ("ok", "server-2"),
        ("ok", "server-3"),
    ]
    assert flow.may_start(findings)


def test_pre_checks_stop_on_unprotected_unhealthy_or_running_drills() -> None:
    reason = HealthReason(code="rpo", message="RPO 40 min", severity=Health.CRITICAL)
    items = {
        "pi-1": item(1, replication_state=ReplicationState.INITIAL_REPLICATION),
        "pi-2": item(2, health=Health.CRITICAL, health_reasons=[reason]),
        "pi-3": item(3, test_failover_state=TestFailoverState.CLEANUP_PENDING),
    }
    findings = flow.pre_checks(plan(), items, VMS, {}, [])
    codes = {f.subject: (f.code, f.blocking) for f in findings}
    assert codes == {
        "server-1": ("refused", True),
        "server-2": ("critical", True),
        "server-3": ("test-failover", True),
    }
    assert next(f for f in findings if f.code == "critical").detail == "RPO 40 min"
    assert not flow.may_start(findings)

    warned = {"pi-1": item(1, health=Health.WARNING), "pi-2": item(2), "pi-3": item(3)}
    findings = flow.pre_checks(plan(), warned, VMS, {}, [])
    assert [f.code for f in findings if f.code != "ok"] == ["warning"]
    assert flow.may_start(findings)

    # A recovery host down: its health is only a warning, but the test VM cannot start there
    # (the control plane refuses it), so the drill stops before it begins.
    down = "the recovery host ams-gold-hv01 is unreachable (the site Amsterdam is down)"
    findings = flow.pre_checks(plan(), warned, VMS, {}, [], {"pi-1": down})
    codes = {f.subject: (f.code, f.blocking) for f in findings}
    assert codes["server-1"] == ("recovery-host-down", True)
    assert next(f for f in findings if f.code == "recovery-host-down").detail == down
    assert not flow.may_start(findings)

    # Another console's drill of the plan: running while the plan is busy, else abandoned.
    ok_items = {i.id: i for i in (item(1), item(2), item(3))}
    other = Drill(
        id="drill-1",
        operator="night-shift",
        plan_id="plan-1",
        plan_name="ERP estate",
        state="verifying",
        started=T0,
    )
    busy = flow.pre_checks(plan(state="cleanup pending"), ok_items, VMS, {}, [other])
    assert ("drill-running", "night-shift", True) in {(f.code, f.subject, f.blocking) for f in busy}
    assert not flow.may_start(busy)
    stale = flow.pre_checks(plan(), ok_items, VMS, {}, [other])
    assert ("abandoned-drill", False) in {(f.code, f.blocking) for f in stale}
    assert flow.may_start(stale)
    assert not flow.may_start(flow.pre_checks(plan(groups=[]), {}, VMS, {}, []))


def test_rto_per_group_comes_from_the_vm_steps() -> None:
    steps = [
        step("Group 1: before — Announce", 2),
        step("Group 1: test-failover of 2 VM(s)", 40),
        step("Group 2: test-failover of 1 VM(s)", 75),
        step("Group 2: after — Check", 300),  # a manual check is verification, not RTO
    ]
    rto = flow.rto_from_job(tf_job(steps))
    assert rto == flow.Rto((40.0, 75.0), 75.0)

    running = [*steps[:2], step("Group 2: test-failover of 1 VM(s)", None, JobState.IN_PROGRESS)]
    rto = flow.rto_from_job(tf_job([*running, step("Group 2: after", None)]))
    assert rto.groups == (40.0, None) and rto.total is None
    assert flow.rto_from_job(tf_job([])).total is None  # steps not built yet


def test_after_the_test_failover_the_record_holds_points_rpo_and_rto() -> None:
    items = {i.id: i for i in (item(1), item(2), item(3))}
    point = T0 - timedelta(seconds=160)  # the fabric's clock read T0 at the last status
    results = {
        "pi-1": {
            "test_vm_id": "vm-1-test",
            "recovery_point_id": "rp-1",
            "recovery_point_time": point.isoformat(),
            "recovery_point_kind": "crash-consistent",
        },
        "pi-2": {"outcome": "failed"},
    }
    steps = [
        step("pre", 1),
        step("g1", 30),
        step("g2", 50),
        step("post", 60),
    ]
    spec = flow.new_drill_spec(plan(), tf_job([]), items, VMS, ["Apps answer"])
    assert spec.started == T0 and [v.vm_name for v in spec.vms] == [
        "server-1",
        "server-2",
        "server-3",
    ]
    spec = flow.after_test_failover(spec, tf_job(steps, results=results), items)
    assert spec.state == "verifying" and spec.rto_seconds == 50.0
    assert [g.rto_seconds for g in spec.groups] == [30.0, 50.0]
    first = spec.vms[0]
    assert (first.test_vm_id, first.recovery_point_id, first.rpo_seconds) == (
        "vm-1-test",
        "rp-1",
        160.0,
    )
    assert spec.vms[1].test_vm_id is None and spec.vms[1].rpo_seconds is None

    auditor = ConsistencyCheck(kind="auditor", verdict="passed", writes_lost=7)
    spec = flow.with_consistency(spec, "pi-1", [auditor])
    assert flow.proof_verdict(spec.vms[0]) == "passed"
    assert flow.proof_verdict(spec.vms[1]) == "not-checked"
    spec = flow.with_checklist(spec, [True])
    assert [f.code for f in flow.failures(spec)] == ["no-test-vm", "no-test-vm"]
    done = flow.finished(spec, "two VMs did not start", T0 + timedelta(minutes=9), "job-c", True)
    assert done.state == "failed" and done.ended == T0 + timedelta(minutes=9)


def test_the_rpo_is_read_on_the_fabric_clock_and_never_negative() -> None:
    fast = item(1, last_replication=T0 + timedelta(hours=5), rpo_seconds=30.0)
    assert flow.rpo_seconds(T0 + timedelta(hours=5) - timedelta(seconds=90), fast) == 120.0
    assert flow.rpo_seconds(T0 + timedelta(hours=6), fast) == 0.0
    assert flow.rpo_seconds(T0, item(1, rpo_seconds=None)) is None


def test_a_drill_passes_only_when_everything_was_verified_and_cleaned_up() -> None:
    items = {i.id: i for i in (item(1), item(2), item(3))}
    results = {
        f"pi-{n}": {
            "test_vm_id": f"vm-{n}-test",
            "recovery_point_id": f"rp-{n}",
            "recovery_point_time": (T0 - timedelta(seconds=30 * n)).isoformat(),
            "recovery_point_kind": "app-consistent",
        }
        for n in (1, 2, 3)
    }
    steps = [step("pre", 1), step("g1", 30), step("g2", 50), step("post", 60)]
    spec = flow.new_drill_spec(plan(), tf_job([]), items, VMS, ["A", "B"])
    spec = flow.after_test_failover(spec, tf_job(steps, results=results), items)
    clean = [
        ConsistencyCheck(kind="filesystem", disk="vda", verdict="passed"),
        ConsistencyCheck(kind="guest-sequence", disk="vda", verdict="passed", sequence=41),
    ]
    for n in (1, 2):
        spec = flow.with_consistency(spec, f"pi-{n}", clean)
    # A record from before the estates' checks kept the lab auditor's verdict: still read.
    vms = list(spec.vms)
    vms[2] = vms[2].model_copy(update={"audit": DrillAudit(intact=True, crash_consistent=True)})
    spec = spec.model_copy(update={"vms": vms})
    assert flow.proof_verdict(spec.vms[2]) == "passed"
    spec = flow.with_checklist(spec, [True, True])
    ended = T0 + timedelta(minutes=20)
    assert flow.finished(spec, "fine", ended, "job-c", True).state == "passed"
    assert flow.finished(spec, "fine", ended, "job-c", False, "boom").state == "failed"
    unticked = flow.with_checklist(spec, [True, False])
    assert flow.finished(unticked, "B not checked", ended, "job-c", True).state == "failed"
    damaged = ConsistencyCheck(
        kind="filesystem", disk="vda", verdict="failed", detail="Inode 12 has illegal blocks"
    )
    broken = flow.with_consistency(spec, "pi-2", [damaged, clean[1]])
    assert flow.proof_verdict(broken.vms[1]) == "failed"
    final = flow.finished(broken, "disk damaged", ended, "job-c", True)
    assert final.state == "failed"

    record = Drill(id="drill-9", operator="op", **final.model_dump())
    content = report_content(record)
    assert content.plan_name == "ERP estate" and content.rto_seconds == 50.0
    assert content.worst_rpo_seconds == 90.0  # server-3's point: 90 s before the read
    assert [g.vms for g in content.groups] == [("server-1", "server-2"), ("server-3",)]
    assert [v.verdict for v in content.vms] == ["passed", "failed", "passed"]
    assert [f.code for f in content.failures] == ["consistency-failed"]
    assert [c.kind for c in content.vms[2].checks] == ["auditor"]
    assert content.duration_seconds == 20 * 60
    assert flow.resume_step(record) == flow.Step.REPORT


def test_a_waiting_plan_job_names_its_manual_action() -> None:
    steps = [
        step("Group 1: before — Announce", 2),
        step("Group 1: test-failover of 2 VM(s)", 40),
        step("Group 2: test-failover of 1 VM(s)", 75),
        step("Group 2 (Web): after — Check", None, JobState.IN_PROGRESS),
    ]
    assert flow.manual_instructions(tf_job(steps, state=JobState.WAITING)) == (
        "Group 2 (Web): after — Check",
        "Open the shop",
    )
    assert flow.manual_instructions(tf_job(steps, state=JobState.IN_PROGRESS)) is None
