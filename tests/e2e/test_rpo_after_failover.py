"""What the control plane says about a failed-over item and about the data an unplanned
failover would lose, through the API on the lab.

- After a planned failover nothing replicates the item: its RPO is null (not the growing age
  of its last point), its health is not critical and carries no RPO reason; after reverse
  replication the RPO counts again.
- With the source down, the loss estimate counts writes up to the last contact with the
  source, so it does not grow while the operator reads it.
"""

from __future__ import annotations

from datetime import datetime

from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer

RPO_REASONS = {"rpo-critical", "rpo-warning", "rpo-unknown"}


def protect(op: Operator, vm_id: str) -> str:
    pairing = next(
        p for p in op.get("/api/v1/pairings") if p["primary_cloud_id"] == "cloud-sto-gold"
    )
    job = op.finish(
        op.start("/api/v1/protected-items", {"vm_id": vm_id, "pairing_id": pairing["id"]})
    )
    return job["object_id"]


def test_no_rpo_while_failed_over_and_rpo_again_after_reverse_replication(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    item_id = protect(op, "vm-sql-01")
    path = f"/api/v1/protected-items/{item_id}"
    wait_until(lambda: (i := op.get(path))["replication_state"] == "protected" and i["rpo_seconds"])

    op.finish(op.start(f"{path}/planned-failover"))
    item = op.get(path)
    assert item["replication_state"] == "failed-over"
    assert item["rpo_seconds"] is None
    # Several status reads later (the lab's clock runs ×60: minutes pass), still no RPO.
    reads = op.get(f"{path}/health", since="2000-01-01T00:00:00Z")
    wait_until(lambda: len(op.get(f"{path}/health", since="2000-01-01T00:00:00Z")) > len(reads) + 3)
    for item in (
        op.get(path),
        *(i for i in op.get("/api/v1/protected-items") if i["id"] == item_id),
    ):
        assert item["rpo_seconds"] is None, item
        assert item["health"] != "critical", item["health_reasons"]
        codes = {r["code"] for r in item["health_reasons"]}
        assert not codes & RPO_REASONS, codes
        assert "awaiting-reverse-replication" in codes
    # The health samples of a failed-over item carry no RPO either (the graph breaks).
    samples = op.get(f"{path}/health", since=item["last_replication"])
    assert samples and samples[-1]["rpo_seconds"] is None

    op.finish(op.start(f"{path}/reverse-replication", {"accept_data_loss": True}))
    again = wait_until(
        lambda: (
            (i := op.get(path))["replication_state"] == "protected"
            and i["rpo_seconds"] is not None
            and i
        )
    )
    assert again["active_location"] == "recovery"
    assert again["rpo_seconds"] >= 0


def test_loss_estimate_counts_to_the_last_contact_with_the_source(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    item_id = protect(op, "vm-sql-02")
    path = f"/api/v1/protected-items/{item_id}"
    wait_until(lambda: len(op.get(f"{path}/recovery-points")) >= 2)

    live = op.get(f"{path}/data-loss")
    assert live["source_reachable"] is True and live["source_last_contact"] is None
    assert live["writes_until"] == live["observed_at"]  # a live source writes until now
    assert all(p["loss_seconds"] == p["age_seconds"] for p in live["points"])

    assert op.api.post("/api/v1/lab/sites/site-sto/down").status_code == 200
    first = wait_until(
        lambda: (e := op.get(f"{path}/data-loss"))["source_reachable"] is False and e
    )
    contact = datetime.fromisoformat(first["source_last_contact"])
    assert first["writes_until"] == first["source_last_contact"]
    newest = first["points"][0]
    point_time = datetime.fromisoformat(newest["time"])
    assert contact >= point_time
    assert abs(newest["loss_seconds"] - (contact - point_time).total_seconds()) < 1e-3

    # The lab's clock runs on (×60): the points age, the loss does not grow.
    def observed(estimate: dict) -> datetime:
        return datetime.fromisoformat(estimate["observed_at"])

    later = wait_until(
        lambda: (
            (e := op.get(f"{path}/data-loss"))
            and (observed(e) - observed(first)).total_seconds() >= 30
            and e
        )
    )
    assert later["points"][0]["age_seconds"] > newest["age_seconds"]
    assert later["points"][0]["loss_seconds"] == newest["loss_seconds"]
    assert later["source_last_contact"] == first["source_last_contact"]


def test_a_test_failover_that_just_started_is_not_flagged_for_cleanup(
    fast_lab: RunningServer,
) -> None:
    """Cleanup pending is the drill at work, not a problem, until the test has run past the
    grace (app.domain.health.TEST_FAILOVER_CLEANUP_GRACE, on the control plane's clock)."""
    op = Operator(fast_lab)
    item_id = protect(op, "vm-exchange-01")
    path = f"/api/v1/protected-items/{item_id}"
    wait_until(lambda: len(op.get(f"{path}/recovery-points")) >= 1)
    op.finish(op.start(f"{path}/test-failover", {"network_id": "net-ams-test"}))
    item = op.get(path)
    assert item["test_failover_state"] == "cleanup-pending"
    reads = len(op.get(f"{path}/health", since="2000-01-01T00:00:00Z"))
    wait_until(lambda: len(op.get(f"{path}/health", since="2000-01-01T00:00:00Z")) > reads + 2)
    item = op.get(path)
    codes = {r["code"] for r in item["health_reasons"]}
    assert "test-failover-cleanup-pending" not in codes, item["health_reasons"]
