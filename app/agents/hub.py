"""The control plane's end of the agents' connections.

One TLS listener. A connection without a client certificate may only enroll: its first line
is `{"method": "enroll", ...}` with a registration key and a certificate request, answered with
the certificate the vault's CA signed (or why not), and the connection ends. A connection
with a certificate the CA signed is a host agent: admitted if the registry still knows that
host with that certificate, refused with the reason otherwise. An admitted agent says hello
(its inventory, the address its replica service listens on), then sends heartbeats and its
inventory whenever it changes; the control plane sends it commands (`Hub.call`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.domain.fabric import FabricError

from .registry import EnrollmentRefused, Registry
from .wire import LINE_LIMIT, Link, LinkClosed, RemoteError, read_message, write_message

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0  # how often an agent says it is there
SILENCE_SECONDS = 10.0  # a connection quiet for this long is taken for dead
ENROLL_SECONDS = 30.0  # an unauthenticated connection must have enrolled by then


@dataclass
class AgentSession:
    """An admitted agent's connection and what it last said."""

    host_id: str
    link: Link
    hello: dict[str, Any]
    inventory: dict[str, Any]
    last_heartbeat: datetime = field(default_factory=lambda: datetime.now(UTC))
    last_heard: float = field(default_factory=time.monotonic)
    listeners: list[Callable[[str, dict[str, Any]], None]] = field(default_factory=list)

    @property
    def version(self) -> str:
        return str(self.hello.get("version", ""))


@dataclass
class HostSeen:
    """What the control plane remembers of a host whose agent is away."""

    inventory: dict[str, Any]
    last_heartbeat: datetime | None
    version: str


def peer_identity(writer: asyncio.StreamWriter) -> tuple[str, int] | None:
    """(host id, certificate serial) of a peer that presented a certificate."""
    ssl_object = writer.get_extra_info("ssl_object")
    der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    if not der:
        return None
    cert = x509.load_der_x509_certificate(der)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if not names:
        return None
    return str(names[0].value), cert.serial_number


