"""Health rules for full storage: critical, its own reason per side, an actionable message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.enums import Health, ReplicationState
from app.domain.health import evaluate

R = ReplicationState
NOW = datetime(2026, 3, 1, 2, 40, tzinfo=UTC)
POINT = datetime(2026, 3, 1, 2, 34, 10, tzinfo=UTC)


def run(**overrides):
    kwargs = {
        "replication": R.PROTECTED,
        "rpo_seconds": 100.0,
        "copy_frequency_seconds": 300,
        "missed_cycles": 0,
        "now": NOW,
    }
    kwargs.update(overrides)
    return evaluate(**kwargs)


def test_replica_storage_full_is_critical_and_names_host_and_last_point() -> None:
    health, reasons = run(storage_full=[("replica", "ams-gold-hv02")], last_point=POINT)
    assert health is Health.CRITICAL
    assert [r.code for r in reasons] == ["replica-storage-full"]
    assert reasons[0].message == (
        "Replica storage on ams-gold-hv02 is full: replication is paused; "
        "the last good point is 02:34 UTC."
    )


def test_source_storage_full_says_the_vm_is_paused() -> None:
    health, reasons = run(
        storage_full=[("source", "sto-gold-hv01")], guest_paused=True, last_point=POINT
    )
    assert health is Health.CRITICAL
    assert [r.code for r in reasons] == ["source-storage-full"]
    assert "sto-gold-hv01" in reasons[0].message
    assert "the VM is paused" in reasons[0].message
    assert reasons[0].message.endswith("the last good point is 02:34 UTC.")


def test_both_sides_full_and_no_point_yet() -> None:
    health, reasons = run(
        replication=R.INITIAL_REPLICATION,
        rpo_seconds=None,
        storage_full=[("replica", "ams-gold-hv02"), ("source", "sto-gold-hv01")],
    )
    assert health is Health.CRITICAL
    assert [r.code for r in reasons] == ["replica-storage-full", "source-storage-full"]
    assert all("there is no recovery point yet." in r.message for r in reasons)


def test_an_old_point_gets_its_date_and_duplicates_count_once() -> None:
    _, reasons = run(
        storage_full=[("replica", "h"), ("replica", "h")], last_point=NOW - timedelta(days=2)
    )
    assert len(reasons) == 1
    assert "2026-02-27 02:40 UTC" in reasons[0].message


def test_storage_full_outranks_warnings_and_clears_without_it() -> None:
    _, reasons = run(missed_cycles=5, storage_full=[("replica", "h")], last_point=POINT)
    assert [r.code for r in reasons] == ["replica-storage-full", "missed-cycles"]
    assert run(last_point=POINT) == (Health.NORMAL, [])
    assert run(replication=R.NOT_PROTECTED, storage_full=[("replica", "h")]) == (
        Health.NORMAL,
        [],
    )
