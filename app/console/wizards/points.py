"""Recovery-point choices and the data each would lose, from the control plane's estimates
(GET /protected-items/{id}/data-loss): which point a choice picks for an item, how old it
is, and whether the unreplicated bytes can still be shipped first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import RecoveryPointChoice, RecoveryPointKind
from app.domain.estimates import DataLossEstimate, PointAge

from .. import formatting as fmt
from .flow import tr
from .form import Option

C = RecoveryPointChoice


def choice_label(choice: RecoveryPointChoice) -> str:
    return {
        C.LATEST: tr("Latest (apply everything received first: least data lost)"),
        C.LATEST_PROCESSED: tr("Latest processed (start at once: least time)"),
        C.LATEST_APP_CONSISTENT: tr("Latest app-consistent (applications start clean)"),
        C.LISTED: tr("A point from the list"),
    }[choice]


def kind_label(kind: RecoveryPointKind) -> str:
    return {
        RecoveryPointKind.APP_CONSISTENT: tr("app-consistent"),
        RecoveryPointKind.CRASH_CONSISTENT: tr("crash-consistent"),
    }[kind]


def pick(
    estimate: DataLossEstimate, choice: RecoveryPointChoice, point_id: str | None = None
) -> PointAge | None:
    """The point a choice starts from (the lab's rule: latest and latest processed agree)."""
    points = estimate.points  # newest first
    if choice == C.LISTED:
        return next((p for p in points if p.id == point_id), None)
    if choice == C.LATEST_APP_CONSISTENT:
        return next((p for p in points if p.kind == RecoveryPointKind.APP_CONSISTENT), None)
    return points[0] if points else None


def point_line(point: PointAge) -> str:
    """'14:02:10 — app-consistent — 4 min 10 s old'."""
    return tr("{0} — {1} — {2} old").format(
        fmt.clock(point.time), kind_label(point.kind), fmt.duration(point.age_seconds)
    )


def point_options(estimate: DataLossEstimate) -> tuple[Option, ...]:
    return tuple(Option(p.id, point_line(p)) for p in estimate.points)


@dataclass(frozen=True)
class Loss:
    """The expected data loss of one item for one choice."""

    point: PointAge | None
    lost_bytes: int  # unreplicated bytes that will not reach the replica
    synced_first: bool  # the source is shut down and synced before the point is taken
    last_contact: datetime | None = None  # the unreachable source was last heard from then

    @property
    def age_seconds(self) -> float | None:
        """The span of writes lost: from the point to when the source was last known to be
        writing (now while it answers; its last contact once it does not)."""
        if self.point is None:
            return None
        if self.synced_first:
            return 0.0
        return written_after(self.point)

    def text(self) -> str:
        if self.point is None:
            return tr("no such recovery point")
        if self.synced_first:
            return tr("none expected: the source is shut down and its last changes shipped first")
        span = fmt.duration(written_after(self.point))
        if self.last_contact is not None:
            text = tr("writes of {0}, up to the last contact with the source at {1}").format(
                span, fmt.clock(self.last_contact)
            )
        else:
            text = tr("writes of the last {0}").format(span)
        if self.lost_bytes:
            text += tr(", {0} never replicated").format(fmt.size(self.lost_bytes))
        return text


def loss(
    estimate: DataLossEstimate,
    choice: RecoveryPointChoice,
    point_id: str | None,
    shut_down_source: bool,
) -> Loss:
    point = pick(estimate, choice, point_id)
    # A shutdown and final sync make a new newest point holding every write: only the
    # choices that take the newest point gain from it.
    newest = choice in (C.LATEST, C.LATEST_PROCESSED)
    synced = shut_down_source and estimate.source_reachable and newest
    contact = None if estimate.source_reachable else estimate.source_last_contact
    return Loss(point, 0 if synced else estimate.unreplicated_bytes, synced, contact)


def written_after(point: PointAge) -> float:
    """Seconds of writes after `point` a failover to it loses: up to the moment the source was
    last known to be writing (an older control plane gives only the point's age)."""
    return point.age_seconds if point.loss_seconds is None else point.loss_seconds


def choice_options(
    estimates: list[DataLossEstimate], single: bool, with_latest: bool = True
) -> tuple[Option, ...]:
    """The choices, disabled where an item has no such point; `single` offers a listed one."""
    choices = [C.LATEST, C.LATEST_PROCESSED] if with_latest else [C.LATEST_PROCESSED]
    choices.append(C.LATEST_APP_CONSISTENT)
    if single:
        choices.append(C.LISTED)
    options = []
    for choice in choices:
        missing = [e for e in estimates if choice != C.LISTED and pick(e, choice) is None]
        reason = ""
        if missing:
            reason = (
                tr("No app-consistent recovery point yet.")
                if choice == C.LATEST_APP_CONSISTENT
                else tr("No recovery point yet.")
            )
        detail = ""
        if not missing and choice != C.LISTED and estimates:
            ages = [p.age_seconds for e in estimates if (p := pick(e, choice)) is not None]
            detail = tr("Point age: {0}").format(fmt.duration(max(ages)))
            if len(estimates) > 1:
                detail = tr("Points up to {0} old").format(fmt.duration(max(ages)))
        options.append(Option(choice.value, choice_label(choice), detail, not missing, reason))
    return tuple(options)
