"""What every request handler of one control-plane process shares."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.fabric import Fabric

from .feed import ChangeEvent, ChangeFeed
from .jobs import JobEngine
from .leases import LeaseBook, process_identity
from .store import Store

VERSION = "0.1.0"


@dataclass
class Settings:
    heartbeat_seconds: float = 15.0
    sync_interval_seconds: float = 5.0
    events_kept: int = 200_000
    # Scale-out (PostgreSQL): how long a job's lease lasts without renewal (renewed every
    # third of it), and how often the feed reads the events table when no notification came.
    lease_seconds: float = 15.0
    feed_poll_seconds: float = 1.0


@dataclass
class ServerContext:
    store: Store
    feed: ChangeFeed
    fabric: Fabric | None = None
    settings: Settings = field(default_factory=Settings)
    inventory_cache: tuple[int, bytes] | None = None  # (revision, encoded collections)
    jobs: JobEngine = field(init=False)
    sync: Any = None  # the FabricSync when a fabric is attached
    process: str = ""  # this process's owner id (name/suffix)
    leases: LeaseBook | None = None  # scale-out: jobs are held through leases
    listener: Any = None  # scale-out: the VaultListener that keeps the feed current
    # A fabric this process can only run later (the lab's estate, held by another process
    # until it dies): awaited in the background, then attached (scaleout.py).
    fabric_later: Callable[[], Awaitable[Fabric]] | None = None

    def __post_init__(self) -> None:
        self.jobs = JobEngine(self.store, self.leases)
        # Job steps drive the fabric: a process without one leaves orphaned jobs to others.
        self.jobs.can_run = lambda: self.fabric is not None
        self.feed.listeners.append(self.jobs.on_events)

    @property
    def lab(self) -> bool:
        return self.fabric is not None and hasattr(self.fabric, "set_site_up")

    @property
    def process_name(self) -> str:
        return self.process.rsplit("/", 1)[0]


async def open_context(
    db_url: str,
    fabric: Fabric | None = None,
    settings: Settings | None = None,
    process_name: str | None = None,
) -> ServerContext:
    settings = settings or Settings()
    feed = ChangeFeed()
    listener: Any = None  # the VaultListener on PostgreSQL

    def publish(events: list[ChangeEvent]) -> None:
        (listener.committed if listener is not None else feed.publish)(events)

    store = await Store.open(db_url, publish)
    feed.set_head(await store.revision())
    process = process_identity(process_name)
    leases = None
    if store.engine.dialect.name == "postgresql":
        from .listen import VaultListener  # asyncpg is there only with PostgreSQL

        listener = VaultListener(store, feed, settings.feed_poll_seconds)
        leases = LeaseBook(store.engine, process, settings.lease_seconds)
    return ServerContext(
        store, feed, fabric, settings, process=process, leases=leases, listener=listener
    )
