"""The fabric tree: Vault → Site → Cloud → Host → VM, over the client's inventory cache.

The model follows the cache's per-object changes with beginInsertRows / beginRemoveRows /
dataChanged; it is reset only once, when the first listing arrives (or when it is attached to
a cache that already holds one). Children stay ordered by name; each container keeps the
counts of protected VMs by health beneath it and its number of VMs, so a site shows at a
glance how many are in trouble without walking its subtree on every paint, and the VMs whose
health is not normal are kept in a set for the summaries.

Row and structure changes are signalled at once; value changes (a figure, a health, a
heartbeat) are coalesced: changed nodes are collected and `flush_changes()` — a few times a
second — emits one dataChanged per parent spanning its changed rows (per run of adjacent
changed rows while a proxy filters or sorts live, since it then examines every row in the
range), naming the roles that changed, and leaving out column 0 (the name, which only
changes by remove + insert) unless a proxy sorts by a column whose values change
(`sort_live`): a sorting proxy re-sorts every changed row whose sort column is in the range,
which at 1 000 events/s stalls the UI. FilterRole is named only while a proxy filters
(`filter_live`).
"""

from __future__ import annotations

import bisect
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.client.cache import InventoryCache
from app.domain.enums import Health
from app.domain.model import Host, ProtectedItem, Site

from .. import formatting as fmt
from ..resources import icon
from .fabric_text import FabricText

Index = QModelIndex | QPersistentModelIndex

VAULT_KEY = ("vault", "")
FABRIC_KINDS = ("site", "cloud", "host", "vm")
_PARENT_KIND = {"cloud": "site", "host": "cloud", "vm": "host"}
_HEALTH_SLOT = {Health.NORMAL: 0, Health.WARNING: 1, Health.CRITICAL: 2}

NAME, REPLICATION, HEALTH, RPO, LOCATION, CONNECTION = range(6)
COLUMN_COUNT = 6

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
HealthRole = Qt.ItemDataRole.UserRole + 3  # the node's own health value ("" when none)
StateRole = Qt.ItemDataRole.UserRole + 4  # replication state value ("" when none)
SortRole = Qt.ItemDataRole.UserRole + 5
FilterRole = Qt.ItemDataRole.UserRole + 8  # what the filter proxy's expression matches
FILTER_SEPARATOR = "\x1f"  # between FilterRole's fields; never in a filter term (whitespace)

FLUSH_MS = 200  # value changes reach the views at 5 Hz at most
_VALUE_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleTextRole,
    HealthRole,
    StateRole,
]


class Node:
    __slots__ = ("children", "counts", "id", "item", "kind", "obj", "parent", "row", "vms")

    def __init__(self, kind: str, object_id: str, obj: Any, parent: Node | None = None):
        self.kind = kind
        self.id = object_id
        self.obj = obj
        self.parent = parent
        self.children: list[Node] = []
        self.row = 0
        self.item: ProtectedItem | None = None  # VMs only: their protected item
        self.counts = [0, 0, 0]  # protected VMs below by health: normal, warning, critical
        self.vms = 0  # VMs below (containers)

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.id)

    @property
    def name(self) -> str:
        return getattr(self.obj, "name", "") if self.obj is not None else ""

    @property
    def sort_key(self) -> str:
        return self.name.casefold()

    def own_health(self) -> Health | None:
        """The node's own state: a VM's protection health, a site's or host's connection, a
        host's low storage."""
        if self.kind == "vm":
            return self.item.health if self.item is not None else None
        if self.kind == "site":
            site: Site = self.obj
            if not site.up:
                return Health.CRITICAL
            return None if site.vmm_server.provider.connected else Health.WARNING
        if self.kind == "host":
            host: Host = self.obj
            low = host.storage is not None and host.storage.low
            return Health.WARNING if low or not host.agent.connected else None
        return None

    def health(self) -> Health | None:
        """The worst of its own health and the protected VMs below it."""
        below = None
        if self.kind != "vm":
            for health, slot in _HEALTH_SLOT.items():
                if self.counts[slot]:
                    below = health
        return fmt.worst(self.own_health(), below)


