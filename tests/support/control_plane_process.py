"""`standby serve --agents` as a real subprocess, for the tests (and benchmarks) that kill the
control plane of a real estate with SIGKILL and start it again on the same vault, port and
agents' state: the enrolled agents reconnect to the same hub address (kept in the agents'
state folder), and the jobs that had not finished resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class ControlPlaneProcess:
    folder: Path  # the vault (vault.db), the agents' state and the logs
    port: int = field(default_factory=free_port)
    agents_port: int = field(default_factory=free_port)
    tokens: dict[str, str] = field(default_factory=dict)  # role → token
    process: subprocess.Popen | None = None
    starts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def vault(self) -> Path:
        return self.folder / "vault.db"

    @property
    def log(self) -> Path:
        return self.folder / "control-plane.log"

    def headers(self, role: str = "operator") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def _tokens(self) -> None:
        for role in ("viewer", "operator", "admin"):
            command = [sys.executable, "-m", "app.cli", "token", "create", "--role", role]
            command += ["--name", f"test-{role}", "--db", str(self.vault), "--json"]
            made = subprocess.run(
                command,
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            self.tokens[role] = json.loads(made.stdout)["token"]

    def start(self) -> ControlPlaneProcess:
        self.folder.mkdir(parents=True, exist_ok=True)
        if not self.tokens:
            self._tokens()
        self.starts += 1
        command = [sys.executable, "-m", "app.cli", "serve", "--db", str(self.vault)]
        command += ["--port", str(self.port), "--agents", f"127.0.0.1:{self.agents_port}"]
        command += ["--agents-state", str(self.folder / "agents")]
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        with self.log.open("ab") as out:
            out.write(f"--- start {self.starts}\n".encode())
            out.flush()
            self.process = subprocess.Popen(
                command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log.read_text(errors="replace")[-3000:]
                raise AssertionError(
                    f"the control plane exited ({self.process.returncode}):\n{tail}"
                )
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError("the control plane did not start in 60 s")

    def kill(self) -> None:
        """kill -9: nothing is flushed, closed or said to the agents."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
