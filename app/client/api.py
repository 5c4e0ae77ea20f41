"""The async client of the control plane's API: one typed method per route, and the feed.

    async with StandbyClient("https://vault:7410", token, ca_file="vault-ca.pem") as client:
        inventory = await client.inventory()
        async with contextlib.aclosing(client.events(after=inventory.revision)) as events:
            async for event in events:
                ...

Errors: problem+json answers become `ApiError` subclasses (errors.py); a control plane that
cannot be reached, or a connection that breaks, becomes `ConnectionFailed`. Close the event
iterator explicitly (`contextlib.aclosing`): some event loops (qasync) do not finalize
abandoned async generators, which would leave the stream open.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import ssl
from collections.abc import AsyncGenerator, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit

import httpx
from httpx_sse import ServerSentEvent, SSEError, aconnect_sse
from pydantic import BaseModel, TypeAdapter, ValidationError

from app.domain.enums import JobState, Severity
from app.domain.estimates import DataLossEstimate, DiscardedWrites
from app.domain.model import (
    Alert,
    AuditEntry,
    Cloud,
    ConsistencyProof,
    Drill,
    DrillSpec,
    HealthSample,
    Host,
    Inventory,
    IssuedRegistrationKey,
    Job,
    Network,
    NetworkMapping,
    NetworkMappingSpec,
    Pairing,
    PairingSpec,
    Policy,
    PolicySpec,
    ProtectedItem,
    RecoveryPlan,
    RecoveryPlanSpec,
    RecoveryPoint,
    Site,
    Vault,
    Vm,
)
from app.domain.notifications import Delivery, NotificationRule, NotificationRuleSpec

from .errors import ConnectionFailed, StandbyError, problem_from

log = logging.getLogger(__name__)

T = TypeVar("T")
API = "/api/v1"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 30.0
CHECK_TIMEOUT = 1800.0  # a consistency check runs e2fsck over the point's disks
HEARTBEAT_SECONDS = 15.0
"""The server's default heartbeat; the event stream's read timeout is three of them."""


def _version() -> str:
    try:
        return metadata.version("standby")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "dev"


@functools.cache
def _adapter(kind: Any) -> TypeAdapter:
    return TypeAdapter(kind)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a large answer turns into objects (or is
    applied): every object made in between counts towards the next collection, and a full
    one walks all that live — parsing 100 000 VMs took three times as long with it on.
    Nothing made here is garbage with cycles; the collector runs again afterwards (the
    console then freezes the listing's objects out of its reach)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _body(spec: BaseModel | Mapping[str, Any]) -> Any:
    """A spec as JSON: models are dumped, mappings go as they are (the server validates)."""
    if isinstance(spec, BaseModel):
        return spec.model_dump(mode="json")
    return dict(spec)


def _params(**values: Any) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for key, value in values.items():
        if value is None or value is False:
            continue  # False is each boolean filter's default
        if isinstance(value, datetime):  # RFC 3339: with its offset (naive means UTC)
            value = (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
        elif hasattr(value, "value"):  # enums
            value = value.value
        params[key] = value
    return params


def make_ssl_context(
    ca_file: str | None = None, client_cert: str | None = None, client_key: str | None = None
) -> ssl.SSLContext:
    """Verification against `ca_file` (the vault's own CA), else the usual public roots."""
    if ca_file:
        try:
            context = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise StandbyError(f"Cannot use the CA file '{ca_file}': {exc}") from exc
    else:
        context = ssl.create_default_context()
        with contextlib.suppress(ImportError, OSError):
            import certifi  # httpx's own dependency: the same roots httpx would use

            context.load_verify_locations(certifi.where())
    if client_cert:
        try:
            context.load_cert_chain(client_cert, client_key)
        except (OSError, ssl.SSLError) as exc:
            raise StandbyError(f"Cannot use the client certificate '{client_cert}': {exc}") from exc
    return context


def agent_command(key_file: str, storage: str = "/var/lib/standby/agent") -> str:
    """The command that enrolls a libvirt host with a registration key file (run on the host,
    where the key file was copied)."""
    import shlex

    return (
        f"standby agent --libvirt qemu:///system --register {shlex.quote(key_file)} "
        f"--storage {shlex.quote(storage)}"
    )


def key_file_name(site_name: str) -> str:
    """A file name for a site's registration key ("standby-stockholm.key")."""
    import re

    slug = re.sub(r"[^a-z0-9]+", "-", site_name.casefold()).strip("-")[:40] or "site"
    return f"standby-{slug}.key"


# --- the event feed -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One event of the change feed.

    kind "change": `type` (object kind: vm, protected-item, job, alert, health-sample, …),
    `action` (upsert | delete | sample), `id`, `object` (the new state; None on delete).
    kind "heartbeat": the server's head `revision` and its `time`.
    kind "relist": the follower must list again; `revision` is the server's head.
    """

    kind: Literal["change", "heartbeat", "relist"]
    revision: int
    type: str | None = None
    action: str | None = None
    id: str | None = None
    object: dict[str, Any] | None = None
    time: datetime | None = None

    @classmethod
    def parse(cls, sse: ServerSentEvent) -> FeedEvent | None:
        """The event an SSE frame carries; None for frames the client does not know."""
        if sse.event not in ("change", "heartbeat", "relist"):
            return None
        data = json.loads(sse.data)
        if sse.event == "change":
            return cls(
                "change",
                int(data["revision"]),
                type=data["type"],
                action=data["action"],
                id=data["id"],
                object=data.get("object"),
            )
        if sse.event == "heartbeat":
            time = data.get("time")
            return cls(
                "heartbeat",
                int(data["revision"]),
                time=datetime.fromisoformat(time) if time else None,
            )
        return cls("relist", int(data["revision"]))


# --- the client ---------------------------------------------------------------------------


class StandbyClient:
    """The control plane's API over one pooled httpx.AsyncClient (use `async with`)."""

    def __init__(
        self,
        url: str,
        token: str,
        ca_file: str | None = None,
        *,
        client_cert: str | None = None,
        client_key: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float = READ_TIMEOUT,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
        transport: httpx.AsyncBaseTransport | None = None,
    ):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise StandbyError(f"'{url}' is not a control plane URL (http[s]://host:port)")
        self.url = url.rstrip("/")
        self.heartbeat_seconds = heartbeat_seconds
        self._connect_timeout = connect_timeout
        verify: ssl.SSLContext | bool = True
        if parts.scheme == "https":
            verify = make_ssl_context(ca_file, client_cert, client_key)
        self._http = httpx.AsyncClient(
            base_url=self.url,
            headers={
                "Authorization": f"Bearer {token}",
                "Accept": "application/json",
                "User-Agent": f"standby-client/{_version()}",
            },
            timeout=httpx.Timeout(read_timeout, connect=connect_timeout),
            verify=verify,
            transport=transport,
        )

    async def __aenter__(self) -> StandbyClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    @property
    def stream_read_timeout(self) -> float:
        """How long the event stream may stay silent: three heartbeats."""
        return 3 * self.heartbeat_seconds

    # --- the one request helper -------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        result: Any = None,
        *,
        params: dict[str, Any] | None = None,
        body: Any = None,
        read_timeout: float | None = None,
    ) -> Any:
        """Send one request; map errors; validate the answer as `result` (a type) if given."""
        extra: dict[str, Any] = {}
        if read_timeout is not None:
            extra["timeout"] = httpx.Timeout(read_timeout, connect=self._connect_timeout)
        try:
            response = await self._http.request(method, path, params=params, json=body, **extra)
        except httpx.TransportError as exc:
            raise self._connection_failed(exc) from exc
        if response.is_error:
            raise self._problem(response)
        if result is None:
            return None
        if result is str:
            return response.text
        try:
            with gc_paused():
                return _adapter(result).validate_json(response.content)
        except ValidationError as exc:
            raise StandbyError(
                f"The control plane's answer to {method} {path} does not match this client "
                f"(different versions?): {exc.error_count()} field error(s), first: "
                f"{exc.errors()[0].get('loc')}: {exc.errors()[0].get('msg')}"
            ) from exc

    @staticmethod
    def _problem(response: httpx.Response) -> StandbyError:
        try:
            body = response.json()
        except ValueError:
            body = None
        return problem_from(response.status_code, body, response.reason_phrase)

    def _connection_failed(self, exc: httpx.TransportError) -> ConnectionFailed:
        where = self.url
        text = str(exc) or type(exc).__name__
        if isinstance(exc, httpx.ConnectTimeout):
            message = f"no answer from {where} within {self._connect_timeout:g} s"
        elif isinstance(exc, httpx.ReadTimeout):
            message = f"{where} stopped answering (read timeout)"
        elif isinstance(exc, httpx.ConnectError):
            if "CERTIFICATE_VERIFY_FAILED" in text:
                message = (
                    f"the TLS certificate of {where} is not trusted: give its CA file ({text})"
                )
            elif "refused" in text.lower() or "all connection attempts failed" in text.lower():
                message = f"cannot connect to {where}: nothing listens there (connection refused)"
            else:
                message = f"cannot connect to {where}: {text}"
        elif isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
            message = f"the connection to {where} broke: {text}"
        else:
            message = f"talking to {where} failed: {text}"
        return ConnectionFailed(f"Connection failed: {message}")

    # --- system -----------------------------------------------------------------------------

    async def healthz(self) -> dict[str, Any]:
        return await self._call("GET", "/healthz", dict[str, Any])

    async def metrics_text(self) -> str:
        return await self._call("GET", "/metrics", str)

    async def vault(self) -> Vault:
        return await self._call("GET", f"{API}/vault", Vault)

    # --- inventory --------------------------------------------------------------------------

    async def inventory(self) -> Inventory:
        return await self._call("GET", f"{API}/inventory", Inventory)

    async def sites(self) -> list[Site]:
        return await self._call("GET", f"{API}/sites", list[Site])

    async def get_site(self, site_id: str) -> Site:
        return await self._call("GET", f"{API}/sites/{site_id}", Site)

    async def clouds(self) -> list[Cloud]:
        return await self._call("GET", f"{API}/clouds", list[Cloud])

    async def get_cloud(self, cloud_id: str) -> Cloud:
        return await self._call("GET", f"{API}/clouds/{cloud_id}", Cloud)

    async def hosts(self) -> list[Host]:
        return await self._call("GET", f"{API}/hosts", list[Host])

    async def get_host(self, host_id: str) -> Host:
        return await self._call("GET", f"{API}/hosts/{host_id}", Host)

    async def vms(self) -> list[Vm]:
        return await self._call("GET", f"{API}/vms", list[Vm])

    async def get_vm(self, vm_id: str) -> Vm:
        return await self._call("GET", f"{API}/vms/{vm_id}", Vm)

    async def networks(self) -> list[Network]:
        return await self._call("GET", f"{API}/networks", list[Network])

    async def get_network(self, network_id: str) -> Network:
        return await self._call("GET", f"{API}/networks/{network_id}", Network)

    # --- protection configuration -----------------------------------------------------------

    async def policies(self) -> list[Policy]:
        return await self._call("GET", f"{API}/policies", list[Policy])

    async def get_policy(self, policy_id: str) -> Policy:
        return await self._call("GET", f"{API}/policies/{policy_id}", Policy)

    async def create_policy(self, spec: PolicySpec | Mapping[str, Any]) -> Policy:
        return await self._call("POST", f"{API}/policies", Policy, body=_body(spec))

    async def replace_policy(self, policy_id: str, spec: PolicySpec | Mapping[str, Any]) -> Policy:
        return await self._call("PUT", f"{API}/policies/{policy_id}", Policy, body=_body(spec))

    async def delete_policy(self, policy_id: str) -> None:
        await self._call("DELETE", f"{API}/policies/{policy_id}")

    async def pairings(self) -> list[Pairing]:
        return await self._call("GET", f"{API}/pairings", list[Pairing])

    async def get_pairing(self, pairing_id: str) -> Pairing:
        return await self._call("GET", f"{API}/pairings/{pairing_id}", Pairing)

    async def create_pairing(self, spec: PairingSpec | Mapping[str, Any]) -> Pairing:
        return await self._call("POST", f"{API}/pairings", Pairing, body=_body(spec))

    async def delete_pairing(self, pairing_id: str) -> None:
        await self._call("DELETE", f"{API}/pairings/{pairing_id}")

    async def network_mappings(self) -> list[NetworkMapping]:
        return await self._call("GET", f"{API}/network-mappings", list[NetworkMapping])

    async def create_network_mapping(
        self, spec: NetworkMappingSpec | Mapping[str, Any]
    ) -> NetworkMapping:
        return await self._call("POST", f"{API}/network-mappings", NetworkMapping, body=_body(spec))

    async def update_network_mapping(
        self, mapping_id: str, spec: NetworkMappingSpec | Mapping[str, Any]
    ) -> NetworkMapping:
        """Replace a mapping as a whole (edit its rules)."""
        return await self._call(
            "PUT", f"{API}/network-mappings/{mapping_id}", NetworkMapping, body=_body(spec)
        )

    async def delete_network_mapping(self, mapping_id: str) -> None:
        await self._call("DELETE", f"{API}/network-mappings/{mapping_id}")

    # --- protected items --------------------------------------------------------------------

    async def protected_items(self) -> list[ProtectedItem]:
        return await self._call("GET", f"{API}/protected-items", list[ProtectedItem])

    async def get_protected_item(self, item_id: str) -> ProtectedItem:
        return await self._call("GET", f"{API}/protected-items/{item_id}", ProtectedItem)

    async def recovery_points(self, item_id: str) -> list[RecoveryPoint]:
        return await self._call(
            "GET", f"{API}/protected-items/{item_id}/recovery-points", list[RecoveryPoint]
        )

    async def health(self, item_id: str, since: datetime | None = None) -> list[HealthSample]:
        """The item's health series since `since` (the server's default: the last hour)."""
        return await self._call(
            "GET",
            f"{API}/protected-items/{item_id}/health",
            list[HealthSample],
            params=_params(since=since),
        )

    # --- recovery plans ---------------------------------------------------------------------

    async def recovery_plans(self) -> list[RecoveryPlan]:
        return await self._call("GET", f"{API}/recovery-plans", list[RecoveryPlan])

    async def get_recovery_plan(self, plan_id: str) -> RecoveryPlan:
        return await self._call("GET", f"{API}/recovery-plans/{plan_id}", RecoveryPlan)

    async def create_recovery_plan(
        self, spec: RecoveryPlanSpec | Mapping[str, Any]
    ) -> RecoveryPlan:
        return await self._call("POST", f"{API}/recovery-plans", RecoveryPlan, body=_body(spec))

    async def replace_recovery_plan(
        self, plan_id: str, spec: RecoveryPlanSpec | Mapping[str, Any]
    ) -> RecoveryPlan:
        path = f"{API}/recovery-plans/{plan_id}"
        return await self._call("PUT", path, RecoveryPlan, body=_body(spec))

    async def delete_recovery_plan(self, plan_id: str) -> None:
        await self._call("DELETE", f"{API}/recovery-plans/{plan_id}")

    # --- DR drills --------------------------------------------------------------------------

    async def drills(self, plan_id: str | None = None, limit: int = 200) -> list[Drill]:
        """Past and running drills, newest first."""
        params = _params(plan_id=plan_id, limit=limit)
        return await self._call("GET", f"{API}/drills", list[Drill], params=params)

    async def get_drill(self, drill_id: str) -> Drill:
        return await self._call("GET", f"{API}/drills/{drill_id}", Drill)

    async def create_drill(self, spec: DrillSpec | Mapping[str, Any]) -> Drill:
        return await self._call("POST", f"{API}/drills", Drill, body=_body(spec))

    async def update_drill(self, drill_id: str, spec: DrillSpec | Mapping[str, Any]) -> Drill:
        return await self._call("PUT", f"{API}/drills/{drill_id}", Drill, body=_body(spec))

    async def test_failover_consistency(self, item_id: str) -> ConsistencyProof:
        """How the running test VM's recovery point is proven consistent, by the estate's own
        checks (a file system check can take minutes on a large disk: waited for)."""
        path = f"{API}/protected-items/{item_id}/test-failover/consistency"
        return await self._call("GET", path, ConsistencyProof, read_timeout=CHECK_TIMEOUT)

    # --- host registration (vaults whose hosts enroll: Vault.host_registration) -------------

    async def create_site(self, name: str, location: str = "") -> Site:
        body = {"name": name, "location": location}
        return await self._call("POST", f"{API}/sites", Site, body=body)

    async def create_cloud(self, site_id: str, name: str) -> Cloud:
        path = f"{API}/sites/{site_id}/clouds"
        return await self._call("POST", path, Cloud, body={"name": name})

    async def create_registration_key(
        self, site_id: str, cloud_id: str | None = None, valid_minutes: int = 60
    ) -> IssuedRegistrationKey:
        """A one-time key for one host of the site; its `key_text` (the key file, with the
        secret) is in this answer only."""
        path = f"{API}/sites/{site_id}/registration-keys"
        body = {"cloud_id": cloud_id, "valid_minutes": valid_minutes}
        return await self._call("POST", path, IssuedRegistrationKey, body=body)

    async def place_host(self, host_id: str, cloud_id: str) -> None:
        """Move an enrolled host into another cloud of its site."""
        await self._call("PUT", f"{API}/hosts/{host_id}/cloud", body={"cloud_id": cloud_id})

    async def remove_host(self, host_id: str) -> None:
        """Forget an enrolled host: its agent is refused until it registers again."""
        await self._call("DELETE", f"{API}/hosts/{host_id}")

    async def lab_site(self, site_id: str, up: bool) -> dict[str, Any]:
        """Lab vaults only: take a site down (hosts unreachable, guests stopped) or back up."""
        path = f"{API}/lab/sites/{site_id}/{'up' if up else 'down'}"
        return await self._call("POST", path, dict[str, Any])

    async def lab_link(self, cut: bool, bandwidth_bps: int | None = None) -> dict[str, Any]:
        """Lab vaults only: cut the link between the sites, or restore it (throttled to
        `bandwidth_bps` bits per second, or unlimited)."""
        body = {"cut": cut, "bandwidth_bps": bandwidth_bps}
        return await self._call("PUT", f"{API}/lab/link", dict[str, Any], body=body)

    async def lab_write_rate(self, vm_id: str, writes_per_second: float) -> dict[str, Any]:
        """Lab vaults only: how fast a VM's guest writes."""
        path = f"{API}/lab/vms/{vm_id}/write-rate"
        body = {"writes_per_second": writes_per_second}
        return await self._call("PUT", path, dict[str, Any], body=body)

    # --- jobs, alerts, audit ----------------------------------------------------------------

    async def jobs(
        self,
        state: JobState | str | None = None,
        object_id: str | None = None,
        active: bool = False,
        limit: int = 200,
    ) -> list[Job]:
        """Newest first; `active` keeps the jobs not finished yet."""
        params = _params(state=state, object_id=object_id, active=active, limit=limit)
        return await self._call("GET", f"{API}/jobs", list[Job], params=params)

    async def get_job(self, job_id: str) -> Job:
        return await self._call("GET", f"{API}/jobs/{job_id}", Job)

    async def alerts(
        self,
        unacknowledged: bool = False,
        severity: Severity | str | None = None,
        limit: int = 200,
        *,
        code: str | None = None,
        object_kind: str | None = None,
        object_id: str | None = None,
        resolved: bool | None = None,
    ) -> list[Alert]:
        """Newest first; filtered by cause code, object and whether resolved when given."""
        params = _params(
            unacknowledged=unacknowledged,
            severity=severity,
            limit=limit,
            code=code,
            object_kind=object_kind,
            object_id=object_id,
        )
        if resolved is not None:  # false is a filter here, not a default
            params["resolved"] = "true" if resolved else "false"
        return await self._call("GET", f"{API}/alerts", list[Alert], params=params)

    async def enable_protection(self, vm_id: str, pairing_id: str) -> Job:
        """Start protecting a VM under a pairing; returns the job (202)."""
        body = {"vm_id": vm_id, "pairing_id": pairing_id}
        return await self._call("POST", f"{API}/protected-items", Job, body=body)

    async def disable_protection(self, item_id: str) -> Job:
        return await self._call("DELETE", f"{API}/protected-items/{item_id}", Job)

    async def operate(
        self, item_id: str, operation: str, body: Mapping[str, Any] | None = None
    ) -> Job:
        """POST /protected-items/{id}/{operation} (test-failover, planned-failover, …)."""
        path = f"{API}/protected-items/{item_id}/{operation}"
        return await self._call("POST", path, Job, body=dict(body or {}))

    async def data_loss(self, item_id: str) -> DataLossEstimate:
        """What an unplanned failover now would lose (unreplicated bytes, each point's age)."""
        path = f"{API}/protected-items/{item_id}/data-loss"
        return await self._call("GET", path, DataLossEstimate)

    async def discarded_writes(self, item_id: str) -> DiscardedWrites:
        """Writes on the other side that reverse replication would discard."""
        path = f"{API}/protected-items/{item_id}/discarded-writes"
        return await self._call("GET", path, DiscardedWrites)

    async def operate_plan(
        self, plan_id: str, operation: str, body: Mapping[str, Any] | None = None
    ) -> Job:
        """POST /recovery-plans/{id}/{operation}: one job over the plan's groups."""
        path = f"{API}/recovery-plans/{plan_id}/{operation}"
        return await self._call("POST", path, Job, body=dict(body or {}))

    async def job_action(self, job_id: str, action: str) -> Job:
        """cancel | resume | restart, as the job's allowed_actions list them."""
        return await self._call("POST", f"{API}/jobs/{job_id}/{action}", Job)

    async def acknowledge_alert(self, alert_id: str) -> Alert:
        return await self._call("POST", f"{API}/alerts/{alert_id}/acknowledge", Alert)

    async def audit(self, limit: int = 200, actor: str | None = None) -> list[AuditEntry]:
        """Newest first (needs the operator role)."""
        params = _params(limit=limit, actor=actor)
        return await self._call("GET", f"{API}/audit", list[AuditEntry], params=params)

    # --- notification rules (admin) ----------------------------------------------------------

    async def notification_rules(self) -> list[NotificationRule]:
        return await self._call("GET", f"{API}/notification-rules", list[NotificationRule])

    async def get_notification_rule(self, rule_id: str) -> NotificationRule:
        return await self._call("GET", f"{API}/notification-rules/{rule_id}", NotificationRule)

    async def create_notification_rule(
        self, spec: NotificationRuleSpec | Mapping[str, Any]
    ) -> NotificationRule:
        body = spec.wire() if isinstance(spec, NotificationRuleSpec) else dict(spec)
        return await self._call("POST", f"{API}/notification-rules", NotificationRule, body=body)

    async def replace_notification_rule(
        self, rule_id: str, spec: NotificationRuleSpec | Mapping[str, Any]
    ) -> NotificationRule:
        """A spec without a secret keeps the stored one."""
        body = spec.wire() if isinstance(spec, NotificationRuleSpec) else dict(spec)
        path = f"{API}/notification-rules/{rule_id}"
        return await self._call("PUT", path, NotificationRule, body=body)

    async def delete_notification_rule(self, rule_id: str) -> None:
        await self._call("DELETE", f"{API}/notification-rules/{rule_id}")

    async def notification_deliveries(self, rule_id: str, limit: int = 100) -> list[Delivery]:
        """The rule's delivery log, newest first."""
        path = f"{API}/notification-rules/{rule_id}/deliveries"
        return await self._call("GET", path, list[Delivery], params=_params(limit=limit))

    async def test_notification_rule(self, rule_id: str) -> Delivery:
        """Send a test through the rule now; the answer says delivered or failed (and why)."""
        path = f"{API}/notification-rules/{rule_id}/test"
        return await self._call("POST", path, Delivery)

    # --- the change feed --------------------------------------------------------------------

    async def events(self, after: int | None = None) -> AsyncGenerator[FeedEvent, None]:
        """Follow the change feed after revision `after` (None: from now on).

        Yields heartbeats, changes in revision order, and `relist` when the server cannot
        replay from `after` (the stream ends after it). Ends when the server closes the
        stream; raises ConnectionFailed when the connection breaks or stays silent for
        `stream_read_timeout` seconds, and the ApiError of a refused request.
        Use `async with contextlib.aclosing(client.events(...)) as events:`.
        """
        headers = {} if after is None else {"Last-Event-ID": str(after)}
        timeout = httpx.Timeout(
            self._http.timeout.write,
            connect=self._connect_timeout,
            read=self.stream_read_timeout,
        )
        try:
            async with aconnect_sse(
                self._http, "GET", f"{API}/events", headers=headers, timeout=timeout
            ) as source:
                response = source.response
                if response.is_error:
                    await response.aread()
                    raise self._problem(response)
                async with contextlib.aclosing(source.aiter_sse()) as frames:
                    async for frame in frames:
                        try:
                            event = FeedEvent.parse(frame)
                        except (ValueError, KeyError, TypeError) as exc:
                            log.warning("unreadable feed frame %r: %s", frame.data[:200], exc)
                            continue
                        if event is not None:
                            yield event
        except httpx.TransportError as exc:
            raise self._connection_failed(exc) from exc
        except SSEError as exc:
            raise StandbyError(f"{self.url} did not answer with an event stream: {exc}") from exc
