"""Scale-out: 1, 2 and 3 `standby serve` processes on one PostgreSQL vault.

For each configuration a fresh database on a throwaway PostgreSQL cluster (127.0.0.1, fsync
off, as the tests run it) and N real `standby serve` processes. One load process (asyncio)
runs 20 SSE followers spread round-robin over the processes and 8 writers, also spread,
each PUTting its own policy as fast as answers come for a few seconds. A writer puts the time
it sent the request into the policy's name; a follower's latency for an event is the time it
received it minus that: request, commit, NOTIFY (or the process's own publish), the other
processes' read of the events table, SSE — what an operator on another process waits for.

Writes benchmarks/results/scaleout.json and prints a table.
Run: .venv/bin/python benchmarks/scaleout.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "benchmarks" / "results" / "scaleout.json"
FOLLOWERS = 20
WRITERS = 8


def start_processes(db_url: str, count: int, folder: Path) -> list[tuple[subprocess.Popen, str]]:
    from tests.support.server import free_port

    started = []
    for index in range(count):
        out = folder / f"serve-{index}.txt"
        command = [sys.executable, "-m", "app.cli", "serve", "--db", db_url]
        command += ["--port", str(free_port()), "--name", f"p{index}"]
        with open(out, "wb") as stdout:
            process = subprocess.Popen(command, cwd=ROOT, stdout=stdout, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not (found := re.search(r"serving (http\S+)", out.read_text())):
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"serve {index} did not start:\n{out.read_text()[-2000:]}")
            time.sleep(0.05)
        started.append((process, found.group(1)))
    return started


def make_token(db_url: str) -> str:
    command = [sys.executable, "-m", "app.cli", "token", "create", "--role", "operator"]
    command += ["--name", "bench", "--db", db_url, "--json"]
    answer = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(answer.stdout)["token"]


async def load(urls: list[str], token: str, seconds: float) -> dict[str, Any]:
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    received: list[tuple[str, float]] = []  # (policy name, when a follower got it)
    answered: dict[str, float] = {}  # policy name → when its writer got the answer
    stop = asyncio.Event()
    connected = 0

    async with httpx.AsyncClient(headers=headers, timeout=30) as client:
        base = (await client.get(f"{urls[0]}/api/v1/inventory")).json()
        revision = base["revision"]
        policy = {
            "copy_frequency_seconds": 300,
            "recovery_point_retention_hours": 24,
            "app_consistent_frequency_hours": 4,
        }
        ids = []
        for w in range(WRITERS):
            answer = await client.post(
                f"{urls[0]}/api/v1/policies", json={**policy, "name": f"bench {w} 0"}
            )
            answer.raise_for_status()
            ids.append(answer.json()["id"])
        revision = (await client.get(f"{urls[0]}/api/v1/vault")).json()["revision"]

        async def follow(url: str) -> None:
            nonlocal connected
            timeout = httpx.Timeout(30.0, read=5.0)
            async with (
                httpx.AsyncClient(headers=headers, timeout=timeout) as own,
                own.stream("GET", f"{url}/api/v1/events", params={"after": revision}) as r,
            ):
                connected += 1
                async for line in r.aiter_lines():  # until cancelled, after the drain
                    if not line.startswith('data: {"revision"') or '"policy"' not in line:
                        continue
                    name = json.loads(line[6:])["object"]["name"]
                    if not name.endswith(" 0"):
                        received.append((name, time.time()))

        mutations = 0

        async def write(index: int, url: str) -> None:
            nonlocal mutations
            while not stop.is_set():
                body = {**policy, "name": f"bench {index} {time.time():.6f}"}
                answer = await client.put(f"{url}/api/v1/policies/{ids[index]}", json=body)
                answer.raise_for_status()
                answered[body["name"]] = time.time()
                mutations += 1

        followers = [asyncio.create_task(follow(urls[i % len(urls)])) for i in range(FOLLOWERS)]
        while connected < FOLLOWERS:
            await asyncio.sleep(0.05)
        writers = [asyncio.create_task(write(i, urls[i % len(urls)])) for i in range(WRITERS)]
        await asyncio.sleep(seconds)
        stop.set()
        await asyncio.gather(*writers)
        elapsed = seconds
        expected = mutations * FOLLOWERS
        deadline = time.monotonic() + 5
        while len(received) < expected and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for task in followers:
            task.cancel()
        await asyncio.gather(*followers, return_exceptions=True)
    from_send = sorted(t - float(name.rsplit(" ", 1)[1]) for name, t in received)
    from_answer = sorted(t - answered[name] for name, t in received if name in answered)

    def pct(values: list[float], p: float) -> float:
        return values[min(len(values) - 1, int(p * len(values)))] * 1000 if values else 0.0

    return {
        "mutations": mutations,
        "mutations_per_s": mutations / elapsed,
        "deliveries": len(received),
        "deliveries_expected": expected,
        # From the writer sending the PUT (queueing for the vault's write lock included).
        "latency_p50_ms": pct(from_send, 0.50),
        "latency_p99_ms": pct(from_send, 0.99),
        "latency_mean_ms": statistics.fmean(from_send) * 1000 if from_send else 0.0,
        # From the writer getting its answer (the commit is before it): delivery alone;
        # negative when the event reached the follower before the answer reached the writer.
        "after_answer_p50_ms": pct(from_answer, 0.50),
        "after_answer_p99_ms": pct(from_answer, 0.99),
        "load_average_1min": os.getloadavg()[0],
    }


def run(count: int, seconds: float, cluster: Any, folder: Path) -> dict[str, Any]:
    db_url = cluster.create_database()
    processes: list[tuple[subprocess.Popen, str]] = []
    try:
        processes = start_processes(db_url, count, folder)
        token = make_token(db_url)
        result = asyncio.run(load([url for _, url in processes], token, seconds))
    finally:
        for process, _ in processes:
            process.terminate()
        for process, _ in processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        cluster.drop_database(db_url)
    return {"processes": count, **result}


def main() -> int:
    import tempfile

    from tests.support.postgres import PostgresCluster, find_bindir

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="writing time per run")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL binaries (initdb, pg_ctl) not found")
    cluster = PostgresCluster.start(bindir)
    try:
        with tempfile.TemporaryDirectory(prefix="standby-scaleout-") as tmp:
            runs = [run(n, args.seconds, cluster, Path(tmp)) for n in (1, 2, 3)]
    finally:
        cluster.stop()
    result = {
        "benchmark": "scaleout",
        "followers": FOLLOWERS,
        "writers": WRITERS,
        "seconds_per_run": args.seconds,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "postgresql": str(bindir),
        "runs": runs,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"{'processes':>9} {'mutations/s':>12} {'delivered':>14} {'p50 ms':>8} {'p99 ms':>8}"
        f" {'after answer p50/p99 ms':>24} {'load':>5}"
    )
    for r in runs:
        delivered = f"{r['deliveries']}/{r['deliveries_expected']}"
        after = f"{r['after_answer_p50_ms']:.1f} / {r['after_answer_p99_ms']:.1f}"
        print(
            f"{r['processes']:>9} {r['mutations_per_s']:>12.0f} {delivered:>14} "
            f"{r['latency_p50_ms']:>8.1f} {r['latency_p99_ms']:>8.1f} {after:>24} "
            f"{r['load_average_1min']:>5.1f}"
        )
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
