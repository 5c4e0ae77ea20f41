"""What the console tests share: waiting inside the qasync loop, and screenshots to look at."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

SHOTS = Path("/tmp/console-shots")


async def until(
    predicate: Callable[[], object],
    timeout: float = 30.0,
    what: str = "condition",
    shown: Callable[[], str] = str,
) -> None:
    """Poll `predicate` on the running loop (feed events keep arriving meanwhile)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError(f"timed out waiting for {what} {shown()}".rstrip())
        await asyncio.sleep(0.05)


def shoot(widget, name: str, run=None, folder: Path = SHOTS) -> Path:
    """Render `widget` to folder/name.png."""
    from PySide6.QtWidgets import QApplication

    folder.mkdir(parents=True, exist_ok=True)
    if run is not None:
        # Lay out and paint inside the qasync loop: a bare processEvents() also runs asyncio
        # callbacks that are due (the cache's retry, a feed read) outside any running loop,
        # where httpx/anyio fail with NoEventLoopError (see the run fixture).
        run(asyncio.sleep(0.05))
    else:
        QApplication.processEvents()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
