"""`standby agent`'s arguments, apart from the agent (uvicorn, the HTTPS transport): the
`standby` command builds every subcommand's parser at each start, the console's included,
and the agent is imported only when it runs."""

from __future__ import annotations

import argparse
from typing import Any

DEFAULT_PORT = 7443


def parse_listen(value: str) -> tuple[str, int]:
    """`HOST:PORT`, `[v6]:PORT` or `:PORT` (all interfaces)."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    host = host.strip("[]") or "0.0.0.0"
    return host, int(port)


def _cmd_agent(args: argparse.Namespace) -> int:
    from .agent import cmd_agent

    return cmd_agent(args)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--listen",
        type=parse_listen,
        default=("0.0.0.0", DEFAULT_PORT),
        metavar="HOST:PORT",
        help=f"address to serve on (default 0.0.0.0:{DEFAULT_PORT})",
    )
    p.add_argument("--storage", required=True, help="folder of this host's replica disks")
    p.add_argument("--cert", help="this host's certificate (PEM); not with --libvirt")
    p.add_argument("--key", help="this host's private key (PEM); not with --libvirt")
    p.add_argument("--ca", help="the pairing CA: clients must be signed by it")
    p.add_argument(
        "--libvirt",
        metavar="URI",
        help="a host agent of this libvirt host (e.g. qemu:///system) that enrolls with the "
        "control plane: its certificates come from the vault's CA",
    )
    p.add_argument(
        "--register", metavar="KEYFILE", help="with --libvirt: enroll with this registration key"
    )
    p.add_argument("--name", help="with --libvirt: this host's name (default: its hostname)")
    p.add_argument(
        "--bandwidth",
        metavar="MBIT",
        type=float,
        help="with --libvirt: the most this host ships to each recovery host, in Mbit/s "
        "(default unlimited)",
    )
    p.add_argument(
        "--domains",
        metavar="GLOB",
        default="*",
        help="with --libvirt: only the domains whose names match (default all); for agents "
        "that share one libvirt, as a practice estate on one machine does",
    )
    p.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
    )
    p.set_defaults(func=_cmd_agent)


def add_agent_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Define `standby agent` on the CLI's subparsers; `args.func(args)` runs it."""
    p = subparsers.add_parser(
        "agent",
        help="run a recovery-host replication agent (HTTPS, client certificates)",
        description="Serve this host's replica storage to primary hosts over HTTPS; only "
        "clients with a certificate signed by the pairing CA are accepted.",
    )
    add_arguments(p)
    return p
