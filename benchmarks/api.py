"""Control-plane API at scale: list (GET /api/v1/inventory) and watch (SSE) over 10 000 VMs.

A real control plane (uvicorn in a thread, SQLite WAL vault in a temp dir) syncs a lab estate
of 10 000 VMs. Then:

1. GET /api/v1/inventory N times at one revision: the server encodes the collections once per
   revision, so this is the cached cost.
2. The uncached cost: a mutation (PUT of a policy) before each GET, so every GET re-reads and
   re-encodes the whole tree. Only the GET is timed.
3. Change-feed throughput: 10 SSE followers (asyncio, in a separate process so their parsing
   does not share the server's GIL) follow from the same revision while a writer commits bulk
   transactions of 100 VM documents each (50 000 events in all) through the server's store.
   Each follower's rate is the changes it received / the time from its first to its last one.

Targets: inventory median ≤ 100 ms; ≥ 2 000 events/s delivered to each follower.
Writes benchmarks/results/api.json and prints a table. Run: .venv/bin/python benchmarks/api.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "api.json"
TARGET_INVENTORY_MS = 100.0
TARGET_EVENTS_PER_S = 2_000.0


# --- the followers (a child process) ----------------------------------------------------------


async def _follow(
    index: int, url: str, token: str, after: int, target: int, queue: Any, deadline: float
) -> dict[str, Any]:
    import httpx

    received = 0
    first = last = None
    last_revision = after
    relisted = False
    buffer = b""
    timeout = httpx.Timeout(30.0, read=15.0)
    async with (
        httpx.AsyncClient(timeout=timeout) as client,
        client.stream(
            "GET",
            f"{url}/api/v1/events",
            params={"after": after},
            headers={"Authorization": f"Bearer {token}"},
        ) as response,
    ):
        queue.put(("ready", index))
        async for chunk in response.aiter_raw():
            buffer += chunk
            end = buffer.rfind(b"\n\n")
            if end < 0:
                continue
            complete, buffer = buffer[: end + 2], buffer[end + 2 :]
            changes = complete.count(b"\nevent: change\n")
            if changes:
                stamp = time.monotonic()
                if first is None:
                    first = stamp
                last = stamp
                received += changes
                tail = complete.rfind(b"id: ")
                last_revision = int(complete[tail + 4 : complete.index(b"\n", tail)])
            if b"event: relist" in complete:
                relisted = True
                break
            if last_revision >= target or time.monotonic() > deadline:
                break
    return {
        "follower": index,
        "received": received,
        "first": first,
        "last": last,
        "last_revision": last_revision,
        "relisted": relisted,
    }


def follower_process(
    url: str, token: str, after: int, target: int, count: int, queue: Any, limit_s: float
) -> None:
    async def main() -> None:
        deadline = time.monotonic() + limit_s
        results = await asyncio.gather(
            *(_follow(i, url, token, after, target, queue, deadline) for i in range(count)),
            return_exceptions=True,
        )
        for result in results:
            queue.put(("result", repr(result) if isinstance(result, BaseException) else result))

    asyncio.run(main())


# --- the measurements -------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[rank]


def timings(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median_ms": round(statistics.median(values), 2),
        "p99_ms": round(percentile(values, 99), 2),
        "min_ms": round(min(values), 2),
        "max_ms": round(max(values), 2),
    }


def measure_inventory(client: Any, runs: int, uncached_runs: int) -> dict[str, Any]:
    def get() -> tuple[float, int, int]:
        start = time.perf_counter()
        response = client.get("/api/v1/inventory")
        body = response.read()
        elapsed = (time.perf_counter() - start) * 1000
        assert response.status_code == 200, response.text
        return elapsed, len(body), json.loads(body)["revision"]

    get()  # warm the cache for this revision
    cached = [get() for _ in range(runs)]
    assert len({revision for _, _, revision in cached}) == 1, "the revision moved"

    policy = client.get("/api/v1/policies").json()[0]
    spec = {k: v for k, v in policy.items() if k != "id"}
    uncached = []
    for i in range(uncached_runs):
        spec["name"] = f"Benchmark {i}"
        put = client.put(f"/api/v1/policies/{policy['id']}", json=spec)
        assert put.status_code == 200, put.text
        uncached.append(get())
    revisions = [revision for _, _, revision in uncached]
    assert revisions == sorted(set(revisions)), "each uncached GET saw a new revision"
    body = json.loads(client.get("/api/v1/inventory").read())
    return {
        "bytes": cached[0][1],
        "vms": len(body["vms"]),
        "cached": timings([t for t, _, _ in cached]),
        "uncached": timings([t for t, _, _ in uncached]),
    }


def measure_feed(
    server: Any, followers: int, events: int, per_tx: int, limit_s: float, writes: str
) -> dict[str, Any]:
    """`writes`: "objects" puts VM documents (one row and one event each); "samples" emits
    health samples (events only), so the writer is cheap and the feed's delivery is the limit.
    """
    ctx = server.ctx
    vms = server.call(lambda: ctx.store.list("vm"))
    start_revision = server.call(lambda: ctx.store.revision())
    target = start_revision + events
    spawn = mp.get_context("spawn")
    queue = spawn.Queue()
    child = None
    if followers:
        child = spawn.Process(
            target=follower_process,
            args=(
                server.url,
                server.tokens["viewer"],
                start_revision,
                target,
                followers,
                queue,
                limit_s,
            ),
            daemon=True,
        )
        child.start()
        for _ in range(followers):
            kind, _index = queue.get(timeout=60)
            assert kind == "ready"

    async def write() -> tuple[float, float]:
        began = time.monotonic()
        written = 0
        serial = 0
        while written < events:
            async with ctx.store.transaction() as tx:
                batch: dict[str, dict] = {}
                for _ in range(min(per_tx, events - written)):
                    vm = vms[serial % len(vms)]
                    if writes == "objects":
                        # The store's bulk path, as the fabric sync writes a refresh.
                        batch[vm["id"]] = {**vm, "tags": [f"bench-{serial}"]}
                    else:
                        tx.emit(
                            "health-sample",
                            f"pi-{vm['id']}",
                            {
                                "time": "2030-01-01T00:00:00+00:00",
                                "rpo_seconds": serial % 900,
                                "pending_bytes": serial * 4096,
                                "throughput_bps": 12_500_000,
                            },
                        )
                    serial += 1
                    written += 1
                await tx.put_many("vm", batch)
        return began, time.monotonic()

    began, ended = asyncio.run_coroutine_threadsafe(write(), server._loop).result(limit_s)
    writer = {
        "writes": writes,
        "events": events,
        "objects_per_transaction": per_tx,
        "writer_seconds": round(ended - began, 3),
        "writer_events_per_s": round(events / (ended - began), 1),
    }
    if child is None:
        return writer
    results = []
    for _ in range(followers):
        kind, result = queue.get(timeout=limit_s)
        assert kind == "result", kind
        results.append(result)
    child.join(30)
    per_follower = []
    for r in results:
        if isinstance(r, str):
            per_follower.append({"error": r})
            continue
        span = (r["last"] - r["first"]) if r["first"] is not None else 0.0
        per_follower.append(
            {
                "follower": r["follower"],
                "received": r["received"],
                "complete": r["last_revision"] >= target and not r["relisted"],
                "relisted": r["relisted"],
                "seconds_first_to_last": round(span, 3),
                "events_per_s": round((r["received"] - 1) / span, 1) if span > 0 else None,
                "lag_after_writer_s": (
                    round(r["last"] - ended, 3) if r["last"] is not None else None
                ),
            }
        )
    rates = [f["events_per_s"] for f in per_follower if f.get("events_per_s")]
    return {
        **writer,
        "followers": followers,
        "per_follower": sorted(per_follower, key=lambda f: f.get("follower", -1)),
        "min_events_per_s": min(rates) if rates else None,
        "median_events_per_s": statistics.median(rates) if rates else None,
        "all_complete": all(f.get("complete") for f in per_follower),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--uncached-runs", type=int, default=20)
    parser.add_argument("--followers", type=int, default=10)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--per-tx", type=int, default=100)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    import httpx

    from app.cli import seed_lab
    from app.lab.estate import default_estate
    from app.lab.fabric import LabFabric
    from app.server.context import Settings
    from tests.support.server import RunningServer

    base_vms = len(default_estate().vms)
    with tempfile.TemporaryDirectory(prefix="standby-bench-api-") as tmp:
        # One sync at start-up; no periodic re-sync to move the revision under the timings.
        server = RunningServer(
            f"sqlite+aiosqlite:///{Path(tmp) / 'vault.db'}",
            fabric_factory=lambda: LabFabric(default_estate(extra_vms=args.vms - base_vms)),
            settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=3600.0),
        )
        began = time.perf_counter()
        server.start()
        seed_seconds = time.perf_counter() - began
        try:
            server.call(lambda: seed_lab(server.ctx))
            with httpx.Client(
                base_url=server.url, headers=server.headers("operator"), timeout=120
            ) as client:
                inventory = measure_inventory(client, args.runs, args.uncached_runs)
            writer_only = measure_feed(server, 0, 5_000, args.per_tx, 60, "objects")
            feed = measure_feed(server, args.followers, args.events, args.per_tx, 150, "objects")
            samples = measure_feed(server, args.followers, args.events, args.per_tx, 150, "samples")
        finally:
            server.stop()

    result = {
        "benchmark": "api",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "environment": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
            "machine": platform.machine(),
            "store": "SQLite WAL in a temp dir (synchronous=NORMAL)",
            "client": "httpx, same process as the server (inventory); "
            "asyncio followers in a child process (feed)",
        },
        "vms": args.vms,
        "startup_sync_seconds": round(seed_seconds, 2),
        "inventory": inventory,
        "writer_without_followers": writer_only,
        "feed": feed,
        "feed_samples": samples,
        "targets": {
            "inventory_median_ms": TARGET_INVENTORY_MS,
            "events_per_s_per_follower": TARGET_EVENTS_PER_S,
        },
        "verdict": {
            "inventory_cached_median_ok": inventory["cached"]["median_ms"] <= TARGET_INVENTORY_MS,
            "inventory_uncached_median_ok": (
                inventory["uncached"]["median_ms"] <= TARGET_INVENTORY_MS
            ),
            "feed_every_follower_ok": _feed_ok(feed),
            "feed_samples_every_follower_ok": _feed_ok(samples),
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print_table(result)
    print(f"\nwritten to {args.out}")
    return 0


def _feed_ok(feed: dict[str, Any]) -> bool:
    return bool(
        feed["all_complete"]
        and feed["min_events_per_s"] is not None
        and feed["min_events_per_s"] >= TARGET_EVENTS_PER_S
    )


def print_table(r: dict[str, Any]) -> None:
    inv = r["inventory"]
    ok = {True: "ok", False: "MISSED"}
    print(f"\nControl-plane API, {r['vms']} VMs (start-up sync {r['startup_sync_seconds']} s)")
    print(f"{'measure':<44}{'median':>10}{'p99':>10}{'target':>10}  verdict")
    for label, key, verdict in (
        ("GET /api/v1/inventory, cached (ms)", "cached", "inventory_cached_median_ok"),
        (
            "GET /api/v1/inventory, after a mutation (ms)",
            "uncached",
            "inventory_uncached_median_ok",
        ),
    ):
        t = inv[key]
        print(
            f"{label:<44}{t['median_ms']:>10.1f}{t['p99_ms']:>10.1f}"
            f"{TARGET_INVENTORY_MS:>10.0f}  {ok[r['verdict'][verdict]]}"
        )
    print(f"inventory body: {inv['bytes'] / 1e6:.2f} MB, {inv['vms']} VMs")
    w = r["writer_without_followers"]
    print(
        f"\nwriter alone: {w['events']} VM puts in transactions of "
        f"{w['objects_per_transaction']}: {w['writer_events_per_s']:.0f} events/s"
    )
    for key, verdict in (
        ("feed", "feed_every_follower_ok"),
        ("feed_samples", "feed_samples_every_follower_ok"),
    ):
        feed = r[key]
        print(
            f"\nfeed ({feed['writes']}): {feed['events']} events in transactions of "
            f"{feed['objects_per_transaction']}; writer {feed['writer_seconds']} s "
            f"({feed['writer_events_per_s']:.0f} events/s)"
        )
        print(f"{'follower':<10}{'received':>10}{'seconds':>10}{'events/s':>12}{'lag s':>8}  state")
        for f in feed["per_follower"]:
            if "error" in f:
                print(f"error: {f['error']}")
                continue
            state = "complete" if f["complete"] else ("RELIST" if f["relisted"] else "INCOMPLETE")
            rate = f["events_per_s"] or 0.0
            print(
                f"{f['follower']:<10}{f['received']:>10}{f['seconds_first_to_last']:>10.2f}"
                f"{rate:>12.0f}{f['lag_after_writer_s'] or 0:>8.2f}  {state}"
            )
        print(
            f"min per follower {feed['min_events_per_s']} events/s (target "
            f"{TARGET_EVENTS_PER_S:.0f}): {ok[r['verdict'][verdict]]}"
        )


if __name__ == "__main__":
    sys.exit(main())
