"""The .hrl write log: every guest write, in order, with enough checks to never trust a bad one.

Layout (little-endian):

    header   magic "SBYHRL01" | version u16 | flags u16 | log_number u64 | base_seq u64
             | len(vm_id) u16 | len(disk_id) u16 | vm_id | disk_id | xxh64(all before) u64
    record   tag "WRIT" | seq u64 | offset u64 | length u32 | data | xxh64(tag..data) u64
    end      tag "END." | record_count u64 | next_seq u64 | data_bytes u64 | xxh64(tag..) u64

Sequence numbers are per disk, contiguous, starting at the header's base_seq. A log is
*sealed* by its end record when it is rotated; a sealed log read without its end record is
truncated. The checksum sits after the data, so a record torn by a crash never verifies.

Appending and sealing are all-or-nothing under I/O errors too: a record or end record that
cannot be written whole (a full disk) is cut off again, and the log stays as it was.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import xxhash

from .errors import HrlCorrupt
from .sparse import fsync_dir, write_all

MAGIC = b"SBYHRL01"
VERSION = 1
_HEAD = struct.Struct("<8sHHQQHH")
_REC = struct.Struct("<4sQQI")
_END = struct.Struct("<4sQQQ")
_SUM = struct.Struct("<Q")
_WRIT = b"WRIT"
_ENDT = b"END."
MAX_RECORD = 64 * 1024 * 1024  # a sanity bound: a larger length is damage, not a write


class FsyncPolicy(StrEnum):
    """When a log reaches stable storage."""

    ALWAYS = "always"  # each record before the write is acknowledged: survives power loss
    ROTATE = "rotate"  # when the log is sealed: survives a process crash, not a power loss
    NEVER = "never"  # tests and benchmarks only


@dataclass(frozen=True)
class HrlHeader:
    vm_id: str
    disk_id: str
    log_number: int
    base_seq: int

    def encode(self) -> bytes:
        vm, disk = self.vm_id.encode(), self.disk_id.encode()
        head = _HEAD.pack(MAGIC, VERSION, 0, self.log_number, self.base_seq, len(vm), len(disk))
        body = head + vm + disk
        return body + _SUM.pack(xxhash.xxh64_intdigest(body))


@dataclass(frozen=True)
class HrlRecord:
    seq: int
    offset: int
    data: bytes


@dataclass(frozen=True)
class HrlEnd:
    record_count: int
    next_seq: int
    data_bytes: int


def _encode_record(seq: int, offset: int, data: bytes) -> bytes:
    head = _REC.pack(_WRIT, seq, offset, len(data))
    h = xxhash.xxh64(head)
    h.update(data)
    return b"".join((head, data, _SUM.pack(h.intdigest())))


def _encode_end(end: HrlEnd) -> bytes:
    body = _END.pack(_ENDT, end.record_count, end.next_seq, end.data_bytes)
    return body + _SUM.pack(xxhash.xxh64_intdigest(body))


def _read_header(f, path: Path) -> HrlHeader:
    raw = f.read(_HEAD.size)
    if len(raw) < _HEAD.size:
        raise HrlCorrupt(path, "truncated header", offset=0)
    magic, version, _flags, log_number, base_seq, lvm, ldisk = _HEAD.unpack(raw)
    if magic != MAGIC:
        raise HrlCorrupt(path, "not an .hrl log (bad magic)", offset=0)
    if version != VERSION:
        raise HrlCorrupt(path, f"unsupported version {version}", offset=0)
    names = f.read(lvm + ldisk)
    tail = f.read(_SUM.size)
    if len(names) < lvm + ldisk or len(tail) < _SUM.size:
        raise HrlCorrupt(path, "truncated header", offset=0)
    if _SUM.unpack(tail)[0] != xxhash.xxh64_intdigest(raw + names):
        raise HrlCorrupt(path, "header checksum mismatch", offset=0)
    return HrlHeader(names[:lvm].decode(), names[lvm:].decode(), log_number, base_seq)


class HrlReader:
    """Reads a log front to back, verifying every record; raises HrlCorrupt on any doubt.

    `records()` yields verified records. With `sealed=True` (a rotated log) a missing end record
    is truncation; with `sealed=False` (the open log at reopen) reading stops at the first torn
    or damaged record and `good_length`/`torn` say where and whether.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with open(self.path, "rb") as f:
            self.header = _read_header(f, self.path)
            self.header_length = f.tell()
        self.end: HrlEnd | None = None
        self.good_length = self.header_length
        self.torn = False
        self.next_seq = self.header.base_seq
        self.record_count = 0
        self.data_bytes = 0

    def records(self, *, sealed: bool = True) -> Iterator[HrlRecord]:
        path = self.path
        size = path.stat().st_size
        with open(path, "rb") as f:
            f.seek(self.header_length)
            pos = self.header_length
            while True:
                tag = f.read(4)
                if not tag:
                    if sealed:
                        raise HrlCorrupt(path, "truncated: no end record", offset=pos)
                    return
                if tag == _WRIT:
                    rest = f.read(_REC.size - 4)
                    if len(rest) < _REC.size - 4:
                        yield from self._bad(sealed, "truncated record header", pos)
                        return
                    _t, seq, offset, length = _REC.unpack(tag + rest)
                    if length > MAX_RECORD or pos + _REC.size + length + _SUM.size > size:
                        yield from self._bad(sealed, "truncated record", pos)
                        return
                    data = f.read(length)
                    (stored,) = _SUM.unpack(f.read(_SUM.size))
                    h = xxhash.xxh64(tag + rest)
                    h.update(data)
                    if h.intdigest() != stored:
                        yield from self._bad(sealed, "record checksum mismatch", pos)
                        return
                    if seq != self.next_seq:
                        raise HrlCorrupt(
                            path, f"sequence {seq}, expected {self.next_seq}", offset=pos
                        )
                    pos += _REC.size + length + _SUM.size
                    self.good_length = pos
                    self.next_seq = seq + 1
                    self.record_count += 1
                    self.data_bytes += length
                    yield HrlRecord(seq, offset, data)
                elif tag == _ENDT:
                    rest = f.read(_END.size - 4 + _SUM.size)
                    if len(rest) < _END.size - 4 + _SUM.size:
                        yield from self._bad(sealed, "truncated end record", pos)
                        return
                    body, tail = tag + rest[: _END.size - 4], rest[_END.size - 4 :]
                    if _SUM.unpack(tail)[0] != xxhash.xxh64_intdigest(body):
                        yield from self._bad(sealed, "end record checksum mismatch", pos)
                        return
                    _t, count, next_seq, data_bytes = _END.unpack(body)
                    end = HrlEnd(count, next_seq, data_bytes)
                    if (count, next_seq, data_bytes) != (
                        self.record_count,
                        self.next_seq,
                        self.data_bytes,
                    ):
                        raise HrlCorrupt(
                            path, f"end record disagrees with contents: {end}", offset=pos
                        )
                    if f.read(1):
                        raise HrlCorrupt(path, "bytes after the end record", offset=pos)
                    self.end = end
                    self.good_length = pos + len(body) + len(tail)
                    return
                else:
                    yield from self._bad(sealed, "unknown record tag", pos)
                    return

    def _bad(self, sealed: bool, reason: str, pos: int) -> Iterator[HrlRecord]:
        if sealed:
            raise HrlCorrupt(self.path, reason, offset=pos)
        self.torn = True
        return iter(())

    def verify(self, *, sealed: bool = True) -> HrlReader:
        """Read through the whole log (for its side effects: counts, end, torn)."""
        for _ in self.records(sealed=sealed):
            pass
        return self


