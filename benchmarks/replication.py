"""Replication benchmark: transfer on one image against cp and rsync, then RPO under load.

Part 1, one run on the same files (a sparse image of --size-gib, --data-fraction of it random):

- initial replication (sparse-aware full copy to the recovery agent)  vs  `cp --sparse=always`;
- a delta cycle after --change-fraction of the image changed (random, incompressible; half the
  bytes as 64 KiB-aligned block writes, half as unaligned writes of random length)  vs
  `rsync -I --inplace --no-whole-file` between two local folders; bytes shipped vs changed;
- resync after a divergence behind the log's back (block hashes on both sides)  vs  rsync again.

Standby ships to a recovery agent running as its own process over HTTPS with client
certificates (`--transport https`, the default) or in-process (`--transport direct`). When a
target is missed the phase is run again over the direct transport under cProfile and the top
functions are reported: where the time goes.

Part 2, RPO: --rpo-vms VMs, each a guest workload writing 64 KiB self-describing blocks at a
per-VM rate, one replication pair per VM at a --copy-frequency schedule (staggered), all to one
agent process; each step of --rpo-rates (MB/s per VM) runs --rpo-seconds after a first cycle of
every VM; RPO (age of each VM's newest recovery point) is sampled every second; p50/p99 per step.
"Held" means p99 <= copy frequency + 10 s. The full-scale run of the issue:

    .venv/bin/python benchmarks/replication.py --rpo-vms 50 --rpo-seconds 300 --rpo-disk-mib 256

(~30 minutes and ~30 GB of scratch space). Results go to benchmarks/results/replication.json.
Timings are never asserted in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reference

from app.lab.workload import PAYLOAD_MAX, GuestWorkload, WorkloadConfig
from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    FsyncPolicy,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
    TransportError,
    image_block_hashes,
)
from app.replication.certificates import HostFiles, write_pairing
from app.replication.http_transport import NO_RETRY, HttpTransport, client_ssl_context

MIB = 1024 * 1024
GIB = 1024 * MIB
RESULTS = Path(__file__).resolve().parent / "results" / "replication.json"
TARGETS = {
    "delta_speedup_vs_rsync": 20.0,
    "shipped_over_changed": 1.02,
    "initial_vs_cp": 0.8,
    "rpo_p99_slack_seconds": 10.0,
}


# --- plumbing -----------------------------------------------------------------------------------


def drop_caches(enabled: bool) -> str:
    if not enabled:
        return "warm"
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "dropped"
    except OSError:
        return "warm (drop refused)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Agent:
    """The recovery host: this script in --agent-child mode, its own process."""

    def __init__(self, storage: Path, files: HostFiles, client: HostFiles, prune: float) -> None:
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.storage = storage
        self.ctx = client_ssl_context(client.cert, client.key, client.ca)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--agent-child",
                "--port",
                str(self.port),
                "--storage",
                str(storage),
                "--cert",
                str(files.cert),
                "--key",
                str(files.key),
                "--ca",
                str(files.ca),
                "--prune-seconds",
                str(prune),
            ]
        )
        probe = HttpTransport(self.url, self.ctx, retry=NO_RETRY)
        deadline = time.monotonic() + 60
        while True:
            try:
                probe.health()
                break
            except TransportError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the agent did not start") from None
                time.sleep(0.1)
        probe.close()

    def transport(self, **kw) -> HttpTransport:
        return HttpTransport(self.url, self.ctx, **kw)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


def agent_child(args: argparse.Namespace) -> None:
    """Serve replicas; prune every replica to its latest point now and then (retention 0), as
    the lab's retention does, so undo files do not pile up during long runs."""
    from app.replication.agent import build_agent_server

    service = ReplicaService(Path(args.storage))
    stop = threading.Event()

    def prune() -> None:
        while not stop.wait(args.prune_seconds):
            for image in service.root.glob("*/*.img"):
                with contextlib.suppress(Exception):
                    replica = service.replica(image.parent.name, image.stem)
                    if replica is not None:
                        replica.prune(0)

    if args.prune_seconds > 0:
        threading.Thread(target=prune, daemon=True).start()
    server = build_agent_server(
        service, "127.0.0.1", args.port, Path(args.cert), Path(args.key), Path(args.ca)
    )
    try:
        server.run()
    finally:
        stop.set()
        service.close()


