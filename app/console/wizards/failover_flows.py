"""Test failover and its cleanup, planned and unplanned failover: of one protected item or
of a recovery plan's items."""

from __future__ import annotations

import asyncio
from typing import Any

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import Health, NetworkKind, Operation, RecoveryPointChoice
from app.domain.estimates import DataLossEstimate
from app.domain.model import Cloud, Host, Network, ProtectedItem, Site

from .. import formatting as fmt
from ..addresses import plan_text, vm_plan
from .flow import OperationFlow, Target, recovery_host_down, tr
from .form import Field, Kind, Option, Page, Problem
from .points import choice_options, loss, pick, point_line, point_options

C = RecoveryPointChoice


def address_facts(flow: OperationFlow, network_id: str | None = None) -> list[tuple[str, str]]:
    """Each VM's address-to-be, by the network mappings' rules: "sql-01 | → 10.20.0.11/24 in
    AMS-Production (subnet rule 10.10.0.0/24 → 10.20.0.0/24)"."""
    facts = []
    for item in flow.target.items:
        plan = vm_plan(flow.cache, item.vm_id)
        if plan is not None:
            # One VM: its name is on the line above; a plan's VMs each by name.
            label = flow.vm_name(item) if flow.target.is_plan else tr("Recovery address")
            facts.append((label, "→ " + plan_text(flow.cache, plan, network_id)))
    return facts


class EstimatesMixin(OperationFlow):
    """Loads each item's data-loss estimate (its points with their ages, unreplicated bytes)."""

    estimates: dict[str, DataLossEstimate]

    async def load(self) -> None:
        items = self.target.items
        found = await asyncio.gather(*(self.client.data_loss(i.id) for i in items))
        self.estimates = {e.item_id: e for e in found}
        self.loaded = True

    def point_page(self, title: str, subtitle: str, with_latest: bool) -> Page:
        single = not self.target.is_plan
        estimates = list(self.estimates.values())
        fields = [
            Field(
                "recovery_point",
                tr("Recovery point"),
                Kind.CHOICE,
                choice_options(estimates, single, with_latest),
            )
        ]
        if single:
            fields.append(
                Field(
                    "point_id",
                    tr("Listed point"),
                    Kind.LIST,
                    point_options(estimates[0]),
                    help=tr("Newest first: time, kind and age of each point."),
                )
            )
        return Page(
            "point",
            title,
            subtitle,
            tuple(fields),
            self.point_facts(),
            facts_title=tr("Each VM starts from"),
        )

    def point_facts(self) -> tuple[tuple[str, str], ...]:
        choice = C(self.get("recovery_point"))
        facts = []
        for item in self.target.items:
            point = pick(self.estimates[item.id], choice, self.get("point_id"))
            facts.append((self.vm_name(item), point_line(point) if point else tr("no such point")))
        return tuple(facts)

    def point_problems(self) -> list[Problem]:
        choice = C(self.get("recovery_point"))
        if choice == C.LISTED and not self.get("point_id"):
            return [Problem("point_id", tr("Choose a point from the list."))]
        for item in self.target.items:
            if pick(self.estimates[item.id], choice, self.get("point_id")) is None:
                return [
                    Problem(
                        "recovery_point",
                        tr("{0} has no such recovery point: choose another.").format(
                            self.vm_name(item)
                        ),
                    )
                ]
        return []

    def set(self, key: str, value: Any) -> None:
        super().set(key, value)
        if key == "point_id" and value:
            super().set("recovery_point", C.LISTED.value)  # picking a point means "listed"

    def point_body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"recovery_point": self.get("recovery_point")}
        if self.get("recovery_point") == C.LISTED:
            body["recovery_point_id"] = self.get("point_id")
        return body

    def point_summary(self) -> tuple[str, str]:
        choice = C(self.get("recovery_point"))
        if choice == C.LISTED:
            point = pick(self.estimates[self.target.items[0].id], choice, self.get("point_id"))
            return tr("Recovery point"), point_line(point) if point else "—"
        labels = {
            C.LATEST: tr("Latest"),
            C.LATEST_PROCESSED: tr("Latest processed"),
            C.LATEST_APP_CONSISTENT: tr("Latest app-consistent"),
        }
        return tr("Recovery point"), labels[choice]


