"""Sending notifications: the outbox's deliveries go out in a supervised background loop.

Every control-plane process runs `run(ctx)`: each round it claims the deliveries that are due
(a conditional UPDATE that pushes the next attempt a claim's length ahead, so two processes
on one PostgreSQL vault never send one delivery twice at once, and one that dies mid-send
leaves it to be tried again), sends them concurrently with a timeout each, and records the
outcome in the delivery's row — the rule's delivery log. A failure is retried with
exponential backoff and jitter up to `notify_max_attempts`, then the delivery is `failed`
with its last error. Nothing here waits on a receiver while holding the store, so a receiver
that is down or slow never blocks the control plane.

Webhooks: a JSON POST signed with HMAC-SHA256 (the `X-Standby-Signature` header is
`sha256=<hex>` over the bytes `<X-Standby-Timestamp> + "." + <body>`). E-mail: SMTP with
STARTTLS (or TLS from the first byte) and login, a plain-text and an HTML part, sent by the
standard library's smtplib in a worker thread.

Secrets never reach a log line: errors are told without the URL's path and query, and the
SMTP password and the signing secret are only ever handed to hmac and smtplib.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import json
import logging
import random
import smtplib
import ssl
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select, update

from app.domain.notifications import Delivery, QuietHours

from . import notifications
from .context import VERSION, ServerContext
from .notifications import DELIVERIES, RULES
from .store import now
from .supervisor import Loop, Supervisor

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Standby-Signature"
TIMESTAMP_HEADER = "X-Standby-Timestamp"
MAX_ERROR = 500
BATCH = 50
CONCURRENCY = 8

NOTIFICATION_DELIVERY = Loop(
    "notification-delivery",
    "Notification delivery",
    "sends the notifications of alerts to webhooks and e-mail",
    "Until it works again, alerts are kept and their notifications wait in the outbox; none "
    "is lost.",
)


# --- signing ------------------------------------------------------------------------------


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Standby-Signature header's value: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">."""
    signed = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def verify(secret: str, timestamp: str, body: bytes, header: str) -> bool:
    """What a receiver does (and the tests): compare in constant time."""
    return hmac.compare_digest(signature(secret, timestamp, body), header)


# --- what is sent -------------------------------------------------------------------------


@dataclass
class Outcome:
    ok: bool
    status: int | None = None  # HTTP status or SMTP reply code
    error: str | None = None


def where(channel: dict[str, Any]) -> str:
    """The channel's destination as a log line may tell it (no path, query or credentials)."""
    if channel["kind"] == "webhook":
        parts = urlsplit(channel["url"])
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{parts.hostname}{port}"
    return f"smtp://{channel['host']}:{channel['port']}"


def _clean(text: str, rule: dict[str, Any]) -> str:
    """An error's text with anything secret taken out, on one line, cut to length."""
    channel = rule["channel"]
    if channel["kind"] == "webhook":
        text = text.replace(channel["url"], where(channel))
    for secret in (channel.get("secret"), channel.get("password")):
        if secret:
            text = text.replace(secret, "***")
    text = " ".join(text.split())
    return text if len(text) <= MAX_ERROR else text[: MAX_ERROR - 1] + "…"


def _error_text(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return f"no answer in time ({type(exc).__name__})"
    return f"{type(exc).__name__}: {text}"


def webhook_body(delivery_id: int, rule: dict[str, Any], stored: dict[str, Any]) -> bytes:
    document = {
        "delivery": delivery_id,
        "event": stored["event"],
        "rule": {"id": rule["id"], "name": rule["name"]},
        "alert": stored["alert"],
    }
    return json.dumps(document, separators=(",", ":"), default=str).encode()


async def send_webhook(
    rule: dict[str, Any], delivery_id: int, stored: dict[str, Any], timeout: float
) -> Outcome:
    channel = rule["channel"]
    body = webhook_body(delivery_id, rule, stored)
    stamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": f"standby/{VERSION}",
        "X-Standby-Event": stored["event"],
        "X-Standby-Delivery": str(delivery_id),
        TIMESTAMP_HEADER: stamp,
        SIGNATURE_HEADER: signature(channel["secret"], stamp, body),
    }
    try:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=False) as http:
            response = await http.post(channel["url"], content=body, headers=headers)
    except httpx.ConnectError as exc:
        text = f"cannot connect to {where(channel)} ({exc or type(exc).__name__})"
        return Outcome(False, None, _clean(text, rule))
    except (httpx.HTTPError, OSError) as exc:
        return Outcome(False, None, _clean(_error_text(exc), rule))
    if 200 <= response.status_code < 300:
        return Outcome(True, response.status_code)
    return Outcome(
        False,
        response.status_code,
        _clean(f"HTTP {response.status_code} {response.reason_phrase}", rule),
    )


