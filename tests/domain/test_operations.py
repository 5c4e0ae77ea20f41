"""The operation table: every combination defined, key semantics, random walks, reachability."""

from __future__ import annotations

import itertools
from collections import deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.enums import ActiveLocation, Operation, ReplicationState, TestFailoverState
from app.domain.operations import (
    OPERATION_LABELS,
    PROGRESS_TABLE,
    ItemStatus,
    Progress,
    Verdict,
    advance,
    allowed_operations,
    check,
)

R = ReplicationState
T = TestFailoverState
L = ActiveLocation
Op = Operation

ALL_STATUSES = [ItemStatus(r, t, loc) for r, t, loc in itertools.product(R, T, L)]
START = ItemStatus(R.NOT_PROTECTED, T.NONE, L.PRIMARY)


def _valid(status: ItemStatus | None) -> bool:
    return (
        isinstance(status, ItemStatus)
        and isinstance(status.replication, R)
        and isinstance(status.test_failover, T)
        and isinstance(status.location, L)
    )


# --- the whole table ----------------------------------------------------------------------


@pytest.mark.parametrize("op", list(Op))
def test_every_combination_has_a_defined_verdict(op: Operation) -> None:
    for status in ALL_STATUSES:
        verdict = check(op, status)
        assert isinstance(verdict, Verdict)
        if verdict.allowed:
            assert verdict.reason == ""
            assert _valid(verdict.in_progress)
            assert _valid(verdict.on_success)
            assert _valid(verdict.on_failure)
        else:
            assert verdict.reason.endswith(".")
            assert len(verdict.reason) > 30
            assert verdict.in_progress is verdict.on_success is verdict.on_failure is None
            # The sentence names the operation and the state (or site) that blocks it.
            assert OPERATION_LABELS[op] in verdict.reason
            assert any(
                word in verdict.reason
                for word in (
                    status.replication.value,
                    status.test_failover.value,
                    "test failover",
                    "primary site",
                )
            ), verdict.reason


def test_allowed_operations_covers_every_operation() -> None:
    for status in ALL_STATUSES:
        verdicts = allowed_operations(status)
        assert set(verdicts) == set(Op)
        assert all(verdicts[op] == check(op, status) for op in Op)


def test_labels_cover_every_operation() -> None:
    assert set(OPERATION_LABELS) == set(Op)
    assert OPERATION_LABELS[Op.TEST_FAILOVER] == "Test failover"


def test_only_drill_operations_touch_the_test_axis_and_they_never_touch_replication() -> None:
    for op, status in itertools.product(Op, ALL_STATUSES):
        v = check(op, status)
        if not v.allowed:
            continue
        outcomes = (v.in_progress, v.on_success, v.on_failure)
        if op in (Op.TEST_FAILOVER, Op.TEST_FAILOVER_CLEANUP):
            assert all(s.replication == status.replication for s in outcomes)
            assert all(s.location == status.location for s in outcomes)
        else:
            assert all(s.test_failover == status.test_failover for s in outcomes)


# --- key semantics ------------------------------------------------------------------------


@pytest.mark.parametrize("loc", list(L))
def test_planned_failover_flips_location_and_needs_protected(loc: ActiveLocation) -> None:
    v = check(Op.PLANNED_FAILOVER, ItemStatus(R.PROTECTED, T.NONE, loc))
    assert v.allowed
    assert v.in_progress == ItemStatus(R.FAILOVER_IN_PROGRESS, T.NONE, loc)
    assert v.on_success is not None and v.on_success.replication == R.FAILED_OVER
    assert v.on_success.location != loc
    assert v.on_failure == ItemStatus(R.FAILOVER_FAILED, T.NONE, loc)
    for r in R:
        if r != R.PROTECTED:
            assert not check(Op.PLANNED_FAILOVER, ItemStatus(r, T.NONE, loc)).allowed


def test_planned_failover_reason_says_what_to_do() -> None:
    v = check(Op.PLANNED_FAILOVER, ItemStatus(R.RESYNC_REQUIRED))
    assert v.reason == (
        "Planned failover needs a protected item; this one is resync-required: "
        "resynchronize it first."
    )


