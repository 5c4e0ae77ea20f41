"""Alerts that follow a condition: raised once, updated while it lasts, resolved when it ends.

A condition is named by a `cause` key (e.g. "loop:replication-monitor" or
"storage-full:<host id>"). Its open alert lives under an id derived from the key, so
finding it is one read, never a scan of the alert log; when the condition returns after being
resolved, the resolved alert is kept under an id of its own and a new one opens.

Every such alert carries a stable `code` (the kind of cause: the health reasons' codes,
job-failed, site-down, …; by default the cause key's first part), its first (`time`) and
last (`last_seen`) sighting, and `resolved_at`. `last_seen` is written with any other change,
or once a minute at most while nothing else changes, so a lasting condition does not put its
alert on the feed at every status read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.domain.enums import Severity
from app.domain.model import Alert, AlertItem

from .notifications import notify
from .store import Transaction, new_id, now

_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}
LAST_SEEN_EVERY_SECONDS = 60.0


def alert_id_for(cause: str) -> str:
    return "alert-c" + hashlib.sha1(cause.encode()).hexdigest()[:20]


def code_of(cause: str) -> str:
    return cause.split(":", 1)[0]


def lasted(since: str | datetime, until: datetime | None = None) -> str:
    """'4 min', '1 h 05 min', '35 s': how long a condition lasted."""
    start = datetime.fromisoformat(since) if isinstance(since, str) else since
    seconds = max(0, round(((until or now()) - start).total_seconds()))
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes:02} min"
    return f"{hours // 24} d {hours % 24} h"


async def raise_alert(
    tx: Transaction,
    *,
    cause: str,
    severity: Severity,
    object_kind: str,
    object_id: str,
    message: str,
    code: str | None = None,
    object_name: str | None = None,
    items: list[AlertItem] | None = None,
    what_to_do: str | None = None,
    job_id: str | None = None,
    follow_severity: bool = False,
    text_code: str | None = None,
    text_params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Open the condition's alert, or update it in place (message, object, items, a higher
    severity — or, with `follow_severity`, a lower one too, without asking for a new
    acknowledgement); nothing is written when nothing changed. Returns the alert's body.
    `text_code` and `text_params` say the message for other languages
    (app/domain/alert_text.py)."""
    text_params = text_params or {}
    alert_id = alert_id_for(cause)
    body = await tx.get("alert", alert_id)
    if body is not None and body.get("resolved_at"):
        archived = new_id("alert")  # the resolved episode stays in the log under its own id
        await tx.delete("alert", alert_id)
        await tx.put("alert", archived, {**body, "id": archived})
        body = None
    listed = [i.model_dump(mode="json") for i in items] if items is not None else None
    moment = now()
    if body is None:
        alert = Alert(
            id=alert_id,
            severity=severity,
            object_kind=object_kind,
            object_id=object_id,
            message=message,
            time=moment,
            last_seen=moment,
            cause=cause,
            code=code or code_of(cause),
            object_name=object_name,
            items=items or [],
            what_to_do=what_to_do,
            job_id=job_id,
            text_code=text_code,
            text_params=text_params,
        )
        body = alert.model_dump(mode="json")
        await tx.put("alert", alert_id, body)
        await notify(tx, body, "raised")
        return body
    current = Severity(body["severity"])
    worse = _ORDER[severity] > _ORDER[current]
    milder = follow_severity and _ORDER[severity] < _ORDER[current]
    changes: dict[str, Any] = {}
    for key, value in (
        ("message", message),
        ("object_kind", object_kind),
        ("object_id", object_id),
        ("object_name", object_name),
        ("items", listed),
        ("what_to_do", what_to_do),
        ("job_id", job_id),
    ):
        if value is not None and body.get(key) != value:
            changes[key] = value
    if "message" in changes:  # what says it in other languages goes with it
        changes["text_code"], changes["text_params"] = text_code, text_params
    if worse or milder:
        changes["severity"] = str(severity)
    if worse:
        changes["acknowledged_by"] = changes["acknowledged_at"] = None  # worse: look again
    seen = body.get("last_seen")
    stale = seen is None or (
        (moment - datetime.fromisoformat(seen)).total_seconds() >= LAST_SEEN_EVERY_SECONDS
    )
    if changes or stale:
        body = {**body, **changes, "last_seen": moment.isoformat()}
        await tx.put("alert", alert_id, body)
        if worse:
            await notify(tx, body, "escalated")
    return body


async def resolve_alert(
    tx: Transaction,
    cause: str,
    message: str | None = None,
    *,
    say_duration: bool = False,
    summary: Callable[[dict[str, Any]], str] | None = None,
    text_code: str | None = None,
    text_params: dict[str, Any] | None = None,
) -> bool:
    """Resolve the condition's open alert, if any (with `message` as what ended it, and with
    `say_duration` how long it lasted). `summary`, given the alert's body, rewrites its
    message first (what the condition was, without what held only while it lasted).
    `text_code` and `text_params` say `message` for other languages."""
    alert_id = alert_id_for(cause)
    body = await tx.get("alert", alert_id)
    if body is None or body.get("resolved_at"):
        return False
    moment = now()
    body = {**body, "resolved_at": moment.isoformat(), "last_seen": moment.isoformat()}
    if summary is not None:
        body["message"] = summary(body)
    ending = message or ""
    if say_duration:
        ending = f"{ending} It lasted {lasted(body['time'], moment)}.".strip()
    if ending:
        body["message"] = f"{body['message']} {ending}"
    if message and summary is None and not say_duration:
        body["resolution_code"], body["resolution_params"] = text_code, text_params or {}
    await tx.put("alert", alert_id, body)
    await notify(tx, body, "resolved")
    return True


async def alert_open(tx: Transaction, cause: str) -> bool:
    body = await tx.get("alert", alert_id_for(cause))
    return body is not None and not body.get("resolved_at")


async def add_alert(tx: Transaction, alert: Alert) -> dict[str, Any]:
    """Record a one-off alert (an event, not a condition: a site back, an agent lost)."""
    body = alert.model_dump(mode="json")
    await tx.put("alert", alert.id, body)
    await notify(tx, body, "raised")
    return body
