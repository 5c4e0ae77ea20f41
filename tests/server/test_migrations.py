"""Schema migrations (Alembic): an upgraded control plane opens an older vault, and the
migrations build exactly the tables schema.py declares, on both backends."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, insert, inspect, select, text
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
        # 0.1.0's create_all made exactly 0001's tables (today's schema.py has more).
        migrations.upgrade(conn, "0001")
        conn.execute(text("DROP TABLE alembic_version"))
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


def test_revision_2_adds_job_leases_to_a_vault_with_jobs(db_url: str) -> None:
    """0001 → 0002 keeps every job and gives it no owner: the first sweep may claim it."""

    def make_vault_with_a_job(conn: Connection) -> None:
        migrations.upgrade(conn, "0001")
        conn.execute(
            insert(schema.vault).values(id="vault-jobs", name="Jobs", revision=0, created=now())
        )
        conn.execute(
            schema.jobs.insert().values(
                id="job-1",
                state="in-progress",
                object_kind="protected-item",
                object_id="pi-1",
                created=now(),
                body="{}",
            )
        )

    def leases(conn: Connection) -> list[Any]:
        columns = {c["name"] for c in inspect(conn).get_columns("jobs")}
        assert {"owner", "lease_expires"} <= columns
        return conn.execute(
            select(schema.jobs.c.id, schema.jobs.c.owner, schema.jobs.c.lease_expires)
        ).all()

    async def scenario() -> None:
        await on_vault(db_url, make_vault_with_a_job)
        store = await Store.open(db_url, ChangeFeed().publish)
        await store.close()
        assert await on_vault(db_url, migrations.current) == migrations.head()
        assert [tuple(r) for r in await on_vault(db_url, leases)] == [("job-1", None, None)]

    asyncio.run(scenario())


LEGACY_POLICY = {
    "id": "pol-old",
    "name": "Old gold",
    "copy_frequency_seconds": 30,
    "recovery_point_retention_hours": 24,
    "app_consistent_frequency_hours": 1,
    "compression": True,
    "authentication": "kerberos",
    "replication_port": 8443,
    "initial_replication_method": "offline",
    "initial_replication_start": "scheduled",
    "initial_replication_scheduled_at": "2030-01-01T22:00:00",
    "delete_replica_on_disable": False,
}


def test_revision_3_drops_the_policy_settings_nothing_carried_out(db_url: str) -> None:
    """0002 → 0003: a policy keeps every setting but authentication, replication_port and
    initial_replication_method; it reads as a Policy (a naive start time is UTC)."""
    from app.domain.model import Policy

    def make_vault_with_a_legacy_policy(conn: Connection) -> None:
        migrations.upgrade(conn, "0002")
        conn.execute(
            insert(schema.vault).values(id="vault-pol", name="Pol", revision=1, created=now())
        )
        for object_id, body in (("pol-old", json.dumps(LEGACY_POLICY)), ("pol-empty", "{}")):
            conn.execute(
                insert(schema.objects).values(kind="policy", id=object_id, body=body, revision=1)
            )

    async def scenario() -> None:
        await on_vault(db_url, make_vault_with_a_legacy_policy)
        store = await Store.open(db_url, ChangeFeed().publish)
        try:
            body = await store.get("policy", "pol-old")
            assert await store.get("policy", "pol-empty") == {}
        finally:
            await store.close()
        assert await on_vault(db_url, migrations.current) == migrations.head()
        removed = {"authentication", "replication_port", "initial_replication_method"}
        assert body == {k: v for k, v in LEGACY_POLICY.items() if k not in removed}
        policy = Policy.model_validate(body)
        assert policy.initial_replication_scheduled_at == datetime(2030, 1, 1, 22, tzinfo=UTC)

    asyncio.run(scenario())


def test_a_policy_document_from_before_revision_3_still_reads() -> None:
    """Change-feed history and a console's cached inventory keep older policy documents."""
    from app.domain.model import Policy, PolicySpec

    policy = Policy.model_validate(LEGACY_POLICY)
    assert "authentication" not in policy.model_dump()
    assert policy.name == "Old gold" and policy.copy_frequency_seconds == 30
    with pytest.raises(ValueError, match="replication_port"):  # the API takes them no more
        PolicySpec.model_validate({"name": "New", "replication_port": 443})


def test_revision_4_fills_the_alert_columns_from_their_bodies(db_url: str) -> None:
    """0003 → 0004: alerts get code, cause, object and resolved columns, filled in from each
    alert's body (a condition's code is its cause's first part), so the API's filters find
    alerts written before."""
    old = {
        "alert-open": {
            "id": "alert-open",
            "severity": "critical",
            "object_kind": "host",
            "object_id": "host-1",
            "message": "Storage on hv01 is full.",
            "time": "2026-11-30T02:00:00+00:00",
            "cause": "storage-full:host-1",
        },
        "alert-done": {
            "id": "alert-done",
            "severity": "warning",
            "object_kind": "site",
            "object_id": "site-ams",
            "message": "Protection at risk at Amsterdam.",
            "time": "2026-11-30T02:00:00+00:00",
            "cause": "replica-unreachable:site-ams",
            "resolved_at": "2026-11-30T02:10:00+00:00",
        },
        "alert-event": {
            "id": "alert-event",
            "severity": "info",
            "object_kind": "site",
            "object_id": "site-ams",
            "message": "Site Amsterdam is reachable again.",
            "time": "2026-11-30T02:11:00+00:00",
        },
    }

    def make_vault_with_alerts(conn: Connection) -> None:
        migrations.upgrade(conn, "0003")
        conn.execute(
            insert(schema.vault).values(id="vault-al", name="Al", revision=1, created=now())
        )
        for alert_id, body in old.items():
            conn.execute(
                text(
                    "INSERT INTO alerts (id, time, severity, acknowledged, body) "
                    "VALUES (:id, :time, :severity, :ack, :body)"
                ),
                {
                    "id": alert_id,
                    "time": datetime(2026, 11, 30, 2, tzinfo=UTC),
                    "severity": body["severity"],
                    "ack": False,
                    "body": json.dumps(body),
                },
            )

    async def scenario() -> None:
        await on_vault(db_url, make_vault_with_alerts)
        store = await Store.open(db_url, ChangeFeed().publish)
        try:
            storage = await store.alerts(code="storage-full")
            resolved = await store.alerts(resolved=True)
            still_open = await store.alerts(resolved=False)
            by_object = await store.alerts(object_kind="site", object_id="site-ams")
        finally:
            await store.close()
        assert [a["id"] for a in storage] == ["alert-open"]
        assert [a["id"] for a in resolved] == ["alert-done"]
        assert {a["id"] for a in still_open} == {"alert-open", "alert-event"}
        assert {a["id"] for a in by_object} == {"alert-done", "alert-event"}

    asyncio.run(scenario())