def test_unplanned_failover_from_initial_replication_is_refused() -> None:
    v = check(Op.UNPLANNED_FAILOVER, ItemStatus(R.INITIAL_REPLICATION))
    assert not v.allowed
    assert "no recovery point" in v.reason


@pytest.mark.parametrize(
    "r", [R.PROTECTED, R.PAUSED, R.RESYNC_REQUIRED, R.RESYNCHRONIZING, R.FAILOVER_FAILED]
)
@pytest.mark.parametrize("t", list(T))
def test_unplanned_failover_is_never_blocked_by_a_drill(r: ReplicationState, t: T) -> None:
    v = check(Op.UNPLANNED_FAILOVER, ItemStatus(r, t, L.PRIMARY))
    assert v.allowed
    assert v.on_success == ItemStatus(R.FAILED_OVER, t, L.RECOVERY)


@pytest.mark.parametrize("r", [R.PROTECTED, R.PAUSED])
def test_test_failover_runs_on_the_test_axis_only(r: ReplicationState) -> None:
    v = check(Op.TEST_FAILOVER, ItemStatus(r, T.NONE, L.PRIMARY))
    assert v.allowed
    assert v.in_progress == ItemStatus(r, T.RUNNING, L.PRIMARY)
    assert v.on_success == ItemStatus(r, T.CLEANUP_PENDING, L.PRIMARY)
    assert v.on_failure == ItemStatus(r, T.CLEANUP_PENDING, L.PRIMARY)
    for t in (T.RUNNING, T.CLEANUP_PENDING, T.CLEANING_UP):
        assert not check(Op.TEST_FAILOVER, ItemStatus(r, t)).allowed


def test_test_failover_needs_a_healthy_replica() -> None:
    assert not check(Op.TEST_FAILOVER, ItemStatus(R.RESYNC_REQUIRED)).allowed
    assert not check(Op.TEST_FAILOVER, ItemStatus(R.INITIAL_REPLICATION)).allowed
    assert not check(Op.TEST_FAILOVER, ItemStatus(R.FAILED_OVER, location=L.RECOVERY)).allowed


def test_cleanup_only_from_cleanup_pending() -> None:
    for status in ALL_STATUSES:
        v = check(Op.TEST_FAILOVER_CLEANUP, status)
        assert v.allowed == (status.test_failover == T.CLEANUP_PENDING)
        if v.allowed:
            assert v.in_progress is not None and v.in_progress.test_failover == T.CLEANING_UP
            assert v.on_success is not None and v.on_success.test_failover == T.NONE
    v = check(Op.TEST_FAILOVER_CLEANUP, ItemStatus(R.PROTECTED))
    assert "nothing to clean up" in v.reason


def test_commit_only_from_failed_over() -> None:
    for status in ALL_STATUSES:
        v = check(Op.COMMIT, status)
        if status.replication != R.FAILED_OVER:
            assert not v.allowed
    v = check(Op.COMMIT, ItemStatus(R.FAILED_OVER, location=L.RECOVERY))
    assert v.on_success == ItemStatus(R.FAILOVER_COMMITTED, location=L.RECOVERY)
    assert "already committed" in check(Op.COMMIT, ItemStatus(R.FAILOVER_COMMITTED)).reason


def test_change_recovery_point_only_from_failed_over() -> None:
    for r in R:
        assert check(Op.CHANGE_RECOVERY_POINT, ItemStatus(r)).allowed == (r == R.FAILED_OVER)


def test_cancel_failover_returns_to_the_original_site() -> None:
    v = check(Op.CANCEL_FAILOVER, ItemStatus(R.FAILED_OVER, location=L.RECOVERY))
    assert v.on_success == ItemStatus(R.PROTECTED, location=L.PRIMARY)
    v = check(Op.CANCEL_FAILOVER, ItemStatus(R.FAILOVER_FAILED, location=L.PRIMARY))
    assert v.on_success == ItemStatus(R.PROTECTED, location=L.PRIMARY)
    assert not check(Op.CANCEL_FAILOVER, ItemStatus(R.FAILOVER_COMMITTED)).allowed


