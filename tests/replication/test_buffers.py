"""The data path's reusable buffers: a buffer comes back to its pool by itself once nothing
refers to it, never while a view of it (a delta's entries) is alive; the pool keeps within its
limits."""

from __future__ import annotations

from app.replication.buffers import BufferPool

MIB = 1024 * 1024


def test_a_buffer_is_reused_once_nothing_refers_to_it() -> None:
    pool = BufferPool(keep=2, keep_bytes=64 * MIB)
    first = pool.take(4 * MIB)
    owner = id(first.obj)
    first[:3] = b"abc"
    assert id(pool.take(4 * MIB).obj) != owner  # still held: another buffer
    del first
    again = pool.take(3 * MIB)  # a smaller request fits the freed buffer
    assert id(again.obj) == owner and len(again) == 3 * MIB and pool.reused == 1
    entry = again[10:20]  # a view of it outlives the view handed out
    del again
    assert id(pool.take(3 * MIB).obj) != owner
    del entry
    assert id(pool.take(3 * MIB).obj) == owner


def test_the_pool_keeps_within_its_limits() -> None:
    pool = BufferPool(keep=2, keep_bytes=8 * MIB, min_bytes=MIB)
    small = pool.take(1000)  # under min_bytes: never pooled
    assert len(small) == 1000 and not pool._kept
    big = pool.take(9 * MIB)  # over keep_bytes: served, not kept
    assert len(big) == 9 * MIB and not pool._kept
    views = [pool.take(3 * MIB) for _ in range(3)]
    assert len(pool._kept) == 2  # the third is served, not kept
    del views
    pool.take(5 * MIB)  # room is made by dropping free buffers
    assert sum(len(b) for b in pool._kept) <= 8 * MIB and len(pool._kept) <= 2
