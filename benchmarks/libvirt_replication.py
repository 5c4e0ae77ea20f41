"""Replication of a real libvirt guest with checkpoints, against the tools of the same machine.

One real guest (tests/support/guest.py: the Debian cloud kernel with a busybox initramfs,
TCG unless --domain-type kvm) with two qcow2 v3 disks: `vda`, a 64 MiB ext4 its /init writes in
a loop (128 KiB of /dev/urandom into one of 8 files, then the sequence file, each fsync'd),
and `vdb`, a --data-disk-gib (4) GiB data disk holding --data-gib (1) GiB of random data
spread over it, which the guest never touches. The replica is a recovery agent in its own
process (`python -m app.replication.agent`) on 127.0.0.1, reached by `HttpTransport` over TLS
with client certificates from a pairing CA made by `make_ca`/`make_host_cert`. In order:

1. **Initial replication** (`CheckpointTracker.first_copy`: a pull-mode backup creating the
   first checkpoint; allocated extents of both disks over mTLS)  vs  a raw TLS pipe of the
   same byte count (TLS 1.3 with the same certificates, Python ssl sockets, the receiver a
   process of its own that discards: the transport's limit on this machine)  vs
   `qemu-img convert` of the same two images to raw files locally.
2. **RPO against the copy frequency**: for each of --copy-frequencies, --cycles cycles of
   `CheckpointTracker.cycle()` on a fixed timer while the guest writes; RPO (now - cut time
   of the newest recovery point) sampled every 0.2 s; p50/p99. Per cycle: the dirty bitmap's
   bytes (`DiskCopy.tracked_bytes`), bytes read, bytes shipped on the wire, the guest's
   application bytes (its sequence numbers x 128 KiB) and its block-device bytes written
   (libvirt's `blockStats` of vda: ext4's journal and metadata included), both counted
   between the starts of consecutive cycles (within one guest write of the cut).
3. **One larger cycle**: --cycle-mib MiB of random data in --cycle-extent-kib KiB extents
   (one source file per extent, so nothing repeats for zstd to find) written into vdb, then
   one `cycle()`: the dirty extents read from the point-in-time export of the running guest,
   shipped over mTLS, applied on the replica with undo data, the point recorded  vs  `nbdcopy`
   (from `qemu-nbd`) and `qemu-img convert` of a qcow2 holding exactly the same extents, to
   local raw files, and vs the tools doing the cycle's whole job: `nbdcopy` reading the same
   qcow2 from `qemu-nbd` and writing it over NBD with TLS 1.3 (the pairing's certificates,
   both sides checked) to a second `qemu-nbd` on 127.0.0.1 serving a raw file, `--flush`
   making it durable there. QEMU keeps a running guest's disk to itself (no shared write permission;
   a shareable disk the tracker refuses), so the extents are written by `qemu-io` while the
   guest is shut off: the checkpoint's persistent bitmap, enabled in the image, records them
   as it would the guest's writes; the guest then starts again and the cycle runs as any
   other. Done --cycle-repeats times with new extents, each followed by the tools; the best
   (fewest seconds) of each side is compared.

For the first copy and the larger cycle, the benchmark also says where the time went: libvirt
calls (backupBegin, the job's end, the checkpoints), NBD reads of the export (it wraps
`NbdExport.read_ranges` while it runs), `send_delta` (the wire and the agent's apply; for the
larger cycle, the agent's own count of the body's arrival splits the two) and the rest
(hashing, encoding, waits); and the CPU seconds of each side (Standby: this process and the
agent's; a tool: its own process). The tools leave their output in the page cache, so each is
also timed with an fsync of it: Standby's replica is durable when it answers.

At the end the guest is shut down, the last changes ship from the persistent bitmap, and each
replica is compared with its source (`qemu-img compare`): the figures are of a correct copy.
The page cache is warm throughout (every image was just written). This machine's two cores are
shared with the guest's emulation (TCG), the agent, and whatever else runs: the load average
and the kernel's CPU pressure (/proc/pressure/cpu) are recorded, and the spread between runs
is large; compare figures within one run.

Writes JSON to benchmarks/results/libvirt_replication.json and prints a table. Never asserted
in tests. Needs root, a running libvirtd (qemu:///system), QEMU, libnbd (python3-libnbd,
libnbd-bin) and the guest's Debian packages (see tests/libvirt). About 4-5 minutes:

    .venv/bin/python benchmarks/libvirt_replication.py
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import resource
import shutil
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.replication.certificates import make_ca, make_host_cert  # noqa: E402
from app.replication.http_transport import (  # noqa: E402
    NO_RETRY,
    HttpTransport,
    client_ssl_context,
    server_ssl_context,
)
from app.replication.transport import DeltaAck  # noqa: E402

MIB = 1024 * 1024
GIB = 1024 * MIB
RESULTS = Path(__file__).resolve().parent / "results" / "libvirt_replication.json"
URI = "qemu:///system"
# Guests carry the session's test prefix (STANDBY_TEST_GUEST_PREFIX) so that parallel sessions on
# one libvirtd keep off each other's guests.
PREFIX = os.environ.get("STANDBY_TEST_GUEST_PREFIX", "standby-test-") + "bench-"
PAIR = "bench"
GUEST_WRITE = 128 * 1024  # what /init writes per sequence number (dd bs=64k count=2)
TARGETS = {
    "shipped_over_dirty": 1.05,  # bytes on the wire per cycle / the dirty bitmap's bytes
    "cycle_vs_tool_speed": 0.8,  # one cycle's dirty extents vs nbdcopy / qemu-img convert
}


# --- plumbing -----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, round(q / 100 * (len(s) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd: list[str]) -> float:
    """Run a tool to completion; its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - started


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def pid_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tool(cmd: list[str], outputs: list[Path]) -> dict:
    """A reference tool's run: wall and CPU seconds, then the fsync of what it wrote (the
    tools leave their output in the page cache; Standby's replica is durable when it
    answers)."""
    cpu = children_cpu()
    seconds = run(cmd)
    cpu = children_cpu() - cpu
    started = time.perf_counter()
    for path in outputs:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return {"seconds": seconds, "cpu_seconds": cpu, "fsync_seconds": time.perf_counter() - started}


