"""Test failover start on a real replica: the overlay (hold, differences, `qemu-img create` and
the differences written through `qemu-nbd`) against materializing the point (a whole-disk
sparse copy, the lab's way), for a 1 GiB and a 16 GiB disk.

Each disk is a replica (`HoldingReplicaService`, raw image) holding --data-mib of written data
(a 4 MiB random buffer repeated, then fsynced: the page cache is warm afterwards, for both
sides alike), then three CYCLE deltas of --cycle-mib each in scattered 64 KiB blocks, so the
chosen point (the first cycle) lies two applies back. Measured: the recovery host's part of a
test failover (hold, overlay), then a domain on that overlay defined and started through
libvirt (the test guest's kernel, TCG) until libvirt reports it running, and the reference
whole-disk materialization of the same point. The overlay and the materialized point are
checked equal (`qemu-img compare`) before the domain starts on the overlay. JSON to
benchmarks/results/libvirt_test_failover.json.
Timings are never asserted in tests.

    .venv/bin/python benchmarks/libvirt_test_failover.py        # about a minute or two
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import libvirt

from app.libvirt.copies import make_overlay
from app.replication.cycle import Delta, DeltaEntry, DeltaKind
from app.replication.hold import HoldingReplicaService
from app.replication.sparse import BLOCK_SIZE
from tests.support.guest import GuestBoot, build_boot, domain_xml

RESULTS = Path(__file__).resolve().parent / "results" / "libvirt_test_failover.json"
MIB = 1024 * 1024


def fill(image: Path, data_bytes: int) -> None:
    chunk = os.urandom(4 * MIB)
    fd = os.open(image, os.O_WRONLY)
    try:
        for off in range(0, data_bytes, len(chunk)):
            os.pwrite(fd, chunk, off)
        os.fsync(fd)
    finally:
        os.close(fd)


def cycle(disk_bytes: int, cycle_id: int, cycle_bytes: int, rng: random.Random) -> bytes:
    blocks = rng.sample(range(disk_bytes // BLOCK_SIZE), cycle_bytes // BLOCK_SIZE)
    entries = [DeltaEntry(b, 0, rng.randbytes(BLOCK_SIZE)) for b in sorted(blocks)]
    return Delta(
        DeltaKind.CYCLE,
        "vm",
        "vda",
        disk_bytes,
        cycle_id,
        cycle_id + 1,
        cycle_id=cycle_id,
        entries=entries,
    ).encode()


def start_domain(conn: Any, boot: GuestBoot, overlay: Path, name: str) -> float:
    """Define and start a domain on `overlay`; seconds until libvirt reports it running (then
    it is destroyed and undefined)."""
    began = time.perf_counter()
    dom = conn.defineXML(domain_xml(name, boot, overlay, overlay.with_suffix(".serial")))
    try:
        dom.create()
        while dom.state()[0] != libvirt.VIR_DOMAIN_RUNNING:
            time.sleep(0.01)
        return time.perf_counter() - began
    finally:
        if dom.isActive():
            dom.destroy()
        dom.undefine()


def one(size_gib: int, args: argparse.Namespace, work: Path, conn: Any, boot: GuestBoot) -> dict:
    disk_bytes = size_gib * 1024 * MIB
    folder = work / f"{size_gib}g"
    service = HoldingReplicaService(folder / "replicas")
    service.prepare("vm", vm_id="vm", disk_id="vda", size_bytes=disk_bytes, fresh=True)
    image = service.image_path("vm", "vda")
    fill(image, min(args.data_mib * MIB, disk_bytes))
    rng = random.Random(size_gib)
    for cycle_id in (1, 2, 3):
        service.send_delta("vm", cycle(disk_bytes, cycle_id, args.cycle_mib * MIB, rng))

    began = time.perf_counter()
    service.hold("vm", ["vda"], "bench")
    writes = service.differences("vm", "vda", 1)
    overlay = folder / "vda.qcow2"
    written = make_overlay(image, overlay, writes)
    overlay_seconds = time.perf_counter() - began

    replica = service.replica("vm", "vda")
    assert replica is not None
    began = time.perf_counter()
    copy = replica.materialize(1, folder / "point.raw")
    materialize_seconds = time.perf_counter() - began
    same = subprocess.run(
        ["qemu-img", "compare", "-f", "qcow2", "-F", "raw", str(overlay), str(copy)],
        capture_output=True,
        text=True,
    )
    start_seconds = start_domain(conn, boot, overlay, f"standby-bench-tf-{size_gib}g")
    service.release("vm", ["vda"], "bench")
    service.close()
    return {
        "disk_gib": size_gib,
        "data_mib": min(args.data_mib, disk_bytes // MIB),
        "overlay_seconds": round(overlay_seconds, 3),
        "overlay_bytes_written": written,
        "overlay_file_bytes": overlay.stat().st_size,
        "domain_start_seconds": round(start_seconds, 3),
        "test_failover_start_seconds": round(overlay_seconds + start_seconds, 3),
        "materialize_seconds": round(materialize_seconds, 3),
        "materialized_allocated_bytes": os.stat(copy).st_blocks * 512,
        "identical": same.returncode == 0,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 16], help="disk sizes in GiB")
    ap.add_argument("--data-mib", type=int, default=1024, help="data written on each disk")
    ap.add_argument("--cycle-mib", type=int, default=16, help="bytes changed per cycle")
    ap.add_argument("--output", type=Path, default=RESULTS)
    args = ap.parse_args()
    conn = libvirt.open("qemu:///system")
    with tempfile.TemporaryDirectory(prefix="standby-bench-tf-", dir="/var/tmp") as tmp:
        Path(tmp).chmod(0o755)  # QEMU (libvirt-qemu) reaches the overlay and its backing
        boot = build_boot(Path(tmp) / "boot")
        rows = [one(size, args, Path(tmp), conn, boot) for size in args.sizes]
    conn.close()
    doc = {
        "benchmark": "libvirt_test_failover",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "page_cache": "warm (the data was just written)",
        "cycle_mib": args.cycle_mib,
        "results": rows,
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(doc, indent=2) + "\n")
    print(
        f"{'disk':>6} {'data':>8} {'overlay':>9} {'written':>9} {'domain up':>10} "
        f"{'start':>7} {'materialize':>12} same"
    )
    for r in rows:
        print(
            f"{r['disk_gib']:>4}Gi {r['data_mib']:>6}Mi {r['overlay_seconds']:>8.2f}s "
            f"{r['overlay_bytes_written'] / MIB:>7.1f}Mi {r['domain_start_seconds']:>9.2f}s "
            f"{r['test_failover_start_seconds']:>6.2f}s {r['materialize_seconds']:>11.2f}s "
            f"{r['identical']}"
        )


if __name__ == "__main__":
    main()
