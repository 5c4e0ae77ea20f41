"""IP customization in the lab: a failover gives each VM the address its network mapping's
rules say, in the inventory, the job's record and the audit; cancel gives the old one back."""

from __future__ import annotations

from typing import Any

from tests.e2e.test_item_operations import protect
from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer


def vm(op: Operator, vm_id: str) -> dict[str, Any]:
    return next((v for v in op.get("/api/v1/inventory")["vms"] if v["id"] == vm_id), {})


def vm_in(op: Operator, vm_id: str, network_id: str) -> dict[str, Any]:
    """The VM once the inventory (read from the lab periodically) has it in `network_id`."""
    return wait_until(lambda: (v := vm(op, vm_id)).get("network_id") == network_id and v, 10)


def address_details(job: dict[str, Any]) -> list[dict[str, Any]]:
    return [d for s in job["steps"] for d in s["details"] if d["code"].startswith("address-")]


def test_failover_gives_the_mapped_address(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    # The seeded mapping of STO-Production carries the subnet rule 10.10.0.0/24 → 10.20.0.0/24;
    # replaced by one that also gives web-01 an address of its own.
    [seeded] = op.get("/api/v1/network-mappings")
    assert op.api.delete(f"/api/v1/network-mappings/{seeded['id']}").status_code == 204
    web_rule = {"vm_id": "vm-web-01", "address": "10.20.0.50/24", "gateway": "10.20.0.1"}
    body = {
        "primary_network_id": "net-sto-prod",
        "recovery_network_id": "net-ams-prod",
        "vm_rules": [web_rule],
        "subnet_rules": seeded["subnet_rules"],
    }
    assert op.api.post("/api/v1/network-mappings", json=body).status_code == 201
    assert vm(op, "vm-sql-01")["addresses"] == ["10.10.0.11/24"]

    sql = protect(op, "vm-sql-01", "cloud-sto-gold")
    web = protect(op, "vm-web-01", "cloud-sto-silver")
    for item_id in (sql, web):
        wait_until(lambda i=item_id: op.get(f"/api/v1/protected-items/{i}/recovery-points"))

    # Planned failover under the subnet rule: the host part is kept.
    job = op.finish(op.start(f"/api/v1/protected-items/{sql}/planned-failover"))
    assert job["state"] == "succeeded", job
    assert job["parameters"]["address"]["address"] == "10.20.0.11/24"
    assert job["result"]["address"] == {
        "source": "subnet-rule",
        "recovery_network_id": "net-ams-prod",
        "address": "10.20.0.11/24",
        "gateway": "10.20.0.1",
        "dns": ["10.20.0.10"],
        "primary_address": "10.10.0.11/24",
        "rule_from": "10.10.0.0/24",
        "rule_to": "10.20.0.0/24",
    }
    [detail] = address_details(job)
    assert detail["code"] == "address-subnet-rule"
    assert (
        "Recovery address 10.20.0.11/24 (subnet rule 10.10.0.0/24 → 10.20.0.0/24)."
        in (job["steps"][-1]["output"])
    )
    failed_over = vm_in(op, "vm-sql-01", "net-ams-prod")
    assert (failed_over["network_id"], failed_over["addresses"]) == (
        "net-ams-prod",
        ["10.20.0.11/24"],
    )
    rows = fast_lab.call(lambda: fast_lab.ctx.store.audit(limit=100))
    row = next(r for r in rows if "{operation" in r["route"] and r["outcome"] == 202)
    assert "Recovery address 10.20.0.11/24" in row["detail"] and job["id"] in row["detail"]

    # Cancel: back in its own network with its own address.
    op.finish(op.start(f"/api/v1/protected-items/{sql}/cancel-failover"))
    back = vm_in(op, "vm-sql-01", "net-sto-prod")
    assert (back["network_id"], back["addresses"]) == ("net-sto-prod", ["10.10.0.11/24"])

    # Test failover under the per-VM rule: the test copy gets it, in the isolated network.
    job = op.finish(op.start(f"/api/v1/protected-items/{web}/test-failover", {}))
    assert job["state"] == "succeeded", job
    assert [d["code"] for d in address_details(job)] == ["address-vm-rule"]
    test_vm = vm_in(op, job["result"]["test_vm_id"], "net-ams-test")
    assert (test_vm["network_id"], test_vm["addresses"]) == ("net-ams-test", ["10.20.0.50/24"])
    assert vm(op, "vm-web-01")["addresses"] == ["10.10.0.17/24"]  # production untouched

    # A plan's job records each VM's address in its per-item result.
    plan = op.api.post(
        "/api/v1/recovery-plans",
        json={"name": "SQL", "groups": [{"name": "Databases", "item_ids": [sql]}]},
    ).json()
    job = op.finish(op.start(f"/api/v1/recovery-plans/{plan['id']}/planned-failover"))
    assert job["state"] == "succeeded", job
    assert job["result"]["items"][sql]["address"]["address"] == "10.20.0.11/24"
    details = address_details(job)
    assert [(d["code"], d["vm_id"]) for d in details] == [("address-subnet-rule", "vm-sql-01")]
    assert vm_in(op, "vm-sql-01", "net-ams-prod")["addresses"] == ["10.20.0.11/24"]

    # Failback: the subnet rule backwards gives the VM its address at home again.
    op.finish(op.start(f"/api/v1/protected-items/{sql}/commit"))
    op.finish(op.start(f"/api/v1/protected-items/{sql}/reverse-replication", {}))
    wait_until(lambda: len(op.get(f"/api/v1/protected-items/{sql}/recovery-points")) >= 1)
    job = op.finish(op.start(f"/api/v1/protected-items/{sql}/failback", {}))
    assert job["state"] == "succeeded", job
    assert job["result"]["address"]["rule_from"] == "10.20.0.0/24"
    home = vm_in(op, "vm-sql-01", "net-sto-prod")
    assert home["addresses"] == ["10.10.0.11/24"]
