"""The guest workload and the auditor, over real replication: points prove what they hold."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from app.domain.enums import RecoveryPointKind
from app.lab.auditor import audit, audit_vm_files
from app.lab.workload import (
    BadBlock,
    BlockStamp,
    GuestWorkload,
    WorkloadConfig,
    WriteHistory,
    decode_block,
    encode_block,
)
from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    FsyncPolicy,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)

SIZE = 64 * BLOCK_SIZE


class Vm:
    """A lab VM: two tracked disks sharing a lock, its workload, and a pair to a replica."""

    def __init__(self, root: Path, *, seed: int = 1, vm_id: str = "vm1", **cfg) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        lock = threading.RLock()
        self.vm_id = vm_id
        self.disks = [
            TrackedDisk.create(
                root / f"{vm_id}-d{i}.img",
                vm_id=vm_id,
                disk_id=f"d{i}",
                size_bytes=SIZE,
                fsync=FsyncPolicy.NEVER,
                lock=lock,
            )
            for i in range(2)
        ]
        self.history_path = root / f"{vm_id}.history"
        self.workload = GuestWorkload(
            vm_id, self.disks, self.history_path, WorkloadConfig(seed=seed, **cfg)
        )
        self.service = ReplicaService(root / "replica-host")
        self.pair = ReplicationPair(
            "pair-" + vm_id, self.disks, DirectTransport(self.service), quiescer=self.workload
        )

    def source_images(self) -> dict[str, Path]:
        return {d.disk_id: d.image for d in self.disks}

    def materialize(self, cycle_id: int) -> dict[str, Path]:
        out = {}
        for d in self.disks:
            replica = self.service.replica(self.pair.pair_id, d.disk_id)
            dest = self.root / f"point-{cycle_id}-{d.disk_id}.img"
            out[d.disk_id] = replica.materialize(cycle_id, dest)
        return out

    def close(self) -> None:
        self.workload.close()
        self.service.close()
        for d in self.disks:
            d.close()


@pytest.fixture
def vm(tmp_path: Path):
    v = Vm(tmp_path / "vm", txn_probability=0.5, max_txn_parts=4)
    yield v
    v.close()


def test_block_format_round_trip() -> None:
    stamp = BlockStamp("vm1", "d0", 7, 42, 9, 2, 3)
    data = encode_block(stamp, b"payload")
    assert len(data) == BLOCK_SIZE and decode_block(data) == stamp
    bad = bytearray(data)
    bad[1000] ^= 1
    with pytest.raises(BadBlock):
        decode_block(bytes(bad))


def test_workload_is_deterministic(tmp_path: Path) -> None:
    a, b = Vm(tmp_path / "a", seed=7), Vm(tmp_path / "b", seed=7)
    a.workload.write_many(200)
    b.workload.write_many(200)
    assert WriteHistory.load(a.history_path).records == WriteHistory.load(b.history_path).records
    for da, db in zip(a.disks, b.disks, strict=True):
        assert da.image.read_bytes() == db.image.read_bytes()
    a.close()
    b.close()


def test_source_audits_clean_and_transactions_show(vm: Vm) -> None:
    vm.workload.write_many(300)
    vm.workload.finish_transaction()
    report = audit(vm.source_images(), vm_id="vm1", history=vm.workload.history)
    assert report.intact and report.crash_consistent and report.app_consistent
    assert report.consistent_prefix == vm.workload.last_seq == report.source_last_sequence
    assert report.writes_lost == 0
    parts = {r.parts for r in vm.workload.history.records}
    assert max(parts) > 1  # multi-block transactions happened


def test_restart_continues_the_history(tmp_path: Path) -> None:
    v = Vm(tmp_path / "vm")
    v.workload.write_many(10)
    v.workload.finish_transaction()
    last = v.workload.last_seq
    v.workload.close()
    again = GuestWorkload("vm1", v.disks, v.history_path, WorkloadConfig(seed=1))
    rec = again.step()
    assert rec is not None and rec.seq == last + 1
    again.close()
    report = audit_vm_files(v.source_images(), v.history_path)
    assert report.crash_consistent and report.source_last_sequence == last + 1
    v.service.close()
    for d in v.disks:
        d.close()


def test_older_point_is_a_prefix_and_lost_writes_are_counted(vm: Vm) -> None:
    assert vm.pair.initial_replication()
    cut_seq: dict[int, int] = {}
    for _ in range(4):
        vm.workload.write_many(60)
        result = vm.pair.run_cycle()
        cut_seq[result.cycle_id] = vm.workload.last_seq
    vm.workload.write_many(40)  # written after the last point: not on the replica
    m = vm.workload.last_seq
    for cycle_id, n in cut_seq.items():
        report = audit(vm.materialize(cycle_id), vm_id="vm1", history=vm.workload.history)
        assert report.intact and report.crash_consistent, report.problems
        assert report.consistent_prefix == n
        assert report.writes_lost == m - n
    latest = max(cut_seq)
    replica_images = {
        d.disk_id: vm.service.replica(vm.pair.pair_id, d.disk_id).image for d in vm.disks
    }
    report = audit(replica_images, vm_id="vm1", history=vm.workload.history)
    assert report.consistent_prefix == cut_seq[latest] and report.writes_lost == m - cut_seq[latest]


def test_torn_transaction_and_app_consistent_point(vm: Vm) -> None:
    assert vm.pair.initial_replication()
    while True:  # stop inside a multi-block transaction
        rec = vm.workload.step()
        assert rec is not None
        if rec.parts > 1 and rec.part < rec.parts:
            break
    torn_txn = rec.txn_id
    crash = vm.pair.run_cycle(RecoveryPointKind.CRASH_CONSISTENT)
    report = audit(vm.materialize(crash.cycle_id), vm_id="vm1", history=vm.workload.history)
    assert report.crash_consistent and not report.app_consistent
    assert report.partial_transactions == [torn_txn]

    app = vm.pair.run_cycle(RecoveryPointKind.APP_CONSISTENT)  # quiesces: finishes the txn
    assert not vm.workload.holding  # resumed afterwards
    report = audit(vm.materialize(app.cycle_id), vm_id="vm1", history=vm.workload.history)
    assert report.crash_consistent and report.app_consistent
    assert report.consistent_prefix == vm.workload.last_seq
    points = vm.service.replica(vm.pair.pair_id, "d0").points()
    assert points[-1].kind is RecoveryPointKind.APP_CONSISTENT


def test_auditor_detects_damage_and_stale_blocks(vm: Vm) -> None:
    vm.workload.write_many(200)
    vm.workload.finish_transaction()
    history = vm.workload.history
    d0 = vm.disks[0].image
    written = sorted({r.block for r in history.records if r.disk_id == "d0"})
    # A flipped byte: not intact.
    with open(d0, "r+b") as f:
        f.seek(written[0] * BLOCK_SIZE + 500)
        byte = f.read(1)
        f.seek(written[0] * BLOCK_SIZE + 500)
        f.write(bytes([byte[0] ^ 0xFF]))
    report = audit(vm.source_images(), vm_id="vm1", history=history)
    assert not report.intact and report.corrupt_blocks == 1 and not report.crash_consistent


def test_auditor_detects_a_missing_write(tmp_path: Path) -> None:
    v = Vm(tmp_path / "vm", txn_probability=0.0)
    records = v.workload.write_many(100)
    # Roll one early-written block back to nothing while later writes stay: not a prefix.
    victim = next(
        r
        for r in records[:30]
        if not any(o.disk_id == r.disk_id and o.block == r.block for o in records if o.seq > r.seq)
    )
    disk = next(d for d in v.disks if d.disk_id == victim.disk_id)
    with open(disk.image, "r+b") as f:
        f.seek(victim.block * BLOCK_SIZE)
        f.write(bytes(BLOCK_SIZE))
    report = audit(v.source_images(), vm_id="vm1", history=v.workload.history)
    assert report.intact and not report.crash_consistent and not report.app_consistent
    assert any(f"missing seq {victim.seq}" in p for p in report.problems)
    v.close()


def test_points_taken_while_the_guest_runs(vm: Vm) -> None:
    assert vm.pair.initial_replication()
    vm.workload.set_rate(400)
    vm.workload.start()
    kinds = {}
    try:
        for i in range(6):
            time.sleep(0.1)
            kind = RecoveryPointKind.APP_CONSISTENT if i % 2 else RecoveryPointKind.CRASH_CONSISTENT
            kinds[vm.pair.run_cycle(kind).cycle_id] = kind
    finally:
        vm.workload.stop()
    assert vm.workload.last_seq > 50
    for cycle_id, kind in kinds.items():
        report = audit(vm.materialize(cycle_id), vm_id="vm1", history=vm.workload.history)
        assert report.intact and report.crash_consistent, report.problems
        if kind is RecoveryPointKind.APP_CONSISTENT:
            assert report.app_consistent, report.partial_transactions


def test_a_crash_consistent_point_is_never_called_app_consistent(vm: Vm) -> None:
    """A crash-consistent point that happens to cut between transactions is still a
    crash-consistent point: its audit claims no app consistency (None), while an
    app-consistent point's audit checks it."""
    assert vm.pair.initial_replication()
    vm.workload.write_many(50)
    vm.workload.finish_transaction()  # the cut falls between transactions
    crash = vm.pair.run_cycle(RecoveryPointKind.CRASH_CONSISTENT)
    images = vm.materialize(crash.cycle_id)
    report = audit(images, vm_id="vm1", history=vm.workload.history, app_consistent_point=False)
    assert report.crash_consistent and report.app_consistent is None
    assert not report.partial_transactions  # it would have passed as app-consistent before
    judged = audit(images, vm_id="vm1", history=vm.workload.history, app_consistent_point=True)
    assert judged.app_consistent is True
