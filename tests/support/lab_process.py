"""`standby lab` as a real subprocess, for the tests that kill it: headless, clock ×60, no VMs
protected at start (the tests protect their own). `start` again after a kill, on the same
folder and port; a PostgreSQL vault and a process name make it one of several processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class LabProcess:
    folder: Path
    port: int
    name: str = "lab"
    db_url: str | None = None  # default: SQLite in the folder
    lease_seconds: float | None = None
    process: subprocess.Popen | None = None
    url: str = ""
    token: str = ""
    starts: int = 0

    @property
    def stderr_path(self) -> Path:
        return self.folder.parent / f"{self.name}-stderr.txt"

    def start(self) -> LabProcess:
        self.starts += 1
        out = self.folder.parent / f"{self.name}-stdout-{self.starts}.txt"
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        command = [sys.executable, "-m", "app.cli", "lab", "--headless", "--clock", "60"]
        command += ["--data", str(self.folder), "--port", str(self.port), "--protect", "0"]
        if self.db_url:
            command += ["--db", self.db_url, "--name", self.name]
        if self.lease_seconds:
            command += ["--lease-seconds", str(self.lease_seconds)]
        with open(out, "wb") as stdout, open(self.stderr_path, "ab") as stderr:
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=stdout, stderr=stderr
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            text = out.read_text()
            token = re.search(r"operator token (\S+)", text)
            url = re.search(r"control plane\s+(http\S+)", text)
            if token and url:
                self.url, self.token = url.group(1), token.group(1)
                return self
            if self.process.poll() is not None:
                err = self.stderr_path.read_text()[-3000:]
                raise AssertionError(f"{self.name} exited with {self.process.returncode}:\n{err}")
            time.sleep(0.05)
        raise AssertionError(f"{self.name} did not start in 60 s")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
