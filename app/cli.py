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

from app import cli_args

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
    """The vault's URL as the store opens it (`--db` was checked by `cli_args.database_url`);
    a SQLite file's folder is made here."""
    url = value or default
    if "://" not in url:  # a plain path means a SQLite file
        url = f"sqlite+aiosqlite:///{Path(url).resolve()}"
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            fail(f"cannot make the vault's folder {path.parent}: {exc.strerror or exc}")
    return url


async def _open_vault(open_it: Any, db_url: str) -> Any:
    """`await open_it()`, or one line saying why the vault at `db_url` cannot be opened (the
    database is down, refuses the password, has no such database, or is not a vault)."""
    try:
        return await open_it()
    except (OSError, ImportError) as exc:
        fail(f"cannot open the vault {vault_text(db_url)}: {cli_args.vault_open_error(exc)}")
    except Exception as exc:  # the database's own errors (asyncpg, sqlite3, SQLAlchemy)
        if type(exc).__module__.split(".")[0] not in ("sqlalchemy", "asyncpg", "sqlite3"):
            raise
        fail(
            f"cannot open the vault {vault_text(db_url)}: {cli_args.vault_open_error(exc)} "
            f"({cli_args.DB_HINT})"
        )


# --- serve and lab ----------------------------------------------------------------------------


def _add_serve_options(p: argparse.ArgumentParser, port: int) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--port", type=cli_args.port, default=port, help=f"port (default {port}; 0 = any free)"
    )
    p.add_argument(
        "--db",
        type=cli_args.database_url,
        help="SQLite file (a path or sqlite:///PATH) or postgresql://USER:PASSWORD@HOST/DB "
        "(default: the user data folder)",
    )
    p.add_argument("--tls-cert", type=cli_args.readable_file, help="certificate (PEM): serve HTTPS")
    p.add_argument(
        "--tls-key", type=cli_args.readable_file, help="private key (PEM) for --tls-cert"
    )
    p.add_argument(
        "--name",
        type=cli_args.non_empty,
        help="this process's name in job leases and metrics (default host:pid)",
    )
    p.add_argument(
        "--lease-seconds",
        type=cli_args.positive_float,
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
        fail("--tls-cert and --tls-key go together: give both (PEM files) or neither")
    if args.tls_cert and (why := cli_args.check_tls_pair(args.tls_cert, args.tls_key)):
        fail(why)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: without it, each answer on a kept-alive connection
    # waits ~40 ms for the client's delayed ACK (uvicorn sets it only on sockets it binds).
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:  # before the vault opens: a taken port changes nothing
        sock.bind((args.host, args.port))
    except OSError as exc:
        sock.close()
        hint = "; another lab or control plane may run there: --port 0 picks a free port"
        fail(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}{hint}")
    settings = Settings(lease_seconds=args.lease_seconds)
    ctx = await _open_vault(
        lambda: open_context(args.db_url, fabric, settings, process_name=args.name), args.db_url
    )
    ctx.fabric_later = fabric_later
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
    asyncio.run(_serve(args, fabric=_agents_fabric(args)))
    return 0


def cmd_agent(args: argparse.Namespace) -> int:
    """`standby agent`: a libvirt host's agent (--libvirt), or a recovery host's replica
    service with certificates of its own."""
    if args.libvirt:
        from app.libvirt.service import run_host_agent

        return run_host_agent(args)
    if args.register:
        fail("--register goes with --libvirt URI")
    from app.replication.agent import cmd_agent as replica_agent

    return replica_agent(args)


def _agents_fabric(args: argparse.Namespace) -> Any:
    """The estate of enrolled host agents when `serve --agents HOST:PORT` asks for one."""
    if not args.agents:
        return None
    from app.agents.fabric import AgentFabric
    from app.replication.agent import parse_listen

    try:
        host, port = parse_listen(args.agents)
    except (ValueError, argparse.ArgumentTypeError) as exc:
        fail(f"--agents {args.agents}: {exc}")
    folder = Path(args.agents_state) if args.agents_state else data_dir() / "agents"
    return AgentFabric(folder, host, port)


def cmd_lab(args: argparse.Namespace) -> int:
    from app.lab.clock import LabClock
    from app.lab.fabric import LabFabric
    from app.lab.ownership import FolderLock
    from app.lab.state import STATE_FILE

    folder = args.data or data_dir() / "lab"
    if args.fresh and args.db:
        fail("--fresh starts a new lab with its vault in the lab folder: leave out --db")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"cannot make the lab folder {folder}: {exc.strerror or exc}: give --data DIR")
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
            return _lab_fabric(LabFabric, LabClock(args.clock), folder, STATE_FILE)

        if lock.try_acquire():
            fabric = _lab_fabric(LabFabric, LabClock(args.clock), folder, STATE_FILE)
        else:
            fabric_later = estate_when_free
    else:
        fabric = _lab_fabric(LabFabric, LabClock(args.clock), folder, STATE_FILE)

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


