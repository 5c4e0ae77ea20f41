"""The selection is an object, not a row: a VM that moves in the tree (a failover puts it on
another host, failback brings it back), a re-parented or renamed object, a re-list or a model
reset never leave another object selected, and the detail pane and the operations menu act
on the selected object's id."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.model import Vm
from app.lab.clock import LabClock
from app.lab.estate import MIB, default_estate
from app.lab.fabric import LabFabric
from app.server.context import Settings
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.support.operator import Operator
from tests.support.server import RunningServer

VM = "vm-sql-01"


@pytest.fixture
def fast_lab(db_url: str, tmp_path: Path) -> Iterator[RunningServer]:
    """The lab with its clock ×60 and small disks: a 5-minute copy frequency passes in 5 s."""
    from app.cli import seed_lab

    running = RunningServer(
        db_url,
        fabric_factory=lambda: LabFabric(
            estate=default_estate(disk_size=4 * MIB), clock=LabClock(60), folder=tmp_path / "lab"
        ),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=0.5),
    ).start()
    running.call(lambda: seed_lab(running.ctx))
    yield running
    running.stop()


@pytest.fixture
def fast_console(fast_lab: RunningServer, qloop, run, settings, qtbot):
    from app.console.main_window import MainWindow

    yield from connected(MainWindow(make_session(fast_lab), settings), qtbot, run)


def current_id(window) -> tuple[str, str] | None:
    node = window.node_at(window.tree.currentIndex())
    return (node.kind, node.id) if node is not None else None


def shows(window, vm_id: str) -> bool:
    """The tree's current row, the kept selection and the detail pane are all the VM."""
    return (
        window.selected == ("vm", vm_id)
        and current_id(window) == ("vm", vm_id)
        and window.details.currentWidget() is window.vm_pane
        and window.vm_pane.vm_id == vm_id
    )


def assert_shows(window, vm_id: str, run) -> None:
    run(
        until(
            lambda: shows(window, vm_id),
            20,
            "the selection to show the VM",
            lambda: f"(selected {window.selected}, current {current_id(window)})",
        )
    )
    vm = window.session.cache.get("vm", vm_id)
    assert vm is not None and window.vm_pane.title.text() == vm.name
    node = window.selected_node()
    assert node is not None and (node.kind, node.id) == ("vm", vm_id)


def host_of(window, vm_id: str) -> str:
    vm = window.session.cache.get("vm", vm_id)
    return vm.host_id if vm is not None else ""


def test_selection_follows_a_move_a_rename_and_a_reset(console, lab_server, run) -> None:
    """Changes as the cache reports them (fast; the lab's own sync would put a changed
    store document back): the selected VM moves to another host, is renamed, the cache
    re-lists and the model resets; the operator's own choice still moves the selection."""
    cache = console.session.cache
    assert console.select("vm", VM)
    assert_shows(console, VM, run)
    vm = cache.get("vm", VM)
    assert isinstance(vm, Vm)

    def change(obj: Any) -> None:
        cache._put("vm", obj.id, obj)  # as a feed event does

    # Moved to another host (re-parented): removed and inserted elsewhere in the tree.
    change(vm.model_copy(update={"host_id": "host-ams-gold-1"}))
    assert host_of(console, VM) == "host-ams-gold-1"
    assert_shows(console, VM, run)
    # Renamed: its row moves among its siblings.
    change(vm.model_copy(update={"host_id": "host-ams-gold-1", "name": "zz-sql-01"}))
    assert_shows(console, VM, run)
    # A forced re-list (the vault's own copy comes back: moved again), and a model reset.
    run(cache._relist())
    assert host_of(console, VM) == vm.host_id
    assert_shows(console, VM, run)
    console.fabric._load()
    assert_shows(console, VM, run)
    # Filtered out and back: the pane keeps the VM, no other row stands for it meanwhile.
    console.filter.setText("web-0")
    run(asyncio.sleep(0.1))
    assert console.selected == ("vm", VM) and console.vm_pane.vm_id == VM
    assert current_id(console) is None  # no other row stands for it
    console.filter.clear()
    assert_shows(console, VM, run)
    # The operator's own choice still moves the selection.
    assert console.select("vm", "vm-web-01")
    assert_shows(console, "vm-web-01", run)


def test_selection_survives_failover_failback_and_unplanned_failover(
    fast_console, fast_lab, run
) -> None:
    """A real lab: the selected VM through a planned failover, reverse replication, failback
    and an unplanned failover (each moves it to another host), and a forced re-list: after
    each the selection and the detail pane still show that VM, and the menu acts on it."""
    window = fast_console
    cache = window.session.cache
    op = Operator(fast_lab)

    def call(fn, *args):
        # Blocking HTTP (the Qt loop waits; the feed catches up in the `until`s after).
        return fn(*args)

    pairing = next(
        p for p in call(op.get, "/api/v1/pairings") if p["primary_cloud_id"] == "cloud-sto-gold"
    )
    job = call(op.start, "/api/v1/protected-items", {"vm_id": VM, "pairing_id": pairing["id"]})
    item_id = call(op.finish, job)["object_id"]
    path = f"/api/v1/protected-items/{item_id}"

    def protected_with_point() -> bool:
        item = cache.get("protected-item", item_id)
        return (
            item is not None
            and item.replication_state == "protected"
            and bool(item.last_replication)
        )

    run(until(protected_with_point, 120, "protection with a recovery point"))
    assert window.select("vm", VM)
    assert_shows(window, VM, run)
    primary = host_of(window, VM)

    def operate(operation: str, body: dict | None = None) -> None:
        call(op.finish, call(op.start, f"{path}/{operation}", body or {}))

    operate("planned-failover")
    run(until(lambda: host_of(window, VM) != primary, 30, "the VM on its recovery host"))
    assert_shows(window, VM, run)
    shoot(window, "selection-after-planned-failover", run)
    # The operations menu is built for the selected VM (its item's id).
    groups = window.operation_entries(window.selected_node())
    assert groups and all(e.vm_id == VM for group in groups for e in group)

    operate("reverse-replication", {"accept_data_loss": True})
    run(until(protected_with_point, 120, "reverse replication done"))
    assert_shows(window, VM, run)

    operate("failback")
    run(until(lambda: host_of(window, VM) == primary, 60, "the VM back on its primary host"))
    run(until(protected_with_point, 120, "protected again after failback"))
    assert_shows(window, VM, run)

    operate("unplanned-failover", {"recovery_point": "latest", "shut_down_source": True})
    run(until(lambda: host_of(window, VM) != primary, 30, "the VM failed over again"))
    assert_shows(window, VM, run)

    run(cache._relist())
    assert_shows(window, VM, run)
    window.fabric._load()
    assert_shows(window, VM, run)
    shoot(window, "selection-after-unplanned-failover", run)
