"""Notification rules and the durable outbox of their deliveries.

`notify(tx, alert, event)` is the one call alerts.py makes when an alert is raised, made more
severe or resolved: inside the alert's own transaction it writes one delivery row per rule
that matches (enabled, severity at least the rule's, the rule's site or plan concerned), so a
notification exists exactly when the alert does — nothing is lost across a restart, and a
failed transaction leaves neither. `delivery.py` sends them in the background.

Rules live in a table of their own, never in `objects`: the change feed and the events table
carry every document written through `Transaction.put`, and a rule holds its channel's secret.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from pydantic import SecretStr
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from app.domain.enums import Severity
from app.domain.notifications import (
    Delivery,
    EmailChannel,
    EmailSpec,
    NotificationRule,
    NotificationRuleSpec,
    WebhookChannel,
    WebhookSpec,
    at_least,
)

from . import schema
from .problems import conflict, invalid, not_found, unknown_reference
from .store import Store, Transaction, _aware, dumps, new_id, now

RULES = schema.notification_rules
DELIVERIES = schema.notification_deliveries
MAX_RULES = 200


# --- stored rules: the spec as given, with the secrets in clear (the vault keeps them) --------


def _stored(spec: NotificationRuleSpec, rule_id: str, created: datetime) -> dict[str, Any]:
    return {**spec.wire(), "id": rule_id, "created": created.isoformat()}


def public(body: dict[str, Any]) -> NotificationRule:
    """A stored rule as the API answers it: the secrets replaced by whether they are set."""
    channel = dict(body["channel"])
    if channel["kind"] == "webhook":
        shown: WebhookChannel | EmailChannel = WebhookChannel(
            url=channel["url"], secret_set=bool(channel.get("secret"))
        )
    else:
        password = channel.pop("password", None)
        channel.pop("kind")
        shown = EmailChannel(**channel, password_set=bool(password))
    return NotificationRule(
        **{k: v for k, v in body.items() if k != "channel"},
        channel=shown,
    )


def spec_secret(body: dict[str, Any]) -> str | None:
    """The secret a stored rule's channel holds (webhook secret or SMTP password)."""
    channel = body["channel"]
    return channel.get("secret") if channel["kind"] == "webhook" else channel.get("password")


async def _check_references(conn: AsyncConnection, spec: NotificationRuleSpec) -> None:
    for field, kind in (("site_id", "site"), ("plan_id", "recovery-plan")):
        value = getattr(spec, field)
        if value is None:
            continue
        found = await conn.execute(
            select(schema.objects.c.id).where(
                schema.objects.c.kind == kind, schema.objects.c.id == value
            )
        )
        if found.first() is None:
            raise unknown_reference(field, f"no {kind.replace('-', ' ')} with id '{value}'")


async def _name_taken(conn: AsyncConnection, name: str, except_id: str | None) -> bool:
    for rule_id, text in await conn.execute(select(RULES.c.id, RULES.c.body)):
        if rule_id != except_id and json.loads(text)["name"].casefold() == name.casefold():
            return True
    return False


async def list_rules(store: Store) -> list[dict[str, Any]]:
    async with store.engine.connect() as conn:
        rows = await conn.execute(select(RULES.c.body).order_by(RULES.c.created, RULES.c.id))
        return [json.loads(text) for (text,) in rows]


async def get_rule(store: Store, rule_id: str) -> dict[str, Any]:
    async with store.engine.connect() as conn:
        text = (
            await conn.execute(select(RULES.c.body).where(RULES.c.id == rule_id))
        ).scalar_one_or_none()
    if text is None:
        raise not_found("notification rule", rule_id)
    return json.loads(text)


async def create_rule(store: Store, spec: NotificationRuleSpec) -> dict[str, Any]:
    if isinstance(spec.channel, WebhookSpec) and spec.channel.secret is None:
        raise invalid("channel.secret", "a webhook needs a signing secret")
    async with store.write() as conn:
        await _check_references(conn, spec)
        if await _name_taken(conn, spec.name, None):
            raise conflict(f"A notification rule named '{spec.name}' exists already.")
        count = (await conn.execute(select(func.count()).select_from(RULES))).scalar_one()
        if count >= MAX_RULES:
            raise conflict(f"There are {count} notification rules already (at most {MAX_RULES}).")
        created = now()
        body = _stored(spec, new_id("ntf"), created)
        await conn.execute(insert(RULES).values(id=body["id"], created=created, body=dumps(body)))
    return body


async def replace_rule(store: Store, rule_id: str, spec: NotificationRuleSpec) -> dict[str, Any]:
    async with store.write() as conn:
        text = (
            await conn.execute(select(RULES.c.body).where(RULES.c.id == rule_id))
        ).scalar_one_or_none()
        if text is None:
            raise not_found("notification rule", rule_id)
        old = json.loads(text)
        await _check_references(conn, spec)
        if await _name_taken(conn, spec.name, rule_id):
            raise conflict(f"A notification rule named '{spec.name}' exists already.")
        channel = spec.channel
        kept = old["channel"] if old["channel"]["kind"] == channel.kind else {}
        # A secret left out keeps the stored one (the API never shows it to send it back).
        if isinstance(channel, WebhookSpec) and channel.secret is None:
            if not kept.get("secret"):
                raise invalid("channel.secret", "a webhook needs a signing secret")
            channel = channel.model_copy(update={"secret": SecretStr(kept["secret"])})
        if isinstance(channel, EmailSpec) and channel.password is None and kept.get("password"):
            channel = channel.model_copy(update={"password": SecretStr(kept["password"])})
        spec = spec.model_copy(update={"channel": channel})
        body = _stored(spec, rule_id, datetime.fromisoformat(old["created"]))
        await conn.execute(update(RULES).where(RULES.c.id == rule_id).values(body=dumps(body)))
    return body


