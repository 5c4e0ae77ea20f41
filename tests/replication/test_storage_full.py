"""A full replica host, for real: the agent's storage is a small tmpfs that the test fills.

Over HTTPS with client certificates, as between two hosts: the initial copy, delta cycles and
a resync each meet a full disk, in a bounded loop. The sender gets StorageFull (not a cut
link), nothing half-applied is ever a point (every recorded point audits intact and
crash-consistent), and once space returns the same calls finish and the replica is
byte-identical to the source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.lab.workload import GuestWorkload, WorkloadConfig
from app.replication import BLOCK_SIZE, FsyncPolicy, ReplicationPair, StorageFull, TrackedDisk
from app.replication.certificates import write_pairing
from tests.replication.test_http_transport import (
    AgentThread,
    assert_every_point_audits,
    assert_replica_sound,
    transport_for,
)
from tests.support.tmpfs import small_filesystem

ROUNDS = 3
WRITES = 20  # whole blocks per cycle, nearly all to blocks the replica never held
DISK = 1024 * BLOCK_SIZE  # 64 MiB, sparse: room for many fresh blocks


def make_vm(folder: Path) -> tuple[TrackedDisk, GuestWorkload]:
    folder.mkdir(parents=True)
    disk = TrackedDisk.create(
        folder / "vm1-d0.img", vm_id="vm1", disk_id="d0", size_bytes=DISK, fsync=FsyncPolicy.NEVER
    )
    return disk, GuestWorkload("vm1", [disk], folder / "vm1.sbwh", WorkloadConfig(seed=5))


def test_full_replica_storage_over_https_pauses_and_resumes(tmp_path: Path) -> None:
    hosts = write_pairing(tmp_path / "pairing", ["primary", "recovery"])
    storage = tmp_path / "recovery-host"
    with small_filesystem(storage, mib=24) as fs:
        agent = AgentThread(storage, hosts["recovery"]).start()
        http = transport_for(agent.url, hosts["primary"], hosts["primary"].ca)
        disk, workload = make_vm(tmp_path / "primary-host")
        try:
            workload.write_many(40)  # about 2.5 MiB to copy
            pair = ReplicationPair("pair1", [disk], http, chunk_bytes=4 * BLOCK_SIZE)
            # Initial replication into a disk with room for a part of it only.
            http.prepare("pair1", vm_id="vm1", disk_id="d0", size_bytes=disk.size_bytes, fresh=True)
            fs.fill(leave_bytes=1 << 20)
            with pytest.raises(StorageFull) as full:
                pair.initial_replication()
            assert full.value.side == "replica"
            fs.free()
            assert pair.initial_replication()  # resumes from its marker
            assert_replica_sound(agent.service, "pair1", workload)

            payload = WRITES * BLOCK_SIZE
            for round_ in range(ROUNDS):
                # A cycle that does not fit: its undo file fits (the old bytes are mostly
                # zeros the replica never held, left as holes: next to nothing), its data does
                # not, so the apply fails half-way through the image (the hardest case), or
                # earlier.
                workload.write_many(WRITES)
                fs.fill(leave_bytes=int(payload * (0.5 + 0.2 * round_)))
                with pytest.raises(StorageFull):
                    pair.run_cycle()
                agent.idle()
                assert_replica_sound(agent.service, "pair1", workload)
                assert_every_point_audits(agent.service, "pair1", workload, tmp_path)
                fs.free()
                pair.run_cycle()  # ships what the failed cycle kept, and what came since
                replica = agent.service.replica("pair1", "d0")
                assert replica.image.read_bytes() == disk.image.read_bytes()

                # A resync that does not fit.
                disk.mark_resync_required("test: compare every block")
                workload.write_many(WRITES)
                fs.fill(leave_bytes=int(payload * 0.6))
                with pytest.raises(StorageFull):
                    pair.resync()
                agent.idle()
                assert_every_point_audits(agent.service, "pair1", workload, tmp_path)
                fs.free()
                pair.resync()
                assert not disk.resync_required
                assert replica.image.read_bytes() == disk.image.read_bytes()
                assert_replica_sound(agent.service, "pair1", workload)
            assert assert_every_point_audits(agent.service, "pair1", workload, tmp_path) >= 3
            assert http.agent_stats().errors >= 1 + 2 * ROUNDS
        finally:
            http.close()
            agent.stop()
            workload.close()
            disk.close()
