"""The lab survives a crash of its process: a new LabFabric on the same folder goes on where
the old one stood — protections with their cycles, guests writing after their last write,
failed-over copies, test copies, site outages and fences — and every fabric call a job may
repeat after a restart is safe to repeat. (A real kill -9 of `standby lab` is
tests/e2e/test_kill9.py; here the crash is simulated in-process: threads and cycles stop dead
and nothing more is saved.)"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from app.domain.enums import PowerState
from app.lab.clock import LabClock
from app.lab.estate import MIB
from app.lab.fabric import LabFabric
from app.lab.state import STATE_FILE
from app.replication import ReplicaService
from tests.support.lab_vm import (
    LATEST,
    POLICY,
    PRIMARY,
    RECOVERY,
    VM,
    assert_clean,
    cycles,
    lab_vm,
    new_fabric,
    new_points,
    protect,
)
from tests.support.lab_vm import no_progress as _progress


def run(tmp_path: Path, scenario: Callable[[Path], Awaitable[None]]) -> None:
    asyncio.run(scenario(tmp_path / "lab"))


async def crash(fabric: LabFabric) -> None:
    """What a kill -9 leaves: nothing saved any more, no cycle, no guest thread (an open
    transaction stays torn); files stay as they are."""
    fabric._closed = True
    pairs = list(fabric.replication.protections.values())
    workloads = [p.workload for p in pairs]
    workloads += [s.guest.workload for s in fabric.failovers.failed_over.values()]
    for p in pairs:
        p.stop.set()
        if p.cycles is not None:
            p.cycles.cancel()
    for w in workloads:
        w.stop()  # no clean shutdown: the thread just stops between two writes
    await asyncio.sleep(0)
    for p in pairs:
        await asyncio.to_thread(p.pair.wait_idle)


def test_the_state_file_is_written_atomically_and_restores_the_estate(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await fabric.set_write_rate("vm-web-01", 2.5)
        await fabric.stop_vm("vm-web-02")
        await fabric.set_site_up("site-ams", False)
        await fabric.crash_host("host-sto-silver-3")
        await fabric.set_link(cut=True, bandwidth_bps=8_000_000)
        saved = json.loads((folder / STATE_FILE).read_text())
        assert saved["version"] == 1 and not list(folder.glob(".lab-state-*"))
        await crash(fabric)

        again = LabFabric(clock=LabClock(60), folder=folder)  # no estate given: the saved one
        assert lab_vm(again, "vm-web-01").writes_per_second == 2.5
        assert lab_vm(again, "vm-web-02").power_state is PowerState.OFF
        assert lab_vm(again).disks[0].size_bytes == 4 * MIB
        inventory = await again.inventory()
        assert {s.id: s.up for s in inventory.sites} == {"site-sto": True, "site-ams": False}
        host = next(h for h in inventory.hosts if h.id == "host-sto-silver-3")
        assert not host.agent.connected
        assert again._link_cut and again._bandwidth_bps == 8_000_000
        # Lab time goes on from the old process's time line (×60), not from now.
        assert again.clock.origin == fabric.clock.origin
        await again.close()

    run(tmp_path, scenario)


def test_protection_resumes_after_a_crash(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await protect(fabric)
        before = await cycles(fabric)
        last_seq = fabric.replication.protections[VM].workload.last_seq
        await crash(fabric)

        fabric = new_fabric(folder)
        try:
            p = fabric.replication.protections[VM]
            assert p.initial_done and p.pair.pair_id == f"pair-{VM}"
            # Status and points right away: the replicas reopened (crash recovery included).
            status = (await fabric.replication_status())[VM]
            assert [pt.cycle_id for pt in status.recovery_points] == before
            assert status.rpo_seconds is not None
            assert p.workload.running and p.workload.history.last_seq >= last_seq
            # Cycles go on, and a job repeating the initial copy's step changes nothing.
            await fabric.initial_replication(VM, _progress)
            await new_points(fabric, max(before))
            assert p.workload.last_seq > last_seq
            await assert_clean(fabric, "active")
            await assert_clean(fabric, "replica-latest")
        finally:
            await fabric.close()

    run(tmp_path, scenario)


def test_an_initial_copy_cut_short_by_a_crash_resumes(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await fabric.enable_replication(VM, RECOVERY, POLICY)
        # The first disk's copy only: the crash comes in the middle of the initial copy.
        p = fabric.replication.protections[VM]
        await asyncio.to_thread(p.pair._initial(p.disks[0]).run)
        await crash(fabric)

        fabric = new_fabric(folder)
        try:
            p = fabric.replication.protections[VM]
            assert not p.initial_done and p.cycles is None
            await fabric.inventory()  # the first call starts what ran: the guest, no cycles
            assert p.workload.running and p.cycles is None
            await fabric.initial_replication(VM, _progress)  # the job's step, repeated
            assert p.initial_done
            await new_points(fabric, 0, 2)
            await assert_clean(fabric, "replica-latest")
        finally:
            await fabric.close()

    run(tmp_path, scenario)


def test_a_planned_failover_repeated_after_crashes_loses_nothing(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await protect(fabric)
        await fabric.shut_down(VM)
        await crash(fabric)

        fabric = new_fabric(folder)
        assert lab_vm(fabric).power_state is PowerState.OFF
        assert not fabric.replication.protections[VM].workload.running
        await fabric.shut_down(VM)  # repeated
        await fabric.final_sync(VM)
        result = await fabric.failover(VM, LATEST, None)
        assert result.writes_lost == 0
        await asyncio.sleep(0.3)  # the guest writes on the recovery side
        await crash(fabric)

        fabric = new_fabric(folder)
        state = fabric.failovers.failed_over[VM]
        assert state.result == result and state.guest.host_id == RECOVERY
        vm = lab_vm(fabric)
        assert (vm.host_id, vm.power_state) == (RECOVERY, PowerState.RUNNING)
        # The whole item job repeated: no step stops or moves the copy that runs now.
        await fabric.shut_down(VM)
        await fabric.final_sync(VM)
        assert await fabric.failover(VM, LATEST, None) == result
        assert state.guest.workload.running and lab_vm(fabric).power_state is PowerState.RUNNING
        report = await assert_clean(fabric, "active")
        assert report["writes_lost"] == 0 and report["last_sequence"] > state.prefix
        await fabric.commit(VM)
        await crash(fabric)

        fabric = new_fabric(folder)
        try:
            assert fabric.failovers.failed_over[VM].committed
            await fabric.commit(VM)
            reverse = await fabric.reverse_replication(VM, _progress)
            assert reverse.blocks_shipped > 0
            await crash(fabric)
            fabric = new_fabric(folder)
            status = (await fabric.replication_status())[VM]
            assert (status.source_host_id, status.target_host_id) == (RECOVERY, PRIMARY)
            assert await fabric.reverse_replication(VM, _progress) == reverse  # repeated
            await new_points(fabric, max(await cycles(fabric)))
            await assert_clean(fabric, "active")
            await assert_clean(fabric, "replica-latest")
        finally:
            await fabric.close()

    run(tmp_path, scenario)


@pytest.mark.parametrize("where", ["after-first-disk", "before-release"])
def test_a_turn_around_cut_short_by_a_crash_is_finished_on_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    class Crash(Exception):
        pass

    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await protect(fabric)
        await fabric.shut_down(VM)
        await fabric.final_sync(VM)
        await fabric.failover(VM, LATEST, None)
        await fabric.commit(VM)
        await asyncio.sleep(0.3)  # the guest writes on the recovery side
        real_adopt = ReplicaService.adopt

        if where == "after-first-disk":
            calls = []

            def adopt(*args, **kwargs):
                if calls:
                    raise Crash
                calls.append(1)
                return real_adopt(*args, **kwargs)

            monkeypatch.setattr(ReplicaService, "adopt", adopt)
        else:

            def release(*_args):
                raise Crash

            monkeypatch.setattr(ReplicaService, "release_pair", release)
        with pytest.raises(Crash):
            await fabric.reverse_replication(VM, _progress)
        await crash(fabric)
        monkeypatch.undo()

        fabric = new_fabric(folder)
        try:
            assert VM not in fabric.failovers.failed_over and not fabric.failovers.turning
            assert not (fabric.replication.host_folder(PRIMARY) / VM).exists()
            assert not (fabric.replication.service(RECOVERY).root / f"pair-{VM}").exists()
            reverse = await fabric.reverse_replication(VM, _progress)
            # The old primary's disks were moved, not lost: only what differs travels.
            assert 0 < reverse.blocks_shipped < reverse.blocks_compared
            status = (await fabric.replication_status())[VM]
            assert (status.source_host_id, status.target_host_id) == (RECOVERY, PRIMARY)
            await new_points(fabric, max(await cycles(fabric)))
            await assert_clean(fabric, "active")
            await assert_clean(fabric, "replica-latest")
        finally:
            await fabric.close()

    run(tmp_path, scenario)


def test_a_test_copy_and_its_cleanup_survive_a_crash(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await protect(fabric)
        result = await fabric.test_failover(VM, LATEST, None, None, "job-drill")
        await crash(fabric)

        fabric = new_fabric(folder)
        try:
            inventory = await fabric.inventory()
            test_vm = next(v for v in inventory.vms if v.id == result.test_vm_id)
            assert test_vm.tags == ["job-drill"] and test_vm.host_id == RECOVERY
            assert await fabric.test_failover(VM, LATEST, None, None, "job-drill") == result
            await assert_clean(fabric, "test")
            assert await fabric.test_failover_cleanup(VM, "job-drill") == 3
            assert await fabric.test_failover_cleanup(VM, "job-drill") == 0
            assert result.test_vm_id not in {v.id for v in fabric.estate.vms}
        finally:
            await fabric.close()

    run(tmp_path, scenario)


def test_an_outage_and_a_fence_survive_a_crash(tmp_path: Path) -> None:
    async def scenario(folder: Path) -> None:
        fabric = new_fabric(folder)
        await protect(fabric)
        await fabric.set_site_up("site-sto", False)
        await crash(fabric)

        fabric = new_fabric(folder)
        old = fabric.replication.protections[VM]
        assert not old.workload.running  # its site is still down
        result = await fabric.failover(VM, LATEST, None)
        await fabric.fence(VM)
        await crash(fabric)

        fabric = new_fabric(folder)
        try:
            state = fabric.failovers.failed_over[VM]
            assert state.fenced and state.result == result
            await fabric.fence(VM)  # repeated
            old = fabric.replication.protections[VM]
            await fabric.set_site_up("site-sto", True)
            await asyncio.sleep(0.3)
            assert not old.workload.running  # fenced: it stays off
            assert state.guest.workload.running
            report = await assert_clean(fabric, "active")
            assert report["writes_lost_at_failover"] == result.writes_lost
        finally:
            await fabric.close()

    run(tmp_path, scenario)


def test_a_write_the_crash_kept_from_the_disk_is_dropped_from_the_history(
    tmp_path: Path,
) -> None:
    from app.lab.workload import GuestWorkload, WorkloadConfig, WriteRecord
    from app.replication import TrackedDisk

    disk = TrackedDisk.create(tmp_path / "d.img", vm_id="vm", disk_id="d0", size_bytes=4 * MIB)
    history = tmp_path / "history.sbwh"
    workload = GuestWorkload("vm", [disk], history, WorkloadConfig(seed=1))
    workload.write_many(5)
    # The crash came after the history got the next record, before its write did.
    workload.history.append(WriteRecord(6, "d0", 3, 99, 1, 1))
    workload.close()

    again = GuestWorkload("vm", [disk], history, WorkloadConfig(seed=1))
    assert again.history.last_seq == 5 and again.last_seq == 5
    assert again.step().seq == 6
    again.close()
    disk.close()
