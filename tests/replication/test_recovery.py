"""The data plane's recovery API without the lab: choosing a point, a failover on images
(materialize, running disks, commit), the turn-around's adoption, and the records a restart
reads back (including the lab-state.json shape written before they moved here)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.enums import RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import FabricError, FailoverResult, ReverseResult
from app.domain.model import Policy
from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)
from app.replication.journal import RecoveryPointRecord
from app.replication.recovery import (
    DiskSpec,
    FailoverRecord,
    RecoveryBook,
    ReplicaSet,
    adopt_old_side,
    choose_point,
    point_id,
    running_disks,
)

APP, CRASH = RecoveryPointKind.APP_CONSISTENT, RecoveryPointKind.CRASH_CONSISTENT
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _points(*kinds: RecoveryPointKind) -> list[RecoveryPointRecord]:
    return [RecoveryPointRecord(i + 1, T0, kind, i, i) for i, kind in enumerate(kinds)]


def test_choose_point() -> None:
    points = _points(APP, CRASH, CRASH)
    assert choose_point("vm", points, RecoveryPointChoice.LATEST, None).cycle_id == 3
    assert choose_point("vm", points, "latest-processed", None).cycle_id == 3
    assert choose_point("vm", points, RecoveryPointChoice.LATEST_APP_CONSISTENT, None).cycle_id == 1
    assert choose_point("vm", points, RecoveryPointChoice.LISTED, point_id("vm", 2)).cycle_id == 2
    with pytest.raises(FabricError, match="no recovery point 'rp-vm-9'"):
        choose_point("vm", points, RecoveryPointChoice.LISTED, "rp-vm-9")
    with pytest.raises(FabricError, match="no app-consistent"):
        choose_point("vm", _points(CRASH), RecoveryPointChoice.LATEST_APP_CONSISTENT, None)
    with pytest.raises(FabricError, match="no recovery point"):
        choose_point("vm", [], RecoveryPointChoice.LATEST, None)


class _Idle:
    def quiesce(self) -> None:
        pass

    def resume(self) -> None:
        pass


def test_failover_on_images_and_turn_around(tmp_path: Path) -> None:
    size = 16 * BLOCK_SIZE
    source = tmp_path / "src"
    source.mkdir()
    disk = TrackedDisk.create(source / "d0.img", vm_id="vm", disk_id="d0", size_bytes=size)
    service = ReplicaService(tmp_path / "replicas")
    pair = ReplicationPair("pair-vm", [disk], DirectTransport(service), quiescer=_Idle())
    try:
        disk.write(0, b"a" * BLOCK_SIZE)
        assert pair.initial_replication()
        disk.write(BLOCK_SIZE, b"b" * BLOCK_SIZE)
        pair.run_cycle(APP)
        disk.write(2 * BLOCK_SIZE, b"c" * BLOCK_SIZE)
        pair.run_cycle(CRASH)

        replicas = ReplicaSet.of(service, "pair-vm", ["d0"], "vm")
        points = replicas.points()
        point = choose_point("vm", points, RecoveryPointChoice.LATEST_APP_CONSISTENT, None)
        folder = tmp_path / "recovery" / "vm"
        images = replicas.materialize(point.cycle_id, folder, ".point")
        [running] = running_disks("vm", [DiskSpec("d0", size)], folder, images)
        assert running.image == folder / "d0.img"
        with open(running.image, "rb") as f:
            data = f.read(3 * BLOCK_SIZE)
        assert data == b"a" * BLOCK_SIZE + b"b" * BLOCK_SIZE + bytes(BLOCK_SIZE)
        running.close()

        replicas.commit(point.cycle_id)
        assert [p.cycle_id for p in replicas.points()] == [point.cycle_id]
        carry = replicas.last_cycle_id()
        with pytest.raises(FabricError, match="has no replica of d9"):
            ReplicaSet.of(service, "pair-vm", ["d9"], "vm")
    finally:
        disk.close()

    # The old side becomes the replica of a new pair, its ids carrying on after `carry`.
    adopt_old_side(service, source, "vm", [DiskSpec("d0", size)], "pair-vm-r1", carry)
    assert not source.exists()
    replica = service.replica("pair-vm-r1", "d0")
    assert replica is not None and replica.journal.last_cycle_id == carry
    service.close()


def test_records_read_the_state_written_before_they_moved() -> None:
    """lab-state.json written by the lab's own code before recovery.py (same keys)."""
    policy = Policy(id="pol", name="p").model_dump(mode="json")
    saved = {
        "last_reverse": {"vm": {"blocks_compared": 4, "blocks_shipped": 1, "bytes_shipped": 9}},
        "resync_pending": ["vm2"],
        "generation": {"vm": 1},
        "turning": {
            "vm2": {
                "pair_id": "pair-vm2-r1",
                "carry": 7,
                "guest_host_id": "h2",
                "guest_running": True,
                "old_source_host_id": "h1",
                "old_target_host_id": "h2",
                "old_pair_id": "pair-vm2",
                "policy": policy,
            }
        },
    }
    book = RecoveryBook()
    book.restore(saved)
    assert book.last_reverse["vm"] == ReverseResult(4, 1, 9)  # an older lab: no direction
    assert book.turning["vm2"].carry == 7 and book.turning["vm2"].policy.name == "p"
    again = book.snapshot()
    assert again["turning"] == saved["turning"]
    turn = book.begin_turn(
        "vm",
        carry=3,
        guest_host_id="h2",
        guest_running=False,
        old_source_host_id="h1",
        old_target_host_id="h2",
        old_pair_id="pair-vm",
        policy=Policy(id="pol", name="p"),
    )
    assert turn.pair_id == "pair-vm-r2"
    book.turned("vm")
    assert "vm" in book.resync_pending and "vm" not in book.turning

    record = FailoverRecord(
        _points(APP)[0], FailoverResult("rp-vm-1", T0, APP, 0, 0), committed=True
    )
    entry = {**record.to_json(), "guest_host_id": "h2", "prefix": 5}  # the lab adds its own
    assert FailoverRecord.from_json(entry) == record
