"""ReplicaDisk: atomic apply through undo files, recovery points, retention, revert, commit."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.enums import RecoveryPointKind
from app.replication import (
    BLOCK_SIZE,
    DeltaKind,
    FsyncPolicy,
    PointNotFound,
    ReplicaDisk,
    ReplicaState,
    SequenceGap,
    TrackedDisk,
    build_delta,
)

SIZE = 32 * BLOCK_SIZE
REPO = Path(__file__).resolve().parents[2]
T0 = datetime(2030, 1, 1, tzinfo=UTC).timestamp()


class Crash(Exception):
    """Stands for the process dying at an injected point."""


class Source:
    """A source disk plus a replica that got its (empty) initial copy."""

    def __init__(self, tmp_path: Path) -> None:
        self.disk = TrackedDisk.create(
            tmp_path / "src.img", vm_id="vm", disk_id="d", size_bytes=SIZE, fsync=FsyncPolicy.NEVER
        )
        self.rng = random.Random(42)
        self.cycle = 0
        self.snapshots: dict[int, bytes] = {}
        self.replica_path = tmp_path / "replica" / "d.img"
        self.replica_path.parent.mkdir()
        self.replica = ReplicaDisk.create(
            self.replica_path, vm_id="vm", disk_id="d", size_bytes=SIZE
        )

    def next_delta(
        self, writes: int = 20, *, hours: float = 0.0, kind=RecoveryPointKind.CRASH_CONSISTENT
    ):
        for _ in range(writes):
            off = self.rng.randrange(SIZE // BLOCK_SIZE) * BLOCK_SIZE + self.rng.randrange(100)
            self.disk.write(off, self.rng.randbytes(self.rng.randint(1, BLOCK_SIZE)))
        self.disk.rotate()
        self.cycle += 1
        delta = build_delta(
            self.disk.closed_logs(),
            disk_size=SIZE,
            cycle_id=self.cycle,
            point_kind=kind,
            cut_time=T0 + hours * 3600,
        )
        self.disk.discard_logs_through(delta.last_log)
        self.snapshots[self.cycle] = self.disk.image.read_bytes()
        return delta


def test_points_and_materialize_every_one(tmp_path: Path) -> None:
    src = Source(tmp_path)
    for i in range(5):
        kind = RecoveryPointKind.APP_CONSISTENT if i == 2 else RecoveryPointKind.CRASH_CONSISTENT
        outcome = src.replica.apply(src.next_delta(hours=i * 0.1, kind=kind).encode(compress=True))
        assert outcome.applied and outcome.point is not None and outcome.point.cycle_id == i + 1
    points = src.replica.points()
    assert [p.cycle_id for p in points] == [1, 2, 3, 4, 5]
    assert points[2].kind is RecoveryPointKind.APP_CONSISTENT
    assert points[-1].last_seq == src.disk.next_seq - 1
    assert src.replica_path.read_bytes() == src.snapshots[5]  # the image is the latest point
    for cycle, expected in src.snapshots.items():
        out = src.replica.materialize(cycle, tmp_path / f"clone-{cycle}.img")
        assert out.read_bytes() == expected
    assert src.replica_path.read_bytes() == src.snapshots[5]  # materializing left it alone


def test_duplicate_and_gap(tmp_path: Path) -> None:
    src = Source(tmp_path)
    first = src.next_delta()
    assert src.replica.apply(first).applied
    again = src.replica.apply(first)
    assert again.duplicate and not again.applied
    src.next_delta()  # shipped nowhere: lost
    with pytest.raises(SequenceGap):
        src.replica.apply(src.next_delta())


@pytest.mark.parametrize("step", ["undo-written", "entry-0", "entry-5", "data-written"])
def test_crash_mid_apply_rolls_back(tmp_path: Path, step: str) -> None:
    src = Source(tmp_path)
    src.replica.apply(src.next_delta())
    before = src.replica_path.read_bytes()
    delta = src.next_delta(writes=30)
    assert len(delta.entries) > 6

    def crash(at: str) -> None:
        if at == step:
            raise Crash(at)

    src.replica.fault = crash
    with pytest.raises(Crash):
        src.replica.apply(delta)
    src.replica.close()

    reopened = ReplicaDisk.open(src.replica_path)
    assert reopened.image.read_bytes() == before  # half-applied data is rolled back
    assert [p.cycle_id for p in reopened.points()] == [1]  # and never became a point
    assert not list(reopened.points_dir.glob("0000000002.undo"))
    assert reopened.apply(delta).applied  # the sender's retry succeeds
    assert reopened.image.read_bytes() == src.snapshots[2]


def test_crash_with_a_torn_undo_file_leaves_image_untouched(tmp_path: Path) -> None:
    src = Source(tmp_path)
    src.replica.apply(src.next_delta())
    before = src.replica_path.read_bytes()
    src.replica.close()
    undo = src.replica.points_dir / "0000000002.undo"
    undo.write_bytes(b"SBYUNDO1 half written")  # died while writing the undo file
    reopened = ReplicaDisk.open(src.replica_path)
    assert reopened.image.read_bytes() == before and not undo.exists()


def test_sigkill_mid_apply_rolls_back(tmp_path: Path) -> None:
    src = Source(tmp_path)
    src.replica.apply(src.next_delta())
    before = src.replica_path.read_bytes()
    delta = src.next_delta(writes=30)
    blob = tmp_path / "delta.bin"
    blob.write_bytes(delta.encode())
    src.replica.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from app.replication import ReplicaDisk

        def die(step):
            if step == "entry-4":
                os.kill(os.getpid(), signal.SIGKILL)

        r = ReplicaDisk.open(Path({str(src.replica_path)!r}), fault=die)
        r.apply(Path({str(blob)!r}).read_bytes())
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    assert src.replica_path.read_bytes() != before  # it did die half-way through the data
    reopened = ReplicaDisk.open(src.replica_path)
    assert reopened.image.read_bytes() == before
    assert [p.cycle_id for p in reopened.points()] == [1]


def test_retention_prunes_oldest_undo_files(tmp_path: Path) -> None:
    src = Source(tmp_path)
    for h in range(6):  # points at T0, +1h, ... +5h
        src.replica.apply(src.next_delta(hours=h))
    undo_before = sorted(p.name for p in src.replica.points_dir.glob("*.undo"))
    assert len(undo_before) == 6
    now = datetime.fromtimestamp(T0, tz=UTC) + timedelta(hours=5, minutes=30)
    pruned = src.replica.prune(retention_hours=2, now=now)
    assert pruned == [1, 2, 3, 4]  # cut before 3h30
    assert [p.cycle_id for p in src.replica.points()] == [5, 6]
    undo_after = sorted(p.name for p in src.replica.points_dir.glob("*.undo"))
    assert undo_after == ["0000000006.undo"]  # all that point 5 needs
    for cycle in (5, 6):
        out = src.replica.materialize(cycle, tmp_path / f"c{cycle}.img")
        assert out.read_bytes() == src.snapshots[cycle]
    with pytest.raises(PointNotFound):
        src.replica.materialize(2, tmp_path / "gone.img")
    # Retention 0: only the latest point stays, with no undo file at all.
    assert src.replica.prune(retention_hours=0, now=now) == [5]
    assert not list(src.replica.points_dir.glob("*.undo"))
    reopened = ReplicaDisk.open(src.replica_path)
    assert [p.cycle_id for p in reopened.points()] == [6]


def test_revert_and_commit(tmp_path: Path) -> None:
    src = Source(tmp_path)
    for _ in range(4):
        src.replica.apply(src.next_delta())
    point = src.replica.revert_to(2)
    assert point.cycle_id == 2
    assert src.replica_path.read_bytes() == src.snapshots[2]
    assert [p.cycle_id for p in src.replica.points()] == [1, 2]
    assert src.replica.status().state is ReplicaState.CONSISTENT
    committed = src.replica.commit()
    assert committed.cycle_id == 2
    assert [p.cycle_id for p in src.replica.points()] == [2]
    assert not list(src.replica.points_dir.glob("*.undo"))
    assert src.replica_path.read_bytes() == src.snapshots[2]


def test_interrupted_revert_finishes_on_open(tmp_path: Path) -> None:
    src = Source(tmp_path)
    for _ in range(4):
        src.replica.apply(src.next_delta())
    # Simulate dying after the intent was recorded and one undo was applied.
    j = src.replica.journal
    j.reverting_to = j.applies[0].apply_id
    j.save(src.replica.journal_path)
    src.replica.close()
    reopened = ReplicaDisk.open(src.replica_path)
    assert reopened.image.read_bytes() == src.snapshots[1]
    assert [p.cycle_id for p in reopened.points()] == [1]


def test_resync_delta_is_not_a_point(tmp_path: Path) -> None:
    src = Source(tmp_path)
    src.replica.apply(src.next_delta())
    delta = src.next_delta()
    delta.kind = DeltaKind.RESYNC
    outcome = src.replica.apply(delta)
    assert outcome.applied and outcome.point is None
    assert src.replica.status().state is ReplicaState.FUZZY
    # The older point is still reachable through the resync apply's undo file.
    assert src.replica.materialize(1, tmp_path / "p1.img").read_bytes() == src.snapshots[1]
