"""RTO of a recovery plan of real VMs, per group and in total, up to "guest writing again".

A real estate (tests/support/plan_estate.py): the control plane as a process of its own
(`standby serve --agents`, SQLite), two `standby agent --libvirt` processes (primary and
recovery host, on this machine's libvirt) and --vms real test guests (tests/support/guest.py:
each writes a durable sequence on ext4 and logs it on its serial console), protected with
30 s cycles, in a plan of two groups (the first one VM, the second the others in parallel).
These plan jobs run one after the other through the API:

    test failover, test-failover cleanup, planned failover, cancel failover (the sources
    run again and replicate), and — after a primary-"site" outage (its agent and its guests'
    QEMU killed) — unplanned failover from the latest point.

Measured from the job's POST: the job's own step times (per group: the group's step; in total:
the job), and for each VM the moment its new domain's guest logs a sequence line — it writes
again — read from that domain's serial log (polled every 50 ms). A group's "writing again" is
its slowest VM's. The lab's figures for a plan of the same size come from the same run
(benchmarks/failover.py --vms N --groups 2). JSON to benchmarks/results/libvirt_plan_rto.json.
Timings are never asserted in tests.

    STANDBY_TEST_GUEST_PREFIX=standby-bench- .venv/bin/python benchmarks/libvirt_plan_rto.py
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import libvirt

from tests.support.guest import (
    GUEST_PREFIX,
    Guest,
    boots_with,
    build_boot,
    domain_xml,
    kvm_candidate,
    make_disk,
    traversable_dir,
)
from tests.support.operator import wait_until
from tests.support.plan_estate import (
    ProcessEstate,
    follow,
    process_estate,
    remove_copies,
    seqs,
    serial_of,
)

RESULTS = Path(__file__).resolve().parent / "results" / "libvirt_plan_rto.json"
ROOT = Path(__file__).resolve().parents[1]


def seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return round((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds(), 2)


class WritingAgain:
    """Watches for each guest's new domain (`<name><suffix>`) and the first sequence line
    its guest logs; the seconds from `began` to it, per guest."""

    def __init__(self, conn: Any, guests: list[Guest], suffix: str) -> None:
        self.conn, self.guests, self.suffix = conn, guests, suffix
        self.began = time.monotonic()
        self.seen: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        serials: dict[str, Path] = {}
        while not self._stop.is_set() and len(self.seen) < len(self.guests):
            for guest in self.guests:
                if guest.name in self.seen:
                    continue
                if guest.name not in serials:
                    try:
                        dom = self.conn.lookupByName(guest.name + self.suffix)
                        serials[guest.name] = serial_of(dom)
                    except libvirt.libvirtError:
                        continue
                if seqs(serials[guest.name]):
                    self.seen[guest.name] = round(time.monotonic() - self.began, 2)
            time.sleep(0.05)

    def wait(self, timeout: float = 300) -> dict[str, float]:
        wait_until(lambda: len(self.seen) == len(self.guests), timeout=timeout)
        self._stop.set()
        self._thread.join()
        return dict(self.seen)


def run(
    estate: ProcessEstate,
    plan: dict,
    groups: list[list[Guest]],
    op: str,
    body: dict | None = None,
    suffix: str | None = None,
) -> dict[str, Any]:
    guests = [g for group in groups for g in group]
    watch = WritingAgain(guests[0].conn, guests, suffix) if suffix else None
    job = estate.operator.start(f"/api/v1/recovery-plans/{plan['id']}/{op}", body)
    done = follow(estate.operator, job["id"])
    if done["state"] != "succeeded":
        raise RuntimeError(f"{op}: {done['error']}")
    writing = watch.wait() if watch else {}
    vm_steps = [s for s in done["steps"] if s["name"].startswith("Group ")]
    figures: dict[str, Any] = {
        "total_seconds": seconds(done["started"], done["ended"]),
        "groups_seconds": [seconds(s["started"], s["ended"]) for s in vm_steps],
        "steps": [
            {"name": s["name"], "seconds": seconds(s["started"], s["ended"])} for s in done["steps"]
        ],
    }
    if writing:
        figures["writing_again_seconds"] = writing
        figures["groups_writing_again_seconds"] = [
            max(writing[g.name] for g in group) for group in groups
        ]
        figures["total_writing_again_seconds"] = max(writing.values())
    return figures


def make_guests(conn: Any, count: int, folder: Path, domain_type: str, boot: Any) -> list[Guest]:
    guests = []
    for _ in range(count):
        name = f"{GUEST_PREFIX}{uuid.uuid4().hex[:8]}"
        place = folder / name
        place.mkdir()
        disk = make_disk(place / "disk.qcow2")
        serial = place / "serial.log"
        xml = domain_xml(name, boot, disk, serial, domain_type=domain_type)
        guest = Guest(conn, name, disk, serial, xml)
        guests.append(guest)
        guest.define_and_start()
    for guest in guests:
        guest.wait_ready(timeout=120)
    return guests


def exercise(estate: ProcessEstate, guests: list[Guest], groups: list[list[Guest]]) -> dict:
    """The plan's jobs, one after the other; their figures by operation."""
    ids = estate.protect(guests)
    wait_until(lambda: all(len(estate.points(i)) >= 2 for i in ids), timeout=300)
    index = {g.name: i for g, i in zip(guests, ids, strict=True)}
    answer = estate.operator.api.post(
        "/api/v1/recovery-plans",
        json={
            "name": "Real RTO",
            "groups": [
                {"name": f"Tier {n + 1}", "item_ids": [index[g.name] for g in group]}
                for n, group in enumerate(groups)
            ],
        },
    )
    answer.raise_for_status()
    plan = answer.json()
    ops: dict[str, Any] = {}
    ops["test-failover"] = run(estate, plan, groups, "test-failover", {}, "-test")
    ops["test-failover-cleanup"] = run(
        estate, plan, groups, "test-failover-cleanup", {"notes": "benchmark"}
    )
    ops["planned-failover"] = run(estate, plan, groups, "planned-failover", {}, "-recovery")
    ops["cancel-failover"] = run(estate, plan, groups, "cancel-failover")
    newest = {i: len(estate.points(i)) for i in ids}
    wait_until(lambda: all(len(estate.points(i)) > newest[i] for i in ids), timeout=300)
    # The primary "site" goes down: its agent and its guests stop at once.
    assert estate.primary.proc is not None
    estate.primary.proc.kill()
    estate.primary.proc.wait(10)
    for guest in guests:
        guest.kill_qemu()
    ops["unplanned-failover"] = run(
        estate, plan, groups, "unplanned-failover", {"recovery_point": "latest"}, "-recovery"
    )
    return ops


