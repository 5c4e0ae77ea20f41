"""The lab reports each host's storage from the volume under the host's folder: real figures
from a small tmpfs mounted there, going low as it fills and recovering when freed."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from app.domain.model import Host
from app.domain.storage import report_step
from app.lab.fabric import LabFabric
from tests.support.tmpfs import small_filesystem

HOST = "host-ams-gold-2"
MIB = 1 << 20


async def _host(fabric: LabFabric, host_id: str = HOST) -> Host:
    inventory = await fabric.inventory()
    return next(h for h in inventory.hosts if h.id == host_id)


def test_host_storage_follows_a_small_filesystem(tmp_path: Path) -> None:
    async def scenario() -> None:
        fabric = LabFabric(folder=tmp_path / "lab")
        try:
            # A host without a folder yet reports the volume its folder will be made on.
            other = (await _host(fabric, "host-ams-gold-1")).storage
            assert other is not None
            assert other.total_bytes == shutil.disk_usage(tmp_path).total

            with small_filesystem(fabric.replication.host_folder(HOST), mib=64) as fs:
                fresh = (await _host(fabric)).storage
                assert fresh is not None
                assert fresh.total_bytes == 64 * MIB
                assert 63 * MIB <= fresh.free_bytes <= 64 * MIB and not fresh.low

                fs.fill(leave_bytes=4 * MIB)  # about 6 % free: under the 10 % line
                full = (await _host(fabric)).storage
                assert full is not None and full.low
                assert full.free_bytes % report_step(64 * MIB) == 0
                assert 3 * MIB <= full.free_bytes <= 5 * MIB, full

                # A silent agent reports nothing new: its last figures stay.
                lab_host = next(h for h in fabric.estate.hosts if h.id == HOST)
                lab_host.agent_connected = False
                fs.free()
                assert (await _host(fabric)).storage == full
                lab_host.agent_connected = True

                back = (await _host(fabric)).storage
                assert back is not None and not back.low and back.free_bytes >= 63 * MIB
        finally:
            await fabric.close()

    asyncio.run(scenario())
