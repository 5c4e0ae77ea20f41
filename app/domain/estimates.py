"""What an operator needs to know before a failover decision: how much data a failover now
would lose, and how many writes reverse replication would discard.

Served by GET /protected-items/{id}/data-loss and /discarded-writes; the console's wizards
show them before the operator confirms.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .enums import RecoveryPointKind
from .model import Id, Model


class PointAge(Model):
    """One recovery point and how old it is at `DataLossEstimate.observed_at`."""

    id: Id
    time: datetime
    kind: RecoveryPointKind
    age_seconds: float = Field(ge=0, description="How old the point is at `observed_at`.")
    loss_seconds: float | None = Field(
        None,
        ge=0,
        description="The span of writes a failover to this point would lose: from the point "
        "to `DataLossEstimate.writes_until` (None from an older control plane: use the age).",
    )


class DataLossEstimate(Model):
    """What an unplanned failover of one protected item would lose, as of `observed_at`.

    Times are the fabric's (a lab may run its clock faster than the wall clock): ages are
    measured against the fabric's own now, never the console's. The loss of each point runs
    to `writes_until`, the moment the source was last known to be writing.
    """

    item_id: Id
    observed_at: datetime = Field(description="The fabric's time when the figures were read.")
    live: bool = Field(
        description="True when read from the fabric just now; False when the fabric could not "
        "be read and the last figures the control plane recorded are shown."
    )
    unreplicated_bytes: int = Field(
        ge=0, description="Written on the active side and not yet shipped to the replica."
    )
    last_replication: datetime | None = None
    source_reachable: bool = Field(
        description="The active side's host agent answers and its site is up: a shutdown and "
        "final sync can ship the unreplicated bytes first."
    )
    source_problem: str = Field("", description="Why the source is not reachable.")
    source_last_contact: datetime | None = Field(
        None,
        description="When the unreachable source was last heard from (its host agent's last "
        "heartbeat, or its newest recovery point if later), on the fabric's clock.",
    )
    writes_until: datetime | None = Field(
        None,
        description="Writes are counted as lost up to this moment: `observed_at` while the "
        "source answers, its last contact once it does not (it cannot be known to have "
        "written after that, and the estimate must not grow while the operator reads it).",
    )
    points: list[PointAge] = Field(default_factory=list, description="Newest first.")


class DiscardedWrites(Model):
    """What reverse replication would discard on the other side (never replicated to the
    active side); nothing after a planned failover. In bytes and 64 KiB blocks, which every
    estate measures, and in guest writes where the estate can count them (the lab)."""

    item_id: Id
    discarded_writes: int | None = Field(
        None, ge=0, description="Guest writes, where the estate counts them (None otherwise)."
    )
    discarded_bytes: int = Field(0, ge=0)
    discarded_blocks: int = Field(0, ge=0)
