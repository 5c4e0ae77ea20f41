"""The estimates a failover decision needs, through the API against the lab: the data an
unplanned failover would lose now (each point's age, unreplicated bytes, whether the source
can still be synced) and the writes reverse replication would discard."""

from __future__ import annotations

from datetime import datetime

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer


def test_data_loss_and_discarded_writes(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    pairing = next(
        p for p in op.get("/api/v1/pairings") if p["primary_cloud_id"] == "cloud-sto-gold"
    )
    job = op.finish(
        op.start("/api/v1/protected-items", {"vm_id": "vm-sql-01", "pairing_id": pairing["id"]})
    )
    item = f"/api/v1/protected-items/{job['object_id']}"
    wait_until(lambda: len(op.get(f"{item}/recovery-points")) >= 3)

    estimate = op.get(f"{item}/data-loss")
    assert estimate["item_id"] == job["object_id"] and estimate["live"] is True
    assert estimate["source_reachable"] is True and estimate["source_problem"] == ""
    assert estimate["unreplicated_bytes"] >= 0
    points = estimate["points"]
    assert len(points) >= 3
    times = [datetime.fromisoformat(p["time"]) for p in points]
    assert times == sorted(times, reverse=True)  # newest first …
    ages = [p["age_seconds"] for p in points]
    assert ages == sorted(ages) and ages[0] >= 0  # … so the youngest first
    observed = datetime.fromisoformat(estimate["observed_at"])
    assert abs((observed - times[-1]).total_seconds() - ages[-1]) < 1e-3  # the fabric's clock
    assert op.get(f"{item}/discarded-writes") == {
        "item_id": job["object_id"],
        "discarded_writes": 0,
        "discarded_bytes": 0,
        "discarded_blocks": 0,
    }

    missing = op.api.get("/api/v1/protected-items/pi-nowhere/data-loss")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert op.api.get("/api/v1/protected-items/pi-nowhere/discarded-writes").status_code == 404

    # The primary site goes dark: the source can no longer be synced first.
    assert op.api.post("/api/v1/lab/sites/site-sto/down").status_code == 200
    down = wait_until(lambda: (e := op.get(f"{item}/data-loss"))["source_reachable"] is False and e)
    assert "Stockholm" in down["source_problem"]

    # After an unplanned failover to the oldest point, the writes the old side made after
    # it are what reverse replication would discard.
    oldest = down["points"][-1]["id"]
    op.finish(
        op.start(
            f"{item}/unplanned-failover",
            {"recovery_point": "listed", "recovery_point_id": oldest, "shut_down_source": False},
        )
    )
    found = op.get(f"{item}/discarded-writes")
    discarded = found["discarded_writes"]
    assert discarded > 0
    # In bytes and blocks too, as any estate tells it: each lab write is one 64 KiB block.
    assert found["discarded_bytes"] == discarded * 64 * 1024
    assert 0 < found["discarded_blocks"] <= discarded
    refused = op.api.post(f"{item}/reverse-replication", json={})
    assert refused.status_code == 409 and refused.json()["discarded_writes"] >= discarded
    assert refused.json()["discarded_bytes"] >= found["discarded_bytes"]
