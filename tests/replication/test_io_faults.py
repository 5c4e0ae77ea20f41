"""I/O errors at every step: an apply, a guest write and a log rotation are all-or-nothing.

Every system call that writes or syncs (`os.write`, `pwrite`, `pwritev`, `fsync`,
`fdatasync`, `replace`, `ftruncate`) is counted during one operation; the operation is then
run again once per call number N with call N failing — once (a passing EIO), or from N on
until the test lifts it (a disk that stays full, during which even the rollback fails). After
each failure, every recorded recovery point must materialize byte for byte, the image must
be the newest point, and the sender's retry must succeed.
"""

from __future__ import annotations

import errno
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.enums import RecoveryPointKind
from app.replication import (
    BLOCK_SIZE,
    FsyncPolicy,
    ReplicaDisk,
    ReplicationError,
    StorageFull,
    TrackedDisk,
    build_delta,
)
from tests.replication.test_replica_points import SIZE, T0, Source

_CALLS = ("write", "pwrite", "pwritev", "fsync", "fdatasync", "replace", "ftruncate")


class Faults:
    """Counts the write and sync calls made while armed; fails the Nth (and, when
    `persist`, every later one until disarmed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.armed = False
        self.calls = 0
        self.fail_at: int | None = None
        self.persist = False
        self.errno = errno.ENOSPC
        self.failures = 0
        for name in _CALLS:
            monkeypatch.setattr(os, name, self._wrap(getattr(os, name)))

    def _wrap(self, real: Callable) -> Callable:
        def call(*args, **kwargs):
            if self.armed:
                self.calls += 1
                n = self.fail_at
                if n is not None and (self.calls == n or (self.persist and self.calls > n)):
                    self.failures += 1
                    raise OSError(self.errno, os.strerror(self.errno))
            return real(*args, **kwargs)

        return call

    def run(self, op: Callable[[], object], fail_at: int | None = None) -> BaseException | None:
        """Run `op` armed; returns the error it raised (None if it succeeded)."""
        self.calls, self.fail_at, self.failures, self.armed = 0, fail_at, 0, True
        try:
            op()
        except (OSError, ReplicationError) as exc:
            return exc
        finally:
            self.armed = False
        return None


def _check_points(src: Source, tmp: Path, expect: set[int]) -> None:
    replica = src.replica
    points = [p.cycle_id for p in replica.points()]
    assert set(points) == expect, points
    for cycle in points:
        out = replica.materialize(cycle, tmp / f"point-{cycle}.img")
        assert out.read_bytes() == src.snapshots[cycle], f"point {cycle} differs"
        out.unlink()
    assert src.replica_path.read_bytes() == src.snapshots[max(points)], "image != newest point"


@pytest.mark.parametrize(
    ("code", "persist"),
    [(errno.ENOSPC, False), (errno.EIO, False), (errno.ENOSPC, True)],
    ids=["enospc-once", "eio-once", "enospc-until-lifted"],
)
def test_apply_is_atomic_at_every_io_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, persist: bool
) -> None:
    faults = Faults(monkeypatch)
    faults.errno, faults.persist = code, persist

    def scenario(where: Path) -> tuple[Source, object]:
        where.mkdir()
        src = Source(where)
        for h in range(3):
            assert src.replica.apply(src.next_delta(hours=h * 0.1)).applied
        return src, src.next_delta(writes=30, hours=0.5)

    src, delta = scenario(tmp_path / "count")
    assert faults.run(lambda: src.replica.apply(delta)) is None
    total = faults.calls
    assert total >= 6, f"an apply made only {total} write/sync calls"

    rolled_back = 0
    for n in range(1, total + 1):
        src, delta = scenario(tmp_path / f"fail-{n}")
        error = faults.run(lambda src=src, delta=delta: src.replica.apply(delta), fail_at=n)
        assert error is not None and faults.failures >= 1, f"call {n} did not fail the apply"
        if code == errno.ENOSPC:
            assert isinstance(error, OSError) and error.errno == errno.ENOSPC
        # The disk answers again. Nothing half-applied is a point; whatever is recorded is
        # exact (a failure after the journal's replace leaves the apply committed).
        points = {p.cycle_id for p in src.replica.points()}
        assert points in ({1, 2, 3}, {1, 2, 3, 4}), f"call {n}: points {points}"
        rolled_back += points == {1, 2, 3}
        _check_points(src, tmp_path, points)
        assert not (src.replica.points_dir / "journal.json.tmp").exists()
        # The sender ships the same delta again: applied now, or a duplicate if it was in.
        outcome = src.replica.apply(delta)
        assert outcome.applied or outcome.duplicate
        _check_points(src, tmp_path, {1, 2, 3, 4})
        # And the same from disk, as after a restart.
        src.replica.close()
        src.replica = ReplicaDisk.open(src.replica_path)
        _check_points(src, tmp_path, {1, 2, 3, 4})
        assert sorted(p.name for p in src.replica.points_dir.glob("*.undo")) == [
            f"{i:010d}.undo" for i in range(1, 5)
        ]
        src.replica.close()
    assert rolled_back >= total - 3, "most failures must come before the commit"


def test_replica_storage_full_is_storage_full_at_the_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the replica host's service, a full disk is StorageFull("replica"), not a
    bare OSError, so the sender tells it from a cut link."""
    from app.replication import ReplicaService

    faults = Faults(monkeypatch)
    service = ReplicaService(tmp_path / "host")
    src = Source(tmp_path)
    service.prepare("p", vm_id="vm", disk_id="d", size_bytes=SIZE, fresh=True)
    blob = src.next_delta().encode(compress=False)
    error = faults.run(lambda: service.send_delta("p", blob), fail_at=3)
    assert isinstance(error, StorageFull) and error.side == "replica"
    assert service.send_delta("p", blob).applied
    service.close()


