"""The host-to-host transport: a real agent on 127.0.0.1 over HTTPS with client certificates.

Replication through it is byte-exact and audits clean; clients without a certificate, or with
one from another CA, are refused; the link cut mid-stream (a relay that drops the TCP stream
after N bytes, 50 times; and the agent process killed and restarted) never leaves a corrupt
or half-applied recovery point; the bandwidth limit holds on the wire.
"""

from __future__ import annotations

import contextlib
import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from app.domain.enums import RecoveryPointKind
from app.lab.auditor import audit
from app.lab.workload import GuestWorkload, WorkloadConfig
from app.replication import (
    BLOCK_SIZE,
    DeltaCorrupt,
    FsyncPolicy,
    ReplicaService,
    ReplicaState,
    ReplicationError,
    ReplicationPair,
    SequenceGap,
    TokenBucket,
    TrackedDisk,
    TransportError,
)
from app.replication.agent import build_agent_server, parse_listen
from app.replication.certificates import HostFiles, make_ca, make_host_cert, write_pairing
from app.replication.cycle import Delta, DeltaEntry, DeltaKind
from app.replication.http_transport import (
    NO_RETRY,
    AgentStats,
    CertificateRefused,
    HttpTransport,
    RetryPolicy,
    client_ssl_context,
)
from tests.replication.test_hrl_disk import (
    test_corrupt_log_stops_the_cycle_and_resync_repairs as corrupt_log_scenario,
)

DISK_SIZE = 64 * BLOCK_SIZE  # as in conftest
ROOT = Path(__file__).resolve().parents[2]


# --- certificates, agents, relays ---------------------------------------------------------------


@dataclass(frozen=True)
class Pki:
    primary: HostFiles  # the protected VM's host: the client
    recovery: HostFiles  # the replica's host: the agent
    intruder: HostFiles  # a host certificate from another CA


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    pairing = write_pairing(folder / "pairing", ["primary", "recovery"])
    other = write_pairing(folder / "other", ["intruder"])
    return Pki(pairing["primary"], pairing["recovery"], other["intruder"])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class AgentThread:
    """`standby agent` in a thread of the test process: its service stays inspectable."""

    def __init__(
        self, storage: Path, files: HostFiles, port: int | None = None, **server: int
    ) -> None:
        self.service = ReplicaService(storage)
        self.port = port or free_port()
        self.server = build_agent_server(
            self.service, "127.0.0.1", self.port, files.cert, files.key, files.ca, **server
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def stats(self) -> AgentStats:
        return self.server.config.app.state.stats  # type: ignore[union-attr]

    def start(self) -> AgentThread:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert self.thread.is_alive(), "the agent failed to start"
            assert time.monotonic() < deadline, "the agent did not start within 30 s"
            time.sleep(0.02)
        return self

    def idle(self, timeout: float = 30.0) -> None:
        """Wait until no request is being handled (a cut request may still be applying)."""
        deadline = time.monotonic() + timeout
        while self.stats.in_flight:
            assert time.monotonic() < deadline, "the agent stayed busy"
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.service.close()


@pytest.fixture
def agent(tmp_path: Path, pki: Pki) -> Iterator[AgentThread]:
    running = AgentThread(tmp_path / "recovery-host", pki.recovery).start()
    yield running
    running.stop()


def transport_for(url: str, files: HostFiles | None, ca: Path, **kw) -> HttpTransport:
    ctx = client_ssl_context(files.cert if files else None, files.key if files else None, ca)
    return HttpTransport(url, ctx, **kw)


@pytest.fixture
def http(agent: AgentThread, pki: Pki) -> Iterator[HttpTransport]:
    t = transport_for(agent.url, pki.primary, pki.primary.ca)
    yield t
    t.close()


class CutRelay:
    """A TCP relay in front of the agent that cuts the link after a byte budget.

    `cut_after(up=n)` lets n more bytes go primary → agent (or `down=` agent → primary), then
    resets every connection and refuses new ones until `restore()`: a link that goes down in
    the middle of a TLS stream, wherever the budget runs out.
    """

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._lock = threading.Lock()
        self._budget: dict[str, int | None] = {"up": None, "down": None}
        self._down = False
        self._conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def cut_after(self, *, up: int | None = None, down: int | None = None) -> None:
        with self._lock:
            self._budget = {"up": up, "down": down}

    def restore(self) -> None:
        with self._lock:
            self._budget = {"up": None, "down": None}
            self._down = False

    @property
    def cut(self) -> bool:
        return self._down

    def close(self) -> None:
        self.listener.close()
        self._reset_all()

    def _reset_all(self) -> None:
        for s in self._conns:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)  # wakes the pump blocked on it; close alone won't
            with contextlib.suppress(OSError):
                s.close()
        self._conns.clear()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                if self._down:
                    client.close()
                    continue
                upstream = socket.create_connection(self.target)
                self._conns += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, "up"), daemon=True).start()
            threading.Thread(
                target=self._pump, args=(upstream, client, "down"), daemon=True
            ).start()

    def _pump(self, src: socket.socket, dst: socket.socket, direction: str) -> None:
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                return
            if not data:
                with contextlib.suppress(OSError):
                    dst.shutdown(socket.SHUT_WR)
                return
            with self._lock:
                if self._down:
                    return
                budget = self._budget[direction]
                if budget is not None:
                    if len(data) >= budget:
                        data = data[:budget]
                        self._down = True
                    self._budget[direction] = budget - len(data)
                cut = self._down
            try:
                if data:
                    dst.sendall(data)
            except OSError:
                return
            if cut:
                with self._lock:
                    self._reset_all()
                return


