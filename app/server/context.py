"""What every request handler of one control-plane process shares."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.domain.fabric import Fabric, HostRegistry, LabControls
from app.domain.version import VERSION as VERSION

from .feed import ChangeEvent, ChangeFeed
from .jobs import JobEngine
from .leases import LeaseBook, process_identity
from .store import Store


@dataclass
class Settings:
    heartbeat_seconds: float = 15.0
    sync_interval_seconds: float = 5.0
    events_kept: int = 200_000
    prune_seconds: float = 300.0  # how often the events beyond `events_kept` are removed
    # A failing background loop retries with a growing delay, at most this long (or its
    # period, when that is longer; supervisor.py).
    loop_retry_cap_seconds: float = 30.0
    # Scale-out (PostgreSQL): how long a job's lease lasts without renewal (renewed every
    # third of it), and how often the feed reads the events table when no notification came.
    lease_seconds: float = 15.0
    feed_poll_seconds: float = 1.0
    # Notifications (delivery.py): how often the outbox is read for due deliveries, each
    # send's timeout, and the retries of a failed one (exponential backoff with jitter).
    notify_poll_seconds: float = 1.0
    notify_timeout_seconds: float = 10.0
    notify_retry_base_seconds: float = 5.0
    notify_retry_cap_seconds: float = 900.0
    notify_max_attempts: int = 8
    # A job waiting for an operator's manual action longer than this raises an alert
    # (job_alerts.py), resolved when it is resumed or cancelled.
    manual_action_alert_seconds: float = 600.0


@dataclass
class LoopHealth:
    """A supervised background loop of this process (supervisor.py), as /healthz and /metrics
    report it."""

    name: str
    failing: bool = False  # failed (an unexpected error, or an expected one several times)
    failures: int = 0  # in a row
    failing_since: datetime | None = None
    error: str | None = None  # the last failure, one line


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
    # A fabric this process can only drive later (one driven by one process at a time,
    # held by another until it dies): awaited in the background, then attached (estates.py).
    fabric_later: Callable[[], Awaitable[Fabric]] | None = None
    loops: dict[str, LoopHealth] = field(default_factory=dict)  # supervised, by name
    # The replication monitor's status reads: when it began watching (None: this process
    # reads no replication status — no fabric, or not one that replicates) and when its last
    # read succeeded (wall clock, and monotonic for the age).
    status_reads_since: datetime | None = None
    status_read_at: datetime | None = None
    _status_read_mono: float = 0.0

    def __post_init__(self) -> None:
        self.jobs = JobEngine(self.store, self.leases)
        # Job steps drive the fabric: a process without one leaves orphaned jobs to others.
        self.jobs.can_run = lambda: self.fabric is not None
        self.jobs.manual_action_alert_seconds = lambda: self.settings.manual_action_alert_seconds
        self.feed.listeners.append(self.jobs.on_events)

    @property
    def lab(self) -> bool:
        return isinstance(self.fabric, LabControls)

    @property
    def host_registration(self) -> bool:
        """The estate's hosts enroll with this control plane (site, cloud, key and host
        administration is served)."""
        return isinstance(self.fabric, HostRegistry)

    @property
    def process_name(self) -> str:
        return self.process.rsplit("/", 1)[0]

    # --- the age of the replication figures ---------------------------------------------------

    def status_reads_begin(self) -> None:
        """The replication monitor starts: until its first read, the age counts from now."""
        self.status_reads_since = datetime.now(UTC)
        self.status_read_at = None
        self._status_read_mono = time.monotonic()

    def status_read_done(self) -> None:
        """A replication status read succeeded (the vault holds figures as of now)."""
        self.status_read_at = datetime.now(UTC)
        self._status_read_mono = time.monotonic()

    def status_read_age(self) -> float | None:
        """Seconds since the last successful status read (since the monitor began, when none
        succeeded yet); None when this process reads no replication status."""
        if self.status_reads_since is None:
            return None
        return max(0.0, time.monotonic() - self._status_read_mono)

    @property
    def status_stale_after(self) -> float:
        """Figures older than this are not current: two sync intervals (one read may be late)."""
        return 2 * self.settings.sync_interval_seconds

    def status_read_stale(self) -> bool:
        age = self.status_read_age()
        return age is not None and age > self.status_stale_after


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
