"""A tiny real test guest for the libvirt tests, built at test time from Debian packages only.

The Debian cloud kernel (`linux-image-cloud-amd64`) boots straight from the domain XML
(`<kernel>`, `<initrd>`) into an initramfs made here: `busybox-static` plus the kernel's virtio
and ACPI-button modules, loaded in dependency order (`modinfo -F depends`). Its `/init` mounts
`/dev/vda` (an ext4 made on the host with `mkfs.ext4`, converted to qcow2 v3) and, in a loop,
writes a data file and the sequence file `/seq`, each made durable with `sync FILE` (fsync) and
the sequence file replaced atomically (write, fsync, rename, fsync of the folder). After each
durable step it prints `standby-guest: seq N` on its serial console, which QEMU writes to a
file: the guest's own log. A line printed before a cut is durable before the cut, so a copy
taken at the cut holds a sequence file at or past it. The ACPI power button (busybox `acpid`)
ends the loop, unmounts the disk and powers off: a clean shutdown by `virDomainShutdown`.

KVM is used only when a guest really boots with it (`domain_type`): on a nested host that hides
CPU features `/dev/kvm` opens but guests abort or hang, and TCG (`<domain type='qemu'>`) is
reliable. Measured under TCG on 2 cores: start to `ready` in about 4 s.

When the host has Debian's `qemu-guest-agent`, its `qemu-ga` and the shared libraries it links
(`ldd`) are in the initramfs too; a guest whose domain has the agent's virtio-serial channel
(`domain_xml(agent=True)`, which also puts `standby.agent=1` on the kernel command line) runs it,
so libvirt can freeze and thaw its file systems. Its freeze hook prints `standby-guest: fsfreeze
freeze` before the freeze and `standby-guest: fsfreeze thaw` after the thaw on the console.
Guests without the channel run no agent, as before.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import signal
import stat
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

# Test guests' names start with this; parallel sessions on one libvirtd each set their own
# (STANDBY_TEST_GUEST_PREFIX) so that none removes another's guests.
GUEST_PREFIX = os.environ.get("STANDBY_TEST_GUEST_PREFIX", "standby-test-")
GUEST_MODULES = ("virtio_pci", "virtio_blk", "evdev", "button")
"""What the guest needs beyond the built-ins (ext4 and the serial port are built into the
cloud kernel): the virtio disk, and the ACPI power button with its input events for acpid."""

READY = "standby-guest: ready"
SEQ_LINE = re.compile(r"standby-guest: seq (\d+)")
CLEAN_STOP = "standby-guest: clean stop"
FREEZE_LINE = "standby-guest: fsfreeze freeze"
THAW_LINE = "standby-guest: fsfreeze thaw"
AGENT_CHANNEL = "org.qemu.guest_agent.0"
AGENT_MODULES = ("virtio_console",)  # the virtio-serial port qemu-ga talks through

INIT_SCRIPT = r"""#!/bin/sh
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
for m in $(cat /etc/modules-order); do
    insmod "/lib/modules/$m" || echo "standby-guest: insmod $m failed"
done
i=0
while [ ! -b /dev/vda ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
if ! mount -t ext4 /dev/vda /mnt; then
    echo "standby-guest: cannot mount /dev/vda"
    poweroff -f
fi
i=0
while [ ! -e /dev/input/event0 ] && [ $i -lt 40 ]; do sleep 0.05; i=$((i + 1)); done
if grep -q standby.agent=1 /proc/cmdline && [ -x /bin/qemu-ga ]; then
    for m in $(cat /etc/agent-modules-order); do
        insmod "/lib/modules/$m" || echo "standby-guest: insmod $m failed"
    done
    port=""
    i=0
    while [ -z "$port" ] && [ $i -lt 100 ]; do
        for n in /sys/class/virtio-ports/*/name; do
            [ "$(cat "$n" 2>/dev/null)" = "$AGENT" ] && port=${n%/name} && port=${port##*/}
        done
        [ -z "$port" ] && sleep 0.05
        i=$((i + 1))
    done
    if [ -n "$port" ] && LD_LIBRARY_PATH=/lib/x86_64-linux-gnu qemu-ga -d -m virtio-serial \
        -p "/dev/$port" -t /tmp -f /tmp/qemu-ga.pid -l /tmp/qemu-ga.log -F/etc/fsfreeze-hook
    then
        echo "standby-guest: agent on $port"
    else
        echo "standby-guest: no agent (port '$port')"
    fi
