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
import contextlib
import logging
import socket
import ssl
import sys
from collections.abc import Callable
from pathlib import Path

import uvicorn

from .agent_cli import DEFAULT_PORT as DEFAULT_PORT
from .agent_cli import add_agent_parser as add_agent_parser
from .agent_cli import add_arguments
from .agent_cli import parse_listen as parse_listen
from .heap import steady_heap
from .http_transport import ARRIVING_MIN_BYTES, make_agent_app
from .transport import ReplicaService


class QuietServer(uvicorn.Server):
    """uvicorn's server, except that SIGINT/SIGTERM are not raised again once serving stops
    (the process closes what it holds, says it stopped, and exits with status 0), and that
    it prints `banner` once it serves (its signal handlers in place). The agent and the
    control plane (app/cli.py) both serve with it."""

    banner = ""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        # Called as shutdown begins, before uvicorn waits for open requests: what ends the
        # endless ones (the control plane's change feed), so none is cancelled mid-stream.
        self.before_shutdown: list[Callable[[], None]] = []

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.banner and not self.should_exit:
            print(self.banner, flush=True)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for callback in self.before_shutdown:
            callback()
        await super().shutdown(sockets)

    @contextlib.contextmanager
    def capture_signals(self):
        with super().capture_signals():
            try:
                yield
            finally:
                self._captured_signals.clear()


def build_agent_server(
    service: ReplicaService,
    host: str,
    port: int,
    cert: Path,
    key: Path,
    ca: Path,
    *,
    log_level: str = "warning",
    banner: str = "",
    arriving_min_bytes: int = ARRIVING_MIN_BYTES,
) -> uvicorn.Server:
    """A uvicorn server for `service` over TLS with required client certificates; call
    `.run()` (blocking; fine on a thread) and set `.should_exit` to stop it. It prints
    `banner` once it serves."""
    for path in (cert, key, ca):
        if not Path(path).is_file():
            raise FileNotFoundError(path)
    config = uvicorn.Config(
        make_agent_app(service, arriving_min_bytes=arriving_min_bytes),
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
    server = QuietServer(config)
    server.banner = banner
    return server


def certificate_subject(cert: Path) -> str:
    """The certificate's subject as RFC 4514 text (CN=…,O=…)."""
    from cryptography import x509

    return x509.load_pem_x509_certificate(Path(cert).read_bytes()).subject.rfc4514_string()


def _refuse(message: str) -> int:
    print(f"standby agent: {message}", file=sys.stderr, flush=True)
    return 2


def cmd_agent(args: argparse.Namespace) -> int:
    """`standby agent`: says where it listens, as whom and on which storage; a one-line
    refusal (status 2) for a missing or unreadable file or an address it cannot take."""
    host, port = args.listen
    for option in ("cert", "key", "ca"):
        if not getattr(args, option):
            return _refuse(f"--{option} is required (or --libvirt URI for a host agent)")
    cert, key, ca, storage = Path(args.cert), Path(args.key), Path(args.ca), Path(args.storage)
    steady_heap()  # the data path's buffers: see heap.py
    for option, path in (("--cert", cert), ("--key", key), ("--ca", ca)):
        if not path.is_file():
            return _refuse(f"{option} {path}: no such file")
    try:
        subject = certificate_subject(cert)
    except ValueError:
        return _refuse(f"--cert {cert}: not a PEM certificate")
    except OSError as exc:
        return _refuse(f"--cert {cert}: cannot read it ({exc.strerror or exc})")
    if storage.exists() and not storage.is_dir():
        return _refuse(f"--storage {storage} is a file: give a folder (made if missing)")
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        return _refuse(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    port = sock.getsockname()[1]
    where = f"[{host}]" if ":" in host else host
    banner = (
        f"Standby agent listening on https://{where}:{port}\n"
        f"  certificate  {subject}\n"
        f"  storage      {storage.resolve()}\n"
        "Stop with Ctrl+C."
    )
    try:
        service = ReplicaService(storage)
    except OSError as exc:
        sock.close()
        return _refuse(f"--storage {storage}: {exc.strerror or exc}: give a folder it can write")
    try:
        try:
            server = build_agent_server(
                service, host, port, cert, key, ca, log_level=args.log_level, banner=banner
            )
            server.config.load()  # the certificate and key are read now, not at a first client
        except (ssl.SSLError, OSError) as exc:
            return _refuse(f"cannot use --cert {cert} with --key {key} and --ca {ca}: {exc}")
        server.run(sockets=[sock])
    finally:
        service.close()
        sock.close()
    print("Standby agent stopped.", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.replication.agent")
    add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper())
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