def add_up(runs: list[dict], nbytes: int) -> dict:
    out = {k: sum(r[k] for r in runs) for k in ("seconds", "cpu_seconds", "fsync_seconds")}
    out["bytes"] = nbytes
    out["mb_s"] = mb_s(nbytes, out["seconds"])
    out["durable_seconds"] = out["seconds"] + out["fsync_seconds"]
    out["durable_mb_s"] = mb_s(nbytes, out["durable_seconds"])
    return out


class Cpu:
    """CPU seconds used by this process (every thread: the tracker, its NBD reads, the
    client side of TLS) and by the agent's process, between start() and stop()."""

    def __init__(self, agent_pid: int) -> None:
        self.agent_pid = agent_pid
        self.mine = self.agent = 0.0

    def start(self) -> None:
        self.mine, self.agent = time.process_time(), pid_cpu(self.agent_pid)

    def stop(self) -> dict:
        mine = time.process_time() - self.mine
        agent = pid_cpu(self.agent_pid) - self.agent
        return {
            "cpu_seconds": mine + agent,
            "primary_cpu_seconds": mine,
            "agent_cpu_seconds": agent,
        }


def pressure() -> dict:
    """The kernel's pressure stall figures (share of the last 10 s some task waited for a CPU,
    for I/O): how contended this shared machine was."""
    out = {}
    for what in ("cpu", "io"):
        try:
            line = Path(f"/proc/pressure/{what}").read_text().splitlines()[0]
        except (OSError, IndexError):
            continue
        out[f"{what}_some_avg10"] = float(line.split()[1].split("=")[1])
    return out


def tool_version(cmd: list[str]) -> str | None:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return None
    return (out.stdout or out.stderr).splitlines()[0].strip()


def mb_s(nbytes: int, seconds: float) -> float:
    return nbytes / seconds / 1e6 if seconds > 0 else float("nan")


class Pki:
    """A pairing CA and the certificates of both hosts, written under `folder`."""

    def __init__(self, folder: Path) -> None:
        ca = make_ca("Standby bench pairing CA")
        self.ca, _ = ca.write(folder, "ca")
        self.primary, self.primary_key = make_host_cert(ca, "primary").write(folder, "primary")
        self.recovery, self.recovery_key = make_host_cert(ca, "recovery").write(folder, "recovery")

    def client_context(self) -> ssl.SSLContext:
        return client_ssl_context(self.primary, self.primary_key, self.ca)


class Agent:
    """The recovery host: `python -m app.replication.agent` as its own process."""

    def __init__(self, storage: Path, pki: Pki) -> None:
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.storage = storage
        self.ctx = pki.client_context()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app.replication.agent",
                "--listen",
                f"127.0.0.1:{self.port}",
                "--storage",
                str(storage),
                "--cert",
                str(pki.recovery),
                "--key",
                str(pki.recovery_key),
                "--ca",
                str(pki.ca),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        probe = HttpTransport(self.url, self.ctx, retry=NO_RETRY)
        deadline = time.monotonic() + 60
        try:
            while True:
                try:
                    probe.health()
                    break
                except Exception:
                    if self.proc.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the recovery agent did not start") from None
                    time.sleep(0.1)
        finally:
            probe.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


class TimedTransport:
    """An HttpTransport that adds up the time spent in send_delta (the wire, and the agent's
    apply: it answers once the delta is applied). The tracker may have two deltas in flight
    (on threads): `send_seconds` is the wall time during which at least one was, and the
    largest delta's own send time is kept apart."""

    def __init__(self, inner: HttpTransport) -> None:
        self.inner = inner
        self.send_seconds = 0.0
        self.largest_bytes = 0
        self.largest_seconds = 0.0
        self.deltas = 0
        self._lock = threading.Lock()
        self._busy = 0
        self._busy_since = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        return self._timed(len(delta), lambda: self.inner.send_delta(pair_id, delta))

    def send_delta_stream(self, pair_id: str, length: int, pieces: Any) -> DeltaAck:
        """A large cycle delta that goes on the wire while it is read: its send time includes
        the NBD reads that feed it."""
        return self._timed(length, lambda: self.inner.send_delta_stream(pair_id, length, pieces))

    def _timed(self, nbytes: int, send: Any) -> DeltaAck:
        started = time.perf_counter()
        with self._lock:
            if not self._busy:
                self._busy_since = started
            self._busy += 1
        try:
            return send()
        finally:
            ended = time.perf_counter()
            with self._lock:
                self._busy -= 1
                if not self._busy:
                    self.send_seconds += ended - self._busy_since
                if nbytes >= self.largest_bytes:
                    self.largest_bytes, self.largest_seconds = nbytes, ended - started
                self.deltas += 1

    def reset(self) -> None:
        self.send_seconds, self.deltas = 0.0, 0
        self.largest_bytes, self.largest_seconds = 0, 0.0


class TimedDomain:
    """A libvirt domain that adds up the wall time of each of its methods the tracker calls
    (backupBegin, abortJob, backupGetXMLDesc, checkpoint lookups …)."""

    def __init__(self, dom: Any) -> None:
        self.dom = dom
        self.seconds: dict[str, float] = {}

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.dom, name)
        if not callable(attr):
            return attr

        def timed(*a: Any, **kw: Any) -> Any:
            started = time.perf_counter()
            try:
                return attr(*a, **kw)
            finally:
                took = time.perf_counter() - started
                self.seconds[name] = self.seconds.get(name, 0.0) + took

        return timed

    def reset(self) -> None:
        self.seconds = {}
        NbdReads.seconds = 0.0


