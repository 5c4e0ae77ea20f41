"""Initial replication: a sparse-aware, chunked, resumable full copy of a source disk.

At the start the open log is rotated and older logs dropped (the copy supersedes them); the
copy then reads the live image while new writes keep collecting in the log. The copy is fuzzy,
and the first cycle afterwards ships every write since the start, which makes the replica
consistent as of that cycle's cut. Progress is a small marker file, updated every
DEFAULT_MARKER_BYTES of the image or DEFAULT_MARKER_SECONDS, whichever comes first, and only
after the replica acknowledged a chunk flagged *sync* (its image fsynced), so the marker never
claims data that a crash of the recovery host could still lose. An interrupted copy resumes
from the last marker: the chunks after it are sent again, which is harmless (their writes are
absolute). Chunks in between are not fsynced one by one: one fsync per marker instead of one
per chunk. Zero blocks are not sent (the fresh replica is sparse: holes stay holes), and zstd
is skipped for chunks whose data does not compress.
"""

from __future__ import annotations

import functools
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from .cycle import Delta, DeltaEntry, DeltaKind
from .disk import TrackedDisk
from .journal import ReplicaState
from .sparse import BLOCK_SIZE, block_extents, data_extents, is_zero, write_json_atomic
from .transport import DeltaAck, LocalCopy, Transport