def test_guest_write_and_rotation_are_atomic_at_every_io_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source disk under a full disk: a write that fails never happened (not in the log,
    not in the image), a rotation that fails leaves the open log open; what ships afterwards
    rebuilds the source image exactly."""
    faults = Faults(monkeypatch)
    rng = random.Random(7)

    def workload(disk: TrackedDisk, model: bytearray) -> None:
        for _ in range(3):
            off = rng.randrange(SIZE // BLOCK_SIZE) * BLOCK_SIZE + rng.randrange(100)
            data = rng.randbytes(rng.randint(1, BLOCK_SIZE))
            try:
                disk.write(off, data)
            except StorageFull:
                continue  # the guest was told: the write did not happen
            model[off : off + len(data)] = data
        disk.rotate()

    def fresh(where: Path) -> tuple[TrackedDisk, ReplicaDisk, bytearray]:
        where.mkdir()
        disk = TrackedDisk.create(
            where / "src.img", vm_id="vm", disk_id="d", size_bytes=SIZE, fsync=FsyncPolicy.ALWAYS
        )
        (where / "r").mkdir()
        replica = ReplicaDisk.create(
            where / "r" / "d.img", vm_id="vm", disk_id="d", size_bytes=SIZE
        )
        return disk, replica, bytearray(SIZE)

    def ship(disk: TrackedDisk, replica: ReplicaDisk, cycle: int) -> None:
        delta = build_delta(
            disk.closed_logs(),
            disk_size=SIZE,
            cycle_id=cycle,
            point_kind=RecoveryPointKind.CRASH_CONSISTENT,
            cut_time=T0,
        )
        replica.apply(delta)
        disk.discard_logs_through(delta.last_log)

    disk, replica, model = fresh(tmp_path / "count")
    state = rng.getstate()
    assert faults.run(lambda: workload(disk, model)) is None
    total = faults.calls
    disk.close()
    replica.close()
    for n in range(1, total + 1):
        disk, replica, model = fresh(tmp_path / f"fail-{n}")
        rng.setstate(state)
        error = faults.run(lambda d=disk, m=model: workload(d, m), fail_at=n)
        assert faults.failures == 1
        if isinstance(error, StorageFull):
            assert error.side == "source"
        # The disk answers again: rotate what is left and ship everything.
        disk.rotate()
        ship(disk, replica, 1)
        assert disk.image.read_bytes() == bytes(model), f"call {n}: source image"
        assert replica.image.read_bytes() == bytes(model), f"call {n}: replica"
        assert not disk.resync_required
        disk.close()
        replica.close()
        # A restart continues the logs cleanly too.
        reopened = TrackedDisk.open(disk.image, fsync=FsyncPolicy.ALWAYS)
        assert not reopened.resync_required
        reopened.close()
