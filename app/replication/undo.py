"""Undo files: the replica's contents of the bytes a delta is about to overwrite.

Written and fsynced *before* the delta touches the image, so a crash mid-apply can always be
rolled back, and kept afterwards so an older recovery point can be rebuilt (newest undo first).
Old bytes that are zeros (mostly holes of the replica image) stay holes in the undo file: they
read back as zeros, so the format and every checksum are the same, with less to write and sync.

    header   magic "SBYUNDO1" | version u16 | reserved u16 | apply_id u64 | entry_count u32
             | xxh64(header) u64
    entries  block u64 | start u32 | length u32 | xxh64(data) u64 | data
    trailer  "UEND" | xxh64(all entries) u64        (missing or wrong: the file is incomplete)
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import xxhash

from .cycle import DeltaEntry
from .errors import UndoCorrupt
from .sparse import (
    BLOCK_SIZE,
    data_extents,
    fsync_dir,
    is_zero,
    preadv_into,
    pwritev_all,
    restore_bytes,
    write_runs_durably,
)

MAGIC = b"SBYUNDO1"
_HEAD = struct.Struct("<8sHHQI")
_ENTRY = struct.Struct("<QIIQ")
_SUM = struct.Struct("<Q")
_TAIL = b"UEND"


@dataclass(frozen=True)
class UndoFile:
    apply_id: int
    entries: list[DeltaEntry]


def write_undo(path: Path, apply_id: int, fd: int, entries: Iterable[DeltaEntry]) -> UndoFile:
    """Save the image's current bytes under each entry (read from `fd`); durable on return.
    Returns what was saved, so a failed apply can be rolled back without reading it again.
    On an error nothing is left at `path` (see write_file_durably).

    The old bytes are read into one buffer (a preadv per run of adjacent entries) and the file
    goes down in pwritev calls straight from it: no per-entry copies or system calls."""
    saved = read_old(fd, list(entries))
    head = _HEAD.pack(MAGIC, 1, 0, apply_id, len(saved))
    first: list[bytes | memoryview] = [head + _SUM.pack(xxhash.xxh64_intdigest(head))]
    total = xxhash.xxh64()
    runs, _end = _runs(saved, len(first[0]), total)
    runs[0] = (0, first + list(runs[0][1]))
    runs[-1][1].append(_TAIL + _SUM.pack(total.intdigest()))  # the end: never a hole
    write_runs_durably(path, runs)
    fsync_dir(path.parent)  # the name too, before the first image byte changes
    return UndoFile(apply_id, saved)


def _runs(
    saved: list[DeltaEntry], at: int, total: xxhash.xxh64
) -> tuple[list[tuple[int, list[bytes | memoryview]]], int]:
    """The undo records of `saved` from file offset `at`, as runs of buffers each written at
    its own offset (the zeros between them left holes), and where they end. `total` takes
    every record's bytes, for the trailer."""
    run: list[bytes | memoryview] = []
    runs: list[tuple[int, list[bytes | memoryview]]] = [(at, run)]
    for e in saved:
        rec = _ENTRY.pack(e.block, e.start, len(e.data), _digest(e.data))
        total.update(rec)
        total.update(e.data)
        run.append(rec)
        at += len(rec) + len(e.data)
        if _known_zero(e.data) or is_zero(e.data):
            # Old bytes that are zeros (mostly a hole in the replica image) are left a hole in
            # the undo file too: they read back as zeros, checksums and format unchanged, and
            # there is nothing to write or sync for them.
            run = []
            runs.append((at, run))
        else:
            run.append(e.data)
    return runs, at


