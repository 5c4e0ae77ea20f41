"""One process at a time on a folder: the lab's estate (several control-plane processes may
serve one vault, but one drives the lab's estate), and the note of a running control plane.
The operating system drops the lock when its holder dies, kill -9 included, so a waiter
takes over."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path


class FolderLock:
    """An exclusive lock on a folder's `estate.lock`, held until the process ends or releases
    it. The operating system drops it when its holder dies, so a waiter takes over."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / "estate.lock"
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    async def acquire(self, every: float = 0.2) -> None:
        while not self.try_acquire():
            await asyncio.sleep(every)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None
