"""Deltas: what one replication cycle ships, built from sealed logs and verified on receipt.

Coalescing keeps, per 64 KiB block, only the bytes the logs leave behind (last write wins at
byte granularity), so applying a delta equals applying its logs in order. Serialized:

    header   magic "SBYDLT01" | version u16 | kind u8 | point kind u8 | flags u16
             | cycle_id u64 | cut_time f64 | base_seq u64 | end_seq u64 | block_size u32
             | disk_size u64 | entry_count u32 | raw_body u64 | stored_body u64
             | len(vm_id) u16 | len(disk_id) u16 | vm_id | disk_id | xxh3_64(header) u64
    body     (zstd-compressed when flags & 1, else stored raw) entries:
             block u64 | start u32 | length u32 | xxh3_64(data) u64 | data
    trailer  xxh3_64(stored body) u64

flags: 1 = body compressed; 2 = sync (the replica makes the image durable before it
acknowledges; an initial-copy chunk without it is acknowledged from the page cache).
Compression is asked for by the policy and skipped when a quick sample shows the data does not
compress (random, encrypted or already compressed data would only cost CPU). Version 2 uses
xxh3_64 (several times faster than xxh64 on large blocks) for every checksum.

base_seq..end_seq are the disk's write sequence numbers the delta covers (end exclusive), so
the replica can tell a duplicate from a gap.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

import xxhash
import zstandard

from app.domain.enums import RecoveryPointKind

from .errors import DeltaCorrupt, HrlCorrupt
from .hrl import HrlReader
from .sparse import BLOCK_SIZE

MAGIC = b"SBYDLT01"
VERSION = 2
_HEAD = struct.Struct("<8sHBBHQdQQIQIQQHH")
_ENTRY = struct.Struct("<QIIQ")
_SUM = struct.Struct("<Q")
_COMPRESSED = 1
_SYNC = 2
_KNOWN_FLAGS = _COMPRESSED | _SYNC
SAMPLE_PIECE = 16 * 1024
STREAM_PIECE = 1024 * 1024  # encode_stream: bytes per piece handed to the wire
ARRIVING_BATCH = 4 * 1024 * 1024  # decode_arriving: bytes per batch, at least
COMPRESS_MIN_SAVING = 0.05  # a sample saving less than this: store the body raw
_POINT_KINDS = (RecoveryPointKind.CRASH_CONSISTENT, RecoveryPointKind.APP_CONSISTENT)


class DeltaKind(IntEnum):
    CYCLE = 1  # sealed logs: applied atomically and recorded as a recovery point
    INITIAL = 2  # a chunk of the initial full copy: written straight, no point yet
    RESYNC = 3  # blocks that differ: applied atomically (undo kept), no point until next cycle


@dataclass(frozen=True)
class DeltaEntry:
    block: int
    start: int  # byte offset inside the block
    data: bytes | memoryview  # a view into a received delta or a read chunk: not copied

    @property
    def offset(self) -> int:
        return self.block * BLOCK_SIZE + self.start


@dataclass
class Delta:
    kind: DeltaKind
    vm_id: str
    disk_id: str
    disk_size: int
    base_seq: int
    end_seq: int
    cycle_id: int = 0
    point_kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT
    cut_time: float = field(default_factory=time.time)
    entries: list[DeltaEntry] = field(default_factory=list)
    first_log: int = 0  # the source's log numbers it came from (not serialized)
    last_log: int = 0
    sync: bool = False  # decoded: the sender asked for durability before the acknowledgement
    compressed: bool = False  # decoded: the body travelled compressed

    @property
    def payload_bytes(self) -> int:
        return sum(len(e.data) for e in self.entries)

    def encode(self, *, compress: bool = False, level: int = 3, sync: bool = False) -> bytes:
        """Serialize. `compress` asks for zstd; the body is still stored raw when a quick sample
        shows the data does not compress (see `worth_compressing`). `sync` asks the replica to
        make everything written so far durable before acknowledging (initial-copy chunks)."""
        parts: list[bytes | memoryview] = []
        raw_len = 0
        for e in self.entries:
            n = len(e.data)
            parts.append(_ENTRY.pack(e.block, e.start, n, xxhash.xxh3_64_intdigest(e.data)))
            parts.append(e.data)
            raw_len += _ENTRY.size + n
        flags = _SYNC if sync else 0
        if compress and raw_len and worth_compressing(self.entries):
            packed = zstandard.ZstdCompressor(level=level).compress(b"".join(parts))
        else:
            packed = None
        stored_parts: list[bytes | memoryview]
        if packed is not None and len(packed) < raw_len:
            stored_parts = [packed]
            flags |= _COMPRESSED
        else:
            stored_parts = parts
        body_sum = xxhash.xxh3_64()
        stored_len = 0
        for part in stored_parts:
            body_sum.update(part)
            stored_len += len(part)
        # One copy of the data: straight from the entries into the blob.
        return b"".join(
            (
                self._head(flags, len(self.entries), raw_len, stored_len),
                *stored_parts,
                _SUM.pack(body_sum.intdigest()),
            )
        )

    def encode_stream(
        self,
        layout: Sequence[tuple[int, int, int]],
        data: Iterable[bytes | bytearray | memoryview],
        *,
        sync: bool = False,
        piece: int = STREAM_PIECE,
    ) -> tuple[int, Iterator[bytes]]:
        """Serialize with the body stored raw while its data is still being read: `layout` is
        each entry's (block, start, length), known up front, and `data` yields the entries'
        bytes in that order (`self.entries` is not used). Returns the blob's length and an
        iterator of its bytes in pieces of about `piece` bytes, produced as `data` is
        consumed; joined, they are exactly what `encode` makes of the same entries without
        compression. Data that does not match the layout raises ValueError."""
        raw_len = sum(_ENTRY.size + n for _b, _s, n in layout)
        flags = _SYNC if sync else 0
        head = self._head(flags, len(layout), raw_len, raw_len)

        def pieces() -> Iterator[bytes]:
            yield head
            body_sum = xxhash.xxh3_64()
            parts: list[bytes | bytearray | memoryview] = []
            size = 0
            chunks = iter(data)
            for block, start, n in layout:
                chunk = next(chunks, None)
                if chunk is None or len(chunk) != n:
                    raise ValueError(f"block {block}: data does not match the delta's layout")
                rec = _ENTRY.pack(block, start, n, xxhash.xxh3_64_intdigest(chunk))
                body_sum.update(rec)
                body_sum.update(chunk)
                parts += (rec, chunk)
                size += len(rec) + n
                if size >= piece:
                    yield b"".join(parts)
                    parts, size = [], 0
            if next(chunks, None) is not None:
                raise ValueError("more data than the delta's layout")
            parts.append(_SUM.pack(body_sum.intdigest()))
            yield b"".join(parts)

        return len(head) + raw_len + _SUM.size, pieces()

    def _head(self, flags: int, count: int, raw_len: int, stored_len: int) -> bytes:
        """The header with its checksum."""
        vm, disk = self.vm_id.encode(), self.disk_id.encode()
        head = (
            _HEAD.pack(
                MAGIC,
                VERSION,
                int(self.kind),
                _POINT_KINDS.index(self.point_kind),
                flags,
                self.cycle_id,
                self.cut_time,
                self.base_seq,
                self.end_seq,
                BLOCK_SIZE,
                self.disk_size,
                count,
                raw_len,
                stored_len,
                len(vm),
                len(disk),
            )
            + vm
            + disk
        )
        return head + _SUM.pack(xxhash.xxh3_64_intdigest(head))

    @classmethod
    def decode(cls, blob: bytes | bytearray | memoryview) -> Delta:
        """Parse and verify every checksum and bound; raise DeltaCorrupt on any doubt.

        The entries' data are views into `blob` (or into the decompressed body): no copies."""
        blob = memoryview(blob)
        head = _Head.parse(blob, len(blob))
        stored = blob[head.body_at : head.body_at + head.stored_len]
        if _SUM.unpack_from(blob, head.body_at + head.stored_len)[0] != xxhash.xxh3_64_intdigest(
            stored
        ):
            raise DeltaCorrupt("body checksum mismatch")
        raw: memoryview
        if head.flags & _COMPRESSED:
            try:
                raw = memoryview(
                    zstandard.ZstdDecompressor().decompress(stored, max_output_size=head.raw_len)
                )
            except zstandard.ZstdError as exc:
                raise DeltaCorrupt(f"body does not decompress: {exc}") from exc
        else:
            raw = stored
        if len(raw) != head.raw_len:
            raise DeltaCorrupt("body length mismatch")
        entries, pos = head.entries(raw, 0, len(raw), head.count)
        if len(entries) != head.count:
            raise DeltaCorrupt("entry table truncated")
        if pos != head.raw_len:
            raise DeltaCorrupt("trailing bytes in body")
        delta = head.delta
        delta.entries = entries
        return delta

    @classmethod
    def decode_arriving(
        cls, wait: Callable[[int], memoryview], total: int, *, batch_bytes: int = ARRIVING_BATCH
    ) -> ArrivingDelta | None:
        """Decode a delta while its blob arrives: `wait(n)` blocks until at least the first
        `n` of its `total` bytes are there and returns a view of all that arrived. Returns the
        delta's header (no entries) and an iterator of batches of its entries, each verified
        (bounds and checksum) before it is handed out, of about `batch_bytes` or all that
        arrived meanwhile; the iterator ends only once the whole body arrived and its own
        checksum matched, and raises DeltaCorrupt otherwise: a consumer that applied some
        batches must then undo them. None for a body that must be whole before anything is
        read from it (compressed) and for initial-copy chunks (written without undo data)."""
        first = wait(min(total, _HEAD.size))
        if len(first) < _HEAD.size:
            raise DeltaCorrupt("delta too short")
        lvm, ldisk = _HEAD.unpack_from(first, 0)[-2:]
        head = _Head.parse(wait(min(total, _HEAD.size + lvm + ldisk + _SUM.size)), total)
        if head.flags & _COMPRESSED or head.delta.kind is DeltaKind.INITIAL:
            return None
        if head.raw_len != head.stored_len:
            raise DeltaCorrupt("body length mismatch")

        def batches() -> Iterator[list[DeltaEntry]]:
            body_sum = xxhash.xxh3_64()
            pos, end, done = head.body_at, head.body_at + head.stored_len, 0
            want = min(end, pos + batch_bytes)
            while done < head.count:
                view = wait(want)
                avail = min(len(view), end)
                batch, at = head.entries(view, pos, avail, head.count - done)
                if batch:
                    body_sum.update(view[pos:at])
                    done += len(batch)
                    pos = at
                    yield batch
                elif avail >= end:
                    raise DeltaCorrupt("entry table truncated")
                # The next batch: at least the next whole entry.
                need = pos + _ENTRY.size
                if avail >= need:
                    need += _ENTRY.unpack_from(view, pos)[2]
                want = min(end, max(need, pos + batch_bytes))
            if pos != end:
                raise DeltaCorrupt("trailing bytes in body")
            view = wait(total)
            if _SUM.unpack_from(view, end)[0] != body_sum.intdigest():
                raise DeltaCorrupt("body checksum mismatch")

        return ArrivingDelta(head.delta, head.count, batches())


