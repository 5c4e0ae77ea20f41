"""The console at scale: snapshot received → tree painted, live events, UI-loop stall, RSS.

For 10 000 and 100 000 VMs (each size in its own child process, so peak RSS is its own):

1. The snapshot: the lab's default estate with N extra VMs (app.lab.estate.default_estate,
   read through LabFabric.inventory()) plus a protected item for every other VM, encoded as
   the control plane's JSON listing by a separate process (so the lab's objects are not in
   this process's RSS). The bytes are served to the real `StandbyClient` by an
   `httpx.MockTransport` (bytes received: no socket), and the console's InventoryCache lists
   through it (`cache._relist()`), in front of the real MainWindow (tree, filter proxy with
   sorting, panes) already shown.
   Measured (`painted_s`): `_relist()` start → the tree's viewport painted
   (`viewport().grab()`), the JSON parse of the listing included; `parse_s` is the part of
   it spent in `client.inventory()` (bytes → objects).
2. Live feed: 1 000 change events/s for 10 s fed through `cache._handle_change()` — what the
   SSE follower calls per event — from an asyncio task on the qasync loop, in batches every
   10 ms: protected-item figure updates (some flipping health, so ancestors' counts change),
   host heartbeats and health samples. A QTimer firing every 5 ms records its lateness
   (the UI-loop stall): p50, p99, max.
3. Peak RSS of the child (resource.getrusage), read before the reference below.
4. Reference, same process: a plain QStandardItemModel of the same rows and columns
   (site/cloud/host/VM, six text columns) in a QTreeView of the same size, expanded the same
   way, built and painted.
5. Start-up (`--start`, on by default): `standby console --url … --token …` as a new
   process against a running `standby lab --headless` control plane: from the process
   start to a usable window (shown, first listing applied, the tree painted). Three runs,
   the median reported.

    .venv/bin/python benchmarks/console.py [--vms 10000 100000] [--seconds 10] [--rate 1000]

Writes benchmarks/results/console.json and prints a table. Never asserted in tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RESULTS = Path(__file__).resolve().parent / "results" / "console.json"
TARGETS: dict[Any, dict[str, float]] = {
    10_000: {"painted_s": 0.5, "rss_mb": 250.0},
    100_000: {"painted_s": 3.0, "rss_mb": 600.0},
    "stall": {"p99_ms": 16.0, "max_ms": 50.0},
    "start": {"usable_s": 1.5},
}
PROBE_MS = 5
BATCH_MS = 10


def build_inventory(extra_vms: int) -> Any:
    from app.domain.enums import Health, ReplicationState
    from app.domain.model import (
        HealthReason,
        Inventory,
        Pairing,
        Policy,
        ProtectedItem,
        Vault,
    )
    from app.lab.estate import default_estate
    from app.lab.fabric import LabFabric

    fabric = LabFabric(estate=default_estate(extra_vms=extra_vms), folder=tempfile.mkdtemp())
    found = asyncio.run(fabric.inventory())
    now = datetime.now(UTC)
    policy = Policy(id="policy-default", name="Default (5 min, 24 h)")
    pairings = [
        Pairing(
            id=f"pairing-{tier}",
            primary_cloud_id=f"cloud-sto-{tier}",
            recovery_cloud_id=f"cloud-ams-{tier}",
            policy_id=policy.id,
        )
        for tier in ("gold", "silver")
    ]
    rng = random.Random(7)
    items = []
    for n, vm in enumerate(found.vms):
        if n % 2:
            continue
        tier = "gold" if "gold" in vm.host_id else "silver"
        roll = rng.random()
        health = Health.CRITICAL if roll < 0.03 else Health.WARNING if roll < 0.1 else Health.NORMAL
        items.append(
            ProtectedItem(
                id=f"pi-{vm.id}",
                vm_id=vm.id,
                pairing_id=f"pairing-{tier}",
                policy_id=policy.id,
                source_host_id=vm.host_id,
                target_host_id=vm.host_id.replace("sto", "ams"),
                replication_state=ReplicationState.PROTECTED,
                health=health,
                health_reasons=[]
                if health == Health.NORMAL
                else [HealthReason(code="rpo", message="RPO above target", severity=health)],
                last_replication=now - timedelta(seconds=rng.randint(5, 600)),
                rpo_seconds=float(rng.randint(5, 900)),
                pending_bytes=rng.randint(0, 50_000_000),
                throughput_bps=rng.random() * 5e6,
                successful_cycles=rng.randint(0, 5000),
            )
        )
    vault = Vault(
        id="vault-bench", name="Bench", version="bench", server_time=now, lab=True, revision=1
    )
    return Inventory(
        revision=1,
        vault=vault,
        sites=found.sites,
        clouds=found.clouds,
        hosts=found.hosts,
        vms=found.vms,
        networks=found.networks,
        policies=[policy],
        pairings=pairings,
        network_mappings=[],
        protected_items=items,
        recovery_plans=[],
    )


def listing_client(encoded: bytes) -> Any:
    """The real StandbyClient over an in-memory transport: the listing's bytes as received."""
    import httpx

    from app.client.api import StandbyClient

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/inventory"):
            return httpx.Response(200, content=encoded, headers=JSON)
        return httpx.Response(200, content=b"[]", headers=JSON)

    return StandbyClient("http://bench.invalid", "sby_bench", transport=httpx.MockTransport(answer))


