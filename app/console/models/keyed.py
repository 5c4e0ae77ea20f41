"""A table of cached objects kept in one order (newest first), updated row by row."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.client.cache import InventoryCache

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 2
ObjectRole = Qt.ItemDataRole.UserRole + 6


class FlatTableModel(QAbstractTableModel):
    """A flat, read-only table: its columns are `headers()`."""

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class KeyedTableModel(FlatTableModel):
    """Rows are the cache's objects of one kind, ordered by `order(obj)` ascending.

    Subclasses name the kind, the columns (`headers`) and the cell text (`cell`).
    """

    kind = ""

    def __init__(self, cache: InventoryCache, parent: QObject | None = None):
        super().__init__(parent)
        self.cache = cache
        self._keys: list[Any] = []  # order keys, parallel to _ids
        self._ids: list[str] = []
        self._objects: dict[str, BaseModel] = {}
        self.resets = 0
        self._unsubscribe = cache.on_object(self._on_object, kinds=(self.kind,))
        self._load(cache.objects(self.kind))

    def detach(self) -> None:
        self._unsubscribe()

    # subclasses ---------------------------------------------------------------------------
    def order(self, obj: Any) -> Any:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, obj: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    # lookups ------------------------------------------------------------------------------
    def object_at(self, row: int) -> Any:
        if 0 <= row < len(self._ids):
            return self._objects[self._ids[row]]
        return None

    def row_of(self, object_id: str) -> int:
        obj = self._objects.get(object_id)
        if obj is None:
            return -1
        position = bisect.bisect_left(self._keys, self.order(obj))
        while position < len(self._ids) and self._ids[position] != object_id:
            position += 1
        return position if position < len(self._ids) else -1

    # the Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        obj = self._objects[self._ids[index.row()]]
        if role == IdRole:
            return self._ids[index.row()]
        if role == ObjectRole:
            return obj
        return self.cell(obj, index.column(), role)

    # changes ------------------------------------------------------------------------------
    def _load(self, objects: Mapping[str, BaseModel]) -> None:
        self.beginResetModel()
        ordered = sorted(objects.items(), key=lambda pair: self.order(pair[1]))  # {id: object}
        self._keys = [self.order(o) for _, o in ordered]
        self._ids = [object_id for object_id, _ in ordered]
        self._objects = dict(ordered)
        self.resets += 1
        self.endResetModel()

    def _on_object(self, kind: str, object_id: str, old: Any, new: Any) -> None:
        if kind != self.kind:
            return
        current = self._objects.get(object_id)
        if current is not None and new is not None and self.order(current) == self.order(new):
            row = self.row_of(object_id)
            self._objects[object_id] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
            return
        if current is not None:
            row = self.row_of(object_id)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row], self._ids[row]
            del self._objects[object_id]
            self.endRemoveRows()
        if new is not None:
            key = self.order(new)
            row = bisect.bisect_right(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._keys.insert(row, key)
            self._ids.insert(row, object_id)
            self._objects[object_id] = new
            self.endInsertRows()


def newest_first(when: datetime, object_id: str) -> tuple[float, str]:
    """An order key that puts the newest object first (ties broken by id)."""
    return (-when.timestamp(), object_id)
