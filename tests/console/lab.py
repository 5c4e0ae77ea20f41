"""Putting state into the lab's control plane for console tests, through its real store
(so every change travels the real feed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.enums import Health, RecoveryPointKind, ReplicationState
from app.domain.model import HealthReason, ProtectedItem, RecoveryPoint
from tests.support.server import RunningServer


def protected_item(vm_id: str, **changes) -> ProtectedItem:
    host = {
        "vm-sql-01": "host-sto-gold-1",
        "vm-sql-02": "host-sto-gold-2",
        "vm-web-01": "host-sto-silver-1",
    }.get(vm_id, "host-sto-gold-1")
    values = dict(
        id=f"pi-{vm_id}",
        vm_id=vm_id,
        pairing_id="tbd",
        policy_id="tbd",
        source_host_id=host,
        target_host_id=host.replace("sto", "ams"),
        replication_state=ReplicationState.PROTECTED,
        health=Health.NORMAL,
        last_replication=datetime.now(UTC) - timedelta(seconds=40),
        rpo_seconds=160.0,
        pending_bytes=3 * 1024 * 1024,
        throughput_bps=2.5e6,
        successful_cycles=118,
        missed_cycles=0,
    )
    values.update(changes)
    return ProtectedItem(**values)


def ids(server: RunningServer) -> tuple[str, dict[str, str]]:
    """The lab's policy id and pairing ids by primary cloud."""

    async def read():
        policies = await server.ctx.store.list("policy")
        pairings = await server.ctx.store.list("pairing")
        return policies[0]["id"], {p["primary_cloud_id"]: p["id"] for p in pairings}

    return server.call(read)


def put_item(server: RunningServer, item: ProtectedItem) -> ProtectedItem:
    policy_id, pairings = ids(server)
    cloud = "cloud-sto-gold" if "gold" in item.source_host_id else "cloud-sto-silver"
    item = item.model_copy(update={"policy_id": policy_id, "pairing_id": pairings[cloud]})

    async def put():
        async with server.ctx.store.transaction() as tx:
            await tx.put("protected-item", item.id, item.model_dump(mode="json"))

    server.call(put)
    return item


def critical(item: ProtectedItem) -> ProtectedItem:
    return item.model_copy(
        update={
            "health": Health.CRITICAL,
            "rpo_seconds": 2400.0,
            "health_reasons": [
                HealthReason(
                    code="rpo-critical",
                    message="RPO is 40 min, far above the 5 min target.",
                    severity=Health.CRITICAL,
                )
            ],
        }
    )


def history(server: RunningServer, item_id: str, minutes: int = 30) -> None:
    """Health samples every 10 s over the last `minutes`, and a few recovery points."""
    now = datetime.now(UTC)
    samples = []
    for n in range(minutes * 6):
        t = now - timedelta(seconds=10 * (minutes * 6 - n))
        phase = n % 30
        samples.append(
            {
                "item_id": item_id,
                "time": t,
                "rpo_seconds": 30.0 + phase * 10.0,
                "pending_bytes": int(phase * 350_000),
                "throughput_bps": 1.5e6 + (n % 7) * 3e5,
            }
        )
    points = [
        RecoveryPoint(
            id=f"rp-{item_id}-{n}",
            item_id=item_id,
            time=now - timedelta(minutes=5 * n),
            kind=RecoveryPointKind.APP_CONSISTENT
            if n % 4 == 0
            else RecoveryPointKind.CRASH_CONSISTENT,
            cycle_id=200 - n,
        )
        for n in range(6)
    ]

    async def write():
        await server.ctx.store.add_health_samples(samples)
        async with server.ctx.store.transaction() as tx:
            await tx.replace_recovery_points(item_id, points)

    server.call(write)


def live_sample(server: RunningServer, item_id: str, rpo: float) -> None:
    sample = {
        "item_id": item_id,
        "time": datetime.now(UTC),
        "rpo_seconds": rpo,
        "pending_bytes": 1_000_000,
        "throughput_bps": 3e6,
    }

    async def write():
        async with server.ctx.store.transaction() as tx:
            tx.emit("health-sample", item_id, sample)
        await server.ctx.store.add_health_samples([sample])

    server.call(write)
