"""Supervised background work: no loop of the control plane dies, and none fails silently.

Every long-running loop (the replication monitor, the fabric sync, event pruning, job lease
renewal, the vault listener) runs its body through `Supervisor.run`:

- the body runs every `every` seconds; an exception never ends the loop (only cancellation
  does: `asyncio.CancelledError` passes through untouched);
- a failure is logged once, with its traceback; the same error again is not logged again
  (a different one is), and the recovery is logged;
- a failing loop raises an alert (cause `loop:<name>`, on the vault; `@<process>` added when
  several processes share the vault) saying what stopped working and what that means, and
  resolves it when the body works again. Writing the alert may fail too (the database is
  away): it is tried again at the next failure, and the loop goes on regardless;
- failed rounds are retried with exponential backoff and jitter, capped;
- `FabricError` is an expected failure (an estate that refuses or is out of reach): logged
  at warning without a traceback, and alerted only when it persists for `alert_after`
  rounds in a row (a single refused call is no incident).

The loop's state (`ctx.loops`) feeds /healthz and /metrics.

`StatusReadWatch` keeps a note in the vault of whether the replication figures are current:
written when that changes (never per read), so every process and every console learns it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.domain.enums import Severity
from app.domain.fabric import FabricError

from .alerts import raise_alert, resolve_alert
from .context import LoopHealth, ServerContext

log = logging.getLogger(__name__)

MAX_ERROR_TEXT = 300  # characters of an error told in an alert


@dataclass(frozen=True)
class Loop:
    """What a supervised loop is, for its log lines and its alert."""

    name: str  # "replication-monitor"
    title: str  # "The replication monitor"
    does: str  # "reads the replication status of every protected item from the fabric"
    meaning: str  # what an operator must know while it fails
    severity: Severity = Severity.WARNING
    expected: tuple[type[Exception], ...] = (FabricError,)
    alert_after: int = 3  # rounds an expected failure must persist before it is alerted


def error_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if not isinstance(exc, FabricError) and type(exc).__name__ not in text:
        text = f"{type(exc).__name__}: {text}"
    return text if len(text) <= MAX_ERROR_TEXT else text[: MAX_ERROR_TEXT - 1] + "…"


class Supervisor:
    """Runs one loop's body periodically and forever (see the module's docstring)."""

    def __init__(
        self,
        ctx: ServerContext,
        loop: Loop,
        body: Callable[[], Awaitable[Any]],
        every: float | Callable[[], float],
        *,
        backoff: float | None = None,
        cap: float | None = None,
        rng: random.Random | None = None,
    ):
        self.ctx = ctx
        self.loop = loop
        self.body = body
        self._every = every if callable(every) else (lambda: every)
        self._backoff = backoff  # the first retry's delay (default: the period, at least 0.5 s)
        self._cap = cap  # the longest delay (default: the setting, or the period when longer)
        self._rng = rng or random.Random()
        self.state = ctx.loops.setdefault(loop.name, LoopHealth(loop.name))
        self._logged: str | None = None  # the failure logged last (logged once)
        # Resolve the loop's alert at the next success: at first (one left open by an earlier
        # start of this process), and after every failure that may have raised it.
        self._resolve_pending = True
        self._alert_failed_logged = False

    @property
    def cause(self) -> str:
        if self.ctx.leases is not None:  # several processes share the vault: say whose loop
            return f"loop:{self.loop.name}@{self.ctx.process_name}"
        return f"loop:{self.loop.name}"

    def delay(self, failures: int) -> float:
        """Before retry n: base·2^(n-1), capped, less a random share of up to half of it."""
        period = self._every()
        base = self._backoff if self._backoff is not None else max(period, 0.5)
        cap = self._cap
        if cap is None:
            cap = max(self.ctx.settings.loop_retry_cap_seconds, period)
        raw = min(cap, base * 2.0 ** min(failures - 1, 32))
        return raw * (1.0 - 0.5 * self._rng.random())

    async def run(self) -> None:
        """Forever; returns only by cancellation."""
        failures = 0
        while True:
            await asyncio.sleep(self.delay(failures) if failures else self._every())
            try:
                await self.body()
            except Exception as exc:  # CancelledError is no Exception: it still cancels
                failures += 1
                await self._failed(exc, failures)
                continue
            if failures or self._resolve_pending:
                await self._recovered(failures)
            failures = 0

    async def _failed(self, exc: Exception, failures: int) -> None:
        loop, state = self.loop, self.state
        expected = isinstance(exc, loop.expected)
        text = error_text(exc)
        state.failures = failures
        state.error = text
        if failures == 1:
            state.failing_since = datetime.now(UTC)
        if text != self._logged:
            self._logged = text
            if expected:
                log.warning("%s: %s (retrying with backoff)", loop.name, text)
            else:
                log.error("%s failed; retrying with backoff", loop.name, exc_info=exc)
        else:
            log.debug("%s failed again (%d in a row): %s", loop.name, failures, text)
        if expected and failures < loop.alert_after:
            return
        state.failing = True
        self._resolve_pending = True
        try:
            await self._raise_alert(text)
        except Exception as alert_exc:  # the vault may be what fails: the loop goes on
            if not self._alert_failed_logged:
                self._alert_failed_logged = True
                log.warning("%s: cannot raise its alert now: %s", loop.name, error_text(alert_exc))
        else:
            self._alert_failed_logged = False

    async def _raise_alert(self, text: str) -> None:
        loop, ctx = self.loop, self.ctx
        where = f" in control-plane process {ctx.process_name}" if ctx.leases is not None else ""
        message = (
            f"{loop.title}{where} is failing ({text}). It {loop.does}. {loop.meaning} It "
            "retries by itself with a growing delay; this alert resolves when it works again."
        )
        vault = await ctx.store.vault()
        async with ctx.store.transaction() as tx:
            await raise_alert(
                tx,
                cause=self.cause,
                severity=loop.severity,
                object_kind="vault",
                object_id=vault["id"],
                object_name=vault["name"],
                message=message,
            )

    async def _recovered(self, failures: int) -> None:
        state = self.state
        was_failing = state.failing
        state.failing, state.failures, state.error, state.failing_since = False, 0, None, None
        self._logged = None
        if failures:
            log_at = logging.WARNING if was_failing else logging.INFO
            log.log(log_at, "%s works again after %d failed round(s)", self.loop.name, failures)
        try:
            async with self.ctx.store.transaction() as tx:
                await resolve_alert(
                    tx, self.cause, f"Working again since {datetime.now(UTC):%H:%M:%S} UTC."
                )
        except Exception as exc:  # tried again after the next round
            log.warning("%s: cannot resolve its alert now: %s", self.loop.name, error_text(exc))
            return
        self._resolve_pending = False


# --- the loops ------------------------------------------------------------------------------

REPLICATION_MONITOR = Loop(
    "replication-monitor",
    "The replication monitor",
    "reads the replication status of every protected item from the fabric",
    "Until it works again, the RPO, health, pending data and recovery points shown are the "
    "last ones read and do not change: a protected item may be worse off than it looks.",
    Severity.CRITICAL,
)
STATUS_WATCH = Loop(
    "status-watch",
    "The replication figures' watch",
    "tells consoles whether the replication figures are current",
    "Until it works again, consoles may show frozen figures as live.",
)
FABRIC_SYNC = Loop(
    "fabric-sync",
    "The fabric inventory sync",
    "keeps the vault's sites, clouds, hosts and VMs up to date with the fabric",
    "Until it works again, new or removed VMs, host connection changes and host storage "
    "figures are not seen, and no alert is raised for them.",
)
EVENT_PRUNING = Loop(
    "event-pruning",
    "Change-event pruning",
    "removes the oldest change events beyond the configured number kept",
    "Until it works again, the vault's event log grows without bound; nothing else is affected.",
)
JOB_LEASES = Loop(
    "job-leases",
    "Job lease renewal",
    "renews the leases of the jobs this process runs and takes over jobs of processes that died",
    "Until it works again, jobs of a process that died are not taken over, and after a "
    "lease's time the jobs running here stop and are left to another process.",
    Severity.CRITICAL,
)
VAULT_LISTENER = Loop(
    "vault-listener",
    "The change-feed listener",
    "brings changes committed by other control-plane processes to this process's consoles "
    "and scripts",
    "Until it works again, consoles connected to this process miss changes made through "
    "other processes and show an outdated state.",
    Severity.CRITICAL,
)


# --- the replication figures' note --------------------------------------------------------------

STATUS_NOTE = ("status-read", "replication")  # the vault's note: (kind, id)
STATUS_STALE_CAUSE = "status-read-stale"


class StatusReadWatch:
    """Keeps the vault's note on whether the replication figures are current: stale when the
    last successful status read is older than twice the sync interval. Written when that
    changes — and once at start, over a note an earlier process may have left — never per
    read; consoles follow it on the change feed."""

    def __init__(self, ctx: ServerContext):
        self.ctx = ctx
        self.published: bool | None = None  # the note's `stale` as this watch last wrote it

    async def check(self) -> None:
        ctx = self.ctx
        age = ctx.status_read_age() or 0.0  # as judged now (a read may end meanwhile)
        stale = ctx.status_read_stale()
        if stale == self.published:
            return
        if self.published is None:  # at start: the note may say so already
            earlier = await ctx.store.get(*STATUS_NOTE)
            if earlier is not None and earlier.get("stale") == stale:
                self.published = stale
                return
        read_at = ctx.status_read_at or ctx.status_reads_since
        note = {
            "stale": stale,
            "read_at": read_at.isoformat() if read_at else None,
            "sync_interval_seconds": ctx.settings.sync_interval_seconds,
            "stale_after_seconds": ctx.status_stale_after,
            "process": ctx.process_name,
        }
        vault = await ctx.store.vault()
        async with ctx.store.transaction() as tx:
            await tx.put(*STATUS_NOTE, note)
            # A read that hangs raises nothing for the supervisor to alert on: the staleness
            # itself is the alert, so an operator not watching a console learns it too.
            if stale:
                since = read_at.strftime("%H:%M:%S UTC") if read_at else "its start"
                await raise_alert(
                    tx,
                    cause=STATUS_STALE_CAUSE,
                    severity=Severity.CRITICAL,
                    object_kind="vault",
                    object_id=vault["id"],
                    object_name=vault["name"],
                    text_code="figures-stale" if read_at else "figures-stale-since-start",
                    text_params={"since": read_at.isoformat()} if read_at else {},
                    message=(
                        "Replication figures are not being updated: no successful status "
                        f"read since {since}. RPO, health and recovery points shown may be out "
                        "of date; check the control plane's log and the hosts' agents."
                    ),
                )
            else:
                await resolve_alert(tx, STATUS_STALE_CAUSE, "The figures are current again.")
        if stale:
            log.warning(
                "replication figures are stale: no successful status read for %.0f s",
                age,
            )
        elif self.published:
            log.warning("replication figures are current again")
        self.published = stale


async def figures_state(ctx: ServerContext) -> dict[str, Any]:
    """The vault document's fields on the replication figures (JSON-ready): whether they are
    stale (from the vault's note, so every process answers alike), as of when, and the sync
    interval. A process that reads status itself answers from its own, newer knowledge."""
    interval = ctx.settings.sync_interval_seconds
    if ctx.status_reads_since is not None:
        read_at = ctx.status_read_at or ctx.status_reads_since
        return {
            "status_read_at": read_at.isoformat(),
            "status_stale": ctx.status_read_stale(),
            "sync_interval_seconds": interval,
        }
    note = await ctx.store.get(*STATUS_NOTE)
    if note is None:  # no process of this vault reads replication status
        return {"status_read_at": None, "status_stale": False, "sync_interval_seconds": None}
    return {
        "status_read_at": note.get("read_at"),
        "status_stale": bool(note.get("stale")),
        "sync_interval_seconds": note.get("sync_interval_seconds", interval),
    }
