"""Enable protection that fails at each of its steps, through the API, with the control plane
restarted in between or not: the item is `enable-protection-failed`, critical, with the cause;
from there both a disable and a new enable are accepted and finish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.lab.clock import LabClock
from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer

RECOVERY_SITE = "site-ams"


class Lab:
    """A control plane over the lab that can be stopped and started again on the same vault
    and the same lab folder."""

    def __init__(self, db_url: str, folder: Path) -> None:
        self.db_url, self.folder = db_url, folder
        self.tokens: dict[str, str] = {}
        self.server: RunningServer | None = None

    def start(self, seed: bool = False) -> Operator:
        self.server = RunningServer(
            self.db_url,
            fabric_factory=lambda: LabFabric(clock=LabClock(60), folder=self.folder),
            settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
            tokens=self.tokens,
        ).start()
        self.tokens = self.server.tokens
        if seed:
            from app.cli import seed_lab

            self.server.call(lambda: seed_lab(self.server.ctx))
        return Operator(self.server)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


@pytest.fixture
def lab(db_url: str, tmp_path: Path) -> Iterator[Lab]:
    running = Lab(db_url, tmp_path / "lab")
    yield running
    running.stop()


def _ended(op: Operator, job: dict) -> dict:
    return wait_until(
        lambda: (
            (j := op.get(f"/api/v1/jobs/{job['id']}"))["state"]
            in ("succeeded", "failed", "cancelled")
            and j
        ),
        timeout=120,
    )


def _break(op: Operator, step: str, broken: bool) -> None:
    """The cause of the failure at `step`: the recovery site down stops the replica being
    prepared; a cut link lets it be prepared but stops the initial copy."""
    if step == "prepare":
        answer = op.api.post(f"/api/v1/lab/sites/{RECOVERY_SITE}/{'down' if broken else 'up'}")
    else:
        answer = op.api.put("/api/v1/lab/link", json={"cut": broken})
    assert answer.status_code == 200, answer.text


def _enable(op: Operator, vm: dict, pairing: dict) -> dict:
    answer = op.api.post(
        "/api/v1/protected-items", json={"vm_id": vm["id"], "pairing_id": pairing["id"]}
    )
    assert answer.status_code == 202, answer.text
    return answer.json()


def _assert_failed(op: Operator, item_id: str, step_index: int, job: dict) -> None:
    assert job["state"] == "failed", job
    assert [s["state"] for s in job["steps"]][step_index] == "failed", job["steps"]
    item = op.get(f"/api/v1/protected-items/{item_id}")
    assert item["replication_state"] == "enable-protection-failed", item
    assert item["health"] == "critical", item
    reason = item["health_reasons"][0]
    assert reason["code"] == "enable-protection-failed"
    assert item["last_error"] and item["last_error"] in reason["message"], reason
    assert item["current_job_id"] == job["id"]


@pytest.mark.parametrize("restart", [False, True], ids=["same-process", "restarted"])
@pytest.mark.parametrize("step", ["prepare", "initial-copy"])
def test_failed_enable_is_critical_and_can_be_retried_or_disabled(
    lab: Lab, step: str, restart: bool
) -> None:
    op = lab.start(seed=True)
    inv = op.get("/api/v1/inventory")
    pairing = inv["pairings"][0]
    hosts = {h["id"] for h in inv["hosts"] if h["cloud_id"] == pairing["primary_cloud_id"]}
    vm = next(v for v in inv["vms"] if v["host_id"] in hosts)
    index = 0 if step == "prepare" else 1

    # 1. It fails; disable is accepted from there and removes the item.
    _break(op, step, broken=True)
    job = _ended(op, _enable(op, vm, pairing))
    item_id = job["object_id"]
    _assert_failed(op, item_id, index, job)
    if restart:
        lab.stop()
        op = lab.start()
    wait_until(lambda: op.get("/api/v1/inventory")["revision"])
    _assert_failed(op, item_id, index, op.get(f"/api/v1/jobs/{job['id']}"))
    disable = op.api.delete(f"/api/v1/protected-items/{item_id}")
    assert disable.status_code == 202, disable.text
    assert _ended(op, disable.json())["state"] == "succeeded"
    assert op.api.get(f"/api/v1/protected-items/{item_id}").status_code == 404

    # 2. It fails again; once the cause is gone a new enable on the same item protects it.
    job = _ended(op, _enable(op, vm, pairing))
    item_id = job["object_id"]
    _assert_failed(op, item_id, index, job)
    if restart:
        lab.stop()
        op = lab.start()
        _assert_failed(op, item_id, index, op.get(f"/api/v1/jobs/{job['id']}"))
    _break(op, step, broken=False)
    retry = _ended(op, _enable(op, vm, pairing))
    assert retry["state"] == "succeeded", (retry["error"], retry["steps"])
    assert retry["object_id"] == item_id  # the same item, not a second one
    item = wait_until(
        lambda: (
            (i := op.get(f"/api/v1/protected-items/{item_id}"))["replication_state"] == "protected"
            and i["health"] != "critical"
            and i
        )
    )
    assert item["last_error"] is None
    assert len([i for i in op.get("/api/v1/protected-items") if i["vm_id"] == vm["id"]]) == 1
