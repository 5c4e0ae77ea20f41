"""Drills and proofs in the lab: test failover (a tagged copy of a recovery point, started in
a test network while replication goes on), its cleanup, and the auditor over a VM's running
disks, its newest recovery point or its test copy.

The copy itself (the point chosen and materialized from the replica, its record and what a
restart keeps of it: `TestCopyRecord`) is the data plane's (`app.replication.recovery`); the
test VM in the estate and the audit against the guest's history are the lab's.
"""

from __future__ import annotations

import asyncio
import shutil
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from app.domain.addressing import AddressPlan
from app.domain.enums import NetworkKind, PowerState, RecoveryPointChoice, RecoveryPointKind
from app.domain.fabric import FabricError, TestFailoverResult
from app.replication.recovery import TestCopyRecord, choose_point, point_id

from .auditor import audit
from .estate import LabDisk, LabVm
from .failover import LabFailover
from .guest import history_snapshot
from .state import vm_from_json, vm_to_json
from .workload import GuestWorkload

AUDIT_WHICH = ("active", "replica-latest", "test")


@dataclass
class TestCopy:
    __test__ = False  # not a pytest test class

    vm: LabVm  # the test VM in the estate
    source: GuestWorkload  # whose history the copy is audited against
    record: TestCopyRecord  # the data plane's: tag, folder, images, result

    @property
    def tag(self) -> str:
        return self.record.tag

    @property
    def result(self) -> TestFailoverResult:
        return self.record.result


class LabDrills:
    """Test failover and audits; one test copy per VM at a time."""

    def __init__(self, failovers: LabFailover) -> None:
        self.f = failovers
        self.tests: dict[str, TestCopy] = {}

    async def test_failover(
        self,
        vm_id: str,
        choice: RecoveryPointChoice,
        wanted: str | None,
        network_id: str | None,
        tag: str,
        address: AddressPlan | None = None,
    ) -> TestFailoverResult:
        async with self.f.lock(vm_id):
            existing = self.tests.get(vm_id)
            if existing is not None:
                if existing.tag == tag:
                    return existing.result  # a job repeating its step
                raise FabricError(f"a test failover of {vm_id} is running; clean it up first")
            p = self.f.protection(vm_id)
            host = p.target_host_id
            self.f.require_up(host, "the replica side")
            replicas = await asyncio.to_thread(p.replica_set)
            point = choose_point(vm_id, await asyncio.to_thread(replicas.points), choice, wanted)
            test_id = f"{vm_id}-test"
            folder = self.f.r.host_folder(host) / test_id
            images = await asyncio.to_thread(replicas.materialize, point.cycle_id, folder, ".img")
            vm = p.vm
            test_vm = LabVm(
                test_id,
                host,
                f"{vm.name}-test",
                network_id or self.f.network(host, NetworkKind.TEST) or vm.network_id,
                [LabDisk(f"{d.id}-test", d.name, d.size_bytes) for d in vm.disks],
                PowerState.RUNNING,
                [tag],
                writes_per_second=0.0,
                # The address a failover would give it (the test network is isolated).
                addresses=[address.address]
                if address is not None and address.assigned and address.address
                else list(vm.addresses),
            )
            self.f.estate.vms.append(test_vm)
            result = TestFailoverResult(
                test_id,
                point_id(vm_id, point.cycle_id),
                self.f.clock.lab_time(point.time),
                point.kind,
            )
            record = TestCopyRecord(tag, folder, images, result)
            self.tests[vm_id] = TestCopy(test_vm, p.workload, record)
            return result

    async def test_failover_cleanup(self, vm_id: str, tag: str) -> int:
        async with self.f.lock(vm_id):
            copy = self.tests.get(vm_id)
            if copy is None or tag not in copy.vm.tags:
                return 0  # only what carries the tag
            removed = 0
            if copy.vm in self.f.estate.vms:
                self.f.estate.vms.remove(copy.vm)
                removed += 1
            removed += sum(1 for path in copy.record.images.values() if path.exists())
            await asyncio.to_thread(shutil.rmtree, copy.record.folder, True)
            del self.tests[vm_id]
            return removed

    # --- restart safety ---------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        return {
            vm_id: {**copy.record.to_json(), "vm": vm_to_json(copy.vm)}
            for vm_id, copy in self.tests.items()
        }

    def restore(self, saved: dict[str, Any]) -> None:
        for vm_id, entry in saved.items():
            p = self.f.r.protections.get(vm_id)
            if p is None:
                continue
            test_id = entry["vm"]["id"]
            # The test VM of the estate, or (cleanup had removed it when the lab stopped) a
            # detached one carrying the tag, so a repeated cleanup finishes the rest.
            vm = next((v for v in self.f.estate.vms if v.id == test_id), None)
            self.tests[vm_id] = TestCopy(
                vm or vm_from_json(entry["vm"]), p.workload, TestCopyRecord.from_json(entry)
            )

    # --- audit ------------------------------------------------------------------------------

    async def audit(self, vm_id: str, which: str) -> dict:
        if which not in AUDIT_WHICH:
            raise FabricError(f"audit: which must be one of {', '.join(AUDIT_WHICH)}")
        return await asyncio.to_thread(self._audit, vm_id, which)

    def _audit(self, vm_id: str, which: str) -> dict:
        extra: dict = {"vm_id": vm_id, "which": which}
        if which == "active":  # the running disks against the history they continue
            host, workload, disks = self.f.active(vm_id)
            images = {d.disk_id: d.image for d in disks}
            with workload.between_writes():
                report = audit(images, vm_id=vm_id, history=history_snapshot(workload.history))
            # After a failover the running copy also lacks what the old side wrote after the
            # point: writes lost against the source, until reverse replication discards them.
            lost_at_failover = self.f.divergent(vm_id)
            report.writes_lost = (report.writes_lost or 0) + lost_at_failover
            extra.update(host_id=host, writes_lost_at_failover=lost_at_failover)
        elif which == "test":
            copy = self.tests.get(vm_id)
            if copy is None:
                raise FabricError(f"{vm_id} has no test failover running")
            history = history_snapshot(copy.source.history)
            report = audit(
                copy.record.images,
                vm_id=vm_id,
                history=history,
                app_consistent_point=copy.result.point_kind == RecoveryPointKind.APP_CONSISTENT,
            )
            extra.update(host_id=copy.vm.host_id, point_id=copy.result.point_id)
        else:
            p = self.f.protection(vm_id)
            replicas = p.replica_set()
            points = replicas.points()
            if not points:
                raise FabricError(f"{vm_id} has no recovery point")
            folder = self.f.r.folder / "audit" / uuid.uuid4().hex
            try:
                images = replicas.materialize(points[-1].cycle_id, folder, ".img")
                history = history_snapshot(p.workload.history)
                report = audit(
                    images,
                    vm_id=vm_id,
                    history=history,
                    app_consistent_point=points[-1].kind == RecoveryPointKind.APP_CONSISTENT,
                )
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            extra.update(host_id=p.target_host_id, point_id=point_id(vm_id, points[-1].cycle_id))
        return {**asdict(report), **extra}