def recovery_site(flow: OperationFlow, item: ProtectedItem) -> Site | None:
    host = flow.cache.get("host", item.target_host_id or "")
    cloud = flow.cache.get("cloud", host.cloud_id) if isinstance(host, Host) else None
    site = flow.cache.get("site", cloud.site_id) if isinstance(cloud, Cloud) else None
    return site if isinstance(site, Site) else None


def source_problem(flow: OperationFlow, item: ProtectedItem) -> str:
    """Why the active side cannot be shut down cleanly ("" when it can), from the inventory."""
    host = flow.cache.get("host", item.source_host_id)
    if not isinstance(host, Host):
        return tr("its source host is not in the inventory")
    cloud = flow.cache.get("cloud", host.cloud_id)
    site = flow.cache.get("site", cloud.site_id) if isinstance(cloud, Cloud) else None
    if isinstance(site, Site) and not site.up:
        return tr("the site {0} is down").format(site.name)
    if not host.agent.connected:
        return tr("the host agent of {0} does not answer").format(host.name)
    return ""


# --- test failover and cleanup ---------------------------------------------------------------


class TestFailoverFlow(EstimatesMixin):
    __test__ = False  # not a pytest test class
    operation = Operation.TEST_FAILOVER

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Test failover")
        self.start_label = tr("Start test failover")
        self.values.update(recovery_point=C.LATEST_PROCESSED.value, point_id=None)
        self.values["network_id"] = next(
            (o.value for o in self.network_options() if o.enabled), None
        )

    def page_ids(self) -> list[str]:
        return ["point", "review"]

    def network_options(self) -> tuple[Option, ...]:
        sites = {s.id for i in self.target.items if (s := recovery_site(self, i))}
        networks = [
            n
            for n in self.cache.objects("network").values()
            if isinstance(n, Network) and n.site_id in sites
        ]
        networks.sort(key=lambda n: (n.kind != NetworkKind.TEST, n.name))
        return tuple(
            Option(
                n.id,
                n.name,
                tr("Isolated: the test VM cannot reach production.")
                if n.kind == NetworkKind.TEST
                else tr("Not isolated: the test VM would share a network with production."),
            )
            for n in networks
        )

    def page(self, page_id: str) -> Page:
        if page_id == "point":
            page = self.point_page(
                tr("Recovery point and network"),
                tr("The test VM starts from this point, in this network; replication goes on."),
                with_latest=True,
            )
            network = self.cache.get("network", self.get("network_id") or "")
            warning = ""
            if isinstance(network, Network) and network.kind != NetworkKind.TEST:
                warning = tr(
                    "{0} is not an isolated test network: the test VM will run beside the "
                    "production VM with the same identity."
                ).format(network.name)
            field = Field("network_id", tr("Network"), Kind.CHOICE, self.network_options())
            return Page(
                page.id,
                page.title,
                page.subtitle,
                (*page.fields, field),
                page.facts,
                warning,
                facts_title=page.facts_title,
            )
        return Page(
            "review",
            tr("Review"),
            tr("Start the test failover; the jobs pane follows it."),
            facts=tuple(self.summary()),
            note=tr("Clean the test up afterwards: a drill counts only after its cleanup."),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "point":
            problems = self.point_problems()
            if not self.get("network_id"):
                problems.append(
                    Problem("network_id", tr("Choose the network the test VM starts in."))
                )
            return problems + self.recovery_problems()
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        network = self.cache.get("network", self.get("network_id") or "")
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            self.point_summary(),
            (tr("Network"), network.name if isinstance(network, Network) else "—"),
            *address_facts(self, self.get("network_id")),
        ]

    def body(self) -> dict[str, Any]:
        return {**self.point_body(), "network_id": self.get("network_id")}


