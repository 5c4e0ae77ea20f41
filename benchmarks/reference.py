"""The reference tools the data-plane benchmarks compare against, run the same way each time.

rsync runs with -I (no size-and-mtime quick check that could skip a changed file and "win" by
doing nothing) and --inplace --no-whole-file (delta transfer into the existing copy).
"""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path


def rsync(src: Path, dst: Path) -> dict:
    """One rsync of `src` onto `dst`: wall time and the transfer figures from --stats."""
    started = time.perf_counter()
    proc = subprocess.run(
        ["rsync", "-I", "--inplace", "--no-whole-file", "--stats", str(src), str(dst)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started

    def stat(name: str) -> int:
        m = re.search(rf"{name}: ([\d,]+)", proc.stdout)
        return int(m.group(1).replace(",", "")) if m else -1

    return {
        "seconds": seconds,
        "literal_data": stat("Literal data"),
        "matched_data": stat("Matched data"),
        "total_bytes_sent": stat("Total bytes sent"),
        "total_bytes_received": stat("Total bytes received"),
    }
