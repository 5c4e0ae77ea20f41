"""`standby agent --libvirt URI …`: a libvirt host's agent, from enrollment to serving.

The first start enrolls with `--register KEYFILE` (a one-time registration key); every start
after that reconnects with the identity it keeps in `--storage`. It serves this host's
replicas on `--listen`, resumes the protections it ran before, and keeps its connection to
the control plane until stopped (Ctrl+C, SIGTERM) or refused (the host was removed).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import socket
import sys
from pathlib import Path

import libvirt

from app.agents.agent import AgentRuntime, Identity, Refused, enroll
from app.agents.keys import read_key_file
from app.replication.heap import steady_heap

from .host import LibvirtHost

log = logging.getLogger(__name__)


def _refuse(message: str) -> int:
    print(f"standby agent: {message}", file=sys.stderr, flush=True)
    return 2


def run_host_agent(args: argparse.Namespace) -> int:
    steady_heap()  # it reads and ships (and receives) replication data: see heap.py
    try:
        return asyncio.run(_run(args))
    except KeyboardInterrupt:
        return 0


async def _run(args: argparse.Namespace) -> int:
    if args.bandwidth is not None and args.bandwidth <= 0:
        return _refuse(f"--bandwidth {args.bandwidth}: give a positive number of Mbit/s")
    storage = Path(args.storage).resolve()
    storage.mkdir(parents=True, exist_ok=True)
    host, port = args.listen
    identity = Identity.load(storage)
    if identity is None:
        if not args.register:
            return _refuse(
                f"this host is not enrolled yet (nothing in {storage}/identity): give "
                "--register KEYFILE, a registration key from `standby host-key create`"
            )
        try:
            key = read_key_file(Path(args.register))
        except ValueError as exc:
            return _refuse(str(exc))
        name = args.name or socket.gethostname()
        try:
            identity = await enroll(key, storage, name, [host if host != "0.0.0.0" else name])
        except Refused as exc:
            return _refuse(f"enrollment refused: {exc}")
        print(f"Enrolled as host {name} ({identity.host_id}).", flush=True)
    elif args.register:
        print(f"Already enrolled ({identity.host_id}): the registration key was not used.")
    try:
        estate = LibvirtHost(
            args.libvirt,
            storage,
            (host, port),
            identity,
            domains=args.domains,
            bandwidth_bps=int(args.bandwidth * 1_000_000) if args.bandwidth else None,
        )
    except libvirt.libvirtError as exc:
        return _refuse(f"cannot open libvirt at {args.libvirt}: {exc.get_error_message()}")
    runtime = AgentRuntime(identity, estate)
    estate.notify = runtime.notify
    try:
        await asyncio.to_thread(estate.serve_replicas)
    except OSError as exc:
        await estate.close()
        return _refuse(str(exc))
    await estate.resume()
    print(
        f"Standby agent of host {identity.host_id}: libvirt {args.libvirt}, replicas on "
        f"{estate.replica_address()}, control plane {identity.hub}. Stop with Ctrl+C.",
        flush=True,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    serving = asyncio.create_task(runtime.run_forever())
    stopping = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if serving.done() and isinstance(serving.exception(), Refused):
            return _refuse(f"the control plane refused this host: {serving.exception()}")
        return 0
    finally:
        for task in (serving, stopping):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await estate.close()
        print("Standby agent stopped.", flush=True)