class HrlWriter:
    """Appends records to the open log of a disk; `seal()` writes the end record."""

    def __init__(self, path: Path, header: HrlHeader, fsync: FsyncPolicy, *, _f=None) -> None:
        self.path = Path(path)
        self.header = header
        self.fsync = fsync
        self.next_seq = header.base_seq
        self.record_count = 0
        self.data_bytes = 0
        self.sealed = False
        self._f = _f
        self.length = 0  # bytes of whole records in the file; every write goes here
        self._last: tuple[int, int] | None = None  # (length before, data bytes) of append

    @classmethod
    def create(cls, path: Path, header: HrlHeader, fsync: FsyncPolicy) -> HrlWriter:
        f = open(path, "xb", buffering=0)  # noqa: SIM115 - lives as long as the writer
        raw = header.encode()
        try:
            write_all(f.fileno(), raw, 0)
            if fsync is not FsyncPolicy.NEVER:
                os.fsync(f.fileno())
                fsync_dir(Path(path).parent)
        except BaseException:
            f.close()
            Path(path).unlink(missing_ok=True)  # no headerless log left behind
            raise
        w = cls(path, header, fsync, _f=f)
        w.length = len(raw)
        return w

    @classmethod
    def reopen(cls, path: Path, fsync: FsyncPolicy) -> tuple[HrlWriter, bool]:
        """Continue an open log after a restart. Returns (writer, torn).

        A torn or damaged tail is cut off so appending can go on, and reported: whatever it
        held may have reached the image, so the caller must treat the disk as resync-required.
        """
        reader = HrlReader(path).verify(sealed=False)
        if reader.end is not None:
            raise ValueError(f"{path} is sealed; open the next log instead")
        f = open(path, "r+b", buffering=0)  # noqa: SIM115
        if reader.torn or f.seek(0, os.SEEK_END) != reader.good_length:
            f.truncate(reader.good_length)
            os.fsync(f.fileno())
        w = cls(path, reader.header, fsync, _f=f)
        w.length = reader.good_length
        w.next_seq = reader.next_seq
        w.record_count = reader.record_count
        w.data_bytes = reader.data_bytes
        return w, reader.torn

    def append(self, offset: int, data: bytes) -> int:
        """Log one write; returns its sequence number."""
        if self.sealed or self._f is None:
            raise ValueError(f"{self.path} is not open for writing")
        seq = self.next_seq
        rec = _encode_record(seq, offset, bytes(data))
        self._write_at_end(rec, sync=self.fsync is FsyncPolicy.ALWAYS)
        self._last = (self.length, len(data))
        self.length += len(rec)
        self.next_seq += 1
        self.record_count += 1
        self.data_bytes += len(data)
        return seq

    def unappend(self) -> None:
        """Take the last record back (its write could not reach the image)."""
        assert self._last is not None and self._f is not None, "nothing to take back"
        before, n = self._last
        self._last = None
        self._cut(before)
        if self.fsync is FsyncPolicy.ALWAYS:
            os.fsync(self._f.fileno())
        self.length = before
        self.next_seq -= 1
        self.record_count -= 1
        self.data_bytes -= n

    def _write_at_end(self, raw: bytes, *, sync: bool) -> None:
        assert self._f is not None
        try:
            write_all(self._f.fileno(), raw, self.length)
            if sync:
                os.fsync(self._f.fileno())
        except BaseException:
            self._cut(self.length)  # shrinking needs no space
            raise

    def _cut(self, length: int) -> None:
        assert self._f is not None
        os.ftruncate(self._f.fileno(), length)

    def seal(self) -> HrlEnd:
        """Close the log for good: after this it is a unit that can be shipped."""
        assert self._f is not None
        end = HrlEnd(self.record_count, self.next_seq, self.data_bytes)
        raw = _encode_end(end)
        self._write_at_end(raw, sync=self.fsync is not FsyncPolicy.NEVER)  # all or nothing
        self.length += len(raw)
        self._last = None
        self._f.close()
        self._f = None
        self.sealed = True
        return end

    def unseal(self) -> HrlWriter:
        """Open a sealed log for appending again (its successor could not be created): the
        end record is cut off and a writer continues after the last record."""
        assert self.sealed
        end_length = len(_encode_end(HrlEnd(0, 0, 0)))
        os.truncate(self.path, self.length - end_length)
        w, _torn = HrlWriter.reopen(self.path, self.fsync)
        return w

    def close(self) -> None:
        """Release the file without sealing (process shutdown): reopen continues it."""
        if self._f is not None:
            if self.fsync is not FsyncPolicy.NEVER:
                os.fsync(self._f.fileno())
            self._f.close()
            self._f = None
