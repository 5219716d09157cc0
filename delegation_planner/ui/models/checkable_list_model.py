"""A checkable list for picking several records (a result's delegations and organisations).

The list holds (key, label) choices and the set of ticked keys; a proxy narrows it
by every typed word without losing ticks on hidden rows, and can show the ticked
ones only, so a person sees at a glance what is linked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from delegation_planner.ui.models.record_models import Index

KEY_ROLE = Qt.ItemDataRole.UserRole


class CheckableListModel(QAbstractListModel):
    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str]] = []
        self._checked: set[str] = set()
        self.read_only = False

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def set_checked(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        known = {key for key, _ in self._choices}
        # A link to a record missing from the list is kept and shown by its key, not lost.
        extra = [(key, key) for key in keys if key not in known]
        if extra:
            self.beginInsertRows(QModelIndex(), len(self._choices), len(self._choices) + len(extra) - 1)
            self._choices.extend(extra)
            self.endInsertRows()
        self._checked = set(keys)
        if self._choices:
            self.dataChanged.emit(self.index(0), self.index(len(self._choices) - 1))
        self.checked_changed.emit()

    def checked_keys(self) -> list[str]:
        """Ticked keys in the list's order, so saving twice gives the same links."""
        return [key for key, _ in self._choices if key in self._checked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._choices):
            return None
        key, label = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return key
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.read_only:
            return False
        key = self._choices[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class CheckableListProxy(QSortFilterProxyModel):
    """Keeps rows whose label holds every typed word; optionally the ticked rows only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._checked_only = False

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_checked_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._checked_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._checked_only and index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked:
            return False
        label = str(index.data() or "").casefold()
        return all(word in label for word in self._words)
