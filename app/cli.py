"""The `standby` command: console, serve, lab, token, and read verbs for scripts."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import shlex
import shutil
import signal
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import platformdirs

APP_NAME = "standby"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite+aiosqlite:///{data_dir() / 'vault.db'}"


def sqlite_path(url: str) -> Path | None:
    prefix = "sqlite+aiosqlite:///"
    return Path(url[len(prefix) :]) if url.startswith(prefix) else None


def fail(message: str) -> NoReturn:
    """Refuse what was asked in one line on stderr, with exit status 2 (no traceback)."""
    print(f"standby: {message}", file=sys.stderr, flush=True)
    raise SystemExit(2)


def self_command() -> str:
    """How to run this program again, as a shell command: `standby` when that is what PATH
    finds, else the path of the executable (or `python -m app.cli` when run that way)."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        program = sys.executable
    elif Path(sys.argv[0]).stem == "standby":
        program = sys.argv[0]
    else:
        return shlex.join([sys.executable, "-m", "app.cli"])
    found = shutil.which("standby")
    if found and os.path.samefile(found, program):
        return "standby"
    return shlex.quote(os.path.abspath(program))


def vault_text(url: str) -> str:
    """A vault as a person names it: a SQLite file's path, else the URL without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def token_command(db_url: str, role: str) -> str:
    """The exact command that makes a token in this vault."""
    path = sqlite_path(db_url)
    vault = shlex.quote(str(path) if path is not None else vault_text(db_url))
    return f"{self_command()} token create --role {role} --name NAME --db {vault}"


# --- which control planes run here ------------------------------------------------------------
# A running `standby serve` or `standby lab` notes its vault in the user data folder's
# running/<pid>/ (a record and a lock it holds while it runs), so `standby token create`
# without --db writes to the vault of the control plane the person is running.


def running_dir() -> Path:
    return data_dir() / "running"


def announce_running(kind: str, url: str, db_url: str) -> Path | None:
    """Note this process's control plane; the note counts while this process lives. None
    where the user data folder cannot be written (a service account without a home)."""
    from app.lab.ownership import FolderLock

    folder = running_dir() / str(os.getpid())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FolderLock(folder)
        lock.try_acquire()  # released by the operating system when this process ends
        record = {"kind": kind, "url": url, "db": db_url, "pid": os.getpid()}
        tmp = folder / "record.json.tmp"
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)  # may hold a password
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(tmp, folder / "record.json")
    except OSError:
        return None
    return folder


def running_control_planes() -> list[dict[str, Any]]:
    """The control planes that run here now (notes of ended processes are removed)."""
    from app.lab.ownership import FolderLock

    found = []
    folders = sorted(running_dir().iterdir()) if running_dir().is_dir() else []
    for folder in folders:
        record = folder / "record.json"
        if not record.is_file():
            continue  # being written
        lock = FolderLock(folder)
        if lock.try_acquire():  # its process has ended
            lock.release()
            shutil.rmtree(folder, ignore_errors=True)
            continue
        with contextlib.suppress(OSError, ValueError):
            found.append(json.loads(record.read_text(encoding="utf-8")))
    return found


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
    """uvicorn's server without re-raised signals: `_serve` closes the vault first, then the
    process exits normally."""
    from app.replication.agent import QuietServer

    return QuietServer


async def _serve(
    args: argparse.Namespace,
    fabric: Any = None,
    on_ready: Any = None,
    fabric_later: Any = None,
    stoppers: list[Any] | None = None,
) -> None:
    """Serve until a stop signal, or until a callable `_serve` adds to `stoppers` is called
    (on the server's loop): either way a graceful stop, the vault closed."""
    import socket

    import uvicorn

    from app.server.app import create_app
    from app.server.context import Settings, open_context

    if bool(args.tls_cert) != bool(args.tls_key):
        fail("--tls-cert and --tls-key go together")
    if args.lease_seconds <= 0:
        fail("--lease-seconds must be positive")
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
        hint = "; another lab or control plane may run there: --port 0 picks a free port"
        raise SystemExit(
            f"standby: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}{hint}"
        ) from None
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(ctx),
        log_level="warning",
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        timeout_graceful_shutdown=2,
    )
    server = _control_plane_server_class()(config)
    server.before_shutdown.append(ctx.feed.close)  # SSE followers end, not cancelled
    if stoppers is not None:
        stoppers.append(lambda: setattr(server, "should_exit", True))
    scheme = "https" if args.tls_cert else "http"
    url = f"{scheme}://{args.host}:{port}"
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.02)
    if task.done():
        await task
        return
    what = "lab" if args.command == "lab" else "control plane"
    note = announce_running(what, url, args.db_url)
    try:
        if on_ready is not None:
            await on_ready(ctx, url)
        else:
            print(
                f"Standby control plane serving {url} (database {args.db_url})\n"
                f"  vault  {vault_text(args.db_url)}\n"
                f"A token: {token_command(args.db_url, 'admin')}"
                " (roles: viewer, operator, admin)\n"
                "Stop with Ctrl+C.",
                flush=True,
            )
        await task
    finally:
        await ctx.store.close()
        if note is not None:
            shutil.rmtree(note, ignore_errors=True)
        print(f"Standby {what} stopped.", flush=True)


