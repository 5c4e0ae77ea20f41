"""A host's storage in the console: the host pane's storage line (free of total, a warning
look and what to do when low) and the fabric tree's host row, over a real small filesystem
under a lab host's folder."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.console import i18n
from app.console.models.fabric_tree import HEALTH, HealthRole
from tests.console.helpers import shoot, until
from tests.support.tmpfs import small_filesystem

HOST = "host-ams-gold-2"
MIB = 1 << 20


def test_host_pane_and_tree_show_storage_and_low_storage(console, lab_server, run):
    cache = console.session.cache

    def storage():
        host = cache.get("host", HOST)
        return host.storage if host is not None else None

    folder = lab_server.ctx.fabric.replication.host_folder(HOST)
    with small_filesystem(folder, mib=64) as fs:
        run(until(lambda: storage() is not None and storage().total_bytes == 64 * MIB))
        assert console.select("host", HOST)
        pane = console.summary
        assert console.details.currentWidget() is pane
        run(until(lambda: "free of 64.0 MiB" in pane.storage.text(), what="the storage line"))
        assert pane.storage.text().startswith("Storage: ")
        assert not pane.storage.text().startswith("Storage low")
        assert pane.storage_row.isVisible() and not pane.storage_icon.isVisible()
        shoot(pane, "host-pane-storage", run)

        fs.fill(leave_bytes=3 * MIB)
        run(until(lambda: storage() is not None and storage().low, what="low storage"))
        pane.refresh()
        text = pane.storage.text()
        assert text.startswith("Storage low: ") and "free of 64.0 MiB" in text
        assert "Under 10 % free" in text and "add storage" in text
        assert pane.storage_icon.isVisible() and "font-weight: bold" in pane.storage.styleSheet()
        # The tree's host row: a warning, said in words, with the figures as its tooltip.
        model = console.fabric
        model.flush_changes()
        index = model.index_for("host", HOST, HEALTH)
        run(until(lambda: "Storage low" in (index.data() or ""), what="the host row's warning"))
        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Storage low: ")
        assert index.data(HealthRole) == "warning"
        shoot(console, "host-storage-low", run)
        shoot(pane, "host-pane-storage-low", run)
        try:  # in Spanish: the longest of the four
            assert i18n.install("es")
            pane.refresh()
            assert pane.storage.text().startswith("Poco espacio de almacenamiento: ")
            assert "libres de 64.0 MiB" in pane.storage.text()
            shoot(pane, "host-pane-storage-low-es", run)
        finally:
            i18n.install("en")

        fs.free()
        run(until(lambda: storage() is not None and not storage().low, what="space again"))
        pane.refresh()
        assert pane.storage.text().startswith("Storage: ") and not pane.storage_icon.isVisible()
        run(until(lambda: model.index_for("host", HOST, HEALTH).data(HealthRole) == ""))
