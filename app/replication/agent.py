"""`standby agent`: one recovery-host agent as its own process.

It serves the host's replica storage (`--storage`) to primary hosts over HTTPS, and accepts
only clients whose certificate the pairing CA (`--ca`) signed — certificate authentication,
as Hyper-V Replica does it:

    standby agent --listen 0.0.0.0:7443 --storage /srv/standby/replicas \\
        --cert host.crt --key host.key --ca pairing-ca.crt

Also runnable as `python -m app.replication.agent ...` (the tests do, to kill it mid-stream).
"""

from __future__ import annotations

import argparse
import logging
import ssl
from pathlib import Path
from typing import Any

import uvicorn

from .http_transport import make_agent_app
from .transport import ReplicaService

DEFAULT_PORT = 7443


def parse_listen(value: str) -> tuple[str, int]:
    """`HOST:PORT`, `[v6]:PORT` or `:PORT` (all interfaces)."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    host = host.strip("[]") or "0.0.0.0"
    return host, int(port)


def build_agent_server(
    service: ReplicaService,
    host: str,
    port: int,
    cert: Path,
    key: Path,
    ca: Path,
    *,
    log_level: str = "warning",
) -> uvicorn.Server:
    """A uvicorn server for `service` over TLS with required client certificates; call
    `.run()` (blocking; fine on a thread) and set `.should_exit` to stop it."""
    for path in (cert, key, ca):
        if not Path(path).is_file():
            raise FileNotFoundError(path)
    config = uvicorn.Config(
        make_agent_app(service),
        host=host,
        port=port,
        ssl_certfile=str(cert),
        ssl_keyfile=str(key),
        ssl_ca_certs=str(ca),
        ssl_cert_reqs=ssl.CERT_REQUIRED,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_keep_alive=30,
        timeout_graceful_shutdown=5,
    )
    return uvicorn.Server(config)


def run_agent(
    host: str,
    port: int,
    storage: Path,
    cert: Path,
    key: Path,
    ca: Path,
    *,
    log_level: str = "warning",
) -> None:
    """Serve the replica storage under `storage` until interrupted."""
    service = ReplicaService(Path(storage))
    try:
        server = build_agent_server(service, host, port, cert, key, ca, log_level=log_level)
        logging.getLogger(__name__).info("agent on https://%s:%d, storage %s", host, port, storage)
        server.run()
    finally:
        service.close()


def cmd_agent(args: argparse.Namespace) -> int:
    host, port = args.listen
    run_agent(
        host,
        port,
        Path(args.storage),
        Path(args.cert),
        Path(args.key),
        Path(args.ca),
        log_level=args.log_level,
    )
    return 0


def _add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--listen",
        type=parse_listen,
        default=("0.0.0.0", DEFAULT_PORT),
        metavar="HOST:PORT",
        help=f"address to serve on (default 0.0.0.0:{DEFAULT_PORT})",
    )
    p.add_argument("--storage", required=True, help="folder of this host's replica disks")
    p.add_argument("--cert", required=True, help="this host's certificate (PEM)")
    p.add_argument("--key", required=True, help="this host's private key (PEM)")
    p.add_argument("--ca", required=True, help="the pairing CA: clients must be signed by it")
    p.add_argument(
        "--log-level",
        default="warning",
        choices=["critical", "error", "warning", "info", "debug"],
    )
    p.set_defaults(func=cmd_agent)


def add_agent_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Define `standby agent` on the CLI's subparsers; `args.func(args)` runs it."""
    p = subparsers.add_parser(
        "agent",
        help="run a recovery-host replication agent (HTTPS, client certificates)",
        description="Serve this host's replica storage to primary hosts over HTTPS; only "
        "clients with a certificate signed by the pairing CA are accepted.",
    )
    _add_arguments(p)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.replication.agent")
    _add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper())
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
