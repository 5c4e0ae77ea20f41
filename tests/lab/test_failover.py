"""The failover family on the lab's real images, with the lab clock ×60 (30 s cycles in 0.5 s):
test failover and cleanup, planned failover with no loss, reverse replication shipping only
differing blocks, failback, unplanned failover during a site outage with the writes lost
proven by the auditor, fencing, commit, change of recovery point and cancel."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from app.domain.enums import PowerState, RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import FabricError, FailoverFabric, LabControls
from app.lab.auditor import audit_vm_files
from app.lab.fabric import LabFabric
from app.lab.guest import is_running
from tests.support.lab_vm import (
    LATEST,
    PRIMARY,
    RECOVERY,
    VM,
    assert_clean,
    cycles,
    lab_vm,
    new_fabric,
    new_points,
    wait_for,
)
from tests.support.lab_vm import no_progress as _progress
from tests.support.lab_vm import protect as protect_vm

BLOCKS = 2 * 64  # two 4 MiB disks of 64 KiB blocks


def run(tmp_path: Path, scenario: Callable[[LabFabric], Awaitable[None]]) -> None:
    async def main() -> None:
        fabric = new_fabric(tmp_path / "lab")
        try:
            await scenario(fabric)
        finally:
            await fabric.close()

    asyncio.run(main())


async def protect(fabric: LabFabric) -> None:
    await protect_vm(fabric, points=3)


def test_lab_fabric_speaks_the_failover_and_audit_protocols(tmp_path: Path) -> None:
    fabric = LabFabric(folder=tmp_path)
    assert isinstance(fabric, FailoverFabric) and isinstance(fabric, LabControls)


def test_test_failover_runs_a_tagged_copy_and_cleanup_removes_only_it(tmp_path: Path) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)
        result = await fabric.test_failover(VM, LATEST, None, None, "drill-1")
        test_vm = lab_vm(fabric, result.test_vm_id)
        assert test_vm.tags == ["drill-1"] and test_vm.host_id == RECOVERY
        assert test_vm.network_id == "net-ams-test"
        inventory = await fabric.inventory()
        listed = next(v for v in inventory.vms if v.id == result.test_vm_id)
        assert listed.power_state is PowerState.RUNNING
        report = await assert_clean(fabric, "test")
        assert report["point_id"] == result.point_id and report["last_sequence"] > 0

        # A job repeating the step gets the same copy; another drill must wait for cleanup.
        assert await fabric.test_failover(VM, LATEST, None, None, "drill-1") == result
        with pytest.raises(FabricError):
            await fabric.test_failover(VM, LATEST, None, None, "drill-2")

        # Replication goes on undisturbed, and the source keeps running where it was.
        await new_points(fabric, int(result.point_id.rsplit("-", 1)[1]))
        assert lab_vm(fabric).host_id == PRIMARY
        await assert_clean(fabric, "replica-latest")

        # Cleanup removes what carries the tag and was created by the test, nothing else.
        lab_vm(fabric, "vm-web-01").tags.append("drill-1")
        folder = fabric.replication.host_folder(RECOVERY) / result.test_vm_id
        assert folder.exists()
        assert await fabric.test_failover_cleanup(VM, "drill-2") == 0
        assert await fabric.test_failover_cleanup(VM, "drill-1") == 3  # the VM, two disks
        assert not folder.exists()
        ids = {v.id for v in fabric.estate.vms}
        assert result.test_vm_id not in ids and "vm-web-01" in ids and VM in ids
        assert await fabric.test_failover_cleanup(VM, "drill-1") == 0
        await assert_clean(fabric, "active")

    run(tmp_path, scenario)


def test_planned_failover_reverse_replication_and_failback(tmp_path: Path) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)

        # Planned failover: shut down, last cycle, start the replica — nothing lost.
        await fabric.shut_down(VM)
        assert lab_vm(fabric).power_state is PowerState.OFF
        await fabric.final_sync(VM)
        result = await fabric.failover(VM, LATEST, None)
        assert result.writes_lost == 0 and result.unreplicated_bytes == 0
        assert result.point_kind is RecoveryPointKind.APP_CONSISTENT
        assert await fabric.failover(VM, LATEST, None) == result  # idempotent
        vm = lab_vm(fabric)
        assert (vm.host_id, vm.power_state, vm.network_id) == (
            RECOVERY,
            PowerState.RUNNING,
            "net-ams-prod",
        )
        assert (await fabric.divergence(VM)).guest_writes == 0
        state = fabric.failovers.failed_over[VM]
        old_history = state.old.workload.history.path
        started = {d.disk_id: d.image for d in state.guest.disks}
        await asyncio.sleep(0.3)  # the guest writes on the recovery side
        report = await assert_clean(fabric, "active")
        assert report["last_sequence"] > state.prefix and report["writes_lost"] == 0

        # Commit drops the other points; the point can no longer change.
        assert len(await cycles(fabric)) > 1
        await fabric.commit(VM)
        assert await cycles(fabric) == [int(result.point_id.rsplit("-", 1)[1])]
        with pytest.raises(FabricError):
            await fabric.change_recovery_point(VM, result.point_id)

        # Reverse replication: only the blocks written since the failover travel back.
        await fabric.set_write_rate(VM, 0.0)
        await asyncio.sleep(0.2)
        written = {
            (r.disk_id, r.block)
            for r in state.guest.workload.history.records
            if r.seq > state.prefix
        }
        assert written
        reverse = await fabric.reverse_replication(VM, _progress)
        assert reverse.blocks_compared == BLOCKS
        assert reverse.blocks_shipped == len(written)
        assert 0 < reverse.bytes_shipped < BLOCKS * 64 * 1024
        # The old primary's disks became the replica; its logs and history are gone.
        assert not old_history.exists() and all(p.exists() for p in started.values())
        status = (await fabric.replication_status())[VM]
        assert (status.source_host_id, status.target_host_id) == (RECOVERY, PRIMARY)
        await fabric.set_write_rate(VM, 20.0)
        last = max(await cycles(fabric))
        await new_points(fabric, last)
        await assert_clean(fabric, "replica-latest")
        assert await fabric.reverse_replication(VM, _progress) == reverse  # idempotent

        # Failback: a planned failover back, then reverse replication again.
        await fabric.shut_down(VM)
        await fabric.final_sync(VM)
        back = await fabric.failover(VM, RecoveryPointChoice.LATEST_APP_CONSISTENT, None)
        assert back.writes_lost == 0
        assert lab_vm(fabric).host_id == PRIMARY
        await fabric.commit(VM)
        await fabric.reverse_replication(VM, _progress)
        status = (await fabric.replication_status())[VM]
        assert (status.source_host_id, status.target_host_id) == (PRIMARY, RECOVERY)
        await new_points(fabric, max(await cycles(fabric)))
        await assert_clean(fabric, "active")
        await assert_clean(fabric, "replica-latest")

    run(tmp_path, scenario)


def test_unplanned_failover_during_an_outage_reports_the_audited_loss(tmp_path: Path) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)
        # Writes pile up unshipped (link cut), then the primary site goes down.
        await fabric.set_link(cut=True, bandwidth_bps=None)
        await asyncio.sleep(0.6)
        await fabric.set_site_up("site-sto", False)
        await fabric.set_link(cut=False, bandwidth_bps=None)
        old = fabric.replication.protections[VM]
        assert not is_running(old.workload)
        with pytest.raises(FabricError):
            await fabric.shut_down(VM)
        with pytest.raises(FabricError):
            await fabric.final_sync(VM)

        await fabric.set_write_rate(VM, 0.0)  # the started copy stays as started, to audit it
        result = await fabric.failover(VM, LATEST, None)
        assert result.writes_lost and result.writes_lost > 0
        assert result.unreplicated_bytes > 0
        state = fabric.failovers.failed_over[VM]
        started = {d.disk_id: d.image for d in state.guest.disks}
        report = audit_vm_files(started, old.workload.history.path, vm_id=VM)
        assert report.intact and report.crash_consistent, report
        assert report.writes_lost == result.writes_lost
        await fabric.fence(VM)
        assert (await fabric.divergence(VM)).guest_writes == result.writes_lost
        active = await assert_clean(fabric, "active")
        assert active["writes_lost"] == active["writes_lost_at_failover"] == result.writes_lost

        # The site comes back: the fenced old copy is not started and writes nothing.
        before = len(old.workload.history.records)
        await fabric.set_site_up("site-sto", True)
        await asyncio.sleep(0.3)
        assert not is_running(old.workload)
        assert len(old.workload.history.records) == before
        inventory = await fabric.inventory()
        listed = next(v for v in inventory.vms if v.id == VM)
        assert (listed.host_id, listed.power_state) == (RECOVERY, PowerState.RUNNING)

        # Reverse replication overwrites the divergent blocks on the old primary.
        await fabric.commit(VM)
        reverse = await fabric.reverse_replication(VM, _progress)
        assert reverse.blocks_shipped > 0
        assert (await fabric.divergence(VM)).guest_writes == 0
        assert (await assert_clean(fabric, "active"))["writes_lost"] == 0
        await fabric.set_write_rate(VM, 20.0)
        await new_points(fabric, max(await cycles(fabric)))
        await assert_clean(fabric, "replica-latest")

    run(tmp_path, scenario)


def test_an_unfenced_old_copy_comes_back_with_its_site(tmp_path: Path) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)
        await fabric.set_site_up("site-sto", False)
        await fabric.failover(VM, LATEST, None)
        old = fabric.replication.protections[VM]
        await fabric.set_site_up("site-sto", True)
        assert is_running(old.workload)  # why fencing exists: it writes, diverging further
        lost = (await fabric.divergence(VM)).guest_writes
        await wait_for(lambda: _grew(fabric, lost))
        await fabric.fence(VM)
        assert not is_running(old.workload)

    run(tmp_path, scenario)


async def _grew(fabric: LabFabric, than: int) -> bool:
    return (await fabric.divergence(VM)).guest_writes > than


def test_change_recovery_point_then_cancel(tmp_path: Path) -> None:
    async def scenario(fabric: LabFabric) -> None:
        await protect(fabric)
        await new_points(fabric, 0, 5)
        points = (await fabric.replication_status())[VM].recovery_points
        older, newest = points[-4], points[-1]

        first = await fabric.failover(VM, RecoveryPointChoice.LISTED, older.id)
        assert first.point_id == older.id and first.writes_lost and first.writes_lost > 0
        assert lab_vm(fabric).host_id == RECOVERY
        with pytest.raises(FabricError):
            await fabric.change_recovery_point(VM, "rp-nope-1")

        changed = await fabric.change_recovery_point(VM, newest.id)
        assert changed.point_id == newest.id
        assert changed.writes_lost is not None and changed.writes_lost < first.writes_lost
        await assert_clean(fabric, "active")

        # Cancel: back to the primary, replicating as before; the recovery copy is gone.
        folder = fabric.replication.host_folder(RECOVERY) / VM
        assert folder.exists()
        await fabric.cancel_failover(VM)
        assert not folder.exists()
        vm = lab_vm(fabric)
        assert (vm.host_id, vm.network_id, vm.power_state) == (
            PRIMARY,
            "net-sto-prod",
            PowerState.RUNNING,
        )
        assert is_running(fabric.replication.protections[VM].workload)
        await new_points(fabric, newest.cycle_id)
        await assert_clean(fabric, "replica-latest")
        with pytest.raises(FabricError):
            await fabric.commit(VM)

        # A planned failover cancelled after its shutdown restarts the source.
        await fabric.shut_down(VM)
        assert not is_running(fabric.replication.protections[VM].workload)
        await fabric.cancel_failover(VM)
        assert lab_vm(fabric).power_state is PowerState.RUNNING
        assert is_running(fabric.replication.protections[VM].workload)

    run(tmp_path, scenario)