def lab_figures(vms: int) -> dict[str, Any]:
    """benchmarks/failover.py for a plan of the same size, in this run."""
    with tempfile.TemporaryDirectory(prefix="standby-bench-lab-") as tmp:
        out = Path(tmp) / "failover.json"
        command = [sys.executable, str(ROOT / "benchmarks" / "failover.py"), "--vms", str(vms)]
        command += ["--groups", "2", "--out", str(out)]
        subprocess.run(
            command,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        return json.loads(out.read_text())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vms", type=int, default=3)
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open("qemu:///system")
    boot_folder = traversable_dir("standby-boot-")
    guests_folder = traversable_dir(GUEST_PREFIX)
    work = Path(tempfile.mkdtemp(prefix="standby-bench-plan-", dir="/var/tmp"))
    results: dict[str, Any] = {
        "benchmark": "libvirt_plan_rto",
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "vms": args.vms,
        "operations": {},
    }
    guests: list[Guest] = []
    try:
        boot = build_boot(boot_folder)
        kvm = kvm_candidate(conn) and boots_with(conn, boot, "kvm", timeout=8)
        results["domain_type"] = domain_type = "kvm" if kvm else "qemu"
        guests = make_guests(conn, args.vms, guests_folder, domain_type, boot)
        groups = [guests[:1], guests[1:]]
        with contextlib.contextmanager(process_estate)(work) as estate:
            results["operations"] = exercise(estate, guests, groups)
        results["lab"] = lab_figures(args.vms)
    finally:
        for guest in guests:
            remove_copies(conn, guest.name)
            guest.remove()
        conn.close()
        for folder in (boot_folder, guests_folder, work):
            subprocess.run(["rm", "-rf", str(folder)], check=False)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    return 0


def print_table(results: dict[str, Any]) -> None:
    lab = results["lab"]["operations"]
    print(f"\n{results['vms']} real VMs ({results['domain_type']}) in 2 groups; seconds")
    head = (
        f"{'operation':<22}{'job':>7}{'grp 1':>7}{'grp 2':>7}"
        f"{'write 1':>9}{'write 2':>9}{'write all':>10}{'lab job':>9}{'lab g1':>8}{'lab g2':>8}"
    )
    print(head)
    print("-" * len(head))
    for label, f in results["operations"].items():
        groups = [*f["groups_seconds"], None, None]
        writing = [*f.get("groups_writing_again_seconds", []), None, None]
        here = lab.get(label, {})
        lab_groups = [*here.get("groups_seconds", []), None, None]

        def cell(v: float | None, width: int) -> str:
            return f"{v:>{width}.2f}" if v is not None else f"{'-':>{width}}"

        print(
            f"{label:<22}{cell(f['total_seconds'], 7)}{cell(groups[0], 7)}{cell(groups[1], 7)}"
            f"{cell(writing[0], 9)}{cell(writing[1], 9)}"
            f"{cell(f.get('total_writing_again_seconds'), 10)}"
            f"{cell(here.get('total_seconds'), 9)}{cell(lab_groups[0], 8)}{cell(lab_groups[1], 8)}"
        )


if __name__ == "__main__":
    sys.exit(main())
