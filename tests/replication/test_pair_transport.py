"""ReplicationPair over a DirectTransport: initial copy, cycles, resync, link and bandwidth."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import pytest

from app.replication import (
    BLOCK_SIZE,
    Delta,
    DeltaKind,
    DirectTransport,
    LinkDown,
    LinkLimits,
    ReplicaService,
    ReplicaState,
    ReplicationPair,
    TokenBucket,
    TrackedDisk,
    TransportError,
    vm_points,
)

DISK_SIZE = 64 * BLOCK_SIZE  # as in conftest


def make_vm_disks(folder: Path, vm_id: str, n: int) -> list[TrackedDisk]:
    folder.mkdir(parents=True, exist_ok=True)
    lock = threading.RLock()
    return [
        TrackedDisk.create(
            folder / f"{vm_id}-d{i}.img",
            vm_id=vm_id,
            disk_id=f"d{i}",
            size_bytes=DISK_SIZE,
            lock=lock,
        )
        for i in range(n)
    ]


class FailingTransport(DirectTransport):
    """Dies after `budget` deltas: the network going away mid-copy."""

    def __init__(self, service: ReplicaService, budget: int) -> None:
        super().__init__(service, local_copy=False)  # the initial copy as deltas
        self.budget = budget

    def send_delta(self, pair_id, delta):
        if self.budget <= 0:
            raise TransportError("connection reset")
        self.budget -= 1
        return super().send_delta(pair_id, delta)


def _fill(disk: TrackedDisk, rng: random.Random, blocks: list[int]) -> None:
    for b in blocks:
        disk.write(b * BLOCK_SIZE, rng.randbytes(BLOCK_SIZE))


class RecordingTransport(FailingTransport):
    """Remembers, per delta it got through, the image range it covered and its sync flag."""

    def __init__(self, service: ReplicaService, budget: int) -> None:
        super().__init__(service, budget)
        self.shipped: list[tuple[int, int, bool]] = []  # first block, last block, sync

    def send_delta(self, pair_id, delta):
        ack = super().send_delta(pair_id, delta)
        d = Delta.decode(delta)
        blocks = [e.block for e in d.entries]
        self.shipped.append((min(blocks, default=-1), max(blocks, default=-1), d.sync))
        return ack


def test_initial_copy_interrupted_between_markers_resumes_from_the_last_marker(
    source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(11)
    _fill(source_disk, rng, list(range(64)))  # every block holds data: 32 chunks of 2 blocks
    transport = RecordingTransport(service, budget=6)
    pair = ReplicationPair(
        "p",
        [source_disk],
        transport,
        chunk_bytes=2 * BLOCK_SIZE,
        initial_marker_bytes=8 * BLOCK_SIZE,  # a marker every 4 chunks
    )
    with pytest.raises(TransportError):
        pair.initial_replication()
    # Six chunks got through; only the fourth asked for a sync, and the marker stands there.
    # (Acknowledgements may come out of order: the chunk after a sync chunk is written while
    # the replica syncs.)
    shipped = sorted(transport.shipped)
    assert [s for _a, _b, s in shipped] == [False, False, False, True, False, False]
    progress = pair.initial_progress()[0]
    assert progress is not None and not progress.done
    assert progress.next_offset == 8 * BLOCK_SIZE and progress.chunks_sent == 4

    # The recovery host lost what it had not synced (its page cache): chunks 5 and 6 are gone.
    replica = service.replica("p", "d0")
    lost = 8 * BLOCK_SIZE
    with open(replica.image, "r+b") as f:
        f.seek(lost)
        f.write(bytes(4 * BLOCK_SIZE))

    _fill(source_disk, rng, [3, 9, 40])  # the guest keeps writing meanwhile
    resumed = RecordingTransport(service, budget=10_000)
    pair.transport = resumed
    assert pair.initial_replication()  # resumes at the marker, finishes, first cycle
    initial_chunks = [r for r in resumed.shipped if r[0] >= 0][:-1]  # the last: the cycle
    # The copy picked up at the last marker, not before and not after (chunks travel a few
    # at a time, so they are recorded in the order their acknowledgements came).
    assert min(block for block, *_ in initial_chunks) == 8
    assert resumed.shipped[-2][2]  # the copy's last chunk was synced before "done"
    assert replica.image.read_bytes() == source_disk.image.read_bytes()
    assert replica.status().state is ReplicaState.CONSISTENT


def test_initial_replication_resumes_and_is_byte_identical(
    source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(3)
    _fill(source_disk, rng, [*range(0, 40, 2), 63])  # sparse: 21 of 64 blocks hold data
    pair = ReplicationPair(
        "p",
        [source_disk],
        FailingTransport(service, budget=3),
        chunk_bytes=2 * BLOCK_SIZE,
        initial_marker_bytes=0,  # a marker after every chunk (see the next test for fewer)
    )
    with pytest.raises(TransportError):
        pair.initial_replication()
    progress = pair.initial_progress()[0]
    assert progress is not None and not progress.done and progress.chunks_sent == 3
    stopped_at = progress.next_offset

    _fill(source_disk, rng, [1, 5, 30, 62])  # the guest keeps writing meanwhile

    stop = threading.Event()
    stop.set()  # a second interruption, the polite way: stop after one chunk
    pair.transport = DirectTransport(service)
    assert not pair.initial_replication(stop=stop)
    assert pair.initial_progress()[0].next_offset > stopped_at

    _fill(source_disk, rng, [2, 3])
    assert pair.initial_replication()  # resumes, finishes, runs the first cycle
    assert pair.initial_progress() == [None]
    replica = service.replica("p", "d0")
    assert replica.status().state is ReplicaState.CONSISTENT
    assert len(replica.points()) == 1
    assert replica.image.read_bytes() == source_disk.image.read_bytes()
    # Sparse-aware: holes were neither sent nor allocated.
    assert replica.image.stat().st_blocks * 512 < DISK_SIZE


def test_cycles_ship_only_changes_and_report_stats(
    pair: ReplicationPair, source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(5)
    _fill(source_disk, rng, [4, 9])
    source_disk.write(9 * BLOCK_SIZE, b"x" * 100)
    assert pair.pending_bytes > 2 * BLOCK_SIZE
    result = pair.run_cycle()
    assert result.disks[0].entries == 2 and result.payload_bytes == 2 * BLOCK_SIZE
    assert pair.pending_bytes == 0
    assert pair.stats.successful_cycles == 2 and pair.stats.last_cycle_bytes == result.shipped_bytes
    assert pair.rpo_seconds() is not None and pair.rpo_seconds() < 60
    assert service.replica("p", "d0") is None  # other pair ids see nothing
    assert service.replica("pair1", "d0").image.read_bytes() == source_disk.image.read_bytes()
    empty = pair.run_cycle()  # no writes: an empty delta, still a point
    assert empty.payload_bytes == 0 and empty.cycle_id == result.cycle_id + 1


def test_failed_cycles_keep_logs_for_the_next_cycle(
    pair: ReplicationPair, source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(6)
    direct = pair.transport
    assert isinstance(direct, DirectTransport)
    direct.link_up = False  # cut before the cycle even starts: nothing is rotated
    _fill(source_disk, rng, [1])
    with pytest.raises(LinkDown):
        pair.run_cycle()
    assert source_disk.closed_logs() == [] and pair.pending_bytes >= BLOCK_SIZE
    direct.link_up = True
    pair.transport = FailingTransport(service, budget=0)  # dies while shipping
    _fill(source_disk, rng, [2])
    with pytest.raises(TransportError):
        pair.run_cycle()
    _fill(source_disk, rng, [2, 3])
    with pytest.raises(TransportError):
        pair.run_cycle()
    assert pair.stats.missed_cycles == 3 and len(source_disk.closed_logs()) == 2
    pair.transport = direct
    result = pair.run_cycle()
    assert result.disks[0].logs == 3 and result.disks[0].entries == 3  # coalesced
    assert service.replica("pair1", "d0").image.read_bytes() == source_disk.image.read_bytes()


def test_lost_ack_is_not_shipped_twice(
    pair: ReplicationPair, source_disk: TrackedDisk, service: ReplicaService
) -> None:
    class LosesAck(DirectTransport):
        def send_delta(self, pair_id, delta):
            super().send_delta(pair_id, delta)
            raise TransportError("ack lost")

    rng = random.Random(7)
    direct = pair.transport
    pair.transport = LosesAck(service)
    _fill(source_disk, rng, [1])
    with pytest.raises(TransportError):
        pair.run_cycle()
    pair.transport = direct
    _fill(source_disk, rng, [2])
    result = pair.run_cycle()
    assert result.disks[0].logs == 1  # the acknowledged-but-unconfirmed log was dropped
    assert service.replica("pair1", "d0").image.read_bytes() == source_disk.image.read_bytes()


def test_resync_ships_only_differing_blocks(
    pair: ReplicationPair, source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(8)
    _fill(source_disk, rng, list(range(20)))
    pair.run_cycle()
    # Diverge behind the log's back: 3 blocks on the source, 2 other blocks on the replica.
    with open(source_disk.image, "r+b") as f:
        for b in (3, 7, 50):
            f.seek(b * BLOCK_SIZE)
            f.write(rng.randbytes(BLOCK_SIZE))
    replica = service.replica("pair1", "d0")
    with open(replica.image, "r+b") as f:
        for b in (10, 60):
            f.seek(b * BLOCK_SIZE + 17)
            f.write(b"drift")
    source_disk.mark_resync_required("test")
    results = pair.resync()
    assert results[0].blocks_compared == DISK_SIZE // BLOCK_SIZE
    assert results[0].blocks_differing == 5
    assert replica.image.read_bytes() == source_disk.image.read_bytes()
    assert replica.status().state is ReplicaState.CONSISTENT
    again = pair.resync()
    assert again[0].blocks_differing == 0


def test_multi_disk_vm_points(tmp_path: Path, service: ReplicaService) -> None:
    disks = make_vm_disks(tmp_path / "primary", "vm2", 3)
    pair = ReplicationPair("vm2-pair", disks, DirectTransport(service))
    assert pair.initial_replication()
    rng = random.Random(9)
    for _ in range(3):
        for d in disks:
            _fill(d, rng, [rng.randrange(64)])
        pair.run_cycle()
    per_disk = [service.replica("vm2-pair", d.disk_id).points() for d in disks]
    points = vm_points(per_disk)
    assert [p.cycle_id for p in points] == [1, 2, 3, 4]
    for d in disks:
        assert service.replica("vm2-pair", d.disk_id).image.read_bytes() == d.image.read_bytes()
        d.close()


def test_disks_of_a_pair_must_share_the_vm_lock(tmp_path: Path, service: ReplicaService) -> None:
    a = make_vm_disks(tmp_path / "a", "vm3", 1)
    b = make_vm_disks(tmp_path / "b", "vm3", 1)
    with pytest.raises(ValueError):
        ReplicationPair("x", [a[0], b[0]], DirectTransport(service))


def test_bandwidth_limit_is_honored(tmp_path: Path, service: ReplicaService) -> None:
    limits = LinkLimits()
    limits.set_rate("stockholm-h1", "amsterdam-h1", 1_000_000)  # 1 MB/s
    disk = TrackedDisk.create(
        tmp_path / "big.img", vm_id="vm", disk_id="d", size_bytes=4 * 1024 * 1024
    )
    transport = DirectTransport(service, limits.bucket("stockholm-h1", "amsterdam-h1"))
    pair = ReplicationPair("bw", [disk], transport, compress=False)
    assert pair.initial_replication()  # an empty disk: next to nothing to ship
    rng = random.Random(10)
    _fill(disk, rng, list(range(32)))  # 2 MiB of incompressible data
    started = time.monotonic()
    result = pair.run_cycle()
    elapsed = time.monotonic() - started
    assert result.shipped_bytes > 2_000_000
    assert elapsed >= 1.5  # 2 MB at 1 MB/s, minus the burst allowance
    disk.close()


def test_token_bucket_paces_with_a_fake_clock() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    bucket = TokenBucket(1000.0, burst=100, clock=lambda: now[0], sleep=sleep)
    assert bucket.consume(100) == 0.0  # the burst
    bucket.consume(500)
    assert slept == [pytest.approx(0.5)]
    now[0] += 10  # idle: tokens refill up to the burst only
    assert bucket.consume(100) == 0.0
    assert bucket.consume(100) == pytest.approx(0.1)
    bucket.set_rate(None)
    assert bucket.consume(10**9) == 0.0


class CutsLocalCopy(DirectTransport):
    """The local fast path, cut after `budget` kernel copies; counts deltas sent."""

    def __init__(self, service: ReplicaService, budget: int) -> None:
        super().__init__(service)
        self.budget = budget
        self.copies = 0
        self.deltas = 0

    def copy_initial(self, pair_id, disk_id, src_fd, ranges, *, base_seq):
        if self.budget <= 0:
            raise LinkDown("cut mid-copy")
        self.budget -= 1
        self.copies += 1
        return super().copy_initial(pair_id, disk_id, src_fd, ranges, base_seq=base_seq)

    def send_delta(self, pair_id, delta):
        if Delta.decode(delta).kind is DeltaKind.INITIAL:
            self.deltas += 1
        return super().send_delta(pair_id, delta)


def test_local_initial_copy_is_kernel_side_sparse_and_resumes(
    source_disk: TrackedDisk, service: ReplicaService
) -> None:
    rng = random.Random(12)
    _fill(source_disk, rng, [*range(0, 30, 3), 40, 41, 42, 63])  # 14 of 64 blocks hold data
    transport = CutsLocalCopy(service, budget=5)
    pair = ReplicationPair(
        "p",
        [source_disk],
        transport,
        chunk_bytes=BLOCK_SIZE,
        initial_marker_bytes=3 * BLOCK_SIZE,
    )
    with pytest.raises(LinkDown):
        pair.initial_replication()
    progress = pair.initial_progress()[0]
    assert progress is not None and not progress.done
    assert 0 < progress.next_offset < DISK_SIZE  # a marker stands mid-image
    assert transport.copies == 5 and transport.deltas == 0  # no deltas on this path

    _fill(source_disk, rng, [1, 30, 62])  # the guest keeps writing meanwhile (into holes too)
    resumed = CutsLocalCopy(service, budget=10_000)
    pair.transport = resumed
    assert pair.initial_replication()  # resumes from the marker, finishes, first cycle
    assert resumed.deltas == 0
    assert resumed.copies < 14  # picked up at the marker, not from the start
    replica = service.replica("p", "d0")
    assert replica.status().state is ReplicaState.CONSISTENT
    assert len(replica.points()) == 1
    assert replica.image.read_bytes() == source_disk.image.read_bytes()
    # Holes stay holes: only the data was copied (and nothing written as undo data).
    assert replica.image.stat().st_blocks * 512 <= 20 * BLOCK_SIZE
    assert sorted(p.name for p in replica.points_dir.glob("*.undo")) == ["0000000001.undo"]