async def delete_rule(store: Store, rule_id: str) -> None:
    async with store.write() as conn:
        result = await conn.execute(delete(RULES).where(RULES.c.id == rule_id))
        if not result.rowcount:
            raise not_found("notification rule", rule_id)
        await conn.execute(delete(DELIVERIES).where(DELIVERIES.c.rule_id == rule_id))


# --- the delivery log ---------------------------------------------------------------------


def delivery_of(row: Any) -> Delivery:
    payload = json.loads(row.payload)
    return Delivery(
        id=row.id,
        rule_id=row.rule_id,
        alert_id=row.alert_id,
        event=row.event,
        severity=row.severity,
        message=payload.get("alert", {}).get("message", ""),
        created=_aware(row.created),
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=(
            _aware(row.next_attempt_at)
            if row.next_attempt_at is not None and row.state == "pending"
            else None
        ),
        delivered_at=_aware(row.delivered_at) if row.delivered_at else None,
        last_status=row.last_status,
        last_error=row.last_error,
    )


async def deliveries(
    store: Store, rule_id: str, *, state: str | None = None, limit: int = 100
) -> list[Delivery]:
    await get_rule(store, rule_id)  # 404 for an unknown rule
    query = (
        select(DELIVERIES)
        .where(DELIVERIES.c.rule_id == rule_id)
        .order_by(DELIVERIES.c.id.desc())
        .limit(limit)
    )
    if state:
        query = query.where(DELIVERIES.c.state == state)
    async with store.engine.connect() as conn:
        return [delivery_of(row) for row in await conn.execute(query)]


async def delivery_counts(store: Store) -> dict[str, int]:
    """Every rule's deliveries, counted by state (for /metrics)."""
    async with store.engine.connect() as conn:
        rows = await conn.execute(
            select(DELIVERIES.c.state, func.count()).group_by(DELIVERIES.c.state)
        )
        return {state: count for state, count in rows}


# --- enqueueing (inside the alert's transaction) ------------------------------------------


def payload(event: str, alert: dict[str, Any]) -> dict[str, Any]:
    return {"event": event, "alert": alert}


async def add_delivery(
    conn: AsyncConnection, rule_id: str, event: str, alert: dict[str, Any]
) -> int:
    moment = now()
    result = await conn.execute(
        insert(DELIVERIES).values(
            rule_id=rule_id,
            alert_id=alert.get("id"),
            event=event,
            severity=alert["severity"],
            created=moment,
            state="pending",
            attempts=0,
            next_attempt_at=moment,
            payload=dumps(payload(event, alert)),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


async def notify(tx: Transaction, alert: dict[str, Any], event: str) -> None:
    """Queue the alert's notification for every rule that wants it, in the alert's
    transaction. `event`: raised, escalated or resolved."""
    rules = [json.loads(text) for (text,) in await tx.conn.execute(select(RULES.c.body))]
    rules = [
        r
        for r in rules
        if r["enabled"] and at_least(Severity(alert["severity"]), Severity(r["min_severity"]))
    ]
    if not rules:
        return
    scope: tuple[set[str], set[str]] | None = None
    for rule in rules:
        if rule.get("site_id") or rule.get("plan_id"):
            if scope is None:
                scope = await concerns(tx, alert["object_kind"], alert["object_id"])
            sites, plans = scope
            if rule.get("site_id") and rule["site_id"] not in sites:
                continue
            if rule.get("plan_id") and rule["plan_id"] not in plans:
                continue
        await add_delivery(tx.conn, rule["id"], event, alert)


async def concerns(tx: Transaction, kind: str, object_id: str) -> tuple[set[str], set[str]]:
    """The sites and recovery plans an alert's object concerns: a site itself; a host's site;
    a VM's site; a protected item's source and recovery sites and the plans holding it; a
    plan and its items' sites; a job's object. The vault concerns none (such alerts reach
    only rules without a site or plan)."""
    sites: set[str] = set()
    plans: set[str] = set()

    async def host_site(host_id: str | None) -> None:
        host = await tx.get("host", host_id) if host_id else None
        cloud = await tx.get("cloud", host["cloud_id"]) if host else None
        if host and host.get("site_id"):
            sites.add(host["site_id"])
        elif cloud:
            sites.add(cloud["site_id"])

    async def item(item_id: str) -> None:
        found = await tx.get("protected-item", item_id)
        if found is None:
            return
        await host_site(found.get("source_host_id"))
        await host_site(found.get("target_host_id"))
        for plan in await tx.list("recovery-plan"):
            if any(item_id in g.get("item_ids", []) for g in plan.get("groups", [])):
                plans.add(plan["id"])

    if kind == "job":
        job = await tx.get("job", object_id)
        if job is None:
            return sites, plans
        kind, object_id = job["object_kind"], job["object_id"]
    if kind == "site":
        sites.add(object_id)
    elif kind == "host":
        await host_site(object_id)
    elif kind == "vm":
        vm = await tx.get("vm", object_id)
        await host_site(vm.get("host_id") if vm else None)
    elif kind == "protected-item":
        await item(object_id)
    elif kind == "recovery-plan":
        plans.add(object_id)
        plan = await tx.get("recovery-plan", object_id)
        for group in (plan or {}).get("groups", []):
            for item_id in group.get("item_ids", []):
                await item(item_id)
    return sites, plans
