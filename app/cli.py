"""The `standby` command: console, serve, lab, token, and read verbs for scripts."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "standby"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite+aiosqlite:///{data_dir() / 'vault.db'}"


def sqlite_path(url: str) -> Path | None:
    prefix = "sqlite+aiosqlite:///"
    return Path(url[len(prefix) :]) if url.startswith(prefix) else None


def _db_url(value: str | None, default: str) -> str:
    url = value or default
    if "://" not in url:  # a plain path means a SQLite file
        url = f"sqlite+aiosqlite:///{Path(url).resolve()}"
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return url


# --- serve and lab ----------------------------------------------------------------------------


def _add_serve_options(p: argparse.ArgumentParser, port: int) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=port, help=f"port (default {port}; 0 = any free)")
    p.add_argument("--db", help="database URL or SQLite file (default: the user data folder)")
    p.add_argument("--tls-cert", type=Path, help="certificate (PEM): serve HTTPS")
    p.add_argument("--tls-key", type=Path, help="private key (PEM) for --tls-cert")
    p.add_argument(
        "--name", help="this process's name in job leases and metrics (default host:pid)"
    )
    p.add_argument(
        "--lease-seconds",
        type=float,
        default=15.0,
        help="PostgreSQL: how long a job's lease outlives its process (default 15)",
    )


def _control_plane_server_class() -> type:
    import uvicorn

    class ControlPlaneServer(uvicorn.Server):
        """uvicorn's server, except that SIGINT/SIGTERM are not raised again once serving
        stops: `_serve` closes the vault first, then the process exits normally."""

        @contextlib.contextmanager
        def capture_signals(self):  # type: ignore[override]
            with super().capture_signals():
                try:
                    yield
                finally:
                    self._captured_signals.clear()

    return ControlPlaneServer


async def _serve(
    args: argparse.Namespace, fabric: Any = None, on_ready: Any = None, fabric_later: Any = None
) -> None:
    import socket

    import uvicorn

    from app.server.app import create_app
    from app.server.context import Settings, open_context

    if bool(args.tls_cert) != bool(args.tls_key):
        raise SystemExit("standby: --tls-cert and --tls-key go together")
    if args.lease_seconds <= 0:
        raise SystemExit("standby: --lease-seconds must be positive")
    settings = Settings(lease_seconds=args.lease_seconds)
    ctx = await open_context(args.db_url, fabric, settings, process_name=args.name)
    ctx.fabric_later = fabric_later
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without it, each answer on a kept-alive connection
    # waits ~40 ms for the client's delayed ACK (uvicorn sets it only on sockets it binds).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        raise SystemExit(f"standby: cannot listen on {args.host}:{args.port}: {exc}") from None
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(ctx),
        log_level="warning",
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        timeout_graceful_shutdown=2,
    )
    server = _control_plane_server_class()(config)
    scheme = "https" if args.tls_cert else "http"
    url = f"{scheme}://{args.host}:{port}"
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.02)
    if task.done():
        await task
        return
    if on_ready is not None:
        await on_ready(ctx, url)
    else:
        print(f"Standby control plane serving {url} (database {args.db_url})", flush=True)
    try:
        await task
    finally:
        await ctx.store.close()


def cmd_serve(args: argparse.Namespace) -> int:
    args.db_url = _db_url(args.db, default_db_url())
    asyncio.run(_serve(args))
    return 0


def cmd_lab(args: argparse.Namespace) -> int:
    from app.lab.clock import LabClock
    from app.lab.fabric import LabFabric

    folder = Path(args.data) if args.data else data_dir() / "lab"
    folder.mkdir(parents=True, exist_ok=True)
    args.db_url = _db_url(args.db, f"sqlite+aiosqlite:///{folder / 'vault.db'}")
    fabric: Any = None
    fabric_later: Any = None
    if args.db_url.startswith("postgresql"):
        # Several lab processes on one vault share one estate, which one process at a time
        # can drive: the others serve without it and take it over when its holder dies.
        from app.server.scaleout import FolderLock

        lock = FolderLock(folder)

        async def estate_when_free() -> Any:
            await lock.acquire()
            return LabFabric(clock=LabClock(args.clock), folder=folder)

        if lock.try_acquire():
            fabric = LabFabric(clock=LabClock(args.clock), folder=folder)
        else:
            fabric_later = estate_when_free
    else:
        fabric = LabFabric(clock=LabClock(args.clock), folder=folder)

    async def ready(ctx: Any, url: str) -> None:
        from app.server.auth import generate_token, hash_token

        if ctx.fabric is not None and await seed_lab(ctx):
            await protect_lab_vms(ctx, args.protect)
        token = generate_token()
        await ctx.store.add_token("lab-operator", "operator", hash_token(token))
        counts = [len(await ctx.store.list(k)) for k in ("site", "cloud", "host", "vm")]
        estate = "" if ctx.fabric is not None else " (estate driven by another process)"
        print(
            f"Standby lab: {counts[0]} sites, {counts[1]} clouds, "
            f"{counts[2]} hosts, {counts[3]} VMs (clock ×{args.clock:g}){estate}\n"
            f"  control plane  {url}\n"
            f"  operator token {token}\n"
            f"  data           {folder}\n"
            f"Connect with:  STANDBY_URL={url} STANDBY_TOKEN={token} standby status\n"
            "Stop with Ctrl+C.",
            flush=True,
        )

    if args.headless or not has_display():
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(args, fabric=fabric, on_ready=ready, fabric_later=fabric_later))
        return 0
    return _lab_with_console(args, fabric, ready, fabric_later)


def has_display() -> bool:
    """Whether a window can be shown here (X11, Wayland, Windows, macOS, or a Qt platform)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )


