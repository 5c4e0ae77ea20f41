"""Failover benchmark: RTO of a recovery plan of 100 lab VMs, per group and in total.

An in-process control plane (uvicorn on 127.0.0.1, SQLite) over a lab estate of --vms VMs with
small disks (--disk-mib, one disk each but the twelve standard VMs') and a low guest write
rate; every VM is protected, a plan of --groups groups is created, and these plan jobs run one
after the other through the API:

    test failover, test-failover cleanup, planned failover, commit, reverse replication,
    failback, and — after taking the primary site down — unplanned failover.

RTO is read from the jobs' own step timestamps: per group, the group's step (its VMs in
parallel, bounded by PARALLEL_VMS in app/server/plans.py); in total, from the job's start to
its end (a planned failover's "Shut down the VMs" step included). Target: unplanned failover
of the whole plan in at most 30 s. Results go to benchmarks/results/failover.json. Timings are
never asserted in tests.

    .venv/bin/python benchmarks/failover.py            # 100 VMs, 4 groups (~1-2 minutes)
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.lab.clock import LabClock
from app.lab.estate import MIB, default_estate
from app.lab.fabric import LabFabric
from app.server import plans
from app.server.context import Settings
from tests.support.server import RunningServer

RESULTS = Path(__file__).resolve().parent / "results" / "failover.json"
TARGET_UNPLANNED_SECONDS = 30.0
FINISHED = {"succeeded", "failed", "cancelled"}


def seconds(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


class Bench:
    def __init__(self, server: RunningServer) -> None:
        self.api = httpx.Client(
            base_url=server.url, headers=server.headers("operator"), timeout=120
        )

    def get(self, path: str, **params: Any) -> Any:
        answer = self.api.get(path, params=params)
        answer.raise_for_status()
        return answer.json()

    def post(self, path: str, body: dict | None = None) -> Any:
        answer = self.api.post(path, json=body or {})
        if answer.status_code >= 400:
            raise RuntimeError(f"POST {path}: {answer.status_code} {answer.text}")
        return answer.json()

    def wait(self, job_id: str, timeout: float = 600) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self.get(f"/api/v1/jobs/{job_id}")
            if job["state"] in FINISHED:
                if job["state"] != "succeeded":
                    raise RuntimeError(f"job {job['operation']} {job['state']}: {job['error']}")
                return job
            time.sleep(0.05)
        raise TimeoutError(job_id)


def figures(job: dict) -> dict[str, Any]:
    steps = [
        {"name": s["name"], "seconds": seconds(s["started"], s["ended"])} for s in job["steps"]
    ]
    groups = [s for s in steps if s["name"].startswith("Group ")]
    return {
        "total_seconds": seconds(job["started"], job["ended"]),
        "queued_seconds": seconds(job["created"], job["started"]),
        "groups_seconds": [g["seconds"] for g in groups],
        "steps": steps,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vms", type=int, default=100)
    parser.add_argument("--groups", type=int, default=4)
    parser.add_argument("--disk-mib", type=int, default=4)
    parser.add_argument("--write-rate", type=float, default=1.0, help="writes/s per guest")
    parser.add_argument("--clock", type=float, default=60.0, help="lab clock factor")
    parser.add_argument("--parallel", type=int, help="override PARALLEL_VMS for this run")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    if args.parallel:
        plans.PARALLEL_VMS = args.parallel

    folder = Path(tempfile.mkdtemp(prefix="standby-failover-bench-"))
    estate = default_estate(extra_vms=max(args.vms - 12, 0), disk_size=args.disk_mib * MIB)
    estate.vms = estate.vms[: args.vms]
    for vm in estate.vms:
        vm.writes_per_second = args.write_rate

    def fabric() -> LabFabric:
        return LabFabric(estate=estate, clock=LabClock(args.clock), folder=folder / "lab")

    server = RunningServer(
        f"sqlite+aiosqlite:///{folder / 'vault.db'}",
        fabric_factory=fabric,
        settings=Settings(heartbeat_seconds=5.0, sync_interval_seconds=2.0),
    ).start()
    from app.cli import seed_lab

    server.call(lambda: seed_lab(server.ctx))
    bench = Bench(server)
    results: dict[str, Any] = {
        "when": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "vms": args.vms,
        "groups": args.groups,
        "disk_mib": args.disk_mib,
        "write_rate_per_vm": args.write_rate,
        "clock_factor": args.clock,
        "parallel_vms": plans.PARALLEL_VMS,
        "operations": {},
    }
    try:
        inventory = bench.get("/api/v1/inventory")
        pairing_of = {p["primary_cloud_id"]: p["id"] for p in inventory["pairings"]}
        cloud_of_host = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
        vms = [v for v in inventory["vms"]]
        t0 = time.monotonic()
        jobs = [
            bench.post(
                "/api/v1/protected-items",
                {"vm_id": v["id"], "pairing_id": pairing_of[cloud_of_host[v["host_id"]]]},
            )
            for v in vms
        ]
        items = [bench.wait(j["id"])["object_id"] for j in jobs]
        results["protect_all_seconds"] = round(time.monotonic() - t0, 2)
        print(f"protected {len(items)} VMs in {results['protect_all_seconds']} s", flush=True)

        size = -(-len(items) // args.groups)
        groups = [
            {"name": f"Tier {g + 1}", "item_ids": items[g * size : (g + 1) * size]}
            for g in range(args.groups)
        ]
        plan = bench.post("/api/v1/recovery-plans", {"name": "Benchmark", "groups": groups})
        path = f"/api/v1/recovery-plans/{plan['id']}"

        def run(label: str, op: str, body: dict | None = None) -> dict:
            job = bench.wait(bench.post(f"{path}/{op}", body)["id"])
            results["operations"][label] = figures(job)
            f = results["operations"][label]
            per_group = ", ".join(f"{s:.2f}" for s in f["groups_seconds"])
            print(
                f"{label:<22} total {f['total_seconds']:6.2f} s   groups [{per_group}]", flush=True
            )
            return job

        run("test-failover", "test-failover", {"network_id": "net-ams-test"})
        run("test-failover-cleanup", "test-failover-cleanup", {"notes": "benchmark"})
        run("planned-failover", "planned-failover")
        run("commit", "commit")
        run("reverse-replication", "reverse-replication")
        run("failback", "failback")
        bench.post("/api/v1/lab/sites/site-sto/down")
        run("unplanned-failover", "unplanned-failover", {"recovery_point": "latest"})
        lost = [
            v.get("writes_lost") or 0
            for v in bench.get(f"/api/v1/jobs/{plan_job_id(bench, plan['id'])}")["result"][
                "items"
            ].values()
        ]
        results["unplanned_writes_lost_total"] = sum(lost)
    finally:
        server.stop()

    total = results["operations"]["unplanned-failover"]["total_seconds"]
    results["target"] = {
        "unplanned_total_seconds": TARGET_UNPLANNED_SECONDS,
        "achieved_seconds": total,
        "met": total is not None and total <= TARGET_UNPLANNED_SECONDS,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    return 0


def plan_job_id(bench: Bench, plan_id: str) -> str:
    return bench.get(f"/api/v1/recovery-plans/{plan_id}")["current_job_id"]


def print_table(results: dict[str, Any]) -> None:
    ops = results["operations"]
    groups = results["groups"]
    head = f"{'operation':<22}{'total s':>9}" + "".join(
        f"{f'group {g + 1}':>10}" for g in range(groups)
    )
    print(f"\n{results['vms']} VMs in {groups} groups, PARALLEL_VMS={results['parallel_vms']}")
    print(head)
    print("-" * len(head))
    for label, f in ops.items():
        cells = "".join(f"{s:>10.2f}" for s in f["groups_seconds"])
        print(f"{label:<22}{f['total_seconds']:>9.2f}{cells}")
    t = results["target"]
    print(
        f"\nunplanned failover: {t['achieved_seconds']:.2f} s "
        f"(target <= {t['unplanned_total_seconds']:.0f} s: {'met' if t['met'] else 'MISSED'})"
    )


if __name__ == "__main__":
    sys.exit(main())
