"""Pause, resume and resync of one protected VM through the API, in the lab: a damaged .hrl
log puts the item in resync-required, and a resync ships only the blocks that differ."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer


def test_pause_resume_and_resync_after_a_damaged_log(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    inventory = op.get("/api/v1/inventory")
    pairing = next(p for p in inventory["pairings"] if p["primary_cloud_id"] == "cloud-sto-gold")
    job = op.finish(
        op.start("/api/v1/protected-items", {"vm_id": "vm-dc-01", "pairing_id": pairing["id"]})
    )
    item_id = job["object_id"]
    wait_until(lambda: op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"] >= 1)

    # Pause: no cycles, writes collect; resume ships them.
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/pause"))
    assert op.get(f"/api/v1/protected-items/{item_id}")["replication_state"] == "paused"
    refused = op.api.post(f"/api/v1/protected-items/{item_id}/commit", json={})
    assert refused.status_code == 409
    paused_at = op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"]
    wait_until(lambda: op.get(f"/api/v1/protected-items/{item_id}")["pending_bytes"] > 0)
    op.finish(op.start(f"/api/v1/protected-items/{item_id}/resume"))
    wait_until(
        lambda: op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"] > paused_at
    )

    # Damage the log the guest is writing to: the next cycle refuses to ship it.
    fabric = fast_lab.ctx.fabric
    protection = fabric.replication.protections["vm-dc-01"]
    log_dir = Path(str(protection.disks[0].image) + ".hrl")
    # Byte 200 lies in the first write's record: wait for the guest's next write to land.
    newest = wait_until(lambda: (n := max(log_dir.glob("*.hrl"))).stat().st_size > 200 and n)
    with open(newest, "r+b") as f:
        f.seek(200)
        byte = f.read(1)
        f.seek(200)
        f.write(bytes([byte[0] ^ 0xFF]))
    item = wait_until(
        lambda: (
            (i := op.get(f"/api/v1/protected-items/{item_id}"))["replication_state"]
            == "resync-required"
            and i
        )
    )
    assert item["health"] == "critical"

    done = op.finish(op.start(f"/api/v1/protected-items/{item_id}/resync"))
    result = done["result"]
    assert 0 < result["blocks_shipped"] < result["blocks_compared"]
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["replication_state"] == "protected"
    wait_until(lambda: op.get(f"/api/v1/protected-items/{item_id}")["successful_cycles"] >= 1)
    report = op.audit(item_id, "replica-latest")
    assert report["intact"] and report["crash_consistent"], report
    assert httpx.get(f"{fast_lab.url}/healthz").status_code == 200
