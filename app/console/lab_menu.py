"""The main window's Lab menu: the practice lab's chaos controls (a site down and back, the
link between the sites cut, throttled or restored, a guest's write rate), through the lab's
API. Shown only when the vault says it is a lab (`Vault.lab`: the control plane's fabric
has the lab's controls); its entries come from the inventory, never from the lab's ids."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.client.errors import StandbyError

WRITE_RATES = (0.0, 5.0, 50.0, 500.0)  # writes per second: idle, the lab's default, busy, heavy
LINK_LIMITS_MBPS = (1, 10, 100)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LabMenu", text)


class LabMenu:
    """The Lab menu of `window` (the main window: session, statusBar, the tree's selection)."""

    def __init__(self, window: Any):
        self.window = window
        self.session = window.session
        self.menu = window.menuBar().addMenu(_tr("&Lab"))
        self.menu.setObjectName("labMenu")
        self.menu.setToolTipsVisible(True)
        self.sites = self.menu.addMenu(_tr("&Sites"))
        self.sites.setObjectName("labSitesMenu")
        self.sites.aboutToShow.connect(self.fill_sites)
        self.link = self.menu.addMenu(_tr("Replication &link"))
        self.link.setObjectName("labLinkMenu")
        self._fill_link()
        self.writes = self.menu.addMenu(_tr("Guest &write rate"))
        self.writes.setObjectName("labWritesMenu")
        self.writes.aboutToShow.connect(self.fill_writes)
        self.update_visibility()  # the vault is known once the first listing came
        self._unsubscribe = self.session.cache.on_relisted(lambda *_: self.update_visibility())
        window.closed.connect(self.detach)

    def detach(self) -> None:
        self._unsubscribe()

    def is_lab(self) -> bool:
        vault = self.session.cache.vault
        return bool(vault is not None and vault.lab)

    def update_visibility(self) -> None:
        self.menu.menuAction().setVisible(self.is_lab())

    # --- the entries ------------------------------------------------------------------------

    def fill_sites(self) -> None:
        self.sites.clear()
        sites = sorted(self.session.cache.objects("site").values(), key=lambda s: s.name)
        for site in sites:
            if site.up:
                text = _tr("Take {0} &down").format(site.name)
                done = _tr("Lab: site {0} is down.").format(site.name)
            else:
                text = _tr("Bring {0} back &up").format(site.name)
                done = _tr("Lab: site {0} is up again.").format(site.name)
            action = self.sites.addAction(text)
            action.setObjectName(f"labSite-{site.id}")
            action.triggered.connect(
                lambda _c=False, s=site.id, up=not site.up, d=done: self.send(
                    self.session.client.lab_site(s, up), d
                )
            )

    def _fill_link(self) -> None:
        cut = self.link.addAction(_tr("&Cut the link between the sites"))
        cut.setObjectName("labLinkCut")
        cut.triggered.connect(
            lambda: self.send(
                self.session.client.lab_link(True), _tr("Lab: the link between the sites is cut.")
            )
        )
        restore = self.link.addAction(_tr("&Restore the link at full speed"))
        restore.setObjectName("labLinkRestore")
        restore.triggered.connect(
            lambda: self.send(
                self.session.client.lab_link(False),
                _tr("Lab: the link between the sites is restored at full speed."),
            )
        )
        self.link.addSeparator()
        for mbps in LINK_LIMITS_MBPS:
            limit = self.link.addAction(_tr("Limit to {0} Mbit/s").format(mbps))
            limit.setObjectName(f"labLinkLimit-{mbps}")
            limit.triggered.connect(
                lambda _c=False, m=mbps: self.send(
                    self.session.client.lab_link(False, m * 1_000_000),
                    _tr("Lab: the link between the sites is limited to {0} Mbit/s.").format(m),
                )
            )

    def selected_vm(self) -> Any:
        node = self.window.node_at(self.window.tree.currentIndex())
        if node is None or node.kind != "vm":
            return None
        return self.session.cache.get("vm", node.id)

    def fill_writes(self) -> None:
        self.writes.clear()
        vm = self.selected_vm()
        if vm is None:
            hint = self.writes.addAction(_tr("Select a VM in the fabric tree first"))
            hint.setEnabled(False)
            return
        names = {
            0.0: _tr("{0}: idle (no writes)"),
            5.0: _tr("{0}: normal (5 writes/s)"),
            50.0: _tr("{0}: busy (50 writes/s)"),
            500.0: _tr("{0}: heavy (500 writes/s)"),
        }
        for rate in WRITE_RATES:
            action = self.writes.addAction(names[rate].format(vm.name))
            action.setObjectName(f"labWriteRate-{rate:g}")
            done = _tr("Lab: {0} now writes {1} times a second.").format(vm.name, f"{rate:g}")
            action.triggered.connect(
                lambda _c=False, v=vm.id, r=rate, d=done: self.send(
                    self.session.client.lab_write_rate(v, r), d
                )
            )

    # --- sending ----------------------------------------------------------------------------

    def send(self, call: Any, done: str) -> None:
        self.session.spawn(self._send(call, done), "lab-control")

    async def _send(self, call: Any, done: str) -> None:
        status = self.window.statusBar()
        try:
            await call
        except StandbyError as exc:
            status.showMessage(_tr("The lab refused: {0}").format(exc), 15000)
            return
        status.showMessage(done, 8000)


def install_lab_menu(window: Any) -> QMenu:
    """Add the Lab menu to the main window (hidden unless its vault is a lab)."""
    window.lab_menu = LabMenu(window)
    return window.lab_menu.menu
