"""The .hrl log and TrackedDisk: writes survive a restart; damage is detected, never applied."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.replication import (
    BLOCK_SIZE,
    FsyncPolicy,
    HrlCorrupt,
    HrlHeader,
    HrlReader,
    HrlWriter,
    ReplicationPair,
    ResyncRequired,
    TrackedDisk,
    build_delta,
)
from app.replication.disk import log_dir_of
from app.replication.errors import DiskClosed, ReplicationError

SIZE = 16 * BLOCK_SIZE


def _sealed_log(tmp_path: Path, n: int = 3) -> Path:
    path = tmp_path / "0000000001.hrl"
    w = HrlWriter.create(path, HrlHeader("vm1", "d0", 1, 10), FsyncPolicy.NEVER)
    for i in range(n):
        w.append(i * 100, bytes([i + 1]) * 50)
    w.seal()
    return path


def test_log_round_trip(tmp_path: Path) -> None:
    path = _sealed_log(tmp_path)
    reader = HrlReader(path)
    records = list(reader.records())
    assert [r.seq for r in records] == [10, 11, 12]
    assert records[1].offset == 100 and records[1].data == b"\x02" * 50
    assert reader.end is not None and reader.end.next_seq == 13 and reader.end.data_bytes == 150


def test_truncated_log_is_detected(tmp_path: Path) -> None:
    path = _sealed_log(tmp_path)
    size = path.stat().st_size
    # Cut anywhere: inside a record, or exactly at a record boundary (end record gone).
    for cut in (size - 1, size - 40, size - 200, 60):
        data = path.read_bytes()[:cut]
        victim = tmp_path / f"cut-{cut}.hrl"
        victim.write_bytes(data)
        with pytest.raises(HrlCorrupt):
            HrlReader(victim).verify(sealed=True)


def test_corrupted_byte_is_detected(tmp_path: Path) -> None:
    path = _sealed_log(tmp_path)
    original = path.read_bytes()
    header_len = HrlReader(path).header_length
    for pos in (5, header_len + 3, header_len + 30, len(original) - 10):
        data = bytearray(original)
        data[pos] ^= 0x40
        victim = tmp_path / f"flip-{pos}.hrl"
        victim.write_bytes(bytes(data))
        with pytest.raises(HrlCorrupt):
            HrlReader(victim).verify(sealed=True)


def test_write_restart_and_continue(tmp_path: Path) -> None:
    image = tmp_path / "d0.img"
    disk = TrackedDisk.create(image, vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    assert disk.write(0, b"a" * BLOCK_SIZE) == 1
    assert disk.write(BLOCK_SIZE, b"b" * 10) == 2
    disk.rotate()
    assert disk.write(2 * BLOCK_SIZE, b"c" * 10) == 3
    disk.close()

    disk = TrackedDisk.open(image)
    assert not disk.resync_required
    assert disk.write(3 * BLOCK_SIZE, b"d" * 10) == 4  # continues after the last good record
    disk.rotate()
    assert disk.read(BLOCK_SIZE, 10) == b"b" * 10
    logs = disk.closed_logs()
    assert len(logs) == 2
    delta = build_delta(logs, disk_size=SIZE, cycle_id=1)
    assert (delta.base_seq, delta.end_seq) == (1, 5)
    assert sorted(e.block for e in delta.entries) == [0, 1, 2, 3]
    disk.close()


def test_crash_between_seal_and_next_log(tmp_path: Path) -> None:
    image = tmp_path / "d0.img"
    disk = TrackedDisk.create(image, vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    disk.write(0, b"x" * 100)
    disk.rotate()
    disk.close()
    current = sorted(log_dir_of(image).glob("*.hrl"))[-1]
    current.unlink()  # as if the process died right after sealing the previous log
    disk = TrackedDisk.open(image)
    assert disk.write(0, b"y") == 2
    disk.close()


def test_torn_tail_on_reopen_flags_resync(tmp_path: Path) -> None:
    image = tmp_path / "d0.img"
    disk = TrackedDisk.create(image, vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    for i in range(3):
        disk.write(i * BLOCK_SIZE, b"z" * 1000)
    disk.close()
    log = sorted(log_dir_of(image).glob("*.hrl"))[-1]
    os.truncate(log, log.stat().st_size - 7)  # the last record torn by a power loss

    disk = TrackedDisk.open(image)
    assert disk.resync_required and "torn" in disk.resync_reason
    assert disk.write(0, b"w") == 3  # the torn record (seq 3) is gone; appending goes on
    disk.rotate()
    list(HrlReader(disk.closed_logs()[-1]).records())  # the repaired log verifies
    disk.close()
    assert TrackedDisk.open(image).resync_required  # the flag survives a restart


def test_corrupt_log_stops_the_cycle_and_resync_repairs(
    pair: ReplicationPair, source_disk: TrackedDisk, service
) -> None:
    source_disk.write(0, b"1" * BLOCK_SIZE)
    pair.run_cycle()
    source_disk.write(BLOCK_SIZE, b"2" * BLOCK_SIZE)
    source_disk.write(2 * BLOCK_SIZE, b"3" * BLOCK_SIZE)
    source_disk.rotate()
    log = source_disk.closed_logs()[-1]
    data = bytearray(log.read_bytes())
    data[len(data) // 2] ^= 1
    log.write_bytes(bytes(data))

    points_before = service.replica("pair1", "d0").points()
    with pytest.raises(ResyncRequired):
        pair.run_cycle()
    assert source_disk.resync_required
    assert service.replica("pair1", "d0").points() == points_before  # nothing applied
    with pytest.raises(ResyncRequired):
        pair.run_cycle()  # stays flagged until a resync

    results = pair.resync()
    assert results[0].blocks_differing == 2
    assert not source_disk.resync_required
    replica = service.replica("pair1", "d0")
    assert replica.image.read_bytes() == source_disk.image.read_bytes()


def test_empty_open_log_after_a_crash(tmp_path: Path) -> None:
    image = tmp_path / "d0.img"
    disk = TrackedDisk.create(image, vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    disk.write(0, b"q" * 10)
    disk.rotate()
    disk.close()
    current = sorted(log_dir_of(image).glob("*.hrl"))[-1]
    current.write_bytes(b"")  # created, but its header never reached the disk
    disk = TrackedDisk.open(image)
    assert disk.resync_required
    assert disk.write(0, b"r") == 2
    disk.close()


def test_a_cycle_on_a_closed_disk_is_a_replication_error(tmp_path: Path) -> None:
    # A cycle still in flight when the VM's disk closes (a stopping lab) misses its cut with
    # an error the cycle loop handles, never an assertion escaping from a task.
    disk = TrackedDisk.create(tmp_path / "d.img", vm_id="vm1", disk_id="d0", size_bytes=SIZE)
    disk.close()
    with pytest.raises(DiskClosed, match="d0: the disk is closed"):
        disk.rotate()
    assert issubclass(DiskClosed, ReplicationError)
