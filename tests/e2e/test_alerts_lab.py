"""Alerts for everything an operator must act on, through the API on the lab (its clock ×60:
RPO warning after 10 s, critical after 30 s): a cut link or a recovery site down gives one
alert for the cause listing the items (not one per VM), escalating with them and resolved by
itself when they are healthy again; an item's own trouble gives its own alert; a failed job
and a job waiting too long for a manual action lead to the job. Filters on the alert list
answer problem+json for values they cannot take."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from app.domain import health
from tests.e2e.test_recovery_side_down import codes, protect_two
from tests.support.operator import Operator, wait_until
from tests.support.server import RunningServer

LINK_CAUSE = "replica-unreachable:site-ams"


def open_alerts(op: Operator, **filters: Any) -> list[dict[str, Any]]:
    return op.get("/api/v1/alerts", resolved="false", **filters)


def health_alerts_of(op: Operator, ids: list[str]) -> list[dict[str, Any]]:
    """Open alerts of the items' own (cause health:<item>)."""
    return [a for a in open_alerts(op) if a.get("cause") in {f"health:{i}" for i in ids}]


def all_critical(op: Operator, ids: list[str]) -> list[dict[str, Any]] | None:
    items = op.items(ids)
    return items if all(i["health"] == "critical" for i in items) else None