class UndoWriter:
    """An undo file written batch by batch while its delta arrives (`ReplicaDisk.
    apply_arriving`): each batch's old bytes are durable when `append` returns, so the batch
    may then be written into the image. The file is the same as `write_undo`'s once `finish`
    wrote its trailer; until then it is a whole header and whole records of the batches so
    far, which is all `read_undo(prefix=True)` needs to roll the image back after a crash or
    a cut. On an error the file stays: it is what undoes the batches already applied."""

    def __init__(self, path: Path, apply_id: int, count: int) -> None:
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        head = _HEAD.pack(MAGIC, 1, 0, apply_id, count)
        self._head: bytes | None = head + _SUM.pack(xxhash.xxh64_intdigest(head))
        self.at = len(self._head)
        self.total = xxhash.xxh64()

    def append(self, image_fd: int, entries: list[DeltaEntry]) -> None:
        """Save the image's bytes under `entries` (read from `image_fd`); durable on return."""
        runs, end = _runs(read_old(image_fd, entries), self.at, self.total)
        if self._head is not None:
            runs.insert(0, (0, [self._head]))
        for at, bufs in runs:
            if bufs:
                pwritev_all(self.fd, bufs, at)
        if os.fstat(self.fd).st_size < end:  # old zeros at the end: the size covers them
            os.ftruncate(self.fd, end)
        os.fdatasync(self.fd)
        if self._head is not None:
            fsync_dir(self.path.parent)  # the name, before the first image byte changes
            self._head = None
        self.at = end

    def finish(self) -> None:
        """The trailer: the file is whole (and durable)."""
        if self._head is not None:  # no entry at all
            pwritev_all(self.fd, [self._head], 0)
            self.at = len(self._head)
        pwritev_all(self.fd, [_TAIL + _SUM.pack(self.total.intdigest())], self.at)
        os.fdatasync(self.fd)
        if self._head is not None:
            fsync_dir(self.path.parent)
            self._head = None

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


_ZEROS = memoryview(bytes(BLOCK_SIZE))  # the old bytes of every entry that lies in a hole
_ZERO_DIGESTS: dict[int, int] = {}


def read_old(fd: int, entries: list[DeltaEntry]) -> list[DeltaEntry]:
    """The image's bytes under each entry, as entries whose data are views into buffers
    (past EOF of a short image reads zeros).

    Entries that lie in a hole of the image (SEEK_DATA finds no data under them: a replica
    region never written, which is most of what a young replica's cycles write) are not read:
    their old bytes are zeros, a shared view that `write_undo` leaves a hole. The rest is read
    with a preadv per run of adjacent entries."""
    saved: list[DeltaEntry] = []
    for run in _adjacent_runs(entries):
        start, end = run[0].offset, run[-1].offset + len(run[-1].data)
        data = list(data_extents(fd, end, start))
        reads: list[tuple[int, list[int]]] = []  # (offset, indexes into saved) to read
        read_end = -1
        at = 0
        for e in run:
            lo, hi = e.offset, e.offset + len(e.data)
            while at < len(data) and data[at][0] + data[at][1] <= lo:
                at += 1
            if at < len(data) and data[at][0] < hi:  # some data under it: read it
                if lo != read_end:
                    reads.append((lo, []))
                reads[-1][1].append(len(saved))
                read_end = hi
                saved.append(e)  # its new bytes for now: replaced by the old ones below
            else:
                saved.append(DeltaEntry(e.block, e.start, _ZEROS[: len(e.data)]))
        for offset, slots in reads:
            buf = memoryview(bytearray(sum(len(saved[i].data) for i in slots)))
            views, pos = [], 0
            for i in slots:
                e = saved[i]
                views.append(buf[pos : pos + len(e.data)])
                saved[i] = DeltaEntry(e.block, e.start, views[-1])
                pos += len(e.data)
            preadv_into(fd, views, offset)
    return saved


def _adjacent_runs(entries: list[DeltaEntry]) -> Iterator[list[DeltaEntry]]:
    run: list[DeltaEntry] = []
    for e in entries:
        if run and e.offset != run[-1].offset + len(run[-1].data):
            yield run
            run = []
        run.append(e)
    if run:
        yield run


def _known_zero(data: bytes | memoryview) -> bool:
    return isinstance(data, memoryview) and data.obj is _ZEROS.obj


def _digest(data: bytes | memoryview) -> int:
    if not _known_zero(data):
        return xxhash.xxh64_intdigest(data)
    n = len(data)
    if n not in _ZERO_DIGESTS:
        _ZERO_DIGESTS[n] = xxhash.xxh64_intdigest(data)
    return _ZERO_DIGESTS[n]


