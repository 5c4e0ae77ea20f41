# ruff: noqa: F811  (the console fixtures are imported, then requested by name)
"""A guided DR drill through the console (pytest-qt) on real VMs: two real guests, each in
its own group of a recovery plan, protected between two `standby agent --libvirt` hosts under
a real control plane. The drill's test failover boots both from their points on the recovery
host; the estate proves each point consistent (e2fsck after journal replay on a throw-away
overlay, and the guest's own sequence log); the PDF report names each VM with its proof.

The proof is checked against two independent witnesses: the test process's own reading of
the point (its replica materialized and journal-replayed) and the test VM's guest, which
reports the sequence it found on its disk when it boots from the point."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")
pytest.importorskip("PySide6", reason="the console is not installed")

import libvirt
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QDesktopServices

from tests.console.conftest import connected, make_session, qloop, run, settings  # noqa: F401
from tests.console.helpers import shoot
from tests.console.test_drill import UrlCatcher, pdf_text, until
from tests.libvirt.test_failover_real import READY, point_seq, remove_leftovers
from tests.support.guest import Guest
from tests.support.operator import wait_until
from tests.support.real_estate import RealEstate, protect_guests

SHOTS = Path("/tmp/console-shots")


def test_a_plan_drill_on_real_vms_ends_in_a_report_with_each_vm_s_consistency_proof(
    real_estate: tuple[RealEstate, Guest],
    make_guest: Any,
    tmp_path: Path,
    run: Any,
    settings: Any,
    qtbot: Any,
    platformdirs_isolated: Any,
    request: pytest.FixtureRequest,
) -> None:
    from app.console.drill.flow import Step
    from app.console.main_window import MainWindow

    estate, first = real_estate
    second = make_guest()
    guests = [first, second]
    conn = first.conn
    for g in guests:
        request.addfinalizer(lambda g=g: remove_leftovers(conn, g.name))
    op = estate.operator
    items = protect_guests(estate.operator, estate.clouds, guests)
    ids = [i["id"] for i in items]

    # No test VM yet: the proof is refused as a problem, not a half answer.
    refused = op.api.get(f"/api/v1/protected-items/{ids[0]}/test-failover/consistency")
    assert refused.status_code == 409, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert "test failover" in refused.json()["detail"]

    # Each VM with points whose cycles carry the guest's writes (not just the first copy).
    for item_id in ids:
        wait_until(
            lambda i=item_id: len(op.get(f"/api/v1/protected-items/{i}/recovery-points")) >= 2,
            timeout=300,
        )
    plan = op.api.post(
        "/api/v1/recovery-plans",
        json={
            "name": "Real payroll",
            "groups": [
                {"name": "Databases", "item_ids": ids[:1]},
                {"name": "Application", "item_ids": ids[1:]},
            ],
        },
    )
    assert plan.status_code == 201, plan.text
    plan_id = plan.json()["id"]

    window = MainWindow(make_session(estate.server), settings)
    shown = connected(window, qtbot, run, size=(1500, 950))
    console = next(shown)
    session = console.session
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    try:
        run(session.cache.wait_for(lambda c: c.get("recovery-plan", plan_id) is not None, 20))
        console.findChild(QAction, "drRun").trigger()
        drill = console.drill_windows[-1]

        # Plan → pre-checks: both VMs protected, their recovery host connected.
        drill.choose_plan(plan_id)
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        run(until(lambda: drill.next.isEnabled(), 60, "the pre-checks", drill.message.text))
        assert drill.step == Step.CHECKS
        assert all(not f.blocking for f in drill.findings), drill.findings

        # The test failover, group by group, then each test VM's consistency proof.
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        run(
            until(lambda: drill.step == Step.VERIFY, 600, "the test VMs", drill.message.text),
            630,
        )
        record = drill.runner.drill
        assert record is not None and record.rto_seconds is not None
        assert [g.rto_seconds is not None for g in record.groups] == [True, True]
        points = {
            p["id"]: p
            for item_id in ids
            for p in op.get(f"/api/v1/protected-items/{item_id}/recovery-points")
        }
        proven: dict[str, int] = {}
        networks: set[str] = set()  # the test VMs': the drill's one isolated network
        for vm, guest in zip(record.vms, guests, strict=True):
            assert vm.vm_name == guest.name and vm.test_vm_id, vm
            checks = vm.consistency or []
            seen = f"{record.vms}\n{estate.recovery.output()[-4000:]}"
            assert [(c.kind, c.disk, c.verdict) for c in checks] == [
                ("filesystem", "vda", "passed"),
                ("guest-sequence", "vda", "passed"),
            ], seen
            sequence = checks[1].sequence
            assert sequence is not None and sequence >= 1
            proven[guest.name] = sequence

            # Witness 1: the point itself, read by the test (journal replayed on its copy).
            point = points[vm.recovery_point_id or ""]
            folder = tmp_path / guest.name
            folder.mkdir()
            assert point_seq(estate, guest.dom.UUIDString(), point["cycle_id"], folder) == sequence

            # Witness 2: the test VM's guest, booted from the point, found the same sequence.
            test_dom = conn.lookupByUUIDString(vm.test_vm_id)
            root = ET.fromstring(test_dom.XMLDesc(0))
            serial = Path(root.find("./devices/serial/source").get("path"))
            networks |= {s.get("network") for s in root.findall("./devices/interface/source")}

            def booted(serial: Path = serial) -> re.Match[str] | None:
                return READY.search(serial.read_text(errors="replace")) if serial.exists() else None

            ready = wait_until(booted, timeout=180)
            assert int(ready.group(1)) == sequence
        assert len(networks) == 1 and next(iter(networks)).endswith("-testnet"), networks

        # The verify page says it in words, per VM.
        proofs = [drill.verify_page.vms.item(r, 5).text() for r in range(len(guests))]
        for text, guest in zip(proofs, guests, strict=True):
            assert text.startswith("Passed: vda: file system clean"), text
            assert f"ends at write {proven[guest.name]}, with no gap" in text, text
        shoot(drill, "real-drill-verify", run, SHOTS)

        checklist = drill.verify_page.checklist
        for row in range(checklist.count()):
            checklist.item(row).setCheckState(Qt.CheckState.Checked)
        run(until(lambda: all(c.done for c in drill.runner.drill.checklist), 20, "ticks"))

        # Cleanup with notes → the report.
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        assert drill.step == Step.CLEANUP
        drill.cleanup_page.notes.setPlainText("Both guests booted from their points and wrote.")
        qtbot.mouseClick(drill.next, Qt.MouseButton.LeftButton)
        run(
            until(lambda: drill.step == Step.REPORT, 300, "the cleanup", drill.message.text),
            330,
        )
        final = run(session.client.get_drill(record.id))
        assert final.state == "passed", final

        files = drill.files
        assert files is not None and files.pdf.stat().st_size > 0
        # The report as a picture, to be looked at.
        if shutil.which("pdftoppm") is None:
            pytest.fail("pdftoppm not found: apt-get install poppler-utils")
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "90",
                "-f",
                "1",
                "-l",
                "1",
                str(files.pdf),
                str(SHOTS / "real-drill-report"),
            ],
            check=True,
        )
        assert any(SHOTS.glob("real-drill-report*.png"))
        shutil.copy(files.pdf, SHOTS / "real-drill-report.pdf")

        # pdftotext writes the PDF's ligatures (ﬁ) as such: compared in plain letters.
        text = unicodedata.normalize("NFKC", pdf_text(files.pdf))
        assert "Real payroll" in text and "PASSED" in text
        for guest in guests:
            assert guest.name in text
            assert (
                f"vda: the guest's own sequence log ends at write {proven[guest.name]}, "
                "with no gap" in text.replace("’", "'")
            ), text
        assert text.count("vda: file system clean (e2fsck after journal replay") == 2, text
        for guest in guests:  # an ISO timestamp or the VM's UUID is not how the proof reads
            assert guest.dom.UUIDString() not in text

        # Nothing of the drill is left on the recovery host.
        names = [d.name() for d in conn.listAllDomains()]
        for guest in guests:
            assert f"{guest.name}-test" not in names
        with pytest.raises(libvirt.libvirtError):
            conn.networkLookupByName(networks.pop())
        assert not any((estate.recovery.storage / "checks").glob("*"))
        drill.close()
    finally:
        QDesktopServices.unsetUrlHandler("file")
        with contextlib.suppress(StopIteration):
            next(shown)