# --- helpers ------------------------------------------------------------------------------------


def make_vm(folder: Path, vm_id: str = "vm1") -> tuple[TrackedDisk, GuestWorkload]:
    folder.mkdir(parents=True, exist_ok=True)
    disk = TrackedDisk.create(
        folder / f"{vm_id}-d0.img",
        vm_id=vm_id,
        disk_id="d0",
        size_bytes=DISK_SIZE,
        fsync=FsyncPolicy.NEVER,
    )
    workload = GuestWorkload(vm_id, [disk], folder / f"{vm_id}.sbwh", WorkloadConfig(seed=11))
    return disk, workload


def assert_replica_sound(service: ReplicaService, pair_id: str, workload: GuestWorkload) -> None:
    """No half-applied state: the journal accounts for every undo file, the replica is
    consistent, and it audits as exactly the prefix its latest point claims."""
    replica = service.replica(pair_id, "d0")
    assert replica is not None
    undo_files = {p.name for p in replica.points_dir.glob("*.undo")}
    assert undo_files == {a.undo for a in replica.journal.applies if a.undo}
    assert not (replica.points_dir / "journal.json.tmp").exists()
    assert replica.status().state is ReplicaState.CONSISTENT
    latest = replica.latest_point()
    assert latest is not None
    report = audit({"d0": replica.image}, vm_id=workload.vm_id, history=workload.history)
    assert report.intact and report.crash_consistent, report.problems
    assert report.consistent_prefix == latest.last_seq


def assert_every_point_audits(
    service: ReplicaService, pair_id: str, workload: GuestWorkload, scratch: Path
) -> int:
    replica = service.replica(pair_id, "d0")
    assert replica is not None
    points = replica.points()
    for p in points:
        clone = replica.materialize(p.cycle_id, scratch / f"point-{p.cycle_id}.img")
        report = audit({"d0": clone}, vm_id=workload.vm_id, history=workload.history)
        assert report.intact and report.crash_consistent, (p, report.problems)
        assert report.consistent_prefix == p.last_seq, p
        clone.unlink()
    return len(points)


# --- tests --------------------------------------------------------------------------------------


