"""A drill's isolated test network on a recovery host, shared by its test copies: the copy that
made it may be cleaned up first, and the network lives on until the last copy leaves it."""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

import libvirt

from app.libvirt.copies import ensure_isolated_network
from app.libvirt.recovery import RecoverySide, TestCopy, drill_network_name
from app.replication.hold import HoldingReplicaService
from tests.support.guest import GUEST_PREFIX


def networks(conn: Any) -> list[str]:
    return [n.name() for n in conn.listAllNetworks()]


@pytest.mark.parametrize("maker_first", [True, False])
def test_the_last_copy_on_a_shared_test_network_removes_it(
    libvirt_conn: Any, tmp_path: Path, maker_first: bool
) -> None:
    tag = f"{GUEST_PREFIX}{uuid.uuid4().hex[:8]}"
    name = drill_network_name(tag)
    side = RecoverySide(
        lambda: libvirt_conn, HoldingReplicaService(tmp_path / "replicas"), tmp_path, "host-1"
    )
    try:
        copies = []
        for vm in ("vm-a", "vm-b"):  # as a plan's two VMs start: the first one makes it
            copy = TestCopy(vm, tag, f"{vm}-test", str(tmp_path / vm), [], name)
            copy.network_made = ensure_isolated_network(libvirt_conn, name)
            side.copies[tag, vm] = copy
            copies.append(copy)
        assert [c.network_made for c in copies] == [True, False]

        first, last = copies if maker_first else copies[::-1]
        assert side.cleanup(first.vm_id, tag) == 0  # nothing of its own to remove
        assert name in networks(libvirt_conn)  # the other copy is still on it
        assert side.cleanup(last.vm_id, tag) == 1  # the network, with the last copy
        assert name not in networks(libvirt_conn)
        assert side.copies == {}
    finally:
        with contextlib.suppress(libvirt.libvirtError):
            net = libvirt_conn.networkLookupByName(name)
            with contextlib.suppress(libvirt.libvirtError):
                net.destroy()
            net.undefine()
