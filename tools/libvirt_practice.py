"""A practice estate of real VMs on one machine: a control plane serving host agents, two
sites with a cloud each, two `standby agent --libvirt` processes standing for a primary and a
recovery host (sharing this machine's libvirt, each with only its own domains), and tiny real
guests (the Debian cloud kernel with a busybox initramfs that writes files with fsync and a
sequence number on an ext4 qcow2 disk), built from Debian packages, no image download.

    .venv/bin/python tools/libvirt_practice.py [--guests 2] [--port 7410] [--folder DIR]

It prints the console's URL and an operator token, then runs until Ctrl+C, when it stops the
agents and the control plane and removes its guests (their disks stay in the folder). Needs
root with libvirt running (`./dev test` installs it; `virtlogd -d; libvirtd -d`).
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import libvirt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.guest import (
    Guest,
    build_boot,
    domain_xml,
    make_disk,
    traversable_dir,
)
from tests.support.server import free_port

PREFIX = "practice-"


def standby(*args: str, **kw: object) -> subprocess.Popen:
    # Its own session: a Ctrl+C in the terminal reaches this script only, which stops them.
    return subprocess.Popen(  # type: ignore[call-overload]
        [sys.executable, "-m", "app.cli", *args], start_new_session=True, **kw
    )


def wait_for(what: str, check, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            value = check()
            if value:
                return value
        time.sleep(0.3)
    raise SystemExit(f"practice estate: {what} did not happen within {timeout:.0f} s")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--guests", type=int, default=2, help="guests on the primary host (default 2)")
    p.add_argument("--port", type=int, default=0, help="the control plane's port (0: a free one)")
    p.add_argument("--folder", type=Path, help="where it keeps everything (default: /tmp/…)")
    args = p.parse_args()
    args.port = args.port or free_port()
    folder = args.folder or traversable_dir("standby-practice-")
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    conn = libvirt.open("qemu:///system")
    boot = build_boot(folder / "boot")
    guests: list[Guest] = []
    procs: list[subprocess.Popen] = []
    try:
        for n in range(1, args.guests + 1):
            name = f"{PREFIX}web-{n:02d}"
            with contextlib.suppress(libvirt.libvirtError):
                old = conn.lookupByName(name)
                if old.isActive():
                    old.destroy()
                old.undefineFlags(libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA)
            disk = make_disk(folder / f"{name}.qcow2")
            xml = domain_xml(name, boot, disk, folder / f"{name}.serial.log", domain_type="qemu")
            guest = Guest(conn, name, disk, folder / f"{name}.serial.log", xml)
            guest.define_and_start()
            guests.append(guest)
        db = folder / "vault.db"
        hub = f"127.0.0.1:{free_port()}"
        serve = standby(
            "serve",
            "--port",
            str(args.port),
            "--db",
            str(db),
            "--agents",
            hub,
            "--agents-state",
            str(folder / "agents"),
        )
        procs.append(serve)
        url = f"http://127.0.0.1:{args.port}"
        wait_for("the control plane", lambda: httpx.get(f"{url}/healthz").status_code == 200)
        token = {}
        for role in ("admin", "operator"):
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app.cli",
                    "token",
                    "create",
                    "--role",
                    role,
                    "--name",
                    f"practice-{role}-{int(time.time())}",
                    "--db",
                    str(db),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            token[role] = out.stdout.strip().splitlines()[-1].split()[-1]
        admin = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token['admin']}"})
        agents = []
        for site, host, domains in (
            ("Primary", "primary-hv01", f"{PREFIX}*"),
            ("Recovery", "recovery-hv01", "no-domain-*"),
        ):
            s = admin.post("/api/v1/sites", json={"name": site}).raise_for_status().json()
            c = admin.post(f"/api/v1/sites/{s['id']}/clouds", json={"name": f"{site} gold"})
            key = (
                admin.post(
                    f"/api/v1/sites/{s['id']}/registration-keys",
                    json={"cloud_id": c.raise_for_status().json()["id"]},
                )
                .raise_for_status()
                .json()["key_text"]
            )
            key_file = folder / f"{host}.key"
            key_file.write_text(key)
            storage = folder / host
            storage.mkdir(exist_ok=True)
            agents.append(host)
            procs.append(
                standby(
                    "agent",
                    "--libvirt",
                    "qemu:///system",
                    "--storage",
                    str(storage),
                    "--listen",
                    f"127.0.0.1:{free_port()}",
                    "--register",
                    str(key_file),
                    "--name",
                    host,
                    "--domains",
                    domains,
                )
            )
        wait_for(
            "both agents connecting",
            lambda: (
                sum(h["agent"]["connected"] for h in admin.get("/api/v1/inventory").json()["hosts"])
                == 2
            ),
        )
        print(
            f"Practice estate ready: {len(guests)} real guest(s) on primary-hv01, replica host "
            f"recovery-hv01.\n  console  standby console --url {url} --token {token['operator']}\n"
            f"  folder   {folder}\nEnable protection in the console (a policy, a pairing of the "
            "two clouds, then Enable protection). Stop with Ctrl+C.",
            flush=True,
        )
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        while all(proc.poll() is None for proc in procs):
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl+C must not cut the cleanup
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(20)
            if proc.poll() is None:
                proc.kill()
        for guest in guests:
            guest.remove()
        conn.close()


if __name__ == "__main__":
    raise SystemExit(main())
