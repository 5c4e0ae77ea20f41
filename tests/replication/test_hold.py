"""Held replicas (app/replication/hold.py): cycles staged while a test copy reads the image,
their points listed at once, the differences of any point, and the staged cycles applied
when the last hold ends."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.replication.cycle import Delta, DeltaEntry, DeltaKind
from app.replication.errors import SequenceGap
from app.replication.hold import HoldingReplicaService, ReplicaHeld
from app.replication.sparse import BLOCK_SIZE

SIZE = 16 * BLOCK_SIZE


def cycle(cycle_id: int, writes: dict[int, bytes]) -> bytes:
    """Cycle `cycle_id` covers sequence [cycle_id, cycle_id + 1) (as the libvirt tracker)."""
    entries = [DeltaEntry(block, 0, data) for block, data in writes.items()]
    delta = Delta(
        DeltaKind.CYCLE, "vm", "vda", SIZE, cycle_id, cycle_id + 1, cycle_id=cycle_id,
        entries=entries,
    )  # fmt: skip
    return delta.encode()


def disk_at(service: HoldingReplicaService, cycle_id: int) -> bytes:
    """The disk at a point: the image with `differences` written over it, in order."""
    image = bytearray(service.image_path("p", "vda").read_bytes())
    for e in service.differences("p", "vda", cycle_id):
        image[e.offset : e.offset + len(e.data)] = bytes(e.data)
    return bytes(image)


def block(byte: int) -> bytes:
    return bytes([byte]) * BLOCK_SIZE


def test_a_held_replica_stages_cycles_lists_their_points_and_applies_them_on_release(
    tmp_path: Path,
) -> None:
    service = HoldingReplicaService(tmp_path)
    service.prepare("p", vm_id="vm", disk_id="vda", size_bytes=SIZE, fresh=True)
    service.send_delta("p", cycle(1, {0: block(1), 1: block(1)}))
    service.send_delta("p", cycle(2, {1: block(2), 2: block(2)}))
    service.send_delta("p", cycle(3, {2: block(3)}))
    expected = {
        1: block(1) + block(1) + bytes(SIZE - 2 * BLOCK_SIZE),
        2: block(1) + block(2) + block(2) + bytes(SIZE - 3 * BLOCK_SIZE),
        3: block(1) + block(2) + block(3) + bytes(SIZE - 3 * BLOCK_SIZE),
    }

    service.hold("p", ["vda"], "test-1")
    image = service.image_path("p", "vda")
    before = image.read_bytes()
    ack = service.send_delta("p", cycle(4, {0: block(4), 5: block(4)}))
    assert ack.applied and ack.next_seq == 5
    assert service.send_delta("p", cycle(4, {0: block(4), 5: block(4)})).duplicate
    with pytest.raises(SequenceGap):
        service.send_delta("p", cycle(6, {0: block(6)}))
    service.send_delta("p", cycle(5, {1: block(5)}))
    expected[4] = block(4) + expected[3][BLOCK_SIZE : 5 * BLOCK_SIZE] + block(4)
    expected[4] += bytes(SIZE - len(expected[4]))
    expected[5] = expected[4][:BLOCK_SIZE] + block(5) + expected[4][2 * BLOCK_SIZE :]

    assert image.read_bytes() == before  # the image under the overlays stays still
    assert [p.cycle_id for p in service.points("p", "vda")] == [1, 2, 3, 4, 5]
    status = service.status("p", "vda")
    assert status is not None and status.next_seq == 6 and status.latest_cycle_id == 5
    for cycle_id, content in expected.items():
        assert disk_at(service, cycle_id) == content, cycle_id
    with pytest.raises(ReplicaHeld):
        service.block_hashes("p", "vda")
    assert service.prune("p", "vda", 0.0) == []
    # Nothing makes the image under the overlays again, nor deletes it.
    with pytest.raises(ReplicaHeld):
        service.prepare("p", vm_id="vm", disk_id="vda", size_bytes=SIZE, fresh=True)
    with pytest.raises(ReplicaHeld):
        service.release_pair("p")
    assert service.prepare("p", vm_id="vm", disk_id="vda", size_bytes=SIZE, fresh=False)

    # A second holder keeps the hold; the last release applies the staged cycles in order.
    service.hold("p", ["vda"], "test-2")
    assert service.release("p", ["vda"], "test-1") == 0
    assert image.read_bytes() == before
    assert service.release("p", ["vda"], "test-2") == 2
    assert image.read_bytes() == expected[5]
    assert [p.cycle_id for p in service.points("p", "vda")] == [1, 2, 3, 4, 5]
    for cycle_id, content in expected.items():
        assert disk_at(service, cycle_id) == content, cycle_id
    assert not any(image.with_name("vda.img.staged").glob("*.delta"))
    service.close()


def test_staged_cycles_survive_a_restart_and_are_applied_after_the_hold(tmp_path: Path) -> None:
    service = HoldingReplicaService(tmp_path)
    service.prepare("p", vm_id="vm", disk_id="vda", size_bytes=SIZE, fresh=True)
    service.send_delta("p", cycle(1, {0: block(1)}))
    service.hold("p", ["vda"], "t")
    service.send_delta("p", cycle(2, {0: block(2)}))
    service.close()

    again = HoldingReplicaService(tmp_path)  # a restart of the recovery host's agent
    assert again.held("p")
    assert [p.cycle_id for p in again.points("p", "vda")] == [1, 2]
    assert again.send_delta("p", cycle(2, {0: block(2)})).duplicate
    # The hold's file goes (as if its end was cut short): the next delta applies the rest.
    os.unlink(tmp_path / "p" / "holds.json")
    again.send_delta("p", cycle(3, {1: block(3)}))
    image = again.image_path("p", "vda").read_bytes()
    assert image[:BLOCK_SIZE] == block(2) and image[BLOCK_SIZE : 2 * BLOCK_SIZE] == block(3)
    assert [p.cycle_id for p in again.points("p", "vda")] == [1, 2, 3]
    again.close()


def test_a_sealed_replica_refuses_every_delta_and_commits_a_point_under_its_overlay(
    tmp_path: Path,
) -> None:
    service = HoldingReplicaService(tmp_path)
    service.prepare("p", vm_id="vm", disk_id="vda", size_bytes=SIZE, fresh=True)
    for cycle_id in (1, 2):
        service.send_delta("p", cycle(cycle_id, {cycle_id: block(cycle_id)}))
    service.hold("p", ["vda"], "failover")
    service.send_delta("p", cycle(3, {3: block(3)}))  # staged before the seal
    point2 = disk_at(service, 2)
    service.seal("p", "vm failed over")
    with pytest.raises(ReplicaHeld, match="failed over"):
        service.send_delta("p", cycle(4, {4: block(4)}))
    service.commit_point("p", ["vda"], 2)
    image = service.image_path("p", "vda")
    assert image.read_bytes() == point2
    assert [p.cycle_id for p in service.points("p", "vda")] == [2]
    assert service.staged("p", "vda") == []
    service.unseal("p")
    service.release("p", ["vda"], "failover")
    service.send_delta("p", cycle(3, {3: block(3)}))
    assert [p.cycle_id for p in service.points("p", "vda")] == [2, 3]
    service.close()
