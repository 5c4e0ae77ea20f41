"""Policies lose the settings nothing carried out: authentication, replication_port and
initial_replication_method (data only; the tables do not change).

Transfer authentication is always the pairing's certificates and the port is the agent's
`--listen`; an offline initial copy was never offered by the data plane. A policy that held
them replicated over the network with certificates all along, so dropping them changes
nothing it did. (`Policy` also drops them when it reads an older document: change-feed
history, a console's cached inventory.) The downgrade leaves the documents as they are: the
older code fills in its defaults.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

REMOVED = ("authentication", "replication_port", "initial_replication_method")

objects = sa.table(
    "objects",
    sa.column("kind", sa.String),
    sa.column("id", sa.String),
    sa.column("body", sa.Text),
)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(objects.c.id, objects.c.body).where(objects.c.kind == "policy")
    ).all()
    for policy_id, text in rows:
        try:
            body = json.loads(text)
        except ValueError:
            continue  # not ours to repair here
        if not isinstance(body, dict) or not any(key in body for key in REMOVED):
            continue
        kept = {k: v for k, v in body.items() if k not in REMOVED}
        conn.execute(
            objects.update()
            .where(objects.c.kind == "policy", objects.c.id == policy_id)
            .values(body=json.dumps(kept, separators=(",", ":")))
        )


def downgrade() -> None:
    pass