class Hub:
    def __init__(self, registry: Registry, folder: Path, host: str, port: int) -> None:
        self.registry = registry
        self.folder = folder  # the registry's: the CA and the hub's certificate
        self.host = host
        self.port = port
        self.sessions: dict[str, AgentSession] = {}
        self.seen: dict[str, HostSeen] = {}  # every host heard from, with its last inventory
        self.changed: Callable[[], None] = lambda: None
        self.events: list[Callable[[str, str, dict[str, Any]], None]] = []  # (host, event, data)
        self._server: asyncio.Server | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self._connections: set[asyncio.Task[None]] = set()

    def ssl_context(self) -> ssl.SSLContext:
        folder = self.folder
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(str(folder / "hub.crt"), str(folder / "hub.key"))
        ctx.load_verify_locations(cafile=str(folder / "ca.crt"))
        ctx.verify_mode = ssl.CERT_OPTIONAL  # none: it may only enroll
        return ctx

    async def start(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._connected, self.host, self.port, ssl=self.ssl_context(), limit=LINE_LIMIT
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._watchdog = asyncio.create_task(self._watch_silence(), name="agent-watchdog")
        log.info("agents connect to %s:%d", self.host, self.port)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for session in list(self.sessions.values()):
            await session.link.close()
        for task in [*self._connections, *([self._watchdog] if self._watchdog else [])]:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2.0)
            self._server = None

    # --- asking agents ------------------------------------------------------------------------

    def host_name(self, host_id: str) -> str:
        for host in self.registry.hosts():
            if host.id == host_id:
                return host.name
        return host_id

    def session(self, host_id: str) -> AgentSession:
        session = self.sessions.get(host_id)
        if session is None:
            name = self.host_name(host_id)
            raise FabricError(f"the agent of host {name} is not connected")
        return session

    async def call(
        self,
        host_id: str,
        method: str,
        params: dict[str, Any] | None = None,
        timeout: float | None = 60.0,
    ) -> Any:
        """A command to a host's agent; FabricError when it is away or refuses."""
        session = self.session(host_id)
        try:
            return await session.link.call(method, params, timeout)
        except RemoteError as exc:
            raise FabricError(str(exc)) from exc
        except (LinkClosed, TimeoutError) as exc:
            name = self.host_name(host_id)
            raise FabricError(f"the agent of host {name} did not answer: {exc}") from exc

    async def disconnect(self, host_id: str, reason: str) -> None:
        """End a host's connection (the host was removed)."""
        session = self.sessions.pop(host_id, None)
        self.seen.pop(host_id, None)
        if session is not None:
            with contextlib.suppress(LinkClosed):
                await session.link.notify("refused", {"reason": reason})
            await session.link.close()
        self.changed()

    # --- connections --------------------------------------------------------------------------

    async def _connected(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            identity = peer_identity(writer)
            if identity is None:
                await self._enroll(reader, writer)
            else:
                await self._agent(reader, writer, *identity)
        except (ConnectionError, OSError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except Exception:
            log.exception("agent connection failed")
        finally:
            self._connections.discard(task)
            writer.close()

    async def _enroll(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            message = await asyncio.wait_for(read_message(reader), ENROLL_SECONDS)
        except ValueError:
            message = None
        if not message or message.get("method") != "enroll":
            await write_message(
                writer,
                {
                    "id": None,
                    "error": {
                        "type": "EnrollmentRefused",
                        "message": "enroll first: this connection has no "
                        "certificate the control plane issued",
                    },
                },
            )
            return
        params = message.get("params") or {}
        try:
            record, cert_pem = self.registry.enroll(
                str(params.get("key_id", "")),
                str(params.get("secret", "")),
                str(params.get("csr", "")).encode(),
                str(params.get("host_name", "")),
                [str(a) for a in params.get("addresses", [])],
            )
        except EnrollmentRefused as exc:
            log.warning("an enrollment was refused: %s", exc)
            await write_message(
                writer,
                {
                    "id": message.get("id"),
                    "error": {"type": "EnrollmentRefused", "message": str(exc)},
                },
            )
            return
        log.info("host %s (%s) enrolled", record.name, record.id)
        ca_pem = (self.folder / "ca.crt").read_text()
        await write_message(
            writer,
            {
                "id": message.get("id"),
                "result": {"host_id": record.id, "certificate": cert_pem.decode(), "ca": ca_pem},
            },
        )
        self.changed()

    async def _agent(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host_id: str, serial: int
    ) -> None:
        refusal = self.registry.admitted(host_id, serial)
        if refusal is not None:
            log.warning("agent of %s refused: %s", host_id, refusal)
            await write_message(writer, {"event": "refused", "data": {"reason": refusal}})
            # Close only after the agent has read it: closing with its hello unread resets
            # the connection, and the agent, never seeing the refusal, would retry for ever.
            with contextlib.suppress(TimeoutError, OSError, ValueError):
                await asyncio.wait_for(reader.read(), ENROLL_SECONDS)
            return
        hello = await asyncio.wait_for(read_message(reader), ENROLL_SECONDS)
        if not hello or hello.get("event") != "hello":
            return
        data = hello.get("data") or {}
        link = Link(reader, writer, name=f"agent {host_id}")
        session = AgentSession(host_id, link, data, data.get("inventory") or {})
        link.on_event = lambda event, payload: self._event(session, event, payload)
        old = self.sessions.get(host_id)
        self.sessions[host_id] = session
        if old is not None:  # a reconnection before the old one was noticed gone
            await old.link.close()
        self._remember(session)
        await write_message(writer, {"event": "welcome", "data": {"host_id": host_id}})
        log.info("agent of host %s connected", self.host_name(host_id))
        self.changed()
        try:
            await link.run()
        finally:
            if self.sessions.get(host_id) is session:
                del self.sessions[host_id]
                log.warning("agent of host %s disconnected", self.host_name(host_id))
                self.changed()

    def _remember(self, session: AgentSession) -> None:
        self.seen[session.host_id] = HostSeen(
            session.inventory, session.last_heartbeat, session.version
        )

    def _event(self, session: AgentSession, event: str, data: dict[str, Any]) -> None:
        session.last_heard = time.monotonic()
        session.last_heartbeat = datetime.now(UTC)
        if event == "inventory":
            session.inventory = data
            self._remember(session)
            self.changed()
        elif event == "heartbeat":
            reported: dict[str, Any] = {
                k: data[k] for k in ("storage", "libvirt", "pending") if k in data
            }
            if reported:
                changed = reported.get("libvirt") != session.inventory.get("libvirt")
                session.inventory = {**session.inventory, **reported}
                if changed and "libvirt" in reported:
                    self.changed()
            self._remember(session)
        for listener in list(self.events):
            listener(session.host_id, event, data)

    async def _watch_silence(self) -> None:
        """Close connections that stopped talking (a host that froze or a cut the TCP stack
        has not noticed yet): the agent counts as disconnected then, and reconnects."""
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            quiet = time.monotonic() - SILENCE_SECONDS
            for session in list(self.sessions.values()):
                if session.last_heard < quiet:
                    log.warning("agent of %s went silent: closing its connection", session.host_id)
                    await session.link.close()
