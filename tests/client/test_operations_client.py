"""Enabling protection and acting on jobs through the client, against the lab."""

from __future__ import annotations

import asyncio

import pytest

from app.client.api import StandbyClient
from app.client.errors import Conflict, NotFound


def test_enable_protection_and_job_actions_through_the_client(lab_server) -> None:
    async def scenario() -> None:
        async with StandbyClient(lab_server.url, lab_server.tokens["operator"]) as client:
            pairing = next(
                p for p in await client.pairings() if p.primary_cloud_id == "cloud-sto-silver"
            )
            job = await client.enable_protection("vm-web-01", pairing.id)
            assert job.operation == "enable-protection" and job.object_name == "web-01"
            with pytest.raises(Conflict) as refused:
                await client.enable_protection("vm-web-01", pairing.id)
            assert refused.value.job_id == job.id

            async with asyncio.timeout(60):
                while (job := await client.get_job(job.id)).state.finished is False:
                    await asyncio.sleep(0.2)
            assert job.state == "succeeded", job.error
            with pytest.raises(Conflict) as refused:
                await client.job_action(job.id, "cancel")
            assert "cannot be cancelled" in str(refused.value)
            with pytest.raises(Conflict):
                await client.job_action(job.id, "restart")
            with pytest.raises(NotFound):
                await client.job_action("job-unknown", "resume")

            item = next(i for i in await client.protected_items() if i.vm_id == "vm-web-01")
            assert item.replication_state == "protected"
            disabled = await client.disable_protection(item.id)
            assert disabled.operation == "disable-protection"

    asyncio.run(scenario())