class CleanupFlow(OperationFlow):
    operation = Operation.TEST_FAILOVER_CLEANUP

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Test failover cleanup")
        self.start_label = tr("Clean up")
        self.values["notes"] = ""

    def page_ids(self) -> list[str]:
        return ["notes", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "notes":
            return Page(
                "notes",
                tr("What did the test show?"),
                tr("Cleanup removes only what the test created; your notes go into its record."),
                (
                    Field(
                        "notes",
                        tr("Notes"),
                        Kind.NOTES,
                        placeholder=tr("e.g. SQL started, orders readable, web front end OK."),
                    ),
                ),
            )
        return Page("review", tr("Review"), facts=tuple(self.summary()))

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "notes":
            notes = (self.get("notes") or "").strip()
            if not notes:
                return [Problem("notes", tr("Notes are required: say what the test showed."))]
            if len(self.get("notes")) > 4000:
                return [Problem("notes", tr("Notes are limited to 4000 characters."))]
            return []
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            (tr("Notes"), (self.get("notes") or "").strip()),
        ]

    def body(self) -> dict[str, Any]:
        return {"notes": self.get("notes")}


# --- planned and unplanned failover ----------------------------------------------------------


class PlannedFailoverFlow(OperationFlow):
    operation = Operation.PLANNED_FAILOVER

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Planned failover")
        self.start_label = tr("Start planned failover")

    def page_ids(self) -> list[str]:
        return ["checks", "review"]

    def checks(self) -> list[tuple[str, str, str]]:
        """(VM, source and recovery host, replication) lines; a problem starts with ✗."""
        lines = []
        for item in self.current_items():
            problem = source_problem(self, item)
            source = ("✗ " + problem) if problem else tr("✓ source reachable")
            down = recovery_host_down(self.cache, item)
            if down:
                source = f"{source}  ·  ✗ {down}"
            else:
                source = f"{source}  ·  " + tr("✓ recovery host reachable")
            reasons = "; ".join(
                r.message for r in item.health_reasons if r.code != "replica-unreachable"
            )  # the recovery host is checked beside the source
            rpo = fmt.duration(item.rpo_seconds)
            if item.health == Health.CRITICAL:
                replication = "✗ " + (reasons or tr("replication is critical"))
            elif item.health == Health.WARNING:
                replication = tr("⚠ replication healthy enough, RPO {0} ({1})").format(
                    rpo, reasons or tr("warning")
                )
            elif item.rpo_seconds is None:
                replication = tr("✓ replication healthy (no recovery point yet this way round)")
            else:
                replication = tr("✓ replication healthy, RPO {0}").format(rpo)
            lines.append((self.vm_name(item), source, replication))
        return lines

    def page(self, page_id: str) -> Page:
        if page_id == "checks":
            facts = []
            for vm, source, replication in self.checks():
                facts.append((vm, f"{source}  ·  {replication}"))
            return Page(
                "checks",
                tr("Pre-checks"),
                tr(
                    "A planned failover needs its source and its recovery host reachable and "
                    "replication healthy."
                ),
                facts=tuple(facts),
                facts_title=tr("Checked just now"),
                note=tr(
                    "When the source site is down or replication is critical, use an unplanned "
                    "failover instead."
                ),
            )
        return Page(
            "review",
            tr("Review"),
            facts=tuple(self.summary()),
            warning=tr(
                "No data loss: the source will be shut down, its last changes replicated, then "
                "the replica started. The VMs are down until their replicas run."
            ),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "checks":
            problems = []
            for item, (vm, source, replication) in zip(
                self.current_items(), self.checks(), strict=True
            ):
                if source.startswith("✗"):
                    problems.append(Problem("", f"{vm}: {source_problem(self, item)}"))
                if replication.startswith("✗"):
                    problems.append(Problem("", f"{vm}: {replication[2:]}"))
            return problems + self.refusals()
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        sites = {s.name for i in self.target.items if (s := recovery_site(self, i))}
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            (tr("Fails over to"), ", ".join(sorted(sites)) or "—"),
            (tr("Expected data loss"), tr("none (the source is shut down and synced first)")),
            *address_facts(self),
        ]