def _lab_fabric(fabric_class: Any, clock: Any, folder: Path, state_file: str) -> Any:
    """The lab's estate from `folder`, or one line when its saved state cannot be read."""
    try:
        return fabric_class(clock=clock, folder=folder)
    except (ValueError, KeyError, TypeError, OSError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        fail(
            f"the lab in {folder} cannot be continued ({state_file} or its disks: {reason}): "
            "start a new one there with --fresh, or elsewhere with --data DIR"
        )


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
        error = found.get("error")
        if isinstance(error, SystemExit) and isinstance(error.code, int):
            raise SystemExit(error.code)  # its one line is said already (`fail`)
        fail(f"the lab did not start: {error}")
    from app.console.app import run_console

    console_args = argparse.Namespace(
        profile="lab", url=found["url"], token=found["token"], ca=None
    )
    try:
        return run_console(console_args)
    finally:
        # The console has closed (File -> Quit, Ctrl+Q): the server stops as on Ctrl+C, not
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
        store = await _open_vault(lambda: Store.open(db_url, ChangeFeed().publish), db_url)
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
    from app.client.errors import StandbyError

    url = args.url or _from_env("STANDBY_URL", cli_args.control_plane_url)
    token = args.token or _from_env("STANDBY_TOKEN", cli_args.token)
    if not url or not token:
        fail("give --url and --token (or STANDBY_URL and STANDBY_TOKEN)")
    try:
        return StandbyClient(url, token, ca_file=args.ca)
    except StandbyError as exc:  # a CA file that does not load
        fail(f"{exc}")


def _from_env(name: str, check: Any) -> str | None:
    """An environment variable's value, checked as its option's would be."""
    value = os.environ.get(name)
    if not value:
        return None
    try:
        return check(value)
    except argparse.ArgumentTypeError as exc:
        fail(f"{name}: {exc}")


def _run_read(args: argparse.Namespace, read: Any, show: Any) -> int:
    from app.client.errors import ConnectionFailed, StandbyError, Unauthorized

    async def main() -> Any:
        async with _client(args) as client:
            return await read(client)

    try:
        data = asyncio.run(main())
    except Unauthorized as exc:  # a token this control plane does not know: bad input
        reason = str(exc).rstrip(".")
        fail(f"{reason}: give a token of this control plane (`standby token create`)")
    except ConnectionFailed as exc:  # nothing there: bad input too
        fail(f"{str(exc).rstrip('.')}: give the URL `standby serve` or `standby lab` prints")
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


# --- host administration (a vault whose hosts enroll with it) -------------------------------


def parse_validity(text: str) -> int:
    """ "90m", "1h", "2d", "45" (minutes) -> minutes, 1 minute to 7 days."""
    units = {"m": 1, "h": 60, "d": 24 * 60}
    value = text.strip().lower()
    unit = units.get(value[-1:], 0)
    number = value[:-1] if unit else value
    if not number.isdigit():
        raise ValueError(f"--valid {text!r}: give minutes, hours or days, e.g. 30m, 1h, 2d")
    minutes = int(number) * (unit or 1)
    if not 1 <= minutes <= 7 * 24 * 60:
        raise ValueError(f"--valid {text!r}: a key is valid for 1 minute to 7 days")
    return minutes


class _Refused(Exception):
    """A host administration command refused in the middle of its work (one line)."""


def _run_admin(args: argparse.Namespace, act: Any) -> int:
    """Run `act(client, inventory)` against the control plane; any refusal is one line on
    stderr and exit status 2."""
    from app.client.errors import Forbidden, NotFound, StandbyError

    try:
        client = _client(args)
    except StandbyError as exc:
        fail(str(exc))

    async def main() -> Any:
        async with client:
            inventory = await client.inventory()
            if not inventory.vault.host_registration:
                raise _Refused(
                    f"the control plane at {client.url} does not take host registrations "
                    "(its estate's hosts do not enroll with it, e.g. a lab)"
                )
            return await act(client, inventory)

    try:
        return asyncio.run(main())
    except _Refused as exc:
        fail(str(exc))
    except Forbidden as exc:
        fail(f"{exc.detail or exc} (sites, keys and hosts need an admin token)")
    except NotFound as exc:
        fail(exc.detail or str(exc))
    except StandbyError as exc:
        fail(getattr(exc, "detail", "") or str(exc))


def _named(kind: str, objects: list[Any], name: str, where: str = "") -> Any:
    """The object called `name` (or with that id), case-insensitively; else a one-line
    refusal that lists the names there are."""
    wanted = name.casefold()
    for obj in objects:
        if obj.id == name or obj.name.casefold() == wanted:
            return obj
    names = ", ".join(sorted(o.name for o in objects)) or "none"
    raise _Refused(f"no {kind} named {name!r}{where} ({kind}s: {names})")


def _print_json(doc: Any) -> None:
    print(json.dumps(doc, indent=2, default=str))


def cmd_site_create(args: argparse.Namespace) -> int:
    async def act(client: Any, _inventory: Any) -> int:
        site = await client.create_site(args.name, args.location or "")
        if args.json:
            _print_json(site.model_dump(mode="json"))
        else:
            print(f"Site {site.name} created ({site.id}).")
            print(f"Add a host to it with: standby host-key create --site {shlex.quote(site.name)}")
        return 0

    return _run_admin(args, act)


def cmd_cloud_create(args: argparse.Namespace) -> int:
    async def act(client: Any, inventory: Any) -> int:
        site = _named("site", inventory.sites, args.site)
        cloud = await client.create_cloud(site.id, args.name)
        if args.json:
            _print_json(cloud.model_dump(mode="json"))
        else:
            print(f"Cloud {cloud.name} created in the site {site.name} ({cloud.id}).")
        return 0

    return _run_admin(args, act)


def cmd_host_key_create(args: argparse.Namespace) -> int:
    from app.client.api import agent_command, key_file_name

    try:
        minutes = parse_validity(args.valid)
    except ValueError as exc:
        fail(str(exc))
    to_stdout = args.out == "-"

    async def act(client: Any, inventory: Any) -> int:
        site = _named("site", inventory.sites, args.site)
        cloud = None
        if args.cloud:
            clouds = [c for c in inventory.clouds if c.site_id == site.id]
            cloud = _named("cloud", clouds, args.cloud, f" in the site {site.name}")
        out = None if to_stdout else Path(args.out or key_file_name(site.name))
        if out is not None:
            # Checked before the key exists: a refused file would waste a one-time key.
            if out.exists():
                raise _Refused(f"{out} exists: a key file is never overwritten; give another --out")
            if not out.parent.is_dir():
                raise _Refused(f"no folder {out.parent} for the key file")
        issued = await client.create_registration_key(
            site.id, cloud.id if cloud is not None else None, minutes
        )
        expires = f"{issued.expires_at.astimezone():%Y-%m-%d %H:%M %Z}"
        if out is None:
            sys.stdout.write(issued.key_text)
            print(
                f"(a registration key for one host of {site.name}, valid until {expires}; "
                "it is shown only once)",
                file=sys.stderr,
            )
            return 0
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(issued.key_text)
        except OSError as exc:
            raise _Refused(
                f"cannot write the key file {out}: {exc.strerror}; the key {issued.key_id} "
                f"was created and expires unused at {expires}: create another"
            ) from None
        command = agent_command(out.name)
        if args.json:
            _print_json(
                {
                    "key_id": issued.key_id,
                    "site": site.name,
                    "cloud": cloud.name if cloud is not None else None,
                    "expires_at": issued.expires_at.isoformat(),
                    "file": str(out),
                    "command": command,
                }
            )
            return 0
        where = f"the cloud {cloud.name} of " if cloud is not None else ""
        print(
            f"A registration key for one host of {where}the site {site.name} is in {out} "
            f"(readable by you only). It works once, until {expires}."
        )
        print("Copy it to the host, then run there (as a user that may use libvirt):")
        print(f"  {command}")
        return 0

    return _run_admin(args, act)


def _host_named(inventory: Any, name: str) -> Any:
    return _named("host", inventory.hosts, name)


def cmd_host_remove(args: argparse.Namespace) -> int:
    async def act(client: Any, inventory: Any) -> int:
        host = _host_named(inventory, args.name)
        vms = {v.id for v in inventory.vms if v.host_id == host.id}
        items = [
            i
            for i in inventory.protected_items
            if i.vm_id in vms or host.id in (i.source_host_id, i.target_host_id)
        ]
        await client.remove_host(host.id)
        if args.json:
            _print_json({"removed": host.id, "name": host.name, "protected_items": len(items)})
            return 0
        print(
            f"Host {host.name} removed: its agent is refused from now on; to bring it back, "
            "register it again with a new key (standby host-key create)."
        )
        if items:
            print(
                f"{len(items)} protected VM(s) replicate to or from it: their replication "
                "stops until the host is registered again."
            )
        return 0

    return _run_admin(args, act)


def cmd_host_place(args: argparse.Namespace) -> int:
    async def act(client: Any, inventory: Any) -> int:
        host = _host_named(inventory, args.name)
        site_of = {c.id: c.site_id for c in inventory.clouds}
        site_id = site_of.get(host.cloud_id)
        site = next((s for s in inventory.sites if s.id == site_id), None)
        clouds = [c for c in inventory.clouds if c.site_id == site_id]
        where = f" in the site {site.name}" if site is not None else ""
        cloud = _named("cloud", clouds, args.cloud, where)
        await client.place_host(host.id, cloud.id)
        if args.json:
            _print_json({"host": host.id, "cloud": cloud.id})
        else:
            print(f"Host {host.name} is in the cloud {cloud.name} now.")
        return 0

    return _run_admin(args, act)


def _add_host_parsers(sub: Any) -> None:
    p = sub.add_parser("site", help="manage sites (a vault whose hosts enroll with it)")
    site_sub = p.add_subparsers(dest="site_command", required=True)
    c = site_sub.add_parser("create", help="create a site")
    c.add_argument("name", help="the site's name, e.g. Stockholm")
    c.add_argument("--location", help="where it is (free text)")
    _add_client_options(c)
    c.set_defaults(func=cmd_site_create)

    p = sub.add_parser("cloud", help="manage clouds (groups of a site's hosts)")
    cloud_sub = p.add_subparsers(dest="cloud_command", required=True)
    c = cloud_sub.add_parser("create", help="create a cloud in a site")
    c.add_argument("--site", required=True, help="the site's name")
    c.add_argument("name", help="the cloud's name, e.g. Gold")
    _add_client_options(c)
    c.set_defaults(func=cmd_cloud_create)

    p = sub.add_parser("host-key", help="registration keys that let a host enroll")
    key_sub = p.add_subparsers(dest="key_command", required=True)
    c = key_sub.add_parser(
        "create",
        help="create a one-time registration key for one host of a site and write its file",
    )
    c.add_argument("--site", required=True, help="the site the host joins")
    c.add_argument("--cloud", help="the cloud it lands in (default: the site's first)")
    c.add_argument(
        "--valid", default="1h", help="how long the key works: 30m, 1h, 2d (default 1h, max 7d)"
    )
    c.add_argument(
        "--out",
        help="the key file to write, never overwritten (default standby-<site>.key here; "
        "- prints the key)",
    )
    _add_client_options(c)
    c.set_defaults(func=cmd_host_key_create)

    p = sub.add_parser("host", help="manage enrolled hosts")
    host_sub = p.add_subparsers(dest="host_command", required=True)
    c = host_sub.add_parser("remove", help="forget a host: its agent is refused from then on")
    c.add_argument("name", help="the host's name")
    _add_client_options(c)
    c.set_defaults(func=cmd_host_remove)
    c = host_sub.add_parser("place", help="move a host into another cloud of its site")
    c.add_argument("name", help="the host's name")
    c.add_argument("--cloud", required=True, help="the cloud's name")
    _add_client_options(c)
    c.set_defaults(func=cmd_host_place)


# --- notification rules (admin) --------------------------------------------------------------


def _read_secret(path: str | None, env: str, what: str) -> str | None:
    """A secret from a file ('-': standard input) or an environment variable, never from the
    command line (other users see a process's arguments)."""
    if path is None:
        return os.environ.get(env) or None
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text()
    except OSError as exc:
        fail(f"cannot read the {what} from {path}: {exc.strerror or exc}")
    value = text.strip()
    if not value:
        fail(f"the {what} file {path} is empty")
    return value


def _rule_spec(args: argparse.Namespace) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": args.name,
        "enabled": not args.disabled,
        "min_severity": args.min_severity,
        "site_id": args.site,
        "plan_id": args.plan,
    }
    if args.quiet_hours:
        start, sep, end = args.quiet_hours.partition("-")
        if not sep:
            fail(
                f"--quiet-hours: give START-END as HH:MM-HH:MM (e.g. 22:00-07:00), not "
                f"'{args.quiet_hours}'"
            )
        spec["quiet_hours"] = {"start": start, "end": end, "timezone": args.timezone}
    if bool(args.webhook) == bool(args.smtp):
        fail("give one channel: --webhook URL or --smtp HOST[:PORT]")
    if args.webhook:
        channel: dict[str, Any] = {"kind": "webhook", "url": args.webhook}
        secret = _read_secret(args.secret_file, "STANDBY_WEBHOOK_SECRET", "webhook secret")
        if secret is None:
            fail(
                "a webhook needs a signing secret: --secret-file FILE (or - for standard "
                "input) or STANDBY_WEBHOOK_SECRET"
            )
        channel["secret"] = secret
    else:
        host, _, port = (
            args.smtp.rpartition(":") if args.smtp.count(":") == 1 else (args.smtp, "", "")
        )
        if not port.isdigit() and port:
            fail(f"--smtp: '{port}' is not a port number (HOST or HOST:PORT)")
        if not args.sender or not args.to:
            fail("e-mail needs --from ADDRESS and at least one --to ADDRESS")
        channel = {
            "kind": "email",
            "host": host or args.smtp,
            "security": args.security,
            "sender": args.sender,
            "recipients": args.to,
        }
        if port:
            channel["port"] = int(port)
        elif args.security == "tls":
            channel["port"] = 465
        if args.username:
            channel["username"] = args.username
        password = _read_secret(args.password_file, "STANDBY_SMTP_PASSWORD", "SMTP password")
        if password is not None:
            channel["password"] = password
        if args.ca_file:
            try:
                channel["ca_certificate"] = Path(args.ca_file).read_text()
            except OSError as exc:
                fail(f"cannot read --ca-file {args.ca_file}: {exc.strerror or exc}")
    spec["channel"] = channel
    return spec


