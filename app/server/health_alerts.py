"""Alerts for protected items' health: one per item, or one per cause when many items share it.

At every status read (`ReplicationMonitor.run_once`) every item that is warning or critical
is told in exactly one open alert:

- **A shared cause** — the item's source site down (`source-site-down`, `primary-site-down`:
  the site's connection alert, cause `connection:site:<site>`), its source host's agent
  disconnected (the host's, `connection:host:<host>`), its recovery side out of reach
  (`replica-unreachable:<recovery site>`, object the site) — puts it in that cause's alert,
  which lists every item it stands for (`items`, each with its health and worst reason) and
  whose severity is the worst of theirs (it escalates, and eases, with them). Full storage
  has its host's alert already (`storage-full:<host>`, the monitor's): no alert per item.
  A connection's alert is opened by the fabric sync and resolved by it when the connection
  returns; the monitor only lists the items in it while they are hit.
- An item that was in a cause's alert and, the cause gone, is still catching up (only RPO
  and missed-cycle reasons left) stays in it, so a link that returns does not turn one
  alert into fifty for the minute the cycles need; the alert says so and resolves when the
  last of them is healthy.
- **Items of one recovery plan** left in the same state by its operation (failed over and
  awaiting reverse replication, a failover stopped half-way, a test failover not cleaned
  up, …: `PLAN_CODES`) are one alert for the plan (`plan:<code>:<plan>`, object the plan)
  when two or more share it, kept for as long as it lists any of them.
- **Anything else** is the item's own alert (`health:<item>`, object the item), named by its
  worst reason's code, with the reason's message and what to do; it is updated in place
  while the item stays unhealthy (the code follows the worst reason), and resolved by itself,
  saying how long it lasted, when the item is healthy again (or no longer protected).

Nothing is kept in memory: the open alerts are read from the vault at each round, so a
restarted process (or another one taking the estate over) carries on with the same alerts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import Health, Severity
from app.domain.health import ReplicaSide
from app.domain.model import Alert, AlertItem, HealthReason, ProtectedItem

from .alerts import add_alert, raise_alert, resolve_alert
from .store import Transaction, new_id, now

ITEM_PREFIX = "health:"
PLAN_PREFIX = "plan:"  # plan:<code>:<plan id>
PLAN_WORDS = {
    "awaiting-reverse-replication": "run on their failed-over copies and nothing protects them",
    "test-failover-cleanup-pending": "have a test failover that was not cleaned up",
    "failover-failed": "stopped half-way in a failover",
    "reverse-replication-failed": "failed reverse replication and are not protected",
    "enable-protection-failed": "failed to have protection enabled",
    "replication-paused": "have replication paused",
    "resync-required": "need a resynchronization",
}
PLAN_CODES = frozenset(PLAN_WORDS)
# A site or agent that drops has its connection alert already (sync.py): the items it hits
# are listed in it. Those alerts are resolved by the fabric sync when the connection returns.
SITE_DOWN_PREFIX = "connection:site:"
AGENT_PREFIX = "connection:host:"
REPLICA_PREFIX = "replica-unreachable:"
GROUP_PREFIXES = (SITE_DOWN_PREFIX, AGENT_PREFIX, REPLICA_PREFIX)
CONNECTION_PREFIXES = (SITE_DOWN_PREFIX, AGENT_PREFIX)
_GROUP_CODES = {
    SITE_DOWN_PREFIX: "site-down",
    AGENT_PREFIX: "agent-disconnected",
    REPLICA_PREFIX: "replica-unreachable",
}
NAMES_LISTED = 10

# Reasons that follow from an outage and go away by themselves once cycles run again.
CATCHING_UP = frozenset({"rpo-warning", "rpo-critical", "rpo-unknown", "missed-cycles"})
STORAGE_FULL = frozenset({"replica-storage-full", "source-storage-full"})

WHAT_TO_DO: dict[str, str] = {
    "source-site-down": "Fail the VMs still running there over to the recovery site "
    "(unplanned failover), or bring the site back.",
    "primary-site-down": "Bring the primary site back; reverse replication then protects the "
    "VMs again.",
    "resync-required": "Resynchronize the item.",
    "replica-storage-full": "Free space on the recovery host or add storage.",
    "source-storage-full": "Free space on the source host or add storage.",
    "enable-protection-failed": "Enable protection again, or disable it.",
    "failover-failed": "Retry with an unplanned failover, or cancel the failover.",
    "reverse-replication-failed": "Start reverse replication again.",
    "rpo-critical": "Check the replication link and the hosts' load; RPO comes back by "
    "itself once cycles succeed.",
    "rpo-warning": "Check the replication link and the hosts' load; RPO comes back by "
    "itself once cycles succeed.",
    "rpo-unknown": "Wait for the first recovery point; if none comes, check the recovery "
    "host and the link.",
    "replica-unreachable": "Bring the recovery site, its host agent or the replication link "
    "back; until then a failover there cannot start.",
    "missed-cycles": "Check the replication link and the hosts' load.",
    "replication-paused": "Resume replication when the pause is no longer needed.",
    "awaiting-reverse-replication": "Commit the failover, then start reverse replication.",
    "agent-disconnected": "Check the host and its replication agent (service running, network).",
    "test-failover-cleanup-pending": "Clean up the test failover.",
}
_SEVERITY = {Health.WARNING: Severity.WARNING, Health.CRITICAL: Severity.CRITICAL}
_ORDER = {Health.NORMAL: 0, Health.WARNING: 1, Health.CRITICAL: 2}


@dataclass(frozen=True)
class Judged:
    """An item as this status read judged it, with the names its alert needs."""

    item: ProtectedItem
    name: str  # the VM's name
    source_host: tuple[str, str] | None = None  # (id, name)
    source_site: tuple[str, str] | None = None  # (id, name)
    replica: ReplicaSide | None = None
    replica_site_id: str | None = None


@dataclass
class _Group:
    prefix: str
    object_kind: str
    object_id: str
    object_name: str
    live: list[Judged] = field(default_factory=list)  # hit by the cause now
    catching_up: list[Judged] = field(default_factory=list)  # the cause gone, still behind

    @property
    def cause(self) -> str:
        return self.prefix + self.object_id

    @property
    def members(self) -> list[Judged]:
        return self.live + self.catching_up


def names(values: Iterable[str]) -> str:
    listed = sorted(values)
    shown = ", ".join(listed[:NAMES_LISTED])
    more = len(listed) - NAMES_LISTED
    return f"{shown} and {more} more" if more > 0 else shown


def _worst(item: ProtectedItem) -> HealthReason | None:
    return item.health_reasons[0] if item.health_reasons else None


def _codes(item: ProtectedItem) -> set[str]:
    return {r.code for r in item.health_reasons}


def _listed(judged: Judged) -> AlertItem:
    worst = _worst(judged.item)
    return AlertItem(
        id=judged.item.id,
        name=judged.name,
        health=judged.item.health,
        reason=worst.code if worst else None,
    )


def _vms(count: int) -> str:
    return f"{count} protected VM" + ("" if count == 1 else "s")


def _critical_note(members: list[Judged]) -> str:
    critical = sum(1 for m in members if m.item.health == Health.CRITICAL)
    if not critical:
        return ""
    if critical == len(members):
        return " All of them are critical now."
    return f" {critical} of them are critical now."


def _summary(body: dict[str, Any]) -> str:
    """A resolved health alert's message: what it was, in the past."""
    listed = body.get("items") or []
    cause = body.get("cause", "")
    if cause.startswith(ITEM_PREFIX):
        return body["message"]  # "sql-01: Replication is paused: …" (+ "It is healthy again.")
    if cause.startswith(PLAN_PREFIX):
        return f"{body['message']} Every one of them is healthy again."
    who = names(i["name"] for i in listed)
    where = body.get("object_name") or body.get("object_id")
    count = _vms(len(listed))
    if cause.startswith(REPLICA_PREFIX):
        return (
            f"Protection was at risk at {where}: {count} could not reach their recovery "
            f"host ({who}). Replication reaches it again and every one is healthy."
        )
    return f"{body['message']} Every protected VM it hit is healthy again ({who})."