def test_https_replication_is_byte_exact_and_audits_clean(
    tmp_path: Path, agent: AgentThread, http: HttpTransport
) -> None:
    assert http.health()["ok"]
    disk, workload = make_vm(tmp_path / "primary-host")
    workload.write_many(25)
    pair = ReplicationPair("pair1", [disk], http, chunk_bytes=8 * BLOCK_SIZE, quiescer=workload)
    assert pair.initial_replication()
    for i in range(5):
        workload.write_many(7 + i)
        kind = RecoveryPointKind.APP_CONSISTENT if i == 2 else RecoveryPointKind.CRASH_CONSISTENT
        result = pair.run_cycle(kind)
        assert result.payload_bytes > 0
    replica = agent.service.replica("pair1", "d0")
    assert replica.image.read_bytes() == disk.image.read_bytes()
    report = audit({"d0": replica.image}, vm_id="vm1", history=workload.history)
    assert report.intact and report.crash_consistent and report.writes_lost == 0
    assert len(replica.points()) == 6
    assert_every_point_audits(agent.service, "pair1", workload, tmp_path)
    status = http.status("pair1", "d0")
    assert status == replica.status()
    # Retention runs on the replica host, asked over the same transport.
    assert http.points("pair1", "d0") == replica.points()
    assert http.prune("pair1", "d0", retention_hours=24) == []
    assert http.prune("pair1", "d0", retention_hours=0) == [1, 2, 3, 4, 5]
    assert [p.cycle_id for p in http.points("pair1", "d0")] == [6]
    assert http.points("pair1", "nope") == []
    assert http.status("pair1", "nope") is None
    assert len(http.block_hashes("pair1", "d0")) == DISK_SIZE // BLOCK_SIZE
    stats = http.agent_stats()
    assert stats.deltas_received >= 6 and stats.errors == 0
    workload.close()
    disk.close()


def test_remote_errors_keep_their_meaning(agent: AgentThread, http: HttpTransport) -> None:
    http.prepare("p", vm_id="vm1", disk_id="d0", size_bytes=DISK_SIZE, fresh=True)
    with pytest.raises(DeltaCorrupt):
        http.send_delta("p", b"not a delta at all, not even close" * 10)
    gap = Delta(DeltaKind.CYCLE, "vm1", "d0", DISK_SIZE, base_seq=5, end_seq=9, cycle_id=1)
    with pytest.raises(SequenceGap):  # the replica expects seq 1: the pair will resync
        http.send_delta("p", gap.encode())
    with pytest.raises(ReplicationError):
        http.block_hashes("p", "missing")
    with pytest.raises(ReplicationError):
        http.status("..", "d0")


def _refused(url: str, files: HostFiles | None, ca: Path) -> None:
    """Both a bare httpx request and the transport fail at the TLS layer."""
    ctx = client_ssl_context(files.cert if files else None, files.key if files else None, ca)
    with pytest.raises(httpx.TransportError), httpx.Client(verify=ctx, timeout=10) as c:
        c.get(f"{url}/v1/health")
    t = HttpTransport(url, ctx, retry=NO_RETRY)
    with pytest.raises(TransportError):
        t.prepare("evil", vm_id="vm1", disk_id="d0", size_bytes=DISK_SIZE, fresh=True)
    t.close()


def test_client_without_a_certificate_is_refused(agent: AgentThread, pki: Pki) -> None:
    _refused(agent.url, None, pki.primary.ca)
    assert agent.stats.requests == 0
    assert not (agent.service.root / "evil").exists()


def test_client_with_a_certificate_from_another_ca_is_refused(agent: AgentThread, pki: Pki) -> None:
    # The intruder trusts our CA (it knows whom it is calling) but its own cert is foreign.
    _refused(agent.url, pki.intruder, pki.primary.ca)
    assert agent.stats.requests == 0
    assert not (agent.service.root / "evil").exists()


def test_agent_with_a_foreign_certificate_is_not_trusted(tmp_path: Path, pki: Pki) -> None:
    impostor = AgentThread(tmp_path / "impostor", pki.intruder).start()
    try:
        t = transport_for(impostor.url, pki.primary, pki.primary.ca)
        with pytest.raises(CertificateRefused):
            t.status("pair1", "d0")
        t.close()
    finally:
        impostor.stop()