def test_reverse_replication_keeps_the_location() -> None:
    for r in (R.FAILED_OVER, R.FAILOVER_COMMITTED, R.REVERSE_REPLICATION_FAILED):
        v = check(Op.REVERSE_REPLICATION, ItemStatus(r, location=L.RECOVERY))
        assert v.in_progress == ItemStatus(R.REVERSE_REPLICATING, location=L.RECOVERY)
        assert v.on_success == ItemStatus(R.PROTECTED, location=L.RECOVERY)
        assert v.on_failure == ItemStatus(R.REVERSE_REPLICATION_FAILED, location=L.RECOVERY)
    assert not check(Op.REVERSE_REPLICATION, ItemStatus(R.PROTECTED)).allowed


def test_failback_only_at_recovery_location() -> None:
    for r, t in itertools.product(R, T):
        assert not check(Op.FAILBACK, ItemStatus(r, t, L.PRIMARY)).allowed
    assert check(Op.FAILBACK, ItemStatus(R.PROTECTED, location=L.PRIMARY)).reason == (
        "Failback brings a VM back to its primary site; this one already runs there."
    )
    v = check(Op.FAILBACK, ItemStatus(R.PROTECTED, location=L.RECOVERY))
    assert v.allowed
    assert v.on_success == ItemStatus(R.PROTECTED, location=L.PRIMARY)
    assert v.on_failure == ItemStatus(R.FAILOVER_FAILED, location=L.RECOVERY)


def test_enable_protection_leads_to_initial_replication() -> None:
    v = check(Op.ENABLE_PROTECTION, START)
    assert v.in_progress == ItemStatus(R.ENABLING_PROTECTION)
    assert v.on_success == ItemStatus(R.INITIAL_REPLICATION)
    assert v.on_failure == ItemStatus(R.ENABLE_PROTECTION_FAILED)
    assert check(Op.ENABLE_PROTECTION, ItemStatus(R.ENABLE_PROTECTION_FAILED)).allowed
    assert not check(Op.ENABLE_PROTECTION, ItemStatus(R.PROTECTED)).allowed


def test_disable_protection_is_refused_mid_failover_and_with_a_drill() -> None:
    for r in (
        R.FAILOVER_IN_PROGRESS,
        R.FAILED_OVER,
        R.FAILOVER_FAILED,
        R.NOT_PROTECTED,
        R.DISABLING_PROTECTION,
        R.ENABLING_PROTECTION,
    ):
        assert not check(Op.DISABLE_PROTECTION, ItemStatus(r)).allowed
    v = check(Op.DISABLE_PROTECTION, ItemStatus(R.PROTECTED, T.CLEANUP_PENDING))
    assert not v.allowed and "clean it up first" in v.reason
    v = check(Op.DISABLE_PROTECTION, ItemStatus(R.PAUSED, location=L.RECOVERY))
    assert v.on_success == ItemStatus(R.NOT_PROTECTED, location=L.RECOVERY)


def test_planned_operations_wait_for_a_running_drill() -> None:
    for op in (Op.PLANNED_FAILOVER, Op.RESYNC):
        assert not check(op, ItemStatus(R.PROTECTED, T.RUNNING)).allowed
        assert check(op, ItemStatus(R.PROTECTED, T.CLEANUP_PENDING)).allowed
    assert check(Op.PAUSE, ItemStatus(R.PROTECTED, T.RUNNING)).allowed


def test_resync_pause_resume() -> None:
    v = check(Op.RESYNC, ItemStatus(R.RESYNC_REQUIRED))
    assert (v.in_progress, v.on_success, v.on_failure) == (
        ItemStatus(R.RESYNCHRONIZING),
        ItemStatus(R.PROTECTED),
        ItemStatus(R.RESYNC_REQUIRED),
    )
    assert check(Op.RESYNC, ItemStatus(R.PROTECTED)).allowed
    assert check(Op.PAUSE, ItemStatus(R.PROTECTED)).on_success == ItemStatus(R.PAUSED)
    assert "half-way" in check(Op.PAUSE, ItemStatus(R.INITIAL_REPLICATION)).reason
    assert check(Op.RESUME, ItemStatus(R.PAUSED)).on_success == ItemStatus(R.PROTECTED)
    assert "not paused" in check(Op.RESUME, ItemStatus(R.PROTECTED)).reason


