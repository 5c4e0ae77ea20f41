"""What the NOC dashboard shows, computed from the inventory cache without Qt.

`summarize(cache)` reads the cache's current objects and returns a `DashboardSummary`: every
tile's figures, already ordered and cut to what fits on a wall screen. The window only renders
it, so every figure here is tested without a display.

RPO compliance counts the items whose replica is meant to be kept current (protected, paused,
resync required, resynchronizing: where the health rules judge RPO) and calls an item
compliant when its `rpo_standing` is within target for its policy's copy frequency — the one
judgement the health rules, the tree and the detail pane use (RPO at most twice the copy
frequency) — and its recovery host can be reached: an item at risk (health reason
`replica-unreachable`) is not compliant whatever its RPO still says, since nothing keeps it
within target. The summary counts the items at risk and names the sites they cannot reach,
so the tile can say why. Items failed over (nothing replicates them: no RPO) are not
counted, and are told apart.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from datetime import datetime

from app.client.cache import InventoryCache, now
from app.domain.enums import Health, JobState, ReplicationState, Severity
from app.domain.health import RPO_JUDGED, RpoStanding, rpo_standing
from app.domain.model import Alert, Job, ProtectedItem, Site

R = ReplicationState
RPO_STATES = RPO_JUDGED
"""Where a replica should be current, so the RPO is judged against the policy."""
FAILED_OVER_STATES = frozenset({R.FAILED_OVER, R.FAILOVER_COMMITTED})
REPLICA_KEPT = RPO_STATES | {R.INITIAL_REPLICATION, R.REVERSE_REPLICATING}
"""Where a replica is kept on the item's recovery host and replication is meant to reach it."""

WORST_RPO_COUNT = 10
CRITICAL_ALERT_COUNT = 5
ACTIVE_JOB_COUNT = 4
_HEALTH_ORDER = {Health.NORMAL: 0, Health.WARNING: 1, Health.CRITICAL: 2}


@dataclass(frozen=True)
class SiteTile:
    id: str
    name: str
    up: bool
    vmm_connected: bool


@dataclass(frozen=True)
class RpoRow:
    item_id: str
    vm_id: str
    vm_name: str
    rpo_seconds: float | None  # None: no recovery point yet
    target_seconds: int
    compliant: bool
    health: Health


@dataclass(frozen=True)
class JobRow:
    id: str
    operation: str
    object_name: str
    state: JobState
    progress: float  # 0..1
    step: str  # the step in progress, "" when none


@dataclass(frozen=True)
class AlertRow:
    id: str
    object_kind: str
    object_id: str
    message: str
    time: datetime
    folded: int = 0  # host alerts of a site that is down, shown as part of the site's alert


@dataclass(frozen=True)
class DashboardSummary:
    health: dict[Health, int]  # protected items by health
    items: int
    rpo_measured: int  # items whose RPO is judged (see RPO_STATES)
    rpo_compliant: int
    sites: list[SiteTile]
    active_jobs: list[JobRow]
    active_job_count: int
    worst_rpo: list[RpoRow]
    critical_alerts: list[AlertRow]
    critical_alert_count: int
    overall: Health
    state: str  # the connection: connected | reconnecting | offline
    stale: bool  # not live: the figures are the last known state
    data_age_seconds: float | None
    last_synced: datetime | None
    last_error: str | None = None
    at: datetime = field(default_factory=now)
    # Connected, but the control plane cannot read replication status: the figures are the
    # last ones it read, `figures_age_seconds` ago.
    figures_stale: bool = False
    figures_age_seconds: float | None = None
    # Items whose recovery host cannot be reached (counted as not compliant), and the names
    # of the sites those hosts are in.
    at_risk: int = 0
    at_risk_sites: tuple[str, ...] = ()
    # Failed over, committed: nothing replicates them, they have no RPO and are not counted.
    failed_over: int = 0

    @property
    def rpo_compliance(self) -> float | None:
        """Percent of judged items within their policy's target (None when none is judged)."""
        if not self.rpo_measured:
            return None
        return 100.0 * self.rpo_compliant / self.rpo_measured

    @property
    def sites_up(self) -> int:
        return sum(1 for site in self.sites if site.up)

    @property
    def sites_down(self) -> int:
        return len(self.sites) - self.sites_up


def _worse(a: Health, b: Health) -> Health:
    return a if _HEALTH_ORDER[a] >= _HEALTH_ORDER[b] else b


def _rpo_key(row: RpoRow) -> tuple[int, float]:
    # Unknown RPO (protected, no point yet) first: the data at risk is unknown. Then by how
    # far past its target an item is, then by the RPO itself.
    if row.rpo_seconds is None:
        return (1, 0.0)
    return (0, row.rpo_seconds / max(row.target_seconds, 1))