class NbdReads:
    """Wall time spent inside `NbdExport.read_ranges` (the tracker's reads of the export):
    the benchmark wraps the method while it runs (instrumentation only)."""

    seconds = 0.0

    @classmethod
    @contextlib.contextmanager
    def installed(cls) -> Any:
        from app.libvirt.nbdio import NbdExport

        original = NbdExport.read_ranges

        def timed(self: Any, ranges: Any) -> Any:
            pieces = original(self, ranges)
            try:
                while True:
                    started = time.perf_counter()
                    try:
                        piece = next(pieces)
                    except StopIteration:
                        return
                    finally:
                        cls.seconds += time.perf_counter() - started
                    yield piece
            finally:
                pieces.close()

        NbdExport.read_ranges = timed  # type: ignore[method-assign]
        try:
            yield
        finally:
            NbdExport.read_ranges = original  # type: ignore[method-assign]


def breakdown(seconds: float, transport: TimedTransport, dom: TimedDomain) -> dict:
    """Where one operation's wall time went: libvirt calls, NBD reads of the export,
    send_delta (the wire and the agent's apply; wall time with at least one in flight), and
    the rest (zero checks, hashing and encoding the deltas, the tracker's waits for the backup
    job's end). The tracker reads the next delta while the previous one is in flight, so
    reads and sends overlap: `rest` then comes out smaller, even negative."""
    libvirt_s = sum(dom.seconds.values())
    return {
        "libvirt_seconds": libvirt_s,
        "libvirt_calls": {k: round(v, 4) for k, v in sorted(dom.seconds.items())},
        "nbd_read_seconds": NbdReads.seconds,
        "send_seconds": transport.send_seconds,
        "rest_seconds": seconds - libvirt_s - NbdReads.seconds - transport.send_seconds,
    }


def disk_copies(result: Any) -> list[dict]:
    return [
        {
            "disk": d.disk_id,
            "tracked_bytes": d.tracked_bytes,
            "read_bytes": d.read_bytes,
            "blocks": d.entries,
            "payload_bytes": d.payload_bytes,
            "shipped_bytes": d.shipped_bytes,
        }
        for d in result.disks
    ]


# --- the guest and its data disk ----------------------------------------------------------------


