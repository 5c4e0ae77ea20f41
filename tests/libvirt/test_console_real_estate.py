# ruff: noqa: F811  (the console fixtures are imported, then requested by name)
"""The console over a real estate: the tree shows the enrolled hosts of two sites with the
real guest under its host, and the protected VM's pane shows live RPO and graphs — with the
same console code as the lab (it never learns which estate it drives)."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

pytest.importorskip("libvirt", reason="libvirt-python is not installed")
pytest.importorskip("PySide6", reason="the console is not installed")

from tests.console.conftest import connected, make_session, qloop, run, settings  # noqa: F401
from tests.console.helpers import shoot, until
from tests.support.real_estate import protect


def test_a_real_estate_in_the_tree_with_a_protected_vm_s_live_rpo(
    real_estate: Any,
    qloop: Any,
    run: Any,
    settings: Any,
    qtbot: Any,
) -> None:
    from app.console.main_window import MainWindow

    estate, guest = real_estate
    item = protect(estate, guest)
    vm_id = guest.dom.UUIDString()
    window = MainWindow(make_session(estate.server), settings)
    shown = connected(window, qtbot, run, size=(1600, 1000))
    console = next(shown)
    try:
        cache = console.session.cache
        names = {h.name for h in cache.objects("host").values()}
        assert names == {"primary-hv01", "recovery-hv01"}
        assert all(h.agent.connected for h in cache.objects("host").values())
        assert {s.name for s in cache.objects("site").values()} == {"Primary", "Recovery"}
        vm = cache.get("vm", vm_id)
        assert vm is not None and vm.name == guest.name

        assert console.select("vm", vm_id)
        pane = console.vm_pane
        assert console.details.currentWidget() is pane
        run(
            until(
                lambda: (
                    pane.fields["state"].text() == "Protected"
                    and any(ch.isdigit() for ch in pane.fields["rpo"].text())
                ),
                timeout=120,
                what="a live RPO in the VM pane",
                shown=lambda: f"{pane.fields['state'].text()} / {pane.fields['rpo'].text()}",
            ),
            timeout=130,
        )
        run(until(lambda: len(pane.graphs.rpo) >= 2, timeout=120, what="RPO samples"), 130)
        assert item["id"]
        shoot(console, "real-estate-main-window", run)
        shoot(pane, "real-estate-vm-pane", run)
    finally:
        with contextlib.suppress(StopIteration):
            next(shown)
