"""Prometheus metrics: what a NOC's monitoring scrapes from each control-plane process."""

from __future__ import annotations

from collections import Counter

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Gauge, generate_latest

from app.domain.enums import Health, JobState

from .context import ServerContext


async def render_metrics(ctx: ServerContext) -> tuple[bytes, str]:
    # A fresh registry per scrape: the figures are read from the vault, not accumulated here.
    registry = CollectorRegistry()
    revision = Gauge("standby_vault_revision", "The vault's revision.", registry=registry)
    feed_head = Gauge(
        "standby_feed_head_revision",
        "Newest revision this process's feed holds.",
        registry=registry,
    )
    feed_lag = Gauge(
        "standby_feed_lag_revisions",
        "Revisions committed to the vault that this process's feed has not published yet.",
        registry=registry,
    )
    items = Gauge(
        "standby_protected_items", "Protected items by health.", ["health"], registry=registry
    )
    jobs = Gauge("standby_jobs", "Jobs by state (newest 1000).", ["state"], registry=registry)
    head = await ctx.store.revision()
    revision.set(head)
    feed_head.set(ctx.feed.head)
    feed_lag.set(max(head - ctx.feed.head, 0))
    health = Counter(item["health"] for item in await ctx.store.list("protected-item"))
    for value in Health:
        items.labels(value.value).set(health.get(value.value, 0))
    states = Counter(job["state"] for job in await ctx.store.jobs(limit=1000))
    for value in JobState:
        jobs.labels(value.value).set(states.get(value.value, 0))
    return generate_latest(registry), CONTENT_TYPE_LATEST
