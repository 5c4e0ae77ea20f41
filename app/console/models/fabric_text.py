"""What the fabric tree's cells say: text, tooltips and sort values per node and column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import Health
from app.domain.health import RpoStanding, rpo_warning_seconds
from app.domain.model import ProtectedItem, Vm

from .. import formatting as fmt
from ..reason_text import reasons_text

if TYPE_CHECKING:
    from .fabric_tree import Node

NAME, REPLICATION, HEALTH, RPO, LOCATION, CONNECTION = range(6)


class FabricText:
    """Mixed into the fabric tree model (which gives `tr` and `cache`)."""

    tr: Any
    cache: Any

    def _rpo_standing(self, item: ProtectedItem) -> RpoStanding:
        policy = self.cache.get("policy", item.policy_id)
        return fmt.item_rpo_standing(item, getattr(policy, "copy_frequency_seconds", None))

    def _rpo_colour(self, node: Node) -> Any:
        """The RPO cell's colour: the standing's status (muted where no RPO counts)."""
        from PySide6.QtGui import QColor

        from .. import theme

        if node.item is None:
            return None
        status = fmt.RPO_STATUS[self._rpo_standing(node.item)]
        return None if status == "normal" else QColor(theme.status_colour(status))

    def _muted(self) -> Any:
        from PySide6.QtGui import QColor

        return QColor("#777777")

    def _text(self, node: Node, column: int) -> str:
        item = node.item
        if column == NAME:
            return node.name
        if column == REPLICATION:
            if node.kind != "vm":
                return ""
            text = fmt.replication_state(item.replication_state if item else None)
            drill = fmt.test_failover_state(item.test_failover_state) if item else ""
            return f"{text} · {drill}" if drill else text
        if column == HEALTH:
            return self._health_text(node)
        if column == RPO:
            return fmt.rpo_short(item, self._rpo_standing(item)) if item is not None else ""
        if column == LOCATION:
            if item is None:
                return ""
            return self.tr(fmt.words(item.active_location.value))
        if column == CONNECTION:
            return self._connection_text(node)
        return ""

    def _health_text(self, node: Node) -> str:
        if node.kind == "vm":
            return fmt.health(node.item.health) if node.item is not None else ""
        parts: list[str] = []
        if node.kind == "site" and not node.obj.up:
            parts.append(self.tr("Site down"))
        elif node.kind == "site" and not node.obj.vmm_server.provider.connected:
            parts.append(self.tr("Provider disconnected"))
        elif node.kind == "host" and not node.obj.agent.connected:
            parts.append(self.tr("Agent disconnected"))
        if node.kind == "host" and node.obj.storage is not None and node.obj.storage.low:
            parts.append(self.tr("Storage low"))
        normal, warning, critical = node.counts
        if critical or warning:
            counted = []
            if critical:
                # translate(), not self.tr(): PySide6 finds plural forms in the exact
                # class's context only, and this mixin's context is FabricText
                counted.append(
                    QCoreApplication.translate("FabricText", "%n critical", "", critical)
                )
            if warning:
                counted.append(QCoreApplication.translate("FabricText", "%n warning", "", warning))
            parts.append(", ".join(counted))
        elif normal and not parts:
            parts.append(fmt.health(Health.NORMAL))
        return " · ".join(parts)

    def _connection_text(self, node: Node) -> str:
        state = None
        if node.kind == "site":
            state = node.obj.vmm_server.provider
        elif node.kind == "host":
            state = node.obj.agent
        if state is None:
            return ""
        if state.connected:
            return self.tr("Connected · {0}").format(fmt.clock(state.last_heartbeat))
        return self.tr("DISCONNECTED since {0}").format(fmt.clock(state.last_heartbeat))

    def _tooltip(self, node: Node, column: int) -> str | None:
        if column == RPO and node.item is not None:
            standing = self._rpo_standing(node.item)
            if standing == RpoStanding.NOT_REPLICATING:
                return self.tr("RPO: {0}").format(fmt.rpo_why_none(node.item))
            policy = self.cache.get("policy", node.item.policy_id)
            target = getattr(policy, "copy_frequency_seconds", None)
            if target is not None and node.item.rpo_seconds is not None:
                return self.tr("RPO {0}: target {1}, warning above {2}").format(
                    fmt.duration(node.item.rpo_seconds),
                    fmt.duration(target),
                    fmt.duration(rpo_warning_seconds(target)),
                )
        if column == HEALTH and node.item is not None and node.item.health_reasons:
            return reasons_text(node.item.health_reasons)
        if column == HEALTH and node.kind == "host" and node.obj.storage is not None:
            return fmt.host_storage(node.obj.storage)
        if column == CONNECTION and node.kind == "site":
            vmm = node.obj.vmm_server
            return self.tr("VMM server {0}, provider {1}\nLast heartbeat {2}").format(
                vmm.name, vmm.provider.version or "?", fmt.clock(vmm.provider.last_heartbeat)
            )
        if column == CONNECTION and node.kind == "host":
            agent = node.obj.agent
            return self.tr("Replication agent {0}\nLast heartbeat {1}").format(
                agent.version or "?", fmt.clock(agent.last_heartbeat)
            )
        if column == NAME and node.kind == "vm":
            vm: Vm = node.obj
            return self.tr("VM {0} ({1}), {2} disk(s)").format(
                vm.name, self.tr(fmt.words(vm.power_state.value)), len(vm.disks)
            )
        return None

    def _sort_value(self, node: Node, column: int) -> Any:
        if column == HEALTH:
            return fmt.HEALTH_ORDER[node.health()]
        if column == RPO:
            rpo = node.item.rpo_seconds if node.item is not None else None
            return -1.0 if rpo is None else float(rpo)
        return self._text(node, column).casefold()
