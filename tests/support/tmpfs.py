"""A real small filesystem for storage-fault tests: a tmpfs mounted by the test (as root).

    with small_filesystem(path, mib=32) as fs:
        fs.fill()        # take all free space (a filler file)
        fs.free()        # give it back
        fs.resize(64)    # remount larger (or smaller)

Where mounting is refused (not root, no CAP_SYS_ADMIN) the test is skipped with the reason,
loudly: on this project's machines and in CI the tests run as root and must not skip.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallFilesystem:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.filler = self.path / ".filler"

    def resize(self, mib: int) -> None:
        _mount("-o", f"remount,size={mib}m", str(self.path))

    def fill(self, leave_bytes: int = 0) -> None:
        """Take every free byte but `leave_bytes` with a filler file (grows it if present)."""
        free = shutil.disk_usage(self.path).free - leave_bytes
        with open(self.filler, "ab") as f:
            chunk = bytes(1 << 20)
            while free > 0:
                try:
                    free -= f.write(chunk[: min(len(chunk), free)])
                    f.flush()
                except OSError:
                    break

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    @property
    def free_bytes(self) -> int:
        return shutil.disk_usage(self.path).free


def _mount(*args: str) -> None:
    proc = subprocess.run(["mount", *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise OSError(f"mount {' '.join(args)}: {proc.stderr.strip()}")


@contextlib.contextmanager
def small_filesystem(path: Path, mib: int) -> Iterator[SmallFilesystem]:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip(f"SKIPPED LOUDLY: mounting a tmpfs needs root (uid {os.geteuid()})")
    try:
        _mount("-t", "tmpfs", "-o", f"size={mib}m", "tmpfs", str(path))
    except OSError as exc:
        pytest.skip(f"SKIPPED LOUDLY: this machine refuses to mount a tmpfs: {exc}")
    try:
        yield SmallFilesystem(path)
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)
