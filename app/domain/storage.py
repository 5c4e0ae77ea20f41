"""A host's storage: how finely its free space is reported, and when it is low.

The storage is the volume a host keeps its VMs' disks and replicas on (`Host.storage`).

**Warning threshold.** Storage is *low* when less than 10 % of the volume is free — the line
operators know from Windows' low-disk warning and the usual `node_exporter` disk-space alert,
and for replica storage early enough to act (free space, move a replica) before replication
stops on a full disk. It stops being low when 12 % is free again: the two points between
keep an alert from flapping while recovery points are written and pruned around the line.
A volume that reports no size (total 0) is never low.

**Reporting step.** Free space is reported rounded down to a step of 1/1024 of the volume
(a power of two, at least 1 MiB), and a figure stays until free space moves a whole step
away from it: the fabric's inventory is read every few seconds and only
changed objects are written, so a figure that moved with every guest write would put every
host on the change feed at every read. 1/1024 is finer than the console shows (0.1 GiB of a
100 GiB volume, a whole percent).
"""

from __future__ import annotations

LOW_BELOW_FRACTION = 0.10
"""Low when free space is below this fraction of the volume."""
CLEAR_AT_FRACTION = 0.12
"""Low storage ends when free space is at least this fraction again."""
MIN_STEP_BYTES = 1 << 20
STEP_DIVISOR = 1024

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB", "PiB")


def report_step(total_bytes: int) -> int:
    """The step free space is reported in: the power of two ≥ total/1024, at least 1 MiB."""
    wanted = max(total_bytes // STEP_DIVISOR, MIN_STEP_BYTES)
    return 1 << (wanted - 1).bit_length()


def reported_free(total_bytes: int, free_bytes: int, last_reported: int | None = None) -> int:
    """`free_bytes` rounded down to the volume's reporting step (never above the total). The
    last figure reported stays while free space is within one step of it, so space that
    hovers at a step's edge (written, then pruned) does not flip the figure at every read."""
    step = report_step(total_bytes)
    free = max(free_bytes, 0)
    if last_reported is not None and abs(free - last_reported) < step:
        return min(last_reported, max(total_bytes, 0))
    return min(free // step * step, max(total_bytes, 0))


def free_fraction(total_bytes: int, free_bytes: int) -> float | None:
    """Free space as a fraction of the volume; None when the volume reports no size."""
    if total_bytes <= 0:
        return None
    return min(max(free_bytes, 0) / total_bytes, 1.0)


def percent_free(total_bytes: int, free_bytes: int) -> int | None:
    """Whole percent free, rounded down (9.7 % free shows as 9 %, under the 10 % line)."""
    fraction = free_fraction(total_bytes, free_bytes)
    return None if fraction is None else int(fraction * 100)


def storage_low(total_bytes: int, free_bytes: int, was_low: bool = False) -> bool:
    """The warning rule: below 10 % free is low; once low, it stays low below 12 %."""
    fraction = free_fraction(total_bytes, free_bytes)
    if fraction is None:
        return False
    return fraction < (CLEAR_AT_FRACTION if was_low else LOW_BELOW_FRACTION)


def size_text(count: int) -> str:
    """Bytes as '12.4 GiB' (binary units, one decimal; whole bytes below 1 KiB)."""
    value = float(count)
    for unit in _UNITS:
        if abs(value) < 1024 or unit == _UNITS[-1]:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def describe(total_bytes: int, free_bytes: int) -> str:
    """'12.4 GiB free of 100.0 GiB (12 %)', in English (alerts, logs)."""
    fraction = free_fraction(total_bytes, free_bytes)
    percent = f" ({percent_free(total_bytes, free_bytes)} %)" if fraction is not None else ""
    return f"{size_text(free_bytes)} free of {size_text(total_bytes)}{percent}"