JSON = {"Content-Type": "application/json"}


def write_listing(vms: int, path: Path) -> None:
    """The listing's JSON for `vms` VMs, written to `path` (run in a process of its own)."""
    path.write_bytes(build_inventory(max(0, vms - 12)).model_dump_json().encode())


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


class LagProbe:
    """A QTimer every PROBE_MS; each firing's lateness against the previous one + interval."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.lateness_ms: list[float] = []
        self._last = 0.0
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._fire)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _fire(self) -> None:
        now = time.perf_counter()
        self.lateness_ms.append(max(0.0, (now - self._last) * 1000 - PROBE_MS))
        self._last = now


def reference_build(inventory: Any, expand_depth: int | None) -> float:
    """A plain QStandardItemModel of the same rows, built and painted (seconds)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    started = time.perf_counter()
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(
        ["Name", "Replication", "Health", "RPO", "Active location", "Provider / agent"]
    )
    items = {item.vm_id: item for item in inventory.protected_items}
    rows: dict[str, QStandardItem] = {}
    root = QStandardItem(inventory.vault.name)
    model.appendRow([root] + [QStandardItem("") for _ in range(5)])
    for kind, objects, parent_of in (
        ("site", inventory.sites, lambda o: None),
        ("cloud", inventory.clouds, lambda o: o.site_id),
        ("host", inventory.hosts, lambda o: o.cloud_id),
        ("vm", inventory.vms, lambda o: o.host_id),
    ):
        for obj in sorted(objects, key=lambda o: o.name.casefold()):
            owner = rows[parent_of(obj)] if parent_of(obj) else root
            item = items.get(obj.id) if kind == "vm" else None
            cells = [
                obj.name,
                item.replication_state.value if item else "",
                item.health.value if item else "",
                f"{item.rpo_seconds:.0f} s" if item else "",
                item.active_location.value if item else "",
                "Connected" if kind in ("site", "host") else "",
            ]
            first = QStandardItem(cells[0])
            owner.appendRow([first] + [QStandardItem(text) for text in cells[1:]])
            rows[obj.id] = first
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.resize(760, 700)
    view.setModel(model)
    view.show()
    if expand_depth is None:
        view.expandAll()
    else:
        view.expandToDepth(expand_depth)
    view.viewport().grab()
    elapsed = time.perf_counter() - started
    view.close()
    return elapsed


