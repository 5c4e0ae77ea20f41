"""Pair clouds: a primary cloud with a recovery cloud under a policy, and the network
mapping a failed-over VM follows."""

from __future__ import annotations

from typing import Any

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import NetworkKind
from app.domain.model import (
    Cloud,
    Network,
    NetworkMapping,
    NetworkMappingSpec,
    Pairing,
    PairingSpec,
    Policy,
    Site,
)

from ..addresses import rules_text
from .flow import Flow, Outcome, tr
from .form import Field, Kind, Option, Page, Problem
from .policy_flow import policy_facts

NOT_MAPPED = ""


class PairingFlow(Flow):
    """Pair a primary cloud with a recovery cloud under a policy, and map the primary site's
    VM networks to the recovery site's."""

    def __init__(
        self,
        client: StandbyClient,
        cache: InventoryCache,
        primary_cloud_id: str | None = None,
    ) -> None:
        super().__init__(client, cache)
        self.chosen: set[str] = set()  # mappings the operator set (not suggested)
        self.title = tr("Pair clouds")
        self.start_label = tr("Pair clouds")
        self.values.update(primary_cloud_id=primary_cloud_id, recovery_cloud_id=None)
        policies = self.policies()
        self.values["policy_id"] = policies[0].id if policies else None

    def objects(self, kind: str, model: type) -> list[Any]:
        return sorted(
            (o for o in self.cache.objects(kind).values() if isinstance(o, model)),
            key=lambda o: getattr(o, "name", o.id),
        )

    def policies(self) -> list[Policy]:
        return self.objects("policy", Policy)

    def cloud_name(self, cloud: Cloud) -> str:
        site = self.cache.get("site", cloud.site_id)
        return f"{site.name if isinstance(site, Site) else cloud.site_id}/{cloud.name}"

    def site_of(self, cloud_id: str | None) -> str | None:
        cloud = self.cache.get("cloud", cloud_id or "")
        return cloud.site_id if isinstance(cloud, Cloud) else None

    def page_ids(self) -> list[str]:
        return ["clouds", "policy", "networks", "review"]

    def primary_networks(self) -> list[Network]:
        site = self.site_of(self.get("primary_cloud_id"))
        return [
            n
            for n in self.objects("network", Network)
            if n.site_id == site and n.kind == NetworkKind.VM
        ]

    def existing_mapping(self, network_id: str) -> NetworkMapping | None:
        for mapping in self.cache.objects("network-mapping").values():
            if isinstance(mapping, NetworkMapping) and mapping.primary_network_id == network_id:
                return mapping
        return None

    def page(self, page_id: str) -> Page:
        if page_id == "clouds":
            paired = {
                p.primary_cloud_id
                for p in self.cache.objects("pairing").values()
                if isinstance(p, Pairing)
            }
            primary_site = self.site_of(self.get("primary_cloud_id"))
            clouds = self.objects("cloud", Cloud)
            return Page(
                "clouds",
                tr("Clouds"),
                tr("Every VM protected in the primary cloud replicates to the recovery cloud."),
                (
                    Field(
                        "primary_cloud_id",
                        tr("Primary cloud"),
                        Kind.LIST,
                        tuple(
                            Option(
                                c.id,
                                self.cloud_name(c),
                                enabled=c.id not in paired,
                                reason=tr("paired already"),
                            )
                            for c in clouds
                        ),
                    ),
                    Field(
                        "recovery_cloud_id",
                        tr("Recovery cloud"),
                        Kind.LIST,
                        tuple(
                            Option(
                                c.id,
                                self.cloud_name(c),
                                enabled=c.site_id != primary_site,
                                reason=tr("on the primary cloud's site"),
                            )
                            for c in clouds
                        ),
                    ),
                ),
            )
        if page_id == "policy":
            policy = self.cache.get("policy", self.get("policy_id") or "")
            return Page(
                "policy",
                tr("Replication policy"),
                tr("The policy every VM of the pairing is protected with."),
                (
                    Field(
                        "policy_id",
                        tr("Policy"),
                        Kind.LIST,
                        tuple(Option(p.id, p.name) for p in self.policies()),
                    ),
                ),
                policy_facts(policy) if isinstance(policy, Policy) else (),
                note=tr("A new policy: Protection → New replication policy…"),
            )
        if page_id == "networks":
            recovery_site = self.site_of(self.get("recovery_cloud_id"))
            targets = [
                n
                for n in self.objects("network", Network)
                if n.site_id == recovery_site and n.kind == NetworkKind.VM
            ]
            fields, facts = [], []
            for network in self.primary_networks():
                existing = self.existing_mapping(network.id)
                if existing is not None:
                    target = self.cache.get("network", existing.recovery_network_id)
                    mapped = tr("mapped to {0}").format(getattr(target, "name", "?"))
                    facts.append((network.name, f"{mapped}; {rules_text(self.cache, existing)}"))
                    continue
                options = (
                    Option(NOT_MAPPED, tr("(not mapped)")),
                    *(Option(n.id, n.name) for n in targets),
                )
                fields.append(Field(f"map:{network.id}", network.name, Kind.LIST, options))
            return Page(
                "networks",
                tr("Network mapping"),
                tr("Which network a failed-over VM joins at the recovery site."),
                tuple(fields),
                tuple(facts),
                note=tr("Test failovers use the recovery site's isolated test network."),
            )
        return Page("review", tr("Review"), facts=tuple(self.summary()))

    def set(self, key: str, value: Any) -> None:
        super().set(key, value)
        if key.startswith("map:"):
            self.chosen.add(key)
        if key in ("primary_cloud_id", "recovery_cloud_id"):
            # Pre-map each network to the recovery network of the same role, by name, unless
            # the operator chose its mapping already.
            for network in self.primary_networks():
                if f"map:{network.id}" not in self.chosen:
                    self.values[f"map:{network.id}"] = self.suggest(network)

    def suggest(self, network: Network) -> str:
        site = self.site_of(self.get("recovery_cloud_id"))
        if site is None or site == network.site_id:
            return NOT_MAPPED
        role = network.name.split("-", 1)[-1].casefold()
        for candidate in self.objects("network", Network):
            if candidate.site_id == site and candidate.name.split("-", 1)[-1].casefold() == role:
                return candidate.id
        return NOT_MAPPED

    def problems(self, page_id: str) -> list[Problem]:
        if page_id == "clouds":
            primary, recovery = self.get("primary_cloud_id"), self.get("recovery_cloud_id")
            if not primary:
                return [Problem("primary_cloud_id", tr("Choose the primary cloud."))]
            if any(
                p.primary_cloud_id == primary
                for p in self.cache.objects("pairing").values()
                if isinstance(p, Pairing)
            ):
                return [Problem("primary_cloud_id", tr("This cloud is paired already."))]
            if not recovery:
                return [Problem("recovery_cloud_id", tr("Choose the recovery cloud."))]
            if self.site_of(primary) == self.site_of(recovery):
                return [
                    Problem(
                        "recovery_cloud_id",
                        tr("The recovery cloud must be on another site than the primary."),
                    )
                ]
        if page_id == "policy" and not self.get("policy_id"):
            return [Problem("policy_id", tr("Choose a replication policy (or create one)."))]
        return []

    def new_mappings(self) -> list[NetworkMappingSpec]:
        return [
            NetworkMappingSpec(primary_network_id=n.id, recovery_network_id=target)
            for n in self.primary_networks()
            if self.existing_mapping(n.id) is None
            and (target := self.get(f"map:{n.id}", NOT_MAPPED)) != NOT_MAPPED
        ]

    def summary(self) -> list[tuple[str, str]]:
        def name(kind: str, object_id: str | None) -> str:
            obj = self.cache.get(kind, object_id or "")
            if isinstance(obj, Cloud):
                return self.cloud_name(obj)
            return getattr(obj, "name", "—")

        lines = [
            (tr("Primary cloud"), name("cloud", self.get("primary_cloud_id"))),
            (tr("Recovery cloud"), name("cloud", self.get("recovery_cloud_id"))),
            (tr("Policy"), name("policy", self.get("policy_id"))),
        ]
        for spec in self.new_mappings():
            lines.append(
                (
                    tr("Map {0}").format(name("network", spec.primary_network_id)),
                    tr("to {0}").format(name("network", spec.recovery_network_id)),
                )
            )
        return lines

    async def send(self) -> Outcome:
        pairing = await self.client.create_pairing(
            PairingSpec(
                primary_cloud_id=self.get("primary_cloud_id"),
                recovery_cloud_id=self.get("recovery_cloud_id"),
                policy_id=self.get("policy_id"),
            )
        )
        for spec in self.new_mappings():
            await self.client.create_network_mapping(spec)
        return Outcome(tr("Clouds paired ({0}).").format(pairing.id))