def cmd_serve(args: argparse.Namespace) -> int:
    args.db_url = _db_url(args.db, default_db_url())
    asyncio.run(_serve(args))
    return 0


def cmd_lab(args: argparse.Namespace) -> int:
    from app.lab.clock import LabClock
    from app.lab.fabric import LabFabric
    from app.lab.ownership import FolderLock
    from app.lab.state import STATE_FILE

    folder = Path(args.data).resolve() if args.data else data_dir() / "lab"
    if args.fresh and args.db:
        fail("--fresh starts a new lab with its vault in the lab folder: leave out --db")
    folder.mkdir(parents=True, exist_ok=True)
    args.db_url = _db_url(args.db, f"sqlite+aiosqlite:///{folder / 'vault.db'}")
    lock = FolderLock(folder)
    fabric: Any = None
    fabric_later: Any = None
    if not args.db_url.startswith("postgresql"):
        # One process at a time on a lab folder: a second one would rewrite the lab's state
        # under the first.
        if not lock.try_acquire():
            fail(
                f"a lab already runs on {folder}{_running_at(args.db_url)}: use that one, "
                "or start another with --data DIR --port 0"
            )
        if args.fresh:
            _empty_lab_folder(folder, lock.path.name, STATE_FILE)
    state = folder / STATE_FILE
    args.continuing = (
        datetime.fromtimestamp(state.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        if state.exists()
        else None
    )
    if args.db_url.startswith("postgresql"):
        # Several lab processes on one vault share one estate, which one process at a time
        # can drive: the others serve without it and take it over when its holder dies.

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
        continuing = (
            f"Continuing the lab from {args.continuing} (its last run) in {folder}; "
            "--data DIR or --fresh for a new one.\n"
            if args.continuing
            else ""
        )
        print(
            f"Standby lab: {counts[0]} sites, {counts[1]} clouds, "
            f"{counts[2]} hosts, {counts[3]} VMs (clock ×{args.clock:g}){estate}\n"
            f"  control plane  {url}\n"
            f"  operator token {token}\n"
            f"  data           {folder}\n"
            f"  vault          {vault_text(args.db_url)}\n"
            f"{continuing}"
            f"Connect with:  STANDBY_URL={url} STANDBY_TOKEN={token} {self_command()} status\n"
            f"More tokens:   {token_command(args.db_url, 'operator')}"
            " (roles: viewer, operator, admin)\n"
            "Stop with Ctrl+C.",
            flush=True,
        )

    if args.headless or not has_display():
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(_serve(args, fabric=fabric, on_ready=ready, fabric_later=fabric_later))
        return 0
    return _lab_with_console(args, fabric, ready, fabric_later)


def _running_at(db_url: str) -> str:
    """ " (http://…, pid N)" for the running control plane on this vault, if noted."""
    for record in running_control_planes():
        if record.get("db") == db_url:
            return f" ({record['url']}, pid {record['pid']})"
    return ""


def _empty_lab_folder(folder: Path, lock_name: str, state_name: str) -> None:
    """--fresh: remove what an earlier lab left in `folder` (it must look like a lab's), all
    but the lock file this process holds."""
    entries = [p for p in folder.iterdir() if p.name != lock_name]
    if entries and not {p.name for p in entries} & {"vault.db", state_name}:
        fail(
            f"--fresh would empty {folder}, which holds no lab (no vault.db or {state_name}): "
            "give a new --data folder"
        )
    for path in entries:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


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
        found.update(url=url, token=token, loop=asyncio.get_running_loop())
        started.set()

    stoppers: list[Any] = []

    def serve() -> None:
        try:
            asyncio.run(
                _serve(
                    args,
                    fabric=fabric,
                    on_ready=on_ready,
                    fabric_later=fabric_later,
                    stoppers=stoppers,
                )
            )
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
        # The console has closed (File → Quit, Ctrl+Q): the server stops as on Ctrl+C, not
        # cancelled mid-serve (which printed uvicorn's CancelledError traceback).
        for stop in stoppers:
            found["loop"].call_soon_threadsafe(stop)
        thread.join(10)


async def seed_lab(ctx: Any) -> bool:
    """A new lab vault gets the lab's default configuration (app.lab.estate): a policy, the
    Gold and Silver pairings and the production network mapping. Returns whether the vault
    was new (seeded now)."""
    from app.domain.model import PairingSpec
    from app.lab.estate import default_configuration
    from app.server import configuration

    store = ctx.store
    if await store.list("policy"):
        return False
    seed = default_configuration()
    policy = await configuration.create_policy(store, seed.policy)
    for primary, recovery in seed.pairings:
        await configuration.create_pairing(
            store,
            PairingSpec(primary_cloud_id=primary, recovery_cloud_id=recovery, policy_id=policy.id),
        )
    for mapping in seed.network_mappings:
        await configuration.create_network_mapping(store, mapping)
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
    if not has_display():
        # Qt would abort (SIGABRT) with its plugin's raw message instead.
        fail(
            "no display for the console here (DISPLAY and WAYLAND_DISPLAY are unset): run it "
            "in a desktop session, use `standby lab --headless` for the lab without a window, "
            "or set QT_QPA_PLATFORM=offscreen for scripts"
        )
    from app.console.app import run_console

    return run_console(args)


# --- tokens -----------------------------------------------------------------------------------


def cmd_token_create(args: argparse.Namespace) -> int:
    from app.server.auth import generate_token, hash_token
    from app.server.feed import ChangeFeed
    from app.server.store import Store

    db_url, whose = token_vault(args.db)

    async def create() -> str:
        store = await Store.open(db_url, ChangeFeed().publish)
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
        print(
            f"(a {args.role} token named '{args.name}' in the vault {vault_text(db_url)}"
            f"{whose}; it is shown only once)",
            file=sys.stderr,
        )
    return 0


def token_vault(db: str | None) -> tuple[str, str]:
    """The vault a token goes to, and whose it is: --db, else the vault of the control plane
    running here (`standby lab` or `standby serve`), else `standby serve`'s default."""
    if db:
        return _db_url(db, default_db_url()), ""
    running: dict[str, dict[str, Any]] = {}
    for record in running_control_planes():
        running.setdefault(record["db"], record)
    if len(running) > 1:
        choices = "; ".join(
            f"{r['kind']} at {r['url']}: --db {shlex.quote(vault_text(r['db']))}"
            for r in running.values()
        )
        fail(f"control planes on {len(running)} vaults run here, say which with --db ({choices})")
    if running:
        (record,) = running.values()
        return record["db"], f" of the {record['kind']} running at {record['url']}"
    return _db_url(None, default_db_url()), " (`standby serve`'s; no lab or control plane runs)"


# --- read verbs -------------------------------------------------------------------------------


def _client(args: argparse.Namespace):
    from app.client.api import StandbyClient

    url = args.url or os.environ.get("STANDBY_URL")
    token = args.token or os.environ.get("STANDBY_TOKEN")
    if not url or not token:
        fail("give --url and --token (or STANDBY_URL and STANDBY_TOKEN)")
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
    p.add_argument(
        "--fresh",
        action="store_true",
        help="start a new lab: empty the lab folder first (default: continue the one there)",
    )
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
    c.add_argument(
        "--db",
        help="database URL or SQLite file (default: the vault of the lab or control plane "
        "running here, else `standby serve`'s)",
    )
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