fi
acpid -c /etc/acpi -l /tmp/acpid.log
seq=$(cat /mnt/seq 2>/dev/null || echo 0)
mkdir -p /mnt/data
echo "standby-guest: ready seq=$seq"
while [ ! -e /tmp/stop ]; do
    seq=$((seq + 1))
    f=/mnt/data/f$((seq % 8))
    dd if=/dev/urandom of="$f" bs=64k count=2 2>/dev/null
    echo "$seq" >>"$f"
    sync "$f"
    echo "$seq" >/mnt/seq.tmp
    sync /mnt/seq.tmp
    mv /mnt/seq.tmp /mnt/seq
    sync /mnt
    echo "standby-guest: seq $seq"
    sleep 0.1
done
umount /mnt && echo "$CLEAN"
poweroff -f
""".replace("$CLEAN", CLEAN_STOP).replace("$AGENT", AGENT_CHANNEL)

POWER_BUTTON = "#!/bin/sh\ntouch /tmp/stop\n"
# qemu-ga runs it with `freeze` before freezing and `thaw` after thawing (its output goes to
# /dev/null, hence the console by name).
FSFREEZE_HOOK = '#!/bin/sh\necho "standby-guest: fsfreeze $1" >/dev/ttyS0\n'


@dataclass(frozen=True)
class GuestBoot:
    """A kernel and its initramfs, ready for direct kernel boot."""

    kernel: Path
    initramfs: Path
    kernel_version: str
    agent: bool = False  # qemu-guest-agent is in the initramfs


def find_kernel() -> tuple[Path, str] | None:
    """The newest Debian kernel under /boot whose modules are installed (cloud flavour first)."""
    found: list[tuple[bool, str, Path]] = []
    for image in Path("/boot").glob("vmlinuz-*"):
        version = image.name.removeprefix("vmlinuz-")
        if (Path("/lib/modules") / version / "modules.dep").exists():
            found.append(("cloud" in version, version, image))
    if not found:
        return None
    _, version, image = max(found)
    return image, version


def _modinfo(version: str, field: str, module: str) -> str:
    out = subprocess.run(
        ["modinfo", "-k", version, "-F", field, module],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def module_order(version: str, names: tuple[str, ...] = GUEST_MODULES) -> list[Path]:
    """The module files `names` need, dependencies first (built-ins left out)."""
    order: list[Path] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen:
            return
        seen.add(name)
        for dep in filter(None, _modinfo(version, "depends", name).split(",")):
            visit(dep)
        filename = _modinfo(version, "filename", name)
        if filename.startswith("/"):  # "(builtin)" otherwise
            order.append(Path(filename))

    for name in names:
        visit(name)
    return order


def _cpio_newc(entries: list[tuple[str, int, bytes]]) -> bytes:
    """An uncompressed cpio archive in the "newc" format the kernel unpacks as initramfs.
    Each entry is (name, mode, data); a symlink's data is its target."""
    out = bytearray()

    def add(name: str, mode: int, data: bytes, ino: int) -> None:
        raw_name = name.encode() + b"\0"
        fields = (ino, mode, 0, 0, 1, 0, len(data), 0, 0, 0, 0, len(raw_name), 0)
        out.extend(b"070701" + b"".join(b"%08X" % f for f in fields))
        out.extend(raw_name)
        out.extend(b"\0" * (-len(out) % 4))
        out.extend(data)
        out.extend(b"\0" * (-len(out) % 4))

    for ino, (name, mode, data) in enumerate(entries, start=1):
        add(name, mode, data, ino)
    add("TRAILER!!!", 0, b"", 0)
    return bytes(out)


