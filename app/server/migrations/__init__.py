"""The vault's schema migrations (Alembic): Store.open upgrades every vault to head.

Add a revision when schema.py changes (`tests/server/test_migrations.py` fails until the
migrations and the tables agree):

    python -m app.server.migrations revision "what changed"
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

HERE = Path(__file__).resolve().parent
# The schema every vault had before migrations existed (created by metadata.create_all).
BASELINE = "0001"


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str:
    heads = ScriptDirectory.from_config(config()).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the vault on `connection` to `target` (run it inside `AsyncConnection.run_sync`)."""
    cfg = config(connection)
    tables = inspect(connection)
    if tables.has_table("vault") and not tables.has_table("alembic_version"):
        command.stamp(cfg, BASELINE)  # a vault from before migrations: it has the baseline
    command.upgrade(cfg, target)


def current(connection: Connection) -> str | None:
    from alembic.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()
