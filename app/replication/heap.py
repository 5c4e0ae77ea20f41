"""The C allocator's settings for a process that moves replication data (an agent).

Receiving a delta allocates and frees bytes objects of 64 KiB to a few MiB at a high rate (TLS
reads joined, the HTTP parser's body chunks). glibc's malloc adapts its thresholds as blocks
are freed: at first every such block is a fresh mmap; later they come from the heap, whose top
is given back to the kernel (trimmed) once a few times their size is free there. Either way
the same megabytes are unmapped and mapped again, chunk after chunk, and each time the kernel
faults in and zeroes every 4 KiB page anew: measured on one agent receiving 128 MiB cycle
deltas, half its CPU seconds, and the body's time on the wire with them (0.46 against 0.24
CPU seconds per delta, 0.39 against 0.24 s).

Fixed thresholds end that: blocks up to `MMAP_THRESHOLD` come from the heap, which keeps up
to `TRIM_THRESHOLD` free at its top for the next ones; larger blocks (delta bodies, which the
agent pools, see buffers.py) are still mapped on their own and given back when freed. The cost
is at most `TRIM_THRESHOLD` of memory the process keeps mapped while idle.
"""

from __future__ import annotations

import ctypes
import platform

MMAP_THRESHOLD = 4 * 1024**2
TRIM_THRESHOLD = 64 * 1024**2

# mallopt's parameters (malloc.h).
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3


def steady_heap() -> bool:
    """Fix glibc malloc's mmap and trim thresholds for this process (see the module's text);
    False where the C library is not glibc (nothing is changed there)."""
    if platform.libc_ver()[0] != "glibc":
        return False
    mallopt = ctypes.CDLL(None).mallopt
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    # mallopt answers 1 on success; either setting also stops the adaptation of both.
    return bool(
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )
