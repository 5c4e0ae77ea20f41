"""TrackedDisk: a VM's raw image whose every write is also appended to an .hrl log.

On disk, beside `vm1-disk0.img`:

    vm1-disk0.img.hrl/disk.json          vm id, disk id, size, resync-required flag
    vm1-disk0.img.hrl/0000000001.hrl     sealed logs waiting to ship, then the open one

The log is written before the image, so a write the guest saw acknowledged is always in the
log. A replication cycle rotates (seals the open log, opens the next); shipped logs are
discarded once the replica acknowledged them.

A write or a rotation that fails (a full disk: StorageFull("source")) changes nothing: the
log record is taken back, the image's bytes are put back, the sealed log is reopened.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import xxhash

from .errors import DiskClosed, HrlCorrupt, full_storage_as
from .hrl import FsyncPolicy, HrlHeader, HrlReader, HrlWriter
from .sparse import (
    BLOCK_SIZE,
    ZERO_BLOCK,
    block_extents,
    create_sparse,
    fsync_dir,
    restore_bytes,
    write_all,
    write_json_atomic,
)

ZERO_HASH = xxhash.xxh3_64_intdigest(ZERO_BLOCK)


def block_hash(data: bytes) -> int:
    return xxhash.xxh3_64_intdigest(data)


def image_block_hashes(path: Path) -> list[int]:
    """One xxh3 hash per block of a raw image; holes hash as zero blocks without being read."""
    size = path.stat().st_size
    hashes = [ZERO_HASH] * (size // BLOCK_SIZE)
    with open(path, "rb") as f:
        fd = f.fileno()
        for off, length in block_extents(fd, size):
            for pos in range(off, off + length, BLOCK_SIZE):
                hashes[pos // BLOCK_SIZE] = block_hash(os.pread(fd, BLOCK_SIZE, pos))
    return hashes


def log_dir_of(image: Path) -> Path:
    return image.with_name(image.name + ".hrl")


def _log_name(number: int) -> str:
    return f"{number:010d}.hrl"


class TrackedDisk:
    """A source disk: the image plus its write logs. Thread-safe; share `lock` across a VM's
    disks so one rotation cuts them all at the same instant (a crash-consistent VM point)."""

    def __init__(self, image: Path, meta: dict, fsync: FsyncPolicy, lock: threading.RLock | None):
        self.image = Path(image)
        self.log_dir = log_dir_of(self.image)
        self.vm_id: str = meta["vm_id"]
        self.disk_id: str = meta["disk_id"]
        self.size_bytes: int = meta["size_bytes"]
        self._meta = meta
        self.fsync = fsync
        self.lock = lock or threading.RLock()
        self._fd = os.open(self.image, os.O_RDWR)
        self._log: HrlWriter | None = None
        self._closed: dict[int, int] = {}  # sealed log number -> its data bytes

    # --- life cycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        image: Path,
        *,
        vm_id: str,
        disk_id: str,
        size_bytes: int,
        fsync: FsyncPolicy = FsyncPolicy.ROTATE,
        lock: threading.RLock | None = None,
    ) -> TrackedDisk:
        if size_bytes <= 0 or size_bytes % BLOCK_SIZE:
            raise ValueError(f"disk size must be a positive multiple of {BLOCK_SIZE}")
        image = Path(image)
        if image.exists() or log_dir_of(image).exists():
            raise FileExistsError(image)
        create_sparse(image, size_bytes)
        log_dir_of(image).mkdir()
        meta = {
            "vm_id": vm_id,
            "disk_id": disk_id,
            "size_bytes": size_bytes,
            "resync_required": False,
            "resync_reason": "",
        }
        disk = cls(image, meta, fsync, lock)
        disk._save_meta()
        disk._log = HrlWriter.create(
            disk.log_dir / _log_name(1), HrlHeader(vm_id, disk_id, 1, 1), fsync
        )
        return disk

    @classmethod
    def open(
        cls,
        image: Path,
        *,
        fsync: FsyncPolicy = FsyncPolicy.ROTATE,
        lock: threading.RLock | None = None,
    ) -> TrackedDisk:
        """Reopen after a restart: continue the open log after its last good record."""
        image = Path(image)
        meta = json.loads((log_dir_of(image) / "disk.json").read_text())
        disk = cls(image, meta, fsync, lock)
        logs = disk._log_paths()
        sealed = logs[:-1]
        last = logs[-1] if logs else None
        for p in sealed:
            disk._closed[int(p.stem)] = _data_bytes_quick(p)
        if last is None:
            # No log at all (never happens unless removed by hand): start after nothing.
            disk._log = HrlWriter.create(
                disk.log_dir / _log_name(1), HrlHeader(disk.vm_id, disk.disk_id, 1, 1), fsync
            )
            disk.mark_resync_required("write log missing")
            return disk
        try:
            reader = HrlReader(last).verify(sealed=False)
        except HrlCorrupt:
            # The open log's header never made it to disk (a crash right after creating the
            # file): start it again after the previous log, and distrust what came since.
            prev_end = HrlReader(sealed[-1]).verify().end if sealed else None
            base = prev_end.next_seq if prev_end else 1
            last.unlink()
            disk._open_next(int(last.stem), base)
            disk.mark_resync_required(f"unreadable header in {last.name}")
            return disk
        if reader.end is not None:
            # Crashed between sealing and opening the next log.
            disk._closed[reader.header.log_number] = reader.data_bytes
            disk._open_next(reader.header.log_number + 1, reader.end.next_seq)
        else:
            disk._log, torn = HrlWriter.reopen(last, fsync)
            if torn:
                disk.mark_resync_required(f"torn tail in {last.name}")
        return disk

    def close(self) -> None:
        with self.lock:
            if self._log is not None:
                self._log.close()
                self._log = None
            if self._fd >= 0:
                if self.fsync is not FsyncPolicy.NEVER:
                    os.fsync(self._fd)
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> TrackedDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the guest's I/O --------------------------------------------------------------------

    def write(self, offset: int, data: bytes) -> int:
        """Write to the image and log it; returns the write's sequence number."""
        if offset < 0 or offset + len(data) > self.size_bytes:
            raise ValueError(f"write [{offset}, {offset + len(data)}) beyond the disk")
        with self.lock, full_storage_as("source"):
            assert self._log is not None, "disk is closed"
            # Kept to put back should the image write stop half-way (then the write never
            # happened, as a guest paused by werror=stop retries it whole).
            old = os.pread(self._fd, len(data), offset)
            seq = self._log.append(offset, data)  # log first: the image never holds more
            try:
                write_all(self._fd, data, offset)
            except BaseException:
                restore_bytes(self._fd, old, offset)
                self._log.unappend()
                raise
            return seq

    def read(self, offset: int, length: int) -> bytes:
        return os.pread(self._fd, length, offset)

    @property
    def block_count(self) -> int:
        return self.size_bytes // BLOCK_SIZE

    def block_hashes(self) -> list[int]:
        return image_block_hashes(self.image)

    # --- logs -------------------------------------------------------------------------------

    @property
    def next_seq(self) -> int:
        with self.lock:
            assert self._log is not None
            return self._log.next_seq

    @property
    def current_log_number(self) -> int:
        assert self._log is not None
        return self._log.header.log_number

    @property
    def current_log_base_seq(self) -> int:
        assert self._log is not None
        return self._log.header.base_seq

    @property
    def pending_bytes(self) -> int:
        """Data bytes written but not yet acknowledged by the replica (RPO's raw material)."""
        with self.lock:
            open_bytes = self._log.data_bytes if self._log else 0
            return sum(self._closed.values()) + open_bytes

    def rotate(self, *, sync_image: bool = True) -> int:
        """Seal the open log and open the next; returns the sealed log's number.

        With `sync_image=False` the caller takes over making the image durable
        (`sync_image()`), which it must do before the sealed log is discarded: a replication
        cycle does it off the VM's lock, while the delta is built and shipped."""
        with self.lock, full_storage_as("source"):
            if self._log is None:  # closed under a cycle still in flight (e.g. at shutdown)
                raise DiskClosed(f"{self.disk_id}: the disk is closed")
            log = self._log
            number = log.header.log_number
            end = log.seal()  # all or nothing: on an error the log stays open
            try:
                self._open_next(number + 1, end.next_seq)
            except BaseException:
                self._log = log.unseal()  # no next log: keep appending to this one
                raise
            self._closed[number] = end.data_bytes
            if sync_image:
                self.sync_image()
            return number

    def sync_image(self) -> None:
        """Make the image's writes so far durable (per the fsync policy)."""
        if self.fsync is not FsyncPolicy.NEVER and self._fd >= 0:
            os.fdatasync(self._fd)

    def closed_logs(self) -> list[Path]:
        """Sealed logs waiting to ship, oldest first."""
        with self.lock:
            current = self._log.path if self._log else None
            return [p for p in self._log_paths() if p != current]

    def discard_logs_through(self, log_number: int) -> None:
        """Drop sealed logs up to and including `log_number` (acknowledged or superseded)."""
        with self.lock:
            for p in self.closed_logs():
                if int(p.stem) <= log_number:
                    self._closed.pop(int(p.stem), None)
                    p.unlink()
            fsync_dir(self.log_dir)

    def discard_closed_logs(self) -> None:
        """A full copy or resync supersedes every sealed log."""
        self.discard_logs_through(self.current_log_number - 1)

    # --- resync flag ------------------------------------------------------------------------

    @property
    def resync_required(self) -> bool:
        return bool(self._meta["resync_required"])

    @property
    def resync_reason(self) -> str:
        return str(self._meta.get("resync_reason", ""))

    def mark_resync_required(self, reason: str) -> None:
        self._meta["resync_required"] = True
        self._meta["resync_reason"] = reason
        self._save_meta()

    def clear_resync_required(self) -> None:
        self._meta["resync_required"] = False
        self._meta["resync_reason"] = ""
        self._save_meta()

    # --- internals --------------------------------------------------------------------------

    def _open_next(self, number: int, base_seq: int) -> None:
        self._log = HrlWriter.create(
            self.log_dir / _log_name(number),
            HrlHeader(self.vm_id, self.disk_id, number, base_seq),
            self.fsync,
        )

    def _log_paths(self) -> list[Path]:
        return sorted(self.log_dir.glob("*.hrl"), key=lambda p: int(p.stem))

    def _save_meta(self) -> None:
        write_json_atomic(self.log_dir / "disk.json", self._meta)


def _data_bytes_quick(path: Path) -> int:
    """A sealed log's payload, approximated by its size (pending bytes after a restart)."""
    try:
        return max(path.stat().st_size - 64, 0)
    except FileNotFoundError:
        return 0
