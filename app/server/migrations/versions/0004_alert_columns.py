"""Alerts get the columns the API filters by: code, cause, object and resolved (copied out of
each alert's body, which stays the whole truth), with indexes; existing alerts are filled in
from their bodies.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

alerts = sa.table(
    "alerts",
    sa.column("id", sa.String),
    sa.column("body", sa.Text),
    sa.column("code", sa.String),
    sa.column("cause", sa.String),
    sa.column("object_kind", sa.String),
    sa.column("object_id", sa.String),
    sa.column("resolved", sa.Boolean),
)


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("code", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("cause", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("object_kind", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("object_id", sa.String(length=64), nullable=True))
        batch.add_column(
            sa.Column("resolved", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_index("ix_alerts_code", "alerts", ["code"])
    op.create_index("ix_alerts_object", "alerts", ["object_kind", "object_id"])
    op.create_index("ix_alerts_resolved", "alerts", ["resolved"])
    conn = op.get_bind()
    for alert_id, text in conn.execute(sa.select(alerts.c.id, alerts.c.body)).all():
        try:
            body = json.loads(text)
        except ValueError:
            continue  # not ours to repair here
        if not isinstance(body, dict):
            continue
        cause = body.get("cause")
        conn.execute(
            alerts.update()
            .where(alerts.c.id == alert_id)
            .values(
                code=body.get("code") or (str(cause).split(":")[0] if cause else None),
                cause=cause,
                object_kind=body.get("object_kind"),
                object_id=body.get("object_id"),
                resolved=bool(body.get("resolved_at")),
            )
        )


def downgrade() -> None:
    op.drop_index("ix_alerts_resolved", table_name="alerts")
    op.drop_index("ix_alerts_object", table_name="alerts")
    op.drop_index("ix_alerts_code", table_name="alerts")
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("resolved")
        batch.drop_column("object_id")
        batch.drop_column("object_kind")
        batch.drop_column("cause")
        batch.drop_column("code")
