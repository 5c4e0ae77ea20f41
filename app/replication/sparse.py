"""Sparse-aware reading of raw images: find the data, skip the holes."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

BLOCK_SIZE = 64 * 1024
"""The unit of change tracking, coalescing, hashing and auditing."""

ZERO_BLOCK = bytes(BLOCK_SIZE)


def is_zero(data: bytes | bytearray | memoryview) -> bool:
    """True when every byte is zero (a hole or a never-written block)."""
    n = len(data)
    if isinstance(data, memoryview):
        # A memoryview compares element by element (slow on zeros): reject data on its first
        # or last byte, else compare a bytes copy (memcmp).
        if n and (data[0] or data[n - 1]):
            return False
        data = data.tobytes()
    if n == BLOCK_SIZE:
        return data == ZERO_BLOCK
    return data == bytes(n)


def data_extents(fd: int, size: int, start: int = 0) -> Iterator[tuple[int, int]]:
    """Yield (offset, length) of the ranges that may hold data, from `start` on.

    Uses SEEK_DATA/SEEK_HOLE where the file system supports them; otherwise the whole range is
    reported and callers fall back to zero-block detection.
    """
    if not hasattr(os, "SEEK_DATA"):
        if start < size:
            yield start, size - start
        return
    pos = start
    while pos < size:
        try:
            data = os.lseek(fd, pos, os.SEEK_DATA)
        except OSError as exc:
            if exc.errno == errno.ENXIO:  # no data after pos: the rest is a hole
                return
            if exc.errno in (errno.EINVAL, errno.EOPNOTSUPP):
                yield pos, size - pos
                return
            raise
        if data >= size:
            return
        hole = os.lseek(fd, data, os.SEEK_HOLE)
        end = min(hole, size)
        yield data, end - data
        pos = end


def block_extents(fd: int, size: int, start: int = 0) -> Iterator[tuple[int, int]]:
    """Like data_extents, widened to whole blocks (holes are block-aligned in practice)."""
    for off, length in data_extents(fd, size, start):
        first = max(off - off % BLOCK_SIZE, start)
        end = min(-(-(off + length) // BLOCK_SIZE) * BLOCK_SIZE, size)
        yield first, end - first


_NO_KERNEL_COPY = {errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL, errno.EBADF}


def copy_range(src_fd: int, dst_fd: int, offset: int, length: int) -> int:
    """Copy [offset, offset+length) of one file to the same offset of another, kernel-side
    (copy_file_range: no trip through user space; a reflink where the file system can) with
    a pread/pwrite fallback. Stops early at the source's end; returns the bytes copied."""
    done = 0
    kernel = hasattr(os, "copy_file_range")
    while done < length:
        pos = offset + done
        if kernel:
            try:
                n = os.copy_file_range(src_fd, dst_fd, length - done, pos, pos)
            except OSError as exc:
                if exc.errno not in _NO_KERNEL_COPY:
                    raise
                kernel = False
                continue
        else:
            data = os.pread(src_fd, min(length - done, 8 * 1024 * 1024), pos)
            n = os.pwrite(dst_fd, data, pos) if data else 0
        if n == 0:  # the source ends here
            break
        done += n
    return done


def create_sparse(path: Path, size: int) -> None:
    """Create (or reset) a raw image of `size` bytes that occupies no space yet."""
    with open(path, "wb") as f:
        f.truncate(size)
        f.flush()
        os.fsync(f.fileno())


def copy_sparse(src: Path, dst: Path, *, chunk: int = 4 * 1024 * 1024) -> int:
    """Copy a raw image keeping holes as holes; returns the bytes actually written."""
    written = 0
    size = src.stat().st_size
    with open(src, "rb") as fi, open(dst, "wb") as fo:
        fo.truncate(size)
        for off, length in block_extents(fi.fileno(), size):
            pos = off
            end = off + length
            while pos < end:
                n = min(chunk, end - pos)
                data = os.pread(fi.fileno(), n, pos)
                # Skip zero blocks inside data extents too: the copy stays sparse.
                for b in range(0, len(data), BLOCK_SIZE):
                    piece = data[b : b + BLOCK_SIZE]
                    if not is_zero(piece):
                        os.pwrite(fo.fileno(), piece, pos + b)
                        written += len(piece)
                pos += n
        fo.flush()
        os.fsync(fo.fileno())
    return written


def fsync_dir(path: Path) -> None:
    """Make a create, rename or unlink in `path` durable."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, data: bytes | bytearray | memoryview, offset: int | None = None) -> None:
    """Write every byte (at `offset`, or at the file position), finishing short writes."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view) if offset is None else os.pwrite(fd, view, offset)
        view = view[n:]
        if offset is not None:
            offset += n


IOV_MAX = 1024  # buffers per pwritev/preadv (Linux's limit)

