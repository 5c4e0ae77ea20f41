"""The whole failover family on a recovery plan, through the API only, in the lab:
drill, planned failover, commit, reverse replication, failback, then a site outage with an
unplanned failover, fencing and reverse replication. Every claim about data is the auditor's."""

from __future__ import annotations

import time

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer

GROUPS = [["sql-01", "sql-02"], ["erp-app-01", "erp-app-02"], ["web-01", "web-02"]]


def test_a_plan_through_drill_failover_failback_and_a_site_outage(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    inventory = op.get("/api/v1/inventory")
    vm_ids = {v["name"]: v["id"] for v in inventory["vms"]}
    pairing_of = {p["primary_cloud_id"]: p["id"] for p in inventory["pairings"]}
    cloud_of_host = {h["id"]: h["cloud_id"] for h in inventory["hosts"]}
    host_of_vm = {v["id"]: v["host_id"] for v in inventory["vms"]}

    # Protect the six VMs.
    enabling = []
    for name in [n for group in GROUPS for n in group]:
        vm_id = vm_ids[name]
        pairing = pairing_of[cloud_of_host[host_of_vm[vm_id]]]
        enabling.append(
            op.start("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing})
        )
    item_of = {}
    for job in enabling:
        done = op.finish(job)
        item_of[done["object_name"]] = done["object_id"]
    ids = [item_of[n] for group in GROUPS for n in group]
    wait_until(
        lambda: all(len(op.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2 for i in ids)
    )

    plan = op.api.post(
        "/api/v1/recovery-plans",
        json={
            "name": "ERP estate",
            "groups": [
                {
                    "name": "Databases",
                    "item_ids": [item_of[n] for n in GROUPS[0]],
                    "pre_actions": [
                        {
                            "kind": "script",
                            "name": "Announce",
                            "command": "echo group $STANDBY_GROUP of $STANDBY_PLAN: "
                            "$STANDBY_OPERATION",
                        }
                    ],
                },
                {
                    "name": "Application",
                    "item_ids": [item_of[n] for n in GROUPS[1]],
                    "post_actions": [
                        {
                            "kind": "manual",
                            "name": "Check ERP",
                            "instructions": "Log in to the ERP and open an order.",
                        }
                    ],
                },
                {"name": "Web", "item_ids": [item_of[n] for n in GROUPS[2]]},
            ],
        },
    )
    assert plan.status_code == 201, plan.text
    plan_id = plan.json()["id"]
    plan_path = f"/api/v1/recovery-plans/{plan_id}"

    # A drill into the isolated network: the manual action waits until resumed.
    job = op.start(f"{plan_path}/test-failover", {"network_id": "net-ams-test"})
    waiting = wait_until(
        lambda: (j := op.get(f"/api/v1/jobs/{job['id']}"))["state"] == "waiting" and j
    )
    assert "Check ERP" in next(
        s["name"]
        for s in waiting["steps"]
        if s["state"] == "waiting" or s["state"] == "in-progress"
    )
    done = op.finish(job)
    assert "group 1 of ERP estate: test-failover" in done["steps"][0]["output"]
    assert op.get(plan_path)["state"] == "cleanup pending"
    for item in op.items(ids):
        assert item["test_failover_state"] == "cleanup-pending"
        assert item["replication_state"] == "protected"
        report = op.audit(item["id"], "test")
        assert report["intact"] and report["crash_consistent"], report

    assert op.api.post(f"{plan_path}/test-failover-cleanup", json={}).status_code == 422
    cleanup = op.finish(op.start(f"{plan_path}/test-failover-cleanup", {"notes": "ERP answered."}))
    # Cleanup removes test VMs only: the plan's scripts and manual steps do not run again.
    assert [s["name"].split(": ")[1] for s in cleanup["steps"]] == [
        f"test-failover-cleanup of {len(g)} VM(s)" for g in GROUPS
    ]
    assert all(i["test_failover_state"] == "none" for i in op.items(ids))

    # Planned failover: no data loss, by the auditor.
    done = op.finish(op.start(f"{plan_path}/planned-failover"))
    assert done["steps"][0]["name"] == "Shut down the VMs"
    for item in op.items(ids):
        assert (item["replication_state"], item["active_location"]) == ("failed-over", "recovery")
        report = op.audit(item["id"], "active")
        assert report["intact"] and report["crash_consistent"] and report["writes_lost"] == 0
        assert done["result"]["items"][item["id"]]["writes_lost"] == 0

    op.finish(op.start(f"{plan_path}/commit"))
    assert {i["replication_state"] for i in op.items(ids)} == {"failover-committed"}
    op.finish(op.start(f"{plan_path}/reverse-replication"))
    assert {(i["replication_state"], i["active_location"]) for i in op.items(ids)} == {
        ("protected", "recovery")
    }

    # Failback: planned failover home, then reverse replication again.
    op.finish(op.start(f"{plan_path}/failback"))
    for item in op.items(ids):
        assert (item["replication_state"], item["active_location"]) == ("protected", "primary")
        assert item["source_host_id"].startswith("host-sto-")
        report = op.audit(item["id"], "active")
        assert report["intact"] and report["crash_consistent"] and report["writes_lost"] == 0

    # The primary site goes dark: unplanned failover to the latest point.
    wait_until(
        lambda: all(len(op.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2 for i in ids)
    )
    time.sleep(1.0)  # let the guests write past the newest point
    assert op.api.post("/api/v1/lab/sites/site-sto/down").status_code == 200
    done = op.finish(op.start(f"{plan_path}/unplanned-failover", {"recovery_point": "latest"}))
    for item in op.items(ids):
        assert item["active_location"] == "recovery" and item["fenced"]
        report = op.audit(item["id"], "active")
        assert report["intact"] and report["crash_consistent"], report
        assert done["result"]["items"][item["id"]]["writes_lost"] == report["writes_lost"]

    # The site returns: the fenced copies stay off.
    assert op.api.post("/api/v1/lab/sites/site-sto/up").status_code == 200
    inventory = op.get("/api/v1/inventory")
    sto_hosts = {h["id"] for h in inventory["hosts"] if h["cloud_id"].startswith("cloud-sto")}
    running_on_sto = [
        v
        for v in inventory["vms"]
        if v["host_id"] in sto_hosts
        and v["id"] in {vm_ids[n] for g in GROUPS for n in g}
        and v["power_state"] == "running"
    ]
    assert running_on_sto == []

    # Reverse replication refuses to overwrite unreplicated writes unless told to.
    lost = {i: done["result"]["items"][i]["writes_lost"] for i in ids}
    assert any(lost.values()), "the guests wrote after the newest point: some writes are lost"
    victim = next(i for i, n in lost.items() if n)
    refused = op.api.post(f"/api/v1/protected-items/{victim}/reverse-replication", json={})
    assert refused.status_code == 409, refused.text
    assert refused.json()["discarded_writes"] > 0
    op.finish(op.start(f"{plan_path}/commit"))
    op.finish(op.start(f"{plan_path}/reverse-replication", {"accept_data_loss": True}))
    assert {(i["replication_state"], i["active_location"]) for i in op.items(ids)} == {
        ("protected", "recovery")
    }
