"""Deltas: coalescing equals applying the logs in order; damage is caught on receipt."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from app.domain.enums import RecoveryPointKind
from app.replication import (
    BLOCK_SIZE,
    Delta,
    DeltaCorrupt,
    DeltaEntry,
    DeltaKind,
    FsyncPolicy,
    HrlReader,
    TrackedDisk,
    build_delta,
)

SIZE = 32 * BLOCK_SIZE


def _apply_logs_sequentially(logs: list[Path], image: Path) -> None:
    with open(image, "r+b") as f:
        for log in logs:
            for rec in HrlReader(log).records():
                os.pwrite(f.fileno(), rec.data, rec.offset)


def _apply_delta(delta: Delta, image: Path) -> None:
    with open(image, "r+b") as f:
        for e in delta.entries:
            os.pwrite(f.fileno(), e.data, e.offset)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("compress", [False, True])
def test_coalesced_delta_equals_sequential_apply(tmp_path: Path, seed: int, compress: bool) -> None:
    rng = random.Random(seed)
    disk = TrackedDisk.create(
        tmp_path / "src.img", vm_id="vm", disk_id="d", size_bytes=SIZE, fsync=FsyncPolicy.NEVER
    )
    for _ in range(rng.randint(1, 4)):  # several logs, rotated mid-way
        for _ in range(rng.randint(0, 60)):
            if rng.random() < 0.4:  # whole, aligned blocks
                off = rng.randrange(SIZE // BLOCK_SIZE) * BLOCK_SIZE
                data = rng.randbytes(BLOCK_SIZE)
            else:  # unaligned, possibly spanning blocks, often overlapping
                length = rng.randint(1, 3 * BLOCK_SIZE)
                off = rng.randrange(SIZE - length)
                data = rng.randbytes(length)
            disk.write(off, data)
        disk.rotate()
    logs = disk.closed_logs()

    blob = build_delta(logs, disk_size=SIZE, cycle_id=7).encode(compress=compress)
    delta = Delta.decode(blob)

    baseline = rng.randbytes(SIZE)  # a replica with arbitrary prior contents
    sequential, via_delta = tmp_path / "seq.img", tmp_path / "delta.img"
    sequential.write_bytes(baseline)
    via_delta.write_bytes(baseline)
    _apply_logs_sequentially(logs, sequential)
    _apply_delta(delta, via_delta)
    assert sequential.read_bytes() == via_delta.read_bytes()
    assert delta.cycle_id == 7 and delta.base_seq == 1
    disk.close()


def test_last_write_per_block_wins(tmp_path: Path) -> None:
    disk = TrackedDisk.create(tmp_path / "s.img", vm_id="vm", disk_id="d", size_bytes=SIZE)
    for i in range(100):
        disk.write(3 * BLOCK_SIZE, bytes([i]) * BLOCK_SIZE)
    disk.rotate()
    delta = build_delta(disk.closed_logs(), disk_size=SIZE, cycle_id=1)
    assert len(delta.entries) == 1
    assert delta.entries[0].data == bytes([99]) * BLOCK_SIZE
    assert (delta.base_seq, delta.end_seq) == (1, 101)
    disk.close()


def test_delta_header_round_trip_and_compression(tmp_path: Path) -> None:
    d = Delta(
        kind=DeltaKind.CYCLE,
        vm_id="vm-1",
        disk_id="disk:0",
        disk_size=SIZE,
        base_seq=5,
        end_seq=9,
        cycle_id=3,
        point_kind=RecoveryPointKind.APP_CONSISTENT,
        cut_time=1234.5,
    )
    d.entries = [DeltaEntry(1, 0, b"\0" * BLOCK_SIZE), DeltaEntry(2, 100, b"abc")]
    plain, packed = d.encode(compress=False), d.encode(compress=True)
    assert len(packed) < len(plain) / 10  # zero-heavy blocks compress well
    for blob in (plain, packed):
        back = Delta.decode(blob)
        assert (back.vm_id, back.disk_id, back.cycle_id, back.base_seq, back.end_seq) == (
            "vm-1",
            "disk:0",
            3,
            5,
            9,
        )
        assert back.point_kind is RecoveryPointKind.APP_CONSISTENT and back.cut_time == 1234.5
        assert back.entries == d.entries


@pytest.mark.parametrize("compress", [False, True])
def test_damaged_delta_is_refused(tmp_path: Path, compress: bool) -> None:
    disk = TrackedDisk.create(tmp_path / "s.img", vm_id="vm", disk_id="d", size_bytes=SIZE)
    rng = random.Random(1)
    for b in range(10):
        disk.write(b * BLOCK_SIZE, rng.randbytes(BLOCK_SIZE))
    disk.rotate()
    blob = build_delta(disk.closed_logs(), disk_size=SIZE, cycle_id=1).encode(compress=compress)
    for pos in range(0, len(blob), max(1, len(blob) // 50)):
        bad = bytearray(blob)
        bad[pos] ^= 0x10
        with pytest.raises(DeltaCorrupt):
            Delta.decode(bytes(bad))
    with pytest.raises(DeltaCorrupt):
        Delta.decode(blob[:-1])
    disk.close()


def test_incompressible_data_is_stored_raw_and_compressible_is_not(tmp_path: Path) -> None:
    rng = random.Random(5)
    entries = [DeltaEntry(b, 0, rng.randbytes(BLOCK_SIZE)) for b in range(8)]
    d = Delta(DeltaKind.CYCLE, "vm", "d", SIZE, 1, 9, cycle_id=1, entries=entries)
    raw = d.encode(compress=False)
    asked = d.encode(compress=True)  # random data: zstd would only cost time
    assert len(asked) == len(raw)
    back = Delta.decode(asked)
    assert not back.compressed and back.entries == entries
    d.entries = [DeltaEntry(b, 0, bytes([b]) * BLOCK_SIZE) for b in range(8)]
    packed = Delta.decode(d.encode(compress=True))
    assert packed.compressed and packed.entries == d.entries
    assert Delta.decode(d.encode(sync=True)).sync and not packed.sync
