"""The end-to-end tests' lab: a real control plane over the lab with its clock ×60, so a
5-minute copy frequency passes in 5 s."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.lab.clock import LabClock
from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.support.server import RunningServer


@pytest.fixture
def fast_lab(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    from app.cli import seed_lab

    running = RunningServer(
        db_url,
        fabric_factory=lambda: LabFabric(clock=LabClock(60), folder=tmp_path / "lab"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()
    running.call(lambda: seed_lab(running.ctx))
    yield running
    running.stop()