def test_link_cut_mid_stream_50_times_never_half_applies(
    tmp_path: Path, agent: AgentThread, pki: Pki
) -> None:
    relay = CutRelay(agent.port)
    t = transport_for(
        relay.url, pki.primary, pki.primary.ca, retry=RetryPolicy(attempts=2, backoff=0.01)
    )
    disk, workload = make_vm(tmp_path / "primary-host")
    pair = ReplicationPair("pair1", [disk], t, compress=False)  # every write is 64 KiB on the wire
    workload.write_many(10)
    assert pair.initial_replication()
    rng = random.Random(2024)
    outcomes = {"cut": 0, "shipped": 0}
    for _ in range(50):
        workload.write_many(rng.randint(1, 12))
        pending = pair.pending_bytes
        if rng.random() < 0.7:  # primary → agent: handshake, status, anywhere in the delta
            relay.cut_after(up=rng.randint(0, pending + 4096))
        else:  # agent → primary: the handshake or an answer (the lost-ack case)
            relay.cut_after(down=rng.randint(0, 6000))
        try:
            pair.run_cycle()
            outcomes["shipped"] += 1
        except TransportError:
            outcomes["cut"] += 1
        agent.idle()
        relay.restore()
        assert_replica_sound(agent.service, "pair1", workload)
    assert outcomes["cut"] >= 20, outcomes  # the loop did cut the link, mostly mid-stream
    result = pair.run_cycle()  # the link is back: everything left ships
    assert result.disks[0].logs >= 1
    replica = agent.service.replica("pair1", "d0")
    assert replica.image.read_bytes() == disk.image.read_bytes()
    assert_replica_sound(agent.service, "pair1", workload)
    assert assert_every_point_audits(agent.service, "pair1", workload, tmp_path) >= 10
    assert agent.stats.disconnects >= 1  # some bodies really were cut short on the agent
    t.close()
    relay.close()
    workload.close()
    disk.close()


class AgentProcess:
    """`python -m app.replication.agent` as its own process, killable with SIGKILL."""

    def __init__(self, storage: Path, files: HostFiles, port: int) -> None:
        self.args = [
            sys.executable,
            "-m",
            "app.replication.agent",
            "--listen",
            f"127.0.0.1:{port}",
            "--storage",
            str(storage),
            "--cert",
            str(files.cert),
            "--key",
            str(files.key),
            "--ca",
            str(files.ca),
        ]
        self.proc: subprocess.Popen | None = None

    def start(self, probe: HttpTransport) -> None:
        self.proc = subprocess.Popen(self.args, cwd=ROOT)
        deadline = time.monotonic() + 60
        while True:
            assert self.proc.poll() is None, "the agent process exited"
            try:
                probe.health()
                return
            except TransportError:
                assert time.monotonic() < deadline, "the agent process did not come up"
                time.sleep(0.1)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(30)


def test_agent_killed_mid_stream_and_restarted_resumes(tmp_path: Path, pki: Pki) -> None:
    port = free_port()
    storage = tmp_path / "recovery-host"
    agent = AgentProcess(storage, pki.recovery, port)
    url = f"https://127.0.0.1:{port}"
    probe = transport_for(url, pki.primary, pki.primary.ca, retry=NO_RETRY)
    bucket = TokenBucket(1_000_000, burst=BLOCK_SIZE)  # 1 MB/s: the stream lasts seconds
    t = transport_for(
        url, pki.primary, pki.primary.ca, bucket=bucket, retry=RetryPolicy(2, backoff=0.05)
    )
    disk, workload = make_vm(tmp_path / "primary-host")
    pair = ReplicationPair("pair1", [disk], t, compress=False)
    try:
        agent.start(probe)
        workload.write_many(5)
        assert pair.initial_replication()
        workload.write_many(40)  # ~2.6 MB to ship at 1 MB/s
        failure: list[BaseException] = []

        def cycle() -> None:
            try:
                pair.run_cycle()
            except BaseException as exc:
                failure.append(exc)

        sent_before = t.bytes_sent
        runner = threading.Thread(target=cycle)
        runner.start()
        deadline = time.monotonic() + 60
        while t.bytes_sent - sent_before < 800_000:  # well inside the delta's body
            assert runner.is_alive() and time.monotonic() < deadline
            time.sleep(0.01)
        agent.kill()
        runner.join(60)
        assert failure and isinstance(failure[0], TransportError), failure
        assert pair.stats.missed_cycles == 1 and pair.pending_bytes > 0  # logs kept

        workload.write_many(3)
        agent.start(probe)  # same port, same storage: the replica reopens (and recovers)
        bucket.set_rate(None)
        result = pair.run_cycle()  # resends what was cut, plus the new writes
        assert result.disks[0].logs == 2
        service = ReplicaService(storage)  # read the agent's storage from outside
        try:
            replica = service.replica("pair1", "d0")
            assert replica.image.read_bytes() == disk.image.read_bytes()
            assert [p.cycle_id for p in replica.points()] == [1, 2]
            assert_replica_sound(service, "pair1", workload)
            assert_every_point_audits(service, "pair1", workload, tmp_path)
        finally:
            service.close()
    finally:
        if agent.proc is not None and agent.proc.poll() is None:
            agent.proc.terminate()
            agent.proc.wait(30)
        t.close()
        probe.close()
        workload.close()
        disk.close()