def test_progress_events() -> None:
    assert advance(
        Progress.INITIAL_REPLICATION_COMPLETED, ItemStatus(R.INITIAL_REPLICATION)
    ) == ItemStatus(R.PROTECTED)
    s = ItemStatus(R.REVERSE_REPLICATING, T.CLEANUP_PENDING, L.RECOVERY)
    assert advance(Progress.REVERSE_REPLICATION_COMPLETED, s) == ItemStatus(
        R.PROTECTED, T.CLEANUP_PENDING, L.RECOVERY
    )
    assert advance(Progress.RESYNC_NEEDED, ItemStatus(R.PAUSED)) == ItemStatus(R.RESYNC_REQUIRED)
    # A late or duplicate event changes nothing.
    assert advance(Progress.RESYNC_COMPLETED, ItemStatus(R.PROTECTED)) == ItemStatus(R.PROTECTED)
    assert set(PROGRESS_TABLE) == set(Progress)


# --- random walks and reachability --------------------------------------------------------

Action = tuple[str, object, bool]
actions = st.one_of(
    st.tuples(st.just("op"), st.sampled_from(list(Op)), st.booleans()),
    st.tuples(st.just("progress"), st.sampled_from(list(Progress)), st.just(True)),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(actions, max_size=60))
def test_random_sequences_never_reach_an_undefined_state(steps: list[Action]) -> None:
    status = START
    for kind, what, succeeded in steps:
        if kind == "progress":
            assert isinstance(what, Progress)
            status = advance(what, status)
        else:
            assert isinstance(what, Operation)
            verdict = check(what, status)
            if verdict.allowed:
                assert _valid(verdict.in_progress)
                # While the job runs, other checks are defined too.
                assert verdict.in_progress is not None
                assert len(allowed_operations(verdict.in_progress)) == len(Op)
                nxt = verdict.on_success if succeeded else verdict.on_failure
                assert nxt is not None
                status = nxt
            else:
                assert verdict.reason
                assert verdict.on_success is None  # a refusal leaves the state unchanged
        assert _valid(status)
        assert all(isinstance(v, Verdict) for v in allowed_operations(status).values())


def _successors(status: ItemStatus, *, running: bool = True) -> set[ItemStatus]:
    """Where one operation or progress event can take an item; `running` adds the states
    a job passes through (it always ends in its success or failure state)."""
    out: set[ItemStatus] = set()
    for op in Op:
        v = check(op, status)
        if v.allowed:
            ends = (
                (v.in_progress, v.on_success, v.on_failure)
                if running
                else (v.on_success, v.on_failure)
            )
            out |= {s for s in ends if s is not None}
    out |= {advance(p, status) for p in Progress}
    return out


def _reachable(*, running: bool = True) -> set[ItemStatus]:
    seen = {START}
    queue = deque([START])
    while queue:
        for nxt in _successors(queue.popleft(), running=running):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def test_every_state_of_every_axis_is_reachable() -> None:
    reached = _reachable()
    assert {s.replication for s in reached} == set(R)
    assert {s.test_failover for s in reached} == set(T)
    assert {s.location for s in reached} == set(L)


def test_every_reachable_state_can_get_back_to_protected_or_unprotected() -> None:
    """No dead ends: from every state a finished job can leave, a path leads back."""
    reached = _reachable(running=False)
    settled = {R.PROTECTED, R.NOT_PROTECTED}
    for status in reached:
        seen = {status}
        queue = deque([status])
        found = status.replication in settled
        while queue and not found:
            for nxt in _successors(queue.popleft(), running=False):
                if nxt.replication in settled:
                    found = True
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        assert found, status


def test_item_status_of_protected_item() -> None:
    from app.domain.model import ProtectedItem

    item = ProtectedItem(
        id="pi1",
        vm_id="vm1",
        pairing_id="p1",
        policy_id="pol1",
        source_host_id="h1",
        replication_state=R.FAILED_OVER,
        active_location=L.RECOVERY,
    )
    assert ItemStatus.of(item) == ItemStatus(R.FAILED_OVER, T.NONE, L.RECOVERY)
