"""The fabric tree over a real lab control plane: contents, incremental updates, filter."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex

from app.console.models.fabric_tree import CONNECTION, HEALTH, REPLICATION, KindRole
from app.domain.enums import Health
from app.lab.estate import LabDisk, LabVm
from tests.console.lab import critical, protected_item, put_item
from tests.console.test_window import until


def walk(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk(model, index)


def kinds(model) -> Counter:
    return Counter(index.data(KindRole) for index in walk(model))


class Spy:
    def __init__(self, model):
        self.inserted, self.removed, self.changed, self.resets = [], [], [], 0
        model.rowsInserted.connect(lambda p, a, b: self.inserted.append((p, a, b)))
        model.rowsRemoved.connect(lambda p, a, b: self.removed.append((p, a, b)))
        model.dataChanged.connect(lambda a, b, *_: self.changed.append((a, b)))
        model.modelReset.connect(self._reset)

    def _reset(self):
        self.resets += 1


def test_tree_shows_the_lab_estate(console):
    assert kinds(console.fabric) == {"vault": 1, "site": 2, "cloud": 4, "host": 12, "vm": 12}
    assert kinds(console.proxy) == {"vault": 1, "site": 2, "cloud": 4, "host": 12, "vm": 12}
    site = console.fabric.index_for("site", "site-sto", CONNECTION)
    assert site.data().startswith("Connected · ")
    host = console.fabric.index_for("host", "host-sto-gold-1", CONNECTION)
    assert host.data().startswith("Connected · ")
    vm = console.fabric.index_for("vm", "vm-sql-01", REPLICATION)
    assert vm.data() == "Not protected"
    assert console.fabric.resets == 1


def test_protected_item_and_health_change_update_rows_without_reset(console, lab_server, run):
    cache = console.session.cache
    spy = Spy(console.fabric)
    relists = cache.relists
    item = put_item(lab_server, protected_item("vm-sql-01"))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id) is not None, 20))
    vm_row = console.fabric.index_for("vm", "vm-sql-01")

    def row_signalled() -> bool:  # value changes reach the views coalesced, at 5 Hz
        return any(
            a.row() <= vm_row.row() <= b.row()
            and a.internalPointer().parent is vm_row.internalPointer().parent
            for a, b in spy.changed
        )

    run(until(row_signalled, 5))
    assert console.fabric.index_for("vm", "vm-sql-01", REPLICATION).data() == "Protected"
    assert console.fabric.index_for("vm", "vm-sql-01", HEALTH).data() == "Normal"

    put_item(lab_server, critical(item))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id).health == Health.CRITICAL, 20))
    assert console.fabric.index_for("vm", "vm-sql-01", HEALTH).data() == "Critical"
    assert "1 critical" in console.fabric.index_for("site", "site-sto", HEALTH).data()
    assert "1 critical" in console.fabric.index_for("vault", "", HEALTH).data()
    assert spy.resets == 0
    assert cache.relists == relists  # the feed carried it, no re-list


def test_host_agent_down_and_new_vm_reach_the_tree_incrementally(console, lab_server, run):
    cache = console.session.cache
    spy = Spy(console.fabric)
    estate = lab_server.ctx.fabric.estate
    host = next(h for h in estate.hosts if h.id == "host-sto-silver-2")
    host.agent_connected = False
    estate.vms.append(
        LabVm(
            "vm-new-01",
            "host-sto-gold-3",
            "new-01",
            "net-sto-prod",
            [LabDisk("disk-new-01-0", "system", 1 << 20)],
        )
    )
    run(
        cache.wait_for(
            lambda c: (
                not c.get("host", "host-sto-silver-2").agent.connected
                and c.get("vm", "vm-new-01") is not None
            ),
            20,
        )
    )
    text = console.fabric.index_for("host", "host-sto-silver-2", CONNECTION).data()
    assert text.startswith("DISCONNECTED since ")
    assert console.fabric.index_for("host", "host-sto-silver-2", HEALTH).data() == (
        "Agent disconnected"
    )
    new = console.fabric.index_for("vm", "vm-new-01")
    assert new.isValid()
    host3 = console.fabric.index_for("host", "host-sto-gold-3")
    assert any(p == host3 and a == new.row() for p, a, _b in spy.inserted)
    assert spy.resets == 0
    assert kinds(console.fabric)["vm"] == 13


def test_filter_by_name_health_and_state(console, lab_server, run, qtbot):
    cache = console.session.cache
    item = put_item(lab_server, critical(protected_item("vm-web-01")))
    put_item(lab_server, protected_item("vm-sql-02"))
    run(cache.wait_for(lambda c: len(c.objects("protected-item")) == 2, 20))

    qtbot.keyClicks(console.filter, "sql")
    assert sorted(i.data() for i in walk(console.proxy) if i.data(KindRole) == "vm") == [
        "sql-01",
        "sql-02",
    ]
    console.filter.clear()
    console.filter.setText("health:critical")
    vms = [i.data() for i in walk(console.proxy) if i.data(KindRole) == "vm"]
    assert vms == ["web-01"]
    # its ancestors stay visible so the operator sees where it is
    assert {i.data(KindRole) for i in walk(console.proxy)} == {
        "vault",
        "site",
        "cloud",
        "host",
        "vm",
    }
    console.filter.setText("state:protected")
    assert sorted(i.data() for i in walk(console.proxy) if i.data(KindRole) == "vm") == [
        "sql-02",
        "web-01",
    ]
    console.filter.setText("stockholm")  # a site matches: its whole subtree shows
    assert kinds(console.proxy)["vm"] == 12
    console.filter.setText("")
    assert kinds(console.proxy)["vm"] == 12
    assert item.id


def test_site_update_and_host_rename_keep_their_subtrees(console, lab_server, run):
    """A site's own change (here: it goes down; in the lab also every provider heartbeat) is
    not a move, and a renamed host keeps its VMs: the incremental path must never lose the
    nodes below the changed one (the VM row would then never show its protected item)."""
    cache = console.session.cache
    item = put_item(lab_server, protected_item("vm-sql-01"))
    run(cache.wait_for(lambda c: c.get("protected-item", item.id) is not None, 20))
    spy = Spy(console.fabric)
    estate = lab_server.ctx.fabric.estate
    next(s for s in estate.sites if s.id == "site-sto").up = False
    next(h for h in estate.hosts if h.id == "host-sto-gold-1").name = "zz-renamed-1"
    run(
        cache.wait_for(
            lambda c: (
                not c.get("site", "site-sto").up
                and c.get("host", "host-sto-gold-1").name == "zz-renamed-1"
            ),
            20,
        )
    )
    assert kinds(console.fabric) == {"vault": 1, "site": 2, "cloud": 4, "host": 12, "vm": 12}
    vm = console.fabric.index_for("vm", "vm-sql-01")
    assert vm.isValid()
    assert vm.parent() == console.fabric.index_for("host", "host-sto-gold-1")
    assert vm.internalPointer().item is not None
    assert console.fabric.index_for("vm", "vm-sql-01", REPLICATION).data() != "Not protected"
    assert sum(console.fabric.node_for("site", "site-sto").counts) == 1
    assert sum(console.fabric.node_for("vault", "").counts) == 1
    assert console.fabric._waiting == {} or all(not w for w in console.fabric._waiting.values())
    assert spy.resets == 0
