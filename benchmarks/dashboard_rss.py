"""The NOC dashboard over a long run: does its memory grow?

Starts a busy lab in a child process (clock ×60, so a 5-minute copy frequency passes every
5 s; the twelve lab VMs plus `--extra-vms`, all protected, each guest writing at
`--write-rate`), then `standby console --dashboard` in a second child (offscreen), and samples
the dashboard's RSS (VmRSS from /proc) every `--interval` seconds for `--minutes` (default 30).
During the run faults are toggled on a schedule: the recovery site goes down and comes back,
the inter-site link is cut and restored, write rates change, a host crashes, and once the
control plane itself is killed and restarted on the same port and data (the dashboard must
reconnect by itself).

    .venv/bin/python benchmarks/dashboard_rss.py [--minutes 30] [--interval 10]

`--no-faults` keeps the load steady (no faults), to tell growth from what faults add.

Writes benchmarks/results/dashboard_rss.json (or --output) and prints a table with the
least-squares slope of RSS over the second half of the run (no growth trend: a slope near
0 KiB/min).
Linux only (/proc). Never asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "dashboard_rss.json"
MIB = 1024 * 1024


# --- the lab child ----------------------------------------------------------------------------


def serve_lab(args: argparse.Namespace) -> int:
    """Child process: the lab's control plane with extra VMs, all protected; prints one JSON
    line with its URL and an operator token when ready (again after a restart)."""
    from app.cli import _serve, build_parser, protect_lab_vms, seed_lab
    from app.lab.clock import LabClock
    from app.lab.estate import default_estate
    from app.lab.fabric import LabFabric

    folder = Path(args.folder)
    estate = default_estate(extra_vms=args.extra_vms, disk_size=16 * MIB)
    fabric = LabFabric(estate=estate, clock=LabClock(args.clock), folder=folder)
    # `standby lab`'s own options and defaults, so this follows the command as it grows.
    ns = build_parser().parse_args(["lab", "--headless", "--port", str(args.port)])
    ns.db_url = f"sqlite+aiosqlite:///{folder / 'vault.db'}"

    async def ready(ctx: Any, url: str) -> None:
        from app.server.auth import generate_token, hash_token

        if await seed_lab(ctx):
            await protect_lab_vms(ctx, len(estate.vms))
        token = generate_token()
        await ctx.store.add_token("bench-dashboard", "operator", hash_token(token))
        vms = [vm.id for vm in estate.vms]
        print(json.dumps({"url": url, "token": token, "vms": vms}), flush=True)

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(ns, fabric=fabric, on_ready=ready))
    return 0


class Lab:
    def __init__(self, folder: Path, port: int, clock: float, extra_vms: int):
        self.folder, self.port, self.clock, self.extra_vms = folder, port, clock, extra_vms
        self.process: subprocess.Popen | None = None
        self.url = self.token = ""
        self.vms: list[str] = []

    def start(self) -> None:
        command = [
            sys.executable,
            __file__,
            "--serve-lab",
            "--folder",
            str(self.folder),
            "--port",
            str(self.port),
            "--clock",
            str(self.clock),
            "--extra-vms",
            str(self.extra_vms),
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit("the lab did not start")
        found = json.loads(line)
        self.url, self.vms = found["url"], found["vms"]
        self.token = self.token or found["token"]  # the first token stays valid after restarts

    def kill(self) -> None:
        if self.process is not None:
            self.process.kill()  # the lab survives a kill -9 (lab-state.json)
            self.process.wait(30)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None

    def call(self, method: str, path: str, body: dict | None = None) -> int:
        import httpx

        try:
            response = httpx.request(
                method,
                f"{self.url}/api/v1/lab/{path}",
                json=body,
                headers={"Authorization": f"Bearer {self.token}"},
                timeout=30,
            )
            return response.status_code
        except httpx.HTTPError:
            return 0


# --- measuring --------------------------------------------------------------------------------


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def connected(pid: int, port: int) -> bool:
    """Whether the process holds an established TCP connection to `port` on this machine
    (its event stream): read from /proc, so the dashboard needs no hook for it."""
    try:
        inodes = set()
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            target = os.readlink(fd)
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                remote_port = int(fields[2].rsplit(":", 1)[1], 16)
                if remote_port == port and fields[3] == "01" and fields[9] in inodes:
                    return True
    except OSError:
        return False
    return False


def cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def slope_per_minute(samples: list[tuple[float, int]]) -> float | None:
    """Least-squares slope of RSS (KiB) over time, in KiB per minute."""
    if len(samples) < 3:
        return None
    xs = [t / 60 for t, _ in samples]
    ys = [float(v) for _, v in samples]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else None


def schedule(duration: float) -> list[tuple[float, str]]:
    """Faults at fixed shares of the run, so a shortened run still sees all of them."""
    return [
        (0.10, "write-rates-high"),
        (0.15, "site-down"),
        (0.22, "site-up"),
        (0.30, "link-cut"),
        (0.36, "link-restore"),
        (0.42, "restart-control-plane"),
        (0.50, "write-rates-normal"),
        (0.58, "site-down"),
        (0.64, "site-up"),
        (0.72, "crash-host"),
        (0.80, "link-cut"),
        (0.86, "link-restore"),
    ]


def fault(lab: Lab, what: str, rate: float) -> str:
    if what.startswith("write-rates"):
        value = rate * 3 if what.endswith("high") else rate
        codes = {
            lab.call("PUT", f"vms/{vm}/write-rate", {"writes_per_second": value}) for vm in lab.vms
        }
        return f"{what} → {sorted(codes)}"
    if what == "site-down":
        return f"{what} → {lab.call('POST', 'sites/site-ams/down')}"
    if what == "site-up":
        return f"{what} → {lab.call('POST', 'sites/site-ams/up')}"
    if what == "link-cut":
        return f"{what} → {lab.call('PUT', 'link', {'cut': True})}"
    if what == "link-restore":
        return f"{what} → {lab.call('PUT', 'link', {'cut': False})}"
    if what == "crash-host":
        return f"{what} → {lab.call('POST', 'hosts/host-sto-silver-3/crash')}"
    if what == "restart-control-plane":
        lab.kill()
        time.sleep(5)  # the dashboard sees the control plane gone for a while
        lab.start()
        return f"{what} → back at {lab.url}"
    return what


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--interval", type=float, default=10.0, help="seconds between samples")
    parser.add_argument("--clock", type=float, default=60.0)
    parser.add_argument("--extra-vms", type=int, default=28, help="VMs beyond the lab's 12")
    parser.add_argument("--write-rate", type=float, default=2.0, help="writes/s per VM")
    parser.add_argument(
        "--no-faults", action="store_true", help="steady load only (to tell growth from faults)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="JSON file to write")
    parser.add_argument("--serve-lab", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_lab:
        return serve_lab(args)

    from tests.support.server import free_port

    work = Path(tempfile.mkdtemp(prefix="standby-dashboard-rss-"))
    lab = Lab(work / "lab", free_port(), args.clock, args.extra_vms)
    dashboard: subprocess.Popen | None = None
    samples: list[tuple[float, int]] = []
    links: list[bool] = []  # per sample: the dashboard held its event stream
    cpu: float | None = None
    events: list[dict[str, Any]] = []
    duration = args.minutes * 60
    try:
        lab.start()
        print(f"lab at {lab.url}: {len(lab.vms)} VMs protected, clock ×{args.clock:g}")
        fault(lab, "write-rates-normal", args.write_rate)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"))
        log = (work / "dashboard.log").open("w")
        dashboard = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app.cli",
                "console",
                "--dashboard",
                "--url",
                lab.url,
                "--token",
                lab.token,
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        start = time.monotonic()
        faults = [] if args.no_faults else schedule(duration)
        pending = [(share * duration, what) for share, what in faults]
        next_sample = 0.0
        while True:
            elapsed = time.monotonic() - start
            if elapsed >= duration:
                break
            if dashboard.poll() is not None:
                print((work / "dashboard.log").read_text()[-3000:], file=sys.stderr)
                raise SystemExit(
                    f"the dashboard exited ({dashboard.returncode}) at {elapsed:.0f} s"
                )
            while pending and pending[0][0] <= elapsed:
                _at, what = pending.pop(0)
                done = fault(lab, what, args.write_rate)
                events.append({"t": round(time.monotonic() - start, 1), "fault": done})
                print(f"{elapsed / 60:6.1f} min  {done}", flush=True)
            if elapsed >= next_sample:
                value = rss_kib(dashboard.pid)
                if value is not None:
                    samples.append((round(elapsed, 1), value))
                    links.append(connected(dashboard.pid, lab.port))
                next_sample += args.interval
            time.sleep(0.5)
        cpu = cpu_seconds(dashboard.pid)
    finally:
        if dashboard is not None and dashboard.poll() is None:
            dashboard.terminate()
            try:
                dashboard.wait(15)
            except subprocess.TimeoutExpired:
                dashboard.kill()
        lab.stop()
        shutil.rmtree(work, ignore_errors=True)

    half = duration / 2
    first = [s for s in samples if s[0] < half]
    second = [s for s in samples if s[0] >= half]
    values = [v for _, v in samples]
    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "minutes": args.minutes,
        "interval_s": args.interval,
        "lab": {
            "vms_protected": len(lab.vms),
            "clock": args.clock,
            "write_rate_per_vm": args.write_rate,
        },
        "faults": events,
        "rss_kib": {
            "first": values[0] if values else None,
            "last": values[-1] if values else None,
            "min": min(values, default=None),
            "max": max(values, default=None),
            "mean_first_half": round(sum(v for _, v in first) / len(first)) if first else None,
            "mean_second_half": round(sum(v for _, v in second) / len(second)) if second else None,
            "slope_kib_per_min_first_half": _round(slope_per_minute(first)),
            "slope_kib_per_min_second_half": _round(slope_per_minute(second)),
        },
        "dashboard_cpu_s": None if cpu is None else round(cpu, 1),
        "samples_connected": sum(links),
        "samples_disconnected_at_s": [
            t for (t, _), up in zip(samples, links, strict=True) if not up
        ],
        "samples": samples,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    r = result["rss_kib"]
    print()
    print(f"dashboard RSS over {args.minutes:g} min ({len(samples)} samples, {len(events)} faults)")
    print(f"{'':24}{'MiB':>10}")
    for key in ("first", "min", "max", "last", "mean_first_half", "mean_second_half"):
        print(f"{key:24}{(r[key] or 0) / 1024:10.1f}")
    for key in ("slope_kib_per_min_first_half", "slope_kib_per_min_second_half"):
        print(f"{key:32}{r[key] if r[key] is not None else '—':>10} KiB/min")
    print(
        f"event stream held in {sum(links)} of {len(samples)} samples; "
        f"dashboard CPU {result['dashboard_cpu_s']} s"
    )
    print(f"written to {args.output}")
    return 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


if __name__ == "__main__":
    sys.exit(main())
