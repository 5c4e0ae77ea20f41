"""Health rules for a replica out of reach: a warning at once with its own reason, the cause
named (site, agent, link), escalation by RPO as usual, and the refusal of the operations that
need the recovery host. Table-driven, and properties over every state with hypothesis."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.enums import Health, Operation, ReplicationState
from app.domain.health import (
    REPLICA_SIDE_OPERATIONS,
    ReplicaSide,
    evaluate,
    replica_refusal,
)

R = ReplicationState
NOW = datetime(2026, 3, 1, 2, 40, tzinfo=UTC)
POINT = datetime(2026, 3, 1, 2, 31, 12, tzinfo=UTC)
UP = ReplicaSide("ams-gold-hv01", "Amsterdam", site_up=True, agent_connected=True, link_up=True)
SITE_DOWN = ReplicaSide("ams-gold-hv01", "Amsterdam", site_up=False, agent_connected=False)
AGENT_DOWN = ReplicaSide("ams-gold-hv01", "Amsterdam", site_up=True, agent_connected=False)
LINK_DOWN = ReplicaSide(
    "ams-gold-hv01", "Amsterdam", site_up=True, agent_connected=True, link_up=False
)
REPLICA_KEPT = {
    R.INITIAL_REPLICATION,
    R.PROTECTED,
    R.PAUSED,
    R.RESYNC_REQUIRED,
    R.RESYNCHRONIZING,
    R.REVERSE_REPLICATING,
}


def run(**overrides: Any) -> tuple[Health, list[str], list[str]]:
    kwargs: dict[str, Any] = {
        "replication": R.PROTECTED,
        "rpo_seconds": 100.0,
        "copy_frequency_seconds": 300,
        "missed_cycles": 0,
        "last_point": POINT,
        "now": NOW,
    }
    kwargs.update(overrides)
    health, reasons = evaluate(**kwargs)
    return health, [r.code for r in reasons], [r.message for r in reasons]


@pytest.mark.parametrize(
    ("side", "overrides", "health", "codes", "why"),
    [
        (UP, {}, Health.NORMAL, [], None),
        (None, {}, Health.NORMAL, [], None),
        (ReplicaSide("h"), {}, Health.NORMAL, [], None),  # all unknown: nothing said
        (SITE_DOWN, {}, Health.WARNING, ["replica-unreachable"], "the site Amsterdam is down"),
        (AGENT_DOWN, {}, Health.WARNING, ["replica-unreachable"], "its agent is disconnected"),
        (
            LINK_DOWN,
            {},
            Health.WARNING,
            ["replica-unreachable"],
            "the replication link to it is down",
        ),
        # Escalation as today: past 2 × and 6 × the target the RPO rules add their reason.
        (
            SITE_DOWN,
            {"rpo_seconds": 601.0},
            Health.WARNING,
            ["rpo-warning", "replica-unreachable"],
            "site",
        ),
        (
            SITE_DOWN,
            {"rpo_seconds": 1801.0},
            Health.CRITICAL,
            ["rpo-critical", "replica-unreachable"],
            "site",
        ),
        (
            SITE_DOWN,
            {"missed_cycles": 3},
            Health.WARNING,
            ["replica-unreachable", "missed-cycles"],
            "site",
        ),
        # The source side down: a link "down" is its consequence, not news.
        (LINK_DOWN, {"source_site_up": False}, Health.CRITICAL, ["source-site-down"], None),
        (LINK_DOWN, {"agent_connected": False}, Health.WARNING, ["agent-disconnected"], None),
        # The VM runs on the failed-over copy: no replica is kept there.
        (
            SITE_DOWN,
            {"replication": R.FAILED_OVER},
            Health.WARNING,
            ["awaiting-reverse-replication"],
            None,
        ),
        (SITE_DOWN, {"replication": R.NOT_PROTECTED}, Health.NORMAL, [], None),
    ],
)
def test_replica_side_table(
    side: ReplicaSide | None,
    overrides: dict[str, Any],
    health: Health,
    codes: list[str],
    why: str | None,
) -> None:
    got, got_codes, messages = run(replica=side, **overrides)
    assert (got, got_codes) == (health, codes)
    if why is not None:
        [message] = [
            m for c, m in zip(got_codes, messages, strict=True) if c == "replica-unreachable"
        ]
        assert message.startswith("The recovery host ams-gold-hv01 is unreachable (")
        assert why in message
        assert "changes are not being replicated" in message
        assert message.endswith("the last point it received is from 02:31 UTC.")


def test_message_as_an_operator_reads_it() -> None:
    _, _, [message] = run(replica=SITE_DOWN)
    assert message == (
        "The recovery host ams-gold-hv01 is unreachable (the site Amsterdam is down): changes "
        "are not being replicated, and a failover must wait until it returns; the last point "
        "it received is from 02:31 UTC."
    )
    _, _, [first] = run(
        replica=AGENT_DOWN, last_point=None, rpo_seconds=None, replication=R.INITIAL_REPLICATION
    )
    assert first.endswith("it has received no recovery point yet.")


sides = st.builds(
    ReplicaSide,
    host=st.just("ams-gold-hv01"),
    site=st.just("Amsterdam"),
    site_up=st.sampled_from([True, False, None]),
    agent_connected=st.sampled_from([True, False, None]),
    link_up=st.sampled_from([True, False, None]),
)


@given(
    state=st.sampled_from(list(R)),
    side=sides,
    rpo=st.one_of(st.none(), st.floats(0, 10_000)),
    missed=st.integers(0, 10),
)
def test_replica_reason_properties(
    state: ReplicationState, side: ReplicaSide, rpo: float | None, missed: int
) -> None:
    health, codes, _ = run(replication=state, replica=side, rpo_seconds=rpo, missed_cycles=missed)
    at_risk = "replica-unreachable" in codes
    # Raised exactly where a replica is kept and the host is out of reach (the source up).
    assert at_risk == (state in REPLICA_KEPT and side.outage is not None)
    if at_risk:
        assert health in (Health.WARNING, Health.CRITICAL)
    # Never worse than without it, except for the warning itself: it adds, never hides.
    base_health, base_codes, _ = run(replication=state, rpo_seconds=rpo, missed_cycles=missed)
    assert [c for c in codes if c != "replica-unreachable"] == base_codes
    if not at_risk:
        assert health == base_health


@given(op=st.sampled_from(list(Operation)), side=sides)
def test_refusal_properties(op: Operation, side: ReplicaSide) -> None:
    reason = replica_refusal(op, "sql-01", side, POINT, NOW)
    assert (reason is not None) == (
        op in REPLICA_SIDE_OPERATIONS and side.outage in ("site", "agent")
    )
    if reason is not None:
        assert "sql-01" in reason and "ams-gold-hv01" in reason and reason.endswith(".")


def test_refusal_names_the_cause_and_the_last_point() -> None:
    assert replica_refusal(Operation.UNPLANNED_FAILOVER, "sql-01", SITE_DOWN, POINT, NOW) == (
        "Unplanned failover of sql-01 cannot start: its recovery host ams-gold-hv01 is "
        "unreachable (the site Amsterdam is down). Try again when it returns; the last point "
        "it received is from 02:31 UTC."
    )
    # A cut link leaves the recovery side able to start the VM from what it received.
    assert replica_refusal(Operation.UNPLANNED_FAILOVER, "sql-01", LINK_DOWN, POINT, NOW) is None
    assert replica_refusal(Operation.COMMIT, "sql-01", SITE_DOWN) is None
    assert {
        Operation.TEST_FAILOVER,
        Operation.PLANNED_FAILOVER,
        Operation.UNPLANNED_FAILOVER,
        Operation.FAILBACK,
    } == REPLICA_SIDE_OPERATIONS