DEFAULT_CHUNK = 16 * 1024 * 1024  # fewer, larger requests: less per-request cost over HTTPS
LOCAL_PIECE = 4 * 1024 * 1024  # one kernel copy on the local path (link checked, bucket paced)
DEFAULT_MARKER_BYTES = 128 * 1024 * 1024  # image bytes covered between two progress markers
DEFAULT_MARKER_SECONDS = 5.0  # ... or this long, whichever comes first


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
    """One disk's full copy. Chunks are read, encoded and shipped in a pipeline (the next chunk
    is read and encoded while the previous one is on the wire); the progress marker is written
    every `marker_bytes` of the image (or `marker_seconds`), right after a chunk that asked the
    replica to sync was acknowledged: the marker never claims more than is durable on the
    replica. `marker_bytes=0` writes it after every chunk."""

    def __init__(
        self,
        pair_id: str,
        disk: TrackedDisk,
        transport: Transport,
        *,
        chunk_bytes: int = DEFAULT_CHUNK,
        compress: bool = True,
        marker_bytes: int = DEFAULT_MARKER_BYTES,
        marker_seconds: float = DEFAULT_MARKER_SECONDS,
        pipeline_depth: int = 2,
    ) -> None:
        if chunk_bytes <= 0 or chunk_bytes % BLOCK_SIZE:
            raise ValueError("chunk size must be a positive multiple of the block size")
        self.pair_id = pair_id
        self.disk = disk
        self.transport = transport
        self.chunk_bytes = chunk_bytes
        self.compress = compress
        self.marker_bytes = marker_bytes
        self.marker_seconds = marker_seconds
        self.pipeline_depth = max(1, pipeline_depth)
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
        if isinstance(self.transport, LocalCopy) and self.transport.local_copy:
            return self._run_local(self.transport, progress, stop)
        # `sent` runs ahead of the marker: what was shipped, not yet known durable.
        sent = InitialProgress(**asdict(progress))
        pipe = SendPipeline(self.transport, self.pair_id, self.pipeline_depth)
        try:
            with open(d.image, "rb") as f:
                fd = f.fileno()
                marked_at, marked_time = sent.next_offset, time.monotonic()
                unsynced = False  # chunks shipped since the last sync
                for off, length in block_extents(fd, d.size_bytes, sent.next_offset):
                    pos = max(off, sent.next_offset)
                    while pos < off + length:
                        n = min(self.chunk_bytes, off + length - pos)
                        stopping = stop is not None and stop.is_set()
                        due = (
                            stopping
                            or pos + n - marked_at >= self.marker_bytes
                            or time.monotonic() - marked_time >= self.marker_seconds
                        )
                        if self._send_chunk(sent, pipe, fd, pos, n, sync=due):
                            unsynced = not due
                        pos += n
                        sent.next_offset = pos
                        if due:
                            if unsynced:
                                pipe.submit(self._flush_delta(sent), sync=True)
                                unsynced = False
                            # The marker is written when the sync chunk is acknowledged (its
                            # fsync covers every chunk before it); meanwhile the next chunks go
                            # out, and the replica writes them while it syncs.
                            progress = InitialProgress(**asdict(sent))
                            pipe.on_ack(functools.partial(self._mark, progress))
                            marked_at, marked_time = pos, time.monotonic()
                            if stopping:
                                pipe.drain()
                                return progress
                if unsynced:
                    pipe.submit(self._flush_delta(sent), sync=True)
                pipe.drain()
        finally:
            pipe.close()
        sent.next_offset = d.size_bytes
        sent.done = True
        write_json_atomic(self.marker, asdict(sent))
        return sent

    def _run_local(
        self, t: LocalCopy, progress: InitialProgress, stop: threading.Event | None
    ) -> InitialProgress:
        """The fast path when source and replica share a machine (DirectTransport): the data
        extents of the source image go kernel-side into the replica image (copy_file_range),
        no delta encoding, no zero detection (holes are found by SEEK_DATA/SEEK_HOLE and stay
        holes). Same marker protocol: at each marker the replica fdatasyncs, and the marker
        claims only what that sync covered. The sync runs on its own thread while the next
        ranges are copied, so the disk's writeback overlaps the copy."""
        d = self.disk
        sent = InitialProgress(**asdict(progress))  # runs ahead of the marker
        syncer = ThreadPoolExecutor(1, thread_name_prefix=f"initial-sync-{self.pair_id}")
        pending: tuple[Future, InitialProgress] | None = None

        def settle() -> InitialProgress | None:
            """Wait for the sync in flight; then the marker may claim what it covers."""
            nonlocal pending
            if pending is None:
                return None
            fut, covered = pending
            pending = None
            fut.result()
            write_json_atomic(self.marker, asdict(covered))
            return covered

        def start_sync() -> None:
            nonlocal pending
            settle()
            covered = InitialProgress(**asdict(sent))  # copied before the sync starts
            fut = syncer.submit(t.sync_initial, self.pair_id, d.disk_id, base_seq=sent.base_seq)
            pending = (fut, covered)

        try:
            with open(d.image, "rb") as f:
                fd = f.fileno()
                marked_at, marked_time = sent.next_offset, time.monotonic()
                for off, length in data_extents(fd, d.size_bytes, sent.next_offset):
                    pos = max(off, sent.next_offset)
                    end = off + length
                    while pos < end:
                        n = min(self.chunk_bytes, LOCAL_PIECE, end - pos)
                        copied = t.copy_initial(
                            self.pair_id, d.disk_id, fd, [(pos, n)], base_seq=sent.base_seq
                        )
                        sent.bytes_read += copied
                        sent.bytes_sent += copied
                        sent.chunks_sent += 1
                        pos += n
                        sent.next_offset = pos
                        stopping = stop is not None and stop.is_set()
                        if (
                            stopping
                            or pos - marked_at >= self.marker_bytes
                            or time.monotonic() - marked_time >= self.marker_seconds
                        ):
                            start_sync()
                            marked_at, marked_time = pos, time.monotonic()
                            if stopping:
                                covered = settle()
                                assert covered is not None
                                return covered
                start_sync()
                settle()
        finally:
            syncer.shutdown(wait=True)  # a failed sync in flight: its marker is not written
        sent.next_offset = d.size_bytes
        sent.done = True
        write_json_atomic(self.marker, asdict(sent))
        return sent

    def _mark(self, progress: InitialProgress) -> None:
        write_json_atomic(self.marker, asdict(progress))

    def _delta(self, progress: InitialProgress, entries: list[DeltaEntry]) -> Delta:
        return Delta(
            kind=DeltaKind.INITIAL,
            vm_id=self.disk.vm_id,
            disk_id=self.disk.disk_id,
            disk_size=self.disk.size_bytes,
            base_seq=progress.base_seq,
            end_seq=progress.base_seq,
            entries=entries,
        )

    def _flush_delta(self, progress: InitialProgress) -> bytes:
        """An empty chunk that only asks the replica to sync."""
        blob = self._delta(progress, []).encode(sync=True)
        progress.bytes_sent += len(blob)
        return blob

    def _send_chunk(
        self,
        progress: InitialProgress,
        pipe: SendPipeline,
        fd: int,
        pos: int,
        n: int,
        *,
        sync: bool,
    ) -> bool:
        """Read one chunk and queue what it holds; returns whether anything was shipped."""
        data = memoryview(os.pread(fd, n, pos))
        progress.bytes_read += len(data)
        entries = [
            DeltaEntry((pos + i) // BLOCK_SIZE, 0, data[i : i + BLOCK_SIZE])
            for i in range(0, len(data), BLOCK_SIZE)
            if not is_zero(data[i : i + BLOCK_SIZE])  # keep holes as holes
        ]
        if not entries:
            return False  # only zeros: the fresh replica is all holes already
        blob = self._delta(progress, entries).encode(compress=self.compress, sync=sync)
        pipe.submit(blob, sync=sync)
        progress.bytes_sent += len(blob)
        progress.chunks_sent += 1
        return True

    def finish(self) -> None:
        """Forget the marker once the first cycle has made the replica consistent."""
        self.marker.unlink(missing_ok=True)


class SendPipeline:
    """Ships blobs on `depth` worker threads, at most `depth` in flight (so the replica applies
    one chunk while the next is on the wire). Chunks in between two syncs may land in any
    order: their writes are absolute and disjoint. The first failure is raised again from
    `submit` or `drain`."""

    def __init__(self, transport: Transport, pair_id: str, depth: int) -> None:
        self.transport = transport
        self.pair_id = pair_id
        self.depth = depth
        self._pending: deque[Future] = deque()
        self._callbacks: deque[tuple[Future, Callable[[], None]]] = deque()
        self._last: Future | None = None
        self._pool: ThreadPoolExecutor | None = None
        if depth > 1:
            self._pool = ThreadPoolExecutor(depth, thread_name_prefix=f"send-{pair_id}")

    def submit(self, blob: bytes, *, sync: bool = False) -> Future[DeltaAck]:
        """Queue one blob; a `sync` one goes out alone, after every earlier one was
        acknowledged, so the replica's fsync covers them all. Returns the send's future (done
        at once when sent synchronously); its failure is raised again by the pipeline too."""
        if self._pool is None:
            done: Future[DeltaAck] = Future()
            done.set_result(self.transport.send_delta(self.pair_id, blob))
            self._last = None
            return done
        if sync:
            self.drain()
        while len(self._pending) >= self.depth:
            self._settle()
        self._last = self._pool.submit(self.transport.send_delta, self.pair_id, blob)
        self._pending.append(self._last)
        return self._last

    def on_ack(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the last blob submitted is acknowledged (at once if it was),
        before `drain` (or a later `submit`) returns; never after a failure."""
        last = self._last
        if last is None or last not in self._pending:
            callback()  # already acknowledged (or sent synchronously)
            return
        self._callbacks.append((last, callback))

    def _run_callbacks(self, done: Future) -> None:
        while self._callbacks and self._callbacks[0][0] is done:
            self._callbacks.popleft()[1]()

    def _settle(self) -> None:
        fut = self._pending.popleft()
        fut.result()
        self._run_callbacks(fut)

    def drain(self) -> None:
        while self._pending:
            self._settle()

    def close(self) -> None:
        if self._pool is not None:
            for fut in self._pending:
                fut.cancel()
            self._pool.shutdown(wait=True)
            self._pending.clear()
