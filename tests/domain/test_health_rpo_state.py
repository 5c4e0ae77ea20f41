"""RPO counts only where replication keeps a replica current; one standing judges it for
every view; a pending test-failover cleanup is a warning only past its grace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.enums import Health, ReplicationState, TestFailoverState
from app.domain.health import (
    RPO_COUNTS,
    TEST_FAILOVER_CLEANUP_GRACE,
    RpoStanding,
    evaluate,
    reported_rpo,
    rpo_compliant,
    rpo_standing,
)

R = ReplicationState
NOT_COUNTED = [s for s in R if s not in RPO_COUNTS]


@pytest.mark.parametrize("state", NOT_COUNTED)
def test_no_rpo_where_nothing_replicates(state: ReplicationState) -> None:
    assert reported_rpo(state, 1807.0) is None
    assert rpo_standing(state, 1807.0, 300) == RpoStanding.NOT_REPLICATING
    _health, reasons = evaluate(
        replication=state, rpo_seconds=99999.0, copy_frequency_seconds=300, missed_cycles=0
    )
    assert not {r.code for r in reasons} & {"rpo-critical", "rpo-warning", "rpo-unknown"}


def test_failed_over_is_a_state_not_an_rpo_breach() -> None:
    for state in (R.FAILED_OVER, R.FAILOVER_COMMITTED):
        health, reasons = evaluate(
            replication=state, rpo_seconds=20880.0, copy_frequency_seconds=300, missed_cycles=0
        )
        assert health == Health.WARNING
        assert [r.code for r in reasons] == ["awaiting-reverse-replication"]


def test_rpo_counts_again_with_reverse_replication() -> None:
    assert reported_rpo(R.REVERSE_REPLICATING, 42.0) == 42.0
    assert rpo_standing(R.REVERSE_REPLICATING, 4000.0, 300) == RpoStanding.COPYING
    assert reported_rpo(R.PROTECTED, 42.0) == 42.0


@pytest.mark.parametrize(
    ("rpo", "standing"),
    [
        (None, RpoStanding.NO_POINT),
        (337.0, RpoStanding.WITHIN),  # over the copy frequency, within target
        (600.0, RpoStanding.WITHIN),
        (601.0, RpoStanding.LATE),
        (1801.0, RpoStanding.CRITICAL),
    ],
)
def test_one_standing_for_health_and_compliance(rpo: float | None, standing: RpoStanding) -> None:
    assert rpo_standing(R.PROTECTED, rpo, 300) == standing
    assert rpo_compliant(rpo, 300) == (standing == RpoStanding.WITHIN)
    _health, reasons = evaluate(
        replication=R.PROTECTED, rpo_seconds=rpo, copy_frequency_seconds=300, missed_cycles=0
    )
    codes = {r.code for r in reasons}
    expected = {
        RpoStanding.NO_POINT: {"rpo-unknown"},
        RpoStanding.WITHIN: set(),
        RpoStanding.LATE: {"rpo-warning"},
        RpoStanding.CRITICAL: {"rpo-critical"},
    }[standing]
    assert codes == expected


def test_cleanup_pending_only_past_the_grace() -> None:
    now = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)

    def codes(started: datetime | None) -> list[str]:
        _health, reasons = evaluate(
            replication=R.PROTECTED,
            rpo_seconds=100.0,
            copy_frequency_seconds=300,
            missed_cycles=0,
            test_failover=TestFailoverState.CLEANUP_PENDING,
            test_failover_started=started,
            clock_now=now,
        )
        return [r.code for r in reasons]

    assert codes(now - timedelta(seconds=20)) == []  # seconds after it started: the drill
    assert codes(now - TEST_FAILOVER_CLEANUP_GRACE + timedelta(minutes=1)) == []
    assert codes(now - TEST_FAILOVER_CLEANUP_GRACE) == ["test-failover-cleanup-pending"]
    assert codes(None) == ["test-failover-cleanup-pending"]  # start unknown: at once


def test_rpo_not_read_yet_is_not_a_missing_point() -> None:
    """Right after reverse replication or failback the item is protected again and its RPO
    comes with the next status read: no "no recovery point yet" while a point is known."""
    point = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
    _health, reasons = evaluate(
        replication=R.PROTECTED,
        rpo_seconds=None,
        copy_frequency_seconds=300,
        missed_cycles=0,
        last_point=point,
    )
    assert reasons == []