def build_boot(dest: Path) -> GuestBoot:
    """Copy the kernel to `dest` and build the guest's initramfs beside it."""
    kernel = find_kernel()
    if kernel is None:
        raise FileNotFoundError("no kernel with modules under /boot (linux-image-cloud-amd64)")
    image, version = kernel
    busybox = "/bin/busybox"
    if not Path(busybox).exists() or not _static_elf(Path(busybox)):
        raise FileNotFoundError("/bin/busybox is missing or not static: install busybox-static")
    dest.mkdir(parents=True, exist_ok=True)
    d, f, x = stat.S_IFDIR | 0o755, stat.S_IFREG | 0o644, stat.S_IFREG | 0o755
    link = stat.S_IFLNK | 0o777
    entries: list[tuple[str, int, bytes]] = [
        (name, d, b"") for name in ("bin", "dev", "proc", "sys", "mnt", "tmp", "etc", "etc/acpi")
    ]
    entries += [
        ("etc/acpi/PWRF", d, b""),
        ("lib", d, b""),
        ("lib/modules", d, b""),
        ("bin/busybox", x, Path(busybox).read_bytes()),
        ("bin/sh", link, b"busybox"),
        ("init", x, INIT_SCRIPT.encode()),
        ("etc/acpi/PWRF/00000080", x, POWER_BUTTON.encode()),
    ]
    # busybox's own applets, as links, so /init's commands need no `--install`.
    applets = subprocess.run([busybox, "--list"], capture_output=True, text=True, check=True)
    entries += [
        (f"bin/{a}", link, b"busybox")
        for a in applets.stdout.split()
        if a not in ("busybox", "sh") and "/" not in a
    ]
    names = _add_modules(entries, module_order(version))
    entries.append(("etc/modules-order", f, ("\n".join(names) + "\n").encode()))
    agent = shutil.which("qemu-ga", path="/usr/sbin:/usr/bin")
    if agent is not None:
        # Loaded only by a guest that runs the agent; the base modules are not loaded twice.
        extra = [
            m
            for m in module_order(version, AGENT_MODULES)
            if m.name.removesuffix(".gz") not in names
        ]
        agent_names = _add_modules(entries, extra)
        entries.append(("etc/agent-modules-order", f, ("\n".join(agent_names) + "\n").encode()))
        entries += _with_libraries(Path(agent), "bin/qemu-ga")
        entries.append(("etc/fsfreeze-hook", x, FSFREEZE_HOOK.encode()))
    initramfs = dest / "initramfs.cpio"
    initramfs.write_bytes(_cpio_newc(entries))
    kernel_copy = dest / "vmlinuz"
    shutil.copyfile(image, kernel_copy)
    for p in (kernel_copy, initramfs):
        p.chmod(0o644)
    return GuestBoot(
        kernel=kernel_copy, initramfs=initramfs, kernel_version=version, agent=agent is not None
    )


def _add_modules(entries: list[tuple[str, int, bytes]], modules: list[Path]) -> list[str]:
    """Add the module files (decompressed) under lib/modules; returns their names in order."""
    names = []
    for path in modules:
        data = path.read_bytes()
        if path.suffix == ".xz":
            raise RuntimeError(f"{path}: compressed modules are not supported here")
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        name = path.name.removesuffix(".gz")
        entries.append((f"lib/modules/{name}", stat.S_IFREG | 0o644, data))
        names.append(name)
    return names


def _with_libraries(program: Path, dest: str) -> list[tuple[str, int, bytes]]:
    """A dynamically linked program at `dest` with the shared libraries `ldd` names, at the
    same paths as on the host (the program's interpreter included), and their folders."""
    out = subprocess.run(["ldd", str(program)], capture_output=True, text=True, check=True)
    libs = sorted(set(re.findall(r"(/\S+) \(0x", out.stdout)))
    entries: list[tuple[str, int, bytes]] = []
    folders: set[str] = set()
    for lib in libs:
        parts = Path(lib).parts[1:-1]
        for depth in range(1, len(parts) + 1):
            folders.add("/".join(parts[:depth]))
        entries.append((lib.lstrip("/"), stat.S_IFREG | 0o755, Path(lib).read_bytes()))
    made = [(folder, stat.S_IFDIR | 0o755, b"") for folder in sorted(folders) if folder != "lib"]
    return [*made, *entries, (dest, stat.S_IFREG | 0o755, program.read_bytes())]


