"""Notification rules, their delivery log and a test send (administrators only).

Secrets are write-only: a rule is answered with `secret_set` / `password_set`, never the
secret, and replacing a rule without one keeps the stored one.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request, Response

from app.domain.notifications import (
    Delivery,
    DeliveryState,
    NotificationRule,
    NotificationRuleSpec,
)

from .. import auth, notifications
from ..delivery import Dispatcher
from ..problems import cross_field_rules
from .common import Responses, audit_object, ctx_of

router = APIRouter(
    prefix="/api/v1/notification-rules",
    tags=["notifications"],
    dependencies=[Depends(auth.admin)],
)
FORBIDDEN: Responses = {403: {"description": "Notification rules need the admin role"}}
NOT_FOUND: Responses = {**FORBIDDEN, 404: {"description": "No such rule (problem+json)"}}
PROBLEMS: Responses = {
    **NOT_FOUND,
    409: {
        "description": "A rule of that name exists, too many rules, or a site or plan that "
        "does not exist (problem+json)"
    },
    422: {"description": "Invalid field (problem+json)"},
}
RULE_RULES = cross_field_rules(
    "quiet_hours.end differs from quiet_hours.start",
    "quiet_hours.timezone is a known IANA time zone",
    "a webhook's url is http:// or https:// with a host and a valid port",
    "an e-mail channel with a login uses TLS (starttls or tls)",
    "an e-mail channel's ca_certificate is PEM",
    "a webhook needs a signing secret (on create, or stored already on replace)",
)


@router.get("", responses=FORBIDDEN)
async def list_rules(request: Request) -> list[NotificationRule]:
    return [notifications.public(r) for r in await notifications.list_rules(ctx_of(request).store)]


@router.post("", status_code=201, responses=PROBLEMS, openapi_extra=RULE_RULES)
async def create_rule(request: Request, spec: NotificationRuleSpec) -> NotificationRule:
    body = await notifications.create_rule(ctx_of(request).store, spec)
    audit_object(request, "notification-rule", body["id"])
    return notifications.public(body)


@router.get("/{object_id}", responses=NOT_FOUND)
async def get_rule(request: Request, object_id: str) -> NotificationRule:
    return notifications.public(await notifications.get_rule(ctx_of(request).store, object_id))


@router.put("/{object_id}", responses=PROBLEMS, openapi_extra=RULE_RULES)
async def replace_rule(
    request: Request, object_id: str, spec: NotificationRuleSpec
) -> NotificationRule:
    """Replace the rule; a secret left out keeps the stored one."""
    audit_object(request, "notification-rule", object_id)
    body = await notifications.replace_rule(ctx_of(request).store, object_id, spec)
    return notifications.public(body)


@router.delete("/{object_id}", status_code=204, responses=NOT_FOUND)
async def delete_rule(request: Request, object_id: str) -> Response:
    """Delete the rule and its delivery log (deliveries not sent yet are dropped)."""
    audit_object(request, "notification-rule", object_id)
    await notifications.delete_rule(ctx_of(request).store, object_id)
    return Response(status_code=204)


@router.get("/{object_id}/deliveries", responses=NOT_FOUND)
async def list_deliveries(
    request: Request,
    object_id: str,
    state: DeliveryState | None = None,
    limit: int = Query(100, ge=1, le=1000),
) -> list[Delivery]:
    """The rule's delivery log, newest first: state, attempts, the last error."""
    return await notifications.deliveries(
        ctx_of(request).store, object_id, state=state, limit=limit
    )


@router.post("/{object_id}/test", responses=NOT_FOUND)
async def send_test(request: Request, object_id: str) -> Delivery:
    """Send a test notification through the rule now, once, whatever its quiet hours; the
    answer is its delivery-log row (delivered, or failed with the error)."""
    audit_object(request, "notification-rule", object_id)
    return await Dispatcher(ctx_of(request)).send_test(object_id)
