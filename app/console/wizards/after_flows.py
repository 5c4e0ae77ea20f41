"""After a failover: commit, change of recovery point, reverse replication (with the writes
it would discard and a typed confirmation), and failback guided as its two steps."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any, ClassVar

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import Operation
from app.domain.model import Job

from .. import formatting as fmt
from .failover_flows import EstimatesMixin, PlannedFailoverFlow, address_facts, recovery_site
from .flow import OperationFlow, Outcome, Target, tr
from .form import Field, Kind, Page, Problem


def running_point(flow: OperationFlow, item_id: str, job_id: str | None) -> str:
    """The point an item runs from, as its last failover job recorded it."""
    job = flow.cache.jobs.get(job_id or "")
    if not isinstance(job, Job):
        return "—"
    result = job.result.get("items", {}).get(item_id, job.result)
    when = result.get("recovery_point_time")
    if not when:
        return "—"
    kind = result.get("recovery_point_kind", "")
    return f"{fmt.clock(datetime.fromisoformat(when))} ({kind})"


class CommitFlow(OperationFlow):
    operation = Operation.COMMIT

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Commit the failover")
        self.start_label = tr("Commit")

    def page_ids(self) -> list[str]:
        return ["review"]

    def page(self, page_id: str) -> Page:
        return Page(
            "review",
            tr("Commit"),
            tr("Keep the point each VM runs from."),
            facts=tuple(self.summary()),
            warning=tr(
                "Commit discards the other recovery points: afterwards the recovery point can "
                "no longer be changed and the failover can no longer be cancelled."
            ),
        )

    def problems(self, page_id: str) -> list[Problem]:
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        lines = [(tr("Operation"), self.label), self.target_line()]
        for item in self.current_items():
            lines.append(
                (
                    self.vm_name(item),
                    tr("runs from {0}").format(running_point(self, item.id, item.current_job_id)),
                )
            )
        return lines


class ChangePointFlow(EstimatesMixin):
    operation = Operation.CHANGE_RECOVERY_POINT

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Change recovery point")
        self.start_label = tr("Change recovery point")
        self.values.update(recovery_point="listed", point_id=None)

    def page_ids(self) -> list[str]:
        return ["point", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "point":
            page = self.point_page(
                tr("Another recovery point"),
                tr("The VM restarts from the point you choose; the failover stays uncommitted."),
                with_latest=False,
            )
            item = self.target.items[0]
            facts = (
                (tr("Runs now from"), running_point(self, item.id, item.current_job_id)),
                *page.facts,
            )
            point_field = next(f for f in page.fields if f.key == "point_id")
            return Page(page.id, page.title, page.subtitle, (point_field,), facts)
        return Page(
            "review",
            tr("Review"),
            facts=tuple(self.summary()),
            warning=tr("The VM is restarted: it is down for a moment."),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "point":
            return self.point_problems()
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        return [(tr("Operation"), self.label), self.target_line(), self.point_summary()]

    def body(self) -> dict[str, Any]:
        return {"recovery_point_id": self.get("point_id")}


class ReverseReplicationFlow(OperationFlow):
    operation = Operation.REVERSE_REPLICATION

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Reverse replication")
        self.start_label = tr("Start reverse replication")
        # Per item: guest writes where the estate counts them (the lab), else None; and the
        # bytes, which every estate measures.
        self.discarded: dict[str, int | None] = {}
        self.discarded_bytes: dict[str, int] = {}
        self.values["confirm_name"] = ""

    async def load(self) -> None:
        found = await asyncio.gather(
            *(self.client.discarded_writes(i.id) for i in self.target.items)
        )
        self.discarded = {d.item_id: d.discarded_writes for d in found}
        self.discarded_bytes = {d.item_id: d.discarded_bytes for d in found}
        self.loaded = True

    @property
    def counted(self) -> bool:
        """Whether every item's loss is known in writes (else it is told in bytes)."""
        return all(n is not None for n in self.discarded.values())

    @property
    def total(self) -> int:
        """Writes that would be discarded when counted, else bytes (0: nothing at all)."""
        if self.counted:
            return sum(n or 0 for n in self.discarded.values())
        return sum(self.discarded_bytes.values())

    def loss_text(self, item_id: str | None = None) -> str:
        """The loss of one item (or all), in the unit the estate can tell."""
        if item_id is not None and self.discarded.get(item_id) is not None:
            return tr("{0} write(s)").format(self.discarded[item_id])
        if item_id is None and self.counted:
            return tr("{0} write(s)").format(self.total)
        amount = self.discarded_bytes.get(item_id, 0) if item_id else self.total
        return tr("{0} of data").format(fmt.size(amount))

    def page_ids(self) -> list[str]:
        return ["discard", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "discard":
            facts = tuple(
                (
                    self.vm_name(item),
                    tr("{0} on the other side would be discarded").format(self.loss_text(item.id)),
                )
                for item in self.target.items
            )
            if not self.total:
                return Page(
                    "discard",
                    tr("Writes on the other side"),
                    tr("Reverse replication makes the other side a replica of the active one."),
                    facts=facts,
                    note=tr("No writes would be discarded: nothing to confirm."),
                )
            what = tr("plan") if self.target.is_plan else tr("VM")
            return Page(
                "discard",
                tr("Writes that would be discarded"),
                tr("Reverse replication makes the other side a replica of the active one."),
                (
                    Field(
                        "confirm_name",
                        tr("Type the {0} name to discard them").format(what),
                        Kind.CONFIRM,
                        placeholder=self.target.name,
                    ),
                ),
                facts,
                warning=tr(
                    "{0} made on the other side after the failover point never reached the "
                    "active side. Reverse replication overwrites it for good."
                ).format(self.loss_text()),
            )
        return Page("review", tr("Review"), facts=tuple(self.summary()))

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "discard":
            if self.total and self.get("confirm_name", "").strip() != self.target.name:
                return [
                    Problem(
                        "confirm_name",
                        tr("Type {0} exactly to accept losing {1}.").format(
                            self.target.name, self.loss_text()
                        ),
                    )
                ]
            return []
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            (tr("Discarded on the other side"), self.loss_text()),
        ]

    def body(self) -> dict[str, Any]:
        return {"accept_data_loss": bool(self.total)}


