"""A replication policy: create or edit one, every field, checked as it is typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.api import StandbyClient
from app.client.cache import InventoryCache
from app.domain.enums import InitialReplicationStart
from app.domain.model import (
    Policy,
    PolicySpec,
)

from .. import formatting as fmt
from .flow import Flow, Outcome, tr
from .form import Field, Kind, Option, Page, Problem


def frequency_label(seconds: int) -> str:
    return fmt.duration(seconds)


def policy_facts(policy: Policy | PolicySpec) -> tuple[tuple[str, str], ...]:
    """A policy as an operator reads it."""
    start = (
        tr("scheduled at {0}").format(fmt.clock(policy.initial_replication_scheduled_at))
        if policy.initial_replication_start == InitialReplicationStart.SCHEDULED
        else tr("immediately")
    )
    return (
        (tr("Copy frequency"), frequency_label(policy.copy_frequency_seconds)),
        (tr("Recovery points kept"), tr("{0} h").format(policy.recovery_point_retention_hours)),
        (
            tr("App-consistent points"),
            tr("every {0} h").format(policy.app_consistent_frequency_hours)
            if policy.app_consistent_frequency_hours
            else tr("none"),
        ),
        (tr("Compression"), tr("on") if policy.compression else tr("off")),
        (tr("Initial replication starts"), start),
        (
            tr("On disable"),
            tr("delete the replica")
            if policy.delete_replica_on_disable
            else tr("keep the replica"),
        ),
    )


class PolicyFlow(Flow):
    """Create a replication policy, or edit one (`policy` given)."""

    def __init__(
        self, client: StandbyClient, cache: InventoryCache, policy: Policy | None = None
    ) -> None:
        super().__init__(client, cache)
        self.policy = policy
        self.title = tr("Edit replication policy") if policy else tr("New replication policy")
        self.start_label = tr("Save policy") if policy else tr("Create policy")
        base = policy or PolicySpec(name="-")  # the defaults, under a name to be typed
        self.values.update(base.model_dump(exclude={"id"}))
        self.values["name"] = policy.name if policy else ""
        self.values["initial_replication_start"] = self.values["initial_replication_start"].value
        if self.values["initial_replication_scheduled_at"] is None:
            soon = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
            self.values["initial_replication_scheduled_at"] = soon + timedelta(hours=2)

    def page_ids(self) -> list[str]:
        return ["points", "transfer", "initial", "review"]

    def page(self, page_id: str) -> Page:
        if page_id == "points":
            return Page(
                "points",
                tr("Name and recovery points"),
                tr("How often changes are copied and how long recovery points are kept."),
                (
                    Field("name", tr("Name"), Kind.TEXT, placeholder=tr("e.g. Gold (30 s, 24 h)")),
                    Field(
                        "copy_frequency_seconds",
                        tr("Copy frequency"),
                        Kind.CHOICE,
                        tuple(
                            Option(str(s), frequency_label(s), detail)
                            for s, detail in (
                                (30, tr("Lowest RPO; the most traffic.")),
                                (300, tr("The usual choice.")),
                                (900, tr("For slow links.")),
                            )
                        ),
                    ),
                    Field(
                        "recovery_point_retention_hours",
                        tr("Keep recovery points for"),
                        Kind.NUMBER,
                        minimum=0,
                        maximum=24,
                        suffix=tr(" h"),
                        help=tr("0: only the latest point."),
                    ),
                    Field(
                        "app_consistent_frequency_hours",
                        tr("App-consistent point every"),
                        Kind.NUMBER,
                        minimum=0,
                        maximum=12,
                        suffix=tr(" h"),
                        help=tr("0: none; never more hours than the points are kept."),
                    ),
                ),
            )
        if page_id == "transfer":
            return Page(
                "transfer",
                tr("Transfer"),
                tr("How replication travels between the hosts."),
                (
                    Field("compression", tr("Compress the changes"), Kind.CHECK),
                    Field(
                        "delete_replica_on_disable",
                        tr("Delete the replica when protection is disabled"),
                        Kind.CHECK,
                    ),
                ),
            )
        if page_id == "initial":
            scheduled = self.get("initial_replication_start") == InitialReplicationStart.SCHEDULED
            fields = [
                Field(
                    "initial_replication_start",
                    tr("Start"),
                    Kind.CHOICE,
                    (
                        Option(
                            InitialReplicationStart.NOW.value,
                            tr("Immediately"),
                            tr("The copy starts as soon as protection is enabled."),
                        ),
                        Option(
                            InitialReplicationStart.SCHEDULED.value,
                            tr("At a set time"),
                            tr(
                                "The replica is prepared at once; the copy waits until then "
                                "(for a quiet link). After that time, copies start at once."
                            ),
                        ),
                    ),
                ),
            ]
            if scheduled:
                fields.append(
                    Field(
                        "initial_replication_scheduled_at",
                        tr("Start at (UTC)"),
                        Kind.DATETIME,
                        help=tr("On the control plane's clock."),
                    )
                )
            return Page(
                "initial",
                tr("Initial replication"),
                tr(
                    "The first full copy of a VM when it gets protected: its disks travel over "
                    "the replication link (only written blocks)."
                ),
                tuple(fields),
            )
        return Page("review", tr("Review"), facts=tuple(self.summary()))

    def problems(self, page_id: str) -> list[Problem]:
        v = self.values
        problems = []
        if page_id == "points":
            name = (v.get("name") or "").strip()
            if not name:
                problems.append(Problem("name", tr("Give the policy a name.")))
            elif len(name) > 120:
                problems.append(Problem("name", tr("The name is limited to 120 characters.")))
            elif any(
                p.name.casefold() == name.casefold()
                for p in self.cache.objects("policy").values()
                if isinstance(p, Policy) and (self.policy is None or p.id != self.policy.id)
            ):
                problems.append(
                    Problem("name", tr("A policy named {0} exists already.").format(name))
                )
            if int(v["copy_frequency_seconds"]) not in (30, 300, 900):
                problems.append(Problem("copy_frequency_seconds", tr("Choose a copy frequency.")))
            if not 0 <= int(v["recovery_point_retention_hours"]) <= 24:
                problems.append(
                    Problem("recovery_point_retention_hours", tr("Keep points 0 to 24 hours."))
                )
            if int(v["app_consistent_frequency_hours"]) > int(v["recovery_point_retention_hours"]):
                problems.append(
                    Problem(
                        "app_consistent_frequency_hours",
                        tr(
                            "An app-consistent point every {0} h would never be kept: points are "
                            "kept {1} h. Keep them longer or make app-consistent points more often."
                        ).format(
                            v["app_consistent_frequency_hours"],
                            v["recovery_point_retention_hours"],
                        ),
                    )
                )
        if page_id == "initial":
            scheduled = v["initial_replication_start"] == InitialReplicationStart.SCHEDULED
            at = v.get("initial_replication_scheduled_at")
            if scheduled and (at is None or at <= datetime.now(UTC)):
                problems.append(
                    Problem("initial_replication_scheduled_at", tr("Choose a start in the future."))
                )
        return problems

    def spec(self) -> PolicySpec:
        values: dict[str, Any] = dict(self.values)
        values["name"] = values["name"].strip()
        values["copy_frequency_seconds"] = int(values["copy_frequency_seconds"])
        if values["initial_replication_start"] != InitialReplicationStart.SCHEDULED:
            values["initial_replication_scheduled_at"] = None
        return PolicySpec.model_validate(values)

    def summary(self) -> list[tuple[str, str]]:
        try:
            spec = self.spec()
        except ValueError:
            return [(tr("Name"), self.get("name", ""))]
        return [(tr("Name"), spec.name), *policy_facts(spec)]

    async def send(self) -> Outcome:
        if self.policy is None:
            policy = await self.client.create_policy(self.spec())
            return Outcome(tr("Replication policy {0} created.").format(policy.name))
        policy = await self.client.replace_policy(self.policy.id, self.spec())
        return Outcome(tr("Replication policy {0} saved.").format(policy.name))
