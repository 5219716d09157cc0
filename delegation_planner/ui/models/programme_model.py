"""The delegation's programme, kept in order of start time."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex

from delegation_planner.domain.records import Organisation, ProgrammeItem
from delegation_planner.domain.text import single_line_problem
from delegation_planner.ui.labels.formatting import datetime_text
from delegation_planner.ui.models.record_table import RecordTableModel
from delegation_planner.ui.widgets.delegates import as_datetime

START, END, TITLE, VENUE, COUNTERPART = range(5)


def _text(value: dt.datetime | None) -> str:
    return datetime_text(value)


class ProgrammeModel(RecordTableModel[ProgrammeItem]):
    editable_columns = frozenset({START, END, TITLE, VENUE, COUNTERPART})

    def __init__(self, organisations: dict[str, Organisation], parent: Any = None) -> None:
        super().__init__(parent)
        self._organisations = organisations

    def headers(self) -> list[str]:
        return [self.tr("Start"), self.tr("End"), self.tr("Title"), self.tr("Venue"), self.tr("Counterpart")]

    def display(self, item: ProgrammeItem, column: int) -> str:
        if column == START:
            return _text(item.start)
        if column == END:
            return _text(item.end)
        if column == TITLE:
            return item.title
        if column == VENUE:
            return item.venue
        if column == COUNTERPART:
            found = self._organisations.get(item.counterpart or "")
            return found.name if found else (item.counterpart or "")
        return ""

    def edit_value(self, item: ProgrammeItem, column: int) -> Any:
        if column == START:
            return item.start
        if column == END:
            return item.end
        if column == COUNTERPART:
            return item.counterpart
        return self.display(item, column)

    def set_value(self, item: ProgrammeItem, column: int, value: Any) -> bool:
        before = (item.start, item.end, item.title, item.venue, item.counterpart)
        if column == START:
            start = as_datetime(value)
            if start is None:
                return False
            # A meeting moved keeps its length: the end moves with the start.
            if item.end is not None:
                item.end += start - item.start
            item.start = start
        elif column == END:
            item.end = as_datetime(value)
        elif column == TITLE:
            item.title = str(value or "")
        elif column == VENUE:
            item.venue = str(value or "")
        elif column == COUNTERPART:
            item.counterpart = str(value) if value else None
        return before != (item.start, item.end, item.title, item.venue, item.counterpart)

    def cell_problem(self, item: ProgrammeItem, column: int) -> str | None:
        if column == END and item.end is not None and item.end < item.start:
            return self.tr("it ends before it starts.")
        if column == TITLE:
            if not item.title.strip():
                return self.tr("the title is empty.")
            problem = single_line_problem(item.title)
            if problem:
                return self.tr("the title {problem}.").format(problem=problem)
        if column == VENUE:
            problem = single_line_problem(item.venue)
            if problem:
                return self.tr("the venue {problem}.").format(problem=problem)
        return None

    def set_items(self, items: Any) -> None:
        super().set_items(sorted(items, key=lambda i: i.start))

    def after_insert(self, row: int) -> int:
        return self._resort(row)

    def after_edit(self, row: int, column: int) -> None:
        if column == START:
            self._resort(row)

    def _resort(self, row: int) -> int:
        """Move one row to its place by start time (stable); return its new row.

        A move, not a reset, so the view keeps its selection and current cell.
        """
        item = self._items[row]
        others = self._items[:row] + self._items[row + 1 :]
        target = sum(1 for other in others if other.start <= item.start)
        if target == row:
            return row
        # beginMoveRows counts the destination in the list *before* the move.
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._items.insert(target, self._items.pop(row))
        self.endMoveRows()
        return target
