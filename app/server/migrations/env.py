"""Alembic's environment: migrations run on the connection Store.open hands over.

Store.open calls `alembic.command.upgrade` from inside `AsyncConnection.run_sync`, with the
synchronous connection in `config.attributes["connection"]`; there is no alembic.ini and no
URL here. (Offline SQL generation is not supported.)
"""

from __future__ import annotations

from alembic import context

from app.server import schema

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Standby's migrations run through Store.open (no connection was given)")

context.configure(
    connection=connection,
    target_metadata=schema.metadata,
    # SQLite alters tables by copying them; harmless on PostgreSQL.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
