"""The base of every wizard's decisions: its pages in order, what each asks, why Next is
not possible yet, the summary, and the request it sends. Plain Python over the session's
client and inventory cache: a test drives a flow page by page without Qt, and the QWizard
only renders it (pages.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import Operation
from app.domain.health import REPLICA_SIDE_OPERATIONS
from app.domain.model import Cloud, Host, Job, ProtectedItem, RecoveryPlan, Site, Vm
from app.domain.operations import OPERATION_LABELS, ItemStatus, check

from .form import Page, Problem


def tr(text: str) -> str:
    return QCoreApplication.translate("Wizard", text)


@dataclass
class Outcome:
    """What a flow's request started: the jobs to follow (none for configuration) and a line
    for the status bar."""

    message: str
    jobs: list[Job] = field(default_factory=list)


@dataclass(frozen=True)
class Target:
    """What an operation runs on: one protected item, or a recovery plan and its items."""

    kind: str  # "item" | "plan"
    id: str
    name: str  # the VM's or the plan's name: what the operator types to confirm
    items: tuple[ProtectedItem, ...]

    @property
    def is_plan(self) -> bool:
        return self.kind == "plan"

    @classmethod
    def item(cls, cache: InventoryCache, item_id: str) -> Target:
        item = cache.get("protected-item", item_id)
        if not isinstance(item, ProtectedItem):
            raise LookupError(tr("The protected item {0} is gone.").format(item_id))
        vm = cache.get("vm", item.vm_id)
        return cls("item", item.id, vm.name if isinstance(vm, Vm) else item.vm_id, (item,))

    @classmethod
    def plan(cls, cache: InventoryCache, plan_id: str) -> Target:
        plan = cache.get("recovery-plan", plan_id)
        if not isinstance(plan, RecoveryPlan):
            raise LookupError(tr("The recovery plan {0} is gone.").format(plan_id))
        items = []
        for group in plan.groups:
            for item_id in group.item_ids:
                item = cache.get("protected-item", item_id)
                if isinstance(item, ProtectedItem):
                    items.append(item)
        return cls("plan", plan.id, plan.name, tuple(items))


class Flow:
    """One wizard's decisions. Subclasses set `title`, `start_label`, the page ids, and fill
    `page`, `problems`, `summary` and `send`; `values` holds what the operator entered."""

    title = ""
    start_label = ""

    def __init__(self, client: StandbyClient, cache: InventoryCache):
        self.client = client
        self.cache = cache
        self.values: dict[str, Any] = {}
        self.loaded = False
        self.load_error = ""

    # --- the pages --------------------------------------------------------------------------

    def page_ids(self) -> list[str]:
        raise NotImplementedError

    def page(self, page_id: str) -> Page:
        raise NotImplementedError

    def problems(self, page_id: str) -> list[Problem]:
        """Why this page is not complete: empty when Next (or Start) may be pressed."""
        return []

    def next_id(self, page_id: str) -> str | None:
        ids = self.page_ids()
        at = ids.index(page_id)
        return ids[at + 1] if at + 1 < len(ids) else None

    def summary(self) -> list[tuple[str, str]]:
        return []

    # --- values -----------------------------------------------------------------------------

    def set(self, key: str, value: Any) -> None:
        self.values[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def update(self, values: Mapping[str, Any]) -> None:
        for key, value in values.items():
            self.set(key, value)

    # --- talking to the control plane ------------------------------------------------------

    async def load(self) -> None:
        """Fetch what the pages need (recovery points, estimates); the wizard waits for it."""
        self.loaded = True

    async def send(self) -> Outcome:
        raise NotImplementedError

    def ready(self) -> list[Problem]:
        """Every page's problems: what stops Start."""
        return [p for page_id in self.page_ids() for p in self.problems(page_id)]


def minute(when: datetime | None) -> str:
    """Local time as 02:31 (with the date when not today)."""
    if when is None:
        return "—"
    local = when.astimezone()
    if local.date() != datetime.now().astimezone().date():
        return local.strftime("%Y-%m-%d %H:%M")
    return local.strftime("%H:%M")


def recovery_host_down(cache: InventoryCache, item: ProtectedItem) -> str:
    """Why the item's recovery host (where its replica is, where a failover starts the VM)
    is down — its site down or its agent disconnected — from the inventory; "" when it is
    not, or not known."""
    host = cache.get("host", item.target_host_id or "")
    if not isinstance(host, Host):
        return ""
    cloud = cache.get("cloud", host.cloud_id)
    site = cache.get("site", cloud.site_id) if isinstance(cloud, Cloud) else None
    if isinstance(site, Site) and not site.up:
        why = tr("the site {0} is down").format(site.name)
    elif not host.agent.connected:
        why = tr("its agent is disconnected")
    else:
        return ""
    if item.last_replication is None:
        last = tr("it has received no recovery point yet")
    else:
        last = tr("the last point it received is from {0}").format(minute(item.last_replication))
    return tr(
        "the recovery host {0} is unreachable ({1}): a failover cannot start there until it "
        "returns; {2}."
    ).format(host.name, why, last)


class OperationFlow(Flow):
    """A failover-family operation on a protected item or a recovery plan."""

    operation: Operation

    def __init__(self, client: StandbyClient, cache: InventoryCache, target: Target):
        super().__init__(client, cache)
        self.target = target

    @property
    def label(self) -> str:
        return tr(OPERATION_LABELS[self.operation])

    def vm_name(self, item: ProtectedItem) -> str:
        vm = self.cache.get("vm", item.vm_id)
        return vm.name if isinstance(vm, Vm) else item.vm_id

    def current_items(self) -> list[ProtectedItem]:
        """The target's items as the cache knows them now (the feed may have moved them)."""
        items = []
        for item in self.target.items:
            now = self.cache.get("protected-item", item.id)
            items.append(now if isinstance(now, ProtectedItem) else item)
        return items

    def refusals(self) -> list[Problem]:
        """The operation table's verdict on each item, and a recovery host that is down, as
        the server will judge them."""
        problems = []
        if not self.target.items:
            return [Problem("", tr("The plan has no protected items: edit the plan first."))]
        for item in self.current_items():
            verdict = check(self.operation, ItemStatus.of(item))
            if not verdict.allowed:
                who = self.vm_name(item)
                problems.append(Problem("", f"{who}: {tr(verdict.reason)}"))
        return problems + self.recovery_problems()

    def recovery_problems(self) -> list[Problem]:
        """An operation that starts the VM on its recovery host cannot start while that host
        is down (its site, or its agent): the server refuses it with the same reason."""
        if self.operation not in REPLICA_SIDE_OPERATIONS:
            return []
        problems = []
        for item in self.current_items():
            why = recovery_host_down(self.cache, item)
            if why:
                problems.append(Problem("", f"{self.vm_name(item)}: {why}"))
        return problems

    def body(self) -> dict[str, Any]:
        """The request's body (OperationRequest fields)."""
        return {}

    def target_line(self) -> tuple[str, str]:
        if self.target.is_plan:
            names = ", ".join(self.vm_name(i) for i in self.target.items)
            return tr("Recovery plan"), f"{self.target.name} ({names})"
        return tr("VM"), self.target.name

    async def send(self) -> Outcome:
        if self.target.is_plan:
            job = await self.client.operate_plan(self.target.id, self.operation.value, self.body())
        else:
            job = await self.client.operate(self.target.id, self.operation.value, self.body())
        return Outcome(
            tr("{0} of {1}: job {2} started.").format(self.label, job.object_name, job.id), [job]
        )
