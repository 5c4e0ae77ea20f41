"""Host administration in the console against a real control plane over the real AgentFabric:
New site…, Add a host… (the key, shown once, with the command and Save key file…), a real
agent enrolling with the saved key file and showing in the tree, Move to cloud…, Remove
host… (its agent refused). A lab console offers none of it."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.agents.fabric import AgentFabric
from app.agents.keys import read_key_file
from app.server.context import Settings
from tests.console.conftest import connected, make_session
from tests.console.helpers import shoot, until
from tests.support.agents import AgentThread
from tests.support.server import RunningServer


@pytest.fixture
def hosts_server(tmp_path: Path) -> Iterator[RunningServer]:
    running = RunningServer(
        f"sqlite+aiosqlite:///{tmp_path / 'hosts.db'}",
        fabric_factory=lambda: AgentFabric(tmp_path / "agents"),
        settings=Settings(heartbeat_seconds=1.0, sync_interval_seconds=30.0),
    ).start()
    api = httpx.Client(base_url=running.url, headers=running.headers("admin"))
    site = api.post("/api/v1/sites", json={"name": "Stockholm", "location": "Kista"}).json()
    for name in ("Gold", "Silver"):
        api.post(f"/api/v1/sites/{site['id']}/clouds", json={"name": name})
    yield running
    running.stop()


@pytest.fixture
def admin_console(hosts_server, qloop, run, settings, qtbot):
    from app.console.main_window import MainWindow

    yield from connected(MainWindow(make_session(hosts_server, "admin"), settings), qtbot, run)


def _action(window, kind, object_id, name):
    from app.console.hosts import node_actions

    found = [a for a in node_actions(window, kind, object_id) if a.objectName() == name]
    assert found, f"no {name} for {kind} {object_id}"
    return found[0]


def _named(window, kind: str, name: str):
    return next((o for o in window.session.cache.objects(kind).values() if o.name == name), None)


def test_add_a_host_move_it_and_remove_it(admin_console, hosts_server, run, tmp_path) -> None:
    window = admin_console
    cache = window.session.cache
    assert window.fabric_menu.menuAction().isVisible()
    sto = _named(window, "site", "Stockholm")
    gold, silver = _named(window, "cloud", "Gold"), _named(window, "cloud", "Silver")

    # New site… from the tree's empty space.
    _action(window, None, None, "newSite").trigger()
    dialog = window.host_dialog
    dialog.name.setText("Amsterdam")
    dialog.location.setText("Schiphol-Rijk")
    print("shot:", shoot(dialog, "add-host-0-new-site", run))
    dialog.ok.click()
    run(until(lambda: _named(window, "site", "Amsterdam") is not None, what="the new site"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    # A name taken is refused on the form, which stays open.
    _action(window, None, None, "newSite").trigger()
    dialog = window.host_dialog
    dialog.name.setText("stockholm")
    dialog.ok.click()
    run(until(lambda: dialog.error.text(), what="the refusal"))
    assert "exists already" in dialog.error.text() and dialog.isVisible()
    dialog.reject()

    # Add a host… on the site: choose the cloud and the validity, create the key.
    _action(window, "site", sto.id, "addHost").trigger()
    dialog = window.host_dialog
    assert [dialog.cloud.itemText(i) for i in range(dialog.cloud.count())] == ["Gold", "Silver"]
    dialog.cloud.setCurrentIndex(dialog.cloud.findData(gold.id))
    assert dialog.validity.currentText() == "1 hour"
    print("shot:", shoot(dialog, "add-host-1-choose", run))
    dialog.create_button.click()
    run(until(lambda: dialog.issued is not None, what="the issued key"))
    assert dialog.issued_page.isVisible() and not dialog.choose_page.isVisible()
    command = dialog.command.toPlainText()
    assert command == (
        "standby agent --libvirt qemu:///system --register standby-stockholm.key "
        "--storage /var/lib/standby/agent"
    )
    assert "works once, until" in dialog.summary.text() and "Gold" in dialog.summary.text()
    assert "shown only now" in dialog.once.text()
    print("shot:", shoot(dialog, "add-host-2-issued", run))
    dialog.copy.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == command
    # Closing before saving asks first (the key cannot be shown again).
    dialog.reject()
    assert dialog.isVisible() and dialog.unsaved_box.isVisible()
    dialog.unsaved_box.reject()
    key_path = tmp_path / "kvm-01.key"
    assert dialog.save_key(key_path)
    assert stat.S_IMODE(os.stat(key_path).st_mode) == 0o600
    assert dialog.command.toPlainText().endswith(
        "--register kvm-01.key --storage /var/lib/standby/agent"
    )
    print("shot:", shoot(dialog, "add-host-3-saved", run))
    key = read_key_file(key_path)
    assert key.site == "Stockholm" and key.cloud == "Gold"
    assert json.loads(key_path.read_text())["secret"] == key.secret
    dialog.reject()
    assert not dialog.isVisible()

    # A real agent enrolls with the saved file: the host shows in the tree, in Gold.
    agent = AgentThread(key_path.read_text(), tmp_path / "kvm-01", "kvm-01").start()
    try:
        assert agent.identity is not None
        host_id = agent.identity.host_id
        run(
            until(
                lambda: (
                    host_id in cache.objects("host")
                    and cache.objects("host")[host_id].agent.connected
                ),
                what="the enrolled host, connected",
            )
        )
        assert cache.objects("host")[host_id].cloud_id == gold.id
        run(until(lambda: window.select("host", host_id), what="the host in the tree"))
        tree = window.tree
        run(
            until(
                lambda: tree.columnWidth(0) >= tree.sizeHintForColumn(0),
                what="the name column widened to the new host's name",
            )
        )
        print("shot:", shoot(window, "add-host-4-tree", run))

        # Move to cloud…
        _action(window, "host", host_id, "moveHost").trigger()
        dialog = window.host_dialog
        assert dialog.cloud.currentData() == silver.id
        print("shot:", shoot(dialog, "add-host-4b-move", run))
        dialog.ok.click()
        run(
            until(
                lambda: cache.objects("host")[host_id].cloud_id == silver.id,
                what="the host in Silver",
            )
        )

        # Remove host…: the confirmation names the host and what happens.
        _action(window, "host", host_id, "removeHost").trigger()
        box: QMessageBox = window.remove_host_box
        assert "kvm-01" in box.text() and "refused" in box.text()
        assert "No protected VM replicates from or to this host." in box.text()
        print("shot:", shoot(box, "add-host-5-remove", run))
        box.findChild(type(dialog.ok), "removeHostButton").click()
        run(until(lambda: host_id not in cache.objects("host"), what="the host gone"))
        assert agent.ended.wait(30) and "removed" in (agent.refused or "")
    finally:
        agent.stop()


def test_a_lab_console_offers_no_host_administration(console) -> None:
    from app.console.hosts import node_menu

    assert not console.fabric_menu.menuAction().isVisible()
    assert node_menu(console, "site", "site-sto") is None
    assert node_menu(console, None, None) is None
