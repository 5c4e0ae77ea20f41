"""Recovery plans over real VMs, with the control plane killed in the middle: a plan of three
real guests in two groups (the second fails two VMs over in parallel), a script and a manual
action, run as a planned failover through the API of a control plane that is a process of its
own (tests/support/plan_estate.py). It is killed with SIGKILL while a VM's failover is in
flight on the recovery host's agent, started again on the same vault, and the job finishes
by itself. Checked through libvirt (both agents drive this machine's libvirt), the disks and
the guests' own logs: every VM runs exactly once — its recovery VM, carrying on its guest's
sequence —, its source is off and replicates no more, and each replica is byte-identical to
its source's disk at shutdown (`cmp`)."""

from __future__ import annotations

import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")

import libvirt

from tests.libvirt.test_failover_real import point_seq
from tests.support.guest import Guest, GuestFactory
from tests.support.operator import wait_until
from tests.support.plan_estate import (
    ProcessEstate,
    follow,
    process_estate,
    remove_copies,
    seqs,
    serial_of,
)
from tests.support.real_estate import DISK

COPY_NS = "{urn:standby:copy:1}copy"


@pytest.fixture
def plan_estate(
    tmp_path: Path, make_guest: GuestFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[ProcessEstate, list[Guest]]]:
    guests = [make_guest() for _ in range(3)]
    for guest in guests:
        request.addfinalizer(lambda g=guest: remove_copies(g.conn, g.name))
    yield from ((estate, guests) for estate in process_estate(tmp_path))


def domains_of(conn: Any, vm_id: str) -> list[Any]:
    """Every domain on this libvirt that is the VM: its own (its UUID) and every copy Standby
    made of it (its copy mark names the VM)."""
    found = []
    for dom in conn.listAllDomains():
        if dom.UUIDString() == vm_id:
            found.append(dom)
            continue
        mark = ET.fromstring(dom.XMLDesc(0)).find(f"./metadata/{COPY_NS}")
        if mark is not None and mark.get("vm") == vm_id:
            found.append(dom)
    return found


