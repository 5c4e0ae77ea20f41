"""A protected domain's disks whose size changed since they were last replicated.

A disk that grew (`virsh blockresize` while it runs, `qemu-img resize` while it is off) is
followed: its replica grows first, the grown area reading as zeros on both sides (a grown
qcow2 reads zeros there), and the dirty bitmap, which QEMU resizes with the disk, names the
guest's writes into it, so the next cycle ships them like any other. A disk that shrank is
refused (`DiskShrank`). A disk added or removed stops the cycles with what changed and what to
do (`DisksChanged`): see docs/architecture.md "Resized disks".
"""

from __future__ import annotations

from .errors import DisksChanged, DiskShrank


def refuse_shrink(domain: str, replicated: dict[str, int], now: dict[str, int]) -> None:
    """Raise DiskShrank when a disk is smaller now than its replica."""
    shrunk = {t: (replicated[t], size) for t, size in now.items() if size < replicated.get(t, size)}
    if shrunk:
        raise DiskShrank(domain, shrunk)


def grown_disks(domain: str, replicated: dict[str, int], now: dict[str, int]) -> dict[str, int]:
    """The disks that grew (target → size now); raises for a change a cycle cannot follow."""
    if set(now) != set(replicated):
        raise DisksChanged(
            domain, sorted(set(now) - set(replicated)), sorted(set(replicated) - set(now))
        )
    refuse_shrink(domain, replicated, now)
    return {t: size for t, size in now.items() if size > replicated[t]}
