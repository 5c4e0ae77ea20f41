"""A host agent's end: enroll once, then stay connected to the control plane's hub.

The agent's identity (its key, the certificate the vault's CA signed, that CA, the hub's
address and its host id) lives in `<storage>/identity/`; enrolling writes it once, and every
start after that reconnects with it. The connection is kept with a backoff (up to 10 s)
across hub restarts and cut links; a refusal (the host was removed) ends the agent with the
reason. What the host runs is a `HostEstate`: the agent passes it the control plane's
commands and sends its inventory whenever it says it changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from app.replication.sparse import write_json_atomic

from .hub import HEARTBEAT_SECONDS
from .keys import KeyFile, make_csr
from .wire import LINE_LIMIT, Link, LinkClosed, read_message, write_message

log = logging.getLogger(__name__)

VERSION = "1"
RECONNECT_MAX_SECONDS = 10.0


class HostEstate(Protocol):
    """What runs on one host, as its agent serves it to the control plane."""

    def inventory(self) -> dict[str, Any]:
        """{"name", "vms": [...], "networks": [...], "storage": {...}}: JSON. Blocks."""
        ...

    def watch_changes(self, changed: Callable[[], None]) -> None:
        """Call `changed` (from any thread) when the inventory changed."""
        ...

    def heartbeat(self) -> dict[str, Any]:
        """What each heartbeat carries: {"storage": {...}} (the storage volume's figures),
        {"libvirt": {"connected": bool}} (whether the hypervisor answers), {"pending": {vm id:
        bytes}} (what each VM it replicates wrote since its newest checkpoint); JSON. Blocks."""
        ...

    async def command(self, method: str, params: dict[str, Any]) -> Any:
        """Carry out a control plane's command; its JSON answer."""
        ...

    def replica_address(self) -> str:
        """host:port of this host's replica service (peers ship replication there)."""
        ...


class Refused(Exception):
    """The control plane refused this agent (enrollment or admission), with its reason."""


@dataclass(frozen=True)
class Identity:
    host_id: str
    hub: str  # host:port
    folder: Path

    @property
    def cert(self) -> Path:
        return self.folder / "host.crt"

    @property
    def key(self) -> Path:
        return self.folder / "host.key"

    @property
    def ca(self) -> Path:
        return self.folder / "ca.crt"

    @classmethod
    def load(cls, storage: Path) -> Identity | None:
        folder = storage / "identity"
        try:
            raw = json.loads((folder / "identity.json").read_text())
        except FileNotFoundError:
            return None
        return cls(raw["host_id"], raw["hub"], folder)


def split_address(address: str) -> tuple[str, int]:
    host, _, port = address.rpartition(":")
    return host.strip("[]"), int(port)


async def enroll(key: KeyFile, storage: Path, host_name: str, addresses: list[str]) -> Identity:
    """Enroll with a registration key; writes the identity and returns it (Refused: why not)."""
    folder = storage / "identity"
    folder.mkdir(parents=True, exist_ok=True)
    key_pem, csr_pem = make_csr(host_name, addresses)
    ca_file = folder / "ca.crt"
    ca_file.write_bytes(key.ca_pem)
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ca_file))
    host, port = split_address(key.hub)
    try:
        reader, writer = await asyncio.open_connection(
            host, port, ssl=ctx, limit=LINE_LIMIT, server_hostname=host
        )
    except (OSError, ssl.SSLError) as exc:
        raise Refused(f"cannot reach the control plane at {key.hub}: {exc}") from exc
    try:
        await write_message(
            writer,
            {
                "id": 1,
                "method": "enroll",
                "params": {
                    "key_id": key.key_id,
                    "secret": key.secret,
                    "csr": csr_pem.decode(),
                    "host_name": host_name,
                    "addresses": addresses,
                },
            },
        )
        answer = await read_message(reader)
    finally:
        writer.close()
    if answer is None:
        raise Refused("the control plane closed the connection without answering")
    if "error" in answer:
        raise Refused(str((answer["error"] or {}).get("message", "refused")))
    result = answer["result"]
    (folder / "host.crt").write_text(result["certificate"])
    ca_file.write_text(result["ca"])
    fd = os.open(folder / "host.key", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key_pem)
    write_json_atomic(folder / "identity.json", {"host_id": result["host_id"], "hub": key.hub})
    return Identity(result["host_id"], key.hub, folder)


