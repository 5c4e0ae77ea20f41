"""Entities of the domain, as the API serves them and the console shows them.

Pydantic models: they validate what crosses the API and describe it in the OpenAPI document,
and both the control plane and the client share one definition of each object.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from . import addressing
from . import storage as storage_rules
from .enums import (
    ActiveLocation,
    Health,
    InitialReplicationStart,
    JobState,
    NetworkKind,
    PowerState,
    RecoveryPointKind,
    ReplicationState,
    Role,
    Severity,
    TestFailoverState,
)

COPY_FREQUENCIES: tuple[int, ...] = (30, 300, 900)
"""Seconds between replication cycles: the three values the replica engine offers."""

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Name = Annotated[str, Field(min_length=1, max_length=120)]


_EVERY_FIELD: dict[type, set[str]] = {}


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)

    @model_validator(mode="after")
    def _share_fields_set(self) -> Any:
        """Every object that was given all its fields (anything read from the API: it sends
        them all) shares one "fields set" per model instead of a set of its own: a set of
        20 names is 2 KiB, and a console listing 100 000 VMs holds 250 000 objects.
        Assigning a field adds its name to the set, which already holds it."""
        given = self.__pydantic_fields_set__
        every = _EVERY_FIELD.get(type(self))
        if every is None:
            every = _EVERY_FIELD.setdefault(type(self), set(type(self).model_fields))
        if len(given) == len(every) and given is not every:
            object.__setattr__(self, "__pydantic_fields_set__", every)
        return self


# --- the fabric: sites, VMM servers, clouds, hosts, VMs ------------------------------------


class ConnectionState(Model):
    """A VMM server's provider or a host's agent, as it last reported itself."""

    connected: bool
    last_heartbeat: datetime | None = None
    version: str = ""


class VmmServer(Model):
    name: Name
    provider: ConnectionState


class Site(Model):
    id: Id
    name: Name
    location: str = ""
    vmm_server: VmmServer
    up: bool = True


class Cloud(Model):
    id: Id
    site_id: Id
    name: Name


class HostStorage(Model):
    """The volume a host keeps its VMs' disks and replicas on, as the host last reported it.
    Free space comes rounded to a step of the volume (app/domain/storage.py)."""

    total_bytes: int = Field(ge=0)
    free_bytes: int = Field(ge=0)
    low: bool = Field(
        False,
        description="Free space is below the warning threshold (under 10 % free; it ends at "
        "12 % free again). Judged by the control plane from the figures.",
    )

    @model_validator(mode="after")
    def _coherent(self) -> HostStorage:
        if self.free_bytes > self.total_bytes:
            raise ValueError("free_bytes: must not exceed total_bytes")
        return self

    @classmethod
    def measured(
        cls, total_bytes: int, free_bytes: int, last: HostStorage | None = None
    ) -> HostStorage:
        """From a volume's figures: free space rounded to the reporting step and judged low,
        after `last`, the storage reported before (it is returned when nothing changed)."""
        same = last is not None and last.total_bytes == total_bytes
        free = storage_rules.reported_free(
            total_bytes, free_bytes, last.free_bytes if same and last else None
        )
        low = storage_rules.storage_low(total_bytes, free, bool(last and last.low))
        if same and last and last.free_bytes == free and last.low == low:
            return last
        return cls(total_bytes=max(total_bytes, 0), free_bytes=free, low=low)


class Host(Model):
    id: Id
    cloud_id: Id
    name: Name
    agent: ConnectionState
    storage: HostStorage | None = Field(
        None, description="Its storage's free space; absent when the fabric does not report it."
    )


class Disk(Model):
    id: Id
    name: Name
    size_bytes: int = Field(ge=0)


class Network(Model):
    id: Id
    site_id: Id
    name: Name
    kind: NetworkKind = NetworkKind.VM
    subnet: str | None = Field(
        None, description="Its subnet in CIDR notation (10.10.0.0/24); null: not known"
    )
    gateway: str | None = None


class Vm(Model):
    id: Id
    host_id: Id
    name: Name
    power_state: PowerState = PowerState.RUNNING
    network_id: Id | None = None
    addresses: list[str] = Field(
        [], description="Its IP addresses with their prefix length (10.10.0.15/24), as reported"
    )
    disks: list[Disk] = []
    tags: list[str] = []


# --- host registration: sites, clouds and hosts an admin manages (HostRegistry estates) ------

MAX_KEY_MINUTES = 7 * 24 * 60


def _a_name(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be blank")
    return value


class SiteSpec(Model):
    """A new site of an estate whose hosts enroll with the control plane."""

    name: Name
    location: str = Field("", max_length=120)

    _name = field_validator("name")(_a_name)


class CloudSpec(Model):
    """A new cloud (a group of a site's hosts)."""

    name: Name

    _name = field_validator("name")(_a_name)


class RegistrationKeySpec(Model):
    """A one-time registration key for one host of a site."""

    cloud_id: Id | None = Field(
        None, description="The cloud the host lands in; null: the site's first cloud."
    )
    valid_minutes: int = Field(
        60, ge=1, le=MAX_KEY_MINUTES, description="Until the key expires (at most 7 days)."
    )


class IssuedRegistrationKey(Model):
    """A registration key as it is issued: `key_text` is the key file's content, with its
    secret. It is shown this once; the control plane keeps only a hash."""

    key_id: Id
    site_id: Id
    cloud_id: Id | None
    expires_at: datetime
    key_text: str


class HostPlacement(Model):
    """The cloud of its site a host moves into."""

    cloud_id: Id


# --- protection configuration ---------------------------------------------------------------


class PolicySpec(Model):
    """What an operator submits to create or replace a replication policy.

    Every setting here is carried out. Transfer authentication (always the pairing's
    certificates, mutual TLS), the replica host's port (the agent's `--listen`) and an
    offline initial copy are not policy settings: the first two belong to the agent, the
    third is not offered (see docs/architecture.md)."""

    name: Name
    copy_frequency_seconds: Literal[30, 300, 900] = Field(
        300, description="Seconds between replication cycles: 30, 300 or 900."
    )
    recovery_point_retention_hours: int = Field(
        2, ge=0, le=24, description="Hours of recovery points kept (0-24)."
    )
    app_consistent_frequency_hours: int = Field(
        1,
        ge=0,
        le=12,
        description="Hours between app-consistent points (0 = none); never above retention.",
    )
    compression: bool = True
    initial_replication_start: InitialReplicationStart = Field(
        InitialReplicationStart.NOW,
        description=(
            "When enabling protection copies a VM's disks: 'now', or 'scheduled' (the job "
            "prepares the replica, then waits for initial_replication_scheduled_at)."
        ),
    )
    initial_replication_scheduled_at: datetime | None = Field(
        None,
        description=(
            "Required when initial_replication_start is 'scheduled': the moment on the control "
            "plane's clock (UTC when no offset is given) before which no initial copy starts; "
            "once past, enabling protection copies at once."
        ),
    )
    delete_replica_on_disable: bool = False

    @field_validator("initial_replication_scheduled_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value

    @model_validator(mode="after")
    def _coherent(self) -> PolicySpec:
        if self.app_consistent_frequency_hours > self.recovery_point_retention_hours:
            raise ValueError(
                "app_consistent_frequency_hours: must not exceed recovery_point_retention_hours"
            )
        scheduled = self.initial_replication_start == InitialReplicationStart.SCHEDULED
        if scheduled and self.initial_replication_scheduled_at is None:
            raise ValueError(
                "initial_replication_scheduled_at: required when the start is 'scheduled'"
            )
        if not scheduled and self.initial_replication_scheduled_at is not None:
            raise ValueError(
                "initial_replication_scheduled_at: only allowed when the start is 'scheduled'"
            )
        return self


LEGACY_POLICY_SETTINGS = ("authentication", "replication_port", "initial_replication_method")
"""Settings policies once stored that nothing carried out; dropped when a stored policy is read
(migration 0003 also removes them from the vault)."""


class Policy(PolicySpec):
    id: Id

    @model_validator(mode="before")
    @classmethod
    def _without_legacy_settings(cls, data: Any) -> Any:
        if isinstance(data, dict) and any(key in data for key in LEGACY_POLICY_SETTINGS):
            data = {k: v for k, v in data.items() if k not in LEGACY_POLICY_SETTINGS}
        return data


class PairingSpec(Model):
    """A cloud pairing (protection-container mapping): primary cloud → recovery cloud."""

    primary_cloud_id: Id
    recovery_cloud_id: Id
    policy_id: Id


class Pairing(PairingSpec):
    id: Id


Address = Annotated[str, Field(min_length=2, max_length=64)]
DnsServers = Annotated[list[Annotated[str, Field(max_length=64)]], Field(max_length=3)]


class VmAddressRule(Model):
    """IP customization of one VM: the address it gets in the recovery network."""

    vm_id: Id
    address: Address = Field(description="With its prefix length: 10.20.0.15/24")
    gateway: Address | None = None
    dns: DnsServers = []

    @model_validator(mode="after")
    def _valid(self) -> VmAddressRule:
        addressing.check_vm_rule(self.address, self.gateway, self.dns)
        return self


class SubnetRule(Model):
    """IP customization of a subnet: an address of `primary_subnet` keeps its host part in
    `recovery_subnet` (10.10.0.15 in 10.10.0.0/24 → 10.20.0.15 in 10.20.0.0/24)."""

    primary_subnet: Address = Field(description="CIDR: 10.10.0.0/24")
    recovery_subnet: Address = Field(description="CIDR, same prefix length: 10.20.0.0/24")
    gateway: Address | None = Field(None, description="The recovery side's gateway")
    dns: DnsServers = Field([], description="The recovery side's DNS servers")

    @model_validator(mode="after")
    def _valid(self) -> SubnetRule:
        addressing.check_subnet_rule(
            self.primary_subnet, self.recovery_subnet, self.gateway, self.dns
        )
        return self


class NetworkMappingSpec(Model):
    """Where a primary network's VMs land at a failover, and which addresses they get there
    (app/domain/addressing.py): a per-VM rule wins over a subnet rule; without rules a VM
    keeps its address."""

    primary_network_id: Id
    recovery_network_id: Id
    vm_rules: list[VmAddressRule] = Field([], max_length=1000)
    subnet_rules: list[SubnetRule] = Field([], max_length=100)

    @model_validator(mode="after")
    def _coherent(self) -> NetworkMappingSpec:
        problems = addressing.rule_problems(self.vm_rules, self.subnet_rules)
        if problems:
            raise ValueError(problems[0])
        return self


class NetworkMapping(NetworkMappingSpec):
    id: Id


# --- protected items and their recovery points ----------------------------------------------


class HealthReason(Model):
    code: str
    message: str = Field(description="In English; `code` and `params` say it in any language")
    severity: Health
    params: dict[str, Any] = Field(
        {}, description="What the message names, by its code (app/domain/health.py REASON_TEXTS)"
    )


class ProtectedItem(Model):
    id: Id
    vm_id: Id
    pairing_id: Id
    policy_id: Id
    source_host_id: Id
    target_host_id: Id | None = None
    replication_state: ReplicationState = ReplicationState.ENABLING_PROTECTION
    test_failover_state: TestFailoverState = TestFailoverState.NONE
    active_location: ActiveLocation = ActiveLocation.PRIMARY
    health: Health = Health.NORMAL
    health_reasons: list[HealthReason] = []
    last_replication: datetime | None = None
    pending_bytes: int = 0
    rpo_seconds: float | None = None
    throughput_bps: float = 0.0
    successful_cycles: int = 0
    missed_cycles: int = 0
    fenced: bool = False
    current_job_id: Id | None = None
    test_failover_job_id: Id | None = None  # the drill whose tagged copy cleanup removes
    last_error: str | None = Field(
        None, description="Why the item's last operation failed (cleared when one succeeds)"
    )


class RecoveryPoint(Model):
    id: Id
    item_id: Id
    time: datetime
    kind: RecoveryPointKind
    cycle_id: int


class HealthSample(Model):
    time: datetime
    rpo_seconds: float | None
    pending_bytes: int
    throughput_bps: float


# --- recovery plans -------------------------------------------------------------------------


def _kind_required(schema: dict[str, Any]) -> None:
    """The API needs `kind` to tell the actions apart (the union's discriminator), so its
    schema says it is required; Python code may still leave it to the default."""
    required = schema.setdefault("required", [])
    if "kind" not in required:
        required.insert(0, "kind")


class ScriptAction(Model):
    model_config = ConfigDict(json_schema_extra=_kind_required)

    kind: Literal["script"] = "script"
    name: Name
    command: str = Field(min_length=1, max_length=4000)
    timeout_seconds: int = Field(300, ge=1, le=86400)


class ManualAction(Model):
    model_config = ConfigDict(json_schema_extra=_kind_required)

    kind: Literal["manual"] = "manual"
    name: Name
    instructions: str = Field(min_length=1, max_length=4000)


PlanAction = Annotated[ScriptAction | ManualAction, Field(discriminator="kind")]


class PlanGroup(Model):
    name: Name
    item_ids: list[Id] = []
    pre_actions: list[PlanAction] = []
    post_actions: list[PlanAction] = []


class RecoveryPlanSpec(Model):
    name: Name
    description: str = Field("", max_length=2000)
    groups: list[PlanGroup] = Field(default_factory=list, max_length=50)


class RecoveryPlan(RecoveryPlanSpec):
    id: Id
    state: str = Field(
        "ready",
        description="ready, test failover running, cleanup pending, "
        "failover running, failed over, committed, … or '<operation> failed'",
    )
    current_job_id: Id | None = None


# --- DR drills -----------------------------------------------------------------------------

DrillState = Literal["test-failover", "verifying", "cleaning-up", "passed", "failed"]
"""A drill runs its plan's test failover, is verified (checklist, audits), is cleaned up, and
ends passed or failed; it counts as passed only after its cleanup."""
DRILL_FINISHED: tuple[str, ...] = ("passed", "failed")


ConsistencyKind = Literal["auditor", "filesystem", "guest-sequence"]
ConsistencyVerdict = Literal["passed", "failed", "not-checked"]


class ConsistencyCheck(Model):
    """One piece of evidence that a test VM's recovery point is consistent: what was checked
    (`kind`), on which disk, the verdict and what was found. How each kind is checked is the
    estate's (docs/architecture.md, "Consistency in drills"): `auditor` — the lab's auditor
    read the test copy's disks against the guest's write history; `filesystem` — e2fsck after
    journal replay, on a throw-away copy-on-write overlay of the point; `guest-sequence` — the
    guest's own sequence log found on the point's disk, gap-free and consistent."""

    kind: ConsistencyKind
    disk: str = Field("", max_length=120, description="The disk it was run on (empty: all)")
    verdict: ConsistencyVerdict
    sequence: int | None = Field(None, ge=0, description="The guest's last sequence on disk")
    writes_lost: int | None = Field(None, ge=0, description="Guest writes after the point")
    app_consistent: bool | None = None
    detail: str = Field("", max_length=1000, description="The check's own words on a failure")


class ConsistencyProof(Model):
    """How consistent a running test VM's recovery point is, by the estate's own checks
    (GET /protected-items/{id}/test-failover/consistency)."""

    item_id: Id
    checks: list[ConsistencyCheck] = Field([], max_length=50)

    @property
    def verdict(self) -> ConsistencyVerdict:
        return consistency_verdict(self.checks)


def consistency_verdict(checks: list[ConsistencyCheck]) -> ConsistencyVerdict:
    """Failed when any check failed; passed when at least one passed and none failed."""
    if any(c.verdict == "failed" for c in checks):
        return "failed"
    return "passed" if any(c.verdict == "passed" for c in checks) else "not-checked"


class DrillAudit(Model):
    """The lab auditor's verdict on one test VM's disks, as drills before consistency checks
    recorded it (read from old records only; new drills record `DrillVm.consistency`)."""

    intact: bool
    crash_consistent: bool | None = None
    app_consistent: bool | None = None
    writes_lost: int | None = Field(None, ge=0)
    problems: list[Annotated[str, Field(max_length=1000)]] = Field([], max_length=20)


class DrillVm(Model):
    """One VM of a drill: the recovery point its test copy started from, and its audit."""

    item_id: Id
    vm_name: str = Field("", max_length=120)
    group: int = Field(0, ge=0, le=49, description="Index of the plan group")
    test_vm_id: Id | None = None
    recovery_point_id: Id | None = None
    recovery_point_time: AwareDatetime | None = None
    recovery_point_kind: RecoveryPointKind | None = None
    rpo_seconds: float | None = Field(
        None, ge=0, allow_inf_nan=False, description="Age of the point at the test failover"
    )
    audit: DrillAudit | None = None
    consistency: list[ConsistencyCheck] | None = Field(
        None, max_length=50, description="The estate's checks of the test VM's point"
    )


class DrillGroup(Model):
    name: str = Field("", max_length=120)
    rto_seconds: float | None = Field(
        None,
        ge=0,
        allow_inf_nan=False,
        description="From the test failover's start until the group's test VMs were up",
    )


class ChecklistItem(Model):
    text: str = Field(min_length=1, max_length=500)
    done: bool = False


class DrillSpec(Model):
    """What the console writes as a drill proceeds."""

    plan_id: Id
    plan_name: Name
    state: DrillState = "test-failover"
    started: AwareDatetime
    ended: AwareDatetime | None = None
    test_failover_job_id: Id | None = None
    cleanup_job_id: Id | None = None
    rto_seconds: float | None = Field(
        None, ge=0, allow_inf_nan=False, description="Until the last group's test VMs were up"
    )
    groups: list[DrillGroup] = Field([], max_length=50)
    vms: list[DrillVm] = Field([], max_length=1000)
    checklist: list[ChecklistItem] = Field([], max_length=50)
    notes: str = Field("", max_length=4000)

    @model_validator(mode="after")
    def _coherent(self) -> DrillSpec:
        if self.ended is not None and self.ended < self.started:
            raise ValueError("ended: must not be before started")
        if self.state in DRILL_FINISHED:
            if self.ended is None:
                raise ValueError("ended: required when the drill is finished")
            if not self.notes.strip():
                raise ValueError("notes: say what the drill showed: required when finished")
        return self


class Drill(DrillSpec):
    id: Id
    operator: str = Field(description="Who ran the drill (the token that created it)")


# --- jobs, alerts, audit --------------------------------------------------------------------


class StepDetail(Model):
    """One line a step logged, as a code of app/domain/step_text.py with its parameters (the
    English line is in the step's `output`); `vm_id` names the VM it is about in a step that
    runs several (a recovery plan's group)."""

    code: str
    params: dict[str, Any] = {}
    vm_id: str | None = None


class JobStep(Model):
    name: str = Field(description="In English; `code` and `params` say it in any language")
    code: str | None = Field(None, description="The name's code (app/domain/step_text.py)")
    params: dict[str, Any] = {}
    state: JobState = JobState.NOT_STARTED
    started: datetime | None = None
    ended: datetime | None = None
    progress: float = Field(0.0, ge=0.0, le=1.0)
    error: str | None = None
    output: str = Field("", description="What the step logged, in English, one line each")
    details: list[StepDetail] = Field(
        [], description="The output's lines that have a code, with their parameters"
    )


class Job(Model):
    id: Id
    operation: str
    object_kind: str
    object_id: Id
    object_name: str = ""
    state: JobState = JobState.NOT_STARTED
    started_by: str
    created: datetime
    started: datetime | None = None
    ended: datetime | None = None
    progress: float = Field(0.0, ge=0.0, le=1.0)
    steps: list[JobStep] = []
    error: str | None = None
    allowed_actions: list[str] = []
    parameters: dict = {}
    result: dict = Field(default_factory=dict, description="What the job found or did")


class AlertItem(Model):
    """One object a cause alert lists (e.g. a protected item hit by a cut link), with its
    state when the alert was last updated."""

    kind: str = "protected-item"
    id: str
    name: str
    health: Health | None = None
    reason: str | None = None  # the item's worst health reason's code


class Alert(Model):
    id: Id
    severity: Severity
    object_kind: str
    object_id: str
    message: str
    time: datetime = Field(description="First seen: when the condition was raised")
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    # What raised it, for alerts that follow a condition (None for one-off events): while the
    # condition lasts the alert is updated, and it is resolved by itself when it ends.
    cause: str | None = None
    resolved_at: datetime | None = None
    # A stable code per kind of cause: the health reasons' codes (rpo-critical,
    # replica-unreachable, …) and job-failed, manual-action-waiting, drill-failed, site-down,
    # agent-disconnected, …; None on alerts written before codes existed.
    code: str | None = None
    last_seen: datetime | None = Field(
        None, description="When the condition was last seen (updated while it lasts)"
    )
    object_name: str | None = None  # the object's name when the alert was written
    job_id: str | None = None  # the job to open for it (job and drill alerts)
    items: list[AlertItem] = Field(
        default_factory=list, description="The objects a cause alert stands for"
    )
    what_to_do: str | None = None
    text_code: str | None = Field(
        None, description="The message's code (app/domain/alert_text.py); None: English only"
    )
    text_params: dict[str, Any] = {}
    resolution_code: str | None = Field(
        None, description="What ended the condition, as a code (its words end the message)"
    )
    resolution_params: dict[str, Any] = {}


class AuditEntry(Model):
    id: int
    time: datetime
    actor: str
    role: Role | None = None
    method: str
    route: str
    object: str | None = None
    outcome: int = Field(description="HTTP status of the request")
    detail: str | None = None


class Vault(Model):
    id: Id
    name: Name
    version: str
    server_time: datetime
    lab: bool
    revision: int
    # The replication figures (RPO, health, points): stale while the control plane has not
    # read replication status for more than twice its sync interval; as of `status_read_at`
    # (the last successful read, or when reading began if none succeeded; None: no fabric).
    status_read_at: datetime | None = None
    status_stale: bool = False
    sync_interval_seconds: float | None = None
    host_registration: bool = Field(
        False,
        description="Hosts enroll with this control plane: an admin creates sites, clouds "
        "and registration keys, and moves or removes hosts (/api/v1/sites, /hosts).",
    )


class Inventory(Model):
    """The whole tree at one revision: the 'list' of list + watch."""

    revision: int
    vault: Vault
    sites: list[Site]
    clouds: list[Cloud]
    hosts: list[Host]
    vms: list[Vm]
    networks: list[Network]
    policies: list[Policy]
    pairings: list[Pairing]
    network_mappings: list[NetworkMapping]
    protected_items: list[ProtectedItem]
    recovery_plans: list[RecoveryPlan]


# The collections of the inventory, by the object kind an event names.
KIND_COLLECTIONS: dict[str, str] = {
    "site": "sites",
    "cloud": "clouds",
    "host": "hosts",
    "vm": "vms",
    "network": "networks",
    "policy": "policies",
    "pairing": "pairings",
    "network-mapping": "network_mappings",
    "protected-item": "protected_items",
    "recovery-plan": "recovery_plans",
}
"""Object kinds that are part of the inventory. Jobs and alerts travel on the feed too."""