def _lab_with_console(
    args: argparse.Namespace, fabric: Any, ready: Any, fabric_later: Any = None
) -> int:
    """The lab's control plane in a background thread, the console in the main thread."""
    import threading

    started = threading.Event()
    found: dict[str, Any] = {}

    async def on_ready(ctx: Any, url: str) -> None:
        await ready(ctx, url)
        from app.server.auth import generate_token, hash_token

        token = generate_token()
        await ctx.store.add_token("lab-console", "operator", hash_token(token))
        found.update(
            url=url, token=token, loop=asyncio.get_running_loop(), task=asyncio.current_task()
        )
        started.set()

    def serve() -> None:
        try:
            asyncio.run(_serve(args, fabric=fabric, on_ready=on_ready, fabric_later=fabric_later))
        except (asyncio.CancelledError, SystemExit) as exc:
            found.setdefault("error", exc)
        finally:
            started.set()

    thread = threading.Thread(target=serve, name="standby-lab-server", daemon=True)
    thread.start()
    started.wait()
    if "url" not in found:
        raise SystemExit(f"standby: the lab did not start: {found.get('error')}")
    from app.console.app import run_console

    console_args = argparse.Namespace(
        profile="lab", url=found["url"], token=found["token"], ca=None
    )
    try:
        return run_console(console_args)
    finally:
        found["loop"].call_soon_threadsafe(found["task"].cancel)
        thread.join(10)


async def seed_lab(ctx: Any) -> bool:
    """A default policy, the Gold and Silver pairings and the production network mapping.
    Returns whether the vault was new (seeded now)."""
    from app.domain.model import NetworkMappingSpec, PairingSpec, PolicySpec
    from app.server import configuration

    store = ctx.store
    if await store.list("policy"):
        return False
    policy = await configuration.create_policy(
        store,
        PolicySpec(
            name="Default (5 min, 24 h)",
            copy_frequency_seconds=300,
            recovery_point_retention_hours=24,
            app_consistent_frequency_hours=4,
        ),
    )
    for tier in ("gold", "silver"):
        await configuration.create_pairing(
            store,
            PairingSpec(
                primary_cloud_id=f"cloud-sto-{tier}",
                recovery_cloud_id=f"cloud-ams-{tier}",
                policy_id=policy.id,
            ),
        )
    await configuration.create_network_mapping(
        store,
        NetworkMappingSpec(primary_network_id="net-sto-prod", recovery_network_id="net-ams-prod"),
    )
    return True


