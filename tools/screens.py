"""What the screenshot scripts share: an in-process lab, waiting, rendering, and the run.

A developer module, not part of the app package: it may import app.server and app.lab.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


QUICK = False  # --quick: the test suite's run (tests/test_tools.py)


def quick() -> bool:
    """Whether this run is the test suite's: fewer samples and shorter waits, the same
    pictures (so the scripts cannot rot unnoticed)."""
    return QUICK


def start_lab(folder: Path, clock: float = 60.0, protect: int = 8) -> Any:
    """The tests' in-process control plane over a lab, seeded as `standby lab` seeds one."""
    from app.cli import protect_lab_vms, seed_lab
    from app.lab.clock import LabClock
    from app.lab.fabric import LabFabric
    from app.server.context import Settings
    from tests.support.server import RunningServer

    server = RunningServer(
        f"sqlite+aiosqlite:///{folder / 'vault.db'}",
        fabric_factory=lambda: LabFabric(clock=LabClock(clock), folder=folder / "lab"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()

    async def seed() -> None:
        if await seed_lab(server.ctx):
            await protect_lab_vms(server.ctx, protect)

    server.call(seed)
    return server


def stop_lab(server: Any) -> None:
    # The console's open event stream outlives the 1 s grace period: expected, not news.
    logging.getLogger("uvicorn.error").setLevel(logging.CRITICAL)
    server.stop()


async def until(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    """Wait for `predicate` to be truthy and return its value; give up with a clear exit."""
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise SystemExit(f"screenshots: timed out waiting for {what}")
        await asyncio.sleep(0.1)
    return value


async def shoot(widget: Any, path: Path, settle: float = 0.5) -> None:
    await asyncio.sleep(settle)  # layout, a graph redraw tick, a banner's 1 s refresh
    if not widget.grab().save(str(path)):
        raise SystemExit(f"screenshots: could not write {path}")
    print(f"  wrote {path}", flush=True)


def run(
    doc: str,
    screenshots: Callable[[Path, Any], Awaitable[None]],
    argv: list[str] | None,
    *,
    protect: int = 8,
    prefix: str = "standby-shots-",
    data_home: bool = False,
) -> int:
    """The scripts' main: OUTDIR from the command line, a lab in a temporary folder, the
    console's qasync loop running `screenshots(outdir, server)`, the lab stopped after."""
    global QUICK
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--quick", action="store_true", help="fewer samples, shorter waits (the test suite's)"
    )
    args = parser.parse_args(argv)
    QUICK = args.quick
    args.outdir.mkdir(parents=True, exist_ok=True)

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        if data_home:  # files the console saves (reports) out of the user's way
            os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        server = start_lab(Path(folder), protect=protect)
        print(f"lab control plane at {server.url}", flush=True)
        try:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                loop.run_until_complete(screenshots(args.outdir, server))
        finally:
            stop_lab(server)
    return 0
