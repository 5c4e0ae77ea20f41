"""Undo files as the apply path writes them: one buffer of old bytes read with preadv, written
with pwritev, zeros left as holes; read back byte for byte, rolled back exactly."""

from __future__ import annotations

import os
from pathlib import Path

from app.replication import BLOCK_SIZE
from app.replication.cycle import DeltaEntry
from app.replication.sparse import is_zero, preadv_into, write_runs_durably
from app.replication.undo import read_old, read_undo, roll_back, write_entries, write_undo

SIZE = 16 * BLOCK_SIZE


def _image(path: Path) -> int:
    """A sparse image: blocks 0-3 and 8 hold data, the rest are holes; block 5 is zeros
    written out (allocated, not a hole)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    os.ftruncate(fd, SIZE)
    os.pwrite(fd, os.urandom(4 * BLOCK_SIZE), 0)
    os.pwrite(fd, bytes(BLOCK_SIZE), 5 * BLOCK_SIZE)
    os.pwrite(fd, os.urandom(BLOCK_SIZE), 8 * BLOCK_SIZE)
    return fd


def test_undo_keeps_zeros_as_holes_and_rolls_back_exactly(tmp_path: Path) -> None:
    fd = _image(tmp_path / "disk.img")
    try:
        before = os.pread(fd, SIZE, 0)
        # Adjacent and scattered entries, partial blocks, over data, zeros and holes.
        entries = [
            DeltaEntry(1, 0, os.urandom(BLOCK_SIZE)),
            DeltaEntry(2, 0, os.urandom(BLOCK_SIZE)),
            DeltaEntry(3, 100, os.urandom(1000)),
            DeltaEntry(5, 0, os.urandom(BLOCK_SIZE)),
            DeltaEntry(6, 0, os.urandom(BLOCK_SIZE)),
            DeltaEntry(7, 0, os.urandom(BLOCK_SIZE)),
            DeltaEntry(8, 4096, os.urandom(8192)),
            DeltaEntry(15, 0, os.urandom(BLOCK_SIZE)),
        ]
        path = tmp_path / "0000000001.undo"
        saved = write_undo(path, 1, fd, entries)
        undo = read_undo(path)
        assert undo.apply_id == 1
        assert [(e.block, e.start, bytes(e.data)) for e in undo.entries] == [
            (e.block, e.start, before[e.offset : e.offset + len(e.data)]) for e in entries
        ]
        assert [bytes(e.data) for e in saved.entries] == [bytes(e.data) for e in undo.entries]
        # Blocks in holes of the image are not read: their old bytes are one shared zero view.
        in_holes = [e.data for e in saved.entries if e.block in (6, 7, 15)]
        assert all(isinstance(d, memoryview) for d in in_holes)
        assert len({id(d.obj) for d in in_holes}) == 1  # type: ignore[union-attr]
        # Four of the blocks' old bytes are zeros: not written, so the file holds fewer
        # allocated bytes than its length.
        st = os.stat(path)
        assert st.st_blocks * 512 < st.st_size
        write_entries(fd, entries)
        assert os.pread(fd, SIZE, 0) != before
        roll_back(fd, undo)
        assert os.pread(fd, SIZE, 0) == before
    finally:
        os.close(fd)


def test_read_old_past_the_end_of_a_short_image_reads_zeros(tmp_path: Path) -> None:
    path = tmp_path / "short.img"
    path.write_bytes(b"x" * (BLOCK_SIZE + 10))
    fd = os.open(path, os.O_RDONLY)
    try:
        old = read_old(fd, [DeltaEntry(0, 0, bytes(BLOCK_SIZE)), DeltaEntry(1, 0, b"y" * 100)])
        assert bytes(old[0].data) == b"x" * BLOCK_SIZE
        assert bytes(old[1].data) == b"x" * 10 + bytes(90)
        views = [memoryview(bytearray(b"\1" * 8)) for _ in range(3)]
        preadv_into(fd, views, BLOCK_SIZE + 4)
        assert b"".join(bytes(v) for v in views) == b"x" * 6 + b"\1" * 18
    finally:
        os.close(fd)


def test_write_runs_durably_leaves_the_gaps_as_zeros(tmp_path: Path) -> None:
    path = tmp_path / "runs"
    write_runs_durably(path, [(0, [b"ab", memoryview(b"cd")]), (BLOCK_SIZE * 2, [b"end"])])
    raw = path.read_bytes()
    assert raw[:4] == b"abcd" and raw[-3:] == b"end"
    assert len(raw) == BLOCK_SIZE * 2 + 3 and is_zero(raw[4:-3])


def test_is_zero_on_views_and_bytes() -> None:
    block = bytearray(BLOCK_SIZE)
    assert is_zero(memoryview(block)) and is_zero(bytes(block)) and is_zero(memoryview(b""))
    for at in (0, 1000, BLOCK_SIZE - 1):
        block[at] = 1
        assert not is_zero(memoryview(block)) and not is_zero(bytes(block))
        block[at] = 0
    assert not is_zero(memoryview(b"\0\0\1\0")) and is_zero(memoryview(bytes(7)))