def _fold(alerts: list[Alert], cache: InventoryCache, down: set[str]) -> list[AlertRow]:
    """One row per alert, newest first, except that a down site's hosts losing their agents
    (a consequence, raised with it) count on the site's row rather than push it off screen."""
    site_alert = {
        a.object_id: a.id for a in alerts if a.object_kind == "site" and a.object_id in down
    }
    folded: dict[str, int] = {}
    kept: list[Alert] = []
    if site_alert:
        clouds = cache.objects("cloud")
        hosts = cache.objects("host")
    for alert in alerts:
        if site_alert and alert.object_kind == "host":
            host = hosts.get(alert.object_id)
            cloud = clouds.get(getattr(host, "cloud_id", "")) if host is not None else None
            into = site_alert.get(getattr(cloud, "site_id", ""))
            if into is not None:
                folded[into] = folded.get(into, 0) + 1
                continue
        kept.append(alert)
    return [
        AlertRow(a.id, a.object_kind, a.object_id, a.message, a.time, folded.get(a.id, 0))
        for a in kept
    ]


AT_RISK = "replica-unreachable"


def at_risk(item: ProtectedItem) -> bool:
    """Its recovery host cannot be reached: changes are not replicated (a health reason)."""
    return any(reason.code == AT_RISK for reason in item.health_reasons)


def recovery_site(cache: InventoryCache, item: ProtectedItem) -> Site | None:
    host = cache.objects("host").get(item.target_host_id or "")
    cloud = cache.objects("cloud").get(getattr(host, "cloud_id", "")) if host else None
    site = cache.objects("site").get(getattr(cloud, "site_id", "")) if cloud else None
    return site if isinstance(site, Site) else None


def overall_health(cache: InventoryCache) -> Health:
    """The worst protected item's health; critical while any site is down."""
    if any(isinstance(s, Site) and not s.up for s in cache.objects("site").values()):
        return Health.CRITICAL
    worst = Health.NORMAL
    for item in cache.objects("protected-item").values():
        if isinstance(item, ProtectedItem) and _HEALTH_ORDER[item.health] > _HEALTH_ORDER[worst]:
            worst = item.health
            if worst == Health.CRITICAL:
                break
    return worst


def summarize(cache: InventoryCache, at: datetime | None = None) -> DashboardSummary:
    at = at or now()
    items = cache.objects("protected-item")
    policies = cache.objects("policy")
    vms = cache.objects("vm")
    health = dict.fromkeys(Health, 0)
    overall = Health.NORMAL
    measured = compliant = risky = failed_over = 0
    risk_sites: set[str] = set()
    rows: list[RpoRow] = []
    for item in items.values():
        health[item.health] += 1
        overall = _worse(overall, item.health)
        failed_over += item.replication_state in FAILED_OVER_STATES
        if item.replication_state not in RPO_STATES:
            continue
        policy = policies.get(item.policy_id)
        if policy is None:
            continue  # the policy is not listed yet: nothing to judge against
        target = policy.copy_frequency_seconds
        risk = at_risk(item)
        if risk:
            risky += 1
            site = recovery_site(cache, item)
            if site is not None:
                risk_sites.add(site.name)
        standing = rpo_standing(item.replication_state, item.rpo_seconds, target)
        ok = standing == RpoStanding.WITHIN and not risk
        measured += 1
        compliant += ok
        if not ok or item.rpo_seconds is not None:
            vm = vms.get(item.vm_id)
            rows.append(
                RpoRow(
                    item.id,
                    item.vm_id,
                    vm.name if vm is not None else item.vm_id,
                    item.rpo_seconds,
                    target,
                    ok,
                    item.health,
                )
            )
    worst_rows = heapq.nlargest(WORST_RPO_COUNT, rows, key=_rpo_key)

    sites = sorted(
        (
            SiteTile(s.id, s.name, s.up, s.vmm_server.provider.connected)
            for s in cache.objects("site").values()
            if isinstance(s, Site)
        ),
        key=lambda tile: tile.name,
    )
    if any(not site.up for site in sites):
        overall = Health.CRITICAL

    jobs = [j for j in cache.objects("job").values() if isinstance(j, Job) and not j.state.finished]
    jobs.sort(key=lambda j: j.created, reverse=True)
    job_rows = [
        JobRow(
            j.id,
            j.operation,
            j.object_name or j.object_id,
            j.state,
            j.progress,
            next((s.name for s in j.steps if s.state == JobState.IN_PROGRESS), ""),
        )
        for j in jobs[:ACTIVE_JOB_COUNT]
    ]

    alerts = [
        a
        for a in cache.objects("alert").values()
        if isinstance(a, Alert)
        and a.severity == Severity.CRITICAL
        and not a.acknowledged_by
        and a.resolved_at is None  # a connection back, a job restarted: not open any more
    ]
    alerts.sort(key=lambda a: a.time, reverse=True)
    alert_rows = _fold(alerts, cache, {s.id for s in sites if not s.up})[:CRITICAL_ALERT_COUNT]

    status = cache.status
    return DashboardSummary(
        health=health,
        items=len(items),
        rpo_measured=measured,
        rpo_compliant=compliant,
        sites=sites,
        active_jobs=job_rows,
        active_job_count=len(jobs),
        worst_rpo=worst_rows,
        critical_alerts=alert_rows,
        critical_alert_count=len(alerts),
        overall=overall,
        state=status.state,
        stale=status.state != "connected" or status.figures_stale,
        data_age_seconds=status.data_age(at),
        last_synced=status.last_synced,
        last_error=status.last_error,
        at=at,
        figures_stale=status.state == "connected" and status.figures_stale,
        figures_age_seconds=status.figures_age(at),
        at_risk=risky,
        at_risk_sites=tuple(sorted(risk_sites)),
        failed_over=failed_over,
    )