async def protect_lab_vms(ctx: Any, count: int) -> None:
    """A new lab starts with `count` VMs protected, so there is replication to watch; the
    rest stay unprotected for an operator to enable."""
    from app.server import protection

    pairings = {p["primary_cloud_id"]: p["id"] for p in await ctx.store.list("pairing")}
    clouds = {h["id"]: h["cloud_id"] for h in await ctx.store.list("host")}
    for vm in (await ctx.store.list("vm"))[:count]:
        pairing = pairings.get(clouds.get(vm["host_id"], ""))
        if pairing:
            await protection.enable_protection(ctx, vm["id"], pairing, "lab")


def cmd_console(args: argparse.Namespace) -> int:
    from app.console.app import run_console

    return run_console(args)


# --- tokens -----------------------------------------------------------------------------------


def cmd_token_create(args: argparse.Namespace) -> int:
    from app.server.auth import generate_token, hash_token
    from app.server.feed import ChangeFeed
    from app.server.store import Store

    async def create() -> str:
        store = await Store.open(_db_url(args.db, default_db_url()), ChangeFeed().publish)
        try:
            token = generate_token()
            await store.add_token(args.name, args.role, hash_token(token))
            return token
        finally:
            await store.close()

    token = asyncio.run(create())
    if args.json:
        print(json.dumps({"name": args.name, "role": args.role, "token": token}))
    else:
        print(token)
        print(f"(a {args.role} token named '{args.name}'; it is shown only once)", file=sys.stderr)
    return 0


# --- read verbs -------------------------------------------------------------------------------


def _client(args: argparse.Namespace):
    from app.client.api import StandbyClient

    url = args.url or os.environ.get("STANDBY_URL")
    token = args.token or os.environ.get("STANDBY_TOKEN")
    if not url or not token:
        raise SystemExit("standby: give --url and --token (or STANDBY_URL and STANDBY_TOKEN)")
    return StandbyClient(url, token, ca_file=args.ca)


