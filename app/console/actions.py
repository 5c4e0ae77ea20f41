"""Context-menu operations, straight from the operation table.

`entries_for()` is plain Python (a test drives it without a menu): for a VM it lists every
operation with the table's verdict, disabled ones carrying the table's reason. When the
console is not connected, or the token's role is too weak, every operation is refused with
that reason instead: nothing is queued blind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from app.domain.enums import Operation, ReplicationState, Role
from app.domain.model import Pairing
from app.domain.operations import OPERATION_LABELS, ItemStatus, allowed_operations

from .i18n import reason_text
from .models.fabric_tree import FabricTreeModel, Node

GROUPS: tuple[tuple[Operation, ...], ...] = (
    (Operation.ENABLE_PROTECTION, Operation.DISABLE_PROTECTION),
    (Operation.TEST_FAILOVER, Operation.TEST_FAILOVER_CLEANUP),
    (
        Operation.PLANNED_FAILOVER,
        Operation.UNPLANNED_FAILOVER,
        Operation.COMMIT,
        Operation.CHANGE_RECOVERY_POINT,
        Operation.CANCEL_FAILOVER,
    ),
    (Operation.REVERSE_REPLICATION, Operation.FAILBACK),
    (Operation.RESYNC, Operation.PAUSE, Operation.RESUME),
)
CONFIRM = frozenset(Operation) - {Operation.PAUSE, Operation.RESUME, Operation.RESYNC}
"""The operations that open a wizard (their menu entries end in "…"); the rest go at once."""


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


@dataclass(frozen=True)
class Entry:
    operation: Operation
    label: str
    enabled: bool
    reason: str  # why it is disabled ("" when enabled)
    item_id: str | None = None
    vm_id: str | None = None
    pairing_id: str | None = None


def refusal(connected: bool, role: Role | None, retry_in: float | None = None) -> str:
    """Why no operation can be sent now ("" when they can)."""
    if not connected:
        text = tr("Not connected to the control plane: operations are refused until it is back")
        if retry_in is not None:
            text += tr(" (next retry in {0:.0f} s)").format(retry_in)
        return text + "."
    if role == Role.VIEWER:
        return tr("Your token has the viewer role: it may look, not run operations.")
    return ""


def pairing_for(model: FabricTreeModel, node: Node) -> Pairing | None:
    host = node.parent
    if host is None or host.kind != "host":
        return None
    for pairing in model.cache.objects("pairing").values():
        if pairing.primary_cloud_id == host.obj.cloud_id:
            return pairing
    return None


def entries_for(model: FabricTreeModel, node: Node, refused: str = "") -> list[list[Entry]]:
    """The operations of a VM node, grouped; [] for other nodes."""
    if node.kind != "vm":
        return []
    item = node.item
    status = ItemStatus.of(item) if item is not None else ItemStatus(ReplicationState.NOT_PROTECTED)
    verdicts = allowed_operations(status)
    pairing = pairing_for(model, node) if item is None else None
    groups = []
    for group in GROUPS:
        entries = []
        for operation in group:
            verdict = verdicts[operation]
            reason = refused or ("" if verdict.allowed else reason_text(verdict.reason))
            if not reason and operation == Operation.ENABLE_PROTECTION and pairing is None:
                reason = tr(
                    "Enable protection needs a cloud pairing for this VM's cloud: "
                    "pair the cloud with a recovery cloud first."
                )
            entries.append(
                Entry(
                    operation,
                    tr(OPERATION_LABELS[operation]),
                    not reason,
                    reason,
                    item.id if item is not None else None,
                    node.id,
                    pairing.id if pairing is not None else None,
                )
            )
        groups.append(entries)
    return groups


def build_menu(
    groups: list[list[Entry]], run: Callable[[Entry], None], parent: QWidget | None = None
) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("operationsMenu")
    menu.setToolTipsVisible(True)
    for number, group in enumerate(groups):
        if number:
            menu.addSeparator()
        for entry in group:
            action = menu.addAction(entry.label + ("…" if entry.operation in CONFIRM else ""))
            action.setObjectName(f"op-{entry.operation.value}")
            action.setData(entry.operation.value)
            action.setEnabled(entry.enabled)
            if entry.reason:
                action.setToolTip(entry.reason)
                action.setStatusTip(entry.reason)
            action.triggered.connect(lambda _checked=False, e=entry: run(e))
    return menu
