"""Stopping the real processes: `standby lab` headless with a change-feed follower connected,
and `standby lab` with its console (offscreen) connected. Each stop is graceful and quiet:
exit 0, "Standby lab stopped.", and nothing on stderr that looks like a failure — no
traceback, no "Exception in ASGI application", no cancelled request (the SSE streams end as
the server stops instead of being cancelled after uvicorn's graceful-shutdown timeout)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
FAILURE_SIGNS = ("Traceback", "Exception in ASGI", "CancelledError", "ERROR", "timeout graceful")


class Lab:
    """`standby lab` as a process, its output read as it comes."""

    def __init__(self, folder: Path, *options: str, env: dict[str, str]) -> None:
        command = [sys.executable, "-m", "app.cli", "lab", "--clock", "20", "--port", "0"]
        command += ["--data", str(folder), "--protect", "2", *options]
        self.stderr_path = folder.parent / "stderr.txt"
        with open(self.stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True
            )
        self.out: list[str] = []
        self.ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.out.append(line.rstrip("\n"))
            if "Stop with Ctrl+C." in line:
                self.ready.set()
        self.ready.set()

    def banner(self) -> tuple[str, str]:
        assert self.ready.wait(90), "the lab did not start"
        text = "\n".join(self.out)
        url, token = re.search(r"control plane\s+(\S+)", text), re.search(r"token (\S+)", text)
        assert url and token, f"no banner: {text}\n{self.stderr_path.read_text()}"
        return url.group(1), token.group(1)

    def stop(self, how: signal.Signals) -> tuple[int, str]:
        """Send `how`: the exit status and stderr."""
        self.proc.send_signal(how)
        status = self.proc.wait(timeout=60)
        return status, self.stderr_path.read_text()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def environment(tmp_path: Path, display: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the console's settings
    return env


def established_to(port: int) -> int:
    """TCP connections established to `port` on this machine (Linux: /proc/net/tcp*)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            if state == "01" and int(local.rsplit(":", 1)[1], 16) == port:
                count += 1
    return count


def quiet(stderr: str) -> list[str]:
    """stderr's lines that say something failed (Qt's offscreen notes aside)."""
    return [line for line in stderr.splitlines() if any(s in line for s in FAILURE_SIGNS)]


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_lab_stops_quietly_with_a_feed_follower_connected(
    tmp_path: Path, how: signal.Signals
) -> None:
    lab = Lab(tmp_path / "lab", "--headless", env=environment(tmp_path, display=False))
    try:
        url, token = lab.banner()
        received: list[bytes] = []
        ended: list[BaseException | None] = []

        def follow() -> None:
            headers = {"Authorization": f"Bearer {token}"}
            try:
                with httpx.stream("GET", f"{url}/api/v1/events", headers=headers, timeout=90) as r:
                    for chunk in r.iter_bytes():
                        received.append(chunk)
                ended.append(None)
            except httpx.HTTPError as exc:
                ended.append(exc)

        follower = threading.Thread(target=follow, daemon=True)
        follower.start()
        deadline = time.monotonic() + 30
        while not received and time.monotonic() < deadline:
            time.sleep(0.05)
        assert received, "the follower received nothing"
        status, stderr = lab.stop(how)
        follower.join(30)
        assert status == 0, stderr
        assert lab.out[-1] == "Standby lab stopped."
        assert not quiet(stderr), stderr
        assert ended == [None], f"the stream did not end cleanly: {ended}"  # no cut mid-chunk
    finally:
        lab.kill()


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT])
def test_lab_with_its_console_stops_quietly(tmp_path: Path, how: signal.Signals) -> None:
    """The console closes as File → Quit (Ctrl+Q) closes it, then the lab's server stops."""
    lab = Lab(tmp_path / "lab", env=environment(tmp_path, display=True))
    try:
        url, _token = lab.banner()
        port = int(url.rsplit(":", 1)[1])
        deadline = time.monotonic() + 60
        while established_to(port) < 1 and time.monotonic() < deadline:
            time.sleep(0.1)  # the console's connection (its change feed)
        assert established_to(port) >= 1, "the console did not connect"
        status, stderr = lab.stop(how)
        assert status == 0, stderr
        assert lab.out[-1] == "Standby lab stopped."
        assert not quiet(stderr), stderr
    finally:
        lab.kill()
