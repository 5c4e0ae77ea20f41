"""The replica's journal: which applies happened, their undo files and recovery points.

One small JSON document, replaced atomically (temp file, fsync, os.replace, fsync of the
folder). Writing it is the commit of an apply: an undo file the journal does not name belongs
to an apply that never finished and is rolled back on open.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from app.domain.enums import RecoveryPointKind

from .sparse import write_json_atomic


class ReplicaState(StrEnum):
    INITIAL = "initial"  # the full copy is under way: no recovery point yet
    CONSISTENT = "consistent"  # the image is the latest recovery point
    FUZZY = "fuzzy"  # resync blocks applied; consistent again after the next cycle


@dataclass(frozen=True)
class RecoveryPointRecord:
    """A recovery point of one replica disk; `cycle_id` identifies it across a VM's disks."""

    cycle_id: int
    time: datetime
    kind: RecoveryPointKind
    last_seq: int  # the source disk's last write sequence number included
    apply_id: int

    @property
    def point_id(self) -> str:
        return f"{self.cycle_id:08d}"


@dataclass
class ApplyRecord:
    apply_id: int
    kind: str  # "cycle" | "resync"
    undo: str | None  # file name inside the points folder; None once pruned
    end_seq: int  # the replica's next expected sequence number after this apply
    cycle_id: int | None = None
    time: str | None = None  # ISO 8601, UTC; set when the apply is a recovery point
    point_kind: str | None = None

    def point(self) -> RecoveryPointRecord | None:
        if self.cycle_id is None or self.time is None or self.point_kind is None:
            return None
        return RecoveryPointRecord(
            cycle_id=self.cycle_id,
            time=datetime.fromisoformat(self.time),
            kind=RecoveryPointKind(self.point_kind),
            last_seq=self.end_seq - 1,
            apply_id=self.apply_id,
        )


@dataclass
class Journal:
    vm_id: str
    disk_id: str
    size_bytes: int
    state: ReplicaState = ReplicaState.INITIAL
    next_seq: int = 1
    next_apply_id: int = 1
    last_cycle_id: int = 0
    reverting_to: int | None = None  # apply id an in-place revert is heading for
    applies: list[ApplyRecord] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path) -> Journal:
        raw = json.loads(Path(path).read_text())
        raw["state"] = ReplicaState(raw["state"])
        raw["applies"] = [ApplyRecord(**a) for a in raw["applies"]]
        return cls(**raw)

    def save(self, path: Path) -> None:
        doc = asdict(self)
        doc["state"] = str(self.state)
        write_json_atomic(Path(path), doc)

    def points(self) -> list[RecoveryPointRecord]:
        return [p for a in self.applies if (p := a.point()) is not None]


def utc_from_epoch(t: float) -> datetime:
    return datetime.fromtimestamp(t, tz=UTC)
