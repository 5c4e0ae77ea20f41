"""Change tracking of real running guests with libvirt checkpoints, applied to a ReplicaDisk.

A guest boots the Debian kernel with a busybox initramfs and writes files with fsync and a
sequence number on its ext4 qcow2 disk. The tracker copies it (full point-in-time copy, then
incremental cycles from dirty bitmaps, then the last changes of the shut-off domain from its
persistent bitmap) through the data plane's transport into a replica. Each recovery point
must be a clean file system after journal replay holding the guest's sequence at or past what
the guest had reported durable before the cut; the final replica must equal the source disk
byte for byte.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

from app.domain.enums import RecoveryPointKind
from app.libvirt import CheckpointsDisagree, CheckpointTracker, DiskNotTrackable
from app.libvirt.errors import DiskShrank
from app.replication import (
    DeltaAck,
    DirectTransport,
    LinkDown,
    ReplicaDisk,
    ReplicaService,
    ReplicationError,
    ResyncRequired,
)
from app.replication.disk import ZERO_HASH
from tests.support.guest import (
    FREEZE_LINE,
    SEQ_LINE,
    THAW_LINE,
    Guest,
    GuestFactory,
    traversable_dir,
)

PAIR = "pair1"
DISK = "vda"


@pytest.fixture
def state_dir() -> Iterator[Path]:
    """The tracker's folder: QEMU (as libvirt-qemu) must reach its NBD socket in there."""
    folder = traversable_dir("standby-state-")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ReplicaService]:
    svc = ReplicaService(tmp_path / "recovery-host")
    yield svc
    svc.close()


def tracker_for(guest: Guest, service: ReplicaService, state_dir: Path) -> CheckpointTracker:
    return CheckpointTracker(
        guest.dom, pair_id=PAIR, transport=DirectTransport(service), state_dir=state_dir
    )


def replica_of(service: ReplicaService) -> ReplicaDisk:
    replica = service.replica(PAIR, DISK)
    assert replica is not None
    return replica


def guest_seq_in(image: Path) -> int:
    """The sequence file of an ext4 image, read without mounting it (0: not written yet)."""
    out = subprocess.run(
        ["debugfs", "-R", "cat /seq", str(image)], capture_output=True, text=True, check=True
    )
    if not out.stdout.strip() and "File not found" in out.stderr:
        return 0
    return int(out.stdout.strip())


def check_point(replica: ReplicaDisk, cycle_id: int, folder: Path, *, at_least: int) -> int:
    """The recovery point's image (a copy) is a clean ext4 once its journal is replayed, and
    holds a sequence at or past `at_least`; returns that sequence."""
    image = replica.materialize(cycle_id, folder / f"point-{cycle_id}.raw")
    replay = subprocess.run(
        ["e2fsck", "-y", "-E", "journal_only", str(image)], capture_output=True, text=True
    )
    assert replay.returncode in (0, 1), replay.stdout + replay.stderr
    check = subprocess.run(["e2fsck", "-fn", str(image)], capture_output=True, text=True)
    assert check.returncode == 0, f"point {cycle_id} is not clean:\n{check.stdout}{check.stderr}"
    seq = guest_seq_in(image)
    assert seq >= at_least, f"point {cycle_id} holds seq {seq}, the guest had {at_least} durable"
    image.unlink()
    return seq


def same_bytes(source_qcow2: Path, replica_image: Path, folder: Path) -> bool:
    raw = folder / "source.raw"
    subprocess.run(
        ["qemu-img", "convert", "-U", "-O", "raw", str(source_qcow2), str(raw)], check=True
    )
    try:
        with open(raw, "rb") as a, open(replica_image, "rb") as b:
            while True:
                x, y = a.read(1 << 20), b.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
    finally:
        raw.unlink()


def checkpoints(guest: Guest) -> list[str]:
    return sorted(cp.getName() for cp in guest.dom.listAllCheckpoints())


