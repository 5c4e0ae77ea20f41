"""The policy's scheduled start, through the API: enabling protection prepares the replica,
then waits (a visible step) until the policy's time on the control plane's clock — the item
not replicating, no recovery point — and copies then; the wait survives a restart of the
control plane and ends at once on cancel; a time already past starts the copy at once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.test_enable_failure import Lab
from tests.support.operator import Operator, wait_until

PREPARE = "Prepare the replica on the recovery host"
WAIT = "Wait for the scheduled start at "
COPY = "Initial replication"


@pytest.fixture
def lab(db_url: str, tmp_path: Path) -> Iterator[Lab]:
    running = Lab(db_url, tmp_path / "lab")
    yield running
    running.stop()


def _schedule(op: Operator, policy_id: str, at: datetime | None) -> None:
    """Give the pairings' policy a scheduled start at `at` (None: immediately)."""
    body: dict[str, Any] = op.get(f"/api/v1/policies/{policy_id}")
    body.pop("id")
    body["initial_replication_start"] = "scheduled" if at else "now"
    body["initial_replication_scheduled_at"] = at.isoformat() if at else None
    answer = op.api.put(f"/api/v1/policies/{policy_id}", json=body)
    assert answer.status_code == 200, answer.text


def _first_vm(op: Operator) -> tuple[dict, dict]:
    inv = op.get("/api/v1/inventory")
    pairing = inv["pairings"][0]
    hosts = {h["id"] for h in inv["hosts"] if h["cloud_id"] == pairing["primary_cloud_id"]}
    return next(v for v in inv["vms"] if v["host_id"] in hosts), pairing


def _enable(op: Operator, vm: dict, pairing: dict) -> dict:
    return op.start("/api/v1/protected-items", {"vm_id": vm["id"], "pairing_id": pairing["id"]})


def _job(op: Operator, job: dict) -> dict:
    return op.get(f"/api/v1/jobs/{job['id']}")


def _waiting(op: Operator, job: dict) -> dict:
    """The job once it waits for the start: the replica prepared, the copy not begun."""
    return wait_until(
        lambda: (
            (j := _job(op, job))["steps"][1]["state"] == "in-progress"
            and "waiting" in (j["steps"][1]["output"] or "")
            and j
        ),
        timeout=60,
    )


def _ended(op: Operator, job: dict, timeout: float = 120) -> dict:
    return wait_until(
        lambda: (j := _job(op, job))["state"] in ("succeeded", "failed", "cancelled") and j,
        timeout=timeout,
    )


def _assert_not_replicating(op: Operator, job: dict, at: datetime) -> None:
    job = _job(op, job)
    assert job["state"] == "in-progress", job
    names = [s["name"] for s in job["steps"]]
    assert names[0] == PREPARE and names[2] == COPY, names
    assert names[1].startswith(WAIT) and at.strftime("%H:%M:%S") in names[1], names
    assert [s["state"] for s in job["steps"]] == ["succeeded", "in-progress", "not-started"]
    assert "cancel" in job["allowed_actions"]
    item_id = job["object_id"]
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["replication_state"] == "enabling-protection", item
    assert item["last_replication"] is None and item["health"] == "normal", item
    assert op.get(f"/api/v1/protected-items/{item_id}/recovery-points") == []


@pytest.mark.parametrize("restart", [False, True], ids=["same-process", "restarted"])
def test_enable_waits_for_the_scheduled_start_then_copies(lab: Lab, restart: bool) -> None:
    op = lab.start(seed=True)
    vm, pairing = _first_vm(op)
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=15 if restart else 8)
    _schedule(op, pairing["policy_id"], at)

    job = _enable(op, vm, pairing)
    assert [s["name"] for s in job["steps"]][1].startswith(WAIT)
    _waiting(op, job)
    _assert_not_replicating(op, job, at)
    if restart:
        lab.stop()
        op = lab.start()
        assert datetime.now(UTC) < at, "the restart took too long for this test"
        _waiting(op, job)  # the job resumed at its waiting step, for the same moment
        _assert_not_replicating(op, job, at)
    else:
        # Several of the lab's ×60 cycles (5 min → 5 s) pass: still nothing copied.
        wait_until(lambda: datetime.now(UTC) > at - timedelta(seconds=2), timeout=30)
        _assert_not_replicating(op, job, at)

    done = _ended(op, job)
    assert done["state"] == "succeeded", (done["error"], done["steps"])
    waited, copy = done["steps"][1], done["steps"][2]
    assert datetime.fromisoformat(waited["ended"]) >= at
    assert datetime.fromisoformat(copy["started"]) >= at  # no copy before the time
    item_id = done["object_id"]
    item = wait_until(
        lambda: (
            (i := op.get(f"/api/v1/protected-items/{item_id}"))["replication_state"] == "protected"
            and i["last_replication"]
            and i
        )
    )
    assert item["health"] != "critical", item
    assert op.get(f"/api/v1/protected-items/{item_id}/recovery-points")


def test_cancel_while_waiting_then_a_past_start_copies_at_once(lab: Lab) -> None:
    op = lab.start(seed=True)
    vm, pairing = _first_vm(op)
    at = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    _schedule(op, pairing["policy_id"], at)

    # Cancelled while it waits: at once, not an hour later; nothing was copied.
    job = _enable(op, vm, pairing)
    _waiting(op, job)
    answer = op.api.post(f"/api/v1/jobs/{job['id']}/cancel")
    assert answer.status_code == 200, answer.text
    done = _ended(op, job, timeout=30)
    assert done["state"] == "cancelled", done
    assert [s["state"] for s in done["steps"]] == ["succeeded", "cancelled", "not-started"]
    item_id = done["object_id"]
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["replication_state"] == "enable-protection-failed", item  # retry or disable
    assert op.get(f"/api/v1/protected-items/{item_id}/recovery-points") == []

    # A scheduled time already past: the retried enable copies at once (no waiting step).
    _schedule(op, pairing["policy_id"], datetime.now(UTC) - timedelta(minutes=5))
    retry = _enable(op, vm, pairing)
    assert retry["object_id"] == item_id
    assert [s["name"] for s in retry["steps"]] == [PREPARE, COPY]
    done = _ended(op, retry)
    assert done["state"] == "succeeded", (done["error"], done["steps"])
