"""Enabling protection end to end: API → job → initial replication → cycles → recovery points,
and the replica's newest point audited against the guest's write history."""

from __future__ import annotations

from pathlib import Path

import httpx

from app.lab.auditor import audit_vm_files
from app.lab.fabric import LabFabric
from tests.support.operator import wait_until
from tests.support.server import RunningServer


def test_enable_protection_replicates_and_points_audit_clean(fast_lab: RunningServer) -> None:
    api = httpx.Client(base_url=fast_lab.url, headers=fast_lab.headers("operator"), timeout=30)
    inventory = api.get("/api/v1/inventory").json()
    vm = next(v for v in inventory["vms"] if v["name"] == "sql-01")
    pairing = next(p for p in inventory["pairings"] if p["primary_cloud_id"] == "cloud-sto-gold")

    answer = api.post(
        "/api/v1/protected-items", json={"vm_id": vm["id"], "pairing_id": pairing["id"]}
    )
    assert answer.status_code == 202, answer.text
    job = answer.json()
    assert answer.headers["Location"] == f"/api/v1/jobs/{job['id']}"
    assert [s["name"] for s in job["steps"]] == [
        "Prepare the replica on the recovery host",
        "Initial replication",
    ]

    # A second request for the same VM is refused, naming the job in the way.
    again = api.post(
        "/api/v1/protected-items", json={"vm_id": vm["id"], "pairing_id": pairing["id"]}
    )
    assert again.status_code == 409
    assert again.json()["job_id"] == job["id"]

    done = wait_until(
        lambda: (
            (j := api.get(f"/api/v1/jobs/{job['id']}").json())["state"] in ("succeeded", "failed")
            and j
        )
    )
    assert done["state"] == "succeeded", done
    assert all(step["state"] == "succeeded" for step in done["steps"])

    item_id = done["object_id"]
    item = api.get(f"/api/v1/protected-items/{item_id}").json()
    assert item["replication_state"] == "protected"
    assert item["target_host_id"].startswith("host-ams-gold-")

    # Delta cycles run on the lab clock: several recovery points appear, with figures.
    points = wait_until(
        lambda: (
            len(p := api.get(f"/api/v1/protected-items/{item_id}/recovery-points").json()) >= 3
            and p
        )
    )
    assert {p["kind"] for p in points} <= {"crash-consistent", "app-consistent"}
    item = wait_until(
        lambda: (
            (i := api.get(f"/api/v1/protected-items/{item_id}").json())["successful_cycles"] >= 2
            and i
        )
    )
    assert item["rpo_seconds"] is not None and item["last_replication"] is not None
    samples = api.get(f"/api/v1/protected-items/{item_id}/health").json()
    assert samples and all("rpo_seconds" in s for s in samples)

    # The replica's newest point, materialized, is a consistent prefix of what the guest wrote.
    fabric: LabFabric = fast_lab.ctx.fabric  # type: ignore[assignment]
    protection = fabric.replication.protections[vm["id"]]
    pair_id = protection.pair.pair_id
    newest = max(p["cycle_id"] for p in points)
    images = {}
    for disk in protection.disks:
        replica = protection.service.replica(pair_id, disk.disk_id)
        target = fast_lab_tmp(fabric) / f"{disk.disk_id}.img"
        images[disk.disk_id] = replica.materialize(newest, target)
    report = audit_vm_files(images, protection.workload.history.path, vm_id=vm["id"])
    assert report.intact and report.crash_consistent, report
    assert report.last_sequence > 0

    # Disabling protection is a job too, and removes the item and its points.
    answer = api.delete(f"/api/v1/protected-items/{item_id}")
    assert answer.status_code == 202
    wait_until(lambda: api.get(f"/api/v1/protected-items/{item_id}").status_code == 404)
    assert api.get(f"/api/v1/protected-items/{item_id}/recovery-points").status_code == 404

    # Protected again: the new item's points (numbered from 1 again) are recorded (the old
    # rows once made the replication monitor fail on their ids), and no loop is failing.
    again = api.post(
        "/api/v1/protected-items", json={"vm_id": vm["id"], "pairing_id": pairing["id"]}
    )
    assert again.status_code == 202, again.text
    new_id = again.json()["object_id"]
    wait_until(
        lambda: len(api.get(f"/api/v1/protected-items/{new_id}/recovery-points").json()) >= 2
    )
    causes = [a["cause"] for a in api.get("/api/v1/alerts").json()]
    assert not [c for c in causes if c and c.startswith("loop:")], causes


def fast_lab_tmp(fabric: LabFabric) -> Path:
    folder = fabric.folder / "materialized"
    folder.mkdir(exist_ok=True)
    return folder
