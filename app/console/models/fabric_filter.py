"""The fabric tree's filter: free text on names, and `health:` / `state:` terms.

    sql                   names containing "sql" (and their subtrees)
    critical              names, health or replication state containing "critical"
    health:warning        nodes whose own health is warning (VMs, sites, hosts)
    state:paused          VMs whose replication state contains "paused"
    sto health:critical   both terms must hold

Filtering is recursive: a match keeps its ancestors visible and shows its children.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from .fabric_tree import FILTER_SEPARATOR, NAME, FabricTreeModel, FilterRole, SortRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Term:
    field: str  # "text", "health", "state", "name"
    value: str


def parse_filter(text: str) -> list[Term]:
    terms = []
    for word in text.split():
        field, sep, value = word.partition(":")
        if sep and field.lower() in ("health", "state", "name") and value:
            terms.append(Term(field.lower(), value.casefold()))
        else:
            terms.append(Term("text", word.casefold()))
    return terms


def filter_pattern(terms: list[Term]) -> QRegularExpression:
    """The terms as one expression over the model's FilterRole text (name, id, health, state,
    state with spaces, health text; see FabricTreeModel._filter_key): every term a lookahead.
    No terms, an empty pattern: the proxy then accepts every row in C++, without asking the
    model — no Python per row when a host of 16 000 VMs is first mapped."""
    if not terms:
        return QRegularExpression()
    field = f"[^{FILTER_SEPARATOR}]*"
    skip = f"{field}{FILTER_SEPARATOR}"
    parts = []
    for term in terms:
        value = QRegularExpression.escape(term.value)
        if term.field == "name":
            parts.append(f"(?={field}{value})")
        elif term.field == "health":  # the node's own health starts with it
            parts.append(f"(?=(?:{skip}){{2}}{value})")
        elif term.field == "state":
            parts.append(f"(?=(?:{skip}){{3}}{field}{value})")
        else:  # a term holds no separator (split on whitespace): a match stays in a field
            parts.append(f"(?=.*{value})")
    return QRegularExpression(
        "^" + "".join(parts), QRegularExpression.PatternOption.DotMatchesEverythingOption
    )


class FabricFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._terms: list[Term] = []
        self._sort_live = False
        self.setRecursiveFilteringEnabled(True)
        # Dynamic only while it filters or sorts by a live column: otherwise a value change
        # needs nothing from the proxy but forwarding, not a Python filterAcceptsRow per row.
        self.setDynamicSortFilter(False)
        self.setAutoAcceptChildRows(True)
        self.setSortRole(SortRole)
        self.setFilterRole(FilterRole)  # the model names it in dataChanged only while filtering
        self.setFilterKeyColumn(NAME)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The model keeps every node's children ordered by name: name ascending is the source
        # order, so the proxy does not sort then (sorting calls data() twice per comparison,
        # in Python: a host of 16 000 VMs took a second to map on its first change). Names
        # change by remove + insert, never by dataChanged, so value changes need no re-sort
        # either (see fabric_tree's docstring); other columns sort for real.
        model = self.sourceModel()
        by_name = column == NAME and order == Qt.SortOrder.AscendingOrder
        if model is not None and hasattr(model, "sort_live"):
            model.sort_live = column != -1 and not by_name
        self._sort_live = column != -1 and not by_name
        super().sort(-1 if by_name else column, order)
        self._update_dynamic()

    def _update_dynamic(self) -> None:
        self.setDynamicSortFilter(bool(self._terms) or self._sort_live)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        if isinstance(model, FabricTreeModel):
            model.sort_live = self.sortColumn() not in (NAME, -1)  # -1 also for name ascending
            model.filter_live = bool(self._terms)

    @property
    def terms(self) -> list[Term]:
        return list(self._terms)

    def set_filter_text(self, text: str) -> None:
        terms = parse_filter(text)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        model = self.sourceModel()
        if model is not None and hasattr(model, "filter_live"):
            model.filter_live = bool(terms)
        self._update_dynamic()
        self.setFilterRegularExpression(filter_pattern(terms))
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
