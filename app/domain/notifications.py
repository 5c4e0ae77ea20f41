"""Notification rules: which alerts reach people, and how (a webhook or e-mail over SMTP).

A rule names the least severity it passes on, optionally one site or one recovery plan the
alert must concern, optional quiet hours (deliveries wait until they end), and one channel.
Secrets (the webhook's signing secret, the SMTP password) are write-only: a spec carries them
in, and what the API answers says only whether one is set.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator

from .enums import Severity
from .model import Id, Model, Name

DeliveryState = Literal["pending", "delivered", "failed"]
"""A delivery waits (or retries) until it is delivered, or fails for good after the last try."""
NotificationEvent = Literal["raised", "escalated", "resolved", "test"]
"""What happened to the alert: opened, made more severe, ended; or an operator's test."""

SEVERITY_ORDER: dict[Severity, int] = {Severity.INFO: 0, Severity.WARNING: 1, Severity.CRITICAL: 2}

Clock = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", examples=["22:00"])]
Email = Annotated[
    str,
    Field(min_length=3, max_length=254, pattern=r"^[^@\s<>,;]+@[^@\s<>,;]+$"),
]
Secret = Annotated[SecretStr, Field(min_length=1, max_length=512)]


def at_least(severity: Severity, minimum: Severity) -> bool:
    return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[minimum]


class QuietHours(Model):
    """A daily window in a time zone during which deliveries wait (held, not dropped) until it
    ends. A window whose start is after its end spans midnight (22:00–07:00)."""

    start: Clock
    end: Clock
    timezone: str = Field("UTC", min_length=1, max_length=64, examples=["Europe/Stockholm"])

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone '{value}' (an IANA name, e.g. Europe/Stockholm)"
            ) from None
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise ValueError("end: must differ from start (the window would be empty)")
        return self

    def held_until(self, moment: datetime) -> datetime | None:
        """When the window that holds `moment` ends (UTC), or None when it is outside it."""
        zone = ZoneInfo(self.timezone)
        local = moment.astimezone(zone)
        start, end = time.fromisoformat(self.start), time.fromisoformat(self.end)
        now = local.time().replace(tzinfo=None)
        if start < end:
            inside = start <= now < end
            end_day = local.date()
        else:  # across midnight
            inside = now >= start or now < end
            end_day = local.date() + timedelta(days=1) if now >= start else local.date()
        if not inside:
            return None
        return datetime.combine(end_day, end, zone).astimezone(UTC)


class WebhookSpec(Model):
    """A JSON POST signed with HMAC-SHA256 (docs/architecture.md, Notifications)."""

    kind: Literal["webhook"] = "webhook"
    url: str = Field(min_length=8, max_length=2000, examples=["https://hooks.example.net/standby"])
    secret: Secret | None = Field(
        None,
        json_schema_extra={"writeOnly": True},
        description="The signing secret (write-only). Required when the rule is created; "
        "left out when a rule is replaced, the stored one is kept.",
    )

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http:// or https:// URL with a host")
        try:
            parts.port  # noqa: B018  # raises on a bad port
        except ValueError:
            raise ValueError("has an invalid port") from None
        return value


class EmailSpec(Model):
    """E-mail over SMTP: a plain-text and an HTML part."""

    kind: Literal["email"] = "email"
    host: str = Field(min_length=1, max_length=253, pattern=r"^[A-Za-z0-9.:_\[\]-]+$")
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = Field(
        "starttls",
        description="starttls (upgrade a plain connection, port 587), tls (TLS from the first "
        "byte, port 465) or none (no encryption: only without a username).",
    )
    username: str | None = Field(None, min_length=1, max_length=254)
    password: Secret | None = Field(
        None,
        json_schema_extra={"writeOnly": True},
        description="The SMTP password (write-only). Left out when a rule is replaced, the "
        "stored one is kept.",
    )
    sender: Email
    recipients: list[Email] = Field(min_length=1, max_length=20)
    ca_certificate: str | None = Field(
        None,
        max_length=20000,
        description="PEM certificate(s) to trust for the server's TLS certificate, besides the "
        "system's (a relay with a certificate of its own CA).",
    )

    @model_validator(mode="after")
    def _credentials_need_tls(self) -> EmailSpec:
        if self.security == "none" and (self.username or self.password is not None):
            raise ValueError(
                "security: a username or password is only sent over TLS (starttls or tls)"
            )
        if self.ca_certificate is not None and "BEGIN CERTIFICATE" not in self.ca_certificate:
            raise ValueError("ca_certificate: must be PEM ('-----BEGIN CERTIFICATE-----' …)")
        return self


Channel = Annotated[WebhookSpec | EmailSpec, Field(discriminator="kind")]


class NotificationRuleSpec(Model):
    """What an administrator submits to create or replace a notification rule."""

    name: Name
    enabled: bool = True
    min_severity: Severity = Field(
        Severity.WARNING, description="The least severity passed on (info < warning < critical)."
    )
    site_id: Id | None = Field(
        None, description="Only alerts about this site (its hosts, its VMs' protection)."
    )
    plan_id: Id | None = Field(None, description="Only alerts about this recovery plan's items.")
    quiet_hours: QuietHours | None = None
    channel: Channel

    def wire(self) -> dict[str, Any]:
        """As JSON for the API, with the channel's secret in clear (a `SecretStr` dumps as
        stars) or left out when none is given (a replaced rule keeps the stored one)."""
        body = self.model_dump(mode="json")
        channel = self.channel
        key = "secret" if isinstance(channel, WebhookSpec) else "password"
        value = channel.secret if isinstance(channel, WebhookSpec) else channel.password
        if value is None:
            body["channel"].pop(key, None)
        else:
            body["channel"][key] = value.get_secret_value()
        return body


# --- what the API answers (no secret, only whether one is set) ------------------------------


class WebhookChannel(Model):
    kind: Literal["webhook"] = "webhook"
    url: str
    secret_set: bool


class EmailChannel(Model):
    kind: Literal["email"] = "email"
    host: str
    port: int
    security: Literal["starttls", "tls", "none"]
    username: str | None = None
    password_set: bool
    sender: str
    recipients: list[str]
    ca_certificate: str | None = None


class NotificationRule(Model):
    id: Id
    name: Name
    enabled: bool
    min_severity: Severity
    site_id: Id | None = None
    plan_id: Id | None = None
    quiet_hours: QuietHours | None = None
    channel: Annotated[WebhookChannel | EmailChannel, Field(discriminator="kind")]
    created: datetime


class Delivery(Model):
    """One notification to one rule's channel: the delivery log's row."""

    id: int
    rule_id: Id
    alert_id: str | None = None
    event: NotificationEvent
    severity: Severity
    message: str
    created: datetime
    state: DeliveryState
    attempts: int
    next_attempt_at: datetime | None = Field(
        None, description="When it is tried next (pending only; later in quiet hours)."
    )
    delivered_at: datetime | None = None
    last_status: int | None = Field(None, description="The receiver's HTTP status or SMTP code.")
    last_error: str | None = None