def email_message(rule: dict[str, Any], stored: dict[str, Any]) -> EmailMessage:
    channel, alert, event = rule["channel"], stored["alert"], stored["event"]
    severity = str(alert["severity"]).capitalize()
    first = " ".join(str(alert["message"]).split())
    short = first if len(first) <= 90 else first[:89] + "…"
    heading = {
        "raised": f"{severity} alert",
        "escalated": f"Alert now {severity.lower()}",
        "resolved": "Resolved",
        "test": "Test notification",
    }.get(event, event)
    subject = f"[Standby] {heading}: {short}"
    facts = [
        ("Severity", severity),
        ("About", f"{alert['object_kind']} {alert['object_id']}"),
        ("Raised", str(alert["time"])),
    ]
    if alert.get("resolved_at"):
        facts.append(("Resolved", str(alert["resolved_at"])))
    facts += [("Alert", str(alert["id"])), ("Rule", rule["name"])]
    text = f"{heading}\n\n{alert['message']}\n\n" + "".join(
        f"{name}: {value}\n" for name, value in facts
    )
    rows = "".join(
        f"<tr><th align='left'>{html.escape(name)}</th><td>{html.escape(value)}</td></tr>"
        for name, value in facts
    )
    page = (
        "<!DOCTYPE html><html><body style='font-family: sans-serif'>"
        f"<h2>{html.escape(heading)}</h2><p>{html.escape(str(alert['message']))}</p>"
        f"<table cellpadding='4'>{rows}</table>"
        "<p style='color:#666'>Sent by Standby's notification rule "
        f"{html.escape(rule['name'])}.</p></body></html>"
    )
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = channel["sender"]
    message["To"] = ", ".join(channel["recipients"])
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=channel["sender"].rpartition("@")[2] or None)
    message.set_content(text)
    message.add_alternative(page, subtype="html")
    return message


def _tls_context(channel: dict[str, Any]) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if channel.get("ca_certificate"):
        context.load_verify_locations(cadata=channel["ca_certificate"])
    return context


def _smtp_send(channel: dict[str, Any], message: EmailMessage, timeout: float) -> int:
    security = channel.get("security", "starttls")
    smtp: smtplib.SMTP
    if security == "tls":
        smtp = smtplib.SMTP_SSL(
            channel["host"], channel["port"], timeout=timeout, context=_tls_context(channel)
        )
    else:
        smtp = smtplib.SMTP(channel["host"], channel["port"], timeout=timeout)
    with smtp:
        smtp.ehlo()
        if security == "starttls":
            smtp.starttls(context=_tls_context(channel))
            smtp.ehlo()
        if channel.get("username"):
            smtp.login(channel["username"], channel.get("password") or "")
        refused = smtp.send_message(message)
        if refused:
            raise smtplib.SMTPRecipientsRefused(refused)
    return 250


async def send_email(rule: dict[str, Any], stored: dict[str, Any], timeout: float) -> Outcome:
    message = email_message(rule, stored)
    try:
        code = await asyncio.wait_for(
            asyncio.to_thread(_smtp_send, rule["channel"], message, timeout), timeout * 3
        )
    except smtplib.SMTPResponseException as exc:
        reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else ""
        return Outcome(False, exc.smtp_code, _clean(f"SMTP {exc.smtp_code} {reply}", rule))
    except (smtplib.SMTPException, OSError, TimeoutError, ssl.SSLError) as exc:
        return Outcome(False, None, _clean(_error_text(exc), rule))
    return Outcome(True, code)


async def send(
    rule: dict[str, Any], delivery_id: int, stored: dict[str, Any], timeout: float
) -> Outcome:
    if rule["channel"]["kind"] == "webhook":
        return await send_webhook(rule, delivery_id, stored, timeout)
    return await send_email(rule, stored, timeout)


# --- the loop -----------------------------------------------------------------------------


