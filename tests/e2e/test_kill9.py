"""kill -9 of `standby lab` in the middle of recovery-plan jobs, at six different points, in a
bounded loop: after each restart (same --data, same --port) every job completes — restarted
once if it failed cleanly —, no item is left in an in-progress state, and the lab's auditor
finds every running disk intact and crash-consistent. Through the API only, with the lab as a
real subprocess killed with SIGKILL."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.lab_process import LabProcess
from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]
GROUPS = [["sql-01", "erp-app-01"], ["web-01", "web-02"]]
BUSY_REPLICATION = {
    "enabling-protection",
    "failover-in-progress",
    "reverse-replicating",
    "disabling-protection",
    "resynchronizing",
}
BUSY_TEST = {"running", "cleaning-up"}
FINISHED = {"succeeded", "failed", "cancelled"}


class Api:
    def __init__(self, lab: LabProcess) -> None:
        self.lab = lab
        self.client: httpx.Client | None = None
        self.connect()

    def connect(self) -> None:
        if self.client is not None:
            self.client.close()
        self.client = httpx.Client(
            base_url=self.lab.url,
            headers={"Authorization": f"Bearer {self.lab.token}"},
            timeout=30,
        )

    def get(self, path: str, **params: Any) -> Any:
        assert self.client is not None
        answer = self.client.get(path, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def post(self, path: str, body: dict | None = None, status: int = 202) -> Any:
        assert self.client is not None
        answer = self.client.post(path, json=body or {})
        assert answer.status_code == status, answer.text
        return answer.json()

    def put(self, path: str, body: dict) -> Any:
        assert self.client is not None
        answer = self.client.put(path, json=body)
        assert answer.status_code == 200, answer.text
        return answer.json()


def wait_until(predicate: Callable[[], Any], timeout: float = 60.0, every: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("condition not met in time")


@pytest.fixture
def lab(tmp_path: Path):
    running = LabProcess(tmp_path / "lab", free_port())
    running.folder.mkdir()
    running.start()
    yield running
    running.stop()


def finish(api: Api, job_id: str, restarts: int = 2) -> dict:
    """Follow a job to its end, doing its manual actions; a job that failed cleanly is
    restarted (its steps are idempotent) up to `restarts` times."""

    def ended() -> dict | None:
        job = api.get(f"/api/v1/jobs/{job_id}")
        if job["state"] == "waiting":
            api.post(f"/api/v1/jobs/{job_id}/resume", status=200)
        return job if job["state"] in FINISHED else None

    for attempt in range(restarts + 1):
        job = wait_until(ended, timeout=120)
        if job["state"] != "failed" or attempt == restarts:
            break
        api.post(f"/api/v1/jobs/{job_id}/restart", status=200)
    assert job["state"] == "succeeded", (job["error"], job["steps"])
    assert all(s["state"] == "succeeded" for s in job["steps"]), job["steps"]
    return job


def kill_during(lab: LabProcess, api: Api, job_id: str, step: int, delay: float) -> str:
    """SIGKILL the lab once the job's step `step` is in progress (or waiting), `delay`
    seconds after; returns where the job stood when the process died."""

    def at_step() -> dict | None:
        job = api.get(f"/api/v1/jobs/{job_id}")
        states = [s["state"] for s in job["steps"]]
        if job["state"] == "waiting" and states.index("in-progress") < step:
            api.post(f"/api/v1/jobs/{job_id}/resume", status=200)  # a manual action before
        started = states[step] in ("in-progress", "waiting", "succeeded", "failed")
        return job if started or job["state"] in FINISHED else None

    job = wait_until(at_step, timeout=60, every=0.01)
    time.sleep(delay)
    lab.kill()
    return f"{job['state']} at step {step} ({job['steps'][step]['name']}) +{delay}s"


def restart(lab: LabProcess, api: Api) -> None:
    lab.start()
    api.connect()


def check_items(api: Api, ids: list[str], test_copies: bool = False) -> list[dict]:
    items = [api.get(f"/api/v1/protected-items/{i}") for i in ids]
    for item in items:
        assert item["replication_state"] not in BUSY_REPLICATION, item
        assert item["test_failover_state"] not in BUSY_TEST, item
        report = api.get(f"/api/v1/lab/protected-items/{item['id']}/audit", which="active")
        assert report["intact"] and report["crash_consistent"], report
        if test_copies:
            report = api.get(f"/api/v1/lab/protected-items/{item['id']}/audit", which="test")
            assert report["intact"] and report["crash_consistent"], report
    return items


def test_kill_9_in_the_middle_of_plan_failovers(lab: LabProcess) -> None:
    started = time.monotonic()
    api = Api(lab)
    inventory = api.get("/api/v1/inventory")
    vm_ids = {v["name"]: v["id"] for v in inventory["vms"]}
    host_of_vm = {v["id"]: v["host_id"] for v in inventory["vms"]}
    cloud_of_host = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
    pairing_of = {p["primary_cloud_id"]: p["id"] for p in inventory["pairings"]}
    # 30 s cycles (half a second at ×60) and modest guests.
    policy = inventory["policies"][0]
    spec_fields = (
        "name",
        "recovery_point_retention_hours",
        "app_consistent_frequency_hours",
        "compression",
        "delete_replica_on_disable",
    )
    spec = {k: policy[k] for k in spec_fields}
    spec.update(copy_frequency_seconds=30, recovery_point_retention_hours=2)
    spec["app_consistent_frequency_hours"] = 1
    api.put(f"/api/v1/policies/{policy['id']}", spec)
    names = [n for g in GROUPS for n in g]
    for name in names:
        api.put(f"/api/v1/lab/vms/{vm_ids[name]}/write-rate", {"writes_per_second": 4})

    jobs = []
    for name in names:
        vm_id = vm_ids[name]
        pairing = pairing_of[cloud_of_host[host_of_vm[vm_id]]]
        jobs.append(api.post("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing}))
    item_of = {}
    for job in jobs:
        done = finish(api, job["id"])
        item_of[done["object_name"]] = done["object_id"]
    ids = [item_of[n] for n in names]
    wait_until(
        lambda: all(len(api.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2 for i in ids)
    )
    plan = api.post(
        "/api/v1/recovery-plans",
        {
            "name": "Kill nine",
            "groups": [
                {
                    "name": "Back end",
                    "item_ids": [item_of[n] for n in GROUPS[0]],
                    "post_actions": [
                        {"kind": "manual", "name": "Check", "instructions": "Look at it."}
                    ],
                },
                {
                    "name": "Front end",
                    "item_ids": [item_of[n] for n in GROUPS[1]],
                    "pre_actions": [
                        {"kind": "script", "name": "Announce", "command": "echo $STANDBY_GROUP"}
                    ],
                },
            ],
        },
        status=201,
    )
    path = f"/api/v1/recovery-plans/{plan['id']}"
    # Steps of a failover job: 0 group 1, 1 its manual action, 2 group 2's script, 3 group 2;
    # planned failover and failback have "Shut down the VMs" first.
    kills: list[str] = []

    def operate(op: str, body: dict | None, kill_at: list[tuple[int, float]]) -> dict:
        job = api.post(f"{path}/{op}", body)
        for step, delay in kill_at:
            kills.append(f"{op}: " + kill_during(lab, api, job["id"], step, delay))
            restart(lab, api)
        done = finish(api, job["id"])
        assert not api.get(path)["state"].endswith("running")
        return done

    # 1. A drill, killed while group 1 starts its test copies.
    operate("test-failover", {"network_id": "net-ams-test"}, [(0, 0.0)])
    check_items(api, ids, test_copies=True)
    operate("test-failover-cleanup", {"notes": "Answered after a kill -9."}, [])
    assert {i["test_failover_state"] for i in check_items(api, ids)} == {"none"}

    # 2. Planned failover, killed twice: while shutting down, then while waiting on the
    #    manual action.
    done = operate("planned-failover", None, [(0, 0.05), (2, 0.2)])
    for item in check_items(api, ids):
        assert (item["replication_state"], item["active_location"]) == ("failed-over", "recovery")
        assert done["result"]["items"][item["id"]]["writes_lost"] == 0
        report = api.get(f"/api/v1/lab/protected-items/{item['id']}/audit", which="active")
        assert report["writes_lost"] == 0, report
    operate("commit", None, [])

    # 3. Reverse replication, killed while group 1 turns its pairs around.
    operate("reverse-replication", None, [(0, 0.02)])
    for item in check_items(api, ids):
        assert (item["replication_state"], item["active_location"]) == ("protected", "recovery")

    # 4. Failback, killed in the middle of group 2.
    operate("failback", None, [(4, 0.05)])
    for item in check_items(api, ids):
        assert (item["replication_state"], item["active_location"]) == ("protected", "primary")
        assert item["source_host_id"].startswith("host-sto-")

    # 5. Unplanned failover, killed while group 1 fails over.
    wait_until(
        lambda: all(len(api.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2 for i in ids)
    )
    operate("unplanned-failover", {"recovery_point": "latest"}, [(0, 0.15)])
    for item in check_items(api, ids):
        assert item["active_location"] == "recovery" and item["fenced"], item
    operate("commit", None, [])
    operate("reverse-replication", {"accept_data_loss": True}, [])
    for item in check_items(api, ids):
        assert (item["replication_state"], item["active_location"]) == ("protected", "recovery")

    # Replication goes on in the new direction after all of it.
    points = {i: len(api.get(f"/api/v1/protected-items/{i}/recovery-points")) for i in ids}
    wait_until(
        lambda: all(
            len(api.get(f"/api/v1/protected-items/{i}/recovery-points")) > points[i] for i in ids
        )
    )
    jobs = api.get("/api/v1/jobs")
    listed = jobs["items"] if isinstance(jobs, dict) else jobs
    assert all(j["state"] in FINISHED for j in listed), [j for j in listed if j["state"]]
    assert len(kills) >= 5, kills
    assert lab.starts == len(kills) + 1
    print(f"{len(kills)} kills in {time.monotonic() - started:.0f} s:", *kills, sep="\n  ")
