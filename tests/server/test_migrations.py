"""Schema migrations (Alembic): an upgraded control plane opens an older vault, and the
migrations build exactly the tables schema.py declares, on both backends."""

from __future__ import annotations

import asyncio
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, insert, inspect, select
from sqlalchemy.ext.asyncio import create_async_engine

from app.server import migrations, schema
from app.server.feed import ChangeFeed
from app.server.store import Store, now


async def on_vault(db_url: str, work: Any) -> Any:
    engine = create_async_engine(db_url)
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(work)
    finally:
        await engine.dispose()


def test_a_vault_created_by_revision_1_opens_under_head(db_url: str) -> None:
    def make_old_vault(conn: Connection) -> None:
        migrations.upgrade(conn, "0001")
        conn.execute(
            insert(schema.vault).values(id="vault-old", name="Old", revision=1, created=now())
        )
        conn.execute(insert(schema.objects).values(kind="policy", id="p1", body="{}", revision=0))

    async def scenario() -> None:
        await on_vault(db_url, make_old_vault)
        assert await on_vault(db_url, migrations.current) == "0001"
        store = await Store.open(db_url, ChangeFeed().publish)
        try:
            assert (await store.vault())["id"] == "vault-old"
            assert await store.list("policy") == [{}]
            async with store.transaction() as tx:
                await tx.put("policy", "p2", {"id": "p2"})
            assert await store.revision() == 2
        finally:
            await store.close()
        assert await on_vault(db_url, migrations.current) == migrations.head()

    asyncio.run(scenario())


def test_a_vault_from_before_migrations_is_stamped_and_opens(db_url: str) -> None:
    """Vaults made by metadata.create_all (0.1.0) have the baseline schema and no version."""

    def make_unversioned_vault(conn: Connection) -> None:
        schema.metadata.create_all(conn)
        conn.execute(
            insert(schema.vault).values(id="vault-pre", name="Pre", revision=0, created=now())
        )

    async def scenario() -> None:
        await on_vault(db_url, make_unversioned_vault)
        assert await on_vault(db_url, migrations.current) is None
        store = await Store.open(db_url, ChangeFeed().publish)
        try:
            assert (await store.vault())["id"] == "vault-pre"
        finally:
            await store.close()
        assert await on_vault(db_url, migrations.current) == migrations.head()

    asyncio.run(scenario())


def test_the_migrations_build_the_tables_schema_py_declares(db_url: str) -> None:
    def differences(conn: Connection) -> list[Any]:
        migrations.upgrade(conn)
        assert set(inspect(conn).get_table_names()) == {*schema.metadata.tables, "alembic_version"}
        return compare_metadata(MigrationContext.configure(conn), schema.metadata)

    async def scenario() -> None:
        assert await on_vault(db_url, differences) == []
        store = await Store.open(db_url, ChangeFeed().publish)  # opening again is a no-op
        try:
            assert await store.revision() == 0
        finally:
            await store.close()
        assert await on_vault(db_url, lambda c: c.execute(select(schema.vault.c.id)).all()) != []

    asyncio.run(scenario())
