"""The unplanned-failover wizard's loss estimate counts writes up to the last contact with the
source (the control plane's `loss_seconds`), not to now; an older control plane's estimate
(no `loss_seconds`) falls back to the point's age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.console.wizards.points import loss
from app.domain.enums import RecoveryPointChoice, RecoveryPointKind
from app.domain.estimates import DataLossEstimate, PointAge

NOW = datetime(2026, 12, 4, 8, 0, tzinfo=UTC)


def estimate(loss_seconds: float | None, reachable: bool) -> DataLossEstimate:
    point = NOW - timedelta(minutes=11, seconds=11)
    contact = point + timedelta(seconds=25)
    return DataLossEstimate(
        item_id="pi-1",
        observed_at=NOW,
        live=True,
        unreplicated_bytes=0,
        source_reachable=reachable,
        source_problem="" if reachable else "the site Stockholm is down",
        source_last_contact=None if reachable else contact,
        writes_until=NOW if reachable else contact,
        points=[
            PointAge(
                id="rp-1",
                time=point,
                kind=RecoveryPointKind.CRASH_CONSISTENT,
                age_seconds=671.0,
                loss_seconds=loss_seconds,
            )
        ],
    )


def test_loss_counts_to_the_last_contact_with_a_source_that_is_down(qapp) -> None:
    lost = loss(estimate(25.0, reachable=False), RecoveryPointChoice.LATEST, None, True)
    assert lost.age_seconds == 25.0  # not the point's 11 min 11 s
    assert "25 s" in lost.text() and "last contact" in lost.text()
    assert "11 min" not in lost.text()


def test_a_reachable_source_loses_nothing_when_synced_first(qapp) -> None:
    lost = loss(estimate(671.0, reachable=True), RecoveryPointChoice.LATEST, None, True)
    assert lost.age_seconds == 0.0
    unsynced = loss(estimate(671.0, reachable=True), RecoveryPointChoice.LATEST, None, False)
    assert unsynced.age_seconds == 671.0 and "last contact" not in unsynced.text()


def test_an_older_control_plane_gives_the_points_age(qapp) -> None:
    lost = loss(estimate(None, reachable=False), RecoveryPointChoice.LATEST, None, False)
    assert lost.age_seconds == 671.0