def create_plan(estate: ProcessEstate, groups: list[dict]) -> dict:
    answer = estate.operator.api.post(
        "/api/v1/recovery-plans", json={"name": "Real three", "groups": groups}
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_a_plans_test_failover_starts_one_test_vm_per_real_vm_from_its_point(
    plan_estate: tuple[ProcessEstate, list[Guest]], tmp_path: Path
) -> None:
    """Every VM of the plan gets its own test VM (the plan's job gives them all one tag),
    booting from its own point while its protected VM runs on, all on the drill's one
    isolated network; cleanup removes them all, and the network with the last."""
    estate, guests = plan_estate
    op = estate.operator
    conn = guests[0].conn
    ids = estate.protect(guests)
    wait_until(lambda: all(estate.points(i) for i in ids), timeout=240)
    plan = create_plan(
        estate,
        [
            {"name": "Database", "item_ids": ids[:1]},
            {"name": "Application", "item_ids": ids[1:]},
        ],
    )
    job = op.start(f"/api/v1/recovery-plans/{plan['id']}/test-failover")
    done = follow(op, job["id"])
    assert done["state"] == "succeeded", (done["error"], done["result"])
    results = done["result"]["items"]
    assert len({results[i]["test_vm_id"] for i in ids}) == 3, results
    drill_network = f"standby-{job['id']}-testnet"

    for guest, item_id in zip(guests, ids, strict=True):
        vm_id = guest.dom.UUIDString()
        copies = [d for d in domains_of(conn, vm_id) if d.UUIDString() != vm_id]
        assert [d.name() for d in copies] == [f"{guest.name}-test"]
        dom = copies[0]
        assert dom.isActive() and dom.UUIDString() == results[item_id]["test_vm_id"]
        root = ET.fromstring(dom.XMLDesc(0))
        mark = root.find(f"./metadata/{COPY_NS}")
        assert mark is not None and (mark.get("role"), mark.get("tag")) == ("test", job["id"])
        # The plan's VMs share the drill's isolated network: they reach each other there.
        sources = root.findall("./devices/interface/source")
        assert [s.get("network") for s in sources] == [drill_network]
        point = next(
            p for p in estate.points(item_id) if p["id"] == results[item_id]["recovery_point_id"]
        )
        expected = point_seq(estate, vm_id, point["cycle_id"], tmp_path)
        serial = serial_of(dom)
        wait_until(
            lambda s=serial, n=expected: f"ready seq={n}\n" in s.read_text(errors="replace"),
            timeout=120,
        )
        wait_until(lambda s=serial, n=expected: max(seqs(s) or [0]) >= n + 2, timeout=90)
        assert guest.dom.isActive()

    cleanup = op.start(
        f"/api/v1/recovery-plans/{plan['id']}/test-failover-cleanup", {"notes": "all booted"}
    )
    done = follow(op, cleanup["id"])
    assert done["state"] == "succeeded", (done["error"], done["result"])
    assert drill_network not in [n.name() for n in conn.listAllNetworks()]
    for guest in guests:
        assert [d.name() for d in domains_of(conn, guest.dom.UUIDString())] == [guest.name]
        assert guest.dom.isActive()


def test_kill_9_of_the_control_plane_during_a_plans_planned_failover_of_three_real_vms(
    plan_estate: tuple[ProcessEstate, list[Guest]], tmp_path: Path
) -> None:
    estate, guests = plan_estate
    op = estate.operator
    conn = guests[0].conn
    ids = estate.protect(guests)
    wait_until(lambda: all(estate.points(i) for i in ids), timeout=240)
    first, second, third = ids
    marker = tmp_path / "script-ran"
    answer = op.api.post(
        "/api/v1/recovery-plans",
        json={
            "name": "Real three",
            "groups": [
                {
                    "name": "Database",
                    "item_ids": [first],
                    "post_actions": [
                        {"kind": "manual", "name": "Check", "instructions": "Look at it."}
                    ],
                },
                {
                    "name": "Application",
                    "item_ids": [second, third],
                    "pre_actions": [
                        {
                            "kind": "script",
                            "name": "Announce",
                            "command": f"echo group $STANDBY_GROUP >> {marker}",
                        }
                    ],
                },
            ],
        },
    )
    assert answer.status_code == 201, answer.text
    plan = answer.json()
    job = op.start(f"/api/v1/recovery-plans/{plan['id']}/planned-failover")
    names = [s["name"] for s in job["steps"]]
    assert len(names) == 5, names  # shutdown, Database, Check, Announce, Application
    parallel = 4  # the step failing over the second group's two VMs at once

    # kill -9 once a recovery VM of the parallel group is being made on the recovery host:
    # its failover (and the other's final sync or failover) is in flight on the agents.
    def in_flight() -> str | None:
        now = op.get(f"/api/v1/jobs/{job['id']}")
        if now["state"] == "waiting":
            op.api.post(f"/api/v1/jobs/{job['id']}/resume")  # the manual action before
        if now["steps"][parallel]["state"] != "in-progress":
            assert now["state"] not in ("succeeded", "failed", "cancelled"), now
            return None
        for guest in guests[1:]:
            try:
                conn.lookupByName(f"{guest.name}-recovery")
            except libvirt.libvirtError:
                continue
            return guest.name
        return None

    made = wait_until(in_flight, timeout=600, every=0.02)
    estate.control_plane.kill()
    at_kill = {
        g.name: [(d.name(), bool(d.isActive())) for d in domains_of(conn, g.dom.UUIDString())]
        for g in guests
    }
    time.sleep(2)  # the agents see the control plane gone
    estate.restart_control_plane()

    done = follow(op, job["id"])
    assert done["state"] == "succeeded", (done["error"], done["result"], at_kill)
    assert all(s["state"] == "succeeded" for s in done["steps"]), done["steps"]
    assert marker.read_text() == "group 2\n"  # the script ran once: it ended before the kill
    assert op.get(f"/api/v1/recovery-plans/{plan['id']}")["state"] == "failed over"
    for item in op.items(ids):
        assert item["replication_state"] == "failed-over", item
        assert item["active_location"] == "recovery", item

    # Through libvirt: each VM runs exactly once — its recovery VM —; its source is off.
    recovery_id = next(
        h["id"] for h in op.get("/api/v1/inventory")["hosts"] if h["name"] == "recovery-hv01"
    )
    for guest in guests:
        vm_id = guest.dom.UUIDString()
        running = [d for d in domains_of(conn, vm_id) if d.isActive()]
        assert [d.name() for d in running] == [f"{guest.name}-recovery"], at_kill
        assert not guest.dom.isActive()
        mark = ET.fromstring(running[0].XMLDesc(0)).find(f"./metadata/{COPY_NS}")
        assert mark is not None and mark.get("role") == "recovery"
        assert mark.get("host") == recovery_id  # made and served by the recovery host's agent
    inventory = op.get("/api/v1/inventory")["vms"]
    for guest in guests:
        vm_id = guest.dom.UUIDString()
        assert [v["host_id"] for v in inventory if v["id"] == vm_id] == [recovery_id]

    # Zero loss: each replica is byte-identical to its source's disk at its shutdown, and the
    # recovery VM's guest found its source's last sequence there and carries on from it.
    for guest in guests:
        vm_id = guest.dom.UUIDString()
        source_raw = tmp_path / f"{guest.name}.raw"
        subprocess.run(
            ["qemu-img", "convert", "-U", "-O", "raw", str(guest.disk), str(source_raw)],
            check=True,
        )
        replica = estate.recovery.storage / "replicas" / vm_id / f"{DISK}.img"
        same = subprocess.run(["cmp", str(source_raw), str(replica)], capture_output=True)
        assert same.returncode == 0, (guest.name, same.stdout)
        source_raw.unlink()
        last = guest.last_seq()
        serial = serial_of(conn.lookupByName(f"{guest.name}-recovery"))
        wait_until(
            lambda s=serial, n=last: f"ready seq={n}\n" in s.read_text(errors="replace"),
            timeout=120,
        )
        wait_until(lambda s=serial, n=last: max(seqs(s) or [0]) >= n + 2, timeout=90)

    # Replication from the old sources stays stopped: no cycle is cut from an off domain.
    checkpoints = {g.name: len(g.dom.listAllCheckpoints()) for g in guests}
    time.sleep(35)  # longer than the copy frequency
    assert {g.name: len(g.dom.listAllCheckpoints()) for g in guests} == checkpoints
    assert all(not g.dom.isActive() for g in guests)
    print(
        f"\nkilled once {made}-recovery existed; the domains then (active?): {at_kill}",
        file=sys.stderr,
    )
