"""The client-side inventory cache: list + watch, pure asyncio (no Qt).

`start()` lists the inventory (plus recent jobs and unacknowledged alerts) and follows the
change feed from the listed revision. Changes are applied in revision order: a revision at or
below the cache's is ignored, a gap (a revision beyond the next one) or a `relist` event
makes the cache list again. When the connection breaks the cache retries with exponential
backoff and jitter, and after reconnecting it lists again before following, so it always
converges on the server's state.

Listeners are plain callables, called on the event loop after the cache has changed:

- object listeners `(kind, id, old, new)` for every object that appeared (old None), changed,
  or went away (new None): inventory kinds ("site", "vm", "protected-item", …) and the cached
  "job" and "alert" collections. A re-list is reported as the per-object differences between
  the old and the new snapshot, so views update incrementally and never rebuild;
- relist listeners `(old_revision, new_revision)` after each (re-)list was applied;
- status listeners `(ConnectionStatus)` when the connection state changes, or the control
  plane's word on its replication figures (`figures_stale`: it cannot read replication
  status; followed on the feed as "status-read" events);
- event listeners `(FeedEvent)` for every change event applied, after the object listeners:
  health samples, job and alert changes and inventory changes alike (filter on `event.type`).

Each `on_*` registration returns a function that removes the listener.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Any, Literal, get_args, overload

from pydantic import BaseModel, ValidationError

from app.domain.model import (
    KIND_COLLECTIONS,
    Alert,
    Cloud,
    Host,
    Inventory,
    Job,
    Network,
    NetworkMapping,
    Pairing,
    Policy,
    ProtectedItem,
    RecoveryPlan,
    Site,
    Vault,
    Vm,
)

from .api import FeedEvent, StandbyClient, gc_paused
from .errors import Forbidden, StandbyError, Unauthorized

log = logging.getLogger(__name__)

State = Literal["connected", "reconnecting", "offline"]
ObjectListener = Callable[[str, str, BaseModel | None, BaseModel | None], None]
RelistListener = Callable[[int | None, int], None]
StatusListener = Callable[["ConnectionStatus"], None]
EventListener = Callable[[FeedEvent], None]

INVENTORY_MODELS: dict[str, type[BaseModel]] = {
    kind: get_args(Inventory.model_fields[collection].annotation)[0]
    for kind, collection in KIND_COLLECTIONS.items()
}
"""The model of each inventory kind, as the feed names kinds."""

JOB, ALERT = "job", "alert"
STATUS_NOTE = "status-read"
"""The control plane's note on whether its replication figures are current (its change
events carry {"stale", "read_at", …}); the listing's vault document says the same."""
_MODELS: dict[str, type[BaseModel]] = {**INVENTORY_MODELS, JOB: Job, ALERT: Alert}


def now() -> datetime:
    return datetime.now(UTC)