def read_undo(path: Path, *, prefix: bool = False) -> UndoFile:
    """Read and verify a whole undo file; raise UndoCorrupt if it is incomplete or damaged.

    `prefix`: the undo file of an apply that never committed, maybe written only in part
    (`UndoWriter`): its whole records up to the first one that is missing or damaged. Every
    record whose image bytes were changed was durable before they were, so these cover every
    change; a record past them had not been written, or its bytes not yet changed (rolling
    back one of those writes bytes the image already holds). A damaged header still raises:
    the header is durable before any image byte changes."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UndoCorrupt(f"{path}: missing") from exc
    if len(raw) < _HEAD.size + _SUM.size:
        raise UndoCorrupt(f"{path}: truncated header")
    magic, _version, _r, apply_id, count = _HEAD.unpack_from(raw, 0)
    if magic != MAGIC:
        raise UndoCorrupt(f"{path}: bad magic")
    if _SUM.unpack_from(raw, _HEAD.size)[0] != xxhash.xxh64_intdigest(raw[: _HEAD.size]):
        raise UndoCorrupt(f"{path}: header checksum mismatch")
    pos = _HEAD.size + _SUM.size
    total = xxhash.xxh64()
    entries: list[DeltaEntry] = []
    for _ in range(count):
        if pos + _ENTRY.size > len(raw):
            if prefix:
                return UndoFile(apply_id, entries)
            raise UndoCorrupt(f"{path}: truncated")
        block, start, length, digest = _ENTRY.unpack_from(raw, pos)
        data = raw[pos + _ENTRY.size : pos + _ENTRY.size + length]
        if len(data) != length or start + length > BLOCK_SIZE:
            if prefix:
                return UndoFile(apply_id, entries)
            raise UndoCorrupt(f"{path}: truncated entry")
        if xxhash.xxh64_intdigest(data) != digest:
            if prefix:
                return UndoFile(apply_id, entries)
            raise UndoCorrupt(f"{path}: entry checksum mismatch")
        total.update(raw[pos : pos + _ENTRY.size + length])
        entries.append(DeltaEntry(block, start, data))
        pos += _ENTRY.size + length
    tail = raw[pos:]
    if prefix:
        return UndoFile(apply_id, entries)
    if len(tail) != 4 + _SUM.size or tail[:4] != _TAIL:
        raise UndoCorrupt(f"{path}: incomplete (no trailer)")
    if _SUM.unpack_from(tail, 4)[0] != total.intdigest():
        raise UndoCorrupt(f"{path}: trailer checksum mismatch")
    return UndoFile(apply_id, entries)


def write_entries(
    fd: int, entries: Iterable[DeltaEntry], fault: Callable[[str], None] | None = None
) -> None:
    """Write entries to an image in order; `fault` lets tests crash between two of them.

    Without a fault hook, runs of adjacent entries go down in one pwritev each (straight from
    the entries' buffers, no copy)."""
    if fault is not None:
        for i, e in enumerate(entries):
            os.pwrite(fd, e.data, e.offset)
            fault(f"entry-{i}")
        return
    run: list[bytes | memoryview] = []
    run_at = run_end = -1
    for e in entries:
        if e.offset != run_end:
            if run:
                pwritev_all(fd, run, run_at)
            run, run_at = [], e.offset
        run.append(e.data)
        run_end = e.offset + len(e.data)
    if run:
        pwritev_all(fd, run, run_at)


def roll_back(fd: int, undo: UndoFile) -> None:
    """Put back what the undo file saved; idempotent, so a crash during it is harmless.

    Only bytes that differ are written (`restore_bytes`), so rolling back an apply that a
    full disk cut short needs no new space. Reversed so that, should a delta ever hold
    overlapping entries, the oldest bytes win.
    """
    for e in reversed(undo.entries):
        restore_bytes(fd, e.data, e.offset)
    os.fdatasync(fd)