class HealthAlerts:
    """Keeps the health alerts equal to the items' health at each status read."""

    async def update(
        self,
        tx: Transaction,
        judged: list[Judged],
        sites: dict[str, Any],
        unknown: set[str] | None = None,
        plans: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        """`judged`: every item read this round; `unknown`: ids of items this round could
        not judge (no status for them), whose alerts stay as they are; `plans`: item id →
        (plan id, plan name) of the recovery plan it is in."""
        unknown = unknown or set()
        plans = plans or {}
        open_now = {
            a["cause"]: a for a in await tx.open_alerts(ITEM_PREFIX, PLAN_PREFIX, *GROUP_PREFIXES)
        }
        member_of: dict[str, str] = {}  # item id → the open cause alert listing it
        in_plan_alert: set[tuple[str, str]] = set()  # (cause, item id) of open plan alerts
        for cause, body in open_now.items():
            if cause.startswith(GROUP_PREFIXES):
                for listed in body.get("items") or []:
                    member_of.setdefault(listed["id"], cause)
            elif cause.startswith(PLAN_PREFIX):
                in_plan_alert.update((cause, listed["id"]) for listed in body.get("items") or [])
        groups: dict[str, _Group] = {}
        singles: list[Judged] = []
        for one in judged:
            item = one.item
            if item.health == Health.NORMAL:
                continue
            codes = _codes(item)
            group = self._group_of(one, codes, sites)
            if group is not None:
                groups.setdefault(group.cause, group).live.append(one)
                continue
            if codes & STORAGE_FULL:
                continue  # its host's storage-full alert tells it
            earlier = member_of.get(item.id)
            if earlier is not None and codes <= CATCHING_UP:
                if earlier not in groups:
                    groups[earlier] = self._group_again(earlier, open_now[earlier])
                groups[earlier].catching_up.append(one)
                continue
            singles.append(one)

        # Items of one recovery plan left in the same state by its operation (failed over and
        # awaiting reverse replication, a failover stopped half-way, a drill not cleaned up):
        # one alert for the plan when two or more share it (and for as long as it lists them).
        by_plan: dict[str, list[Judged]] = {}
        alone: list[Judged] = []
        for one in singles:
            worst = _worst(one.item)
            plan = plans.get(one.item.id)
            if worst is None or worst.code not in PLAN_CODES or plan is None:
                alone.append(one)
                continue
            by_plan.setdefault(f"{PLAN_PREFIX}{worst.code}:{plan[0]}", []).append(one)
        singles = alone
        plan_groups: list[tuple[str, list[Judged]]] = []
        for cause, members in by_plan.items():
            if len(members) > 1 or (cause, members[0].item.id) in in_plan_alert:
                plan_groups.append((cause, members))
            else:
                singles.extend(members)

        raised: set[str] = set()
        for group in groups.values():
            await self._raise_group(tx, group)
            raised.add(group.cause)
        for cause, members in plan_groups:
            await self._raise_plan(tx, cause, members, plans)
            raised.add(cause)
        for one in singles:
            await self._raise_item(tx, one)
            raised.add(ITEM_PREFIX + one.item.id)
        for cause, body in open_now.items():
            if cause in raised or cause.startswith(CONNECTION_PREFIXES):
                continue  # a connection's alert ends when the connection returns (sync.py)
            if cause.startswith(ITEM_PREFIX) and cause[len(ITEM_PREFIX) :] in unknown:
                continue
            if any(listed["id"] in unknown for listed in body.get("items") or []):
                continue
            await self._resolve(tx, cause, body, sites)

    # --- which alert tells an item ----------------------------------------------------------

    def _group_of(self, one: Judged, codes: set[str], sites: dict[str, Any]) -> _Group | None:
        if codes & {"source-site-down", "primary-site-down"} and one.source_site:
            site_id, site_name = one.source_site
            return _Group(SITE_DOWN_PREFIX, "site", site_id, site_name)
        if "agent-disconnected" in codes and one.source_host:
            host_id, host_name = one.source_host
            return _Group(AGENT_PREFIX, "host", host_id, host_name)
        if "replica-unreachable" in codes and one.replica_site_id:
            site = sites.get(one.replica_site_id, {})
            return _Group(
                REPLICA_PREFIX,
                "site",
                one.replica_site_id,
                site.get("name", one.replica_site_id),
            )
        return None

    def _group_again(self, cause: str, body: dict[str, Any]) -> _Group:
        prefix = next(p for p in GROUP_PREFIXES if cause.startswith(p))
        return _Group(
            prefix,
            body["object_kind"],
            body["object_id"],
            body.get("object_name") or body["object_id"],
        )

    # --- messages ----------------------------------------------------------------------------

    def _group_message(self, group: _Group) -> tuple[str, str]:
        """The message and what to do."""
        live, behind = group.live, group.catching_up
        everyone = group.members
        where = group.object_name
        if group.prefix == REPLICA_PREFIX:
            if live:
                causes = sorted({m.replica.why() for m in live if m.replica is not None})
                why = f" ({'; '.join(causes)})" if causes else ""
                message = (
                    f"Protection at risk at {where}: {_vms(len(live))} cannot reach "
                    f"their recovery host{why}: {names(m.name for m in live)}. Changes are "
                    "not being replicated, and a failover to the site must wait until it "
                    "returns."
                )
            else:
                message = f"Replication reaches {where} again."
            todo = WHAT_TO_DO["replica-unreachable"]
        elif group.prefix == SITE_DOWN_PREFIX:
            if live:
                message = (
                    f"Site {where} is down: {_vms(len(live))} affected: "
                    f"{names(m.name for m in live)}."
                )
            else:
                message = f"Site {where} is up again."
            still = [m for m in live if "source-site-down" in _codes(m.item)]
            todo = WHAT_TO_DO["source-site-down" if still else "primary-site-down"]
        else:
            if live:
                message = (
                    f"The replication agent on host {where} is disconnected: replication of "
                    f"{_vms(len(live))} cannot be tracked: {names(m.name for m in live)}."
                )
            else:
                message = f"The replication agent on host {where} is connected again."
            todo = WHAT_TO_DO["agent-disconnected"]
        if behind:
            message += (
                f" Still catching up: {names(m.name for m in behind)} (RPO over target until "
                "their next cycles succeed)."
            )
        message += _critical_note(everyone)
        return message, todo

    async def _raise_group(self, tx: Transaction, group: _Group) -> None:
        message, todo = self._group_message(group)
        worst = max((m.item.health for m in group.members), key=_ORDER.__getitem__)
        await raise_alert(
            tx,
            cause=group.cause,
            code=_GROUP_CODES[group.prefix],
            severity=_SEVERITY[worst],
            object_kind=group.object_kind,
            object_id=group.object_id,
            object_name=group.object_name,
            message=message,
            what_to_do=todo,
            items=[_listed(m) for m in sorted(group.members, key=lambda m: m.name)],
            follow_severity=True,
        )

    async def _raise_plan(
        self,
        tx: Transaction,
        cause: str,
        members: list[Judged],
        plans: dict[str, tuple[str, str]],
    ) -> None:
        code = cause[len(PLAN_PREFIX) :].split(":", 1)[0]
        plan_id, plan_name = plans[members[0].item.id]
        worst = max((m.item.health for m in members), key=_ORDER.__getitem__)
        await raise_alert(
            tx,
            cause=cause,
            code=code,
            severity=_SEVERITY[worst],
            object_kind="recovery-plan",
            object_id=plan_id,
            object_name=plan_name,
            message=(
                f"Recovery plan {plan_name}: {_vms(len(members))} {PLAN_WORDS[code]}: "
                f"{names(m.name for m in members)}."
            ),
            what_to_do=WHAT_TO_DO.get(code),
            items=[_listed(m) for m in sorted(members, key=lambda m: m.name)],
            follow_severity=True,
        )

    async def _raise_item(self, tx: Transaction, one: Judged) -> None:
        worst = _worst(one.item)
        assert worst is not None  # unhealthy items have a reason
        others = [r for r in one.item.health_reasons[1:] if r.code != worst.code]
        message = f"{one.name}: {worst.message}"
        if others:
            message += " Also: " + " ".join(r.message for r in others)
        await raise_alert(
            tx,
            cause=ITEM_PREFIX + one.item.id,
            code=worst.code,
            severity=_SEVERITY[one.item.health],
            object_kind="protected-item",
            object_id=one.item.id,
            object_name=one.name,
            message=message,
            what_to_do=WHAT_TO_DO.get(worst.code),
            items=[_listed(one)],
            follow_severity=True,
        )

    async def _resolve(
        self, tx: Transaction, cause: str, body: dict[str, Any], sites: dict[str, Any]
    ) -> None:
        if not await resolve_alert(
            tx,
            cause,
            "It is healthy again." if cause.startswith(ITEM_PREFIX) else None,
            say_duration=True,
            summary=_summary,
        ):
            return
        if cause.startswith(REPLICA_PREFIX):
            site_id = cause[len(REPLICA_PREFIX) :]
            name = sites.get(site_id, {}).get("name") or body.get("object_name") or site_id
            back = Alert(
                id=new_id("alert"),
                severity=Severity.INFO,
                object_kind="site",
                object_id=site_id,
                object_name=name,
                code="replica-reachable",
                message=(
                    f"Replication reaches {name} again: its protected VMs are protected "
                    "again, and failover to the site is possible."
                ),
                time=now(),
                text_code="replication-back",
                text_params={"site": name},
            )
            await add_alert(tx, back)
