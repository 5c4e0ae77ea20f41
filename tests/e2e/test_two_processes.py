"""Two `standby lab` processes on one PostgreSQL vault and one lab folder: a follower of
process B sees a change made through process A; A is killed with SIGKILL in the middle of a
recovery plan's planned failover, and B — which takes over the estate from the lab's saved
state once A's lock on the folder is gone, and the job once A's lease has expired — finishes
it with no data lost. Then the other way round: A comes back as the waiting process, B dies
in the middle of reverse replication, and A finishes it. Through the API only, with real
subprocesses."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.test_kill9 import Api, check_items, finish, kill_during, wait_until
from tests.server.test_api_feed import parse_sse
from tests.support.lab_process import LabProcess
from tests.support.postgres import PostgresCluster
from tests.support.server import free_port

ROOT = Path(__file__).resolve().parents[2]
LEASE_SECONDS = 3


@pytest.fixture
def labs(
    postgres_cluster: PostgresCluster, tmp_path: Path
) -> Iterator[tuple[LabProcess, LabProcess]]:
    url = postgres_cluster.create_database()
    folder = tmp_path / "lab"
    folder.mkdir()
    a = LabProcess(folder, free_port(), "a", url, LEASE_SECONDS).start()  # takes the estate
    b = LabProcess(folder, free_port(), "b", url, LEASE_SECONDS).start()  # waits for the estate
    yield a, b
    b.stop()
    a.stop()
    postgres_cluster.drop_database(url)


def follow(lab: LabProcess, after: int, wanted: str, seen: list[dict]) -> threading.Thread:
    """Follow B's SSE feed until a change of object `wanted` arrives (bounded by a timeout)."""

    def run() -> None:
        headers = {"Authorization": f"Bearer {lab.token}"}
        timeout = httpx.Timeout(60, read=30)
        with (
            httpx.Client(timeout=timeout) as client,
            client.stream("GET", f"{lab.url}/api/v1/events?after={after}", headers=headers) as r,
        ):
            for frame in parse_sse(r.iter_lines()):
                if frame.event == "change":
                    seen.append(frame.data)
                    if frame.data["id"] == wanted:
                        return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_second_process_follows_changes_and_finishes_a_killed_processes_failover(
    labs: tuple[LabProcess, LabProcess],
) -> None:
    a, b = labs
    api_a, api_b = Api(a), Api(b)  # Api takes .url and .token
    assert api_a.get("/healthz")["process"] == "a"
    assert api_b.get("/healthz")["process"] == "b"

    # 1. A follower on B sees a change made through A, in revision order.
    inventory = api_a.get("/api/v1/inventory")
    policy = inventory["policies"][0]
    spec = {
        k: policy[k]
        for k in (
            "name",
            "recovery_point_retention_hours",
            "app_consistent_frequency_hours",
            "compression",
            "delete_replica_on_disable",
        )
    }
    spec.update(copy_frequency_seconds=30, recovery_point_retention_hours=2)
    spec["app_consistent_frequency_hours"] = 1
    seen: list[dict] = []
    follower = follow(b, inventory["revision"], policy["id"], seen)
    time.sleep(0.2)  # let it connect; a late start only replays from `after`
    api_a.put(f"/api/v1/policies/{policy['id']}", spec)
    follower.join(60)
    assert seen and seen[-1]["id"] == policy["id"], seen
    assert seen[-1]["object"]["copy_frequency_seconds"] == 30
    revisions = [c["revision"] for c in seen]
    assert revisions == list(range(inventory["revision"] + 1, revisions[-1] + 1))

    # 2. Protect two VMs through A and group them into a plan.
    vm_ids = {v["name"]: v["id"] for v in inventory["vms"]}
    host_of_vm = {v["id"]: v["host_id"] for v in inventory["vms"]}
    cloud_of_host = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
    pairing_of = {p["primary_cloud_id"]: p["id"] for p in inventory["pairings"]}
    ids = []
    for name in ("sql-01", "web-01"):
        vm_id = vm_ids[name]
        api_a.put(f"/api/v1/lab/vms/{vm_id}/write-rate", {"writes_per_second": 4})
        pairing = pairing_of[cloud_of_host[host_of_vm[vm_id]]]
        job = api_a.post("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing})
        ids.append(finish(api_a, job["id"], restarts=0)["object_id"])
    wait_until(
        lambda: all(
            len(api_a.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2 for i in ids
        )
    )
    # A manual post-action holds the failover job open after its VMs' step, so A always dies
    # with the job unfinished (two small VMs fail over faster than the kill's delay).
    check = {"kind": "manual", "name": "Check", "instructions": "Look at it."}
    group = {"name": "All", "item_ids": ids, "post_actions": [check]}
    plan = api_a.post(
        "/api/v1/recovery-plans", {"name": "Scale-out", "groups": [group]}, status=201
    )

    # 3. Planned failover through A; A dies while the group fails over (step 1, after the
    #    shutdown). B takes over the estate and the job, and finishes it.
    job = api_a.post(f"/api/v1/recovery-plans/{plan['id']}/planned-failover")
    where = kill_during(a, api_a, job["id"], 1, 0.05)  # type: ignore[arg-type]
    done = finish(api_b, job["id"], restarts=0)
    assert all(s["state"] == "succeeded" for s in done["steps"]), (where, done["steps"])
    # A may have finished the job just before it died: then B is still taking the estate
    # over (the lock, then the estate from its saved state) when the job reads as done.
    wait_until(lambda: api_b.get("/api/v1/vault")["lab"], timeout=60)
    for item in check_items(api_b, ids):
        assert (item["replication_state"], item["active_location"]) == ("failed-over", "recovery")
        assert done["result"]["items"][item["id"]]["writes_lost"] == 0, where
        report = api_b.get(f"/api/v1/lab/protected-items/{item['id']}/audit", which="active")
        assert report["writes_lost"] == 0, report

    # B's metrics tell it took the job over.
    assert api_b.client is not None
    metrics = api_b.client.get("/metrics").text
    taken = re.search(r'standby_process_jobs_taken_over\{process="b"\} (\S+)', metrics)
    assert taken and float(taken.group(1)) >= 1, metrics

    # 4. The other way round: A comes back (and waits for the estate), B commits, then dies
    #    while reverse replication turns the pairs around; A finishes it.
    a2 = LabProcess(a.folder, free_port(), "a2", a.db_url, LEASE_SECONDS).start()
    try:
        api_a2 = Api(a2)
        finish(api_b, api_b.post(f"/api/v1/recovery-plans/{plan['id']}/commit")["id"], 0)
        job = api_b.post(f"/api/v1/recovery-plans/{plan['id']}/reverse-replication")
        where = kill_during(b, api_b, job["id"], 0, 0.02)  # type: ignore[arg-type]
        done = finish(api_a2, job["id"], restarts=0)
        assert all(s["state"] == "succeeded" for s in done["steps"]), (where, done["steps"])
        wait_until(lambda: api_a2.get("/api/v1/vault")["lab"], timeout=60)  # as above
        for item in check_items(api_a2, ids):
            assert (item["replication_state"], item["active_location"]) == (
                "protected",
                "recovery",
            )
        listed = api_a2.get("/api/v1/jobs")
    finally:
        a2.stop()
    listed = listed["items"] if isinstance(listed, dict) else listed
    assert all(j["state"] in ("succeeded", "failed", "cancelled") for j in listed), json.dumps(
        [j for j in listed if j["state"] not in ("succeeded",)]
    )
