"""Alerts that follow a condition: raised once, updated while it lasts, resolved when it ends.

A condition is named by a `cause` key (e.g. "loop:replication-monitor" or
"storage-full:<host id>"). Its open alert lives under an id derived from the key, so
finding it is one read, never a scan of the alert log; when the condition returns after being
resolved, the resolved alert is kept under an id of its own and a new one opens.
"""

from __future__ import annotations

import hashlib
from typing import Any

from app.domain.enums import Severity
from app.domain.model import Alert

from .notifications import notify
from .store import Transaction, new_id, now

_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}


def alert_id_for(cause: str) -> str:
    return "alert-c" + hashlib.sha1(cause.encode()).hexdigest()[:20]


async def raise_alert(
    tx: Transaction,
    *,
    cause: str,
    severity: Severity,
    object_kind: str,
    object_id: str,
    message: str,
    code: str | None = None,
    params: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Open the condition's alert, or update it in place (message, a higher severity);
    nothing is written when nothing changed. Returns the alert's body. `code` and `params`
    say the message for other languages (app/domain/alert_text.py)."""
    params = params or {}
    alert_id = alert_id_for(cause)
    body = await tx.get("alert", alert_id)
    if body is not None and body.get("resolved_at"):
        archived = new_id("alert")  # the resolved episode stays in the log under its own id
        await tx.delete("alert", alert_id)
        await tx.put("alert", archived, {**body, "id": archived})
        body = None
    if body is None:
        alert = Alert(
            id=alert_id,
            severity=severity,
            object_kind=object_kind,
            object_id=object_id,
            message=message,
            time=now(),
            cause=cause,
            code=code,
            params=params,
        )
        body = alert.model_dump(mode="json")
        await tx.put("alert", alert_id, body)
        await notify(tx, body, "raised")
        return body
    worse = _ORDER[severity] > _ORDER[Severity(body["severity"])]
    if body["message"] != message or worse:
        body = {**body, "message": message, "code": code, "params": params}
        if worse:
            body["severity"] = str(severity)
            body["acknowledged_by"] = body["acknowledged_at"] = None  # worse: look again
        await tx.put("alert", alert_id, body)
        if worse:
            await notify(tx, body, "escalated")
    return body


async def resolve_alert(
    tx: Transaction,
    cause: str,
    message: str | None = None,
    code: str | None = None,
    params: dict[str, Any] | None = None,
) -> bool:
    """Resolve the condition's open alert, if any (with `message` as what ended it, said
    by `code` and `params` too)."""
    alert_id = alert_id_for(cause)
    body = await tx.get("alert", alert_id)
    if body is None or body.get("resolved_at"):
        return False
    body = {**body, "resolved_at": now().isoformat()}
    if message:
        body["message"] = f"{body['message']} {message}"
        body["resolution_code"], body["resolution_params"] = code, params or {}
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