def _run_read(args: argparse.Namespace, read: Any, show: Any) -> int:
    from app.client.errors import StandbyError

    async def main() -> Any:
        async with _client(args) as client:
            return await read(client)

    try:
        data = asyncio.run(main())
    except StandbyError as exc:
        print(f"standby: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(data, indent=2, default=str))
    else:
        show(data)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    async def read(client: Any) -> Any:
        return (await client.inventory()).model_dump(mode="json")

    def show(inv: dict[str, Any]) -> None:
        from collections import Counter

        print(f"Vault {inv['vault']['name']} at revision {inv['revision']}")
        clouds_of = Counter(c["site_id"] for c in inv["clouds"])
        for site in inv["sites"]:
            state = "up" if site["up"] else "DOWN"
            provider = site["vmm_server"]["provider"]
            print(
                f"  {site['name']:<12} {state:<5} VMM {site['vmm_server']['name']} "
                f"({'connected' if provider['connected'] else 'disconnected'}), "
                f"{clouds_of[site['id']]} clouds"
            )
        health = Counter(i["health"] for i in inv["protected_items"])
        print(
            f"  {len(inv['hosts'])} hosts, {len(inv['vms'])} VMs, "
            f"{len(inv['protected_items'])} protected items "
            f"({', '.join(f'{n} {h}' for h, n in sorted(health.items())) or 'none'}), "
            f"{len(inv['policies'])} policies, {len(inv['pairings'])} pairings"
        )

    return _run_read(args, read, show)


def cmd_jobs(args: argparse.Namespace) -> int:
    async def read(client: Any) -> Any:
        return [j.model_dump(mode="json") for j in await client.jobs(active=args.active)]

    def show(jobs: list[dict[str, Any]]) -> None:
        if not jobs:
            print("No jobs.")
        for job in jobs:
            print(
                f"{job['id']:<18} {job['state']:<12} {job['operation']:<22} "
                f"{job['object_name'] or job['object_id']:<20} {job['progress'] * 100:5.1f}%"
            )

    return _run_read(args, read, show)


def cmd_alerts(args: argparse.Namespace) -> int:
    async def read(client: Any) -> Any:
        alerts = await client.alerts(unacknowledged=args.unacknowledged)
        return [a.model_dump(mode="json") for a in alerts]

    def show(alerts: list[dict[str, Any]]) -> None:
        if not alerts:
            print("No alerts.")
        for alert in alerts:
            ack = f"ack by {alert['acknowledged_by']}" if alert["acknowledged_by"] else "open"
            print(f"{alert['time'][:19]} {alert['severity']:<8} {ack:<16} {alert['message']}")

    return _run_read(args, read, show)


def _add_client_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", help="control plane URL (or STANDBY_URL)")
    p.add_argument("--token", help="bearer token (or STANDBY_TOKEN)")
    p.add_argument("--ca", help="CA certificate file for a control plane with its own CA")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    from app.server.context import VERSION

    parser = argparse.ArgumentParser(prog="standby", description="Site recovery for VMs.")
    parser.add_argument("--version", action="version", version=f"standby {VERSION}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("console", help="open the operator console (the default)")
    p.add_argument("--profile", help="connection profile to open")
    p.add_argument("--url", help="control plane URL (or STANDBY_URL)")
    p.add_argument("--token", help="bearer token (or STANDBY_TOKEN); prefer a profile")
    p.add_argument("--ca", help="CA certificate file for a control plane with its own CA")
    p.add_argument(
        "--dashboard",
        action="store_true",
        help="NOC mode: full-screen dark dashboard, no dialogs, reconnects by itself",
    )
    p.add_argument("--screen", type=int, help="screen number for --dashboard (0 = first)")
    p.add_argument("--theme", choices=["light", "dark", "system"], help="colour theme (remembered)")
    p.add_argument(
        "--language",
        choices=["en", "sv", "nl", "it", "es", "system"],
        help="language of the console (default: View → Language, else the system locale)",
    )
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("serve", help="run the control plane")
    _add_serve_options(p, 7410)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("lab", help="run the embedded two-site lab with its control plane")
    _add_serve_options(p, 7411)
    p.add_argument("--data", help="lab folder (default: the user data folder's lab/)")
    p.add_argument("--clock", type=float, default=1.0, help="lab clock factor (default 1)")
    p.add_argument("--headless", action="store_true", help="serve only, open no console")
    p.add_argument(
        "--protect", type=int, default=8, help="VMs protected when a new lab starts (default 8)"
    )
    p.set_defaults(func=cmd_lab)

    from app.replication.agent import add_agent_parser

    add_agent_parser(sub)

    p = sub.add_parser("token", help="manage bearer tokens")
    token_sub = p.add_subparsers(dest="token_command", required=True)
    c = token_sub.add_parser("create", help="create a token and print it once")
    c.add_argument("--role", choices=["viewer", "operator", "admin"], required=True)
    c.add_argument("--name", required=True)
    c.add_argument("--db", help="database URL or SQLite file (default: the user data folder)")
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_token_create)

    for name, func, text in (
        ("status", cmd_status, "summary of the fabric tree and protection"),
        ("jobs", cmd_jobs, "list jobs"),
        ("alerts", cmd_alerts, "list alerts"),
    ):
        p = sub.add_parser(name, help=text)
        _add_client_options(p)
        p.set_defaults(func=func)
        if name == "jobs":
            p.add_argument("--active", action="store_true", help="only jobs not finished")
        if name == "alerts":
            p.add_argument("--unacknowledged", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):
        # `standby jobs | head` ends quietly, as command-line tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["console", *(argv or [])])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
