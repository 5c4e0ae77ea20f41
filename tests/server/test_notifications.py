"""Notifications through a real control plane on both backends: rules managed by admins,
alerts delivered to a real webhook receiver (signature checked) and a real SMTP server
(STARTTLS, login, a plain-text and an HTML part), retries with backoff against a receiver
that is down, failures visible in the delivery log, nothing lost across a restart, and
secrets that never come back out. No timing is asserted: every wait polls with a bound."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from app.domain.enums import Severity
from app.server.alerts import raise_alert, resolve_alert
from app.server.context import Settings
from tests.support.receivers import SmtpReceiver, WebhookReceiver
from tests.support.server import RunningServer, free_port

WAIT = 60.0
SECRET = "whsec-7d1e0c4b-never-shown"
FAST = {
    "heartbeat_seconds": 1.0,
    "notify_poll_seconds": 0.1,
    "notify_retry_base_seconds": 0.1,
    "notify_retry_cap_seconds": 0.4,
    "notify_max_attempts": 3,
    "notify_timeout_seconds": 5.0,
}


def wait_until(predicate: Callable[[], Any], what: str, timeout: float = WAIT) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:g} s: {what}")
        time.sleep(0.05)


@pytest.fixture
def running(db_url: str) -> Iterator[RunningServer]:
    server = RunningServer(db_url, settings=Settings(**FAST)).start()
    yield server
    server.stop()


@pytest.fixture
def admin(running: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=running.url, headers=running.headers("admin"), timeout=30) as api:
        yield api


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    hook = WebhookReceiver(SECRET).start()
    yield hook
    hook.stop()


def webhook_rule(url: str, **extra: Any) -> dict[str, Any]:
    return {
        "name": extra.pop("name", "On call"),
        "min_severity": extra.pop("min_severity", "warning"),
        "channel": {"kind": "webhook", "url": url, "secret": SECRET},
        **extra,
    }


def create(api: httpx.Client, spec: dict[str, Any]) -> dict[str, Any]:
    answer = api.post("/api/v1/notification-rules", json=spec)
    assert answer.status_code == 201, answer.text
    return answer.json()


def raise_(
    running: RunningServer, cause: str, severity: str = "critical", message: str | None = None
) -> dict[str, Any]:
    async def go() -> dict[str, Any]:
        vault = await running.ctx.store.vault()
        async with running.ctx.store.transaction() as tx:
            return await raise_alert(
                tx,
                cause=cause,
                severity=Severity(severity),
                object_kind="vault",
                object_id=vault["id"],
                message=message or f"Test condition {cause} holds.",
            )

    return running.call(go)


def resolve(running: RunningServer, cause: str) -> None:
    async def go() -> None:
        async with running.ctx.store.transaction() as tx:
            await resolve_alert(tx, cause, "It ended.")

    running.call(go)


def deliveries(api: httpx.Client, rule_id: str) -> list[dict[str, Any]]:
    answer = api.get(f"/api/v1/notification-rules/{rule_id}/deliveries")
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_alert_reaches_a_webhook_signed_and_its_end_too(
    running: RunningServer, admin: httpx.Client, receiver: WebhookReceiver
) -> None:
    rule = create(admin, webhook_rule(receiver.url))
    assert rule["channel"] == {"kind": "webhook", "url": receiver.url, "secret_set": True}

    alert = raise_(running, "test:replication", "critical")
    wait_until(lambda: receiver.received, "the webhook receives the alert")
    first = receiver.received[0]
    assert first.signature_ok, first.headers
    assert first.headers["Content-Type"] == "application/json"
    assert first.json["event"] == "raised"
    assert first.json["alert"]["id"] == alert["id"]
    assert first.json["rule"] == {"id": rule["id"], "name": "On call"}
    assert first.headers["X-Standby-Delivery"] == str(first.json["delivery"])
    log = wait_until(
        lambda: [d for d in deliveries(admin, rule["id"]) if d["state"] == "delivered"],
        "the delivery log says delivered",
    )
    assert log[0]["attempts"] == 1 and log[0]["last_status"] == 200
    assert log[0]["alert_id"] == alert["id"] and log[0]["last_error"] is None

    raise_(running, "test:info", "info")  # below the rule's severity: not sent
    resolve(running, "test:replication")
    wait_until(lambda: len(receiver.received) >= 2, "the resolution is sent")
    assert receiver.received[1].json["event"] == "resolved"
    assert receiver.received[1].signature_ok
    assert all(r.json["alert"]["severity"] != "info" for r in receiver.received)
    assert {d["event"] for d in deliveries(admin, rule["id"])} == {"raised", "resolved"}

    # A condition that grows worse is told again; a message updated in place is not.
    raise_(running, "test:growing", "warning")
    raise_(running, "test:growing", "warning", message="Test condition test:growing: 3 VMs.")
    raise_(running, "test:growing", "critical")
    wait_until(lambda: len(receiver.received) >= 4, "the escalation is sent")
    # Sent concurrently, so they may arrive in either order: the delivery id orders them.
    growing = sorted(
        (r.json for r in receiver.received if r.json["alert"]["cause"] == "test:growing"),
        key=lambda body: body["delivery"],
    )
    assert [(g["event"], g["alert"]["severity"]) for g in growing] == [
        ("raised", "warning"),
        ("escalated", "critical"),
    ]


def test_a_receiver_that_is_down_is_retried_then_fails_visibly(
    running: RunningServer, admin: httpx.Client
) -> None:
    nowhere = f"http://127.0.0.1:{free_port()}/hook"  # nothing listens there
    rule = create(admin, webhook_rule(nowhere))
    alert = raise_(running, "test:down", "warning")

    failed = wait_until(
        lambda: [d for d in deliveries(admin, rule["id"]) if d["state"] == "failed"],
        "the delivery fails after its retries",
    )
    assert failed[0]["attempts"] == FAST["notify_max_attempts"]
    assert "refused" in failed[0]["last_error"].lower() or "connect" in failed[0]["last_error"]
    assert failed[0]["next_attempt_at"] is None
    metrics = httpx.get(f"{running.url}/metrics", timeout=30).text
    assert 'standby_notification_deliveries{state="failed"} 1.0' in metrics
    # The alert log lost nothing.
    alerts = admin.get("/api/v1/alerts").json()
    assert any(a["id"] == alert["id"] and not a["resolved_at"] for a in alerts)


def test_deliveries_survive_a_restart_and_go_out_when_the_receiver_returns(
    db_url: str,
) -> None:
    hook = WebhookReceiver(SECRET)  # not started yet: its port refuses
    settings = Settings(**{**FAST, "notify_max_attempts": 1000, "notify_retry_cap_seconds": 0.3})
    running = RunningServer(db_url, settings=settings).start()
    try:
        with httpx.Client(
            base_url=running.url, headers=running.headers("admin"), timeout=30
        ) as api:
            rule = create(api, webhook_rule(hook.url))
            raise_(running, "test:restart", "critical")
            wait_until(
                lambda: any(d["attempts"] >= 1 for d in deliveries(api, rule["id"])),
                "a first attempt failed",
            )
        running.stop()
        hook.start()
        running.start()  # same database and port, a new process's loop
        with httpx.Client(
            base_url=running.url, headers=running.headers("admin"), timeout=30
        ) as api:
            wait_until(lambda: hook.received, "the held delivery goes out after the restart")
            assert hook.received[0].signature_ok
            log = wait_until(
                lambda: [d for d in deliveries(api, rule["id"]) if d["state"] == "delivered"],
                "delivered in the log",
            )
            assert log[0]["attempts"] >= 2
    finally:
        running.stop()
        hook.stop()


def test_email_over_starttls_with_login_carries_text_and_html(
    running: RunningServer, admin: httpx.Client
) -> None:
    smtp = SmtpReceiver().start()
    try:
        spec = {
            "name": "Mail the team",
            "min_severity": "critical",
            "channel": {
                "kind": "email",
                "host": "127.0.0.1",
                "port": smtp.port,
                "security": "starttls",
                "username": smtp.username,
                "password": smtp.password,
                "sender": "standby@example.net",
                "recipients": ["oncall@example.net", "dr-team@example.net"],
                "ca_certificate": smtp.certificate,
            },
        }
        rule = create(admin, spec)
        assert rule["channel"]["password_set"] is True
        assert "password" not in rule["channel"]

        answer = admin.post(f"/api/v1/notification-rules/{rule['id']}/test")
        assert answer.status_code == 200, answer.text
        assert answer.json()["state"] == "delivered", answer.json()
        assert answer.json()["event"] == "test"

        raise_(running, "test:mail", "critical")
        wait_until(lambda: len(smtp.messages) >= 2, "the alert's mail arrives")
        assert smtp.logins and all(ok for _user, ok in smtp.logins)
        mail = smtp.messages[1]
        assert mail["To"] == "oncall@example.net, dr-team@example.net"
        assert mail["Subject"].startswith("[Standby] Critical alert: Test condition test:mail")
        plain = mail.get_body(preferencelist=("plain",))
        rich = mail.get_body(preferencelist=("html",))
        assert plain is not None and rich is not None
        assert "Test condition test:mail holds." in plain.get_content()
        assert "<h2>Critical alert</h2>" in rich.get_content()

        # A wrong password: the test fails with the server's answer, never the password.
        spec["channel"]["password"] = "wrong-password-4411"
        assert admin.put(f"/api/v1/notification-rules/{rule['id']}", json=spec).is_success
        failed = admin.post(f"/api/v1/notification-rules/{rule['id']}/test").json()
        assert failed["state"] == "failed" and failed["last_status"] == 535, failed
        assert "wrong-password-4411" not in failed["last_error"]
    finally:
        smtp.stop()


def test_only_admins_manage_rules_and_fields_are_named(
    running: RunningServer, admin: httpx.Client
) -> None:
    spec = webhook_rule("https://hooks.example.net/x")
    for role in ("viewer", "operator"):
        refused = httpx.post(
            f"{running.url}/api/v1/notification-rules", json=spec, headers=running.headers(role)
        )
        assert refused.status_code == 403, refused.text
        assert refused.headers["content-type"] == "application/problem+json"

    def field_of(body: dict[str, Any]) -> list[str]:
        answer = admin.post("/api/v1/notification-rules", json=body)
        assert answer.status_code == 422, answer.text
        assert answer.headers["content-type"] == "application/problem+json"
        return [e["field"] for e in answer.json()["errors"]]

    def unknown(body: dict[str, Any]) -> list[str]:  # a well-formed reference the vault lacks
        answer = admin.post("/api/v1/notification-rules", json=body)
        assert answer.status_code == 409, answer.text
        return [e["field"] for e in answer.json()["errors"]]

    assert unknown({**spec, "site_id": "site-nowhere"}) == ["site_id"]
    assert unknown({**spec, "plan_id": "plan-nowhere"}) == ["plan_id"]
    no_secret = {**spec, "channel": {"kind": "webhook", "url": "https://h.example.net/"}}
    assert field_of(no_secret) == ["channel.secret"]
    bad_url = {**spec, "channel": {**spec["channel"], "url": "ftp://h.example.net/"}}
    assert field_of(bad_url) == ["channel.webhook.url"]
    bad_zone = {**spec, "quiet_hours": {"start": "22:00", "end": "07:00", "timezone": "Mars/Base"}}
    assert field_of(bad_zone) == ["quiet_hours.timezone"]
    plain_auth = {
        **spec,
        "channel": {
            "kind": "email",
            "host": "smtp.example.net",
            "security": "none",
            "username": "u",
            "sender": "a@example.net",
            "recipients": ["b@example.net"],
        },
    }
    assert field_of(plain_auth) == ["channel.email.security"]

    create(admin, spec)
    again = admin.post("/api/v1/notification-rules", json=spec)
    assert again.status_code == 409
    assert admin.get("/api/v1/notification-rules/ntf-none").status_code == 404
    assert admin.post("/api/v1/notification-rules/ntf-none/test").status_code == 404


def test_secrets_are_never_answered_logged_or_put_on_the_feed(
    running: RunningServer,
    admin: httpx.Client,
    receiver: WebhookReceiver,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    # Everything at DEBUG (ours, uvicorn, httpx/httpcore, the SMTP library) except the
    # database drivers' statement traces, which show every bound parameter — stored secrets
    # and token hashes alike — and are never switched on by Standby (docs/architecture.md).
    for driver in ("aiosqlite", "sqlalchemy", "asyncpg"):
        caplog.set_level(logging.WARNING, logger=driver)
    answers: list[str] = []

    def keep(response: httpx.Response) -> httpx.Response:
        answers.append(response.text)
        return response

    rule = create(admin, webhook_rule(receiver.url))
    answers.append(str(rule))
    keep(admin.get("/api/v1/notification-rules"))
    keep(admin.get(f"/api/v1/notification-rules/{rule['id']}"))
    # Replaced without its secret: the stored one is kept (the receiver still verifies).
    replaced = webhook_rule(receiver.url, name="Renamed", min_severity="info")
    del replaced["channel"]["secret"]
    keep(admin.put(f"/api/v1/notification-rules/{rule['id']}", json=replaced))
    assert keep(admin.post(f"/api/v1/notification-rules/{rule['id']}/test")).json()["state"] == (
        "delivered"
    )
    assert receiver.received[-1].signature_ok

    # A rule that fails, and an SMTP login refused: their errors are logged and answered.
    down = create(admin, webhook_rule(f"http://127.0.0.1:{free_port()}/x", name="Down"))
    smtp = SmtpReceiver().start()
    try:
        mail = create(
            admin,
            {
                "name": "Mail",
                "channel": {
                    "kind": "email",
                    "host": "127.0.0.1",
                    "port": smtp.port,
                    "username": "standby",
                    "password": SECRET,  # wrong for this server
                    "sender": "standby@example.net",
                    "recipients": ["oncall@example.net"],
                    "ca_certificate": smtp.certificate,
                },
            },
        )
        keep(admin.post(f"/api/v1/notification-rules/{mail['id']}/test"))
    finally:
        smtp.stop()
    raise_(running, "test:secrets", "critical")
    wait_until(
        lambda: any(d["state"] == "failed" for d in deliveries(admin, down["id"])),
        "the failing rule gives up",
    )
    for rule_id in (rule["id"], down["id"], mail["id"]):
        keep(admin.get(f"/api/v1/notification-rules/{rule_id}/deliveries"))
    keep(admin.get("/api/v1/audit"))
    keep(admin.get("/api/v1/alerts"))
    keep(admin.get("/openapi.json"))
    events = running.call(lambda: running.ctx.store.events_after(0, limit=100_000))

    assert any("notification" in r.getMessage() for r in caplog.records)  # it did log
    for text in [*answers, caplog.text, *(e.data for e in events)]:
        assert SECRET not in text
        assert "path-and-query-stay-out-of-logs" not in caplog.text


def test_quiet_hours_hold_deliveries_and_a_test_goes_out_anyway(
    running: RunningServer, admin: httpx.Client, receiver: WebhookReceiver
) -> None:
    now = datetime.now(UTC)
    start, end = (now - timedelta(hours=1)).strftime("%H:%M"), (now + timedelta(hours=2))
    quiet = {"start": start, "end": end.strftime("%H:%M"), "timezone": "UTC"}
    rule = create(admin, webhook_rule(receiver.url, quiet_hours=quiet))
    assert rule["quiet_hours"] == quiet
    raise_(running, "test:quiet", "critical")
    later = (now + timedelta(hours=1)).isoformat()
    held = wait_until(
        lambda: [
            d
            for d in deliveries(admin, rule["id"])
            if d["next_attempt_at"] and d["next_attempt_at"] > later
        ],
        "the delivery is held until the quiet hours end",
    )
    assert held[0]["state"] == "pending" and held[0]["attempts"] == 0
    assert admin.post(f"/api/v1/notification-rules/{rule['id']}/test").json()["state"] == (
        "delivered"
    )
    assert [r.json["event"] for r in receiver.received] == ["test"]


def test_a_site_rule_hears_of_its_own_site_only(lab_server: RunningServer) -> None:
    hook = WebhookReceiver(SECRET).start()
    try:
        with httpx.Client(
            base_url=lab_server.url, headers=lab_server.headers("admin"), timeout=30
        ) as api:
            sites = {s["name"]: s["id"] for s in api.get("/api/v1/sites").json()}
            amsterdam, stockholm = sites["Amsterdam"], sites["Stockholm"]
            ams = create(api, webhook_rule(hook.url, name="Amsterdam", site_id=amsterdam))
            sto = create(api, webhook_rule(hook.url, name="Stockholm", site_id=stockholm))
            assert api.post(f"/api/v1/lab/sites/{amsterdam}/down").status_code == 200
            wait_until(
                lambda: any(
                    r.json["rule"]["id"] == ams["id"] and r.json["alert"]["object_id"] == amsterdam
                    for r in hook.received
                ),
                "the Amsterdam rule hears its site is down",
            )
            assert api.post(f"/api/v1/lab/sites/{amsterdam}/up").status_code == 200
            assert all(r.signature_ok for r in hook.received)
            for r in hook.received:
                if r.json["rule"]["id"] == sto["id"]:
                    assert r.json["alert"]["object_kind"] != "site"
                    assert r.json["alert"]["object_id"] != amsterdam
    finally:
        hook.stop()


def test_a_plan_rule_hears_of_its_items_and_their_jobs_only(
    running: RunningServer, admin: httpx.Client, receiver: WebhookReceiver
) -> None:
    async def estate() -> None:
        async with running.ctx.store.transaction() as tx:
            await tx.put("site", "site-a", {"id": "site-a", "name": "A"})
            await tx.put("cloud", "cloud-a", {"id": "cloud-a", "site_id": "site-a"})
            await tx.put("host", "host-a", {"id": "host-a", "cloud_id": "cloud-a"})
            for item in ("pi-in", "pi-out"):
                await tx.put("protected-item", item, {"id": item, "source_host_id": "host-a"})
            plan = {"id": "plan-1", "name": "P", "groups": [{"item_ids": ["pi-in"]}]}
            await tx.put("recovery-plan", "plan-1", plan)
            job = {"id": "job-1", "state": "failed", "object_kind": "protected-item"}
            created = datetime.now(UTC).isoformat()
            await tx.put("job", "job-1", {**job, "object_id": "pi-in", "created": created})

    running.call(estate)
    rule = create(admin, webhook_rule(receiver.url, name="Plan", plan_id="plan-1"))
    site_rule = create(admin, webhook_rule(receiver.url, name="Site", site_id="site-a"))

    def alert_on(kind: str, object_id: str) -> None:
        async def go() -> None:
            async with running.ctx.store.transaction() as tx:
                await raise_alert(
                    tx,
                    cause=f"test:{object_id}",
                    severity=Severity.CRITICAL,
                    object_kind=kind,
                    object_id=object_id,
                    message=f"About {object_id}.",
                )

        running.call(go)

    alert_on("protected-item", "pi-out")  # the site's, not the plan's
    alert_on("protected-item", "pi-in")  # both
    wait_until(lambda: len(receiver.received) >= 3, "three notifications")
    heard = sorted(
        (r.json["rule"]["name"], r.json["alert"]["object_id"]) for r in receiver.received
    )
    assert heard == [("Plan", "pi-in"), ("Site", "pi-in"), ("Site", "pi-out")]
    assert len(deliveries(admin, rule["id"])) == 1
    assert len(deliveries(admin, site_rule["id"])) == 2
