"""Delta transfer: one replication cycle against rsync, on the same change to the same image.

Seeds a 256 MiB sparse image (a quarter of its blocks hold random data), replicates it, then
applies random writes and measures, for each scenario:

- Standby: one replication cycle (rotate, coalesce, compress, ship in-process, apply through
  the undo file, record the point) — bytes on the wire and seconds;
- rsync:   `rsync -I --inplace --no-whole-file` of the changed image onto a copy of the old one
  (-I, else its size-and-mtime check may skip the file and "win" by doing nothing).

Written data is random (incompressible), so compression does not flatter the figures. The page
cache is warm (the images were just written) unless --drop-caches is given and allowed.
Writes JSON to benchmarks/results/delta.json and prints a table. Never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import reference

from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    FsyncPolicy,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)

MIB = 1024 * 1024
RESULTS = Path(__file__).resolve().parent / "results" / "delta.json"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def rsync_once(src: Path, dst: Path) -> dict:
    figures = reference.rsync(src, dst)
    sent, received = figures["total_bytes_sent"], figures["total_bytes_received"]
    return {
        "bytes_sent": sent,
        "bytes_received": received,
        "bytes_total": sent + received,
        "seconds": figures["seconds"],
        "identical": src.read_bytes() == dst.read_bytes(),
    }


def scenario(
    work: Path, name: str, size: int, writes: list[tuple[int, int]], seed: int, drop: bool
) -> dict:
    rng = random.Random(seed)
    folder = work / name
    folder.mkdir()
    disk = TrackedDisk.create(
        folder / "vm.img", vm_id="bench", disk_id="d0", size_bytes=size, fsync=FsyncPolicy.ROTATE
    )
    blocks = size // BLOCK_SIZE
    for b in rng.sample(range(blocks), blocks // 4):  # seed: a quarter of the disk holds data
        disk.write(b * BLOCK_SIZE, rng.randbytes(BLOCK_SIZE))
    service = ReplicaService(folder / "replica-host")
    pair = ReplicationPair("bench", [disk], DirectTransport(service), compress=True)
    started = time.perf_counter()
    pair.initial_replication()
    initial_seconds = time.perf_counter() - started
    rsync_dst = folder / "rsync-copy.img"
    has_rsync = shutil.which("rsync") is not None
    if has_rsync:
        subprocess.run(["cp", "--sparse=always", str(disk.image), str(rsync_dst)], check=True)

    for off, length in writes:  # the change both tools must carry
        disk.write(off, rng.randbytes(length))
    changed = sum(length for _, length in writes)
    cache = "warm"
    if drop:
        cache = "dropped" if drop_caches() else "warm (drop refused)"

    started = time.perf_counter()
    result = pair.run_cycle()
    cycle_seconds = time.perf_counter() - started
    replica = service.replica("bench", "d0")
    standby = {
        "bytes_shipped": result.shipped_bytes,
        "payload_bytes": result.payload_bytes,
        "seconds": cycle_seconds,
        "identical": replica.image.read_bytes() == disk.image.read_bytes(),
    }
    if drop:
        drop_caches()
    rsync = rsync_once(disk.image, rsync_dst) if has_rsync else None
    disk.close()
    service.close()
    return {
        "scenario": name,
        "image_bytes": size,
        "writes": len(writes),
        "changed_bytes": changed,
        "initial_replication_seconds": initial_seconds,
        "page_cache": cache,
        "standby": standby,
        "rsync": rsync,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mib", type=int, default=256)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--drop-caches", action="store_true", help="needs root")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--output", type=Path, default=RESULTS)
    args = ap.parse_args()
    size = args.size_mib * MIB
    rng = random.Random(args.seed)
    blocks = size // BLOCK_SIZE
    scenarios = {
        # 1000 whole 64 KiB blocks: ~62 MiB changed.
        "aligned-64k": [(rng.randrange(blocks) * BLOCK_SIZE, BLOCK_SIZE) for _ in range(1000)],
        # 2000 small 4 KiB writes anywhere: ~8 MiB changed, spread over the whole image.
        "random-4k": [(rng.randrange(size // 4096) * 4096, 4096) for _ in range(2000)],
        # A hot spot: 5000 writes into 64 blocks; coalescing keeps only the last of each.
        "hot-64-blocks": [(rng.randrange(64) * BLOCK_SIZE, BLOCK_SIZE) for _ in range(5000)],
    }
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix="standby-delta-") as tmp:
        runs = [
            scenario(Path(tmp), name, size, writes, args.seed, args.drop_caches)
            for name, writes in scenarios.items()
        ]
    doc = {
        "benchmark": "delta",
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "rsync": subprocess.run(
            ["rsync", "--version"], capture_output=True, text=True
        ).stdout.splitlines()[0]
        if shutil.which("rsync")
        else None,
        "runs": runs,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(doc, indent=2) + "\n")

    head = (
        f"{'scenario':<15}{'changed':>10}{'standby bytes':>15}{'s':>7}{'rsync bytes':>14}{'s':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in runs:
        s, y = r["standby"], r["rsync"]
        rs = f"{y['bytes_total']:>14,}{y['seconds']:>7.2f}" if y else f"{'(no rsync)':>21}"
        print(
            f"{r['scenario']:<15}{r['changed_bytes']:>10,}{s['bytes_shipped']:>15,}"
            f"{s['seconds']:>7.2f}{rs}"
        )
    print(f"page cache: {runs[0]['page_cache']}; results in {args.output}")


if __name__ == "__main__":
    main()
