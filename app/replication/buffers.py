"""Reusable byte buffers for the data path's large transfers (export reads, delta bodies).

A large buffer allocated afresh costs a page fault for every 4 KiB on its first write (the C
allocator maps big blocks fresh and unmaps them when they are freed): on a busy host that costs
more than the copy into it. A `BufferPool` hands out views of buffers it keeps, and takes a
buffer back by itself once nothing refers to it any more (no view of it alive, no other
reference: CPython's reference count says so). A caller never gives one back, and a buffer that
a delta's entries still view is never reused under them.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

_ROUND = 1024 * 1024  # pooled buffers are whole MiB, so one serves bodies of nearby sizes


class BufferPool:
    """Up to `keep` buffers of `keep_bytes` in all; requests under `min_bytes` are not pooled
    (small blocks the allocator reuses well)."""

    def __init__(self, *, keep: int, keep_bytes: int, min_bytes: int = 256 * 1024) -> None:
        self.keep = keep
        self.keep_bytes = keep_bytes
        self.min_bytes = min_bytes
        self._kept: list[bytearray] = []
        self._lock = threading.Lock()
        self.reused = 0  # takes served by a kept buffer (for tests and figures)

    def take(self, size: int) -> memoryview:
        """A writable view of exactly `size` bytes, in a kept buffer when one is free."""
        if size < self.min_bytes:
            return memoryview(bytearray(size))
        with self._lock:
            free = [b for b in self._free() if len(b) >= size]
            if free:
                self.reused += 1
                return memoryview(min(free, key=len))[:size]
            buf = bytearray(-(-size // _ROUND) * _ROUND)
            if len(buf) <= self.keep_bytes:
                # Room for it: free kept buffers go, the smallest first.
                for old in sorted(self._free(), key=len):
                    if len(self._kept) < self.keep and self._bytes() + len(buf) <= self.keep_bytes:
                        break
                    self._kept.remove(old)
                if len(self._kept) < self.keep and self._bytes() + len(buf) <= self.keep_bytes:
                    self._kept.append(buf)
            return memoryview(buf)[:size]

    def _free(self) -> list[bytearray]:
        """The kept buffers nothing else refers to: only the pool's list, this comprehension's
        variable and getrefcount's argument (a view of a buffer holds a reference too)."""
        return [b for b in self._kept if sys.getrefcount(b) <= _IDLE]

    def _bytes(self) -> int:
        return sum(map(len, self._kept))


def _idle_count() -> int:
    """The reference count `BufferPool._free` sees for a buffer only its list holds."""
    kept = [bytearray(1)]
    return next(sys.getrefcount(b) for b in kept)


_IDLE = _idle_count()


class BodyCut(Exception):
    """A request body stopped before its declared length (the link or the sender failed)."""


class BodyGaveWay(Exception):
    """The reader of an arriving body stopped waiting for it: someone else needs what it
    holds meanwhile (`ArrivingBody.give_way`)."""


class ArrivingBody:
    """A request body of a known length filling a buffer, read on another thread while it
    arrives: the receiving side calls `arrived` with each chunk (and `cut` when the body will
    not be whole), the reading side `wait`s for the bytes it needs."""

    def __init__(self, buf: memoryview) -> None:
        self.buf = buf
        self.total = len(buf)
        self.size = 0
        self._cut: BaseException | None = None
        self._ready = threading.Condition()
        # Asked by `wait`: true, it raises BodyGaveWay instead of waiting on (None: never).
        self.give_way: Callable[[], bool] | None = None

    def arrived(self, chunk: bytes | bytearray | memoryview) -> None:
        n = len(chunk)
        if self.size + n > self.total:
            raise ValueError("delta longer than its declared length")
        self.buf[self.size : self.size + n] = chunk
        with self._ready:
            self.size += n
            self._ready.notify_all()

    def cut(self, why: BaseException) -> None:
        """The rest will not come: a reader waiting for it gets BodyCut."""
        with self._ready:
            self._cut = why
            self._ready.notify_all()

    def wait(self, n: int) -> memoryview:
        """A view of all that arrived, once at least `n` bytes did (at most the whole body)."""
        n = min(n, self.total)
        with self._ready:
            while True:
                if self.give_way is not None and self.give_way():
                    raise BodyGaveWay(f"gave way at {self.size} of {self.total} bytes")
                if self.size >= n:
                    break
                if self._cut is not None:
                    raise BodyCut(f"body cut at {self.size} of {self.total} bytes: {self._cut}")
                self._ready.wait(0.1 if self.give_way is not None else None)
            size = self.size
        return self.buf[:size]

    def whole(self) -> memoryview:
        return self.wait(self.total)