class FailbackFlow(PlannedFailoverFlow):
    """Failback = a planned failover back to the primary site, then reverse replication: the
    server runs both as one job; the wizard explains each before it starts."""

    operation = Operation.FAILBACK

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target) -> None:
        super().__init__(client, cache, target)
        self.title = tr("Failback")
        self.start_label = tr("Start failback")

    def page_ids(self) -> list[str]:
        return ["checks", "reverse", "review"]

    def home(self) -> str:
        sites = {s.name for i in self.target.items if (s := recovery_site(self, i))}
        return ", ".join(sorted(sites)) or "—"

    def page(self, page_id: str) -> Page:
        if page_id == "checks":
            page = super().page("checks")
            return Page(
                "checks",
                tr("Step 1 of 2: planned failover back to {0}").format(self.home()),
                (
                    tr(
                        "The plan's VMs are shut down where they run now, their last changes "
                        "replicated, then started at {0}: no data loss."
                    ).format(self.home())
                    if self.target.is_plan
                    else tr(
                        "{0} is shut down where it runs now, its last changes replicated, then "
                        "started at {1}: no data loss."
                    ).format(self.target.name, self.home())
                ),
                facts=page.facts,
                facts_title=page.facts_title,
            )
        if page_id == "reverse":
            return Page(
                "reverse",
                tr("Step 2 of 2: reverse replication"),
                tr("Then replication runs from {0} to the recovery site again.").format(
                    self.home()
                ),
                note=tr(
                    "Only the blocks that differ are shipped. After a planned failover no "
                    "write is discarded."
                ),
            )
        return Page(
            "review",
            tr("Review"),
            facts=tuple(self.summary()),
            warning=tr("Down from the shutdown until running at {0}.").format(self.home()),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "reverse":
            return []
        return super().problems(page_id)

    def summary(self) -> list[tuple[str, str]]:
        return [
            (tr("Operation"), self.label),
            self.target_line(),
            (tr("Step 1"), tr("planned failover back to {0}").format(self.home())),
            (tr("Step 2"), tr("reverse replication")),
            (tr("Expected data loss"), tr("none (the source is shut down and synced first)")),
            *address_facts(self),
        ]


class ConfirmFlow(OperationFlow):
    """One review page for the operations that need no choice, only a second look: cancel
    failover, disable protection."""

    WARNINGS: ClassVar[dict[Operation, str]] = {
        Operation.CANCEL_FAILOVER: (
            "The replica is stopped and the VM runs on its original side again; what it wrote "
            "on the replica since the failover is not kept."
        ),
        Operation.DISABLE_PROTECTION: (
            "Replication stops; the replica is kept or deleted as the policy says. The VM is "
            "not protected until protection is enabled again."
        ),
    }

    def __init__(
        self, client: StandbyClient, cache: InventoryCache, target: Target, operation: Operation
    ) -> None:
        self.operation = operation
        super().__init__(client, cache, target)
        self.title = self.label
        self.start_label = self.label

    def page_ids(self) -> list[str]:
        return ["review"]

    def page(self, page_id: str) -> Page:
        return Page(
            "review",
            self.label,
            facts=tuple(self.summary()),
            warning=tr(self.WARNINGS.get(self.operation, "")),
        )

    def problems(self, page_id: str) -> list[Problem]:
        return self.refusals()

    def summary(self) -> list[tuple[str, str]]:
        return [(tr("Operation"), self.label), self.target_line()]

    async def send(self) -> Outcome:
        if self.operation == Operation.DISABLE_PROTECTION and not self.target.is_plan:
            job = await self.client.disable_protection(self.target.id)
            return Outcome(
                tr("{0} of {1}: job {2} started.").format(self.label, job.object_name, job.id),
                [job],
            )
        return await super().send()
