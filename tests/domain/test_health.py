"""Health rules: one test per rule, and the overall = worst reason."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.enums import ActiveLocation, Health, ReplicationState, TestFailoverState
from app.domain.health import (
    evaluate,
    rpo_compliant,
    rpo_critical_seconds,
    rpo_warning_seconds,
)

R = ReplicationState


def run(**overrides: Any) -> tuple[Health, list[str]]:
    kwargs: dict[str, Any] = {
        "replication": R.PROTECTED,
        "rpo_seconds": 100.0,
        "copy_frequency_seconds": 300,
        "missed_cycles": 0,
    }
    kwargs.update(overrides)
    health, reasons = evaluate(**kwargs)
    for r in reasons:
        assert r.code and r.code == r.code.lower() and " " not in r.code
        assert r.message.endswith(".")
        assert r.severity in (Health.WARNING, Health.CRITICAL)
    return health, [r.code for r in reasons]


def test_healthy_item_is_normal() -> None:
    assert run() == (Health.NORMAL, [])
    assert run(agent_connected=True, source_site_up=True) == (Health.NORMAL, [])


def test_not_protected_is_always_normal() -> None:
    assert run(
        replication=R.NOT_PROTECTED,
        rpo_seconds=None,
        agent_connected=False,
        source_site_up=False,
        missed_cycles=10,
    ) == (Health.NORMAL, [])


@pytest.mark.parametrize(
    ("freq", "rpo", "expected"),
    [
        (300, 600, Health.NORMAL),  # exactly 2 × target
        (300, 601, Health.WARNING),
        (300, 1800, Health.WARNING),  # 6 × target, not above
        (300, 1801, Health.CRITICAL),
        (30, 61, Health.WARNING),
        (30, 181, Health.WARNING),  # 6 × 30 s is below the 30-minute floor
        (30, 1801, Health.CRITICAL),
        (900, 5400, Health.WARNING),
        (900, 5401, Health.CRITICAL),
    ],
)
def test_rpo_thresholds(freq: int, rpo: float, expected: Health) -> None:
    health, codes = run(copy_frequency_seconds=freq, rpo_seconds=rpo)
    assert health == expected
    if expected == Health.WARNING:
        assert codes == ["rpo-warning"]
    if expected == Health.CRITICAL:
        assert codes == ["rpo-critical"]


def test_rpo_thresholds_helpers() -> None:
    assert rpo_warning_seconds(300) == 600
    assert rpo_critical_seconds(30) == 1800
    assert rpo_critical_seconds(900) == 5400


def test_rpo_compliance() -> None:
    assert rpo_compliant(300, 300)
    assert rpo_compliant(600, 300)
    assert not rpo_compliant(601, 300)
    assert not rpo_compliant(None, 300)


def test_rpo_unknown_when_protected_without_point() -> None:
    assert run(rpo_seconds=None) == (Health.WARNING, ["rpo-unknown"])
    assert run(replication=R.INITIAL_REPLICATION, rpo_seconds=None) == (Health.NORMAL, [])


def test_rpo_ignored_where_replication_is_not_meant_to_run() -> None:
    _, codes = run(replication=R.FAILOVER_COMMITTED, rpo_seconds=99999)
    assert "rpo-critical" not in codes


@pytest.mark.parametrize(
    "state",
    [
        R.RESYNC_REQUIRED,
        R.ENABLE_PROTECTION_FAILED,
        R.FAILOVER_FAILED,
        R.REVERSE_REPLICATION_FAILED,
    ],
)
def test_critical_states(state: ReplicationState) -> None:
    health, codes = run(replication=state)
    assert health == Health.CRITICAL
    assert codes[0] == state.value


def test_paused_is_a_warning() -> None:
    assert run(replication=R.PAUSED) == (Health.WARNING, ["replication-paused"])


def test_paused_long_enough_goes_critical_on_rpo() -> None:
    health, codes = run(replication=R.PAUSED, rpo_seconds=4 * 3600)
    assert health == Health.CRITICAL
    assert codes == ["rpo-critical", "replication-paused"]


def test_agent_disconnected() -> None:
    assert run(agent_connected=False) == (Health.WARNING, ["agent-disconnected"])
    assert run(agent_connected=None) == (Health.NORMAL, [])


def test_source_site_down_at_primary_is_critical() -> None:
    assert run(source_site_up=False) == (Health.CRITICAL, ["source-site-down"])


def test_primary_site_down_after_failover_is_a_warning() -> None:
    health, codes = run(
        replication=R.FAILOVER_COMMITTED, source_site_up=False, location=ActiveLocation.RECOVERY
    )
    assert health == Health.WARNING
    assert codes == ["primary-site-down", "awaiting-reverse-replication"]


def test_failed_over_awaits_reverse_replication() -> None:
    for state in (R.FAILED_OVER, R.FAILOVER_COMMITTED):
        assert run(replication=state, location=ActiveLocation.RECOVERY) == (
            Health.WARNING,
            ["awaiting-reverse-replication"],
        )


def test_test_failover_cleanup_pending() -> None:
    assert run(test_failover=TestFailoverState.CLEANUP_PENDING) == (
        Health.WARNING,
        ["test-failover-cleanup-pending"],
    )
    assert run(test_failover=TestFailoverState.RUNNING) == (Health.NORMAL, [])


def test_missed_cycles() -> None:
    assert run(missed_cycles=2) == (Health.NORMAL, [])
    assert run(missed_cycles=3) == (Health.WARNING, ["missed-cycles"])
    assert run(replication=R.INITIAL_REPLICATION, rpo_seconds=None, missed_cycles=5) == (
        Health.WARNING,
        ["missed-cycles"],
    )
    assert run(replication=R.FAILOVER_COMMITTED, missed_cycles=5)[1] == [
        "awaiting-reverse-replication"
    ]


def test_overall_is_the_worst_and_criticals_come_first() -> None:
    health, codes = run(
        agent_connected=False,
        rpo_seconds=7200,
        missed_cycles=4,
        test_failover=TestFailoverState.CLEANUP_PENDING,
    )
    assert health == Health.CRITICAL
    assert codes == [
        "rpo-critical",
        "missed-cycles",
        "agent-disconnected",
        "test-failover-cleanup-pending",
    ]


@pytest.mark.parametrize("state", list(R))
def test_every_state_evaluates(state: ReplicationState) -> None:
    for site_up in (True, False, None):
        health, _ = run(replication=state, source_site_up=site_up, agent_connected=False)
        assert health in Health


def test_a_guest_that_cannot_be_quiesced_is_a_warning_that_says_why() -> None:
    why = "QEMU guest agent is not configured"
    health, reasons = evaluate(
        replication=ReplicationState.PROTECTED,
        rpo_seconds=20.0,
        copy_frequency_seconds=300,
        missed_cycles=0,
        not_quiesced=why,
    )
    assert health == Health.WARNING
    (reason,) = reasons
    assert reason.code == "app-consistency-unavailable"
    assert "crash-consistent" in reason.message and why in reason.message
    assert reason.params == {"cause": why}
    # Not while nothing replicates.
    health, reasons = evaluate(
        replication=ReplicationState.NOT_PROTECTED,
        rpo_seconds=None,
        copy_frequency_seconds=300,
        missed_cycles=0,
        not_quiesced=why,
    )
    assert reasons == []


def test_a_resync_required_item_says_why_the_source_host_asked_for_it() -> None:
    why = "VM web-01: its disk shrank (vdb from 104857600 to 83886080 bytes): never shrunk"
    health, reasons = evaluate(
        replication=ReplicationState.RESYNC_REQUIRED,
        rpo_seconds=60.0,
        copy_frequency_seconds=300,
        missed_cycles=0,
        resync_reason=why,
    )
    assert health == Health.CRITICAL
    (reason,) = [r for r in reasons if r.code == "resync-required"]
    assert why in reason.message and reason.params == {"cause": why}
    # Without a reason from the host: the plain reason, as before.
    _, plain = evaluate(
        replication=ReplicationState.RESYNC_REQUIRED,
        rpo_seconds=60.0,
        copy_frequency_seconds=300,
        missed_cycles=0,
    )
    (reason,) = [r for r in plain if r.code == "resync-required"]
    assert reason.params == {} and "Cause" not in reason.message
    # A reason left over from an earlier state says nothing once replication is back.
    _, back = evaluate(
        replication=ReplicationState.PROTECTED,
        rpo_seconds=60.0,
        copy_frequency_seconds=300,
        missed_cycles=0,
        resync_reason=why,
    )
    assert back == []
