"""Render the NOC dashboard as a kiosk shows it: alone under X, with no window manager.

    .venv/bin/python tools/dashboard_kiosk.py OUTDIR [--sizes 1920x1080,1280x720]

For each size it starts Xvfb with a screen of that size (no window manager), starts a lab
control plane in process (clock ×60, eight VMs protected), takes the recovery site
(Amsterdam) down so the dashboard shows protection at risk, opens the dashboard full screen
the way `standby console --dashboard` does, and grabs the whole X screen (not the window: what
is not covered shows black). Writes `dashboard-kiosk-WxH.png` and prints the window's geometry
against the screen's and every label whose text does not fit; exits 1 when the window does not
fill the screen or a text is cut. Needs Xvfb and Qt's xcb libraries (./dev installs them as
root).

A developer script, not part of the app package: it may import app.server and app.lab.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PROTECTED = 8


def cut_labels(window: Any) -> list[str]:
    """The visible labels whose text does not fit: elided or clipped. An alert's message row
    is left out: it is one line that ends in '…' by design (ElidedLabel), and any alert the
    estate raises meanwhile (a status read late under load: "Replication figures are not
    being updated: …") may be longer than a row."""
    from PySide6.QtWidgets import QLabel

    cut = []
    for widget in window.findChildren(QLabel):
        text = widget.text()
        if not widget.isVisible() or not text or widget.objectName().startswith("alertMessage"):
            continue
        rect = widget.contentsRect()
        metrics = widget.fontMetrics()
        if widget.wordWrap():
            needed = widget.heightForWidth(rect.width())
            fits = needed <= rect.height() + 1
        else:
            fits = metrics.horizontalAdvance(text) <= rect.width()
        if not fits:
            cut.append(f"{widget.objectName() or '?'}: {text!r} in {rect.width()} px")
    return cut


async def render(outdir: Path, size: str, server: Any) -> int:
    import httpx
    from PySide6.QtGui import QGuiApplication

    from app.client.api import StandbyClient
    from app.client.cache import Backoff, InventoryCache
    from app.console.dashboard.window import DashboardWindow
    from app.console.session import Session
    from tools.screens import until

    client = StandbyClient(server.url, server.tokens["operator"], heartbeat_seconds=1.0)
    cache = InventoryCache(client, backoff=Backoff(base=1.0, cap=10.0, jitter=0.0))
    session = Session(client, cache, profile="kiosk")
    await session.start()
    await until(
        lambda: (
            sum(
                1
                for i in cache.objects("protected-item").values()
                if i.replication_state == "protected" and i.rpo_seconds is not None
            )
            >= PROTECTED
        ),
        180,
        "eight protected VMs with a recovery point",
    )
    down = httpx.post(
        f"{server.url}/api/v1/lab/sites/site-ams/down", headers=server.headers(), timeout=30
    )
    assert down.status_code == 200, down.text
    window = DashboardWindow(session)
    window.show_on(None, full_screen=True)
    await until(lambda: window.summary and window.summary.at_risk >= PROTECTED, 30, "at risk")
    await asyncio.sleep(2.5)  # a refresh and a repaint
    screen = QGuiApplication.primaryScreen()
    path = outdir / f"dashboard-kiosk-{size}.png"
    if not screen.grabWindow(0).save(str(path)):
        raise SystemExit(f"dashboard_kiosk: could not write {path}")
    geometry, area = window.geometry(), screen.geometry()
    print(f"  wrote {path}")
    print(f"  screen {area.width()}x{area.height()}, window {geometry.width()}x{geometry.height()}")
    failed = geometry != area
    for line in cut_labels(window):
        print(f"  cut: {line}")
        failed = True
    window.close()
    await session.stop()
    return 1 if failed else 0


def render_main(outdir: Path, size: str) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    from tools.screens import start_lab, stop_lab

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory(prefix="standby-kiosk-") as folder:
        server = start_lab(Path(folder), protect=PROTECTED)
        try:
            loop = qasync.QEventLoop(app)
            asyncio.set_event_loop(loop)
            with loop:
                return loop.run_until_complete(render(outdir, size, server))
        finally:
            stop_lab(server)


def free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise SystemExit("dashboard_kiosk: no free X display number")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--sizes", default="1920x1080,1280x720")
    parser.add_argument("--render", help=argparse.SUPPRESS)  # the child, under Xvfb
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    if args.render:
        return render_main(args.outdir, args.render)
    if shutil.which("Xvfb") is None:
        raise SystemExit("dashboard_kiosk: Xvfb not found (apt-get install xvfb)")
    status = 0
    for size in args.sizes.split(","):
        number = free_display()
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{number}").exists():
                if time.monotonic() > deadline or xvfb.poll() is not None:
                    raise SystemExit("dashboard_kiosk: Xvfb did not start")
                time.sleep(0.1)
            env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
            print(f"{size} on display :{number} (no window manager)", flush=True)
            child = [sys.executable, __file__, str(args.outdir), "--render", size]
            status |= subprocess.run(child, env=env, check=False).returncode
        finally:
            xvfb.terminate()
            xvfb.wait(10)
    return status


if __name__ == "__main__":
    sys.exit(main())
