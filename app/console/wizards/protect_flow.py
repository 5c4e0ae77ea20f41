"""Enable protection: cloud pairing → VMs (several, with a filter) → the policy they get →
how initial replication runs → review; one job per VM, the jobs pane follows the first."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import InitialReplicationStart
from app.domain.model import Cloud, Host, Pairing, Policy, ProtectedItem, Site, Vm

from .. import formatting as fmt
from .flow import Flow, Outcome, tr
from .form import Field, Kind, Option, Page, Problem
from .policy_flow import policy_facts


class ProtectFlow(Flow):
    def __init__(
        self, client: StandbyClient, cache: InventoryCache, vm_ids: list[str] | None = None
    ) -> None:
        super().__init__(client, cache)
        self.title = tr("Enable protection")
        self.start_label = tr("Enable protection")
        chosen = list(vm_ids or [])
        pairing = self.pairing_of_vm(chosen[0]) if chosen else None
        if pairing is None:
            pairings = self.pairings()
            pairing = pairings[0] if pairings else None
        self.values.update(pairing_id=pairing.id if pairing else None, vm_ids=chosen)

    # --- the inventory, as this wizard needs it ---------------------------------------------

    def pairings(self) -> list[Pairing]:
        found = [p for p in self.cache.objects("pairing").values() if isinstance(p, Pairing)]
        return sorted(found, key=self.pairing_name)

    def cloud_name(self, cloud_id: str) -> str:
        cloud = self.cache.get("cloud", cloud_id)
        if not isinstance(cloud, Cloud):
            return cloud_id
        site = self.cache.get("site", cloud.site_id)
        return f"{site.name if isinstance(site, Site) else cloud.site_id}/{cloud.name}"

    def pairing_name(self, pairing: Pairing) -> str:
        primary = self.cloud_name(pairing.primary_cloud_id)
        return f"{primary} → {self.cloud_name(pairing.recovery_cloud_id)}"

    def pairing_of_vm(self, vm_id: str) -> Pairing | None:
        vm = self.cache.get("vm", vm_id)
        host = self.cache.get("host", vm.host_id) if isinstance(vm, Vm) else None
        for pairing in self.pairings():
            if isinstance(host, Host) and pairing.primary_cloud_id == host.cloud_id:
                return pairing
        return None

    def pairing(self) -> Pairing | None:
        found = self.cache.get("pairing", self.get("pairing_id") or "")
        return found if isinstance(found, Pairing) else None

    def policy(self) -> Policy | None:
        pairing = self.pairing()
        found = self.cache.get("policy", pairing.policy_id) if pairing else None
        return found if isinstance(found, Policy) else None

    def candidates(self) -> list[Vm]:
        """Unprotected VMs in the pairing's primary cloud, by name."""
        pairing = self.pairing()
        if pairing is None:
            return []
        protected = {
            i.vm_id
            for i in self.cache.objects("protected-item").values()
            if isinstance(i, ProtectedItem)
        }
        hosts = {
            h.id
            for h in self.cache.objects("host").values()
            if isinstance(h, Host) and h.cloud_id == pairing.primary_cloud_id
        }
        vms = [
            v
            for v in self.cache.objects("vm").values()
            if isinstance(v, Vm) and v.host_id in hosts and v.id not in protected and not v.tags
        ]
        return sorted(vms, key=lambda v: v.name)

    # --- pages ------------------------------------------------------------------------------

    def page_ids(self) -> list[str]:
        return ["pairing", "vms", "policy", "initial", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "pairing":
            return Page(
                "pairing",
                tr("Cloud pairing"),
                tr("Where the VMs replicate to, and under which policy."),
                (
                    Field(
                        "pairing_id",
                        tr("Pairing"),
                        Kind.CHOICE,
                        tuple(
                            Option(p.id, self.pairing_name(p), self.policy_line(p))
                            for p in self.pairings()
                        ),
                    ),
                ),
                note=tr("No pairing for the VMs' cloud? Protection → Pair clouds…"),
            )
        if page_id == "vms":
            pairing = self.pairing()
            options = []
            for vm in self.candidates():
                host = self.cache.get("host", vm.host_id)
                size = sum(d.size_bytes for d in vm.disks)
                options.append(
                    Option(
                        vm.id,
                        vm.name,
                        "\t".join(
                            (
                                getattr(host, "name", vm.host_id),
                                tr("{0} disk(s), {1}").format(len(vm.disks), fmt.size(size)),
                                fmt.power_state(vm.power_state.value),
                            )
                        ),
                    )
                )
            return Page(
                "vms",
                tr("Virtual machines"),
                tr("The unprotected VMs of {0}.").format(
                    self.cloud_name(pairing.primary_cloud_id) if pairing else "—"
                ),
                (
                    Field(
                        "vm_ids",
                        tr("VMs"),
                        Kind.MULTI,
                        tuple(options),
                        columns=(tr("VM"), tr("Host"), tr("Disks"), tr("Power")),
                        placeholder=tr("Filter by name or host"),
                    ),
                ),
            )
        if page_id == "policy":
            policy = self.policy()
            return Page(
                "policy",
                tr("Replication policy"),
                tr("The VMs are protected with the pairing's policy {0}.").format(
                    policy.name if policy else "—"
                ),
                facts=policy_facts(policy) if policy else (),
            )
        if page_id == "initial":
            return Page(
                "initial",
                tr("Initial replication"),
                tr("The first full copy of each VM's disks."),
                facts=self.initial_facts(),
                note=tr(
                    "Set by the policy: to change them, edit the policy (Protection → Replication "
                    "policies) before you start."
                ),
            )
        return Page(
            "review",
            tr("Review"),
            tr("One job per VM; the jobs pane follows them."),
            facts=tuple(self.summary()),
        )

    def policy_line(self, pairing: Pairing) -> str:
        policy = self.cache.get("policy", pairing.policy_id)
        return tr("Policy: {0}").format(policy.name if isinstance(policy, Policy) else "?")

    def initial_facts(self) -> tuple[tuple[str, str], ...]:
        policy = self.policy()
        if policy is None:
            return ()
        size = sum(
            d.size_bytes
            for vm_id in self.get("vm_ids") or []
            if isinstance(vm := self.cache.get("vm", vm_id), Vm)
            for d in vm.disks
        )
        at = policy.initial_replication_scheduled_at
        if policy.initial_replication_start != InitialReplicationStart.SCHEDULED or at is None:
            start = tr("immediately")
        elif at <= datetime.now(UTC):
            start = tr("immediately (the scheduled {0} has passed)").format(fmt.clock(at))
        else:
            start = tr("at {0}; the replica is prepared now").format(fmt.clock(at))
        return (
            (tr("Starts"), start),
            (tr("To copy"), tr("{0} (sparse: only written blocks travel)").format(fmt.size(size))),
        )

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "pairing" and self.pairing() is None:
            return [Problem("pairing_id", tr("Choose a cloud pairing (or pair the clouds first)."))]
        if page_id == "vms":
            chosen = self.get("vm_ids") or []
            if not chosen:
                return [Problem("vm_ids", tr("Select at least one VM."))]
            allowed = {v.id for v in self.candidates()}
            outside = [v for v in chosen if v not in allowed]
            if outside:
                return [
                    Problem(
                        "vm_ids",
                        tr("{0} is not an unprotected VM of this pairing's cloud.").format(
                            ", ".join(outside)
                        ),
                    )
                ]
        return []

    def set(self, key: str, value: Any) -> None:
        super().set(key, value)
        if key == "pairing_id":  # a VM of another cloud does not belong to this pairing
            allowed = {v.id for v in self.candidates()}
            self.values["vm_ids"] = [v for v in self.get("vm_ids") or [] if v in allowed]

    def summary(self) -> list[tuple[str, str]]:
        pairing = self.pairing()
        policy = self.policy()
        names = [
            vm.name if isinstance(vm := self.cache.get("vm", v), Vm) else v
            for v in self.get("vm_ids") or []
        ]
        return [
            (tr("Pairing"), self.pairing_name(pairing) if pairing else "—"),
            (tr("Policy"), policy.name if policy else "—"),
            (tr("VMs ({0})").format(len(names)), ", ".join(names)),
            *self.initial_facts(),
        ]

    async def send(self) -> Outcome:
        pairing = self.pairing()
        assert pairing is not None
        jobs = [await self.client.enable_protection(v, pairing.id) for v in self.get("vm_ids")]
        return Outcome(tr("Enable protection: {0} job(s) started.").format(len(jobs)), jobs)
