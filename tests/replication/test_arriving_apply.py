"""Deltas applied while their body arrives (`ReplicaDisk.apply_arriving`, the agent's path for
large bodies): the same image, point and undo file as a whole apply; a body cut or corrupt at
any point, and a process killed mid-apply, leave the replica exactly as it was; the undo file
of an apply that never committed rolls back whatever of it was written whole."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.replication import BLOCK_SIZE, DeltaCorrupt, ReplicaDisk, ReplicaService
from app.replication.buffers import ArrivingBody, BodyCut
from app.replication.cycle import Delta, DeltaEntry, DeltaKind
from app.replication.hold import HoldingReplicaService
from app.replication.undo import UndoCorrupt, read_undo, write_undo
from tests.replication.test_http_transport import (
    AgentThread,
    pki,  # noqa: F401  (the module's certificates, as a fixture here)
)
from tests.replication.test_http_transport import (
    test_link_cut_mid_stream_50_times_never_half_applies as link_cut_scenario,
)

REPO = Path(__file__).resolve().parents[2]
BLOCKS = 64
SIZE = BLOCKS * BLOCK_SIZE
SMALL_BATCH = 3 * BLOCK_SIZE  # many batches per delta


def cycle(cycle_id: int, entries: list[DeltaEntry], size: int = SIZE) -> Delta:
    return Delta(
        kind=DeltaKind.CYCLE,
        vm_id="vm1",
        disk_id="d0",
        disk_size=size,
        base_seq=cycle_id,
        end_seq=cycle_id + 1,
        cycle_id=cycle_id,
        cut_time=1000.0 + cycle_id,
        entries=entries,
    )


def some_entries(rng: random.Random, count: int) -> list[DeltaEntry]:
    """Whole blocks and parts of blocks, in block order (as a cycle delta holds them)."""
    out = []
    for block in sorted(rng.sample(range(BLOCKS), count)):
        if rng.random() < 0.7:
            out.append(DeltaEntry(block, 0, rng.randbytes(BLOCK_SIZE)))
        else:
            start = rng.randrange(0, BLOCK_SIZE - 4096)
            out.append(DeltaEntry(block, start, rng.randbytes(rng.randrange(1, 4096))))
    return out


@pytest.fixture
def replica(tmp_path: Path) -> Iterator[ReplicaDisk]:
    """A replica with one point over half of its blocks (the rest holes): undo data of both."""
    disk = ReplicaDisk.create(tmp_path / "d0.img", vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    rng = random.Random(1)
    first = [DeltaEntry(b, 0, rng.randbytes(BLOCK_SIZE)) for b in range(0, BLOCKS, 2)]
    disk.apply(cycle(1, first).encode())
    yield disk
    disk.close()


def feed(body: ArrivingBody, blob: bytes, piece: int, stop_at: int | None = None) -> None:
    """Put `blob` into `body` in pieces, from another thread (as the agent's loop does); cut
    it at `stop_at` bytes when given."""

    def run() -> None:
        end = len(blob) if stop_at is None else stop_at
        for pos in range(0, end, piece):
            body.arrived(blob[pos : min(pos + piece, end)])
        if stop_at is not None:
            body.cut(ConnectionResetError("the link went down"))

    threading.Thread(target=run, daemon=True).start()


def arriving_apply(disk: ReplicaDisk, blob: bytes, *, piece: int = 7000, stop_at=None):
    body = ArrivingBody(memoryview(bytearray(len(blob))))
    feed(body, blob, piece, stop_at)
    arriving = Delta.decode_arriving(body.wait, body.total, batch_bytes=SMALL_BATCH)
    assert arriving is not None
    return disk.apply_arriving(arriving)


def test_an_arriving_delta_applies_as_the_whole_delta_would(
    tmp_path: Path, replica: ReplicaDisk
) -> None:
    rng = random.Random(2)
    delta = cycle(2, some_entries(rng, 40))
    blob = delta.encode()
    before = replica.image.read_bytes()
    # What a whole apply's undo file holds, written from the same image before the apply.
    expected_undo = tmp_path / "expected.undo"
    write_undo(expected_undo, replica.journal.next_apply_id, replica._fd, delta.entries)

    outcome = arriving_apply(replica, blob)

    assert outcome.applied and outcome.point is not None and outcome.point.cycle_id == 2
    assert outcome.bytes_written == delta.payload_bytes
    image = bytearray(before)
    for e in delta.entries:
        image[e.offset : e.offset + len(e.data)] = e.data
    assert replica.image.read_bytes() == bytes(image)
    undo = replica.points_dir / "0000000002.undo"
    assert undo.read_bytes() == expected_undo.read_bytes()  # the same file, byte for byte
    assert [p.cycle_id for p in replica.points()] == [1, 2]
    replica.materialize(1, tmp_path / "p1.img")
    assert (tmp_path / "p1.img").read_bytes() == before
    # Sent again (a lost answer): a duplicate, verified and not applied.
    again = arriving_apply(replica, blob)
    assert again.duplicate and not again.applied
    assert replica.image.read_bytes() == bytes(image)


@pytest.mark.parametrize("fraction", [0.0, 0.001, 0.2, 0.5, 0.9, 0.999])
def test_a_body_cut_at_any_point_leaves_the_replica_as_it_was(
    replica: ReplicaDisk, fraction: float
) -> None:
    before = replica.image.read_bytes()
    blob = cycle(2, some_entries(random.Random(3), 40)).encode()
    with pytest.raises((BodyCut, DeltaCorrupt)):
        arriving_apply(replica, blob, stop_at=int(len(blob) * fraction))
    assert replica.image.read_bytes() == before
    assert [p.cycle_id for p in replica.points()] == [1]
    assert not list(replica.points_dir.glob("0000000002.undo"))
    assert arriving_apply(replica, blob).applied  # the whole body, sent again, applies
    assert [p.cycle_id for p in replica.points()] == [1, 2]


@pytest.mark.parametrize("where", ["entry", "trailer"])
def test_a_corrupt_body_is_rolled_back_even_after_batches_were_applied(
    replica: ReplicaDisk, where: str
) -> None:
    before = replica.image.read_bytes()
    blob = bytearray(cycle(2, some_entries(random.Random(4), 40)).encode())
    # An entry's data late in the body (its checksum fails when its batch is read), or the
    # body's own checksum (known only once all of it arrived, every batch applied by then).
    blob[-200 if where == "entry" else -3] ^= 0xFF
    with pytest.raises(DeltaCorrupt):
        arriving_apply(replica, bytes(blob))
    assert replica.image.read_bytes() == before
    assert [p.cycle_id for p in replica.points()] == [1]


def test_a_process_killed_mid_apply_is_rolled_back_on_open(
    tmp_path: Path, replica: ReplicaDisk
) -> None:
    before = replica.image.read_bytes()
    blob = tmp_path / "delta.bin"
    blob.write_bytes(cycle(2, some_entries(random.Random(5), 40)).encode())
    replica.close()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from app.replication import ReplicaDisk
        from app.replication.buffers import ArrivingBody
        from app.replication.cycle import Delta

        written = []

        def die(step):
            if step.startswith("entry-"):
                written.append(step)
                if len(written) == 25:  # some batches in the image, the rest not
                    os.kill(os.getpid(), signal.SIGKILL)

        r = ReplicaDisk.open(Path({str(replica.image)!r}), fault=die)
        raw = Path({str(blob)!r}).read_bytes()
        body = ArrivingBody(memoryview(bytearray(len(raw))))
        body.arrived(raw)
        r.apply_arriving(Delta.decode_arriving(body.wait, body.total, batch_bytes={SMALL_BATCH}))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    assert replica.image.read_bytes() != before  # it did die half-way through the data
    reopened = ReplicaDisk.open(replica.image)
    assert reopened.image.read_bytes() == before
    assert [p.cycle_id for p in reopened.points()] == [1]
    assert not (reopened.points_dir / "0000000002.undo").exists()
    reopened.close()


def test_an_undo_file_read_as_a_prefix_gives_its_whole_records(
    tmp_path: Path, replica: ReplicaDisk
) -> None:
    entries = some_entries(random.Random(6), 20)
    path = tmp_path / "x.undo"
    saved = write_undo(path, 7, replica._fd, entries).entries
    whole = path.read_bytes()
    assert len(read_undo(path, prefix=True).entries) == len(saved)
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 13):
        path.write_bytes(whole[:cut])
        with pytest.raises(UndoCorrupt):
            read_undo(path)  # a committed apply's undo file must be whole
        got = read_undo(path, prefix=True).entries
        assert 0 < len(got) < len(saved)
        assert [(e.offset, bytes(e.data)) for e in got] == [
            (e.offset, bytes(e.data)) for e in saved[: len(got)]
        ]
    path.write_bytes(whole[:60])  # the header and part of the first record
    assert read_undo(path, prefix=True).entries == []
    path.write_bytes(whole[:20])  # a torn header: nothing was written to the image yet
    with pytest.raises(UndoCorrupt):
        read_undo(path, prefix=True)


def test_a_held_replica_stages_an_arriving_delta_instead_of_applying_it(tmp_path: Path) -> None:
    service = HoldingReplicaService(tmp_path / "store")
    try:
        service.prepare("p", vm_id="vm1", disk_id="d0", size_bytes=SIZE, fresh=True)
        service.send_delta("p", cycle(1, []).encode())
        service.hold("p", ["d0"], "test-failover")
        before = service.replica("p", "d0").image.read_bytes()
        blob = cycle(2, some_entries(random.Random(7), 30)).encode()
        body = ArrivingBody(memoryview(bytearray(len(blob))))
        feed(body, blob, 5000)
        ack = service.send_arriving("p", body)
        assert ack.applied and ack.next_seq == 3
        assert service.replica("p", "d0").image.read_bytes() == before  # staged, not applied
        assert [s.cycle_id for s in service.staged("p", "d0")] == [2]
        service.release("p", ["d0"], "test-failover")
        assert [p.cycle_id for p in service.points("p", "d0")] == [1, 2]
    finally:
        service.close()


def test_a_plain_service_applies_an_arriving_delta(tmp_path: Path) -> None:
    service = ReplicaService(tmp_path / "store")
    try:
        service.prepare("p", vm_id="vm1", disk_id="d0", size_bytes=SIZE, fresh=True)
        service.send_delta("p", cycle(1, []).encode())
        delta = cycle(2, some_entries(random.Random(8), 30))
        blob = delta.encode()
        body = ArrivingBody(memoryview(bytearray(len(blob))))
        feed(body, blob, 5000)
        ack = service.send_arriving("p", body)
        assert ack.applied and ack.next_seq == 3
        image = service.replica("p", "d0").image.read_bytes()
        assert all(image[e.offset : e.offset + len(e.data)] == e.data for e in delta.entries)
    finally:
        service.close()


def test_link_cut_mid_stream_50_times_with_bodies_applied_as_they_arrive(
    tmp_path: Path,
    pki,  # noqa: F811
) -> None:
    """The relay scenario of test_http_transport, every delta body applied while it arrives."""
    agent = AgentThread(tmp_path / "recovery-host", pki.recovery, arriving_min_bytes=0).start()
    try:
        link_cut_scenario(tmp_path, agent, pki)
        assert agent.stats.deltas_received > 0
    finally:
        agent.stop()


def test_a_hold_does_not_wait_for_a_delta_still_arriving(tmp_path: Path) -> None:
    """A test failover's hold while a large delta trickles in over a slow link: the apply so
    far is rolled back and gives way, and the delta is staged once it arrived."""
    service = HoldingReplicaService(tmp_path / "store")
    try:
        service.prepare("p", vm_id="vm1", disk_id="d0", size_bytes=SIZE, fresh=True)
        service.send_delta("p", cycle(1, [DeltaEntry(0, 0, b"x" * BLOCK_SIZE)]).encode())
        before = service.replica("p", "d0").image.read_bytes()
        blob = cycle(2, some_entries(random.Random(9), 40)).encode()
        body = ArrivingBody(memoryview(bytearray(len(blob))))
        half = len(blob) // 2
        body.arrived(blob[:half])  # the rest comes only after the hold
        acks: list = []
        sender = threading.Thread(target=lambda: acks.append(service.send_arriving("p", body)))
        sender.start()
        holder = threading.Thread(target=service.hold, args=("p", ["d0"], "test-failover"))
        holder.start()
        holder.join(60)
        assert not holder.is_alive(), "the hold waited for the body"
        assert service.replica("p", "d0").image.read_bytes() == before  # rolled back
        body.arrived(blob[half:])
        sender.join(60)
        assert acks and acks[0].applied and acks[0].next_seq == 3
        assert [s.cycle_id for s in service.staged("p", "d0")] == [2]
        assert service.replica("p", "d0").image.read_bytes() == before
        service.release("p", ["d0"], "test-failover")
        assert [p.cycle_id for p in service.points("p", "d0")] == [1, 2]
    finally:
        service.close()