def _rule_line(rule: dict[str, Any]) -> str:
    channel = rule["channel"]
    if channel["kind"] == "webhook":
        where = f"webhook {channel['url'].split('?')[0]}"
    else:
        where = (
            f"e-mail via {channel['host']}:{channel['port']} to {', '.join(channel['recipients'])}"
        )
    scope = ", ".join(
        x
        for x in (
            rule.get("site_id") and f"site {rule['site_id']}",
            rule.get("plan_id") and f"plan {rule['plan_id']}",
            rule.get("quiet_hours")
            and "quiet {start}-{end} {timezone}".format(**rule["quiet_hours"]),
        )
        if x
    )
    state = "" if rule["enabled"] else " (disabled)"
    return (
        f"{rule['id']:<18} {rule['name']}{state}: {rule['min_severity']} and worse, "
        f"{where}{' (' + scope + ')' if scope else ''}"
    )


def _delivery_line(d: dict[str, Any]) -> str:
    what = f"{d['state']} after {d['attempts']} attempt(s)"
    if d["state"] == "pending" and d.get("next_attempt_at"):
        what += f", next at {d['next_attempt_at'][:19]}"
    if d.get("last_error"):
        what += f": {d['last_error']}"
    return f"{d['created'][:19]} {d['event']:<9} {d['severity']:<8} {what}"


