"""Every coded text the control plane sends — job steps' names and lines, health reasons,
alerts — renders in each console language from its code and parameters: every placeholder
filled, times in local time (never ISO 8601), and not the English sentence."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from app.console import formatting as fmt
from app.console import i18n
from app.console.alert_text import alert_text
from app.console.job_text import job_operation, render
from app.console.reason_text import reason_text
from app.domain.alert_text import ALERT_TEXTS
from app.domain.enums import Health, Severity
from app.domain.health import REASON_TEXTS, evaluate
from app.domain.model import Alert, HealthReason
from app.domain.step_text import DETAILS, STEP_NAMES, Text, english

LANGUAGES = ("sv", "nl", "it", "es")
WHEN = datetime(2026, 12, 4, 2, 17, 36, 155481, tzinfo=UTC)
PARAMS = {
    "start_time": WHEN.isoformat(),
    "point_time": WHEN.isoformat(),
    "point_kind": "crash-consistent",
    "operation": "test-failover",
    "bytes_shipped": 3 * 1024 * 1024,
    "blocks_shipped": 3,
    "blocks_compared": 40,
    "writes_lost": 0,
    "writes_until": WHEN.isoformat(),
    "unreplicated_bytes": 5 * 1024 * 1024,
    "host": "ams-gold-hv01",
    "test_vm": "vm-sql-01-test",
    "count": 2,
    "error": "boom",
    "instructions": "Log in.",
    "group": 1,
    "group_name": "Databases",
    "action": "Announce",
    "address": "10.20.0.11/24",
    "rule_from": "10.10.0.0/24",
    "rule_to": "10.20.0.0/24",
}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}T|\d{2}:\d{2}:\d{2}\.\d|\+00:00")


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_job_steps_names_and_lines(language):
    for code, template in {**STEP_NAMES, **DETAILS}.items():
        params = {k: v for k, v in PARAMS.items() if "{" + k + "}" in template}
        text = render(code, params, lambda kind, i: {"vm-sql-01-test": "sql-01-test"}.get(i))
        assert text is not None, code
        assert "{" not in text and not ISO.search(text), (code, text)
        if params or code not in ("plan-shutdown",):
            assert text != english(code, params), (language, code, text)
        if "point_time" in params:
            assert fmt.clock(WHEN) in text, text
    assert job_operation("test-failover@plan") != "Test failover@plan"
    assert "@" not in job_operation("test-failover@plan")


def test_the_english_says_times_in_utc_without_microseconds():
    line = Text("test-vm-started", test_vm="vm-1-test", point_time=WHEN.isoformat())
    assert str(line).startswith("Test VM vm-1-test started from the point of ")
    assert "02:17:36 UTC" in line  # with the date before it on another day than today
    assert line.endswith("UTC.") and ".155481" not in line and line.code == "test-vm-started"


def test_health_reasons(language):
    from app.domain.enums import ActiveLocation, ReplicationState, TestFailoverState
    from app.domain.health import ReplicaSide

    _, reasons = evaluate(
        replication=ReplicationState.PROTECTED,
        rpo_seconds=4000,
        copy_frequency_seconds=300,
        missed_cycles=5,
        agent_connected=False,
        source_site_up=False,
        location=ActiveLocation.PRIMARY,
        test_failover=TestFailoverState.CLEANUP_PENDING,
        storage_full=[("replica", "ams-gold-hv01"), ("source", "sto-gold-hv01")],
        guest_paused=True,
        last_point=WHEN,
        now=WHEN,
        replica=ReplicaSide("ams-gold-hv01", "Amsterdam", site_up=False),
    )
    _, failed = evaluate(
        replication=ReplicationState.FAILOVER_FAILED,
        rpo_seconds=None,
        copy_frequency_seconds=300,
        missed_cycles=0,
        failure="the host said no",
    )
    shrank = "VM web-01: its disk shrank (vdb from 100 to 80 bytes)"
    _, resync = evaluate(
        replication=ReplicationState.RESYNC_REQUIRED,
        rpo_seconds=60.0,
        copy_frequency_seconds=300,
        missed_cycles=0,
        resync_reason=shrank,
    )
    codes = {r.code for r in reasons + failed + resync}
    assert {"rpo-critical", "missed-cycles", "replica-unreachable", "failover-failed"} <= codes
    (why,) = [r for r in resync if r.code == "resync-required"]
    assert shrank in reason_text(why)  # the console shows the cause, in the console's words
    for reason in reasons + failed + resync:
        text = reason_text(reason)
        assert text != reason.message and "{" not in text and not ISO.search(text), text
    fixed = [c for c in REASON_TEXTS if "{" not in REASON_TEXTS[c] and not c.startswith("why")]
    for code in fixed:
        if code in ("no-point-yet", "none-received"):
            continue
        reason = HealthReason(code=code, message="English", severity=Health.WARNING)
        assert reason_text(reason) not in ("English", REASON_TEXTS[code]), code


def test_alerts(language):
    samples = {
        "agent-lost": {"host": "h1"},
        "agent-back": {"host": "h1"},
        "site-unreachable": {"site": "Amsterdam"},
        "site-back": {"site": "Amsterdam"},
        "host-storage-low": {"host": "h1", "total_bytes": 100 << 30, "free_bytes": 9 << 30},
        "protection-at-risk": {
            "site": "Amsterdam",
            "count": 12,
            "causes": [["site", "Amsterdam"], ["link", ""]],
            "vms": ["a", "b"],
            "more": 10,
        },
        "replication-back": {"site": "Amsterdam"},
        "storage-full": {"host": "h1", "count": 3, "sides": ["replica", "source"]},
        "figures-stale": {"since": WHEN.isoformat()},
        "figures-stale-since-start": {},
    }
    resolutions = {
        "host-storage-low": ("host-storage-ok", samples["host-storage-low"]),
        "storage-full": ("space-returned", {}),
        "protection-at-risk": ("replication-reaches-it", {}),
    }
    for code, params in samples.items():
        assert code in ALERT_TEXTS
        resolution, resolution_params = resolutions.get(code, (None, {}))
        alert = Alert(
            id="alert-1",
            severity=Severity.WARNING,
            object_kind="host",
            object_id="h1",
            message="English",
            time=WHEN,
            text_code=code,
            text_params=params,
            resolution_code=resolution,
            resolution_params=resolution_params,
        )
        text = alert_text(alert)
        assert text != "English" and "{" not in text and not ISO.search(text), (code, text)