def _static_elf(path: Path) -> bool:
    """A 64-bit ELF executable with no program interpreter (PT_INTERP): statically linked."""
    head = path.read_bytes()
    if head[:5] != b"\x7fELF\x02":
        return False
    phoff = int.from_bytes(head[0x20:0x28], "little")
    size = int.from_bytes(head[0x36:0x38], "little")
    count = int.from_bytes(head[0x38:0x3A], "little")
    types = (
        int.from_bytes(head[phoff + i * size : phoff + i * size + 4], "little")
        for i in range(count)
    )
    return 3 not in types


def make_disk(path: Path, *, size_mib: int = 64, fmt: str = "qcow2", compat: str = "1.1") -> Path:
    """An ext4 file system made on the host, converted to `fmt` (qcow2 `compat` 1.1 is v3,
    0.10 is v2) or left raw. Every inode table and the journal are written now, so the guest
    runs no lazy-init thread that would dirty the disk on its own."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = path if fmt == "raw" else path.with_name(path.name + ".raw")
    with open(raw, "wb") as f:
        f.truncate(size_mib << 20)
    subprocess.run(
        ["mkfs.ext4", "-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0", str(raw)],
        check=True,
        capture_output=True,
    )
    if fmt != "raw":
        subprocess.run(
            [
                "qemu-img",
                "convert",
                "-f",
                "raw",
                "-O",
                fmt,
                "-o",
                f"compat={compat}",
                str(raw),
                str(path),
            ],
            check=True,
            capture_output=True,
        )
        raw.unlink()
    path.chmod(0o644)
    return path


def domain_xml(
    name: str,
    boot: GuestBoot,
    disk: Path,
    serial_log: Path,
    *,
    domain_type: str = "qemu",
    disk_format: str = "qcow2",
    memory_mib: int = 256,
    agent: bool = False,
) -> str:
    """A direct-kernel-boot domain: one virtio disk, no network, the serial console to a file.
    `on_poweroff` destroy: a guest that powers off ends up shut off, nothing restarts it.
    `agent`: the qemu-guest-agent channel, and the command-line flag that starts the agent."""
    cpu = "<cpu mode='host-passthrough'/>" if domain_type == "kvm" else ""
    cmdline = "console=ttyS0 panic=-1 quiet" + (" standby.agent=1" if agent else "")
    channel = (
        f"<channel type='unix'><target type='virtio' name='{AGENT_CHANNEL}'/></channel>"
        if agent
        else ""
    )
    return f"""<domain type='{domain_type}'>
  <name>{escape(name)}</name>
  <uuid>{uuid.uuid4()}</uuid>
  <memory unit='MiB'>{memory_mib}</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>{escape(str(boot.kernel))}</kernel>
    <initrd>{escape(str(boot.initramfs))}</initrd>
    <cmdline>{cmdline}</cmdline>
  </os>
  <features><acpi/></features>
  {cpu}
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>destroy</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='{disk_format}' cache='none'/>
      <source file='{escape(str(disk))}'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <serial type='file'>
      <source path='{escape(str(serial_log))}' append='on'/>
      <target port='0'/>
    </serial>
    {channel}
    <memballoon model='none'/>
  </devices>
</domain>"""


def traversable_dir(prefix: str) -> Path:
    """A fresh folder QEMU (running as libvirt-qemu) can reach: pytest's own tmp folders are
    private to root (0700), so guests live under the system temp folder instead."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