def test_bandwidth_limit_holds_within_ten_percent(
    tmp_path: Path, agent: AgentThread, pki: Pki
) -> None:
    rate = 2_000_000  # bytes per second
    bucket = TokenBucket(rate, burst=BLOCK_SIZE)  # a small burst: the rate is the rate
    t = transport_for(agent.url, pki.primary, pki.primary.ca, bucket=bucket)
    disk = TrackedDisk.create(
        tmp_path / "big.img",
        vm_id="vm",
        disk_id="d",
        size_bytes=8 * 1024 * 1024,
        fsync=FsyncPolicy.NEVER,
    )
    pair = ReplicationPair("bw", [disk], t, compress=False)
    assert pair.initial_replication()
    rng = random.Random(12)
    measured = []
    for _attempt in range(2):  # measured again once if the machine was noisy
        for b in range(64):  # 4 MiB of incompressible data
            disk.write(b * BLOCK_SIZE, rng.randbytes(BLOCK_SIZE))
        result = pair.run_cycle()
        assert result.shipped_bytes > 4_000_000
        # The rate on the wire, as the agent received it: bytes over the body's duration.
        stats = agent.stats
        assert stats.last_delta_bytes == result.shipped_bytes
        achieved = stats.last_delta_bytes / stats.last_delta_receive_seconds
        measured.append(achieved)
        if abs(achieved - rate) <= 0.10 * rate:
            break
    assert abs(measured[-1] - rate) <= 0.10 * rate, measured
    assert agent.service.replica("bw", "d").image.read_bytes() == disk.image.read_bytes()
    t.close()
    disk.close()


def test_corrupt_hrl_over_https_resyncs_only_differing_blocks(
    tmp_path: Path, agent: AgentThread, http: HttpTransport
) -> None:
    # The scenario of test_hrl_disk, run through the agent; then a counted divergence.
    disk = TrackedDisk.create(
        tmp_path / "vm1-d0.img",
        vm_id="vm1",
        disk_id="d0",
        size_bytes=DISK_SIZE,
        fsync=FsyncPolicy.NEVER,
    )
    pair = ReplicationPair("pair1", [disk], http, chunk_bytes=BLOCK_SIZE * 8, compress=False)
    assert pair.initial_replication()
    corrupt_log_scenario(pair, disk, agent.service)

    rng = random.Random(4)
    with open(disk.image, "r+b") as f:  # diverge behind the log's back
        for b in (5, 17, 40):
            f.seek(b * BLOCK_SIZE)
            f.write(rng.randbytes(BLOCK_SIZE))
    disk.mark_resync_required("test: diverged")
    received = agent.stats.bytes_received
    (result,) = pair.resync(then_cycle=False)
    assert result.blocks_differing == 3
    assert 3 * BLOCK_SIZE <= result.bytes_shipped <= 3 * BLOCK_SIZE + 4096  # those 3 only
    assert agent.stats.bytes_received - received == result.bytes_shipped
    pair.run_cycle()
    replica = agent.service.replica("pair1", "d0")
    assert replica.image.read_bytes() == disk.image.read_bytes()
    disk.close()


