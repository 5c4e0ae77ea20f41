"""What every request handler of one control-plane process shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain.fabric import Fabric

from .feed import ChangeFeed
from .jobs import JobEngine
from .store import Store

VERSION = "0.1.0"


@dataclass
class Settings:
    heartbeat_seconds: float = 15.0
    sync_interval_seconds: float = 5.0
    events_kept: int = 200_000


@dataclass
class ServerContext:
    store: Store
    feed: ChangeFeed
    fabric: Fabric | None = None
    settings: Settings = field(default_factory=Settings)
    inventory_cache: tuple[int, bytes] | None = None  # (revision, encoded collections)
    jobs: JobEngine = field(init=False)
    sync: Any = None  # the FabricSync when a fabric is attached

    def __post_init__(self) -> None:
        self.jobs = JobEngine(self.store)

    @property
    def lab(self) -> bool:
        return self.fabric is not None and hasattr(self.fabric, "set_site_up")


async def open_context(
    db_url: str, fabric: Fabric | None = None, settings: Settings | None = None
) -> ServerContext:
    feed = ChangeFeed()
    store = await Store.open(db_url, feed.publish)
    feed.set_head(await store.revision())
    return ServerContext(store, feed, fabric, settings or Settings())