def events(cache: Any, rng: random.Random, sample: int = 5000):
    """An endless mix of feed changes (type, id, object) like a busy vault's, over `sample`
    protected items spread over the estate and every host. The set-up (the items' JSON
    bodies) happens here, before the measurement, not in the first next()."""
    from app.domain.enums import Health

    items = list(cache.objects("protected-item").values())
    step = max(1, len(items) // sample)
    bases = {item.id: item.model_dump(mode="json") for item in items[::step]}
    ids = list(bases)
    hosts = [host.model_dump(mode="json") for host in cache.objects("host").values()]
    flip = {Health.NORMAL.value: Health.WARNING.value, Health.WARNING.value: Health.NORMAL.value}
    return _events(bases, ids, hosts, flip, rng)


def _events(bases: dict, ids: list, hosts: list, flip: dict, rng: random.Random):
    while True:
        roll = rng.random()
        now = datetime.now(UTC).isoformat()
        if roll < 0.70:
            item_id = ids[rng.randrange(len(ids))]
            body = dict(bases[item_id])
            body["rpo_seconds"] = float(rng.randint(5, 900))
            body["pending_bytes"] = rng.randint(0, 50_000_000)
            body["last_replication"] = now
            if rng.random() < 0.05 and body["health"] in flip:
                body["health"] = flip[body["health"]]
            bases[item_id] = body
            yield "protected-item", item_id, body
        elif roll < 0.75:
            host = dict(hosts[rng.randrange(len(hosts))])
            host["agent"] = dict(host["agent"], last_heartbeat=now)
            yield "host", host["id"], host
        else:
            item_id = ids[rng.randrange(len(ids))]
            yield (
                "health-sample",
                item_id,
                {
                    "item_id": item_id,
                    "time": now,
                    "rpo_seconds": 60.0,
                    "pending_bytes": 1000,
                    "throughput_bps": 1e6,
                },
            )


async def live_feed(cache: Any, source: Any, seconds: float, rate: int) -> dict[str, Any]:
    from app.client.api import FeedEvent

    sent = 0
    busy = 0.0
    started = time.perf_counter()
    while (elapsed := time.perf_counter() - started) < seconds:
        due = int(elapsed * rate) - sent
        t = time.perf_counter()
        for _ in range(due):
            kind, object_id, body = next(source)
            action = "sample" if kind == "health-sample" else "upsert"
            revision = (cache.revision or 0) + 1
            cache._handle_change(FeedEvent("change", revision, kind, action, object_id, body))
            sent += 1
        busy += time.perf_counter() - t
        await asyncio.sleep(BATCH_MS / 1000)
    return {"events": sent, "seconds": time.perf_counter() - started, "apply_busy_s": busy}


def one(vms: int, seconds: float, rate: int, profile: Path | None, listing: Path) -> dict:
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.client.cache import InventoryCache
    from app.console.app import configure_graphs
    from app.console.main_window import EXPAND_ALL_UP_TO, MainWindow
    from app.console.session import Session

    encoded = listing.read_bytes()

    app = QApplication.instance() or QApplication([])
    configure_graphs()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    client = listing_client(encoded)
    del encoded  # the transport holds the one copy of the bytes, as a response would
    parse_spent = [0.0]
    inventory_call = client.inventory

    async def timed_inventory() -> Any:
        started = time.perf_counter()
        try:
            return await inventory_call()
        finally:
            parse_spent[0] += time.perf_counter() - started

    client.inventory = timed_inventory
    cache = InventoryCache(client)
    session = Session(client, cache, profile="bench")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session, settings)
    window.resize(1400, 900)
    window.show()
    window.tree.viewport().grab()
    changed = [0]
    resets = [0]
    window.fabric.dataChanged.connect(lambda *_: changed.__setitem__(0, changed[0] + 1))
    window.fabric.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))

    async def scenario() -> dict[str, Any]:
        profiler = None
        if profile is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        started, cpu_started = time.perf_counter(), time.process_time()
        await cache._relist()
        listed = time.perf_counter()
        window.tree.viewport().grab()
        painted, cpu_painted = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile) + f".load-{vms}")
        await asyncio.sleep(0.5)  # let the loop settle (deferred layout, first timers)
        source = events(cache, random.Random(11))
        probe = LagProbe()
        changed[0] = 0
        import gc

        gc_pauses: list[float] = []
        gc_started = [0.0]

        def on_gc(phase: str, info: dict) -> None:
            if info.get("generation") != 2:
                return
            if phase == "start":
                gc_started[0] = time.perf_counter()
            else:
                gc_pauses.append((time.perf_counter() - gc_started[0]) * 1000)

        gc.callbacks.append(on_gc)
        if profiler is not None:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        probe.start()
        feed = await live_feed(cache, source, seconds, rate)
        probe.stop()
        gc.callbacks.remove(on_gc)
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(str(profile) + f".feed-{vms}")
        lateness = probe.lateness_ms
        return {
            "parse_s": parse_spent[0],
            "relist_s": listed - started,
            "painted_s": painted - started,
            # CPU time of this process over the same span: what the load of other processes
            # on the machine does not inflate (the wall time above is what the operator sees)
            "painted_cpu_s": cpu_painted - cpu_started,
            "feed": feed,
            "data_changed_signals": changed[0],
            "gc_full_collections_ms": [round(p, 1) for p in gc_pauses],
            "stall_ms": {
                "samples": len(lateness),
                "p50": percentile(lateness, 50),
                "p99": percentile(lateness, 99),
                "max": max(lateness) if lateness else 0.0,
                "mean": statistics.fmean(lateness) if lateness else 0.0,
            },
        }

    with loop:
        result = loop.run_until_complete(scenario())
    rss = rss_mb()
    counts = {kind: len(cache.objects(kind)) for kind in ("site", "cloud", "host", "vm")}
    inventory = SimpleNamespace(
        vault=cache.vault,
        protected_items=list(cache.objects("protected-item").values()),
        sites=list(cache.objects("site").values()),
        clouds=list(cache.objects("cloud").values()),
        hosts=list(cache.objects("host").values()),
        vms=list(cache.objects("vm").values()),
    )
    expand = None if vms <= EXPAND_ALL_UP_TO else 1
    reference = reference_build(inventory, expand)
    window.detach()
    window.close()
    return {
        "vms": counts["vm"],
        "protected_items": len(inventory.protected_items),
        "tree_rows": sum(counts.values()) + 1,
        "listing_bytes": listing.stat().st_size,
        **result,
        "model_resets": resets[0],
        "cache_relists": cache.relists,
        "peak_rss_mb": rss,
        "reference_qstandarditemmodel_s": reference,
    }


