"""Shared fixtures. Qt runs offscreen and keyring uses an in-memory backend in tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.support.postgres import PostgresCluster, find_bindir
from tests.support.server import RunningServer


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """One throwaway PostgreSQL cluster for the session, started on first use."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    cluster = PostgresCluster.start(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """SQLite by default; tests/server/conftest.py runs the store and API suites on both."""
    return f"sqlite+aiosqlite:///{tmp_path / 'vault.db'}"


@pytest.fixture
def server(db_url: str) -> Iterator[RunningServer]:
    """A control plane with no fabric: configuration and feed only."""
    running = RunningServer(db_url, settings=Settings(heartbeat_seconds=1.0)).start()
    yield running
    running.stop()


@pytest.fixture
def lab_server(db_url: str) -> Iterator[RunningServer]:
    """A control plane over the lab's estate (inventory synced, lab seeded)."""
    from app.cli import seed_lab

    running = RunningServer(
        db_url,
        fabric_factory=LabFabric,
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()
    running.call(lambda: seed_lab(running.ctx))
    yield running
    running.stop()