Buffer = bytes | bytearray | memoryview


def pwritev_all(fd: int, bufs: Sequence[Buffer], offset: int) -> int:
    """Write `bufs` back to back at `offset`, IOV_MAX buffers per system call, straight from
    the buffers (no joining copy); short writes are finished. Returns the bytes written."""
    done = 0
    for i in range(0, len(bufs), IOV_MAX):
        batch = bufs[i : i + IOV_MAX]
        want = sum(len(b) for b in batch)
        n = os.pwritev(fd, batch, offset + done)
        if n != want:  # a short write (rare on regular files): finish the rest byte-exactly
            rest = memoryview(b"".join(batch))[n:]
            write_all(fd, rest, offset + done + n)
        done += want
    return done


def preadv_into(fd: int, views: Sequence[memoryview], offset: int) -> None:
    """Fill `views` (writable, back to back) from `offset`, IOV_MAX per system call; what lies
    past the end of the file is left as it is (zeros in a fresh buffer)."""
    pos = offset
    for i in range(0, len(views), IOV_MAX):
        batch = views[i : i + IOV_MAX]
        want = sum(len(v) for v in batch)
        n = os.preadv(fd, batch, pos)
        if n != want:  # short: the end of the file, or a partial read; view by view
            at = pos
            for v in batch:
                got = 0
                while got < len(v):
                    piece = os.pread(fd, len(v) - got, at + got)
                    if not piece:
                        break  # the end of the file: the rest is left as it is
                    v[got : got + len(piece)] = piece
                    got += len(piece)
                at += len(v)
        pos += want


def write_file_durably(
    path: Path, chunks: Iterable[Buffer | Sequence[Buffer]], *, exclusive: bool = False
) -> None:
    """Create `path` from `chunks` and make its data durable (fdatasync) before returning.
    A chunk that is a sequence of buffers goes down in as few pwritev calls as it takes.

    All I/O goes through `os` (no buffered file objects), so a failing write is seen at the
    call that failed. On any error the partial file is removed: a full disk leaves nothing
    half-written behind, and the space it took is given back."""

    def runs() -> Iterator[tuple[int, Sequence[Buffer]]]:
        at = 0
        for chunk in chunks:
            bufs = [chunk] if isinstance(chunk, bytes | bytearray | memoryview) else chunk
            yield at, bufs
            at += sum(len(b) for b in bufs)

    write_runs_durably(path, runs(), exclusive=exclusive)


def write_runs_durably(
    path: Path, runs: Iterable[tuple[int, Sequence[Buffer]]], *, exclusive: bool = False
) -> None:
    """Like write_file_durably, but each run of buffers goes at its own offset: the gaps
    between runs stay holes (they read as zeros), so zeros need not be written at all. The
    last run must end the file."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, 0o644)
    try:
        for at, bufs in runs:
            pwritev_all(fd, bufs, at)
        os.fdatasync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    os.close(fd)


_SYNC_FILE_RANGE_WRITE = 2


def _sync_file_range() -> Callable[[int, int, int, int], int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = (ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint)
    fn.restype = ctypes.c_int
    return fn


_sync_range = _sync_file_range()


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing these bytes back now, without waiting (Linux's
    sync_file_range with SYNC_FILE_RANGE_WRITE): a later fdatasync then finds most of them on
    disk already. Durability still comes from that fdatasync; where the call does not exist
    this does nothing."""
    if _sync_range is not None and length > 0:
        _sync_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


def write_json_atomic(path: Path, doc: object) -> None:
    """Replace a small JSON file so a crash leaves either the old or the new one.

    The replace is the commit: an error before it leaves the old file in place (and no
    temporary one); an error after it (the folder's fsync) leaves the new one visible."""
    tmp = path.with_name(path.name + ".tmp")
    write_file_durably(tmp, [json.dumps(doc, indent=1).encode()])
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


PAGE = 4096


def restore_bytes(fd: int, data: bytes | memoryview, offset: int) -> int:
    """Put `data` back at `offset`, writing only the pages that differ from what is there.

    Rolling back a write that a full disk cut short must not need space: the pages the write
    reached are allocated already (overwriting them allocates nothing), and the pages it never
    reached still hold the old bytes (often a hole reading as zeros) and are left alone.
    Returns the bytes written."""
    old = memoryview(data)
    current = os.pread(fd, len(old), offset)
    if current == old:
        return 0
    written = 0
    pos = 0
    while pos < len(old):
        # Page-aligned pieces of the file, so a piece is either reached or not.
        end = min(len(old), (offset + pos) // PAGE * PAGE + PAGE - offset)
        if current[pos:end] != old[pos:end]:
            write_all(fd, old[pos:end], offset + pos)
            written += end - pos
        pos = end
    return written