class AgentRuntime:
    """Keeps the connection to the hub and serves the estate over it."""

    def __init__(self, identity: Identity, estate: HostEstate) -> None:
        self.identity = identity
        self.estate = estate
        self.link: Link | None = None
        self.connected = asyncio.Event()
        self._dirty = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def ssl_context(self) -> ssl.SSLContext:
        ident = self.identity
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(ident.ca))
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_cert_chain(str(ident.cert), str(ident.key))
        return ctx

    def _changed(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._dirty.set)

    async def run_forever(self) -> None:
        """Connect, serve, reconnect; returns only by Refused (or cancellation)."""
        self._loop = asyncio.get_running_loop()
        self.estate.watch_changes(self._changed)
        backoff = 0.5
        while True:
            try:
                await self._session()
                backoff = 0.5
            except Refused:
                raise
            except (
                OSError,
                ssl.SSLError,
                LinkClosed,
                TimeoutError,
                asyncio.IncompleteReadError,
            ) as exc:
                log.info("connection to the control plane at %s: %s", self.identity.hub, exc)
            self.connected.clear()
            await asyncio.sleep(backoff * (0.5 + random.random()))
            backoff = min(backoff * 2, RECONNECT_MAX_SECONDS)

    async def _session(self) -> None:
        host, port = split_address(self.identity.hub)
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(
                host, port, ssl=self.ssl_context(), limit=LINE_LIMIT, server_hostname=host
            ),
            15.0,
        )
        try:
            inventory = await asyncio.to_thread(self.estate.inventory)
            await write_message(
                writer,
                {
                    "event": "hello",
                    "data": {
                        "version": VERSION,
                        "hostname": socket.gethostname(),
                        "replica_address": self.estate.replica_address(),
                        "inventory": inventory,
                    },
                },
            )
            answer = await asyncio.wait_for(read_message(reader), 15.0)
            if answer is None:
                raise LinkClosed("the control plane closed the connection")
            if answer.get("event") == "refused":
                raise Refused(str((answer.get("data") or {}).get("reason", "refused")))
            link = self.link = Link(
                reader,
                writer,
                handler=self._command,
                on_event=self._event,
                name="control plane",
            )
            self.connected.set()
            log.info("connected to the control plane at %s", self.identity.hub)
            self._dirty.clear()
            tasks = [
                asyncio.create_task(link.run()),
                asyncio.create_task(self._heartbeats(link)),
                asyncio.create_task(self._inventories(link)),
            ]
            try:
                await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for task in tasks:
                    task.cancel()
                for task in tasks:
                    with contextlib.suppress(asyncio.CancelledError, LinkClosed, OSError):
                        await task
            if self._refusal is not None:
                raise Refused(self._refusal)
        finally:
            self.link = None
            writer.close()

    _refusal: str | None = None

    def _event(self, event: str, data: dict[str, Any]) -> None:
        if event == "refused":
            self._refusal = str(data.get("reason", "refused"))
            log.error("the control plane refused this host: %s", self._refusal)

    async def _command(self, method: str, params: dict[str, Any]) -> Any:
        """The estate answers the control plane; a command that changed what this host
        reports sends the new inventory before its answer, so the control plane never acts on
        the old one after it (a cancel right after a failover must find the recovery VM)."""
        try:
            return await self.estate.command(method, params)
        finally:
            await asyncio.sleep(0)  # the estate's change callbacks (call_soon_threadsafe) run
            link = self.link
            if self._dirty.is_set() and link is not None:
                self._dirty.clear()
                with contextlib.suppress(LinkClosed, OSError):
                    await link.notify("inventory", await asyncio.to_thread(self.estate.inventory))

    async def _heartbeats(self, link: Link) -> None:
        while True:
            await link.notify("heartbeat", await asyncio.to_thread(self.estate.heartbeat))
            await asyncio.sleep(HEARTBEAT_SECONDS)

    async def _inventories(self, link: Link) -> None:
        while True:
            await self._dirty.wait()
            await asyncio.sleep(0.1)  # a burst of events (define, start) becomes one report
            self._dirty.clear()
            await link.notify("inventory", await asyncio.to_thread(self.estate.inventory))

    async def notify(self, event: str, data: dict[str, Any]) -> None:
        """An event to the control plane when connected (progress); dropped otherwise."""
        link = self.link
        if link is not None:
            with contextlib.suppress(LinkClosed):
                await link.notify(event, data)
