"""A guest whose disk's storage fills up pauses (QEMU's werror=stop) instead of dying: the
write that failed never happened (its history record is taken back, the disk undoes its part),
the history file stays whole, and the guest resumes by itself when space returns. Its source
disk is on a real small tmpfs (mounted by the test, as root)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.lab.auditor import audit
from app.lab.workload import _REC, GuestWorkload, WorkloadConfig, WriteHistory, WriteRecord
from app.replication import TrackedDisk
from app.replication.errors import StorageFull
from tests.support.tmpfs import small_filesystem

MIB = 1024 * 1024


def _guest(folder: Path, rate: float = 0.0) -> tuple[GuestWorkload, TrackedDisk]:
    disk = TrackedDisk.create(folder / "d0.img", vm_id="vm-full", disk_id="d0", size_bytes=16 * MIB)
    guest = GuestWorkload(
        "vm-full",
        [disk],
        folder / "history.sbwh",
        WorkloadConfig(seed=7, writes_per_second=rate, retry_seconds=0.05),
    )
    return guest, disk


def _history_whole(path: Path) -> WriteHistory:
    raw = path.read_bytes()
    header = 8 + int.from_bytes(raw[4:8], "little")
    assert (len(raw) - header) % _REC.size == 0, "a torn record in the history"
    return WriteHistory.load(path)


def _wait(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def test_a_failed_write_never_happened_and_is_retried_whole(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "fs", mib=4) as fs:
        guest, disk = _guest(fs.path)
        try:
            guest.write_many(5)
            fs.fill()
            failures = 0
            for _ in range(200):  # the history or the disk's log refuses first; both undo
                try:
                    guest.step()
                except (StorageFull, OSError):
                    failures += 1
                    assert guest.last_seq == len(guest.history.records)
                    history = _history_whole(guest.history.path)
                    assert history.records == guest.history.records
                    if failures >= 3:
                        break
            assert failures >= 3, "the filler left room for 200 writes"
            seq_before = guest.last_seq
            fs.free()
            rec = guest.step()
            assert rec is not None and rec.seq == seq_before + 1
            guest.write_many(20)
        finally:
            guest.close()
            disk.close()
        report = audit(
            {"d0": disk.image}, vm_id="vm-full", history=_history_whole(guest.history.path)
        )
        assert report.intact and report.crash_consistent and report.writes_lost == 0, report


def test_a_history_append_that_fails_leaves_the_file_whole(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "fs", mib=1) as fs:
        history = WriteHistory.create(fs.path / "h.sbwh", "vm", ["d0"], 1)
        seq = 0
        try:
            fs.fill()
            with pytest.raises(OSError):
                for _ in range(100_000):  # until the page the records go to is full
                    seq += 1
                    history.append(WriteRecord(seq, "d0", seq % 64, seq, 1, 1))
            assert len(history.records) == seq - 1
            assert _history_whole(history.path).records == history.records
            fs.free()
            history.append(WriteRecord(seq, "d0", 0, seq, 1, 1))
            assert _history_whole(history.path).records == history.records
        finally:
            history.close()


def test_a_running_guest_pauses_while_full_and_resumes_by_itself(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "fs", mib=4) as fs:
        guest, disk = _guest(fs.path, rate=200.0)
        try:
            guest.start()
            _wait(lambda: guest.last_seq >= 10)
            fs.fill()
            _wait(lambda: guest.paused_for_space)
            assert guest.running, "the guest's thread died"
            paused_at = guest.last_seq
            time.sleep(0.3)  # paused: no write goes through, every retry undoes itself
            assert guest.last_seq == paused_at and guest.paused_for_space
            fs.free()
            _wait(lambda: guest.last_seq > paused_at + 10)
            assert guest.paused is None
        finally:
            guest.close()
            disk.close()
        history = _history_whole(guest.history.path)
        report = audit({"d0": disk.image}, vm_id="vm-full", history=history)
        assert report.intact and report.crash_consistent and report.writes_lost == 0, report