def cmd_notifications(args: argparse.Namespace) -> int:
    from app.client.errors import StandbyError

    action = args.notifications_command
    spec = _rule_spec(args) if action == "add" else None

    async def call(client: Any) -> Any:
        if action == "list":
            return [r.model_dump(mode="json") for r in await client.notification_rules()]
        if action == "add":
            return (await client.create_notification_rule(spec)).model_dump(mode="json")
        if action == "delete":
            await client.delete_notification_rule(args.rule_id)
            return None
        if action == "test":
            return (await client.test_notification_rule(args.rule_id)).model_dump(mode="json")
        deliveries = await client.notification_deliveries(args.rule_id, limit=args.limit)
        return [d.model_dump(mode="json") for d in deliveries]

    async def main() -> Any:
        async with _client(args) as client:
            return await call(client)

    try:
        data = asyncio.run(main())
    except StandbyError as exc:
        fail(str(exc))
    if args.json:
        print(json.dumps(data, indent=2, default=str))
        return 1 if action == "test" and data["state"] != "delivered" else 0
    if action == "list":
        print("\n".join(_rule_line(r) for r in data) if data else "No notification rules.")
    elif action == "add":
        print(f"Created {_rule_line(data)}")
    elif action == "delete":
        print(f"Deleted notification rule {args.rule_id}.")
    elif action == "test":
        if data["state"] != "delivered":
            print(f"standby: the test was not delivered: {data['last_error']}", file=sys.stderr)
            return 1
        print(f"Test delivered (notification {data['id']}).")
    else:
        print("\n".join(_delivery_line(d) for d in data) if data else "No deliveries yet.")
    return 0