class UnplannedFailoverFlow(EstimatesMixin):
    operation = Operation.UNPLANNED_FAILOVER

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Unplanned failover")
        self.start_label = tr("Start unplanned failover")
        self.values.update(recovery_point=C.LATEST.value, point_id=None, shut_down_source=True)

    def page_ids(self) -> list[str]:
        return ["point", "review"]

    def losses(self) -> list[tuple[ProtectedItem, Any]]:
        choice = C(self.get("recovery_point"))
        return [
            (
                item,
                loss(
                    self.estimates[item.id],
                    choice,
                    self.get("point_id"),
                    bool(self.get("shut_down_source")),
                ),
            )
            for item in self.target.items
        ]

    def loss_headline(self) -> str:
        """One line for the whole target: the worst age and the bytes that never arrive."""
        losses = [lost for _item, lost in self.losses()]
        if any(lost.point is None for lost in losses):
            return tr("unknown: a VM has no such recovery point")
        ages = [lost.age_seconds or 0.0 for lost in losses]
        total = sum(lost.lost_bytes for lost in losses)
        if not any(ages) and not total:
            return tr("none expected, if the source can be shut down and synced")
        text = tr("up to {0} of writes").format(fmt.duration(max(ages)))
        if total:
            text += tr(" and {0} never replicated").format(fmt.size(total))
        return text

    def page(self, page_id: str) -> Page:
        if page_id == "point":
            page = self.point_page(
                tr("Recovery point and expected data loss"),
                tr("The replica starts from this point; later writes are lost."),
                with_latest=True,
            )
            facts = []
            for (item, lost), (_vm, line) in zip(self.losses(), page.facts, strict=True):
                estimate = self.estimates[item.id]
                problem = estimate.source_problem or source_problem(self, item)
                source = (
                    tr("source unreachable ({0})").format(problem)
                    if problem
                    else tr("source reachable")
                )
                facts.append(
                    (
                        self.vm_name(item),
                        tr("{0}; {1}; loses {2}").format(line, source, lost.text()),
                    )
                )
            observed = max(e.observed_at for e in self.estimates.values())
            shut = Field(
                "shut_down_source",
                tr("First shut down the source and replicate its last changes (best effort)"),
                Kind.CHECK,
                help=tr("If the source cannot be reached, the failover goes on without it."),
            )
            return Page(
                page.id,
                page.title,
                page.subtitle,
                (*page.fields, shut),
                tuple(facts),
                warning=tr("Expected data loss: {0}.").format(self.loss_headline()),
                note=tr("Figures as of {0}.").format(fmt.clock(observed)),
                facts_title=tr("Each VM starts from"),
            )
        return Page(
            "review",
            tr("Review"),
            facts=tuple(self.summary()),
            warning=tr(
                "Expected data loss: {0}. The old copy is fenced: it will not start again when "
                "its site returns, and nothing replicates back until reverse replication."
            ).format(self.loss_headline()),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "point":
            return self.point_problems() + self.recovery_problems()
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        shut = tr("yes (best effort)") if self.get("shut_down_source") else tr("no")
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            self.point_summary(),
            (tr("Shut down the source first"), shut),
            (tr("Expected data loss"), self.loss_headline()),
            *address_facts(self),
        ]

    def body(self) -> dict[str, Any]:
        return {**self.point_body(), "shut_down_source": bool(self.get("shut_down_source"))}
