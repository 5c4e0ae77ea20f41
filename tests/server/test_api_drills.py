"""DR drill records through the real API: the console creates one when a drill starts and
updates it as it proceeds; viewers read the history; a finished drill no longer changes.
Every refusal is problem+json naming its field."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.support.server import RunningServer

PROBLEM = "application/problem+json"
START = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


@pytest.fixture
def api(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers("operator"), timeout=30) as c:
        yield c


@pytest.fixture
def viewer(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, headers=server.headers("viewer"), timeout=30) as c:
        yield c


@pytest.fixture
def plan_id(api: httpx.Client) -> str:
    answer = api.post("/api/v1/recovery-plans", json={"name": "ERP estate"})
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def spec(plan_id: str, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "plan_id": plan_id,
        "plan_name": "ERP estate",
        "state": "test-failover",
        "started": START.isoformat(),
        "checklist": [{"text": "Test VMs answer in the test network"}],
    }
    body.update(overrides)
    return body


def field_error(response: httpx.Response, field: str, status: int = 422) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == PROBLEM
    fields = {e["field"]: e["reason"] for e in response.json()["errors"]}
    assert field in fields, fields
    return fields[field]


def test_a_drill_is_recorded_as_it_proceeds_and_then_kept(
    api: httpx.Client, viewer: httpx.Client, plan_id: str
) -> None:
    created = api.post("/api/v1/drills", json=spec(plan_id))
    assert created.status_code == 201, created.text
    drill = created.json()
    assert drill["id"].startswith("drill-")
    assert drill["operator"] == "test-operator"  # the token's name, not the body's say
    assert drill["state"] == "test-failover"

    ended = START + timedelta(minutes=42)
    finished = spec(
        plan_id,
        state="passed",
        ended=ended.isoformat(),
        rto_seconds=312.5,
        groups=[{"name": "Databases", "rto_seconds": 190.0}, {"name": "Web", "rto_seconds": 312.5}],
        vms=[
            {
                "item_id": "pi-sql-01",
                "vm_name": "sql-01",
                "group": 0,
                "recovery_point_id": "rp-1",
                "recovery_point_time": (START - timedelta(minutes=3)).isoformat(),
                "recovery_point_kind": "crash-consistent",
                "rpo_seconds": 180.0,
                "audit": {"intact": True, "crash_consistent": True, "writes_lost": 12},
            },
            {
                "item_id": "pi-web-01",
                "vm_name": "web-01",
                "group": 1,
                "consistency": [
                    {"kind": "filesystem", "disk": "vda", "verdict": "passed"},
                    {"kind": "guest-sequence", "disk": "vda", "verdict": "passed", "sequence": 88},
                ],
            },
        ],
        checklist=[{"text": "Test VMs answer in the test network", "done": True}],
        notes="ERP answered; orders opened.",
    )
    updated = api.put(f"/api/v1/drills/{drill['id']}", json=finished)
    assert updated.status_code == 200, updated.text

    got = viewer.get(f"/api/v1/drills/{drill['id']}")
    assert got.status_code == 200, got.text
    record = got.json()
    assert record["state"] == "passed" and record["operator"] == "test-operator"
    assert record["rto_seconds"] == 312.5
    assert [g["rto_seconds"] for g in record["groups"]] == [190.0, 312.5]
    assert record["vms"][0]["audit"]["writes_lost"] == 12
    assert record["vms"][0]["consistency"] is None  # not checked: an old record's shape
    proof = record["vms"][1]["consistency"]
    assert [(c["kind"], c["verdict"], c["sequence"]) for c in proof] == [
        ("filesystem", "passed", None),
        ("guest-sequence", "passed", 88),
    ]
    assert record["checklist"] == [{"text": "Test VMs answer in the test network", "done": True}]
    assert datetime.fromisoformat(record["ended"]) == ended

    # A finished drill is a record for auditors: it no longer changes.
    again = api.put(f"/api/v1/drills/{drill['id']}", json={**finished, "notes": "rewritten"})
    assert again.status_code == 409, again.text
    assert again.headers["content-type"].split(";")[0] == PROBLEM
    assert viewer.get(f"/api/v1/drills/{drill['id']}").json()["notes"] == finished["notes"]


def test_history_is_newest_first_and_filters_by_plan(
    api: httpx.Client, viewer: httpx.Client, plan_id: str
) -> None:
    other = api.post("/api/v1/recovery-plans", json={"name": "Web tier"}).json()["id"]
    ids = []
    for n, plan in enumerate((plan_id, other, plan_id)):
        body = spec(plan, started=(START + timedelta(days=n)).isoformat())
        answer = api.post("/api/v1/drills", json=body)
        assert answer.status_code == 201, answer.text
        ids.append(answer.json()["id"])
    listed = viewer.get("/api/v1/drills")
    assert listed.status_code == 200, listed.text
    assert [d["id"] for d in listed.json()] == ids[::-1]
    of_plan = viewer.get("/api/v1/drills", params={"plan_id": plan_id}).json()
    assert [d["id"] for d in of_plan] == [ids[2], ids[0]]
    assert [d["id"] for d in viewer.get("/api/v1/drills", params={"limit": 1}).json()] == [ids[2]]


def test_invalid_drills_are_refused_naming_the_field(api: httpx.Client, plan_id: str) -> None:
    assert "no recovery plan" in field_error(  # a reference the vault cannot follow: 409
        api.post("/api/v1/drills", json=spec("plan-nope")), "plan_id", 409
    )
    early = (START - timedelta(seconds=1)).isoformat()
    field_error(api.post("/api/v1/drills", json=spec(plan_id, ended=early)), "ended")
    no_notes = spec(plan_id, state="failed", ended=START.isoformat(), notes="  ")
    field_error(api.post("/api/v1/drills", json=no_notes), "notes")
    field_error(api.post("/api/v1/drills", json=spec(plan_id, ended=None, state="passed")), "ended")
    field_error(
        api.post("/api/v1/drills", json=spec(plan_id, started="2026-11-22T09:00")), "started"
    )
    field_error(
        api.post("/api/v1/drills", json=spec(plan_id, test_failover_job_id="job-nope")),
        "test_failover_job_id",
        409,
    )
    field_error(
        api.post("/api/v1/drills", json=spec(plan_id, checklist=[{"text": ""}])), "checklist.0.text"
    )
    field_error(api.post("/api/v1/drills", json=spec(plan_id, rto_seconds=-1)), "rto_seconds")

    drill = api.post("/api/v1/drills", json=spec(plan_id)).json()
    other = api.post("/api/v1/recovery-plans", json={"name": "Other"}).json()["id"]
    field_error(api.put(f"/api/v1/drills/{drill['id']}", json=spec(other)), "plan_id", 409)
    missing = api.put("/api/v1/drills/drill-nope", json=spec(plan_id))
    assert missing.status_code == 404, missing.text


def test_viewers_read_and_operators_write(
    api: httpx.Client, viewer: httpx.Client, plan_id: str
) -> None:
    refused = viewer.post("/api/v1/drills", json=spec(plan_id))
    assert refused.status_code == 403, refused.text
    assert refused.headers["content-type"].split(";")[0] == PROBLEM
    drill = api.post("/api/v1/drills", json=spec(plan_id)).json()
    assert viewer.put(f"/api/v1/drills/{drill['id']}", json=spec(plan_id)).status_code == 403
    assert viewer.get("/api/v1/drills/drill-nope").status_code == 404
    audit = api.get("/api/v1/audit", params={"limit": 20}).json()
    assert f"drill/{drill['id']}" in {entry["object"] for entry in audit}


def test_a_consistency_proof_is_asked_of_a_protected_item_that_exists(
    viewer: httpx.Client,
) -> None:
    """The test VM's consistency proof is a general endpoint; an unknown item is a 404
    problem (a running test VM's proof: tests/console/test_drill.py, the lab, and
    tests/libvirt/test_drill_real.py, real VMs)."""
    answer = viewer.get("/api/v1/protected-items/pi-nowhere/test-failover/consistency")
    assert answer.status_code == 404, answer.text
    assert answer.headers["content-type"].split(";")[0] == PROBLEM
    assert "pi-nowhere" in answer.json()["detail"]