# --- network mappings' IP rules ------------------------------------------------------------


def _rule_option(option: str, text: str) -> tuple[str, dict[str, Any]]:
    """`KEY=VALUE[,gateway=IP][,dns=IP]...` (the key a subnet or a VM) → (key, its fields)."""
    from app.domain.addressing import parse_rule_line

    try:
        line = parse_rule_line(text)
    except ValueError as exc:
        fail(f"{option}: {exc}; give {_RULE_FORMS[option]}")
    fields: dict[str, Any] = {"value": line.value, "dns": list(line.dns)}
    if line.gateway:
        fields["gateway"] = line.gateway
    return line.key, fields


_RULE_FORMS = {
    "--subnet": "PRIMARY_SUBNET=RECOVERY_SUBNET[,gateway=IP][,dns=IP]",
    "--vm": "VM=ADDRESS/PREFIX[,gateway=IP][,dns=IP]",
}


def _mapping_line(mapping: Any, networks: dict[str, str], vms: dict[str, str]) -> str:
    def net(network_id: str) -> str:
        return networks.get(network_id, network_id)

    rules = [
        f"{r.primary_subnet} -> {r.recovery_subnet}" + (f" gw {r.gateway}" if r.gateway else "")
        for r in mapping.subnet_rules
    ] + [
        f"{vms.get(r.vm_id, r.vm_id)} -> {r.address}" + (f" gw {r.gateway}" if r.gateway else "")
        for r in mapping.vm_rules
    ]
    what = "; ".join(rules) if rules else "no rules: VMs keep their addresses"
    return (
        f"{mapping.id:<18} {net(mapping.primary_network_id)} -> "
        f"{net(mapping.recovery_network_id)}: {what}"
    )


