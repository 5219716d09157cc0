"""A delegation's checklist: what to do, by whom, how many days before the start.

The due date is not stored but computed from the delegation's start, so it follows
the trip when its dates move; the model is told the start (and whether a GRIP
decision is recorded, which ticks the automatic item) on every edit in the editor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem
from delegation_planner.domain.text import single_line_problem
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.record_table import Index, RecordTableModel

DONE, TEXT, OWNER, DAYS_BEFORE, DUE, DONE_ON = range(6)
MAX_DAYS_BEFORE = 730

OVERDUE_COLOUR = QColor(176, 0, 32)


class ChecklistModel(RecordTableModel[ChecklistItem]):
    editable_columns = frozenset({TEXT, OWNER, DAYS_BEFORE})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._start = dt.date.today()
        self._has_decision = False
        self._today = dt.date.today()

    def set_situation(self, start: dt.date, has_decision: bool, today: dt.date | None = None) -> None:
        """What the computed columns depend on; repaints them without counting as an edit."""
        today = today or dt.date.today()
        if (start, has_decision, today) == (self._start, self._has_decision, self._today):
            return
        self._start, self._has_decision, self._today = start, has_decision, today
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, DONE_ON))

    # --- what an item looks like now ----------------------------------------------------------

    def is_done(self, item: ChecklistItem) -> bool:
        if item.auto == AUTO_GRIP_DECISION:
            return self._has_decision
        return item.done

    def is_overdue(self, item: ChecklistItem) -> bool:
        return not self.is_done(item) and item.due(self._start) < self._today

    def open_count(self) -> int:
        return sum(1 for item in self._items if not self.is_done(item))

    def overdue_count(self) -> int:
        return sum(1 for item in self._items if self.is_overdue(item))

    # --- RecordTableModel ----------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [
            self.tr("Done"),
            self.tr("What"),
            self.tr("Who"),
            self.tr("Days before"),
            self.tr("Due"),
            self.tr("Done on"),
        ]

    def display(self, item: ChecklistItem, column: int) -> str:
        if column == TEXT:
            return item.text
        if column == OWNER:
            return item.owner
        if column == DAYS_BEFORE:
            return str(item.days_before)
        if column == DUE:
            due = date_text(item.due(self._start))
            # The word as well as the red, so it reads without colour.
            return self.tr("{date} (overdue)").format(date=due) if self.is_overdue(item) else due
        if column == DONE_ON:
            return date_text(item.done_on) if item.done_on and self.is_done(item) else ""
        return ""

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column == DAYS_BEFORE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)

    def edit_value(self, item: ChecklistItem, column: int) -> Any:
        if column == DAYS_BEFORE:
            return item.days_before
        return self.display(item, column)

    def set_value(self, item: ChecklistItem, column: int, value: Any) -> bool:
        if column == TEXT:
            text = str(value or "")
            changed, item.text = text != item.text, text
            return changed
        if column == OWNER:
            owner = str(value or "")
            changed, item.owner = owner != item.owner, owner
            return changed
        if column == DAYS_BEFORE:
            days = max(0, min(MAX_DAYS_BEFORE, int(value)))
            changed, item.days_before = days != item.days_before, days
            return changed
        return False

    def cell_problem(self, item: ChecklistItem, column: int) -> str | None:
        if column == TEXT:
            if not item.text.strip():
                return self.tr("say what is to be done.")
            if problem := single_line_problem(item.text):
                return self.tr("the text {problem}.").format(problem=problem)
        if column == OWNER and (problem := single_line_problem(item.owner)):
            return self.tr("the owner {problem}.").format(problem=problem)
        return None

    # --- the tick box and the automatic item --------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        item = self._items[index.row()]
        if item.auto:
            # Kept by the register itself: the tick follows the decision, the text is its name.
            return flags & ~Qt.ItemFlag.ItemIsEditable if index.column() == TEXT else flags
        if index.column() == DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item, column = self._items[index.row()], index.column()
        if column == DONE and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.is_done(item) else Qt.CheckState.Unchecked
        if column == DONE and role == Qt.ItemDataRole.ToolTipRole and item.auto:
            return self.tr("Ticked by itself when the decision on political participation is recorded.")
        if column == DUE and self.is_overdue(item):
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
        if column == TEXT and item.auto and role == Qt.ItemDataRole.FontRole:
            italic = QFont()
            italic.setItalic(True)
            return italic
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == DONE and role == Qt.ItemDataRole.CheckStateRole:
            item = self._items[index.row()]
            if item.auto:
                return False
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == item.done:
                return False
            # Ticked today, unless it is unticked again; the date shows who kept up.
            item.done, item.done_on = done, (self._today if done else None)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), DONE_ON))
            self.edited.emit()
            return True
        return super().setData(index, value, role)

    def add_missing(self, template: list[ChecklistItem]) -> int:
        """Append the template's items whose text the list does not have; return how many."""
        have = {item.text.strip().casefold() for item in self._items}
        missing = [item for item in template if item.text.strip().casefold() not in have]
        if not missing:
            return 0
        first = len(self._items)
        self.beginInsertRows(QModelIndex(), first, first + len(missing) - 1)
        self._items.extend(missing)
        self.endInsertRows()
        self.edited.emit()
        return len(missing)
