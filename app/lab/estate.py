"""The lab's estate: two sites with their VMM servers, two clouds each, three hosts per cloud,
and VMs with disks on the primary site, described as plain data the fabric serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.enums import NetworkKind, PowerState
from app.domain.model import NetworkMappingSpec, PolicySpec, SubnetRule

AGENT_VERSION = "9.60.6000.1"
PROVIDER_VERSION = "5.1.8000.0"
HEARTBEAT_SECONDS = 30.0

MIB = 1024 * 1024


@dataclass
class LabSite:
    id: str
    name: str
    location: str
    vmm_server: str
    up: bool = True


@dataclass
class LabCloud:
    id: str
    site_id: str
    name: str


@dataclass
class LabHost:
    id: str
    cloud_id: str
    name: str
    agent_connected: bool = True


@dataclass
class LabDisk:
    id: str
    name: str
    size_bytes: int


@dataclass
class LabVm:
    id: str
    host_id: str
    name: str
    network_id: str
    disks: list[LabDisk]
    power_state: PowerState = PowerState.RUNNING
    tags: list[str] = field(default_factory=list)
    # One 64 KiB block a second: a busy server's churn, and within the log bound (half the
    # disk, see default_estate) over the longest copy frequency a policy allows.
    writes_per_second: float = 1.0
    addresses: list[str] = field(default_factory=list)  # "10.10.0.11/24"


@dataclass
class LabNetwork:
    id: str
    site_id: str
    name: str
    kind: NetworkKind = NetworkKind.VM
    subnet: str | None = None
    gateway: str | None = None


@dataclass
class Estate:
    sites: list[LabSite]
    clouds: list[LabCloud]
    hosts: list[LabHost]
    vms: list[LabVm]
    networks: list[LabNetwork]

    def host(self, host_id: str) -> LabHost:
        return next(h for h in self.hosts if h.id == host_id)

    def site_of_host(self, host_id: str) -> LabSite:
        host = self.host(host_id)
        cloud = next(c for c in self.clouds if c.id == host.cloud_id)
        return next(s for s in self.sites if s.id == cloud.site_id)


# The primary site's workloads: (cloud, VM name, data disks) — a small but believable estate.
_WORKLOADS = [
    ("gold", "sql-01", 2),
    ("gold", "sql-02", 2),
    ("gold", "erp-app-01", 1),
    ("gold", "erp-app-02", 1),
    ("gold", "exchange-01", 2),
    ("gold", "dc-01", 1),
    ("silver", "web-01", 1),
    ("silver", "web-02", 1),
    ("silver", "file-01", 2),
    ("silver", "print-01", 1),
    ("silver", "build-01", 1),
    ("silver", "wiki-01", 1),
]


_SUBNETS = {"sto": ("10.10.0.0/24", "10.10.0.1"), "ams": ("10.20.0.0/24", "10.20.0.1")}


def default_estate(extra_vms: int = 0, disk_size: int = 128 * MIB) -> Estate:
    """Stockholm (primary) and Amsterdam (recovery); Gold and Silver clouds on each."""
    sites = [
        LabSite("site-sto", "Stockholm", "Stockholm, SE", "vmm-sto.lab.local"),
        LabSite("site-ams", "Amsterdam", "Amsterdam, NL", "vmm-ams.lab.local"),
    ]
    clouds, hosts, networks = [], [], []
    for site, code in ((sites[0], "sto"), (sites[1], "ams")):
        for tier in ("gold", "silver"):
            cloud = LabCloud(f"cloud-{code}-{tier}", site.id, tier.capitalize())
            clouds.append(cloud)
            for n in (1, 2, 3):
                hosts.append(
                    LabHost(f"host-{code}-{tier}-{n}", cloud.id, f"{code}-{tier}-hv{n:02}")
                )
        # Each site's production subnet; its isolated test network repeats it, so a test copy
        # runs with the address it would get at a failover without meeting production.
        subnet, gateway = _SUBNETS[code]
        networks.append(
            LabNetwork(
                f"net-{code}-prod",
                site.id,
                f"{code.upper()}-Production",
                subnet=subnet,
                gateway=gateway,
            )
        )
        networks.append(
            LabNetwork(
                f"net-{code}-test",
                site.id,
                f"{code.upper()}-Test-Isolated",
                NetworkKind.TEST,
                subnet,
                gateway,
            )
        )
    vms: list[LabVm] = []
    per_cloud: dict[str, int] = {}
    workloads = list(_WORKLOADS) + [
        ("gold" if i % 2 else "silver", f"extra-{i:05}", 1) for i in range(extra_vms)
    ]
    for tier, name, disk_count in workloads:
        index = per_cloud.get(tier, 0)
        per_cloud[tier] = index + 1
        host_id = f"host-sto-{tier}-{index % 3 + 1}"
        disks = [
            LabDisk(f"disk-{name}-{d}", "system" if d == 0 else f"data{d}", disk_size)
            for d in range(disk_count)
        ]
        vm = LabVm(f"vm-{name}", host_id, name, "net-sto-prod", disks)
        host_part = len(vms) + 11  # .11 onwards; VMs past the subnet's end report none
        if host_part < 255:
            vm.addresses = [f"10.10.0.{host_part}/24"]
        vms.append(vm)
    return Estate(sites, clouds, hosts, vms, networks)


@dataclass(frozen=True)
class LabConfiguration:
    """What a new lab vault is seeded with (the ids are the lab estate's own, so they live
    here, not in whatever applies them): a default policy, a pairing per tier from Stockholm
    to Amsterdam under it, and the production network mapping with its subnet rule."""

    policy: PolicySpec
    pairings: list[tuple[str, str]]  # (primary cloud id, recovery cloud id), under `policy`
    network_mappings: list[NetworkMappingSpec]


def default_configuration() -> LabConfiguration:
    return LabConfiguration(
        policy=PolicySpec(
            name="Default (5 min, 24 h)",
            copy_frequency_seconds=300,
            recovery_point_retention_hours=24,
            app_consistent_frequency_hours=4,
        ),
        pairings=[(f"cloud-sto-{tier}", f"cloud-ams-{tier}") for tier in ("gold", "silver")],
        network_mappings=[
            NetworkMappingSpec(
                primary_network_id="net-sto-prod",
                recovery_network_id="net-ams-prod",
                subnet_rules=[
                    SubnetRule(
                        primary_subnet="10.10.0.0/24",
                        recovery_subnet="10.20.0.0/24",
                        gateway="10.20.0.1",
                        dns=["10.20.0.10"],
                    )
                ],
            )
        ],
    )