def verdicts(row: dict[str, Any]) -> dict[str, bool]:
    target = TARGETS.get(row["vms"], TARGETS[100_000] if row["vms"] > 50_000 else {})
    stall = TARGETS["stall"]
    out = {
        "painted": row["painted_s"] <= target.get("painted_s", float("inf")),
        "stall_p99": row["stall_ms"]["p99"] <= stall["p99_ms"],
        "stall_max": row["stall_ms"]["max"] <= stall["max_ms"],
    }
    if "rss_mb" in target:
        out["rss"] = row["peak_rss_mb"] <= target["rss_mb"]
    return out


START_PROBE = """
import os, sys, time
from PySide6.QtCore import QTimer
import app.console.main_window as main_window

Window = main_window.MainWindow
shown_at = []

class Probe(Window):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.session.cache.on_relisted(lambda *_: QTimer.singleShot(0, self._usable))

    def _usable(self):
        if shown_at or not self.isVisible():
            return
        self.tree.viewport().grab()
        shown_at.append(time.time())
        print(f"usable-at {shown_at[0]!r}", flush=True)
        self.close()

main_window.MainWindow = Probe
from app.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start_lab(folder: Path) -> tuple[subprocess.Popen, str, str]:
    """A headless lab control plane on a free port: (process, url, operator token)."""
    import re

    command = [sys.executable, "-m", "app.cli", "lab", "--headless", "--port", "0"]
    command += ["--data", str(folder), "--fresh"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    url = token = ""
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (url and token):
        line = process.stdout.readline()
        if not line:
            break
        if found := re.search(r"control plane\s+(\S+)", line):
            url = found.group(1)
        if found := re.search(r"operator token\s+(\S+)", line):
            token = found.group(1)
    if not (url and token):
        process.kill()
        raise RuntimeError("the lab did not start")
    return process, url, token


def start_up(runs: int = 3) -> dict[str, Any]:
    """`standby console` from process start to a usable window, against a running lab."""
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as folder:
        lab, url, token = start_lab(Path(folder) / "lab")
        try:
            times = []
            for _ in range(runs):
                env = dict(os.environ, HOME=folder, XDG_CONFIG_HOME=str(Path(folder) / "cfg"))
                started = time.time()
                done = subprocess.run(
                    [sys.executable, "-c", START_PROBE, "console", "--url", url, "--token", token],
                    capture_output=True, text=True, env=env, cwd=root, timeout=120, check=False,
                )  # fmt: skip
                marks = [ln for ln in done.stdout.splitlines() if ln.startswith("usable-at ")]
                if not marks:
                    raise RuntimeError(f"the console did not become usable: {done.stderr[-2000:]}")
                times.append(float(marks[0].split()[1]) - started)
        finally:
            lab.terminate()
            lab.wait(30)
    return {"runs_s": times, "usable_s": statistics.median(times), "control_plane": "lab"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vms", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=int, default=1000)
    parser.add_argument("--profile", type=Path, help="write cProfile stats to PATH.load-N/.feed-N")
    parser.add_argument("--no-start", action="store_true", help="skip the start-up measurement")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child's size
    parser.add_argument("--listing", type=Path, help=argparse.SUPPRESS)  # the child's bytes
    parser.add_argument("--write-listing", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_listing:
        write_listing(args.write_listing, args.listing)
        return 0
    if args.one:
        print(json.dumps(one(args.one, args.seconds, args.rate, args.profile, args.listing)))
        return 0
    rows = []
    for vms in args.vms:
        with tempfile.TemporaryDirectory() as folder:
            listing = Path(folder) / "listing.json"
            made = subprocess.run(
                [sys.executable, __file__, "--write-listing", str(vms), "--listing", str(listing)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            if made.returncode != 0:
                sys.stderr.write(made.stderr)
                return made.returncode
            command = [sys.executable, __file__, "--one", str(vms), "--seconds", str(args.seconds)]
            command += ["--rate", str(args.rate), "--listing", str(listing)]
            if args.profile:
                command += ["--profile", str(args.profile)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        row = json.loads(done.stdout.strip().splitlines()[-1])
        row["meets_targets"] = verdicts(row)
        rows.append(row)
    start = None if args.no_start else start_up()
    from PySide6 import __version__ as pyside

    report = {
        "what": "console: listing bytes received → tree painted; live feed stall; peak RSS; "
        "start-up to a usable window",
        "snapshot": "the JSON listing (lab default_estate + extra VMs, every other VM "
        "protected), made by another process, served to StandbyClient by httpx.MockTransport "
        "and listed by InventoryCache._relist(); parse included in painted_s",
        "feed": "cache._handle_change() per event from an asyncio task on the qasync loop, "
        f"batches every {BATCH_MS} ms",
        "probe": f"QTimer (PreciseTimer) every {PROBE_MS} ms, lateness per firing",
        "start": "standby console --url --token (new process) against standby lab --headless: "
        "process start → window shown, first listing applied, tree painted; median of 3",
        "targets": {str(k): v for k, v in TARGETS.items()},
        "platform": {
            "python": platform.python_version(),
            "pyside6": pyside,
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "qpa": os.environ.get("QT_QPA_PLATFORM"),
        },
        "runs": rows,
        "start_up": start,
        "load_average_at_end": os.getloadavg(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    header = (
        f"{'VMs':>8} {'painted':>9} {'(cpu)':>7} {'(parse)':>8} {'reference':>10} {'RSS MB':>7} "
        f"{'events':>7} {'stall p50':>10} {'p99':>7} {'max':>7}  targets"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        stall = row["stall_ms"]
        met = ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in row["meets_targets"].items())
        print(
            f"{row['vms']:>8} {row['painted_s']:>8.3f}s {row['painted_cpu_s']:>6.2f}s "
            f"{row['parse_s']:>7.3f}s "
            f"{row['reference_qstandarditemmodel_s']:>9.3f}s "
            f"{row['peak_rss_mb']:>7.0f} {row['feed']['events']:>7} "
            f"{stall['p50']:>8.2f}ms {stall['p99']:>5.1f}ms {stall['max']:>5.1f}ms  {met}"
        )
    if start is not None:
        ok = start["usable_s"] <= TARGETS["start"]["usable_s"]
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        runs = ", ".join(f"{t:.2f}" for t in start["runs_s"])
        print(
            f"standby console start → usable window: {start['usable_s']:.2f} s "
            f"(runs {runs}) target {TARGETS['start']['usable_s']} s {'ok' if ok else 'MISSED'}"
        )
        print(f"load average at the end: {load} on {os.cpu_count()} CPUs")
    print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