def parent_key(kind: str, obj: Any) -> tuple[str, str]:
    if kind == "site":
        return VAULT_KEY
    field = {"cloud": "site_id", "host": "cloud_id", "vm": "host_id"}[kind]
    return (_PARENT_KIND[kind], getattr(obj, field))


class FabricTreeModel(FabricText, QAbstractItemModel):
    """Vault → Site → Cloud → Host → VM with name, replication, health, RPO, location and
    provider/agent connection columns."""

    def __init__(self, cache: InventoryCache, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = cache
        self._root = Node("root", "", None)
        self._nodes: dict[tuple[str, str], Node] = {}
        self._items_by_vm: dict[str, ProtectedItem] = {}
        self._waiting: dict[tuple[str, str], set[tuple[str, str]]] = {}  # parent → children
        self._troubled: set[str] = set()  # VM ids whose item's health is not normal
        self._pending: set[Node] = set()  # nodes whose values changed, not yet signalled
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(FLUSH_MS)
        self._flush.timeout.connect(self.flush_changes)
        self.sort_live = False  # a proxy sorts by a column whose values change
        self.filter_live = False  # a proxy filters
        self.loaded = False
        self.resets = 0
        self._unsubscribe = [
            cache.on_object(self._on_object),
            cache.on_relisted(self._on_relisted),
        ]
        if cache.revision is not None:
            self._load()

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    # --- lookups ----------------------------------------------------------------------------

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def node_for(self, kind: str, object_id: str) -> Node | None:
        return self._nodes.get(VAULT_KEY if kind == "vault" else (kind, object_id))

    def index_for(self, kind: str, object_id: str, column: int = 0) -> QModelIndex:
        node = self.node_for(kind, object_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def item_for_vm(self, vm_id: str) -> ProtectedItem | None:
        return self._items_by_vm.get(vm_id)

    def troubled_vms(self, under: Node) -> list[Node]:
        """The VMs below `under` whose protection health is warning or critical."""
        nodes = self._nodes
        if under.kind == "vault" and under.parent is self._root:
            # Every VM in the tree is below the vault: no walk up from each (100 000 VMs,
            # thousands of them troubled, summarised every second while the feed runs).
            return [node for vm_id in self._troubled if (node := nodes.get(("vm", vm_id)))]
        found = []
        for vm_id in self._troubled:
            node = nodes.get(("vm", vm_id))
            walker = node
            while walker is not None and walker is not under:
                walker = walker.parent
            if node is not None and walker is under:
                found.append(node)
        return found

    def vm_nodes(self, under: Node) -> list[Node]:
        if under.kind == "vm":
            return [under]
        found: list[Node] = []
        stack = list(under.children)
        while stack:
            node = stack.pop()
            if node.kind == "vm":
                found.append(node)
            else:
                stack.extend(node.children)
        return found

    # --- the Qt model -----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = parent.internalPointer() if parent.isValid() else self._root
        return self.createIndex(row, column, owner.children[row])

    # Qt's stubs give parent() two meanings (QObject.parent(), QAbstractItemModel.parent(index))
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        owner = index.internalPointer().parent
        if owner is None or owner is self._root:
            return QModelIndex()
        return self.createIndex(owner.row, 0, owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return len(parent.internalPointer().children) if parent.column() == 0 else 0
        return len(self._root.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == CONNECTION:
            return self.tr(
                "A site's VMM provider, a host's replication agent: connected or not, "
                "and its last heartbeat"
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Replication"),
            self.tr("Health"),
            self.tr("RPO"),
            self.tr("Active location"),
            self.tr("Provider / agent"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == NAME:
                return icon(node.kind)
            if column == HEALTH:
                health = node.health()
                return icon(f"health-{health.value}") if health is not None else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == REPLICATION and node.kind == "vm":
            if node.item is None:
                return self._muted()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == RPO:
            return self._rpo_colour(node)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(node, column)
        if role == KindRole:
            return node.kind
        if role == IdRole:
            return node.id
        if role == HealthRole:
            own = node.own_health()
            return own.value if own is not None else ""
        if role == StateRole:
            return node.item.replication_state.value if node.item is not None else ""
        if role == SortRole:
            return self._sort_value(node, column)
        if role == FilterRole:
            return self._filter_key(node)
        return None

    def _filter_key(self, node: Node) -> str:
        """What the filter proxy matches its terms against (fabric_filter.filter_pattern):
        name, id, own health, replication state (twice: as is, and with spaces for dashes)
        and the health column's text, casefolded where the terms are compared so."""
        own = node.own_health()
        health = own.value if own is not None else ""
        state = node.item.replication_state.value if node.item is not None else ""
        return FILTER_SEPARATOR.join(
            (
                node.name.casefold(),
                node.id.casefold(),
                health,
                state,
                state.replace("-", " "),
                self._text(node, HEALTH).casefold() if health else "",
            )
        )

    # --- first load -------------------------------------------------------------------------

    def _on_relisted(self, _old: int | None, _new: int) -> None:
        if not self.loaded:
            self._load()
            return
        vault = self._nodes.get(VAULT_KEY)
        if vault is not None and self.cache.vault is not None and vault.obj != self.cache.vault:
            vault.obj = self.cache.vault
            index = self.createIndex(vault.row, 0, vault)
            self.dataChanged.emit(index, index)

    def _load(self) -> None:
        """The one reset: build the whole tree from the cache's snapshot."""
        self.beginResetModel()
        self._root = Node("root", "", None)
        self._nodes = {}
        self._waiting = {}
        vault = Node("vault", self.cache.vault.id if self.cache.vault else "", self.cache.vault)
        vault.parent = self._root
        self._root.children.append(vault)
        self._nodes[VAULT_KEY] = vault
        for kind in FABRIC_KINDS:
            for object_id, obj in self.cache.objects(kind).items():
                owner = self._nodes.get(parent_key(kind, obj))
                if owner is None:
                    self._waiting.setdefault(parent_key(kind, obj), set()).add((kind, object_id))
                    continue
                node = Node(kind, object_id, obj, owner)
                owner.children.append(node)
                self._nodes[(kind, object_id)] = node
        for node in self._nodes.values():
            node.children.sort(key=lambda n: n.sort_key)
            for row, child in enumerate(node.children):
                child.row = row
        self._items_by_vm = {
            item.vm_id: item for item in self.cache.objects("protected-item").values()
        }
        self._troubled = set()
        for vm_id, item in self._items_by_vm.items():
            vm_node = self._nodes.get(("vm", vm_id))
            if vm_node is not None:
                vm_node.item = item
                self._count(vm_node, item.health, +1, notify=False)
                if item.health != Health.NORMAL:
                    self._troubled.add(vm_id)
        for (kind, _id), node in self._nodes.items():
            if kind == "vm":
                walker = node.parent
                while walker is not None and walker is not self._root:
                    walker.vms += 1
                    walker = walker.parent
        self._pending = set()
        self.loaded = True
        self.resets += 1
        self.endResetModel()

    # --- incremental changes ----------------------------------------------------------------

    def _on_object(self, kind: str, object_id: str, old: BaseModel | None, new: BaseModel | None):
        if not self.loaded:
            return  # the first listing arrives as one reset (_on_relisted)
        if kind in FABRIC_KINDS:
            self._fabric_changed(kind, object_id, old, new)
        elif kind == "protected-item":
            assert old is None or isinstance(old, ProtectedItem)  # the cache's model of the kind
            assert new is None or isinstance(new, ProtectedItem)
            self._item_changed(old, new)

    def _fabric_changed(self, kind: str, object_id: str, old: Any, new: Any) -> None:
        key = (kind, object_id)
        node = self._nodes.get(key)
        if new is None:
            if node is not None:
                self._remove(node)
            for waiting in self._waiting.values():
                waiting.discard(key)
            return
        if node is None:
            self._insert(kind, object_id, new)
            return
        # Compare parents by node, not by key: the vault node's key carries the vault's id
        # while a site's parent_key() is VAULT_KEY, so a key comparison took every site
        # update (a provider heartbeat) for a move.
        if self._nodes.get(parent_key(kind, new)) is not node.parent or new.name != node.name:
            # Moved or renamed: take it out and put it back in its place; its subtree is
            # parked by _remove and comes back with it.
            self._remove(node)
            self._insert(kind, object_id, new)
            return
        before = node.health()
        node.obj = new
        self._changed(node)
        if node.health() != before:
            self._ancestors_changed(node)

    def _item_changed(self, old: ProtectedItem | None, new: ProtectedItem | None) -> None:
        if old is not None and (new is None or new.vm_id != old.vm_id):
            self._items_by_vm.pop(old.vm_id, None)
            self._set_item(old.vm_id, None)
        if new is not None:
            self._items_by_vm[new.vm_id] = new
            self._set_item(new.vm_id, new)

    def _set_item(self, vm_id: str, item: ProtectedItem | None) -> None:
        node = self._nodes.get(("vm", vm_id))
        if node is None:
            return
        before = node.item.health if node.item is not None else None
        after = item.health if item is not None else None
        node.item = item
        if after is not None and after != Health.NORMAL:
            self._troubled.add(vm_id)
        else:
            self._troubled.discard(vm_id)
        self._changed(node)
        if before != after:
            self._count(node, before, -1, notify=False)
            self._count(node, after, +1, notify=True)

    def _count(self, node: Node, health: Health | None, delta: int, notify: bool) -> None:
        if health is None:
            return
        slot = _HEALTH_SLOT[health]
        owner = node.parent
        while owner is not None and owner is not self._root:
            owner.counts[slot] += delta
            if notify:
                self._changed(owner)
            owner = owner.parent

    def _changed(self, node: Node) -> None:
        self._pending.add(node)
        if not self._flush.isActive():
            self._flush.start()

    def _attached(self, node: Node) -> bool:
        """Whether the node is still in the tree (not removed since it changed)."""
        walker = node
        while walker is not self._root:
            owner = walker.parent
            if owner is None:
                return False
            siblings = owner.children
            if walker.row >= len(siblings) or siblings[walker.row] is not walker:
                return False
            walker = owner
        return True

    def roles(self) -> list[int]:
        """The roles a value change names (see the module's docstring)."""
        roles = list(_VALUE_ROLES)
        if self.sort_live:
            roles.append(SortRole)
        if self.filter_live:
            roles.append(FilterRole)
        return roles

    def flush_changes(self) -> None:
        """Signal the collected value changes: one dataChanged per run of adjacent rows."""
        self._flush.stop()
        pending, self._pending = self._pending, set()
        by_parent: dict[int, tuple[Node, list[Node]]] = {}
        for node in pending:
            if node.parent is not None and self._attached(node):
                by_parent.setdefault(id(node.parent), (node.parent, []))[1].append(node)
        roles = self.roles()
        exact = self.sort_live or self.filter_live
        for _owner, nodes in by_parent.values():
            nodes.sort(key=lambda n: n.row)
            if not exact:
                # Nobody re-sorts or re-filters: one signal per parent, spanning its changed
                # rows (the proxy only forwards it; the view repaints what it shows).
                self._emit_run(nodes[0], nodes[-1], roles)
                continue
            # A filtering proxy re-reads data(FilterRole) for every row in a range: name
            # only the changed rows, in runs of adjacent ones.
            first = last = nodes[0]
            for node in nodes[1:]:
                if node.row == last.row + 1:
                    last = node
                    continue
                self._emit_run(first, last, roles)
                first = last = node
            self._emit_run(first, last, roles)

    def _emit_run(self, first: Node, last: Node, roles: list[int]) -> None:
        # A sorting QSortFilterProxyModel (Qt 6.11) re-sorts a changed row whenever its sort
        # column lies in the changed range, whatever the roles say. Names (column 0) change
        # only by remove + insert, so unless a proxy sorts by a live column the range starts
        # at column 1 and no row is re-sorted.
        self.dataChanged.emit(
            self.createIndex(first.row, 0 if self.sort_live else 1, first),
            self.createIndex(last.row, COLUMN_COUNT - 1, last),
            roles,
        )

    def _ancestors_changed(self, node: Node) -> None:
        owner = node.parent
        while owner is not None and owner is not self._root:
            self._changed(owner)
            owner = owner.parent

    def _index_of(self, node: Node) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def _insert(self, kind: str, object_id: str, obj: Any) -> None:
        wanted = parent_key(kind, obj)
        owner = self._nodes.get(wanted)
        if owner is None:  # its parent has not arrived yet: adopt it when it does
            self._waiting.setdefault(wanted, set()).add((kind, object_id))
            return
        node = Node(kind, object_id, obj, owner)
        position = bisect.bisect_right([child.sort_key for child in owner.children], node.sort_key)
        self.beginInsertRows(self._index_of(owner), position, position)
        owner.children.insert(position, node)
        for row in range(position, len(owner.children)):
            owner.children[row].row = row
        self._nodes[(kind, object_id)] = node
        self.endInsertRows()
        if kind == "vm":
            walker: Node | None = owner
            while walker is not self._root and walker is not None:
                walker.vms += 1
                walker = walker.parent
        if kind == "vm" and object_id in self._items_by_vm:
            self._set_item(object_id, self._items_by_vm[object_id])
        self._ancestors_changed(node)
        for child_kind, child_id in sorted(self._waiting.pop(node.key, set())):
            child = self.cache.get(child_kind, child_id)
            if child is not None and (child_kind, child_id) not in self._nodes:
                self._insert(child_kind, child_id, child)  # (not if placed elsewhere since)

    def _remove(self, node: Node) -> None:
        owner = node.parent
        assert owner is not None
        subtotal = node.counts[:] if node.kind != "vm" else [0, 0, 0]
        if node.kind == "vm" and node.item is not None:
            subtotal[_HEALTH_SLOT[node.item.health]] += 1
        self.beginRemoveRows(self._index_of(owner), node.row, node.row)
        del owner.children[node.row]
        for row in range(node.row, len(owner.children)):
            owner.children[row].row = row
        stack = [node]
        while stack:
            gone = stack.pop()
            self._nodes.pop(gone.key, None)
            for child in gone.children:
                # Descendants are still in the cache: they wait for their parent, and come
                # back when it is inserted again (a move or rename), or are dropped from the
                # waiting list when their own deletion arrives.
                self._waiting.setdefault(gone.key, set()).add(child.key)
            stack.extend(gone.children)
        self.endRemoveRows()
        vms = 1 if node.kind == "vm" else node.vms
        walker: Node | None = owner
        while walker is not None and walker is not self._root:
            for slot in range(3):
                walker.counts[slot] -= subtotal[slot]
            walker.vms -= vms
            self._changed(walker)
            walker = walker.parent


__all__ = [
    "COLUMN_COUNT",
    "CONNECTION",
    "FILTER_SEPARATOR",
    "HEALTH",
    "LOCATION",
    "NAME",
    "REPLICATION",
    "RPO",
    "FabricTreeModel",
    "FilterRole",
    "HealthRole",
    "IdRole",
    "KindRole",
    "Node",
    "SortRole",
    "StateRole",
]