@dataclass
class ArrivingDelta:
    """A delta whose body is still arriving: its header, its entry count, and its entries in
    verified batches (see `Delta.decode_arriving`)."""

    delta: Delta  # the header's fields; no entries
    count: int
    batches: Iterator[list[DeltaEntry]]


@dataclass
class _Head:
    """A delta's verified header, and where its body lies in the blob."""

    delta: Delta
    flags: int
    count: int
    raw_len: int
    stored_len: int
    body_at: int
    blocks: int

    @classmethod
    def parse(cls, blob: memoryview, total: int) -> _Head:
        """The header at the start of `blob` (a blob of `total` bytes in all, maybe not all
        of it there yet), checked: magic, version, length, checksum, kind and flags."""
        if total < _HEAD.size + 2 * _SUM.size or len(blob) < _HEAD.size:
            raise DeltaCorrupt("delta too short")
        fields = _HEAD.unpack_from(blob, 0)
        magic, version, kind, pkind, flags, cycle_id, cut_time, base_seq, end_seq = fields[:9]
        block_size, disk_size, count, raw_len, stored_len, lvm, ldisk = fields[9:]
        if magic != MAGIC or version != VERSION:
            raise DeltaCorrupt("not a delta of this version")
        hlen = _HEAD.size + lvm + ldisk
        if total != hlen + _SUM.size + stored_len + _SUM.size or len(blob) < hlen + _SUM.size:
            raise DeltaCorrupt("delta length does not match its header")
        head = blob[:hlen]
        if _SUM.unpack_from(blob, hlen)[0] != xxhash.xxh3_64_intdigest(head):
            raise DeltaCorrupt("header checksum mismatch")
        if block_size != BLOCK_SIZE or kind not in tuple(DeltaKind) or pkind > 1:
            raise DeltaCorrupt("unsupported block size or kind")
        if flags & ~_KNOWN_FLAGS:
            raise DeltaCorrupt(f"unknown flags {flags:#x}")
        names = bytes(head[_HEAD.size :])
        delta = Delta(
            kind=DeltaKind(kind),
            vm_id=names[:lvm].decode(),
            disk_id=names[lvm:].decode(),
            disk_size=disk_size,
            base_seq=base_seq,
            end_seq=end_seq,
            cycle_id=cycle_id,
            point_kind=_POINT_KINDS[pkind],
            cut_time=cut_time,
            sync=bool(flags & _SYNC),
            compressed=bool(flags & _COMPRESSED),
        )
        body_at = hlen + _SUM.size
        return cls(delta, flags, count, raw_len, stored_len, body_at, disk_size // BLOCK_SIZE)

    def entries(
        self, raw: memoryview, pos: int, end: int, most: int
    ) -> tuple[list[DeltaEntry], int]:
        """Up to `most` whole entries of `raw[pos:end]`, each checked (bounds, checksum), and
        where the next one starts. An entry that does not fit is left for later."""
        entries: list[DeltaEntry] = []
        unpack = _ENTRY.unpack_from
        digest_of = xxhash.xxh3_64_intdigest
        while len(entries) < most and pos + _ENTRY.size <= end:
            block, start, length, digest = unpack(raw, pos)
            if block >= self.blocks or start + length > BLOCK_SIZE:
                raise DeltaCorrupt(f"entry for block {block} out of bounds")
            at = pos + _ENTRY.size
            if at + length > end:
                break
            data = raw[at : at + length]
            if digest_of(data) != digest:
                raise DeltaCorrupt(f"block {block} checksum mismatch")
            entries.append(DeltaEntry(block, start, data))
            pos = at + length
        return entries, pos


def worth_compressing(entries: Sequence[DeltaEntry]) -> bool:
    """Does zstd pay here? Compress a small sample (up to four 16 KiB pieces spread over the
    entries) at level 1; a saving under COMPRESS_MIN_SAVING says the data is incompressible
    (encrypted, already compressed, random) and the body is better stored raw."""
    if not entries:
        return False
    picks = {0, len(entries) // 3, 2 * len(entries) // 3, len(entries) - 1}
    sample = b"".join(bytes(entries[i].data[:SAMPLE_PIECE]) for i in sorted(picks))
    packed = zstandard.ZstdCompressor(level=1).compress(sample)
    return len(packed) <= len(sample) * (1 - COMPRESS_MIN_SAVING)


class BlockOverlay:
    """Coalesces writes: per block, a buffer plus the byte ranges written so far."""

    def __init__(self, disk_size: int) -> None:
        self.disk_size = disk_size
        self._bufs: dict[int, bytearray | bytes | memoryview] = {}
        self._covered: dict[int, list[tuple[int, int]]] = {}

    def write(self, offset: int, data: bytes) -> None:
        if offset < 0 or offset + len(data) > self.disk_size:
            raise ValueError(f"write [{offset}, {offset + len(data)}) beyond the disk")
        view = memoryview(data)
        pos = 0
        while pos < len(data):
            block, start = divmod(offset + pos, BLOCK_SIZE)
            n = min(BLOCK_SIZE - start, len(data) - pos)
            if start == 0 and n == BLOCK_SIZE:  # the common case: a whole block replaced
                # Keep the record's bytes as they are (no copy) until a partial write lands.
                if not isinstance(data, bytes):  # mutable: the caller may reuse it
                    self._bufs[block] = bytes(view[pos : pos + n])
                else:
                    self._bufs[block] = data if n == len(data) else view[pos : pos + n]
                self._covered[block] = [(0, BLOCK_SIZE)]
            else:
                buf = self._bufs.get(block)
                if buf is None:
                    buf = self._bufs[block] = bytearray(BLOCK_SIZE)
                elif not isinstance(buf, bytearray):
                    buf = self._bufs[block] = bytearray(buf)
                buf[start : start + n] = view[pos : pos + n]
                self._covered[block] = _merge(self._covered.get(block, []), (start, start + n))
            pos += n

    def entries(self) -> list[DeltaEntry]:
        out: list[DeltaEntry] = []
        for block in sorted(self._bufs):
            buf = self._bufs[block]
            if not isinstance(buf, bytearray):  # a whole block written once: its bytes as is
                out.append(DeltaEntry(block, 0, buf))
                continue
            for a, b in self._covered[block]:
                out.append(DeltaEntry(block, a, bytes(buf[a:b])))
        return out


def _merge(ranges: list[tuple[int, int]], new: tuple[int, int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    a, b = new
    for x, y in ranges:
        if y < a or x > b:
            out.append((x, y))
        else:
            a, b = min(a, x), max(b, y)
    out.append((a, b))
    return sorted(out)


def build_delta(
    logs: Iterable[Path],
    *,
    disk_size: int,
    cycle_id: int,
    point_kind: RecoveryPointKind = RecoveryPointKind.CRASH_CONSISTENT,
    cut_time: float | None = None,
) -> Delta:
    """Coalesce sealed logs (oldest first) into one cycle delta.

    Every log is read in full and verified before anything is returned: a truncated or
    damaged log raises HrlCorrupt and nothing of it is shipped.
    """
    paths = list(logs)
    if not paths:
        raise ValueError("no logs to build a delta from")
    overlay = BlockOverlay(disk_size)
    base_seq = end_seq = None
    vm_id = disk_id = ""
    first_log = last_log = 0
    for path in paths:
        reader = HrlReader(path)
        h = reader.header
        if end_seq is not None and h.base_seq != end_seq:
            raise HrlCorrupt(path, f"log starts at {h.base_seq}, previous ended at {end_seq}")
        if base_seq is None:
            base_seq, vm_id, disk_id, first_log = h.base_seq, h.vm_id, h.disk_id, h.log_number
        for rec in reader.records(sealed=True):
            overlay.write(rec.offset, rec.data)
        assert reader.end is not None
        end_seq = reader.end.next_seq
        last_log = h.log_number
    assert base_seq is not None and end_seq is not None
    return Delta(
        kind=DeltaKind.CYCLE,
        vm_id=vm_id,
        disk_id=disk_id,
        disk_size=disk_size,
        base_seq=base_seq,
        end_seq=end_seq,
        cycle_id=cycle_id,
        point_kind=point_kind,
        cut_time=time.time() if cut_time is None else cut_time,
        entries=overlay.entries(),
        first_log=first_log,
        last_log=last_log,
    )