class Dispatcher:
    """Claims due deliveries, sends them, records what happened (see the module's docstring)."""

    def __init__(self, ctx: ServerContext, rng: random.Random | None = None):
        self.ctx = ctx
        self._rng = rng or random.Random()

    def retry_delay(self, attempts: int) -> float:
        """After failed attempt n: base·2^(n-1), capped, less a random share of up to half."""
        settings = self.ctx.settings
        raw = min(
            settings.notify_retry_cap_seconds,
            settings.notify_retry_base_seconds * 2.0 ** min(attempts - 1, 32),
        )
        return raw * (1.0 - 0.5 * self._rng.random())

    @property
    def claim_seconds(self) -> float:
        """How long a claimed delivery is left alone: its send's longest time, and then some."""
        return 4 * self.ctx.settings.notify_timeout_seconds + 30

    async def run_once(self) -> int:
        """One round: every due delivery (up to a batch) sent; returns how many were tried."""
        store = self.ctx.store
        moment = now()
        async with store.engine.connect() as conn:
            due = (
                await conn.execute(
                    select(DELIVERIES.c.id, DELIVERIES.c.rule_id)
                    .where(DELIVERIES.c.state == "pending", DELIVERIES.c.next_attempt_at <= moment)
                    .order_by(DELIVERIES.c.next_attempt_at, DELIVERIES.c.id)
                    .limit(BATCH)
                )
            ).all()
            rule_ids = {row.rule_id for row in due}
            rules = {
                rule_id: json.loads(text)
                for rule_id, text in await conn.execute(
                    select(RULES.c.id, RULES.c.body).where(RULES.c.id.in_(rule_ids))
                )
            }
        if not due:
            return 0
        claimed: list[tuple[int, dict[str, Any], dict[str, Any], int]] = []
        async with store.write() as conn:
            for row in due:
                rule = rules.get(row.rule_id)
                if rule is None:
                    continue  # deleted meanwhile: its deliveries went with it
                if not rule["enabled"]:
                    await conn.execute(
                        update(DELIVERIES)
                        .where(DELIVERIES.c.id == row.id, DELIVERIES.c.state == "pending")
                        .values(state="failed", last_error="The rule was disabled before sending.")
                    )
                    continue
                quiet = rule.get("quiet_hours")
                held = QuietHours(**quiet).held_until(moment) if quiet else None
                until = held or moment + timedelta(seconds=self.claim_seconds)
                result = await conn.execute(
                    update(DELIVERIES)
                    .where(
                        DELIVERIES.c.id == row.id,
                        DELIVERIES.c.state == "pending",
                        DELIVERIES.c.next_attempt_at <= moment,
                    )
                    .values(next_attempt_at=until)
                    .returning(DELIVERIES.c.payload, DELIVERIES.c.attempts)
                )
                found = result.first()
                if found is None or held is not None:
                    continue  # claimed by another process, or held until the quiet hours end
                claimed.append((row.id, rule, json.loads(found.payload), found.attempts))
        if not claimed:
            return 0
        gate = asyncio.Semaphore(CONCURRENCY)

        async def one(item: tuple[int, dict[str, Any], dict[str, Any], int]) -> None:
            delivery_id, rule, stored, attempts = item
            async with gate:
                outcome = await send(
                    rule, delivery_id, stored, self.ctx.settings.notify_timeout_seconds
                )
            await self.record(delivery_id, rule, attempts + 1, outcome, retry=True)

        await asyncio.gather(*(one(item) for item in claimed))
        return len(claimed)

    async def record(
        self, delivery_id: int, rule: dict[str, Any], attempts: int, outcome: Outcome, retry: bool
    ) -> None:
        settings = self.ctx.settings
        values: dict[str, Any] = {"attempts": attempts, "last_status": outcome.status}
        if outcome.ok:
            values.update(state="delivered", delivered_at=now(), last_error=None)
            if attempts > 1:
                log.info(
                    "notification %d to rule %s (%s) delivered after %d attempts",
                    delivery_id,
                    rule["name"],
                    where(rule["channel"]),
                    attempts,
                )
        else:
            values["last_error"] = outcome.error
            final = not retry or attempts >= settings.notify_max_attempts
            if final:
                values["state"] = "failed"
            else:
                values["next_attempt_at"] = now() + timedelta(seconds=self.retry_delay(attempts))
            log.log(
                logging.WARNING if final else logging.INFO,
                "notification %d to rule %s (%s) failed, attempt %d of %d%s: %s",
                delivery_id,
                rule["name"],
                where(rule["channel"]),
                attempts,
                settings.notify_max_attempts if retry else 1,
                " (given up)" if final else " (retrying)",
                outcome.error,
            )
        async with self.ctx.store.write() as conn:
            await conn.execute(
                update(DELIVERIES).where(DELIVERIES.c.id == delivery_id).values(**values)
            )

    async def send_test(self, rule_id: str) -> Delivery:
        """Send a test notification through the rule now, once (no retry, quiet hours or
        not), and return its delivery-log row."""
        rule = await notifications.get_rule(self.ctx.store, rule_id)
        vault = await self.ctx.store.vault()
        alert = {
            "id": "test",
            "severity": rule["min_severity"],
            "object_kind": "vault",
            "object_id": vault["id"],
            "object_name": vault["name"],
            "message": (
                f"A test of the notification rule '{rule['name']}' from the control plane of "
                f"the vault {vault['name']}: if you read this, its alerts reach you here."
            ),
            "time": now().isoformat(),
            "acknowledged_by": None,
            "acknowledged_at": None,
            "cause": None,
            "resolved_at": None,
        }
        async with self.ctx.store.write() as conn:
            delivery_id = await notifications.add_delivery(conn, rule_id, "test", alert)
            # Not the loop's: it is sent here and now.
            await conn.execute(
                update(DELIVERIES)
                .where(DELIVERIES.c.id == delivery_id)
                .values(next_attempt_at=now() + timedelta(days=3650))
            )
        stored = notifications.payload("test", alert)
        outcome = await send(rule, delivery_id, stored, self.ctx.settings.notify_timeout_seconds)
        await self.record(delivery_id, rule, 1, outcome, retry=False)
        async with self.ctx.store.engine.connect() as conn:
            row = (
                await conn.execute(select(DELIVERIES).where(DELIVERIES.c.id == delivery_id))
            ).one()
        return notifications.delivery_of(row)


async def run(ctx: ServerContext) -> None:
    """The delivery loop, supervised (supervisor.py); every process runs one."""
    dispatcher = Dispatcher(ctx)

    def every() -> float:
        return ctx.settings.notify_poll_seconds

    await Supervisor(ctx, NOTIFICATION_DELIVERY, dispatcher.run_once, every).run()