def test_a_cut_link_is_one_alert_listing_the_items_and_resolves_itself(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    ids = protect_two(op)
    assert op.api.put("/api/v1/lab/link", json={"cut": True}).status_code == 200
    items = wait_until(lambda: all_critical(op, ids), timeout=60)
    for item in items:  # each item keeps its own state and reasons
        assert {"replica-unreachable", "rpo-critical", "missed-cycles"} <= set(codes(item))

    def escalated() -> list[dict[str, Any]] | None:
        found = open_alerts(op, code="replica-unreachable")
        return found if found and found[0]["severity"] == "critical" else None

    [alert] = wait_until(escalated, timeout=10)
    assert alert["cause"] == LINK_CAUSE
    assert alert["object_kind"] == "site" and alert["object_id"] == "site-ams"
    assert alert["object_name"] == "Amsterdam"
    assert {i["id"] for i in alert["items"]} == set(ids)
    assert {i["name"] for i in alert["items"]} == {"sql-01", "web-01"}
    assert all(i["health"] == "critical" for i in alert["items"])
    assert "replication link" in alert["message"] and "critical" in alert["message"]
    assert alert["what_to_do"]
    assert alert["time"] <= alert["last_seen"]
    # Not one per VM: the items have no alerts of their own meanwhile.
    assert health_alerts_of(op, ids) == []
    # The other filters find the same alert.
    by_object = open_alerts(op, object_kind="site", object_id="site-ams")
    assert alert["id"] in [a["id"] for a in by_object]
    assert alert["id"] in [a["id"] for a in op.get("/api/v1/alerts", severity="critical")]

    # Back: the alert resolves by itself (saying how long it lasted) once the items are
    # healthy; none of them is left with an alert of its own.
    assert op.api.put("/api/v1/lab/link", json={"cut": False}).status_code == 200
    wait_until(lambda: all(i["health"] == "normal" for i in op.items(ids)), timeout=60)
    resolved = wait_until(
        lambda: [a for a in op.get("/api/v1/alerts", resolved="true") if a["id"] == alert["id"]],
        timeout=10,
    )
    assert "It lasted" in resolved[0]["message"]
    assert open_alerts(op, code="replica-unreachable") == []
    wait_until(lambda: health_alerts_of(op, ids) == [], timeout=10)


def test_a_recovery_site_outage_is_the_site_alert_and_one_at_risk_alert(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    ids = protect_two(op)
    assert op.api.post("/api/v1/lab/sites/site-ams/down").status_code == 200
    [site] = wait_until(lambda: open_alerts(op, code="site-down"), timeout=10)
    assert site["cause"] == "connection:site:site-ams" and site["severity"] == "critical"
    [risk] = wait_until(lambda: open_alerts(op, code="replica-unreachable"), timeout=10)
    assert {i["name"] for i in risk["items"]} == {"sql-01", "web-01"}
    # Its hosts' agents go with it: one alert each, not one per change.
    wait_until(lambda: all_critical(op, ids), timeout=60)
    assert health_alerts_of(op, ids) == []
    assert len(open_alerts(op, code="site-down")) == 1

    assert op.api.post("/api/v1/lab/sites/site-ams/up").status_code == 200
    wait_until(lambda: all(i["health"] == "normal" for i in op.items(ids)), timeout=60)
    wait_until(
        lambda: (
            not open_alerts(op, code="site-down")
            and not open_alerts(op, code="replica-unreachable")
            and not open_alerts(op, code="agent-disconnected")
        ),
        timeout=10,
    )
    [back] = [a for a in op.get("/api/v1/alerts", resolved="true") if a["id"] == site["id"]]
    assert "reachable again" in back["message"] and "It lasted" in back["message"]
    wait_until(lambda: health_alerts_of(op, ids) == [], timeout=10)


def test_an_items_own_trouble_is_its_own_alert_updated_then_resolved(
    fast_lab: RunningServer,
) -> None:
    op = Operator(fast_lab)
    ids = protect_two(op)
    op.finish(op.start(f"/api/v1/protected-items/{ids[0]}/pause"))
    [alert] = wait_until(lambda: health_alerts_of(op, ids), timeout=10)
    assert alert["code"] == "replication-paused" and alert["severity"] == "warning"
    assert alert["object_kind"] == "protected-item" and alert["object_id"] == ids[0]
    assert alert["message"].startswith("sql-01: Replication is paused")
    assert alert["what_to_do"].startswith("Resume replication")
    # Updated, never duplicated, while it lasts (the monitor reads every 0.5 s).
    wait_until(lambda: op.items(ids[:1])[0]["missed_cycles"] >= 0, timeout=2)
    assert len(health_alerts_of(op, ids)) == 1
    op.finish(op.start(f"/api/v1/protected-items/{ids[0]}/resume"))
    wait_until(lambda: health_alerts_of(op, ids) == [], timeout=30)
    [done] = [a for a in op.get("/api/v1/alerts", resolved="true") if a["id"] == alert["id"]]
    assert "healthy again" in done["message"] and "It lasted" in done["message"]


def test_a_failed_job_and_a_long_manual_action_lead_to_the_job(
    fast_lab: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Test VMs awaiting cleanup are flagged after a grace (4 h on the control plane's clock):
    # none here, so that the plan's cleanup-pending alert shows at once.
    monkeypatch.setattr(health, "TEST_FAILOVER_CLEANUP_GRACE", timedelta(0))
    op = Operator(fast_lab)
    ids = protect_two(op)
    plans = "/api/v1/recovery-plans"
    failing = {
        "name": "Web",
        "groups": [
            {
                "name": "G",
                "item_ids": ids,
                "pre_actions": [
                    {"kind": "script", "name": "Check", "command": "echo checking; exit 3"}
                ],
            }
        ],
    }
    answer = op.api.post(plans, json=failing)
    assert answer.status_code == 201, answer.text
    plan = answer.json()
    job = op.start(f"{plans}/{plan['id']}/test-failover")
    ended = wait_until(
        lambda: (j := op.get(f"/api/v1/jobs/{job['id']}"))["state"] in ("failed", "succeeded") and j
    )
    assert ended["state"] == "failed"
    [alert] = wait_until(lambda: open_alerts(op, code="job-failed"), timeout=5)
    assert alert["severity"] == "critical"
    assert alert["object_kind"] == "job" and alert["object_id"] == job["id"]
    assert alert["job_id"] == job["id"]
    assert alert["object_name"] == "Test failover of the plan Web"
    assert "Check" in alert["message"] and "exited with status 3" in alert["message"]
    assert "restart" in alert["what_to_do"]

    # A manual action left waiting past the configured time raises its own alert; resuming
    # resolves it.
    fast_lab.ctx.settings.manual_action_alert_seconds = 1.0
    waiting = {
        "name": "Web",
        "groups": [
            {
                "name": "G",
                "item_ids": ids,
                "pre_actions": [
                    {"kind": "manual", "name": "Call the DBA", "instructions": "Ask for a go."}
                ],
            }
        ],
    }
    assert op.api.put(f"{plans}/{plan['id']}", json=waiting).status_code == 200
    job2 = op.start(f"{plans}/{plan['id']}/test-failover")
    wait_until(lambda: op.get(f"/api/v1/jobs/{job2['id']}")["state"] == "waiting")
    [slow] = wait_until(lambda: open_alerts(op, code="manual-action-waiting"), timeout=30)
    assert slow["job_id"] == job2["id"] and "Ask for a go." in slow["message"]
    assert op.api.post(f"/api/v1/jobs/{job2['id']}/resume").status_code == 200
    wait_until(lambda: not open_alerts(op, code="manual-action-waiting"), timeout=10)
    done = op.finish(job2)
    assert done["state"] == "succeeded"
    # The plan's later test failover succeeded: the failed-job alert resolves by itself.
    wait_until(lambda: not open_alerts(op, code="job-failed"), timeout=5)
    # Its two test VMs wait for a cleanup: one alert for the plan, not one per VM.
    [pending] = wait_until(
        lambda: open_alerts(op, code="test-failover-cleanup-pending"), timeout=10
    )
    assert pending["cause"] == f"plan:test-failover-cleanup-pending:{plan['id']}"
    assert pending["object_kind"] == "recovery-plan" and pending["object_name"] == "Web"
    assert {i["id"] for i in pending["items"]} == set(ids)
    assert health_alerts_of(op, ids) == []
    cleanup = op.start(f"{plans}/{plan['id']}/test-failover-cleanup", {"notes": "Fine."})
    op.finish(cleanup)
    wait_until(lambda: not open_alerts(op, code="test-failover-cleanup-pending"), timeout=10)

    # A failed drill of the plan raises an alert leading to its test failover job; a later
    # passed drill resolves it.
    def drill(state: str) -> dict[str, Any]:
        body = {
            "plan_id": plan["id"],
            "plan_name": "Web",
            "state": state,
            "started": done["created"],
            "ended": done["ended"],
            "test_failover_job_id": job2["id"],
            "notes": "The web tier did not answer." if state == "failed" else "All good.",
        }
        answer = op.api.post("/api/v1/drills", json=body)
        assert answer.status_code == 201, answer.text
        return answer.json()

    failed = drill("failed")
    [bad] = open_alerts(op, code="drill-failed")
    assert bad["object_kind"] == "drill" and bad["object_id"] == failed["id"]
    assert bad["job_id"] == job2["id"] and "did not answer" in bad["message"]
    drill("passed")
    assert open_alerts(op, code="drill-failed") == []


def test_bad_alert_filters_are_problems(fast_lab: RunningServer) -> None:
    op = Operator(fast_lab)
    for params in (
        {"severity": "dire"},
        {"code": "Not A Code!"},
        {"resolved": "perhaps"},
        {"object_kind": "x" * 40},
    ):
        answer = op.api.get("/api/v1/alerts", params=params)
        assert answer.status_code == 422, (params, answer.text)
        assert answer.headers["content-type"].startswith("application/problem+json")
        assert answer.json()["errors"][0]["field"]
