"""One protected item through the API: refusals from the operation table, a conflicting
second operation, unplanned failover to a listed point, change of point, cancel; and
recovery-plan validation."""

from __future__ import annotations

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer


def protect(op: Operator, vm_id: str, cloud: str) -> str:
    pairing = next(p for p in op.get("/api/v1/pairings") if p["primary_cloud_id"] == cloud)
    job = op.finish(
        op.start("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing["id"]})
    )
    return job["object_id"]


def test_listed_point_change_of_point_and_cancel(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    item_id = protect(op, "vm-sql-02", "cloud-sto-gold")
    path = f"/api/v1/protected-items/{item_id}"
    points = wait_until(lambda: len(p := op.get(f"{path}/recovery-points")) >= 3 and p)

    # The operation table refuses with its reason; bad requests name their field.
    refused = op.api.post(f"{path}/commit", json={})
    assert refused.status_code == 409 and "protected" in refused.json()["detail"]
    bad = op.api.post(f"{path}/unplanned-failover", json={"recovery_point": "listed"})
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "recovery_point_id"
    unknown = op.api.post(
        f"{path}/unplanned-failover",
        json={"recovery_point": "listed", "recovery_point_id": "rp-nowhere"},
    )  # well-formed, but the vault holds no such point: 409 naming the field
    assert unknown.status_code == 409
    assert unknown.json()["errors"][0]["field"] == "recovery_point_id"

    # Fail over to an older listed point (newest first in the list), then change to the newest.
    older, newest = points[-1], points[0]
    job = op.start(
        f"{path}/unplanned-failover",
        {"recovery_point": "listed", "recovery_point_id": older["id"], "shut_down_source": True},
    )
    busy = op.api.post(f"{path}/commit", json={})
    assert busy.status_code == 409 and busy.json()["job_id"] == job["id"]
    done = op.finish(job)
    assert done["result"]["recovery_point_id"] == older["id"]
    first_loss = done["result"]["writes_lost"]
    item = op.get(path)
    assert (item["replication_state"], item["active_location"]) == ("failed-over", "recovery")

    changed = op.finish(
        op.start(f"{path}/change-recovery-point", {"recovery_point_id": newest["id"]})
    )
    assert changed["result"]["recovery_point_id"] == newest["id"]
    assert changed["result"]["writes_lost"] <= first_loss
    report = op.audit(item_id, "active")
    assert report["intact"] and report["crash_consistent"], report

    op.finish(op.start(f"{path}/cancel-failover"))
    item = op.get(path)
    assert (item["replication_state"], item["active_location"]) == ("protected", "primary")
    wait_until(lambda: op.get(path)["successful_cycles"] >= 1)


def test_recovery_plan_validation(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    a = protect(op, "vm-web-01", "cloud-sto-silver")
    b = protect(op, "vm-web-02", "cloud-sto-silver")
    plans = "/api/v1/recovery-plans"

    not_protected = op.api.post(
        plans, json={"name": "P", "groups": [{"name": "G", "item_ids": ["vm-web-01"]}]}
    )
    assert not_protected.status_code == 409
    assert not_protected.json()["errors"][0]["field"] == "groups.0.item_ids"
    twice = op.api.post(
        plans,
        json={
            "name": "P",
            "groups": [{"name": "G1", "item_ids": [a]}, {"name": "G2", "item_ids": [a, b]}],
        },
    )
    assert twice.status_code == 422 and "group 1" in twice.json()["detail"]
    no_timeout = op.api.post(
        plans,
        json={
            "name": "P",
            "groups": [
                {
                    "name": "G",
                    "item_ids": [a],
                    "pre_actions": [
                        {"kind": "script", "name": "x", "command": "true", "timeout_seconds": 0}
                    ],
                }
            ],
        },
    )
    assert no_timeout.status_code == 422

    made = op.api.post(plans, json={"name": "Web", "groups": [{"name": "G", "item_ids": [a]}]})
    assert made.status_code == 201
    plan = made.json()
    assert plan["state"] == "ready"
    assert op.api.post(plans, json={"name": "web", "groups": []}).status_code == 409
    replaced = op.api.put(
        f"{plans}/{plan['id']}", json={"name": "Web", "groups": [{"name": "G", "item_ids": [a, b]}]}
    )
    assert replaced.status_code == 200 and replaced.json()["groups"][0]["item_ids"] == [a, b]

    # While a plan job waits on a manual action the plan cannot be deleted; cancel ends it.
    op.api.put(
        f"{plans}/{plan['id']}",
        json={
            "name": "Web",
            "groups": [
                {
                    "name": "G",
                    "item_ids": [a, b],
                    "pre_actions": [
                        {"kind": "manual", "name": "Call the DBA", "instructions": "Ask for a go."}
                    ],
                }
            ],
        },
    )
    job = op.start(f"{plans}/{plan['id']}/test-failover")
    wait_until(lambda: op.get(f"/api/v1/jobs/{job['id']}")["state"] == "waiting")
    busy = op.api.delete(f"{plans}/{plan['id']}")
    assert busy.status_code == 409 and busy.json()["job_id"] == job["id"]
    assert op.api.post(f"/api/v1/jobs/{job['id']}/cancel").status_code == 200
    wait_until(lambda: op.get(f"/api/v1/jobs/{job['id']}")["state"] == "cancelled")
    assert {i["test_failover_state"] for i in op.items([a, b])} == {"none"}

    # A script that fails fails the plan job, with its output kept.
    op.api.put(
        f"{plans}/{plan['id']}",
        json={
            "name": "Web",
            "groups": [
                {
                    "name": "G",
                    "item_ids": [a, b],
                    "pre_actions": [
                        {"kind": "script", "name": "Check", "command": "echo checking; exit 3"}
                    ],
                }
            ],
        },
    )
    job = op.start(f"{plans}/{plan['id']}/test-failover")
    ended = wait_until(
        lambda: (j := op.get(f"/api/v1/jobs/{job['id']}"))["state"] in ("failed", "succeeded") and j
    )
    assert ended["state"] == "failed"
    assert "exited with status 3" in ended["error"]
    assert "checking" in ended["steps"][0]["output"]
    assert {i["test_failover_state"] for i in op.items([a, b])} == {"none"}
    assert ended["allowed_actions"] == ["restart"]
    assert op.api.delete(f"{plans}/{plan['id']}").status_code == 204
