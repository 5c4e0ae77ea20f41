"""The vault's store: SQLAlchemy Core over SQLite (WAL) by default, PostgreSQL for scale-out.

Every mutation is one transaction that writes the change, bumps the vault's revision and
appends one change event per object it touched, so the event feed and the store never
disagree. After the commit the events go to the in-process feed.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, delete, event, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from . import migrations, schema
from .feed import ChangeEvent

# Kinds with a table of their own; the rest live in `objects` as documents.
_JOB, _ALERT = "job", "alert"
# The PostgreSQL advisory lock held while a process migrates the vault ("Standby" in ASCII).
_MIGRATION_LOCK = 0x5374616E646279
# The PostgreSQL channel on which every commit announces the vault's new revision.
EVENTS_CHANNEL = "standby_events"


# `Transaction.list` and `Store.list` hide the builtin inside their classes' annotations.
_list = list


def now() -> datetime:
    return datetime.now(UTC)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def dumps(body: Any) -> str:
    return json.dumps(body, separators=(",", ":"), default=str)


def _aware(value: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything Standby stores is UTC.
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass
class Transaction:
    """One mutation in progress: write through it, and its events are appended at commit."""

    conn: AsyncConnection
    pending: list[tuple[str, str, str, str]] = field(default_factory=list)

    async def put(self, kind: str, object_id: str, body: dict[str, Any]) -> None:
        text = dumps(body)
        if kind == _JOB:
            await self._put_job(object_id, body, text)
        elif kind == _ALERT:
            await self._put_alert(object_id, body, text)
        else:
            result = await self.conn.execute(
                update(schema.objects)
                .where(schema.objects.c.kind == kind, schema.objects.c.id == object_id)
                .values(body=text, revision=0)
            )
            if result.rowcount == 0:
                await self.conn.execute(
                    insert(schema.objects).values(kind=kind, id=object_id, body=text, revision=0)
                )
        self.pending.append((kind, "upsert", object_id, text))

    async def put_many(self, kind: str, bodies: dict[str, dict[str, Any]]) -> None:
        """Write many documents of one kind with one statement per batch (fabric sync, bulk
        health updates): the per-object round trips of `put` dominate large transactions."""
        if kind in (_JOB, _ALERT):
            for object_id, body in bodies.items():
                await self.put(kind, object_id, body)
            return
        texts = {object_id: dumps(body) for object_id, body in bodies.items()}
        table = schema.objects
        existing: set[str] = set()
        ids = list(texts)
        for start in range(0, len(ids), 500):
            rows = await self.conn.execute(
                select(table.c.id).where(
                    table.c.kind == kind, table.c.id.in_(ids[start : start + 500])
                )
            )
            existing.update(r.id for r in rows)
        updates = [{"b_id": i, "b_body": texts[i]} for i in ids if i in existing]
        inserts = [
            {"kind": kind, "id": i, "body": texts[i], "revision": 0}
            for i in ids
            if i not in existing
        ]
        if updates:
            await self.conn.execute(
                update(table)
                .where(table.c.kind == kind, table.c.id == bindparam("b_id"))
                .values(body=bindparam("b_body")),
                updates,
            )
        if inserts:
            await self.conn.execute(insert(table), inserts)
        self.pending.extend((kind, "upsert", i, texts[i]) for i in ids)

    async def delete(self, kind: str, object_id: str) -> bool:
        table = {_JOB: schema.jobs, _ALERT: schema.alerts}.get(kind)
        if table is None:
            result = await self.conn.execute(
                delete(schema.objects).where(
                    schema.objects.c.kind == kind, schema.objects.c.id == object_id
                )
            )
        else:
            result = await self.conn.execute(delete(table).where(table.c.id == object_id))
        if result.rowcount:
            self.pending.append((kind, "delete", object_id, "null"))
        return bool(result.rowcount)

    async def get(self, kind: str, object_id: str) -> dict[str, Any] | None:
        """Read inside the transaction, so checks and writes see the same state."""
        table = {_JOB: schema.jobs, _ALERT: schema.alerts}.get(kind)
        if table is None:
            query = select(schema.objects.c.body).where(
                schema.objects.c.kind == kind, schema.objects.c.id == object_id
            )
        else:
            query = select(table.c.body).where(table.c.id == object_id)
        text = (await self.conn.execute(query)).scalar_one_or_none()
        return None if text is None else json.loads(text)

    async def open_alerts(self, *cause_prefixes: str) -> _list[dict[str, Any]]:
        """The alerts not resolved yet whose cause starts with one of `cause_prefixes`."""
        table = schema.alerts
        query = select(table.c.body).where(
            table.c.resolved.is_(False),
            or_(*(table.c.cause.startswith(p, autoescape=True) for p in cause_prefixes)),
        )
        return [json.loads(text) for (text,) in await self.conn.execute(query)]

    async def list(self, kind: str) -> list[dict[str, Any]]:
        rows = await self.conn.execute(
            select(schema.objects.c.body)
            .where(schema.objects.c.kind == kind)
            .order_by(schema.objects.c.id)
        )
        return [json.loads(text) for (text,) in rows]

    async def replace_recovery_points(self, item_id: str, points: _list[Any]) -> None:
        """Make the item's stored points equal the fabric's list; one event when it changed."""
        table = schema.recovery_points
        rows = await self.conn.execute(select(table.c.id).where(table.c.item_id == item_id))
        stored = {r.id for r in rows}
        wanted = {p.id: p for p in points}
        gone = stored - wanted.keys()
        new = [p for pid, p in wanted.items() if pid not in stored]
        if gone:
            await self.conn.execute(delete(table).where(table.c.id.in_(gone)))
        if new:
            # Rows of an item no longer protected (vaults from before disable removed them)
            # may hold the same ids: a VM protected again numbers its points from 1 again.
            await self.conn.execute(
                delete(table).where(table.c.id.in_([p.id for p in new]), table.c.item_id != item_id)
            )
            await self.conn.execute(
                insert(table),
                [
                    {
                        "id": p.id,
                        "item_id": item_id,
                        "time": p.time,
                        "body": dumps(p.model_dump(mode="json")),
                    }
                    for p in new
                ],
            )
        if gone or new:
            self.emit("recovery-points", item_id, {"count": len(wanted)}, action="changed")

    def emit(self, kind: str, object_id: str, data: dict[str, Any], action: str = "sample") -> None:
        """An event that is not an object's new state (a health sample, a job's log line)."""
        self.pending.append((kind, action, object_id, dumps(data)))

    async def _put_job(self, job_id: str, body: dict[str, Any], text: str) -> None:
        values = {"state": body["state"], "body": text}
        result = await self.conn.execute(
            update(schema.jobs).where(schema.jobs.c.id == job_id).values(**values)
        )
        if result.rowcount == 0:
            await self.conn.execute(
                insert(schema.jobs).values(
                    id=job_id,
                    object_kind=body["object_kind"],
                    object_id=body["object_id"],
                    created=datetime.fromisoformat(body["created"]),
                    **values,
                )
            )

    async def _put_alert(self, alert_id: str, body: dict[str, Any], text: str) -> None:
        values = {
            "acknowledged": body.get("acknowledged_by") is not None,
            "severity": body["severity"],  # a condition's alert escalates in place
            "body": text,
            "code": body.get("code"),
            "cause": body.get("cause"),
            "object_kind": body.get("object_kind"),
            "object_id": body.get("object_id"),
            "resolved": bool(body.get("resolved_at")),
        }
        result = await self.conn.execute(
            update(schema.alerts).where(schema.alerts.c.id == alert_id).values(**values)
        )
        if result.rowcount == 0:
            await self.conn.execute(
                insert(schema.alerts).values(
                    id=alert_id,
                    time=datetime.fromisoformat(body["time"]),
                    **values,
                )
            )


class Store:
    """The vault's durable state and the revisioned change log."""

    def __init__(self, engine: AsyncEngine, publish: Callable[[list[ChangeEvent]], None]):
        self.engine = engine
        self._publish = publish
        # One writer at a time inside this process keeps SQLite free of lock errors and keeps
        # the feed's publish order equal to the commit order.
        self._write_lock = asyncio.Lock()
        self._inventory_cache: tuple[int, bytes] | None = None
        self._lock_vault_first = engine.dialect.name == "postgresql"

    @classmethod
    async def open(
        cls, url: str, publish: Callable[[list[ChangeEvent]], None], vault_name: str = "Standby"
    ) -> Store:
        engine = create_async_engine(url, **_engine_options(url))
        if engine.dialect.name == "sqlite":
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        async with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # Processes starting together on one database migrate it one at a time.
                await conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
            await conn.run_sync(migrations.upgrade)
            row = (await conn.execute(select(schema.vault.c.id))).first()
            if row is None:
                await conn.execute(
                    insert(schema.vault).values(
                        id=f"vault-{uuid.uuid4().hex[:8]}",
                        name=vault_name,
                        revision=0,
                        created=now(),
                    )
                )
        return cls(engine, publish)

    async def close(self) -> None:
        await self.engine.dispose()

    # --- writing ----------------------------------------------------------------------------

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Write through the yielded transaction; commit bumps the revision once per event."""
        async with self._write_lock:
            async with self.engine.begin() as conn:
                if self._lock_vault_first:
                    # Several processes may write one PostgreSQL vault: take the vault row's
                    # lock before anything else, so writers serialize for the whole
                    # transaction (as SQLite's single writer does) and a transaction's reads
                    # see every earlier commit.
                    await conn.execute(select(schema.vault.c.revision).with_for_update())
                tx = Transaction(conn)
                yield tx
                events = await self._append_events(conn, tx.pending)
            if events:
                self._publish(events)

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """A write of rows that are not on the change feed (no revision, no events): one
        transaction, in turn with this process's other writers."""
        async with self._write_lock, self.engine.begin() as conn:
            yield conn

    async def _append_events(
        self, conn: AsyncConnection, pending: list[tuple[str, str, str, str]]
    ) -> list[ChangeEvent]:
        if not pending:
            return []
        head = (
            await conn.execute(
                update(schema.vault)
                .values(revision=schema.vault.c.revision + len(pending))
                .returning(schema.vault.c.revision)
            )
        ).scalar_one()
        first = head - len(pending) + 1
        stamp = now()
        events = [
            ChangeEvent(first + i, kind, action, object_id, data)
            for i, (kind, action, object_id, data) in enumerate(pending)
        ]
        await conn.execute(
            insert(schema.events),
            [
                {
                    "revision": e.revision,
                    "time": stamp,
                    "type": e.type,
                    "action": e.action,
                    "object_id": e.object_id,
                    "data": e.data,
                }
                for e in events
            ],
        )
        if self._lock_vault_first:
            # Other processes LISTEN: the notification is delivered only if this commits,
            # and after it; they read the events table from their last revision on.
            await conn.execute(select(func.pg_notify(EVENTS_CHANNEL, str(head))))
        return events

    # --- reading ----------------------------------------------------------------------------

    async def vault(self) -> dict[str, Any]:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(schema.vault))).one()
        return {"id": row.id, "name": row.name, "revision": row.revision}

    async def revision(self) -> int:
        async with self.engine.connect() as conn:
            return (await conn.execute(select(schema.vault.c.revision))).scalar_one()

    async def get(self, kind: str, object_id: str) -> dict[str, Any] | None:
        table = {_JOB: schema.jobs, _ALERT: schema.alerts}.get(kind)
        async with self.engine.connect() as conn:
            if table is None:
                query = select(schema.objects.c.body).where(
                    schema.objects.c.kind == kind, schema.objects.c.id == object_id
                )
            else:
                query = select(table.c.body).where(table.c.id == object_id)
            text = (await conn.execute(query)).scalar_one_or_none()
        return None if text is None else json.loads(text)

    async def list(self, kind: str) -> list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(schema.objects.c.body)
                .where(schema.objects.c.kind == kind)
                .order_by(schema.objects.c.id)
            )
            return [json.loads(text) for (text,) in rows]

    async def documents(self, kinds: Iterable[str]) -> tuple[int, dict[str, _list[str]]]:
        """Every document of the given kinds as JSON text, with the revision they are at."""
        result: dict[str, list[str]] = {kind: [] for kind in kinds}
        async with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                # One snapshot for the revision and the rows (READ COMMITTED takes one per
                # statement, and another process may commit in between).
                await conn.execution_options(isolation_level="REPEATABLE READ")
            async with conn.begin():
                revision = (await conn.execute(select(schema.vault.c.revision))).scalar_one()
                rows = await conn.execute(
                    select(schema.objects.c.kind, schema.objects.c.body)
                    .where(schema.objects.c.kind.in_(list(result)))
                    .order_by(schema.objects.c.kind, schema.objects.c.id)
                )
                for kind, text in rows:
                    result[kind].append(text)
        return revision, result

    async def jobs(
        self,
        *,
        state: str | None = None,
        object_id: str | None = None,
        active_only: bool = False,
        limit: int = 200,
    ) -> _list[dict[str, Any]]:
        query = select(schema.jobs.c.body).order_by(schema.jobs.c.created.desc()).limit(limit)
        if state:
            query = query.where(schema.jobs.c.state == state)
        if object_id:
            query = query.where(schema.jobs.c.object_id == object_id)
        if active_only:
            query = query.where(schema.jobs.c.state.in_(["not-started", "in-progress", "waiting"]))
        async with self.engine.connect() as conn:
            return [json.loads(text) for (text,) in await conn.execute(query)]

    async def alerts(
        self,
        *,
        unacknowledged: bool = False,
        severity: str | None = None,
        code: str | None = None,
        object_kind: str | None = None,
        object_id: str | None = None,
        resolved: bool | None = None,
        limit: int = 200,
    ) -> _list[dict[str, Any]]:
        table = schema.alerts
        query = select(table.c.body).order_by(table.c.time.desc()).limit(limit)
        if unacknowledged:
            query = query.where(table.c.acknowledged.is_(False))
        if severity:
            query = query.where(table.c.severity == severity)
        if code:
            query = query.where(table.c.code == code)
        if object_kind:
            query = query.where(table.c.object_kind == object_kind)
        if object_id:
            query = query.where(table.c.object_id == object_id)
        if resolved is not None:
            query = query.where(table.c.resolved.is_(resolved))
        async with self.engine.connect() as conn:
            return [json.loads(text) for (text,) in await conn.execute(query)]

    async def events_after(self, revision: int, limit: int = 1000) -> _list[ChangeEvent]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(schema.events)
                .where(schema.events.c.revision > revision)
                .order_by(schema.events.c.revision)
                .limit(limit)
            )
            return [ChangeEvent(r.revision, r.type, r.action, r.object_id, r.data) for r in rows]

    async def event_time(self, revision: int) -> datetime | None:
        """When the event with this revision was committed (None when there is none)."""
        async with self.engine.connect() as conn:
            value = (
                await conn.execute(
                    select(schema.events.c.time).where(schema.events.c.revision == revision)
                )
            ).scalar_one_or_none()
        return None if value is None else _aware(value)

    async def job_counts(self) -> dict[str, int]:
        """Every job of the vault, counted by state."""
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(schema.jobs.c.state, func.count()).group_by(schema.jobs.c.state)
            )
            return {state: count for state, count in rows}

    async def oldest_event(self) -> int | None:
        async with self.engine.connect() as conn:
            return (await conn.execute(select(func.min(schema.events.c.revision)))).scalar()

    async def prune_events(self, keep: int) -> int:
        """Drop all but the newest `keep` events; followers further behind re-list."""
        async with self._write_lock, self.engine.begin() as conn:
            head = (await conn.execute(select(schema.vault.c.revision))).scalar_one()
            result = await conn.execute(
                delete(schema.events).where(schema.events.c.revision <= head - keep)
            )
            return result.rowcount or 0

    # --- audit and tokens -------------------------------------------------------------------

    async def add_audit(self, **row: Any) -> None:
        # Routes and objects come from request paths of any length: cut them to their columns
        # (PostgreSQL enforces VARCHAR lengths, SQLite does not; the row must be written).
        row = {name: _fit(schema.audit.c[name], value) for name, value in row.items()}
        async with self.engine.begin() as conn:
            await conn.execute(insert(schema.audit).values(time=now(), **row))

    async def audit(self, *, limit: int = 200, actor: str | None = None) -> _list[dict[str, Any]]:
        query = select(schema.audit).order_by(schema.audit.c.id.desc()).limit(limit)
        if actor:
            query = query.where(schema.audit.c.actor == actor)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).mappings().all()
        return [dict(row, time=_aware(row["time"])) for row in rows]

    async def add_token(self, name: str, role: str, token_hash: str) -> str:
        token_id = new_id("tok")
        async with self.engine.begin() as conn:
            await conn.execute(
                insert(schema.tokens).values(
                    id=token_id, name=name, role=role, hash=token_hash, created=now()
                )
            )
        return token_id

    async def token_by_hash(self, token_hash: str) -> tuple[str, str] | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(schema.tokens.c.name, schema.tokens.c.role).where(
                        schema.tokens.c.hash == token_hash, schema.tokens.c.revoked.is_(False)
                    )
                )
            ).first()
        return None if row is None else (row.name, row.role)

    # --- health samples and recovery points --------------------------------------------------

    async def add_health_samples(self, samples: _list[dict[str, Any]]) -> None:
        if samples:
            async with self.engine.begin() as conn:
                await conn.execute(insert(schema.health_samples), samples)

    async def health_samples(self, item_id: str, since: datetime) -> _list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(schema.health_samples)
                .where(
                    schema.health_samples.c.item_id == item_id,
                    schema.health_samples.c.time >= since,
                )
                .order_by(schema.health_samples.c.time)
            )
            return [
                {
                    "time": _aware(r.time),
                    "rpo_seconds": r.rpo_seconds,
                    "pending_bytes": r.pending_bytes,
                    "throughput_bps": r.throughput_bps,
                }
                for r in rows
            ]

    async def recovery_points(self, item_id: str) -> _list[dict[str, Any]]:
        async with self.engine.connect() as conn:
            rows = await conn.execute(
                select(schema.recovery_points.c.body)
                .where(schema.recovery_points.c.item_id == item_id)
                .order_by(schema.recovery_points.c.time.desc())
            )
            return [json.loads(text) for (text,) in rows]


def _fit(column: Any, value: Any) -> Any:
    length = getattr(column.type, "length", None)
    return value[:length] if isinstance(value, str) and length else value


def _engine_options(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": 30}}
    # PostgreSQL (asyncpg): a pool per process; connections that outlive a server restart or
    # an idle timeout are replaced instead of failing the next request.
    return {"pool_size": 10, "max_overflow": 10, "pool_pre_ping": True, "pool_recycle": 1800}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