def make_data_disk(path: Path, size: int, data: int, rng: random.Random) -> list[tuple[int, int]]:
    """A qcow2 v3 of `size` bytes holding `data` bytes of random data in 1 MiB extents spread
    evenly over it (one in each slot of size/extents, at a random 64 KiB-aligned place).
    Returns the extents."""
    extents = data // MIB
    slot = size // extents
    raw = path.with_name(path.name + ".raw")
    placed = []
    with open(raw, "wb") as f:
        f.truncate(size)
        for i in range(extents):
            off = i * slot + rng.randrange((slot - MIB) // (64 * 1024) + 1) * 64 * 1024
            f.seek(off)
            f.write(rng.randbytes(MIB))
            placed.append((off, MIB))
    subprocess.run(
        [
            "qemu-img",
            "convert",
            "-f",
            "raw",
            "-O",
            "qcow2",
            "-o",
            "compat=1.1",
            str(raw),
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    raw.unlink()
    path.chmod(0o644)
    return placed


def two_disk_xml(name: str, boot: Any, vda: Path, vdb: Path, serial: Path, dtype: str) -> str:
    from tests.support.guest import domain_xml

    xml = domain_xml(name, boot, vda, serial, domain_type=dtype)
    second = (
        "<disk type='file' device='disk'>"
        "<driver name='qemu' type='qcow2' cache='none'/>"
        f"<source file='{escape(str(vdb))}'/>"
        "<target dev='vdb' bus='virtio'/></disk>\n    "
    )
    assert "<serial type='file'>" in xml
    return xml.replace("<serial type='file'>", second + "<serial type='file'>", 1)


def block_written(dom: Any, target: str = "vda") -> int:
    return int(dom.blockStats(target)[3])


# --- part 1: initial replication ----------------------------------------------------------------


def tls_sink(port: int, cert: str, key: str, ca: str) -> None:
    """The raw TLS pipe's receiver (its own process): accept one mTLS connection, read an
    8-byte length then that many bytes (discarded), answer b"ok"."""
    ctx = server_ssl_context(Path(cert), Path(key), Path(ca))
    with socket.create_server(("127.0.0.1", port)) as srv:
        print("listening", flush=True)
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            head = b""
            while len(head) < 8:
                head += tls.recv(8 - len(head))
            left = int.from_bytes(head, "little")
            buf = bytearray(1 << 20)
            while left > 0:
                n = tls.recv_into(buf, min(len(buf), left))
                if not n:
                    raise SystemExit("cut short")
                left -= n
            tls.sendall(b"ok")


def tls_pipe(pki: Pki, nbytes: int) -> dict:
    """Push `nbytes` of random data through TLS on 127.0.0.1 to a receiver process."""
    port = free_port()
    sink = subprocess.Popen(
        [
            sys.executable,
            __file__,
            "--tls-sink",
            str(port),
            str(pki.recovery),
            str(pki.recovery_key),
            str(pki.ca),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert sink.stdout is not None
        sink.stdout.readline()
        payload = memoryview(random.Random(7).randbytes(16 * MIB))
        ctx = pki.client_context()
        load = os.getloadavg()[0]
        mine, theirs = time.process_time(), children_cpu()
        with (
            socket.create_connection(("127.0.0.1", port)) as raw,
            ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
        ):
            cipher = tls.cipher()
            started = time.perf_counter()
            tls.sendall(nbytes.to_bytes(8, "little"))
            left = nbytes
            while left > 0:
                piece = payload[: min(len(payload), left)]
                tls.sendall(piece)
                left -= len(piece)
            answer = tls.recv(2)
            seconds = time.perf_counter() - started
        sink.wait(30)
        cpu = time.process_time() - mine + children_cpu() - theirs
    finally:
        if sink.poll() is None:
            sink.kill()
            sink.wait()
    assert answer == b"ok", answer
    return {
        "bytes": nbytes,
        "seconds": seconds,
        "mb_s": mb_s(nbytes, seconds),
        "cpu_seconds": cpu,
        "loadavg_1min_before": load,
        "pressure_at_end": pressure(),  # avg10: mostly the operation's own seconds
        "cipher": cipher[0] if cipher else None,
        "protocol": cipher[1] if cipher else None,
    }


def initial(
    tracker: Any, transport: TimedTransport, cpu: Cpu, disks: dict[str, Path], work: Path, pki: Pki
) -> dict:
    load = os.getloadavg()[0]
    transport.reset()
    tracker.domain.reset()
    cpu.start()
    started = time.perf_counter()
    result = tracker.first_copy()
    seconds = time.perf_counter() - started
    payload = sum(d.payload_bytes for d in result.disks)
    standby = {
        "seconds": seconds,
        **cpu.stop(),
        "loadavg_1min_before": load,
        "pressure_at_end": pressure(),  # avg10: mostly the operation's own seconds
        **breakdown(seconds, transport, tracker.domain),
        "deltas": transport.deltas,
        "disks": disk_copies(result),
        "allocated_bytes": result.tracked_bytes,
        "payload_bytes": payload,
        "shipped_bytes": result.shipped_bytes,
        "mb_s": mb_s(payload, seconds),
    }
    # qemu-img convert of the same two images (the domain runs: -U, no lock; vdb is idle).
    out = work / "convert"
    out.mkdir()
    load = os.getloadavg()[0]
    runs = [
        tool(
            [
                "qemu-img",
                "convert",
                "-U",
                "-f",
                "qcow2",
                "-O",
                "raw",
                str(image),
                str(out / target),
            ],
            [out / target],
        )
        for target, image in disks.items()
    ]
    shutil.rmtree(out)
    convert = {**add_up(runs, payload), "loadavg_1min_before": load, "pressure_at_end": pressure()}
    pipe = tls_pipe(pki, payload)
    return {
        "standby": standby,
        "tls_pipe": pipe,
        "qemu_img_convert": convert,
        "vs_tls_pipe": standby["mb_s"] / pipe["mb_s"],
        "vs_qemu_img_convert": standby["mb_s"] / convert["mb_s"],
        "vs_qemu_img_convert_durable": standby["mb_s"] / convert["durable_mb_s"],
    }


# --- part 2: RPO against the copy frequency -----------------------------------------------------


def rpo_run(tracker: Any, guest: Any, freq: float, cycles: int) -> dict:
    """One warm-up cycle, then `cycles` cycles due every `freq` seconds on a fixed timer (a
    cycle that overruns makes the next start at once: counted as late). RPO is sampled every
    0.2 s from the end of the warm-up until the end of the last cycle."""
    dom = guest.dom
    newest = tracker.cycle().cut_time  # warm-up: the schedule starts from a fresh point
    samples: list[float] = []
    stop = threading.Event()
    lock = threading.Lock()

    def sample() -> None:
        while not stop.wait(0.2):
            with lock:
                samples.append(time.time() - newest)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    rows = []
    late = 0
    seq_before, wr_before = guest.last_seq(), block_written(dom)
    t0 = time.monotonic()
    try:
        for k in range(1, cycles + 1):
            due = t0 + k * freq
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            else:
                late += 1
            seq, wr = guest.last_seq(), block_written(dom)
            tracker.transport.reset()
            tracker.domain.reset()
            started = time.perf_counter()
            result = tracker.cycle()
            seconds = time.perf_counter() - started
            spent = breakdown(seconds, tracker.transport, tracker.domain)
            with lock:
                newest = result.cut_time
            payload = sum(d.payload_bytes for d in result.disks)
            rows.append(
                {
                    "cycle_id": result.cycle_id,
                    "seconds": seconds,
                    "libvirt_seconds": spent["libvirt_seconds"],
                    "send_seconds": spent["send_seconds"],
                    "guest_seqs": seq - seq_before,
                    "guest_app_bytes": (seq - seq_before) * GUEST_WRITE,
                    "guest_device_bytes": wr - wr_before,
                    "dirty_bytes": result.tracked_bytes,
                    "read_bytes": sum(d.read_bytes for d in result.disks),
                    "payload_bytes": payload,
                    "shipped_bytes": result.shipped_bytes,
                }
            )
            seq_before, wr_before = seq, wr
    finally:
        stop.set()
        sampler.join()
    elapsed = time.monotonic() - t0
    load = os.getloadavg()[0]
    dirty = sum(r["dirty_bytes"] for r in rows)
    shipped = sum(r["shipped_bytes"] for r in rows)
    device = sum(r["guest_device_bytes"] for r in rows)
    app = sum(r["guest_app_bytes"] for r in rows)
    seconds = [r["seconds"] for r in rows]
    return {
        "copy_frequency_seconds": freq,
        "cycles": len(rows),
        "late_cycles": late,
        "loadavg_1min_after": load,
        "rpo_samples": len(samples),
        "rpo_p50": percentile(samples, 50),
        "rpo_p99": percentile(samples, 99),
        "rpo_max": max(samples) if samples else float("nan"),
        "cycle_seconds_p50": statistics.median(seconds),
        "cycle_seconds_max": max(seconds),
        "cycle_libvirt_seconds_p50": statistics.median(r["libvirt_seconds"] for r in rows),
        "cycle_send_seconds_p50": statistics.median(r["send_seconds"] for r in rows),
        "guest_seqs_per_s": sum(r["guest_seqs"] for r in rows) / elapsed,
        "guest_app_bytes": app,
        "guest_device_bytes": device,
        "dirty_bytes": dirty,
        "shipped_bytes": shipped,
        "shipped_over_dirty": shipped / dirty if dirty else float("nan"),
        "shipped_over_dirty_max": max(
            (r["shipped_bytes"] / r["dirty_bytes"] for r in rows if r["dirty_bytes"]),
            default=float("nan"),
        ),
        "dirty_over_device": dirty / device if device else float("nan"),
        "dirty_over_app": dirty / app if app else float("nan"),
        "per_cycle": rows,
    }


# --- part 3: one larger cycle vs nbdcopy / qemu-img convert -------------------------------------


def qemu_nbd(args: list[str], pid_file: Path) -> subprocess.Popen:
    """Start `qemu-nbd args`; return once it serves (it writes its pid file only then)."""
    pid_file.unlink(missing_ok=True)
    server = subprocess.Popen(["qemu-nbd", "--pid-file", str(pid_file), *args])
    deadline = time.monotonic() + 10
    while not (pid_file.exists() and pid_file.stat().st_size):
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            raise RuntimeError(f"qemu-nbd did not start serving (exit status {server.poll()})")
        time.sleep(0.01)
    return server


def nbdcopy_over_tls(source: Path, size: int, work: Path, pki: Pki) -> dict:
    """The same job as a cycle's, done by the tools: `nbdcopy` reads the extents from one
    `qemu-nbd` (the qcow2 holding them) and writes them over NBD with TLS 1.3 and the pairing's
    certificates (mTLS) to a second `qemu-nbd` on 127.0.0.1, the recovery side, serving a raw
    file of the disk's size; `--flush` makes them durable there before nbdcopy exits. Its
    seconds are nbdcopy's run (both servers listen before it starts); its CPU seconds are
    nbdcopy's and the receiving server's (Standby's count its agent's)."""
    # qemu-nbd and libnbd each read a folder of PEM files named for their side.
    creds = {"server": work / "tls-server", "client": work / "tls-client"}
    own = {"server": (pki.recovery, pki.recovery_key), "client": (pki.primary, pki.primary_key)}
    for side, folder in creds.items():
        folder.mkdir()
        shutil.copy(pki.ca, folder / "ca-cert.pem")
        shutil.copy(own[side][0], folder / f"{side}-cert.pem")
        shutil.copy(own[side][1], folder / f"{side}-key.pem")
    sock, target = work / "tool-source.sock", work / "tool-replica.raw"
    with target.open("wb") as f:
        f.truncate(size)
    port = free_port()
    servers = [
        qemu_nbd(
            ["--read-only", "--persistent", "-f", "qcow2", "-k", str(sock), str(source)],
            work / "tool-source.pid",
        )
    ]
    try:
        servers.append(
            qemu_nbd(
                [
                    "--persistent",
                    "-f",
                    "raw",
                    "-b",
                    "127.0.0.1",
                    "-p",
                    str(port),
                    "--object",
                    f"tls-creds-x509,id=tls0,endpoint=server,dir={creds['server']},verify-peer=on",
                    "--tls-creds",
                    "tls0",
                    "-x",
                    "replica",
                    str(target),
                ],
                work / "tool-replica.pid",
            )
        )
        receiver = pid_cpu(servers[1].pid)
        load = os.getloadavg()[0]
        result = tool(
            [
                "nbdcopy",
                "--destination-is-zero",  # a fresh sparse file: only the data is written
                "--flush",
                f"nbd+unix:///?socket={sock}",
                f"nbds://127.0.0.1:{port}/replica?tls-certificates={creds['client']}",
            ],
            [target],
        )
        result["cpu_seconds"] += pid_cpu(servers[1].pid) - receiver
        result["loadavg_1min_before"] = load
    finally:
        for server in servers:
            server.terminate()
            server.wait(10)
        target.unlink(missing_ok=True)
        for folder in creds.values():
            shutil.rmtree(folder)
    return result


def big_cycle_once(
    args: argparse.Namespace,
    tracker: Any,
    transport: TimedTransport,
    cpu: Cpu,
    guest: Any,
    disks: dict[str, Path],
    data_size: int,
    work: Path,
    shared: Path,
    rng: random.Random,
    pki: Pki,
) -> dict:
    """`shared`: a folder QEMU (libvirt-qemu) can read, for the extents' source files."""
    extent = args.cycle_extent_kib * 1024
    count = args.cycle_mib * MIB // extent
    sources = Path(tempfile.mkdtemp(prefix="extents-", dir=shared))
    sources.chmod(0o755)
    slots = rng.sample(range(data_size // extent), count)  # non-overlapping, anywhere
    writes = []
    for i, slot in enumerate(sorted(slots)):
        src = sources / f"e{i}"
        src.write_bytes(rng.randbytes(extent))
        src.chmod(0o644)
        writes.append((src, slot * extent))
    cmd = ["qemu-io", "-f", "qcow2"]
    for src, off in writes:
        cmd += ["-c", f"write -q -s {src} {off} {extent}"]
    written = count * extent
    # QEMU keeps the guest's vdb to itself while it runs (its block device shares no write
    # permission, and the tracker refuses a shareable disk), so the extents are written while
    # the guest is shut off, by qemu-io on the image: the checkpoint's persistent bitmap,
    # enabled in the image, records them as it would the guest's writes. Then the guest starts
    # again and the cycle runs as any other, from a point-in-time export of the running VM.
    guest.shutdown(timeout=60)
    write_seconds = run([*cmd, str(disks["vdb"])])
    guest.start_again(timeout=120)
    guest.wait_seq(guest.last_seq() + 1, timeout=60)

    load = os.getloadavg()[0]
    transport.reset()
    tracker.domain.reset()
    cpu.start()
    started = time.perf_counter()
    result = tracker.cycle()
    seconds = time.perf_counter() - started
    payload = sum(d.payload_bytes for d in result.disks)
    standby = {
        "seconds": seconds,
        **cpu.stop(),
        "loadavg_1min_before": load,
        "pressure_at_end": pressure(),  # avg10: mostly the operation's own seconds
        **breakdown(seconds, transport, tracker.domain),
        "disks": disk_copies(result),
        "dirty_bytes": result.tracked_bytes,
        "payload_bytes": payload,
        "shipped_bytes": result.shipped_bytes,
        "mb_s": mb_s(result.tracked_bytes, seconds),
    }
    # The largest delta is vdb's, and the last to arrive (the disks ship in order): the agent's
    # own count of how long its body took to arrive, the rest of its send_delta being the
    # apply and the answer.
    stats = transport.inner.agent_stats()
    standby["vdb_delta"] = {
        "bytes": stats.last_delta_bytes,
        "send_seconds": transport.largest_seconds,
        "body_receive_seconds": stats.last_delta_receive_seconds,
        "apply_and_answer_seconds": transport.largest_seconds - stats.last_delta_receive_seconds,
    }

    # The same extents in a qcow2 of their own, copied by the tools to local raw files.
    image = work / "extents.qcow2"
    subprocess.run(
        ["qemu-img", "create", "-q", "-f", "qcow2", "-o", "compat=1.1", str(image), str(data_size)],
        check=True,
    )
    subprocess.run([*cmd, str(image)], check=True, capture_output=True)
    shutil.rmtree(sources)
    refs: dict[str, Any] = {}
    out = work / "extents.raw"
    refs["qemu_img_convert"] = tool(
        ["qemu-img", "convert", "-f", "qcow2", "-O", "raw", str(image), str(out)], [out]
    )
    out.unlink()
    shipping: dict[str, Any] = {}
    if shutil.which("nbdcopy") and shutil.which("qemu-nbd"):
        sock = work / "extents.sock"
        server = qemu_nbd(
            ["--read-only", "--persistent", "-f", "qcow2", "-k", str(sock), str(image)],
            work / "extents.pid",
        )
        try:
            out.touch()
            refs["nbdcopy"] = tool(["nbdcopy", f"nbd+unix:///?socket={sock}", str(out)], [out])
        finally:
            server.terminate()
            server.wait(10)
            out.unlink(missing_ok=True)
        shipping["nbdcopy_tls"] = add_up([nbdcopy_over_tls(image, data_size, work, pki)], written)
    image.unlink()
    return {
        "written_bytes": written,
        "extents": count,
        "extent_bytes": extent,
        "offline_write_seconds": write_seconds,
        "standby": standby,
        "tools": {name: add_up([r], written) for name, r in refs.items()},
        # The tools doing the cycle's whole job: reading, shipping over TLS, durable there.
        "shipping_tools": shipping,
        # The transport's own floor: the same bytes through TLS between two processes here,
        # nothing read, checked or written.
        "tls_pipe": tls_pipe(pki, written),
    }


def big_cycle(args: argparse.Namespace, *rest: Any) -> dict:
    """--cycle-repeats larger cycles (new extents each time), each followed by the tools on
    its extents; compared best against best (the fewest seconds of each), since this shared
    machine's spread from one run to the next is large."""
    runs = []
    for _ in range(args.cycle_repeats):
        runs.append(big_cycle_once(args, *rest))
        print(
            f"  cycle {runs[-1]['standby']['seconds']:.2f} s, "
            + ", ".join(
                f"{k} {t['seconds']:.2f} s"
                for k, t in (runs[-1]["tools"] | runs[-1]["shipping_tools"]).items()
            ),
            flush=True,
        )
    standby = min((r["standby"] for r in runs), key=lambda r: r["seconds"])
    tools = {
        name: min((r["tools"][name] for r in runs), key=lambda t: t["seconds"])
        for name in runs[0]["tools"]
    }
    shipping = {
        name: min((r["shipping_tools"][name] for r in runs), key=lambda t: t["durable_seconds"])
        for name in runs[0]["shipping_tools"]
    }
    return {
        **{k: runs[0][k] for k in ("written_bytes", "extents", "extent_bytes")},
        "repeats": len(runs),
        "standby": standby,
        "tools": tools,
        "tls_pipe": min((r["tls_pipe"] for r in runs), key=lambda t: t["seconds"]),
        "vs_tools": {name: standby["mb_s"] / t["mb_s"] for name, t in tools.items()},
        "vs_tools_durable": {
            name: standby["mb_s"] / t["durable_mb_s"] for name, t in tools.items()
        },
        "shipping_tools": shipping,
        # Durable against durable: nbdcopy flushed the far side before it exited.
        "vs_shipping_tools": {
            name: standby["mb_s"] / t["durable_mb_s"] for name, t in shipping.items()
        },
        "standby_seconds_each": [r["standby"]["seconds"] for r in runs],
        "runs": runs,
    }


# --- the run --------------------------------------------------------------------------------------


def final_sync(tracker: Any, guest: Any, agent: Agent, disks: dict[str, Path]) -> dict:
    guest.shutdown(timeout=60)
    result = tracker.cycle()
    same = {}
    for target, image in disks.items():
        replica = agent.storage / PAIR / f"{target}.img"
        cmp = subprocess.run(
            ["qemu-img", "compare", "-f", "qcow2", "-F", "raw", str(image), str(replica)],
            capture_output=True,
            text=True,
        )
        same[target] = cmp.returncode == 0
    return {"mode": result.mode, "shipped_bytes": result.shipped_bytes, "identical": same}


def bench(args: argparse.Namespace, work: Path) -> dict:
    import libvirt

    from app.libvirt import CheckpointTracker, load_libnbd
    from app.replication.heap import steady_heap
    from tests.support.guest import Guest, build_boot, make_disk, traversable_dir

    load_libnbd()
    # This process reads and ships as a host agent's does: the same allocator settings.
    steady_heap()
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open(URI)
    rng = random.Random(args.seed)
    doc: dict[str, Any] = {}
    folder = traversable_dir(PREFIX)
    guest = None
    agent = None
    transport = None
    stack = contextlib.ExitStack()
    try:
        boot = build_boot(folder / "boot")
        vda = make_disk(folder / "vda.qcow2")
        data_size = int(args.data_disk_gib * GIB)
        started = time.perf_counter()
        make_data_disk(folder / "vdb.qcow2", data_size, int(args.data_gib * GIB), rng)
        doc["data_disk_build_seconds"] = time.perf_counter() - started
        disks = {"vda": vda, "vdb": folder / "vdb.qcow2"}
        name = f"{PREFIX}{uuid.uuid4().hex[:8]}"
        serial = folder / "serial.log"
        xml = two_disk_xml(name, boot, vda, disks["vdb"], serial, args.domain_type)
        guest = Guest(conn, name, vda, serial, xml)
        started = time.perf_counter()
        guest.define_and_start()
        guest.wait_ready(timeout=120)
        doc["guest"] = {
            "name": name,
            "domain_type": args.domain_type,
            "boot_to_ready_seconds": time.perf_counter() - started,
        }
        pki = Pki(work / "pki")
        agent = Agent(work / "recovery-host", pki)
        transport = TimedTransport(HttpTransport(agent.url, agent.ctx))
        state = folder / "state"  # QEMU must reach the NBD socket in there
        state.mkdir(mode=0o755)
        tracker = CheckpointTracker(
            TimedDomain(guest.dom), pair_id=PAIR, transport=transport, state_dir=state
        )
        guest.wait_seq(2, timeout=60)
        stack.enter_context(NbdReads.installed())
        print("initial replication …", flush=True)
        cpu = Cpu(agent.proc.pid)
        doc["initial"] = initial(tracker, transport, cpu, disks, work, pki)
        doc["rpo"] = []
        for freq in args.copy_frequencies:
            print(f"RPO at a copy frequency of {freq:g} s, {args.cycles} cycles …", flush=True)
            doc["rpo"].append(rpo_run(tracker, guest, freq, args.cycles))
        print("one larger cycle …", flush=True)
        doc["cycle"] = big_cycle(
            args, tracker, transport, cpu, guest, disks, data_size, work, folder, rng, pki
        )
        if args.verify:
            print("shut down, last changes, compare …", flush=True)
            doc["final_sync"] = final_sync(tracker, guest, agent, disks)
        doc["guest"]["last_seq"] = guest.last_seq()
    finally:
        stack.close()
        if transport is not None:
            transport.inner.close()
        if agent is not None:
            agent.stop()
        if guest is not None:
            with contextlib.suppress(libvirt.libvirtError):
                guest.remove()
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)
    return doc


def spent(s: dict) -> str:
    return (
        f"libvirt {s['libvirt_seconds']:.2f} s, NBD reads {s['nbd_read_seconds']:.2f} s, "
        f"send+apply {s['send_seconds']:.2f} s (overlapping the reads), "
        f"rest (hash, encode, waits) {s['rest_seconds']:.2f} s"
    )


def row(label: str, r: dict, ratio: float | None = None, durable: bool = False) -> str:
    seconds = r["durable_seconds"] if durable else r["seconds"]
    speed = r["durable_mb_s"] if durable else r["mb_s"]
    times = f"{ratio:>10.2f}×" if ratio is not None else f"{'':>11}"
    return f"{label:<40}{seconds:>9.2f}{speed:>9.0f}{r['cpu_seconds']:>8.1f}{times}"


HEAD = f"{'':<40}{'seconds':>9}{'MB/s':>9}{'CPU s':>8}{'Standby ×':>11}"


def print_table(doc: dict) -> None:
    i = doc["initial"]
    s = i["standby"]
    per_disk = ", ".join(f"{d['disk']} {d['payload_bytes'] / MIB:,.0f} MiB" for d in s["disks"])
    print()
    print(
        f"Initial replication: {s['payload_bytes'] / MIB:,.0f} MiB of data in two qcow2 disks "
        f"({per_disk})"
    )
    print(HEAD)
    print("-" * len(HEAD))
    print(row("Standby first_copy over mTLS", s))
    print(row(f"raw TLS pipe ({i['tls_pipe']['protocol']})", i["tls_pipe"], i["vs_tls_pipe"]))
    c = i["qemu_img_convert"]
    print(row("qemu-img convert (local)", c, i["vs_qemu_img_convert"]))
    print(row("qemu-img convert + fsync", c, i["vs_qemu_img_convert_durable"], durable=True))
    print(f"  Standby: {spent(s)}")
    print()
    target = TARGETS["shipped_over_dirty"]
    print(f"RPO and bytes per cycle (shipped/dirty target ≤ {target})")
    head = (
        f"{'freq s':>7}{'cycles':>7}{'late':>5}{'RPO p50':>9}{'p99':>7}{'cycle s':>9}"
        f"{'app MiB':>9}{'dev MiB':>9}{'dirty MiB':>10}{'ship MiB':>10}{'ship/dirty':>11}"
        f"{'max':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in doc["rpo"]:
        n = r["cycles"]
        print(
            f"{r['copy_frequency_seconds']:>7g}{n:>7}{r['late_cycles']:>5}"
            f"{r['rpo_p50']:>9.1f}{r['rpo_p99']:>7.1f}{r['cycle_seconds_p50']:>9.2f}"
            f"{r['guest_app_bytes'] / n / MIB:>9.2f}{r['guest_device_bytes'] / n / MIB:>9.2f}"
            f"{r['dirty_bytes'] / n / MIB:>10.2f}{r['shipped_bytes'] / n / MIB:>10.2f}"
            f"{r['shipped_over_dirty']:>11.3f}{r['shipped_over_dirty_max']:>7.3f}"
        )
    print(
        "  MiB columns: mean per cycle; app = the guest's sequences × 128 KiB, dev = vda's "
        "blockStats bytes written;\n  cycle s = median, of which libvirt "
        + ", ".join(f"{r['cycle_libvirt_seconds_p50']:.2f}" for r in doc["rpo"])
        + " s and send+apply "
        + ", ".join(f"{r['cycle_send_seconds_p50']:.2f}" for r in doc["rpo"])
        + " s"
    )
    c = doc["cycle"]
    s = c["standby"]
    print()
    target = TARGETS["cycle_vs_tool_speed"]
    each = ", ".join(f"{x:.2f}" for x in c["standby_seconds_each"])
    print(
        f"One cycle: {c['written_bytes'] / MIB:.0f} MiB in {c['extents']} extents of "
        f"{c['extent_bytes'] // 1024} KiB on vdb (+ the guest's vda writes); target ≥ {target}×\n"
        f"best of {c['repeats']} for each side (Standby's cycles took {each} s)"
    )
    print(HEAD)
    print("-" * len(HEAD))
    print(row("Standby cycle over mTLS (durable)", s))
    for name, t in c["tools"].items():
        label = {"qemu_img_convert": "qemu-img convert"}.get(name, name)
        print(row(f"{label} (same extents, local)", t, c["vs_tools"][name]))
        print(row(f"{label} + fsync", t, c["vs_tools_durable"][name], durable=True))
    for name, t in c.get("shipping_tools", {}).items():
        label = {"nbdcopy_tls": "nbdcopy over TLS to qemu-nbd, --flush"}.get(name, name)
        print(row(label, t, c["vs_shipping_tools"][name], durable=True))
    p = c["tls_pipe"]
    print(row(f"raw TLS pipe of the same bytes ({p['protocol']})", p, s["mb_s"] / p["mb_s"]))
    print(
        f"  Standby: dirty {s['dirty_bytes'] / MIB:.1f} MiB, shipped {s['shipped_bytes'] / MIB:.1f}"
        f" MiB; {spent(s)}"
    )
    v = s["vdb_delta"]
    print(
        f"  vdb's delta ({v['bytes'] / MIB:.1f} MiB): body on the wire "
        f"{v['body_receive_seconds']:.2f} s, apply (undo, fsyncs, point) and answer "
        f"{v['apply_and_answer_seconds']:.2f} s"
    )
    print(
        "  CPU s: Standby = this process + the agent's; a tool = its own process (over TLS: "
        "nbdcopy + the receiving qemu-nbd); the TLS pipe = both its ends"
    )
    f = doc.get("final_sync")
    if f:
        same = ", ".join(
            f"{d} {'identical' if ok else 'DIFFERS'}" for d, ok in f["identical"].items()
        )
        print(f"\nfinal sync after shutdown ({f['mode']}): {same}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--copy-frequencies", type=lambda s: [float(x) for x in s.split(",")], default=[5.0, 10.0]
    )
    ap.add_argument("--cycles", type=int, default=6, help="timed cycles per copy frequency")
    ap.add_argument("--data-disk-gib", type=float, default=4.0)
    ap.add_argument("--data-gib", type=float, default=1.0)
    ap.add_argument("--cycle-mib", type=int, default=128)
    ap.add_argument("--cycle-extent-kib", type=int, default=256)
    ap.add_argument("--cycle-repeats", type=int, default=2, help="larger cycles, best one kept")
    ap.add_argument("--domain-type", choices=["qemu", "kvm"], default="qemu")
    ap.add_argument("--no-verify", dest="verify", action="store_false")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--output", type=Path, default=RESULTS)
    ap.add_argument("--tls-sink", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.tls_sink:
        port, cert, key, ca = args.tls_sink
        tls_sink(int(port), cert, key, ca)
        return
    try:
        import libvirt  # noqa: F401
    except ImportError as exc:
        raise SystemExit(f"libvirt-python is not installed ({exc})") from None
    doc: dict[str, Any] = {
        "benchmark": "libvirt_replication",
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "loadavg_before": os.getloadavg(),
        "pressure_before": pressure(),
        "tools": {
            "qemu-img": tool_version(["qemu-img", "--version"]),
            "nbdcopy": tool_version(["nbdcopy", "--version"]),
            "openssl": ssl.OPENSSL_VERSION,
        },
        "arguments": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "targets": TARGETS,
    }
    with tempfile.TemporaryDirectory(dir=args.workdir, prefix=PREFIX) as tmp:
        doc.update(bench(args, Path(tmp)))
    doc["loadavg_after"] = os.getloadavg()
    doc["pressure_after"] = pressure()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(doc, indent=2) + "\n")
    print_table(doc)
    before, after = doc["pressure_before"], doc["pressure_after"]
    print(
        f"\nload average before/after: {doc['loadavg_before'][0]:.1f} / "
        f"{doc['loadavg_after'][0]:.1f} on {doc['cpus']} CPUs; CPU pressure (some, avg10) "
        f"{before.get('cpu_some_avg10', float('nan')):.0f}% / "
        f"{after.get('cpu_some_avg10', float('nan')):.0f}%; results in {args.output}"
    )


if __name__ == "__main__":
    main()
