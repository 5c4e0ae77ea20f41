"""The host holding a protected item's replica — where a failover starts the VM — as the vault
sees it: its agent, its site, and (from the last status read) the replication link.

The replication monitor judges every item's health with it at each status read, and raises
one alert per recovery site while items replicating there cannot reach it; the failover
family and recovery plans refuse an operation that needs that host while it is down (409,
before any step runs).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from app.domain.enums import Operation, Severity
from app.domain.health import ReplicaSide, replica_refusal
from app.domain.model import Alert, ProtectedItem

from .alerts import add_alert, raise_alert, resolve_alert
from .store import Transaction, new_id, now

CAUSE_PREFIX = "replica-unreachable:"
NAMES_LISTED = 10


def replica_side_of(
    host_id: str | None,
    hosts: dict[str, Any],
    clouds: dict[str, Any],
    sites: dict[str, Any],
    link_up: bool | None = None,
) -> tuple[ReplicaSide, str | None] | None:
    """The replica's host as a ReplicaSide and its site's id, from the vault's documents;
    None when the host is not known."""
    host = hosts.get(host_id or "")
    if host is None:
        return None
    cloud = clouds.get(host["cloud_id"])
    site = sites.get(cloud["site_id"]) if cloud else None
    side = ReplicaSide(
        host=host["name"],
        site=site["name"] if site else "",
        site_up=site["up"] if site else None,
        agent_connected=host["agent"]["connected"],
        link_up=link_up,
    )
    return side, site["id"] if site else None


async def refusal(tx: Transaction, item: ProtectedItem, op: Operation) -> str | None:
    """Why `op` cannot start on `item` because its recovery host is down (None: it can)."""
    host = await tx.get("host", item.target_host_id or "")
    if host is None:
        return None
    cloud = await tx.get("cloud", host["cloud_id"])
    site = await tx.get("site", cloud["site_id"]) if cloud else None
    found = replica_side_of(
        host["id"],
        {host["id"]: host},
        {cloud["id"]: cloud} if cloud else {},
        {site["id"]: site} if site else {},
    )
    if found is None:
        return None
    vm = await tx.get("vm", item.vm_id)
    last = item.last_replication
    # The estate's clock at the last status read (a lab's runs faster than the control
    # plane's): the point's time plus its age then.
    seen = last + timedelta(seconds=item.rpo_seconds) if last and item.rpo_seconds else last
    return replica_refusal(op, vm["name"] if vm else item.vm_id, found[0], last, seen)


def _names(names: list[str]) -> str:
    shown = ", ".join(sorted(names)[:NAMES_LISTED])
    more = len(names) - NAMES_LISTED
    return f"{shown} and {more} more" if more > 0 else shown


class SiteAlerts:
    """One warning per recovery site while items replicating to it cannot reach their
    replica's host (cause "replica-unreachable:<site id>", its message listing the VMs and
    updated in place as the list changes); resolved, with an informational alert saying
    replication reaches the site again, when none is at risk any more."""

    def __init__(self) -> None:
        self._open: set[str] | None = None  # sites with an alert (None: not read yet)

    async def update(
        self,
        tx: Transaction,
        at_risk: dict[str, list[tuple[str, ReplicaSide]]],  # site id → (VM name, side)
        sites: dict[str, Any],
    ) -> None:
        for site_id, entries in at_risk.items():
            name = sites.get(site_id, {}).get("name", site_id)
            causes = sorted({side.why() for _vm, side in entries})
            count = len(entries)
            vms = "VM" if count == 1 else "VMs"
            await raise_alert(
                tx,
                cause=CAUSE_PREFIX + site_id,
                severity=Severity.WARNING,
                object_kind="site",
                object_id=site_id,
                message=(
                    f"Protection at risk at {name}: {count} protected {vms} cannot reach "
                    f"their recovery host ({'; '.join(causes)}): "
                    f"{_names([vm for vm, _side in entries])}. Changes are not being "
                    "replicated, and a failover to the site must wait until it returns."
                ),
                code="protection-at-risk",
                params={
                    "site": name,
                    "count": count,
                    "causes": sorted({(side.outage or "", side.site) for _vm, side in entries}),
                    "vms": sorted(vm for vm, _side in entries)[:NAMES_LISTED],
                    "more": max(0, count - NAMES_LISTED),
                },
            )
        earlier = set(sites) if self._open is None else self._open
        for site_id in earlier - set(at_risk):
            if await resolve_alert(
                tx,
                CAUSE_PREFIX + site_id,
                "Replication reaches it again.",
                "replication-reaches-it",
            ):
                name = sites.get(site_id, {}).get("name", site_id)
                back = Alert(
                    id=new_id("alert"),
                    severity=Severity.INFO,
                    object_kind="site",
                    object_id=site_id,
                    message=(
                        f"Replication reaches {name} again: its protected VMs are protected "
                        "again, and failover to the site is possible."
                    ),
                    time=now(),
                    code="replication-back",
                    params={"site": name},
                )
                await add_alert(tx, back)
        self._open = set(at_risk)
