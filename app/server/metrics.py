"""Prometheus metrics: what a NOC's monitoring scrapes from each control-plane process.

Every process reports the vault-wide figures (read from the vault, the same from any
process: aggregate them with max() across processes) and its own (labelled with `process`:
its feed's head and lag, the jobs it runs, the jobs it took over from a dead process).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest

from app.domain.enums import Health, JobState

from .context import ServerContext
from .notifications import delivery_counts


async def render_metrics(ctx: ServerContext) -> tuple[bytes, str]:
    # A fresh registry per scrape: the figures are read from the vault, not accumulated here.
    registry = CollectorRegistry()

    def gauge(name: str, text: str, labels: tuple[str, ...] = ()) -> Gauge:
        return Gauge(name, text, list(labels), registry=registry)

    process = ctx.process_name
    mine = ("process",)
    # --- the vault, as every process sees it --------------------------------------------------
    revision = gauge("standby_vault_revision", "The vault's revision.")
    items = gauge("standby_protected_items", "Protected items by health.", ("health",))
    jobs = gauge("standby_jobs", "The vault's jobs by state.", ("state",))
    owners = gauge(
        "standby_jobs_active_by_process",
        "Unfinished jobs by the process holding their lease ('' for none; PostgreSQL only).",
        ("owner",),
    )
    storage_free = gauge(
        "standby_host_storage_free_bytes",
        "Free space on a host's storage (rounded to 1/1024 of the volume).",
        ("host",),
    )
    storage_total = gauge(
        "standby_host_storage_total_bytes", "Size of a host's storage.", ("host",)
    )
    storage_low = gauge(
        "standby_host_storage_low",
        "1 while a host's storage is below the warning threshold (under 10 % free).",
        ("host",),
    )
    deliveries = gauge(
        "standby_notification_deliveries",
        "Notifications by state: pending (queued or retrying), delivered, failed (gave up).",
        ("state",),
    )
    # --- this process ---------------------------------------------------------------------
    info = gauge("standby_process_info", "This process, with its backend.", ("process", "backend"))
    feed_head = gauge(
        "standby_feed_head_revision", "Newest revision this process's feed holds.", mine
    )
    feed_lag = gauge(
        "standby_feed_lag_revisions",
        "Revisions committed to the vault that this process's feed has not published yet.",
        mine,
    )
    lag_seconds = gauge(
        "standby_feed_lag_seconds",
        "Age of the oldest committed event this process's feed has not published (0: none).",
        mine,
    )
    running = gauge("standby_process_jobs_running", "Jobs running in this process.", mine)
    taken = gauge(
        "standby_process_jobs_taken_over",
        "Jobs this process claimed after their process's lease expired (since it started).",
        mine,
    )
    notifications = gauge(
        "standby_process_feed_notifications",
        "Change notifications this process received (since it started; PostgreSQL only).",
        mine,
    )
    loop_failing = gauge(
        "standby_loop_failing",
        "1 while a supervised background loop of this process fails (its alert is open).",
        ("process", "loop"),
    )
    status_age = gauge(
        "standby_status_read_age_seconds",
        "Seconds since this process last read replication status successfully (only where it "
        "reads it); the figures are stale past twice the sync interval.",
        mine,
    )
    status_stale = gauge(
        "standby_status_read_stale",
        "1 while the replication figures are stale (no successful status read for twice the "
        "sync interval; only where this process reads status).",
        mine,
    )

    head = await ctx.store.revision()
    revision.set(head)
    health = Counter(item["health"] for item in await ctx.store.list("protected-item"))
    for value in Health:
        items.labels(value.value).set(health.get(value.value, 0))
    states = await ctx.store.job_counts()
    for state in JobState:
        jobs.labels(state.value).set(states.get(state.value, 0))
    if ctx.leases is not None:
        for owner, count in (await ctx.leases.owners()).items():
            owners.labels(owner).set(count)
    for host in await ctx.store.list("host"):
        if host.get("storage"):
            storage_free.labels(host["id"]).set(host["storage"]["free_bytes"])
            storage_total.labels(host["id"]).set(host["storage"]["total_bytes"])
            storage_low.labels(host["id"]).set(1 if host["storage"]["low"] else 0)

    counted = await delivery_counts(ctx.store)
    for delivery_state in ("pending", "delivered", "failed"):
        deliveries.labels(delivery_state).set(counted.get(delivery_state, 0))

    info.labels(process, ctx.store.engine.dialect.name).set(1)
    seen = ctx.feed.head
    feed_head.labels(process).set(seen)
    feed_lag.labels(process).set(max(head - seen, 0))
    oldest_unseen = await ctx.store.event_time(seen + 1) if head > seen else None
    age = (datetime.now(UTC) - oldest_unseen).total_seconds() if oldest_unseen else 0.0
    lag_seconds.labels(process).set(max(age, 0.0))
    running.labels(process).set(ctx.jobs.running)
    taken.labels(process).set(ctx.jobs.taken_over)
    if ctx.listener is not None:
        notifications.labels(process).set(ctx.listener.notifications)
    for loop in ctx.loops.values():
        loop_failing.labels(process, loop.name).set(1 if loop.failing else 0)
    read_age = ctx.status_read_age()
    if read_age is not None:
        status_age.labels(process).set(read_age)
        status_stale.labels(process).set(1 if ctx.status_read_stale() else 0)
    return generate_latest(registry), CONTENT_TYPE_LATEST