def cmd_network_mapping(args: argparse.Namespace) -> int:
    """List the network mappings, or replace one's IP rules (every refusal one line, exit 2)."""
    from app.client.errors import StandbyError

    action = args.mapping_command
    if action == "rules" and not (args.subnet or args.vm or args.clear):
        fail("give the rules (--subnet, --vm; repeatable) or --clear to remove every rule")
    if action == "rules" and args.clear and (args.subnet or args.vm):
        fail("--clear removes every rule: give it without --subnet and --vm")

    async def main() -> Any:
        async with _client(args) as client:
            inventory = await client.inventory()
            networks = {n.id: n.name for n in inventory.networks}
            vms = {v.id: v.name for v in inventory.vms}
            mappings = await client.network_mappings()
            if action == "list":
                return mappings, networks, vms
            mapping = _mapping_named(mappings, networks, args.mapping)
            by_name = {name.casefold(): vm_id for vm_id, name in vms.items()}
            vm_rules = []
            for text in args.vm or []:
                who, fields = _rule_option("--vm", text)
                vm_id = who if who in vms else by_name.get(who.casefold())
                if vm_id is None:
                    raise _Refused(f"--vm: no VM named {who!r}")
                vm_rules.append({"vm_id": vm_id, "address": fields.pop("value"), **fields})
            subnet_rules = []
            for text in args.subnet or []:
                primary, fields = _rule_option("--subnet", text)
                subnet_rules.append(
                    {"primary_subnet": primary, "recovery_subnet": fields.pop("value"), **fields}
                )
            spec = mapping.model_dump(mode="json", exclude={"id"}) | {
                "vm_rules": vm_rules,
                "subnet_rules": subnet_rules,
            }
            return [await client.update_network_mapping(mapping.id, spec)], networks, vms

    try:
        found, networks, vms = asyncio.run(main())
    except _Refused as exc:
        fail(str(exc))
    except StandbyError as exc:
        fail(getattr(exc, "detail", "") or str(exc))
    if args.json:
        _print_json([m.model_dump(mode="json") for m in found])
    elif action == "list" and not found:
        print("No network mappings.")
    else:
        prefix = "Updated " if action == "rules" else ""
        print("\n".join(prefix + _mapping_line(m, networks, vms) for m in found))
    return 0


