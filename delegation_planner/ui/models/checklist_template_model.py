"""One direction's checklist template as an editable table: text, owner, days before the start.

Rows hold ``ChecklistItem``s and edits replace fields with ``dataclasses.replace``,
so whatever a row carries besides what is shown (the ``auto`` marker of "GRIP
decision recorded") is kept through every edit and move.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem
from delegation_planner.domain.text import single_line_problem

Index = QModelIndex | QPersistentModelIndex

TEXT, OWNER, DAYS, TICKED = range(4)
MAX_DAYS_BEFORE = 365


class ChecklistTemplateModel(QAbstractTableModel):
    def __init__(self, items: Iterable[ChecklistItem] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = [dataclasses.replace(i) for i in items]

    # --- content ---------------------------------------------------------------------------

    def items(self) -> list[ChecklistItem]:
        return [dataclasses.replace(i, text=i.text.strip(), owner=i.owner.strip()) for i in self._items]

    def set_items(self, items: Iterable[ChecklistItem]) -> None:
        self.beginResetModel()
        self._items = [dataclasses.replace(i) for i in items]
        self.endResetModel()

    def insert_item(self, row: int, item: ChecklistItem) -> int:
        row = max(0, min(row, len(self._items)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()

    def move_item(self, row: int, delta: int) -> int:
        """Move ``row`` up (-1) or down (+1); its new row (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)) or delta == 0:
            return row
        # beginMoveRows wants the destination "before which" the row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target

    def problems(self) -> list[str]:
        found = []
        for number, item in enumerate(self._items, start=1):
            if not item.text.strip():
                found.append(self.tr("Row {row}: the item has no text.").format(row=number))
            for field, value in ((self.tr("text"), item.text), (self.tr("owner"), item.owner)):
                problem = single_line_problem(value)
                if problem:
                    found.append(
                        self.tr("Row {row}: the {field} {problem}.").format(
                            row=number, field=field, problem=problem
                        )
                    )
        return found

    # --- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        labels = [self.tr("Item"), self.tr("Owner"), self.tr("Days before"), self.tr("Ticked")]
        return labels[section] if 0 <= section < len(labels) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == TICKED else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TEXT:
                return item.text
            if column == OWNER:
                return item.owner
            if column == DAYS:
                return item.days_before
            if column == TICKED and role == Qt.ItemDataRole.DisplayRole:
                return self._ticked(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == TICKED and item.auto:
            return self.tr(
                "Ticked by the program itself as soon as the decision on political participation is recorded."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _ticked(self, item: ChecklistItem) -> str:
        if item.auto == AUTO_GRIP_DECISION:
            return self.tr("⚙ Automatically (decision recorded)")
        if item.auto:
            return self.tr("⚙ Automatically")
        return self.tr("By hand")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == TICKED:
            return False
        row, column = index.row(), index.column()
        item = self._items[row]
        if column == DAYS:
            try:
                days = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= days <= MAX_DAYS_BEFORE:
                return False
            self._items[row] = dataclasses.replace(item, days_before=days)
        else:
            text = str(value)
            if column == TEXT:
                self._items[row] = dataclasses.replace(item, text=text)
            else:
                self._items[row] = dataclasses.replace(item, owner=text)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
