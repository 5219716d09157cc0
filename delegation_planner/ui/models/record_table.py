"""A table model over a list of records, with per-cell problems shown in the cells.

The editor's tables (participants, programme, costs) differ only in their columns;
this base keeps the row bookkeeping, the problem colouring and the messages that
name the row in one place.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

PROBLEM_BACKGROUND = QColor(255, 214, 214)

# The texts of this base class are looked up in its own context: self.tr() would look
# them up under each subclass's name, where pyside6-lupdate does not put them.
_tr = QCoreApplication.translate


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Subclasses define ``headers()``, ``editable_columns``, ``display``, ``edit_value``,
    ``set_value`` and optionally ``cell_problem``."""

    edited = Signal()
    editable_columns: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = []

    # --- for subclasses ----------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, item: T, column: int) -> str:
        raise NotImplementedError

    def edit_value(self, item: T, column: int) -> Any:
        return self.display(item, column)

    def set_value(self, item: T, column: int, value: Any) -> bool:
        """Store ``value``; return False if nothing changed."""
        return False

    def cell_problem(self, item: T, column: int) -> str | None:
        return None

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    # --- the records --------------------------------------------------------------------

    def items(self) -> list[T]:
        """Copies, so the caller cannot change the model behind its back."""
        return copy.deepcopy(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def set_items(self, items: Iterable[T]) -> None:
        self.beginResetModel()
        self._items = copy.deepcopy(list(items))
        self.endResetModel()

    def append(self, item: T) -> int:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        row = self.after_insert(row)
        self.edited.emit()
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()
        self.edited.emit()

    def problems(self) -> list[str]:
        """One message per faulty cell, naming the row as people count (from 1)."""
        found = []
        for row, item in enumerate(self._items):
            for column in range(len(self.headers())):
                problem = self.cell_problem(item, column)
                if problem:
                    found.append(
                        _tr("RecordTableModel", "Row {row}: {problem}").format(row=row + 1, problem=problem)
                    )
        return found

    # --- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable_columns:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            problem = self.cell_problem(item, column)
            if problem is None:
                return None
            return PROBLEM_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else problem
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() not in self.editable_columns
        ):
            return False
        if not self.set_value(self._items[index.row()], index.column(), value):
            return False
        # A change in one cell can settle or raise a problem in another (end vs start).
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.after_edit(index.row(), index.column())
        self.edited.emit()
        return True

    def after_edit(self, row: int, column: int) -> None:
        """Hook for models that keep an order (the programme is sorted by start)."""

    def after_insert(self, row: int) -> int:
        """Hook for models that keep an order; returns where the new row ended up."""
        return row