def profile_top(fn, n: int = 15) -> list[dict]:
    prof = cProfile.Profile()
    prof.runcall(fn)
    st = pstats.Stats(prof, stream=io.StringIO())
    total = sum(v[2] for v in st.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, calls, tt, ct, _callers) in sorted(
        st.stats.items(),  # type: ignore[attr-defined]
        key=lambda kv: kv[1][2],
        reverse=True,
    )[:n]:
        rows.append(
            {
                "function": f"{Path(file).name}:{line}:{name}",
                "calls": calls,
                "self_seconds": round(tt, 4),
                "cumulative_seconds": round(ct, 4),
                "self_share": round(tt / total, 3) if total else None,
            }
        )
    return rows


def union_bytes(ranges: list[tuple[int, int]]) -> int:
    total, end = 0, -1
    for a, b in sorted(ranges):
        if b <= end:
            continue
        total += b - max(a, end)
        end = b
    return total


def same_image(a: Path, b: Path) -> bool:
    return image_block_hashes(a) == image_block_hashes(b)


# --- part 1: transfer ---------------------------------------------------------------------------


def seed_image(path: Path, size: int, fraction: float, rng: random.Random) -> int:
    """Random data in a fraction of every 16 MiB region, as a file system would lay it out."""
    region = 16 * MIB
    span = int(region * fraction) // BLOCK_SIZE * BLOCK_SIZE
    written = 0
    fd = os.open(path, os.O_RDWR)
    try:
        for base in range(0, size, region):
            start = base + rng.randrange(0, (region - span) // BLOCK_SIZE + 1) * BLOCK_SIZE
            for off in range(start, start + span, 4 * MIB):
                n = min(4 * MIB, start + span - off)
                os.pwrite(fd, os.urandom(n), off)
                written += n
        os.fsync(fd)
    finally:
        os.close(fd)
    return written


def make_changes(size: int, fraction: float, rng: random.Random) -> list[tuple[int, int]]:
    target = int(size * fraction)
    blocks = size // BLOCK_SIZE
    writes: list[tuple[int, int]] = []
    aligned = 0
    while aligned < target // 2:
        writes.append((rng.randrange(blocks) * BLOCK_SIZE, BLOCK_SIZE))
        aligned += BLOCK_SIZE
    unaligned = 0
    while unaligned < target - target // 2:
        length = rng.randrange(1, 64 * 1024)
        writes.append((rng.randrange(0, size - length), length))
        unaligned += length
    rng.shuffle(writes)
    return writes


def transfer(args: argparse.Namespace, work: Path, pki: dict[str, HostFiles]) -> dict:
    rng = random.Random(args.seed)
    size = int(args.size_gib * GIB) // BLOCK_SIZE * BLOCK_SIZE
    primary, rsync_dir = work / "primary", work / "rsync-target"
    primary.mkdir()
    rsync_dir.mkdir()
    disk = TrackedDisk.create(
        primary / "vm.img", vm_id="bench", disk_id="d0", size_bytes=size, fsync=FsyncPolicy.ROTATE
    )
    print(f"seeding a {size / GIB:.2f} GiB sparse image ({args.data_fraction:.0%} data)…")
    seeded = seed_image(disk.image, size, args.data_fraction, rng)
    agent = None
    if args.transport == "https":
        agent = Agent(work / "recovery", pki["recovery"], pki["primary"], prune=0)
        transport = agent.transport()
        replica_image = work / "recovery" / "bench" / "d0.img"
    else:
        service = ReplicaService(work / "recovery")
        transport = DirectTransport(service)
        replica_image = service.image_path("bench", "d0")
    pair = ReplicationPair("bench", [disk], transport, compress=args.compress)
    out: dict = {"image_bytes": size, "data_bytes": seeded, "transport": args.transport}

    # Initial replication vs cp --sparse=always.
    cache = drop_caches(args.drop_caches)
    started = time.perf_counter()
    subprocess.run(
        ["cp", "--sparse=always", str(disk.image), str(rsync_dir / "vm.img")], check=True
    )
    cp_seconds = time.perf_counter() - started
    subprocess.run(["sync", str(rsync_dir / "vm.img")], check=True)
    cp_sync_seconds = time.perf_counter() - started
    drop_caches(args.drop_caches)
    started = time.perf_counter()
    assert pair.initial_replication()
    initial_seconds = time.perf_counter() - started
    progress_bytes = transport.bytes_sent
    out["initial"] = {
        "page_cache": cache,
        "standby_seconds": initial_seconds,
        "standby_bytes_on_wire": progress_bytes,
        "cp_seconds": cp_seconds,
        "cp_plus_fsync_seconds": cp_sync_seconds,
        "ratio_vs_cp": cp_seconds / initial_seconds,  # >= 0.8 means at least 0.8x cp's speed
        "identical": same_image(disk.image, replica_image),
    }
    print(f"initial: standby {initial_seconds:.2f}s, cp {cp_seconds:.2f}s")
    if args.only == "initial":
        if isinstance(transport, HttpTransport):
            transport.close()
        if agent is not None:
            agent.stop()
        disk.close()
        shutil.rmtree(primary)
        shutil.rmtree(rsync_dir)
        shutil.rmtree(work / "recovery")
        return out

    # A delta cycle vs rsync.
    writes = make_changes(size, args.change_fraction, rng)
    for off, length in writes:
        disk.write(off, rng.randbytes(length))
    changed = union_bytes([(o, o + n) for o, n in writes])
    cache = drop_caches(args.drop_caches)
    started = time.perf_counter()
    result = pair.run_cycle()
    cycle_seconds = time.perf_counter() - started
    drop_caches(args.drop_caches)
    rs = reference.rsync(disk.image, rsync_dir / "vm.img")
    out["delta"] = {
        "page_cache": cache,
        "writes": len(writes),
        "written_bytes": sum(n for _, n in writes),
        "changed_bytes": changed,
        "standby_seconds": cycle_seconds,
        "standby_shipped_bytes": result.shipped_bytes,
        "standby_payload_bytes": result.payload_bytes,
        "shipped_over_changed": result.shipped_bytes / changed,
        "rsync": rs,
        "rsync_over_changed": rs["total_bytes_sent"] / changed,
        "speedup_vs_rsync": rs["seconds"] / cycle_seconds,
        "identical": same_image(disk.image, replica_image),
        "rsync_identical": same_image(disk.image, rsync_dir / "vm.img"),
    }
    print(f"delta: standby {cycle_seconds:.2f}s, rsync {rs['seconds']:.2f}s")

    # Resync after a divergence behind the log's back vs rsync.
    blocks = size // BLOCK_SIZE
    diverged = rng.sample(range(blocks), max(1, int(blocks * args.change_fraction / 2)))
    fd = os.open(disk.image, os.O_RDWR)
    for b in diverged:
        os.pwrite(fd, rng.randbytes(BLOCK_SIZE), b * BLOCK_SIZE)
    os.fsync(fd)
    os.close(fd)
    disk.mark_resync_required("benchmark: diverged")
    cache = drop_caches(args.drop_caches)
    started = time.perf_counter()
    (rr,) = pair.resync(then_cycle=False)
    resync_seconds = time.perf_counter() - started
    drop_caches(args.drop_caches)
    rs = reference.rsync(disk.image, rsync_dir / "vm.img")
    out["resync"] = {
        "page_cache": cache,
        "diverged_blocks": len(diverged),
        "diverged_bytes": len(diverged) * BLOCK_SIZE,
        "standby_seconds": resync_seconds,
        "standby_blocks_differing": rr.blocks_differing,
        "standby_shipped_bytes": rr.bytes_shipped,
        "rsync": rs,
        "speedup_vs_rsync": rs["seconds"] / resync_seconds,
        "identical": same_image(disk.image, replica_image),
    }
    print(f"resync: standby {resync_seconds:.2f}s, rsync {rs['seconds']:.2f}s")

    # Where the time goes, for a missed target: the same work in-process under cProfile.
    profiles = {}
    if out["delta"]["speedup_vs_rsync"] < TARGETS["delta_speedup_vs_rsync"] or args.profile:
        for off, length in writes:
            disk.write(off, rng.randbytes(length))
        scratch = ReplicaService(work / "profile-replica")
        p2 = ReplicationPair("prof", [disk], DirectTransport(scratch), compress=args.compress)
        p2.initial_replication()
        for off, length in writes:
            disk.write(off, rng.randbytes(length))
        profiles["delta_cycle_direct"] = profile_top(p2.run_cycle)
        scratch.close()
        shutil.rmtree(work / "profile-replica")
    if out["initial"]["ratio_vs_cp"] < TARGETS["initial_vs_cp"] or args.profile:
        scratch = ReplicaService(work / "profile-replica")
        p3 = ReplicationPair("prof", [disk], DirectTransport(scratch), compress=args.compress)
        t0 = time.perf_counter()
        profiles["initial_direct"] = profile_top(p3.initial_replication)
        profiles["initial_direct_seconds_profiled"] = time.perf_counter() - t0
        scratch.close()
        shutil.rmtree(work / "profile-replica")
    out["profiles"] = profiles

    if isinstance(transport, HttpTransport):
        transport.close()
    if agent is not None:
        agent.stop()
    disk.close()
    shutil.rmtree(primary)
    shutil.rmtree(rsync_dir)
    shutil.rmtree(work / "recovery")
    return out


# --- part 2: RPO under load ---------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q / 100 * (len(s) - 1)))]


def rpo_step(args: argparse.Namespace, work: Path, agent: Agent, rate_mb: float, step: int) -> dict:
    folder = work / f"rpo-step{step}"
    freq = args.copy_frequency
    transport = agent.transport(retry=NO_RETRY)
    vms = []
    for i in range(args.rpo_vms):
        vm_id = f"s{step}vm{i:02d}"
        (folder / vm_id).mkdir(parents=True)
        disk = TrackedDisk.create(
            folder / vm_id / "d0.img",
            vm_id=vm_id,
            disk_id="d0",
            size_bytes=args.rpo_disk_mib * MIB,
            fsync=FsyncPolicy.ROTATE,
        )
        config = WorkloadConfig(
            seed=i,
            writes_per_second=rate_mb * 1e6 / BLOCK_SIZE,
            txn_probability=0.0,
            payload_bytes=PAYLOAD_MAX,
        )
        workload = GuestWorkload(vm_id, [disk], folder / vm_id / "history.sbwh", config)
        pair = ReplicationPair(vm_id, [disk], transport, compress=args.compress)
        assert pair.initial_replication()
        vms.append((disk, workload, pair))

    stop = threading.Event()
    t0 = time.time()
    for _disk, workload, _pair in vms:
        workload.start()

    def cycles(index: int, pair: ReplicationPair) -> None:
        next_at = t0 + freq * index / len(vms)  # staggered, as a host spreads its VMs
        while not stop.is_set():
            if stop.wait(max(0.0, next_at - time.time())):
                return
            with contextlib.suppress(Exception):
                pair.run_cycle()
            next_at += freq
            if next_at < time.time():  # fell behind: go again at once
                next_at = time.time()

    threads = [
        threading.Thread(target=cycles, args=(i, p), daemon=True)
        for i, (_d, _w, p) in enumerate(vms)
    ]
    for th in threads:
        th.start()
    stop.wait(freq)  # every VM's first cycle has started
    writes_at_start = sum(w.last_seq for _d, w, _p in vms)
    shipped_at_start = sum(p.stats.bytes_shipped_total for _d, _w, p in vms)
    samples: list[float] = []
    window_start = time.time()
    while time.time() - window_start < args.rpo_seconds:
        now = time.time()
        for _d, _w, p in vms:
            last = p.stats.last_point_time
            samples.append(now - (last if last is not None else t0))
        stop.wait(1.0)
    window = time.time() - window_start
    writes = sum(w.last_seq for _d, w, _p in vms) - writes_at_start
    shipped = sum(p.stats.bytes_shipped_total for _d, _w, p in vms) - shipped_at_start
    stop.set()
    for _d, w, _p in vms:
        w.stop()
    for th in threads:
        th.join(600)
    cycle_seconds = [p.stats.last_cycle_seconds for _d, _w, p in vms]
    doc = {
        "rate_mb_per_vm": rate_mb,
        "vms": len(vms),
        "target_aggregate_mb_s": rate_mb * len(vms),
        "achieved_write_mb_s": writes * BLOCK_SIZE / window / 1e6,
        "shipped_mb_s": shipped / window / 1e6,
        "rpo_p50": percentile(samples, 50),
        "rpo_p99": percentile(samples, 99),
        "rpo_max": max(samples) if samples else None,
        "samples": len(samples),
        "successful_cycles": sum(p.stats.successful_cycles for _d, _w, p in vms),
        "missed_cycles": sum(p.stats.missed_cycles for _d, _w, p in vms),
        "last_cycle_seconds_mean": statistics.mean(cycle_seconds),
        "last_cycle_seconds_max": max(cycle_seconds),
    }
    doc["held"] = doc["rpo_p99"] <= freq + TARGETS["rpo_p99_slack_seconds"] and (
        doc["achieved_write_mb_s"] >= 0.9 * doc["target_aggregate_mb_s"]
    )
    for disk, workload, _p in vms:
        workload.close()
        disk.close()
    transport.close()
    shutil.rmtree(folder)
    for replica in agent.storage.glob(f"s{step}vm*"):
        shutil.rmtree(replica, ignore_errors=True)
    return doc


def rpo(args: argparse.Namespace, work: Path, pki: dict[str, HostFiles]) -> dict:
    agent = Agent(work / "rpo-recovery", pki["recovery"], pki["primary"], prune=10)
    steps = []
    try:
        for step, rate in enumerate(args.rpo_rates):
            print(f"RPO step {step}: {args.rpo_vms} VMs × {rate} MB/s …", flush=True)
            doc = rpo_step(args, work, agent, rate, step)
            print(
                f"  p50 {doc['rpo_p50']:.1f}s  p99 {doc['rpo_p99']:.1f}s  "
                f"writes {doc['achieved_write_mb_s']:.1f} MB/s  held={doc['held']}",
                flush=True,
            )
            steps.append(doc)
    finally:
        agent.stop()
    held = [s for s in steps if s["held"]]
    return {
        "copy_frequency_seconds": args.copy_frequency,
        "window_seconds_per_step": args.rpo_seconds,
        "disk_mib_per_vm": args.rpo_disk_mib,
        "steps": steps,
        "highest_aggregate_mb_s_held": max((s["achieved_write_mb_s"] for s in held), default=0),
    }


# --- main ---------------------------------------------------------------------------------------


def print_table(doc: dict) -> None:
    t = doc.get("transfer")
    if t and "delta" not in t:
        i = t["initial"]
        print(
            f"\ninitial ({t['transport']}): standby {i['standby_seconds']:.2f}s, "
            f"cp {i['cp_seconds']:.2f}s (cp+sync {i['cp_plus_fsync_seconds']:.2f}s), "
            f"{i['ratio_vs_cp']:.2f}× cp speed, identical={i['identical']}"
        )
    elif t:
        i, d, r = t["initial"], t["delta"], t["resync"]
        print()
        print(
            f"image {t['image_bytes'] / GIB:.2f} GiB, {t['data_bytes'] / MIB:.0f} MiB data, "
            f"transport {t['transport']}, page cache {d['page_cache']}"
        )
        head = f"{'phase':<10}{'standby s':>11}{'standby bytes':>16}{'ref s':>9}{'ref bytes':>15}"
        print(head + "   ratio / target")
        print("-" * (len(head) + 20))
        print(
            f"{'initial':<10}{i['standby_seconds']:>11.2f}{i['standby_bytes_on_wire']:>16,}"
            f"{i['cp_seconds']:>9.2f}{'(cp)':>15}   "
            f"{i['ratio_vs_cp']:.2f}× cp speed (target ≥ {TARGETS['initial_vs_cp']})"
        )
        print(
            f"{'delta':<10}{d['standby_seconds']:>11.2f}{d['standby_shipped_bytes']:>16,}"
            f"{d['rsync']['seconds']:>9.2f}{d['rsync']['total_bytes_sent']:>15,}   "
            f"{d['speedup_vs_rsync']:.1f}× faster "
            f"(target ≥ {TARGETS['delta_speedup_vs_rsync']:.0f})"
        )
        print(
            f"{'':<10}changed {d['changed_bytes']:,} B; shipped/changed "
            f"{d['shipped_over_changed']:.4f} (target ≤ {TARGETS['shipped_over_changed']}); "
            f"rsync literal {d['rsync']['literal_data']:,} B"
        )
        print(
            f"{'resync':<10}{r['standby_seconds']:>11.2f}{r['standby_shipped_bytes']:>16,}"
            f"{r['rsync']['seconds']:>9.2f}{r['rsync']['total_bytes_sent']:>15,}   "
            f"{r['speedup_vs_rsync']:.1f}× faster"
        )
    rp = doc.get("rpo")
    if rp:
        print()
        print(f"RPO, copy frequency {rp['copy_frequency_seconds']} s, held = p99 ≤ freq + 10 s")
        head = f"{'VMs':>4}{'MB/s/VM':>9}{'agg tgt':>9}{'agg got':>9}{'p50 s':>8}{'p99 s':>8}"
        print(head + f"{'missed':>8}{'held':>6}")
        print("-" * (len(head) + 14))
        for s in rp["steps"]:
            print(
                f"{s['vms']:>4}{s['rate_mb_per_vm']:>9}{s['target_aggregate_mb_s']:>9.1f}"
                f"{s['achieved_write_mb_s']:>9.1f}{s['rpo_p50']:>8.1f}{s['rpo_p99']:>8.1f}"
                f"{s['missed_cycles']:>8}{'yes' if s['held'] else 'NO':>6}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-gib", type=float, default=4.0)
    ap.add_argument("--data-fraction", type=float, default=0.25)
    ap.add_argument("--change-fraction", type=float, default=0.01)
    ap.add_argument("--transport", choices=["https", "direct"], default="https")
    ap.add_argument("--no-compress", dest="compress", action="store_false")
    ap.add_argument("--drop-caches", action="store_true", help="drop the page cache (root)")
    ap.add_argument("--profile", action="store_true", help="profile even when targets are met")
    ap.add_argument("--skip-transfer", action="store_true")
    ap.add_argument("--skip-rpo", action="store_true")
    ap.add_argument(
        "--only",
        choices=["all", "initial"],
        default="all",
        help="'initial': run only the initial-replication phase of part 1 (implies --skip-rpo)",
    )
    ap.add_argument("--rpo-vms", type=int, default=10)
    ap.add_argument("--rpo-seconds", type=float, default=60)
    ap.add_argument("--rpo-disk-mib", type=int, default=256)
    ap.add_argument(
        "--rpo-rates", type=lambda s: [float(x) for x in s.split(",")], default=[0.5, 1, 2, 5]
    )
    ap.add_argument("--copy-frequency", type=float, default=30.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--output", type=Path, default=RESULTS)
    # The recovery agent this script starts as its own process.
    ap.add_argument("--agent-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--storage", help=argparse.SUPPRESS)
    ap.add_argument("--cert", help=argparse.SUPPRESS)
    ap.add_argument("--key", help=argparse.SUPPRESS)
    ap.add_argument("--ca", help=argparse.SUPPRESS)
    ap.add_argument("--prune-seconds", type=float, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.agent_child:
        agent_child(args)
        return

    doc: dict = {
        "benchmark": "replication",
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "rsync": subprocess.run(["rsync", "--version"], capture_output=True, text=True)
        .stdout.splitlines()[0]
        .strip(),
        "arguments": {
            k: (str(v) if isinstance(v, Path) else v)
            for k, v in vars(args).items()
            if k not in ("agent_child", "port", "storage", "cert", "key", "ca", "prune_seconds")
        },
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="standby-repl-") as tmp:
        work = Path(tmp)
        pki = write_pairing(work / "pki", ["primary", "recovery"])
        if not args.skip_transfer:
            doc["transfer"] = transfer(args, work, pki)
        if not args.skip_rpo and args.only == "all":
            doc["rpo"] = rpo(args, work, pki)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(doc, indent=2) + "\n")
    print_table(doc)
    print(f"\nresults in {args.output}")


if __name__ == "__main__":
    main()
