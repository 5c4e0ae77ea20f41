"""Summaries of the vault, a site, a cloud or a host: connection, protection by health,
pairings and policies, and the VMs that need attention."""

from __future__ import annotations

import heapq
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Host, Pairing

from .. import formatting as fmt
from .. import theme
from ..models.fabric_tree import FabricTreeModel, Node
from ..reason_text import reason_text, reasons_text
from ..resources import icon

ATTENTION_ROWS = 200
_COLORS = {"normal": "#2e7d32", "warning": "#b26a00", "critical": "#c62828", "none": "#555"}


class SummaryPane(QWidget):
    def __init__(self, model: FabricTreeModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.cache = model.cache
        self.setObjectName("summaryPane")
        self.setAccessibleName(self.tr("Summary"))
        self.key: tuple[str, str] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        self.kind_icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("summaryTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.kind_icon)
        header.addWidget(self.title)
        header.addStretch(1)
        outer.addLayout(header)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("summarySubtitle")
        self.subtitle.setWordWrap(True)
        outer.addWidget(self.subtitle)
        # A host's storage: free of total, with a warning look and what to do when low.
        self.storage_row = QWidget()
        storage_layout = QHBoxLayout(self.storage_row)
        storage_layout.setContentsMargins(0, 4, 0, 4)
        self.storage_icon = QLabel()
        self.storage_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.storage = QLabel()
        self.storage.setObjectName("summaryStorage")
        self.storage.setWordWrap(True)
        self.storage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        storage_layout.addWidget(self.storage_icon)
        storage_layout.addWidget(self.storage, 1)
        self.storage_row.hide()
        outer.addWidget(self.storage_row)

        counts_box = QGroupBox(self.tr("Protected VMs by health"))
        grid = QGridLayout(counts_box)
        self.count_labels: dict[str, QLabel] = {}
        for column, (key, text) in enumerate(
            (
                ("critical", self.tr("Critical")),
                ("warning", self.tr("Warning")),
                ("normal", self.tr("Normal")),
                ("none", self.tr("Not protected")),
            )
        ):
            number = QLabel("0")
            number.setObjectName(f"count-{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            big = number.font()
            big.setPointSizeF(big.pointSizeF() * 2.2)
            big.setBold(True)
            number.setFont(big)
            number.setStyleSheet(f"color: {_COLORS[key]};")
            caption = QLabel(text)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(number, 0, column)
            grid.addWidget(caption, 1, column)
            self.count_labels[key] = number
        outer.addWidget(counts_box)

        self.config_box = QGroupBox(self.tr("Pairings and policies"))
        config_layout = QVBoxLayout(self.config_box)
        self.config = QLabel()
        self.config.setObjectName("summaryPairings")
        self.config.setWordWrap(True)
        self.config.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        config_layout.addWidget(self.config)
        outer.addWidget(self.config_box)

        attention_box = QGroupBox(self.tr("Needs attention"))
        attention_layout = QVBoxLayout(attention_box)
        self.attention = QTreeWidget()
        self.attention.setObjectName("summaryAttention")
        self.attention.setAccessibleName(self.tr("VMs that need attention"))
        self.attention.setRootIsDecorated(False)
        self.attention.setHeaderLabels([self.tr("VM"), self.tr("Health"), self.tr("Reason")])
        attention_layout.addWidget(self.attention)
        outer.addWidget(attention_box, 1)

        self._attention_rows: list[tuple[str, str, str, str, str]] | None = None
        self._dirty = False
        self._unsubscribe = self.cache.on_object(lambda *_: self._mark())
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._refresh_if_dirty)
        self._timer.start()

    def _mark(self) -> None:
        self._dirty = True

    def _refresh_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self._dirty = False
            self.refresh()

    def show_node(self, kind: str, object_id: str) -> None:
        self.key = (kind, object_id)
        self.refresh()

    def refresh(self) -> None:
        if self.key is None:
            return
        node = self.model.node_for(*self.key)
        if node is None:
            self.title.setText(self.tr("(no longer in the vault)"))
            return
        self.kind_icon.setPixmap(icon(node.kind).pixmap(24, 24))
        kind_name = {
            "vault": self.tr("Vault"),
            "site": self.tr("Site"),
            "cloud": self.tr("Cloud"),
            "host": self.tr("Host"),
        }.get(node.kind, node.kind)
        self.title.setText(f"{kind_name} {node.name}")
        self.subtitle.setText(self._subtitle(node))
        self._show_storage(node)
        # From the counts the model keeps: never a walk over every VM (100 000 of them).
        if node.kind == "vm":
            counts = Counter([node.item.health.value if node.item else "none"])
        else:
            normal, warning, critical = node.counts
            counts = Counter(
                normal=normal,
                warning=warning,
                critical=critical,
                none=node.vms - normal - warning - critical,
            )
        for key, label in self.count_labels.items():
            label.setText(str(counts.get(key, 0)))
        self.config.setText(self._pairings(node) or self.tr("No cloud pairing involves it."))
        rows = []
        for vm in self._needing_attention(node):
            assert vm.item is not None
            reasons = vm.item.health_reasons
            rows.append(
                (
                    vm.name,
                    fmt.health(vm.item.health),
                    reason_text(reasons[0]) if reasons else "",
                    vm.item.health.value,
                    reasons_text(reasons, bullet=""),
                )
            )
        if rows == self._attention_rows:
            return  # the list shows exactly these: no rebuild (a frozen UI at 100 000 VMs)
        self._attention_rows = rows
        self.attention.clear()
        for name, health, reason, value, tooltip in rows:
            row = QTreeWidgetItem([name, health, reason])
            row.setIcon(1, icon(f"health-{value}"))
            row.setToolTip(2, tooltip)
            self.attention.addTopLevelItem(row)
        self.attention.resizeColumnToContents(0)

    def _needing_attention(self, node: Node) -> list[Node]:
        """The first ATTENTION_ROWS troubled protected VMs below `node`, worst first, then by
        name: as sorting them all would, without sorting thousands to show 200."""
        by_health: dict[int, list[Node]] = {}
        for vm in self.model.troubled_vms(node):
            if vm.item is not None:
                by_health.setdefault(fmt.HEALTH_ORDER[vm.item.health], []).append(vm)
        chosen: list[Node] = []
        for order in sorted(by_health, reverse=True):
            wanted = ATTENTION_ROWS - len(chosen)
            if wanted <= 0:
                break
            chosen += heapq.nsmallest(wanted, by_health[order], key=lambda vm: vm.sort_key)
        return chosen

    def _subtitle(self, node: Node) -> str:
        vms = node.vms
        if node.kind == "vault":
            vault: Any = node.obj
            lab = self.tr(" (embedded lab)") if vault is not None and vault.lab else ""
            version = vault.version if vault is not None else "?"
            sites = len(node.children)
            return self.tr("Control plane {0}{1}, version {2}: {3} sites, {4} VMs").format(
                self.cache.client.url, lab, version, sites, vms
            )
        if node.kind == "site":
            site: Any = node.obj
            provider = site.vmm_server.provider
            state = self.tr("up") if site.up else self.tr("DOWN")
            link = (
                self.tr("provider connected, last heartbeat {0}")
                if provider.connected
                else self.tr("provider DISCONNECTED since {0}")
            ).format(fmt.clock(provider.last_heartbeat))
            return self.tr("{0} · site {1} · VMM server {2}: {3} · {4} clouds, {5} VMs").format(
                site.location, state, site.vmm_server.name, link, len(node.children), vms
            )
        if node.kind == "cloud":
            hosts = len(node.children)
            return self.tr("{0} hosts, {1} VMs").format(hosts, vms)
        if node.kind == "host":
            agent = node.obj.agent
            link = (
                self.tr("agent {0} connected, last heartbeat {1}")
                if agent.connected
                else self.tr("agent {0} DISCONNECTED since {1}")
            ).format(agent.version, fmt.clock(agent.last_heartbeat))
            return self.tr("{0} · {1} VMs").format(link, vms)
        return ""

    def _show_storage(self, node: Node) -> None:
        if node.kind != "host":
            self.storage_row.hide()
            return
        host: Host = node.obj
        storage = host.storage
        text = fmt.host_storage(storage)
        low = storage is not None and storage.low
        if low:
            text += "\n" + self.tr(
                "Under {0} % free. When it is full, replication to and from this host pauses "
                "(and resumes when space returns): free space on it or add storage."
            ).format(fmt.low_storage_percent())
        if storage is not None and not host.agent.connected:
            text += "\n" + self.tr("As last reported: the agent is disconnected.")
        self.storage.setText(text)
        self.storage.setAccessibleName(text)
        colour = theme.status_colour("warning") if low else ""
        self.storage.setStyleSheet(f"color: {colour}; font-weight: bold;" if low else "")
        self.storage_icon.setPixmap(icon("health-warning").pixmap(20, 20) if low else QPixmap())
        self.storage_icon.setVisible(low)
        self.storage_row.show()

    def _pairings(self, node: Node) -> str:
        clouds: set[str] = set()
        if node.kind == "vault":
            clouds = set(self.cache.objects("cloud"))
        elif node.kind == "site":
            clouds = {child.id for child in node.children}
        elif node.kind == "cloud":
            clouds = {node.id}
        elif node.kind == "host" and node.parent is not None:
            clouds = {node.parent.id}
        lines = []
        for pairing in self.cache.objects("pairing").values():
            p: Pairing = pairing
            if p.primary_cloud_id not in clouds and p.recovery_cloud_id not in clouds:
                continue
            policy: Any = self.cache.get("policy", p.policy_id)
            policy_text = (
                self.tr(
                    "{0}: copy every {1}, keep {2} h of points, app-consistent every {3} h"
                ).format(
                    policy.name,
                    fmt.duration(policy.copy_frequency_seconds),
                    policy.recovery_point_retention_hours,
                    policy.app_consistent_frequency_hours,
                )
                if policy is not None
                else p.policy_id
            )
            lines.append(
                f"{self._cloud_name(p.primary_cloud_id)} → {self._cloud_name(p.recovery_cloud_id)}"
                f" — {policy_text}"
            )
        return "\n".join(sorted(lines))

    def _cloud_name(self, cloud_id: str) -> str:
        cloud: Any = self.cache.get("cloud", cloud_id)
        if cloud is None:
            return cloud_id
        site: Any = self.cache.get("site", cloud.site_id)
        return f"{getattr(site, 'name', cloud.site_id)}/{cloud.name}"

    def detach(self) -> None:
        self._unsubscribe()
