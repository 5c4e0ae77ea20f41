"""The guest workload of a lab VM: self-describing block writes, some in transactions.

Every write fills one whole 64 KiB block that says what it is:

    magic "SBWB" | version u16 | header length u16 | vm id (32 bytes, NUL-padded)
    | disk id (32 bytes) | block index u64 | sequence number u64 | transaction id u64
    | part u16 (1-based) | parts u16 | payload length u32 | payload | zeros
    | xxh64 of everything before, in the block's last 8 bytes

Sequence numbers count the VM's writes across all its disks, in the order they reach the
disks. A transaction of n parts is n consecutive writes to n distinct blocks; an application
is consistent only between transactions. Before each write the workload appends it to the
VM's *write history* (`WriteHistory`), the source's truth the auditor compares images with.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import random
import struct
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import xxhash

from app.replication.errors import FULL_ERRNOS, StorageFull
from app.replication.sparse import BLOCK_SIZE

log = logging.getLogger(__name__)

BLOCK_MAGIC = b"SBWB"
_BLOCK = struct.Struct("<4sHH32s32sQQQHHI")
_SUM = struct.Struct("<Q")
PAYLOAD_MAX = BLOCK_SIZE - _BLOCK.size - _SUM.size


@dataclass(frozen=True)
class BlockStamp:
    """What a workload block says about itself."""

    vm_id: str
    disk_id: str
    block: int
    seq: int
    txn_id: int
    part: int
    parts: int


class BadBlock(ValueError):
    """A block that is neither empty nor an intact workload block."""


def encode_block(stamp: BlockStamp, payload: bytes) -> bytes:
    if len(payload) > PAYLOAD_MAX:
        raise ValueError("payload does not fit in a block")
    head = _BLOCK.pack(
        BLOCK_MAGIC,
        1,
        _BLOCK.size,
        stamp.vm_id.encode()[:32],
        stamp.disk_id.encode()[:32],
        stamp.block,
        stamp.seq,
        stamp.txn_id,
        stamp.part,
        stamp.parts,
        len(payload),
    )
    body = head + payload + bytes(BLOCK_SIZE - _SUM.size - len(head) - len(payload))
    return body + _SUM.pack(xxhash.xxh64_intdigest(body))


def decode_block(data: bytes) -> BlockStamp:
    """Verify and parse a workload block; raise BadBlock if it is damaged or foreign."""
    if len(data) != BLOCK_SIZE:
        raise BadBlock("short block")
    body, tail = data[: -_SUM.size], data[-_SUM.size :]
    if body[:4] != BLOCK_MAGIC:
        raise BadBlock("no workload magic")
    if _SUM.unpack(tail)[0] != xxhash.xxh64_intdigest(body):
        raise BadBlock("checksum mismatch")
    _m, _v, _h, vm, disk, block, seq, txn, part, parts, _n = _BLOCK.unpack_from(body)
    return BlockStamp(
        vm.rstrip(b"\0").decode(), disk.rstrip(b"\0").decode(), block, seq, txn, part, parts
    )


# --- the write history ----------------------------------------------------------------------

_HMAGIC = b"SBWH"
_REC = struct.Struct("<QHQQHH")  # seq, disk index, block, txn id, part, parts


@dataclass(frozen=True)
class WriteRecord:
    seq: int
    disk_id: str
    block: int
    txn_id: int
    part: int
    parts: int


class WriteHistory:
    """The source's write history: a small JSON header, then fixed-size binary records.

    A record is appended before its write reaches the disk; a torn last record (a crash while
    appending) is dropped on open, and its write never happened. An append that fails (a full
    disk) takes its partial bytes back at once, so the file always ends on a whole record.
    """

    def __init__(self, path: Path, vm_id: str, disk_ids: list[str], seed: int) -> None:
        self.path = Path(path)
        self.vm_id = vm_id
        self.disk_ids = disk_ids
        self.seed = seed
        self.records: list[WriteRecord] = []
        self._fd = -1  # open for appending (unbuffered: nothing waits in user space)
        self._size = 0  # bytes of whole records (and the header) in the file

    @classmethod
    def create(cls, path: Path, vm_id: str, disk_ids: Sequence[str], seed: int) -> WriteHistory:
        h = cls(path, vm_id, list(disk_ids), seed)
        meta = json.dumps({"vm_id": vm_id, "disk_ids": list(disk_ids), "seed": seed}).encode()
        try:
            with open(path, "xb") as f:
                f.write(_HMAGIC + len(meta).to_bytes(4, "little") + meta)
        except OSError:
            Path(path).unlink(missing_ok=True)  # no half-written header left behind
            raise
        h._open_append()
        return h

    @classmethod
    def load(cls, path: Path, *, for_append: bool = False) -> WriteHistory:
        raw = Path(path).read_bytes()
        if raw[:4] != _HMAGIC:
            raise ValueError(f"{path}: not a write history")
        n = int.from_bytes(raw[4:8], "little")
        meta = json.loads(raw[8 : 8 + n])
        h = cls(path, meta["vm_id"], meta["disk_ids"], meta["seed"])
        start = 8 + n
        whole = (len(raw) - start) // _REC.size
        for i in range(whole):
            seq, d, block, txn, part, parts = _REC.unpack_from(raw, start + i * _REC.size)
            h.records.append(WriteRecord(seq, h.disk_ids[d], block, txn, part, parts))
        if for_append:
            good = start + whole * _REC.size
            if good != len(raw):
                os.truncate(path, good)
            h._open_append()
        return h

    def _open_append(self) -> None:
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        self._size = os.fstat(self._fd).st_size

    @property
    def last_seq(self) -> int:
        return self.records[-1].seq if self.records else 0

    def append(self, rec: WriteRecord) -> None:
        """Append a record: in the kernel on return (survives a process crash), or, on an
        error, not at all (the partial bytes are cut off again; cutting needs no space)."""
        assert self._fd >= 0, "history not open for appending"
        d = self.disk_ids.index(rec.disk_id)
        data = _REC.pack(rec.seq, d, rec.block, rec.txn_id, rec.part, rec.parts)
        try:
            written = os.write(self._fd, data)
            if written != len(data):
                raise OSError(errno.ENOSPC, "short write to the write history", str(self.path))
        except BaseException:
            os.ftruncate(self._fd, self._size)
            raise
        self._size += len(data)
        self.records.append(rec)

    def drop_last(self) -> None:
        """Forget the last record (its write never reached the disk: a crash in between, or
        a disk write that failed)."""
        assert self._fd >= 0, "history not open for appending"
        os.ftruncate(self._fd, self._size - _REC.size)
        self._size -= _REC.size
        self.records.pop()

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


# --- the workload ---------------------------------------------------------------------------


class BlockDevice(Protocol):
    disk_id: str
    size_bytes: int

    def write(self, offset: int, data: bytes) -> object: ...


@dataclass
class WorkloadConfig:
    seed: int = 0
    writes_per_second: float = 20.0
    txn_probability: float = 0.3  # chance that a new transaction has several parts
    max_txn_parts: int = 4
    payload_bytes: int = 4096
    span_blocks: int | None = None  # write only the first N blocks of each disk
    retry_seconds: float = 0.5  # while paused by a failed write: how often to try again


def is_storage_full(exc: BaseException) -> bool:
    """Whether `exc` is a full disk or quota (the data plane's StorageFull, or the OSError)."""
    return isinstance(exc, StorageFull) or (isinstance(exc, OSError) and exc.errno in FULL_ERRNOS)


@dataclass
class _OpenTxn:
    txn_id: int
    targets: list[tuple[int, int]]  # (disk index, block)
    done: int = 0


class GuestWorkload:
    """Writes self-describing blocks to a VM's disks, one at a time, deterministically.

    Drive it step by step (`step()`, `write_many()`) or at a rate on a thread (`start()`).
    `quiesce()` finishes the open transaction and holds further writes until `resume()`.

    A write that fails leaves nothing behind (its history record is taken back; the disk
    undoes its own part) and is tried again whole. On its thread the guest then pauses, as a
    hypervisor pauses a VM whose disk write failed (QEMU's werror=stop): `paused` says why,
    and it resumes by itself once the write goes through (e.g. when space returns).
    """

    def __init__(
        self,
        vm_id: str,
        disks: Sequence[BlockDevice],
        history_path: Path,
        config: WorkloadConfig | None = None,
    ) -> None:
        self.vm_id = vm_id
        self.disks = list(disks)
        self.config = config or WorkloadConfig()
        history_path = Path(history_path)
        if history_path.exists():
            self.history = WriteHistory.load(history_path, for_append=True)
            if self.history.disk_ids != [d.disk_id for d in self.disks]:
                raise ValueError("the history belongs to another set of disks")
            self._drop_unwritten_tail()
        else:
            ids = [d.disk_id for d in self.disks]
            self.history = WriteHistory.create(history_path, vm_id, ids, self.config.seed)
        last = self.history.records[-1] if self.history.records else None
        self._next_seq = self.history.last_seq + 1
        self._next_txn = (last.txn_id + 1) if last else 1  # an open txn at a crash stays torn
        self._rng = random.Random(f"{self.config.seed}:{self._next_seq}")
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._txn: _OpenTxn | None = None
        self._holding = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # A write that failed, kept to be tried again with the same payload: (seq, data).
        self._unwritten: tuple[int, bytes] | None = None
        self._paused: BaseException | None = None  # why the running guest is paused

    def _drop_unwritten_tail(self) -> None:
        """After a crash: the history records a write before the write reaches the disk, so
        its last record may name a write that never happened. Then it is dropped (the guest
        crashed before that write), or the history would claim a write the disks lack."""
        if not self.history.records:
            return
        rec = self.history.records[-1]
        disk = self.disks[self.history.disk_ids.index(rec.disk_id)]
        read = getattr(disk, "read", None)
        if read is None:
            return
        try:
            stamp = decode_block(read(rec.block * BLOCK_SIZE, BLOCK_SIZE))
        except BadBlock:
            stamp = None
        if stamp is None or stamp.seq != rec.seq:
            self.history.drop_last()

    # --- writing ----------------------------------------------------------------------------

    @property
    def last_seq(self) -> int:
        return self._next_seq - 1

    @property
    def in_transaction(self) -> bool:
        return self._txn is not None

    @property
    def holding(self) -> bool:
        return self._holding

    @property
    def paused(self) -> BaseException | None:
        """The error that paused the running guest (its write waits), None while it writes."""
        return self._paused

    @property
    def paused_for_space(self) -> bool:
        """Paused because its disk's storage (or the history's) is full."""
        paused = self._paused
        return paused is not None and is_storage_full(paused)

    @property
    def running(self) -> bool:
        """Whether the workload's thread writes at its rate (started and not stopped)."""
        return self._thread is not None and self._thread.is_alive()

    def step(self) -> WriteRecord | None:
        """Write one block (the next part of the open transaction, or a new one). Returns None
        while quiesced with no transaction open."""
        with self._lock:
            if self._txn is None:
                if self._holding:
                    return None
                self._txn = self._new_txn()
            txn = self._txn
            disk_index, block = txn.targets[txn.done]
            disk = self.disks[disk_index]
            rec = WriteRecord(
                self._next_seq, disk.disk_id, block, txn.txn_id, txn.done + 1, len(txn.targets)
            )
            stamp = BlockStamp(
                self.vm_id, disk.disk_id, block, rec.seq, rec.txn_id, rec.part, rec.parts
            )
            if self._unwritten is not None and self._unwritten[0] == rec.seq:
                data = self._unwritten[1]  # the write that failed, tried again as it was
            else:
                data = encode_block(stamp, self._rng.randbytes(self.config.payload_bytes))
            self._unwritten = (rec.seq, data)
            self.history.append(rec)  # before the disk: the history never misses a write
            try:
                disk.write(block * BLOCK_SIZE, data)
            except BaseException:
                self.history.drop_last()  # the write did not happen (the disk undid it)
                raise
            self._unwritten = None
            self._next_seq += 1
            txn.done += 1
            if txn.done == len(txn.targets):
                self._txn = None
                self._cond.notify_all()
            return rec

    def write_many(self, n: int) -> list[WriteRecord]:
        out = []
        for _ in range(n):
            rec = self.step()
            if rec is None:
                break
            out.append(rec)
        return out

    def finish_transaction(self) -> None:
        """Write the remaining parts of the open transaction, if any."""
        with self._lock:
            while self._txn is not None:
                self.step()

    def _new_txn(self) -> _OpenTxn:
        cfg, rng = self.config, self._rng
        parts = 1
        if cfg.max_txn_parts > 1 and rng.random() < cfg.txn_probability:
            parts = rng.randint(2, cfg.max_txn_parts)
        targets: list[tuple[int, int]] = []
        while len(targets) < parts:
            d = rng.randrange(len(self.disks))
            blocks = self.disks[d].size_bytes // BLOCK_SIZE
            span = min(blocks, cfg.span_blocks or blocks)
            t = (d, rng.randrange(span))
            if t not in targets:
                targets.append(t)
        txn = _OpenTxn(self._next_txn, targets)
        self._next_txn += 1
        return txn

    # --- quiescing (app-consistent points) ----------------------------------------------------

    @contextlib.contextmanager
    def between_writes(self) -> Iterator[None]:
        """Hold the guest between two writes: inside, its history and its disks agree."""
        with self._lock:
            yield

    def quiesce(self, timeout: float = 10.0) -> None:
        """Finish the open transaction and hold: the disks are transaction-clean on return."""
        with self._cond:
            self._holding = True
            running = self._thread is not None and self._thread.is_alive()
            if not running:
                self.finish_transaction()
                return
            if not self._cond.wait_for(lambda: self._txn is None, timeout):
                raise TimeoutError("the guest did not reach a transaction boundary in time")

    def resume(self) -> None:
        with self._cond:
            self._holding = False
            self._cond.notify_all()

    # --- running at a rate --------------------------------------------------------------------

    def set_rate(self, writes_per_second: float) -> None:
        self.config.writes_per_second = writes_per_second

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"workload-{self.vm_id}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self._paused = None  # a stopped guest is off, not paused

    def _run(self) -> None:
        next_at = time.monotonic()
        while not self._stop.is_set():
            rate = self.config.writes_per_second
            if rate <= 0:
                self._stop.wait(0.1)
                next_at = time.monotonic()
                continue
            failed: BaseException | None = None
            with self._cond:
                while self._holding and self._txn is None and not self._stop.is_set():
                    self._cond.wait(0.1)
                if self._stop.is_set():
                    return
                try:
                    self.step()
                except Exception as exc:  # the guest pauses; its thread never dies
                    failed = exc
            if failed is not None:
                self._pause(failed)
                self._stop.wait(self.config.retry_seconds)
                next_at = time.monotonic()
                continue
            if self._paused is not None:
                log.info("guest %s resumed: its write went through", self.vm_id)
                self._paused = None
            next_at += min(1.0 / rate, 3600.0)  # a rate near 0: a write an hour at least
            delay = next_at - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)
            else:
                next_at = time.monotonic()  # fell behind: do not burst to catch up

    def _pause(self, exc: BaseException) -> None:
        first = self._paused is None
        self._paused = exc
        if not first:
            return
        if is_storage_full(exc):
            log.warning("guest %s paused: its storage is full (%s); retrying", self.vm_id, exc)
        else:  # unexpected: the traceback once, then quiet retries
            log.error("guest %s paused by a failed write; retrying", self.vm_id, exc_info=exc)

    def close(self) -> None:
        self.stop()
        self.history.close()