def _mapping_named(mappings: list[Any], networks: dict[str, str], name: str) -> Any:
    """The mapping with this id, or from the primary network with this name or id."""
    wanted = name.casefold()
    for mapping in mappings:
        primary = mapping.primary_network_id
        if name in (mapping.id, primary) or networks.get(primary, "").casefold() == wanted:
            return mapping
    known = ", ".join(sorted(networks.get(m.primary_network_id, m.id) for m in mappings))
    raise _Refused(f"no network mapping {name!r} (mapped networks: {known or 'none'})")


def _add_client_options(p: argparse.ArgumentParser, json_option: bool = True) -> None:
    p.add_argument(
        "--url", type=cli_args.control_plane_url, help="control plane URL (or STANDBY_URL)"
    )
    p.add_argument("--token", type=cli_args.token, help="bearer token (or STANDBY_TOKEN)")
    p.add_argument(
        "--ca",
        type=cli_args.pem_certificates,
        help="CA certificate file for a control plane with its own CA",
    )
    if json_option:
        p.add_argument("--json", action="store_true", help="machine-readable output")


def build_parser() -> argparse.ArgumentParser:
    from app.domain.version import VERSION

    parser = cli_args.OneLineParser(prog="standby", description="Site recovery for VMs.")
    parser.add_argument("--version", action="version", version=f"standby {VERSION}")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("console", help="open the operator console (the default)")
    p.add_argument("--profile", type=cli_args.non_empty, help="connection profile to open")
    _add_client_options(p, json_option=False)
    p.add_argument(
        "--dashboard",
        action="store_true",
        help="NOC mode: full-screen dark dashboard, no dialogs, reconnects by itself",
    )
    p.add_argument(
        "--screen", type=cli_args.count, help="screen number for --dashboard (0 = first)"
    )
    p.add_argument("--theme", choices=["light", "dark", "system"], help="colour theme (remembered)")
    p.add_argument(
        "--language",
        choices=["en", "sv", "nl", "it", "es", "system"],
        help="language of the console (default: View -> Language, else the system locale)",
    )
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("serve", help="run the control plane")
    _add_serve_options(p, 7410)
    p.add_argument(
        "--agents",
        metavar="HOST:PORT",
        help="serve host agents (libvirt hosts that enroll with a registration key) here",
    )
    p.add_argument(
        "--agents-state",
        metavar="DIR",
        help="the agents' registry and the vault's agent CA (default: the user data folder)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("lab", help="run the embedded two-site lab with its control plane")
    _add_serve_options(p, 7411)
    p.add_argument(
        "--data", type=cli_args.folder, help="lab folder (default: the user data folder's lab/)"
    )
    p.add_argument(
        "--fresh",
        action="store_true",
        help="start a new lab: empty the lab folder first (default: continue the one there)",
    )
    p.add_argument(
        "--clock", type=cli_args.positive_float, default=1.0, help="lab clock factor (default 1)"
    )
    p.add_argument("--headless", action="store_true", help="serve only, open no console")
    p.add_argument(
        "--protect",
        type=cli_args.count,
        default=8,
        help="VMs protected when a new lab starts (default 8)",
    )
    p.set_defaults(func=cmd_lab)

    from app.replication.agent_cli import add_agent_parser

    add_agent_parser(sub).set_defaults(func=cmd_agent)

    p = sub.add_parser("token", help="manage bearer tokens")
    token_sub = p.add_subparsers(dest="token_command", required=True)
    c = token_sub.add_parser("create", help="create a token and print it once")
    c.add_argument("--role", choices=["viewer", "operator", "admin"], required=True)
    c.add_argument("--name", type=cli_args.non_empty, required=True)
    c.add_argument(
        "--db",
        type=cli_args.database_url,
        help="database URL or SQLite file (default: the vault of the lab or control plane "
        "running here, else `standby serve`'s)",
    )
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_token_create)

    _add_host_parsers(sub)

    p = sub.add_parser(
        "notifications", help="manage notification rules (webhooks, e-mail; admin token)"
    )
    n_sub = p.add_subparsers(dest="notifications_command", required=True)
    c = n_sub.add_parser("list", help="list the rules")
    _add_client_options(c)
    c = n_sub.add_parser(
        "add",
        help="add a rule",
        description="Secrets never go on the command line: the webhook's signing secret comes "
        "from --secret-file (or STANDBY_WEBHOOK_SECRET), the SMTP password from --password-file "
        "(or STANDBY_SMTP_PASSWORD); '-' reads standard input.",
    )
    _add_client_options(c)
    c.add_argument("--name", required=True)
    c.add_argument(
        "--min-severity",
        choices=["info", "warning", "critical"],
        default="warning",
        help="the least severity sent (default warning)",
    )
    c.add_argument("--site", help="only alerts about this site (its id)")
    c.add_argument("--plan", help="only alerts about this recovery plan's items (its id)")
    c.add_argument("--quiet-hours", metavar="HH:MM-HH:MM", help="hold deliveries in this window")
    c.add_argument("--timezone", default="UTC", help="the quiet hours' time zone (default UTC)")
    c.add_argument("--disabled", action="store_true", help="create it switched off")
    c.add_argument("--webhook", metavar="URL", help="POST signed JSON to this URL")
    c.add_argument("--secret-file", metavar="FILE", help="the webhook's signing secret")
    c.add_argument("--smtp", metavar="HOST[:PORT]", help="send e-mail through this server")
    c.add_argument("--security", choices=["starttls", "tls", "none"], default="starttls")
    c.add_argument("--username", help="SMTP login")
    c.add_argument("--password-file", metavar="FILE", help="SMTP password")
    c.add_argument("--from", dest="sender", metavar="ADDRESS", help="sender address")
    c.add_argument("--to", action="append", metavar="ADDRESS", help="recipient (repeatable)")
    c.add_argument("--ca-file", metavar="PEM", help="CA certificate(s) of the SMTP server")
    for name, text in (
        ("delete", "delete a rule and its delivery log"),
        ("test", "send a test through a rule now (exit 1 when it is not delivered)"),
        ("deliveries", "a rule's delivery log, newest first"),
    ):
        c = n_sub.add_parser(name, help=text)
        _add_client_options(c)
        c.add_argument("rule_id", metavar="RULE")
        if name == "deliveries":
            c.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_notifications)

    p = sub.add_parser(
        "network-mapping", help="network mappings and their IP rules (rules: operator token)"
    )
    m_sub = p.add_subparsers(dest="mapping_command", required=True)
    c = m_sub.add_parser("list", help="list the mappings with their rules")
    _add_client_options(c)
    c = m_sub.add_parser(
        "rules",
        help="replace a mapping's IP rules",
        description="The rules given replace the mapping's rules. A per-VM rule gives a VM "
        "an address in the recovery network; a subnet rule keeps an address's host part in "
        "the recovery subnet (one prefix length). A per-VM rule wins.",
    )
    _add_client_options(c)
    c.add_argument("mapping", metavar="MAPPING", help="its id, or its primary network's name")
    c.add_argument("--subnet", action="append", metavar=_RULE_FORMS["--subnet"])
    c.add_argument("--vm", action="append", metavar=_RULE_FORMS["--vm"])
    c.add_argument("--clear", action="store_true", help="remove every rule (VMs keep addresses)")
    p.set_defaults(func=cmd_network_mapping)

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