def image_bitmaps(path: Path) -> list[str]:
    out = subprocess.run(
        ["qemu-img", "info", "-U", "--output=json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(out.stdout).get("format-specific", {}).get("data", {})
    return [b["name"] for b in data.get("bitmaps", [])]


class FlakyLink(DirectTransport):
    """A direct transport whose link can be cut for the next delta."""

    cut_next = False

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        if self.cut_next:
            self.cut_next = False
            raise LinkDown("link cut by the test")
        return super().send_delta(pair_id, delta)


def ours(guest: Guest) -> list[str]:
    return [name for name in checkpoints(guest) if name.startswith("standby-")]


def test_first_copy_then_cycles_while_the_guest_writes_then_the_final_sync(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path, tmp_path: Path
) -> None:
    guest = make_guest()
    link = FlakyLink(service)
    tracker = CheckpointTracker(guest.dom, pair_id=PAIR, transport=link, state_dir=state_dir)
    disk_size = 64 << 20

    durable = guest.wait_seq(2)
    first = tracker.first_copy()
    assert (first.cycle_id, first.mode) == (1, "full")
    replica = replica_of(service)
    assert [p.cycle_id for p in replica.points()] == [1]
    seen = check_point(replica, 1, tmp_path, at_least=durable)
    assert checkpoints(guest) == [tracker.checkpoint_name(1)]

    durable = guest.wait_seq(guest.last_seq() + 3)
    second = tracker.cycle()
    assert (second.cycle_id, second.mode, second.base) == (2, "incremental", "standby-pair1-1")
    # Only what changed travels: a few MiB of the 64 MiB disk.
    assert 0 < second.tracked_bytes < disk_size // 4
    seen = check_point(replica, 2, tmp_path, at_least=max(durable, seen + 1))
    # The older checkpoint is retired once the replica holds the newer cycle.
    assert checkpoints(guest) == [tracker.checkpoint_name(2)]

    # A checkpoint of someone else's stays; an orphan of ours (a tracker that crashed before
    # recording it) goes; a cycle whose link is cut records nothing, and the next one ships
    # everything since the newest checkpoint the replica holds.
    for name in ("nightly-backup", tracker.checkpoint_name(9)):
        guest.dom.checkpointCreateXML(
            f"<domaincheckpoint><name>{name}</name></domaincheckpoint>", 0
        )
    guest.wait_seq(guest.last_seq() + 2)
    link.cut_next = True
    with pytest.raises(LinkDown):
        tracker.cycle()
    assert [p.cycle_id for p in replica.points()] == [1, 2]
    durable = guest.wait_seq(guest.last_seq() + 3)
    fourth = tracker.cycle()
    assert (fourth.cycle_id, fourth.base) == (4, tracker.checkpoint_name(2))
    assert [p.cycle_id for p in replica.points()] == [1, 2, 4]
    assert check_point(replica, 4, tmp_path, at_least=durable) > seen
    assert checkpoints(guest) == ["nightly-backup", tracker.checkpoint_name(4)]

    guest.shutdown()
    last = guest.last_seq()
    final = tracker.cycle()
    assert (final.cycle_id, final.mode, final.base) == (5, "offline", tracker.checkpoint_name(4))
    assert final.tracked_bytes > 0
    assert same_bytes(guest.disk, replica.image, tmp_path)
    assert check_point(replica, 5, tmp_path, at_least=last) == last
    assert [p.cycle_id for p in replica.points()] == [1, 2, 4, 5]

    # Nothing changed since: an offline cycle ships the same bitmap again, harmlessly.
    assert tracker.cycle().mode == "offline"
    assert same_bytes(guest.disk, replica.image, tmp_path)

    assert tracker.remove_checkpoints() == [tracker.checkpoint_name(4)]
    assert checkpoints(guest) == ["nightly-backup"]
    assert image_bitmaps(guest.disk) == ["nightly-backup"]


def test_figures_read_while_cycles_begin_never_abort_the_guest(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path
) -> None:
    """QEMU 7.2 aborts a VM asked for its block nodes while a backup's scratch image opens
    (`qcow2_get_specific_info: Assertion 'false'`); the agents read pending bytes every
    heartbeat, whatever a cycle is doing. Unguarded, this loop killed the guest within a few
    cycles."""
    guest = make_guest()
    tracker = tracker_for(guest, service, state_dir)
    guest.wait_seq(1)
    tracker.first_copy()
    stop = threading.Event()
    readings: list[int | None] = []

    def read_figures() -> None:
        while not stop.is_set() and guest.dom.isActive():
            readings.append(tracker.pending_bytes())

    reader = threading.Thread(target=read_figures, daemon=True)
    reader.start()
    try:
        for _ in range(60):
            tracker.cycle()
            assert guest.dom.isActive(), guest.console()[-2000:]
    finally:
        stop.set()
        reader.join(timeout=30)
    assert guest.dom.isActive()
    assert sum(1 for r in readings if r is not None) > 15, len(readings)


def test_a_raw_disk_and_a_qcow2_v2_disk_are_refused_with_what_to_do(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path
) -> None:
    raw = make_guest(fmt="raw", start=False)
    v2 = make_guest(compat="0.10", start=False)
    for guest, reason, remedy in (
        (raw, "raw image, which cannot hold the persistent dirty bitmaps", "qemu-img convert"),
        (v2, "qcow2 version 2 image (compat 0.10)", "qemu-img amend -o compat=1.1"),
    ):
        tracker = tracker_for(guest, service, state_dir)
        with pytest.raises(DiskNotTrackable) as refused:
            tracker.first_copy()
        message = str(refused.value)
        assert f"VM {guest.name} cannot be protected: disk vda ({guest.disk})" in message
        assert reason in message and remedy in message
        # Refused before anything changed.
        assert checkpoints(guest) == []
        assert service.status(PAIR, DISK) is None


def _remove_bitmap_behind_libvirts_back(guest: Guest, bitmap: str) -> None:
    import libvirt_qemu

    def qmp(command: str, **arguments: Any) -> Any:
        doc = {"execute": command, "arguments": arguments}
        return json.loads(libvirt_qemu.qemuMonitorCommand(guest.dom, json.dumps(doc), 0))

    nodes = qmp("query-named-block-nodes", flat=True)["return"]
    node = next(n["node-name"] for n in nodes if n["drv"] == "qcow2")
    assert "error" not in qmp("block-dirty-bitmap-remove", node=node, name=bitmap)


def test_checkpoints_that_disagree_with_the_bitmaps_ask_for_a_resync(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path, tmp_path: Path
) -> None:
    import libvirt

    guest = make_guest()
    tracker = tracker_for(guest, service, state_dir)
    tracker.first_copy()
    replica = replica_of(service)

    # libvirt forgets the checkpoint (its bitmap stays in QEMU).
    name = tracker.checkpoint_name(1)
    guest.dom.checkpointLookupByName(name).delete(
        libvirt.VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY
    )
    with pytest.raises(CheckpointsDisagree, match=f"libvirt no longer knows checkpoint {name}"):
        tracker.cycle()
    assert [p.cycle_id for p in replica.points()] == [1]  # nothing shipped
    resync = tracker.resync()
    assert resync.mode == "resync" and resync.cycle_id == 2
    durable = guest.last_seq()
    assert [p.cycle_id for p in replica.points()] == [1, 2]
    assert tracker.cycle().cycle_id == 3
    check_point(replica, 3, tmp_path, at_least=durable)

    # The bitmap vanishes behind libvirt's back: libvirt's own check catches it.
    _remove_bitmap_behind_libvirts_back(guest, tracker.checkpoint_name(3))
    with pytest.raises(CheckpointsDisagree, match="missing or broken bitmap"):
        tracker.cycle()
    assert tracker.resync().cycle_id == 4

    # QEMU is killed before it ever closed the image: the newest checkpoint's bitmap never
    # reached the file, so the last changes of the shut-off VM are unknown.
    guest.wait_seq(guest.last_seq() + 2)
    guest.kill_qemu()
    with pytest.raises(CheckpointsDisagree, match="holds no bitmap for checkpoint") as refused:
        tracker.cycle()
    assert isinstance(refused.value, ResyncRequired)
    assert "a resync is needed" in str(refused.value)

    # The way back: start it, resync, shut it off, ship the last changes: identical.
    guest.start_again()
    assert tracker.resync().mode == "resync"
    guest.wait_seq(guest.last_seq() + 2)
    assert tracker.cycle().mode == "incremental"
    guest.shutdown()
    assert tracker.cycle().mode == "offline"
    assert same_bytes(guest.disk, replica.image, tmp_path)
    check_point(replica, replica.points()[-1].cycle_id, tmp_path, at_least=guest.last_seq())

    # Killed again, now with the bitmap in the file (stored at the clean shutdown): QEMU
    # flagged it in use when it opened the image, and nobody cleared the flag.
    guest.start_again()
    guest.wait_seq(guest.last_seq() + 2)
    guest.kill_qemu()
    with pytest.raises(CheckpointsDisagree, match="was left inconsistent"):
        tracker.cycle()


class CutAfter(DirectTransport):
    """A direct transport whose link is cut after `sends` deltas (then up again by hand)."""

    sends = -1
    _count = threading.Lock()  # the tracker has two deltas in flight, on two threads

    def send_delta(self, pair_id: str, delta: bytes) -> DeltaAck:
        with self._count:
            if self.sends == 0:
                self.link_up = False
            self.sends -= 1
        return super().send_delta(pair_id, delta)


def test_a_first_copy_cut_midway_resumes_shipping_only_what_had_not_arrived(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path, tmp_path: Path
) -> None:
    guest = make_guest()
    link = CutAfter(service, local_copy=False)
    # Small chunks: the first copy is many deltas, and the link is cut after two of them.
    tracker = CheckpointTracker(
        guest.dom, pair_id=PAIR, transport=link, state_dir=state_dir, chunk_bytes=256 << 10
    )
    guest.wait_seq(2)
    link.sends = 2
    with pytest.raises(LinkDown):
        tracker.first_copy()
    replica = replica_of(service)
    assert replica.points() == []  # nothing half-copied is a point
    arrived = sum(1 for h in replica.block_hashes() if h != ZERO_HASH)
    assert arrived > 0

    link.link_up, link.sends = True, -1
    durable = guest.wait_seq(guest.last_seq() + 1)
    resumed = tracker.first_copy()
    assert (resumed.cycle_id, resumed.mode) == (1, "resumed")
    # Only blocks that had not arrived (or changed since) travel again.
    full_blocks = sum(1 for h in replica.block_hashes() if h != ZERO_HASH)
    assert resumed.disks[0].entries < full_blocks
    assert [p.cycle_id for p in replica.points()] == [1]
    check_point(replica, 1, tmp_path, at_least=durable)

    # From there on, cycles as after any first copy; shut off, the replica equals the disk.
    tracker.cycle()
    guest.shutdown()
    tracker.cycle()
    assert same_bytes(guest.disk, replica.image, tmp_path)


def test_an_app_consistent_cycle_of_a_guest_without_its_agent_is_crash_consistent_and_says_why(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path
) -> None:
    guest = make_guest()  # no qemu-guest-agent channel: its file systems cannot be frozen
    tracker = tracker_for(guest, service, state_dir)
    tracker.first_copy()
    guest.wait_seq(guest.last_seq() + 1)
    result = tracker.cycle(quiesce=True)
    assert result.kind is RecoveryPointKind.CRASH_CONSISTENT
    assert "qemu-guest-agent" in result.not_quiesced
    assert replica_of(service).points()[-1].kind is RecoveryPointKind.CRASH_CONSISTENT
    assert guest.is_running()  # never left frozen


def _seqs_before(console: str, mark: str) -> int:
    """The newest sequence the guest had reported durable before the first `mark` line."""
    found = SEQ_LINE.findall(console[: console.index(mark)])
    return int(found[-1]) if found else 0


def _needs_recovery(image: Path) -> bool:
    """Whether the ext4 image's superblock asks for a journal replay (set while mounted and
    written; cleared by an unmount or a freeze, which flushes the journal first)."""
    out = subprocess.run(
        ["dumpe2fs", "-h", str(image)], capture_output=True, text=True, check=True
    ).stdout
    features = next(line for line in out.splitlines() if line.startswith("Filesystem features"))
    return "needs_recovery" in features


def test_an_app_consistent_cycle_freezes_the_guest_through_its_agent_and_thaws_it(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path, tmp_path: Path
) -> None:
    import libvirt_qemu

    guest = make_guest(agent=True)
    guest.wait_for(lambda: "standby-guest: agent on" in guest.console(), "agent start", 30)
    tracker = tracker_for(guest, service, state_dir)
    tracker.first_copy()
    replica = replica_of(service)

    # A crash-consistent cycle first: its image needs its journal replayed (the check below
    # tells the two kinds apart).
    guest.wait_seq(guest.last_seq() + 2)
    crash = tracker.cycle()
    assert crash.kind is RecoveryPointKind.CRASH_CONSISTENT
    image = replica.materialize(crash.cycle_id, tmp_path / "crash.raw")
    assert _needs_recovery(image)
    image.unlink()
    assert FREEZE_LINE not in guest.console()

    guest.wait_seq(guest.last_seq() + 2)
    app = tracker.cycle(quiesce=True)
    assert (app.kind, app.not_quiesced) == (RecoveryPointKind.APP_CONSISTENT, "")
    point = replica.points()[-1]
    assert (point.cycle_id, point.kind) == (app.cycle_id, RecoveryPointKind.APP_CONSISTENT)

    # The guest's own log: frozen once (its freeze hook runs just before the freeze), thawed
    # once after, and writing again since.
    guest.wait_for(lambda: THAW_LINE in guest.console(), "thaw line", 10)
    console = guest.console()
    assert console.count(FREEZE_LINE) == 1 and console.count(THAW_LINE) == 1
    assert console.index(FREEZE_LINE) < console.index(THAW_LINE)
    before_freeze = _seqs_before(console, FREEZE_LINE)
    before_thaw = _seqs_before(console, THAW_LINE)
    answer = libvirt_qemu.qemuAgentCommand(
        guest.dom, json.dumps({"execute": "guest-fsfreeze-status"}), 10, 0
    )
    assert json.loads(answer)["return"] == "thawed"
    guest.wait_seq(before_thaw + 2)

    # The point is the file system as the freeze left it: clean with no journal to replay,
    # holding everything durable before the freeze and nothing written after the thaw (the
    # step under way at the freeze completes only after it, so it may be one ahead).
    image = replica.materialize(app.cycle_id, tmp_path / "app.raw")
    assert not _needs_recovery(image)
    check = subprocess.run(["e2fsck", "-fn", str(image)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert before_freeze <= guest_seq_in(image) <= before_thaw + 1
    assert guest.is_running()


def _agent(guest: Guest, command: str, **arguments: Any) -> Any:
    import libvirt_qemu

    doc = json.dumps({"execute": command, "arguments": arguments})
    return json.loads(libvirt_qemu.qemuAgentCommand(guest.dom, doc, 30, 0))["return"]


def _guest_exec(guest: Guest, *argv: str) -> int:
    """Run a program in the guest through its agent; its exit code."""
    pid = _agent(guest, "guest-exec", path=argv[0], arg=list(argv[1:]))["pid"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = _agent(guest, "guest-exec-status", pid=pid)
        if status["exited"]:
            return int(status["exitcode"])
        time.sleep(0.1)
    raise TimeoutError(f"{argv} did not end in the guest")


def test_a_disk_that_grows_is_followed_and_one_that_shrinks_is_refused(
    make_guest: GuestFactory, service: ReplicaService, state_dir: Path, tmp_path: Path
) -> None:
    import libvirt

    mib = 1 << 20
    guest = make_guest(agent=True)  # its agent writes into the grown area for the test
    guest.wait_for(lambda: "standby-guest: agent on" in guest.console(), "agent start", 30)
    tracker = tracker_for(guest, service, state_dir)
    tracker.first_copy()
    replica = replica_of(service)
    guest.wait_seq(guest.last_seq() + 2)
    before = tracker.cycle().cycle_id

    # Grown while it runs (virsh blockresize), then written past the old end: the replica
    # grows and the next cycle ships those blocks from the dirty bitmap, not the whole disk.
    guest.dom.blockResize(DISK, 96 * mib, libvirt.VIR_DOMAIN_BLOCK_RESIZE_BYTES)
    seek = (80 * mib) // (64 << 10)
    assert _guest_exec(guest, "/bin/dd", "if=/dev/urandom", "of=/dev/vda", "bs=65536",
                       f"seek={seek}", "count=4", "conv=fsync") == 0  # fmt: skip
    grown = tracker.cycle()
    assert grown.mode == "incremental"
    assert (256 << 10) <= grown.tracked_bytes < 16 * mib
    assert replica.journal.size_bytes == 96 * mib
    assert len(replica.block_hashes()) == 96 * mib // (64 << 10)
    # A point from before the growth still reads (at the new size, zeros past its end).
    check_point(replica, before, tmp_path, at_least=0)

    guest.shutdown()
    tracker.cycle()
    assert same_bytes(guest.disk, replica.image, tmp_path)

    # Grown while it is off (qemu-img resize): followed the same way.
    subprocess.run(["qemu-img", "resize", str(guest.disk), str(112 * mib)], check=True)
    offline = tracker.cycle()
    assert offline.mode == "offline" and replica.journal.size_bytes == 112 * mib
    assert same_bytes(guest.disk, replica.image, tmp_path)

    # Shrunk: refused with the reason and what to do; the replica keeps its size and points.
    points = [p.cycle_id for p in replica.points()]
    subprocess.run(
        ["qemu-img", "resize", "--shrink", str(guest.disk), str(100 * mib)],
        check=True,
        capture_output=True,
    )
    with pytest.raises(DiskShrank) as refused:
        tracker.cycle()
    assert isinstance(refused.value, ResyncRequired)
    assert f"disk shrank (vda from {112 * mib} to {100 * mib} bytes)" in str(refused.value)
    assert "Grow the disk back" in str(refused.value)
    assert replica.journal.size_bytes == 112 * mib
    assert [p.cycle_id for p in replica.points()] == points
    # The data plane never shrinks a replica either.
    with pytest.raises(ReplicationError, match="never shrunk"):
        service.prepare(PAIR, vm_id=tracker.vm_id, disk_id=DISK, size_bytes=100 * mib, fresh=False)

    # A resync of the smaller disk is refused the same way. The remedy it names: grown back
    # to its replicated size (what was cut off reads as zeros now, unknown to the bitmap), a
    # resync compares every block, and on it goes.
    guest.start_again()
    with pytest.raises(DiskShrank):
        tracker.resync()
    guest.dom.blockResize(DISK, 112 * mib, libvirt.VIR_DOMAIN_BLOCK_RESIZE_BYTES)
    assert tracker.resync().mode == "resync"
    guest.shutdown()
    assert tracker.cycle().mode == "offline"
    assert same_bytes(guest.disk, replica.image, tmp_path)