def test_agent_command_line() -> None:
    import argparse

    from app.replication.agent import add_agent_parser

    parser = argparse.ArgumentParser(prog="standby")
    add_agent_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        [
            "agent",
            "--listen",
            "[::1]:7443",
            "--storage",
            "s",
            "--cert",
            "c",
            "--key",
            "k",
            "--ca",
            "a",
        ]
    )
    assert args.listen == ("::1", 7443) and callable(args.func)
    assert parse_listen(":9000") == ("0.0.0.0", 9000)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_listen("nohost")


def test_certificates_chain_to_their_ca(tmp_path: Path) -> None:
    ca = make_ca("Test CA")
    host = make_host_cert(ca, "amsterdam-h1", hosts=["amsterdam-h1.lab", "10.0.0.7"])
    cert = host.certificate
    assert cert.issuer == ca.certificate.subject
    ca.certificate.public_key().verify(  # type: ignore[union-attr]
        cert.signature,
        cert.tbs_certificate_bytes,
        ec.ECDSA(cert.signature_hash_algorithm),
    )
    _crt, key = host.write(tmp_path, "amsterdam-h1")
    assert key.stat().st_mode & 0o777 == 0o600


def test_a_streamed_delta_is_the_same_delta_and_a_broken_stream_applies_nothing(
    agent: AgentThread, http: HttpTransport
) -> None:
    """send_delta_stream: the body goes out while it is produced; the agent applies it once
    whole and verified, and a stream that breaks part-way leaves the replica as it was."""
    size = 64 * BLOCK_SIZE
    http.prepare("s1", vm_id="vm1", disk_id="d0", size_bytes=size, fresh=True)
    http.send_delta(
        "s1",
        Delta(
            kind=DeltaKind.CYCLE,
            vm_id="vm1",
            disk_id="d0",
            disk_size=size,
            base_seq=1,
            end_seq=2,
            cycle_id=1,
        ).encode(),
    )
    rng = random.Random(7)
    blocks = sorted(rng.sample(range(64), 20))
    data = {b: rng.randbytes(BLOCK_SIZE) for b in blocks}
    delta = Delta(
        kind=DeltaKind.CYCLE,
        vm_id="vm1",
        disk_id="d0",
        disk_size=size,
        base_seq=2,
        end_seq=3,
        cycle_id=2,
        cut_time=1000.0,
    )
    layout = [(b, 0, BLOCK_SIZE) for b in blocks]
    length, _ = delta.encode_stream(layout, ())

    def broken() -> Iterator[bytes]:
        _n, pieces = delta.encode_stream(
            layout, (data[b] if i < 15 else b"short" for i, b in enumerate(blocks)), piece=1000
        )
        return pieces

    with pytest.raises(ValueError, match="does not match"):
        http.send_delta_stream("s1", length, broken)
    replica = agent.service.replica("s1", "d0")
    assert replica is not None
    assert [p.cycle_id for p in replica.points()] == [1]
    assert all(replica.read_block(b) == bytes(BLOCK_SIZE) for b in blocks)

    calls = []

    def pieces() -> Iterator[bytes]:
        calls.append(1)
        _n, out = delta.encode_stream(layout, (data[b] for b in blocks), piece=100_000)
        return out

    ack = http.send_delta_stream("s1", length, pieces)
    assert ack.applied and ack.next_seq == 3 and calls == [1]
    assert [p.cycle_id for p in replica.points()] == [1, 2]
    assert all(replica.read_block(b) == data[b] for b in blocks)
    # The same bytes as the whole delta: a duplicate to the replica.
    delta.entries = [DeltaEntry(b, 0, data[b]) for b in blocks]
    blob = delta.encode()
    assert blob == b"".join(pieces())
    assert http.send_delta("s1", blob).duplicate