def index_inventory(inventory: Inventory) -> dict[str, dict[str, BaseModel]]:
    """The inventory as {kind: {id: object}}: the shape of `InventoryCache.snapshot()`."""
    return {
        kind: {obj.id: obj for obj in getattr(inventory, collection)}
        for kind, collection in KIND_COLLECTIONS.items()
    }


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with jitter: attempt n waits base·factor^(n-1), capped, minus a
    random share of up to `jitter` of it (so many consoles do not reconnect in step)."""

    base: float = 0.5
    cap: float = 30.0
    factor: float = 2.0
    jitter: float = 0.5

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        exponent = min(max(attempt - 1, 0), 64)
        raw = min(self.cap, self.base * self.factor**exponent)
        return raw * (1.0 - self.jitter * (rng or random).random())


@dataclass(frozen=True)
class ConnectionStatus:
    """The cache's connection, for a banner: live, retrying (when and why), or offline.

    state: "connected" (listed and following the feed), "reconnecting" (no live feed, a retry
    is scheduled or under way; also the first connection), "offline" (not started, stopped,
    or given up because the token was refused; `last_error` says why).
    """

    state: State
    revision: int | None = None
    last_synced: datetime | None = None  # when the data was last known current
    offline_since: datetime | None = None  # when the live feed was lost (None while live)
    next_retry_at: datetime | None = None
    attempt: int = 0  # failed attempts in a row
    last_error: str | None = None
    # The replication figures (RPO, health, points) while connected: stale when the control
    # plane says it has not read replication status for over twice its sync interval; as of
    # `figures_as_of` (its last successful read, on this machine's clock).
    figures_stale: bool = False
    figures_as_of: datetime | None = None

    def seconds_until_retry(self, at: datetime | None = None) -> float | None:
        if self.next_retry_at is None:
            return None
        return max(0.0, (self.next_retry_at - (at or now())).total_seconds())

    def data_age(self, at: datetime | None = None) -> float | None:
        """Seconds since the data was last known current (None if never synced)."""
        if self.last_synced is None:
            return None
        return max(0.0, ((at or now()) - self.last_synced).total_seconds())

    def figures_age(self, at: datetime | None = None) -> float | None:
        """Seconds since the control plane last read replication status (None if unknown)."""
        if self.figures_as_of is None:
            return None
        return max(0.0, ((at or now()) - self.figures_as_of).total_seconds())


class InventoryCache:
    """The vault's inventory, recent jobs and open alerts, kept current by list + watch."""

    def __init__(
        self,
        client: StandbyClient,
        *,
        backoff: Backoff | None = None,
        jobs_kept: int = 200,
        alerts_kept: int = 200,
        rng: random.Random | None = None,
    ):
        self.client = client
        self.backoff = backoff or Backoff()
        self.jobs_kept = jobs_kept
        self.alerts_kept = alerts_kept
        self._rng = rng or random.Random()
        self._data: dict[str, dict[str, BaseModel]] = {kind: {} for kind in _MODELS}
        self._revision: int | None = None
        self._vault: Vault | None = None
        self._status = ConnectionStatus("offline")
        self._last_synced: datetime | None = None
        self._figures: tuple[bool, datetime | None] = (False, None)  # (stale, as of: local)
        self._clock_skew = timedelta(0)  # this machine's clock minus the server's
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._changed = asyncio.Event()
        self._object_listeners: list[ObjectListener] = []
        self._relist_listeners: list[RelistListener] = []
        self._status_listeners: list[StatusListener] = []
        self._event_listeners: list[EventListener] = []
        self.relists = 0  # how many times the cache listed (the first time included)

    # --- reading ----------------------------------------------------------------------------

    @property
    def revision(self) -> int | None:
        return self._revision

    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def status(self) -> ConnectionStatus:
        stale, as_of = self._figures
        return replace(
            self._status,
            revision=self._revision,
            last_synced=self._last_synced,
            figures_stale=stale,
            figures_as_of=as_of,
        )

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # Each kind's objects are of its model (_MODELS): the overloads tell a type checker which.
    @overload
    def objects(self, kind: Literal["site"]) -> Mapping[str, Site]: ...
    @overload
    def objects(self, kind: Literal["cloud"]) -> Mapping[str, Cloud]: ...
    @overload
    def objects(self, kind: Literal["host"]) -> Mapping[str, Host]: ...
    @overload
    def objects(self, kind: Literal["vm"]) -> Mapping[str, Vm]: ...
    @overload
    def objects(self, kind: Literal["network"]) -> Mapping[str, Network]: ...
    @overload
    def objects(self, kind: Literal["policy"]) -> Mapping[str, Policy]: ...
    @overload
    def objects(self, kind: Literal["pairing"]) -> Mapping[str, Pairing]: ...
    @overload
    def objects(self, kind: Literal["network-mapping"]) -> Mapping[str, NetworkMapping]: ...
    @overload
    def objects(self, kind: Literal["protected-item"]) -> Mapping[str, ProtectedItem]: ...
    @overload
    def objects(self, kind: Literal["recovery-plan"]) -> Mapping[str, RecoveryPlan]: ...
    @overload
    def objects(self, kind: Literal["job"]) -> Mapping[str, Job]: ...
    @overload
    def objects(self, kind: Literal["alert"]) -> Mapping[str, Alert]: ...
    @overload
    def objects(self, kind: str) -> Mapping[str, BaseModel]: ...
    def objects(self, kind: str) -> Mapping[str, BaseModel]:
        """A read-only view of one kind's objects by id ("vm", "job", "alert", …)."""
        return MappingProxyType(self._data.get(kind, {}))

    @overload
    def get(self, kind: Literal["site"], object_id: str) -> Site | None: ...
    @overload
    def get(self, kind: Literal["cloud"], object_id: str) -> Cloud | None: ...
    @overload
    def get(self, kind: Literal["host"], object_id: str) -> Host | None: ...
    @overload
    def get(self, kind: Literal["vm"], object_id: str) -> Vm | None: ...
    @overload
    def get(self, kind: Literal["network"], object_id: str) -> Network | None: ...
    @overload
    def get(self, kind: Literal["policy"], object_id: str) -> Policy | None: ...
    @overload
    def get(self, kind: Literal["pairing"], object_id: str) -> Pairing | None: ...
    @overload
    def get(self, kind: Literal["network-mapping"], object_id: str) -> NetworkMapping | None: ...
    @overload
    def get(self, kind: Literal["protected-item"], object_id: str) -> ProtectedItem | None: ...
    @overload
    def get(self, kind: Literal["recovery-plan"], object_id: str) -> RecoveryPlan | None: ...
    @overload
    def get(self, kind: Literal["job"], object_id: str) -> Job | None: ...
    @overload
    def get(self, kind: Literal["alert"], object_id: str) -> Alert | None: ...
    @overload
    def get(self, kind: str, object_id: str) -> BaseModel | None: ...
    def get(self, kind: str, object_id: str) -> BaseModel | None:
        return self._data.get(kind, {}).get(object_id)

    @property
    def jobs(self) -> Mapping[str, Job]:
        """Recent jobs (the newest `jobs_kept`, active ones always kept) by id."""
        return self.objects("job")

    @property
    def alerts(self) -> Mapping[str, Alert]:
        """Unacknowledged alerts by id."""
        return self.objects("alert")

    def snapshot(self) -> dict[str, dict[str, BaseModel]]:
        """A copy of the inventory kinds: {kind: {id: object}} (see `index_inventory`)."""
        return {kind: dict(self._data[kind]) for kind in INVENTORY_MODELS}

    # --- listeners --------------------------------------------------------------------------

    def on_object(
        self, listener: ObjectListener, kinds: Iterable[str] | None = None
    ) -> Callable[[], None]:
        """`kinds`: only changes of these kinds reach the listener (a listing of 100 000 VMs
        is 250 000 changes: a jobs list need not be called for each)."""
        if kinds is not None:
            wanted = frozenset(kinds)
            inner = listener

            def listener(kind: str, *args: Any) -> None:
                if kind in wanted:
                    inner(kind, *args)

            listener.kinds = wanted  # type: ignore[attr-defined]
        return self._subscribe(self._object_listeners, listener)

    def on_relisted(self, listener: RelistListener) -> Callable[[], None]:
        return self._subscribe(self._relist_listeners, listener)

    def on_status(self, listener: StatusListener) -> Callable[[], None]:
        return self._subscribe(self._status_listeners, listener)

    def on_event(self, listener: EventListener) -> Callable[[], None]:
        return self._subscribe(self._event_listeners, listener)

    @staticmethod
    def _subscribe(listeners: list, listener: Callable) -> Callable[[], None]:
        listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                listeners.remove(listener)

        return unsubscribe

    def _notify(self, listeners: list, *args: Any) -> None:
        for listener in list(listeners):
            try:
                listener(*args)
            except Exception:  # a faulty view must not stop the follower
                log.exception("inventory cache listener %r failed", listener)

    def _pulse(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    # --- life cycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Start listing and following in a background task; returns at once.

        Use `wait_synced()` (or the status listeners) to know when the data is live.
        """
        if self.running:
            return
        self._set_status(ConnectionStatus("reconnecting", offline_since=self._status.offline_since))
        self._task = asyncio.create_task(self._run(), name="standby-inventory-cache")

    async def stop(self) -> None:
        """Cancel the follower (closing the event stream) and wait for it to end."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        status = self._status
        self._set_status(
            ConnectionStatus(
                "offline",
                offline_since=status.offline_since or now(),
                attempt=status.attempt if status.state != "connected" else 0,
                last_error=status.last_error,
            )
        )

    def reconnect_now(self) -> None:
        """Cut the current backoff wait short (a 'Retry now' button)."""
        self._wake.set()

    async def wait_for(
        self, predicate: Callable[[InventoryCache], bool], timeout: float = 10.0
    ) -> None:
        """Wait until `predicate(cache)` holds (checked after every change); TimeoutError."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate(self):
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(
                    f"the inventory cache did not reach the condition within {timeout:g} s "
                    f"({self.status})"
                )
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), remaining)

    async def wait_synced(self, timeout: float = 10.0) -> None:
        """Wait until the cache is connected (listed and following)."""
        await self.wait_for(lambda cache: cache.status.state == "connected", timeout)

    # --- the follower -----------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            try:
                await self._list_and_follow()
                error: BaseException = StandbyError("the control plane closed the event stream")
            except (Unauthorized, Forbidden) as exc:
                # Retrying with the same token cannot help: stop, and say why.
                log.warning("inventory cache stops: %s", exc)
                self._set_status(
                    replace(
                        self._status,
                        state="offline",
                        offline_since=self._status.offline_since or now(),
                        next_retry_at=None,
                        last_error=str(exc),
                    )
                )
                return
            except StandbyError as exc:
                error = exc
            except Exception as exc:  # never let the follower die silently
                log.exception("inventory cache follower failed")
                error = exc
            attempt = self._status.attempt + 1
            delay = self.backoff.delay(attempt, self._rng)
            log.info("inventory cache: %s; retry %d in %.1f s", error, attempt, delay)
            self._set_status(
                ConnectionStatus(
                    "reconnecting",
                    offline_since=self._status.offline_since or now(),
                    next_retry_at=now() + timedelta(seconds=delay),
                    attempt=attempt,
                    last_error=str(error) or type(error).__name__,
                )
            )
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)
            self._set_status(replace(self._status, next_retry_at=None))

    async def _list_and_follow(self) -> None:
        """List, then follow; list again on a gap or a relist event; return when the stream
        ends; raise when a call fails."""
        while True:
            await self._relist()
            if not await self._follow():
                return

    async def _follow(self) -> bool:
        """Follow the feed from the cache's revision; True when a re-list is needed."""
        async with contextlib.aclosing(self.client.events(after=self._revision)) as events:
            async for event in events:
                self._last_synced = now()
                if self._status.state != "connected":
                    self._set_status(ConnectionStatus("connected"))
                if event.kind == "heartbeat":
                    self._pulse()
                    continue
                if event.kind == "relist":
                    log.info("inventory cache: the server asks for a re-list at %d", event.revision)
                    return True
                if not self._handle_change(event):
                    return True
        return False

    def _handle_change(self, event: FeedEvent) -> bool:
        """Apply a change event in revision order; False when a gap needs a re-list."""
        current = self._revision or 0
        if event.revision <= current:
            return True  # seen already (a replay overlapping the listing)
        if event.revision > current + 1:
            log.info("inventory cache: gap after %d (got %d): re-list", current, event.revision)
            return False
        self._revision = event.revision
        self._apply(event)
        self._notify(self._event_listeners, event)
        self._pulse()
        return True

    def _apply(self, event: FeedEvent) -> None:
        kind, object_id = event.type or "", event.id or ""
        if kind == STATUS_NOTE:
            if event.action == "upsert" and event.object is not None:
                read_at = event.object.get("read_at")
                self._set_figures(
                    bool(event.object.get("stale")),
                    datetime.fromisoformat(read_at) if read_at else None,
                )
            return
        model = _MODELS.get(kind)
        if model is None:
            return  # not a cached kind (health samples …): the event listeners have it
        if event.action == "delete":
            self._put(kind, object_id, None)
        elif event.action == "upsert" and event.object is not None:
            try:
                new = model.model_validate(event.object)
            except ValidationError as exc:
                log.warning("inventory cache: unreadable %s %s: %s", kind, object_id, exc)
                return
            if isinstance(new, Alert) and new.acknowledged_by:
                self._put(kind, object_id, None)  # the cache keeps open alerts only
            else:
                self._put(kind, object_id, new)
                self._trim(kind)

    def _put(self, kind: str, object_id: str, new: BaseModel | None) -> None:
        collection = self._data[kind]
        old = collection.get(object_id)
        if new is None:
            if old is None:
                return
            del collection[object_id]
        else:
            if old == new:
                return
            collection[object_id] = new
        for listener in list(self._object_listeners):
            kinds = getattr(listener, "kinds", None)
            if kinds is not None and kind not in kinds:
                continue
            try:
                listener(kind, object_id, old, new)
            except Exception:  # a faulty view must not stop the follower
                log.exception("inventory cache listener %r failed", listener)

    def _trim(self, kind: str) -> None:
        if kind == JOB and len(self._data[JOB]) > self.jobs_kept:
            finished = sorted(
                (j for j in self.jobs.values() if j.state.finished), key=lambda j: j.created
            )
            for job in finished[: len(self._data[JOB]) - self.jobs_kept]:
                self._put(JOB, job.id, None)
        elif kind == ALERT and len(self._data[ALERT]) > self.alerts_kept:
            oldest = sorted(self.alerts.values(), key=lambda a: a.time)
            for alert in oldest[: len(self._data[ALERT]) - self.alerts_kept]:
                self._put(ALERT, alert.id, None)

    async def _relist(self) -> None:
        """List everything and replace the cache's contents, reporting per-object changes."""
        # Jobs and alerts are listed after the inventory: whatever changes between the two
        # listings comes again on the feed (after the inventory's revision) and converges.
        inventory = await self.client.inventory()
        jobs = await self.client.jobs(limit=self.jobs_kept)
        alerts = await self.client.alerts(unacknowledged=True, limit=self.alerts_kept)
        with gc_paused():  # a listing of 100 000 VMs makes and replaces many objects
            self._apply_listing(inventory, jobs, alerts)

    def _apply_listing(self, inventory: Inventory, jobs: list[Job], alerts: list[Alert]) -> None:
        fresh = index_inventory(inventory)
        fresh[JOB] = {job.id: job for job in jobs}
        fresh[ALERT] = {alert.id: alert for alert in alerts}
        old_revision = self._revision
        self._revision = inventory.revision
        self._vault = inventory.vault
        self._last_synced = now()
        self._clock_skew = self._last_synced - inventory.vault.server_time
        self._set_figures(inventory.vault.status_stale, inventory.vault.status_read_at)
        for kind, objects in fresh.items():
            for object_id in [i for i in self._data[kind] if i not in objects]:
                self._put(kind, object_id, None)
            for object_id, obj in objects.items():
                self._put(kind, object_id, obj)
        self.relists += 1
        self._notify(self._relist_listeners, old_revision, inventory.revision)
        self._pulse()

    def _set_figures(self, stale: bool, read_at: datetime | None) -> None:
        """The control plane's word on its replication figures (`read_at` on its clock)."""
        as_of = read_at + self._clock_skew if read_at is not None else None
        before = self._figures
        self._figures = (stale, as_of)
        if stale != before[0] or (stale and as_of != before[1]):
            if stale != before[0]:
                log.info("inventory cache: replication figures %s", "stale" if stale else "live")
            self._notify(self._status_listeners, self.status)
            self._pulse()

    def _set_status(self, status: ConnectionStatus) -> None:
        before = self._status
        self._status = status
        if status != before:
            self._notify(self._status_listeners, self.status)
            self._pulse()
