"""A network mapping's IP rules, edited: one rule a line as the CLI takes them, checked as
they are typed by the same domain functions the control plane validates with, the review
listing the address each VM of the primary network would get under the new rules."""

from __future__ import annotations

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain import addressing
from app.domain.model import NetworkMapping, NetworkMappingSpec, SubnetRule, Vm, VmAddressRule

from ..addresses import plan_text, rules_text
from .flow import Flow, Outcome, tr
from .form import Field, Kind, Page, Problem


def _name(cache: InventoryCache, kind: str, object_id: str) -> str:
    found = cache.get(kind, object_id)
    return str(getattr(found, "name", "")) or object_id


def mapping_label(cache: InventoryCache, mapping: NetworkMapping) -> str:
    return tr("{0} → {1}").format(
        _name(cache, "network", mapping.primary_network_id),
        _name(cache, "network", mapping.recovery_network_id),
    )


def _line(key: str, value: str, gateway: str | None, dns: list[str]) -> str:
    extras = ([f"gateway={gateway}"] if gateway else []) + [f"dns={d}" for d in dns]
    return ",".join([f"{key}={value}", *extras])


class MappingRulesFlow(Flow):
    """Replace the IP rules of one network mapping."""

    def __init__(self, client: StandbyClient, cache: InventoryCache, mapping: NetworkMapping):
        super().__init__(client, cache)
        self.mapping = mapping
        self.title = tr("IP rules of {0}").format(mapping_label(cache, mapping))
        self.start_label = tr("Save rules")
        self.values["subnet_rules"] = "\n".join(
            _line(r.primary_subnet, r.recovery_subnet, r.gateway, r.dns)
            for r in mapping.subnet_rules
        )
        self.values["vm_rules"] = "\n".join(
            _line(_name(cache, "vm", r.vm_id), r.address, r.gateway, r.dns)
            for r in mapping.vm_rules
        )

    def page_ids(self) -> list[str]:
        return ["rules", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "rules":
            return Page(
                "rules",
                tr("IP rules"),
                tr(
                    "Where VMs of {0} get their addresses at a failover. One rule a line; a "
                    "per-VM rule wins over a subnet rule; without rules VMs keep their addresses."
                ).format(_name(self.cache, "network", self.mapping.primary_network_id)),
                (
                    Field(
                        "subnet_rules",
                        tr("Subnet rules"),
                        Kind.NOTES,
                        help=tr(
                            "PRIMARY=RECOVERY subnet, the host part kept, then optionally "
                            ",gateway=IP and ,dns=IP"
                        ),
                        placeholder="10.10.0.0/24=10.20.0.0/24,gateway=10.20.0.1,dns=10.20.0.10",
                    ),
                    Field(
                        "vm_rules",
                        tr("Per-VM rules"),
                        Kind.NOTES,
                        help=tr("VM=ADDRESS with its prefix length, then optionally ,gateway=IP"),
                        placeholder="sql-01=10.20.0.99/24,gateway=10.20.0.1",
                    ),
                ),
                note=tr("Failovers already started keep the addresses they were started with."),
            )
        return Page(
            "review",
            tr("Review"),
            facts=tuple(self.summary()),
            facts_title=tr("Addresses at a failover"),
        )

    def _vm_id(self, name: str) -> str | None:
        wanted = name.casefold()
        for vm in self.cache.objects("vm").values():
            if isinstance(vm, Vm) and (vm.id == name or vm.name.casefold() == wanted):
                return vm.id
        return None

    def _rules(self) -> tuple[list[SubnetRule], list[VmAddressRule], list[Problem]]:
        subnets: list[SubnetRule] = []
        vms: list[VmAddressRule] = []
        problems: list[Problem] = []
        for key, title in (("subnet_rules", tr("Subnet rules")), ("vm_rules", tr("Per-VM rules"))):
            lines = str(self.values.get(key) or "").splitlines()
            for number, text in enumerate(lines, 1):
                if not text.strip():
                    continue
                try:
                    line = addressing.parse_rule_line(text)
                    if key == "subnet_rules":
                        subnets.append(
                            SubnetRule(
                                primary_subnet=line.key,
                                recovery_subnet=line.value,
                                gateway=line.gateway,
                                dns=list(line.dns),
                            )
                        )
                        continue
                    vm_id = self._vm_id(line.key)
                    if vm_id is None:
                        raise ValueError(tr("no VM named {0}").format(line.key))
                    vms.append(
                        VmAddressRule(
                            vm_id=vm_id,
                            address=line.value,
                            gateway=line.gateway,
                            dns=list(line.dns),
                        )
                    )
                except ValueError as exc:  # pydantic's ValidationError is one
                    reason = _reason(exc)
                    problems.append(
                        Problem(key, tr("{0}, line {1}: {2}").format(title, number, reason))
                    )
        if not problems:
            problems += [Problem("", p) for p in addressing.rule_problems(vms, subnets)]
        return subnets, vms, problems

    def problems(self, page_id: str) -> list[Problem]:
        return self._rules()[2] if page_id == "rules" else []

    def spec(self) -> NetworkMappingSpec:
        subnets, vms, _problems = self._rules()
        return NetworkMappingSpec(
            primary_network_id=self.mapping.primary_network_id,
            recovery_network_id=self.mapping.recovery_network_id,
            vm_rules=vms,
            subnet_rules=subnets,
        )

    def summary(self) -> list[tuple[str, str]]:
        try:
            spec = self.spec()
        except ValueError:
            return []
        edited = NetworkMapping(id=self.mapping.id, **spec.model_dump())
        facts = [(tr("Rules"), rules_text(self.cache, edited))]
        others = [
            m
            for m in self.cache.objects("network-mapping").values()
            if isinstance(m, NetworkMapping) and m.id != edited.id
        ]
        vms = [
            v
            for v in self.cache.objects("vm").values()
            if isinstance(v, Vm) and v.network_id == edited.primary_network_id
        ]
        for vm in sorted(vms, key=lambda v: v.name.casefold()):
            plan = addressing.plan_address(vm, [edited, *others])
            facts.append((vm.name, plan_text(self.cache, plan)))
        return facts

    async def send(self) -> Outcome:
        mapping = await self.client.update_network_mapping(self.mapping.id, self.spec())
        return Outcome(tr("IP rules of {0} saved.").format(mapping_label(self.cache, mapping)))


def _reason(exc: ValueError) -> str:
    """A rule's own reason ("address: '…' needs its prefix length"), without pydantic's
    wrapping when the model's validator raised it."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            return str(found[0].get("msg", exc)).removeprefix("Value error, ")
    return str(exc)
