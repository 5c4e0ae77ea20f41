"""The vault's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Inventory objects are stored as JSON documents keyed by (kind, id): the fabric owns their
shape and the API serves them whole. Jobs, alerts, audit rows, recovery points and health
samples get tables of their own because they are queried by their columns.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData()

vault = Table(
    "vault",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(120), nullable=False),
    # The revision is bumped inside every mutating transaction; the row lock it takes
    # serializes writers, so revisions commit in order on every backend.
    Column("revision", BigInteger, nullable=False, default=0),
    Column("created", DateTime(timezone=True), nullable=False),
)

objects = Table(
    "objects",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("body", Text, nullable=False),
    Column("revision", BigInteger, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("revision", BigInteger, primary_key=True, autoincrement=False),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("type", String(32), nullable=False),
    Column("action", String(16), nullable=False),
    Column("object_id", String(64), nullable=False),
    Column("data", Text, nullable=False),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("state", String(16), nullable=False),
    Column("object_kind", String(32), nullable=False),
    Column("object_id", String(64), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("body", Text, nullable=False),
    # Scale-out on PostgreSQL: the process that runs the job holds it until `lease_expires`
    # (renewed while it lives); another process claims it once the lease has expired.
    Column("owner", String(120), nullable=True),
    Column("lease_expires", DateTime(timezone=True), nullable=True),
    Index("ix_jobs_object", "object_kind", "object_id"),
    Index("ix_jobs_state", "state"),
)

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("acknowledged", Boolean, nullable=False, default=False),
    Column("body", Text, nullable=False),
    # Migration 0004: what the API filters by, copied out of the body on every write.
    Column("code", String(64), nullable=True),
    Column("cause", String(300), nullable=True),
    Column("object_kind", String(32), nullable=True),
    Column("object_id", String(64), nullable=True),
    Column("resolved", Boolean, nullable=False, default=False, server_default=false()),
    Index("ix_alerts_time", "time"),
    Index("ix_alerts_code", "code"),
    Index("ix_alerts_object", "object_kind", "object_id"),
    Index("ix_alerts_resolved", "resolved"),
)

recovery_points = Table(
    "recovery_points",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("item_id", String(64), nullable=False),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_recovery_points_item", "item_id", "time"),
)

health_samples = Table(
    "health_samples",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_id", String(64), nullable=False),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("rpo_seconds", Float, nullable=True),
    Column("pending_bytes", BigInteger, nullable=False),
    Column("throughput_bps", Float, nullable=False),
    Index("ix_health_samples_item", "item_id", "time"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("role", String(16), nullable=True),
    Column("method", String(8), nullable=False),
    Column("route", String(200), nullable=False),
    Column("object", String(200), nullable=True),
    Column("outcome", Integer, nullable=False),
    Column("detail", Text, nullable=True),
    Index("ix_audit_time", "time"),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(120), nullable=False),
    Column("role", String(16), nullable=False),
    Column("hash", String(64), nullable=False, unique=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("revoked", Boolean, nullable=False, default=False),
)

# Notification rules (their channel's secrets inside the body: never served, never on the feed)
# and the durable outbox of their deliveries, which is also each rule's delivery log.
notification_rules = Table(
    "notification_rules",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("body", Text, nullable=False),
)

notification_deliveries = Table(
    "notification_deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("rule_id", String(64), nullable=False),
    Column("alert_id", String(64), nullable=True),
    Column("event", String(16), nullable=False),
    Column("severity", String(16), nullable=False),
    Column("created", DateTime(timezone=True), nullable=False),
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=True),
    Column("delivered_at", DateTime(timezone=True), nullable=True),
    Column("last_status", Integer, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("payload", Text, nullable=False),  # the alert as it was, and what happened to it
    Index("ix_notification_deliveries_due", "state", "next_attempt_at"),
    Index("ix_notification_deliveries_rule", "rule_id", "id"),
)