class Guest:
    """One running test guest. `conn` is a libvirt connection (typed loosely: libvirt-python
    ships no type information)."""

    def __init__(self, conn: Any, name: str, disk: Path, serial_log: Path, xml: str) -> None:
        self.conn = conn
        self.name = name
        self.disk = disk
        self.serial_log = serial_log
        self.xml = xml
        self.dom: Any = None

    def define_and_start(self) -> None:
        self.dom = self.conn.defineXML(self.xml)
        self.dom.create()

    def console(self) -> str:
        try:
            return self.serial_log.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def last_seq(self) -> int:
        """The newest sequence number the guest reports durable (0 before the first)."""
        found = SEQ_LINE.findall(self.console())
        return int(found[-1]) if found else 0

    def wait_for(self, predicate: Any, what: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return
            time.sleep(0.1)
        tail = "\n".join(self.console().splitlines()[-15:])
        raise TimeoutError(f"{self.name}: no {what} within {timeout:.0f}s; console:\n{tail}")

    def wait_ready(self, timeout: float = 60, *, since: int = 0) -> None:
        """Wait for the ready line, after the first `since` characters of the console."""
        self.wait_for(lambda: READY in self.console()[since:], "ready line", timeout)

    def start_again(self, timeout: float = 60) -> None:
        """Start the (shut off) domain again and wait until its guest writes."""
        since = len(self.console())
        self.dom.create()
        self.wait_ready(timeout, since=since)

    def kill_qemu(self) -> None:
        """SIGKILL the domain's QEMU (a crash: nothing is flushed), then wait until libvirt
        sees it gone."""
        pid = int(Path(f"/run/libvirt/qemu/{self.name}.pid").read_text().strip())
        os.kill(pid, signal.SIGKILL)
        self.wait_for(lambda: not self.dom.isActive(), "end after SIGKILL", 15)

    def wait_seq(self, at_least: int, timeout: float = 30) -> int:
        self.wait_for(lambda: self.last_seq() >= at_least, f"seq {at_least}", timeout)
        return self.last_seq()

    def is_running(self) -> bool:
        return bool(self.dom is not None and self.dom.isActive())

    def shutdown(self, timeout: float = 30) -> None:
        """ACPI power button, then wait until the domain is shut off (destroyed on timeout)."""
        self.dom.shutdown()
        try:
            self.wait_for(lambda: not self.dom.isActive(), "shut off", timeout)
        except TimeoutError:
            self.dom.destroy()
            raise

    def remove(self) -> None:
        """Destroy and undefine, with every checkpoint's metadata (the disk file stays)."""
        import libvirt

        try:
            dom = self.conn.lookupByName(self.name)
        except libvirt.libvirtError:
            return
        if dom.isActive():
            with contextlib.suppress(libvirt.libvirtError):
                dom.abortJob()
            dom.destroy()
        flags = (
            libvirt.VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA
            | libvirt.VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
            | libvirt.VIR_DOMAIN_UNDEFINE_NVRAM
        )
        dom.undefineFlags(flags)


GuestFactory = Callable[..., Guest]
"""make_guest(fmt="qcow2", compat="1.1", start=True, agent=False) -> Guest
(tests/libvirt/conftest.py)."""


def boots_with(conn: Any, boot: GuestBoot, domain_type: str, timeout: float) -> bool:
    """Does a guest of `domain_type` reach its ready line within `timeout`? The probe guest
    is removed whatever happens."""
    import libvirt

    work = traversable_dir("standby-probe-")
    guest = Guest(
        conn,
        f"standby-probe-{uuid.uuid4().hex[:8]}",
        make_disk(work / "probe.qcow2", size_mib=16),
        work / "serial.log",
        "",
    )
    guest.xml = domain_xml(guest.name, boot, guest.disk, guest.serial_log, domain_type=domain_type)
    try:
        guest.define_and_start()
        guest.wait_ready(timeout)
        return True
    except (libvirt.libvirtError, TimeoutError):
        return False
    finally:
        with contextlib.suppress(libvirt.libvirtError):
            guest.remove()
        shutil.rmtree(work, ignore_errors=True)


def kvm_candidate(conn: Any) -> bool:
    """KVM is worth a probe: the device opens and libvirt offers the kvm domain type."""
    if not os.access("/dev/kvm", os.R_OK | os.W_OK):
        return False
    return "type='kvm'" in conn.getCapabilities().replace('"', "'")
