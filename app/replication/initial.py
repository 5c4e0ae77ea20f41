"""Initial replication: a sparse-aware, chunked, resumable full copy of a source disk.

At the start the open log is rotated and older logs dropped (the copy supersedes them); the
copy then reads the live image while new writes keep collecting in the log. The copy is fuzzy,
and the first cycle afterwards ships every write since the start, which makes the replica
consistent as of that cycle's cut. Progress is a small marker file, updated after each
acknowledged chunk, so an interrupted copy resumes where it stood (re-sending a chunk is
harmless: its writes are absolute).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from .cycle import Delta, DeltaEntry, DeltaKind
from .disk import TrackedDisk
from .journal import ReplicaState
from .sparse import BLOCK_SIZE, block_extents, is_zero, write_json_atomic
from .transport import Transport

DEFAULT_CHUNK = 4 * 1024 * 1024


@dataclass
class InitialProgress:
    disk_id: str
    start_log: int  # the first log whose writes the copy does not include for sure
    base_seq: int  # that log's first sequence number
    next_offset: int = 0
    bytes_read: int = 0  # data found (holes excluded)
    bytes_sent: int = 0  # delta bytes on the wire
    chunks_sent: int = 0
    done: bool = False


def marker_path(disk: TrackedDisk, pair_id: str) -> Path:
    return disk.log_dir / f"initial-{pair_id}.json"


def load_progress(path: Path) -> InitialProgress | None:
    try:
        return InitialProgress(**json.loads(path.read_text()))
    except FileNotFoundError:
        return None


class InitialReplication:
    def __init__(
        self,
        pair_id: str,
        disk: TrackedDisk,
        transport: Transport,
        *,
        chunk_bytes: int = DEFAULT_CHUNK,
        compress: bool = True,
    ) -> None:
        if chunk_bytes <= 0 or chunk_bytes % BLOCK_SIZE:
            raise ValueError("chunk size must be a positive multiple of the block size")
        self.pair_id = pair_id
        self.disk = disk
        self.transport = transport
        self.chunk_bytes = chunk_bytes
        self.compress = compress
        self.marker = marker_path(disk, pair_id)

    @property
    def progress(self) -> InitialProgress | None:
        return load_progress(self.marker)

    def _start(self) -> InitialProgress:
        d = self.disk
        with d.lock:
            d.rotate()
            d.discard_closed_logs()
            progress = InitialProgress(d.disk_id, d.current_log_number, d.current_log_base_seq)
        self.transport.prepare(
            self.pair_id, vm_id=d.vm_id, disk_id=d.disk_id, size_bytes=d.size_bytes, fresh=True
        )
        write_json_atomic(self.marker, asdict(progress))
        return progress

    def run(self, stop: threading.Event | None = None) -> InitialProgress:
        """Copy until done (or until `stop` is set); call again to resume."""
        d = self.disk
        progress = self.progress
        if progress is not None and not progress.done:
            status = self.transport.status(self.pair_id, d.disk_id)
            if status is None or status.state is not ReplicaState.INITIAL:
                progress = None  # the replica was lost or replaced: start over
        if progress is None:
            progress = self._start()
        if progress.done:
            return progress
        with open(d.image, "rb") as f:
            fd = f.fileno()
            for off, length in block_extents(fd, d.size_bytes, progress.next_offset):
                pos = max(off, progress.next_offset)
                while pos < off + length:
                    n = min(self.chunk_bytes, off + length - pos)
                    self._send_chunk(progress, fd, pos, n)
                    pos += n
                    progress.next_offset = pos
                    write_json_atomic(self.marker, asdict(progress))
                    if stop is not None and stop.is_set():
                        return progress
        progress.next_offset = d.size_bytes
        progress.done = True
        write_json_atomic(self.marker, asdict(progress))
        return progress

    def _send_chunk(self, progress: InitialProgress, fd: int, pos: int, n: int) -> None:
        data = os.pread(fd, n, pos)
        entries = [
            DeltaEntry((pos + i) // BLOCK_SIZE, 0, data[i : i + BLOCK_SIZE])
            for i in range(0, len(data), BLOCK_SIZE)
            if not is_zero(data[i : i + BLOCK_SIZE])  # the fresh replica is all holes
        ]
        progress.bytes_read += len(data)
        if not entries:
            return
        delta = Delta(
            kind=DeltaKind.INITIAL,
            vm_id=self.disk.vm_id,
            disk_id=self.disk.disk_id,
            disk_size=self.disk.size_bytes,
            base_seq=progress.base_seq,
            end_seq=progress.base_seq,
            entries=entries,
        )
        blob = delta.encode(compress=self.compress)
        self.transport.send_delta(self.pair_id, blob)
        progress.bytes_sent += len(blob)
        progress.chunks_sent += 1

    def finish(self) -> None:
        """Forget the marker once the first cycle has made the replica consistent."""
        self.marker.unlink(missing_ok=True)
