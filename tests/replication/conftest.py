"""Fixtures of the data-plane tests: real image files in tmp_path, a replica host, a pair."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.replication import (
    BLOCK_SIZE,
    DirectTransport,
    FsyncPolicy,
    ReplicaService,
    ReplicationPair,
    TrackedDisk,
)

DISK_SIZE = 64 * BLOCK_SIZE  # 4 MiB: small, yet many blocks


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ReplicaService]:
    svc = ReplicaService(tmp_path / "recovery-host")
    yield svc
    svc.close()


@pytest.fixture
def source_disk(tmp_path: Path) -> Iterator[TrackedDisk]:
    (tmp_path / "primary-host").mkdir()
    disk = TrackedDisk.create(
        tmp_path / "primary-host" / "vm1-d0.img",
        vm_id="vm1",
        disk_id="d0",
        size_bytes=DISK_SIZE,
        fsync=FsyncPolicy.NEVER,
    )
    yield disk
    disk.close()


@pytest.fixture
def pair(source_disk: TrackedDisk, service: ReplicaService) -> ReplicationPair:
    p = ReplicationPair(
        "pair1", [source_disk], DirectTransport(service), chunk_bytes=BLOCK_SIZE * 8
    )
    assert p.initial_replication()
    return p
