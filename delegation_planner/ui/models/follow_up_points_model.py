"""The editor's follow-up points, and the two read-only lists beside them.

A point may be saved incomplete (a draft during the visit), so incompleteness is
not a problem that blocks saving; it is marked instead, in words ("⚠ no owner")
in its own column, with the missing cells tinted and their placeholder in italics,
so it reads without colour. The memo, not the save, refuses incomplete points.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor, QFont

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.records import FollowUpPoint, Person, Result
from delegation_planner.domain.text import single_line_problem
from delegation_planner.storage.follow_ups import FollowUpRow
from delegation_planner.ui.labels.enums import follow_up_statuses, result_kinds
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.record_table import Index, RecordTableModel

TEXT, OWNER, DUE, STATUS, CLOSED_ON, COMPLETE = range(6)

INCOMPLETE_BACKGROUND = QColor(255, 236, 179)  # amber: to be filled in, not an error
OVERDUE_COLOUR = QColor(176, 0, 32)

_tr = QCoreApplication.translate


def _label(choices: list[tuple[str, Any]], value: object) -> str:
    return next((label for label, v in choices if v == value), str(value))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class FollowUpPointsModel(RecordTableModel[FollowUpPoint]):
    """The owner is a person's key when it names one in the register, else free text."""

    editable_columns = frozenset({TEXT, OWNER, DUE, STATUS})

    def __init__(self, people: dict[str, Person], parent: Any = None) -> None:
        super().__init__(parent)
        # Shared with the editor's context, so a person made on the spot is known here too.
        self._people = people
        self._today = dt.date.today()

    def set_today(self, today: dt.date) -> None:
        """For tests: the day against which open points count as overdue."""
        self._today = today
        if self._items:
            self.dataChanged.emit(self.index(0, DUE), self.index(len(self._items) - 1, DUE))

    def is_overdue(self, item: FollowUpPoint) -> bool:
        return item.status is FollowUpStatus.OPEN and item.due is not None and item.due < self._today

    def headers(self) -> list[str]:
        return [
            self.tr("Point"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Closed on"),
            self.tr("Complete"),
        ]

    def owner_name(self, owner: str) -> str:
        person = self._people.get(owner)
        return person.name if person else owner

    def missing(self, item: FollowUpPoint) -> list[str]:
        """What keeps the point from being complete (contract §3), in words."""
        found = []
        if not item.text.strip():
            found.append(self.tr("no text"))
        if not item.owner.strip():
            found.append(self.tr("no owner"))
        if item.due is None:
            found.append(self.tr("no due date"))
        return found

    def complete_count(self) -> int:
        return sum(1 for item in self._items if item.is_complete)

    def _is_missing(self, item: FollowUpPoint, column: int) -> bool:
        return (
            (column == TEXT and not item.text.strip())
            or (column == OWNER and not item.owner.strip())
            or (column == DUE and item.due is None)
        )

    def display(self, item: FollowUpPoint, column: int) -> str:
        if column == TEXT:
            return item.text if item.text.strip() else self.tr("(what is to be done?)")
        if column == OWNER:
            return self.owner_name(item.owner) if item.owner.strip() else self.tr("(no owner)")
        if column == DUE:
            if item.due is None:
                return self.tr("(no date)")
            # The word as well as the red, so it reads without colour.
            return (
                self.tr("{date} (overdue)").format(date=date_text(item.due))
                if self.is_overdue(item)
                else date_text(item.due)
            )
        if column == STATUS:
            return _label(follow_up_statuses(), item.status)
        if column == CLOSED_ON:
            if item.status is FollowUpStatus.OPEN:
                return ""
            # Storage stamps the day on saving; until then the point was closed "today".
            return date_text(item.closed_on) if item.closed_on else self.tr("today")
        if column == COMPLETE:
            gaps = self.missing(item)
            return self.tr("⚠ {gaps}").format(gaps=", ".join(gaps)) if gaps else self.tr("✓ complete")
        return ""

    def edit_value(self, item: FollowUpPoint, column: int) -> Any:
        if column == TEXT:
            return item.text
        if column == OWNER:
            return item.owner
        if column == DUE:
            return item.due
        if column == STATUS:
            return item.status.value
        return self.display(item, column)

    def set_value(self, item: FollowUpPoint, column: int, value: Any) -> bool:
        before = (item.text, item.owner, item.due, item.status)
        if column == TEXT:
            item.text = str(value or "").strip()
        elif column == OWNER:
            item.owner = str(value or "").strip()
        elif column == DUE:
            if isinstance(value, QDate):  # a date that crossed into Qt comes back as a QDate
                value = value.toPython() if value.isValid() else None
            item.due = value if isinstance(value, dt.date) else None
        elif column == STATUS:
            # closed_on is left alone: reopening and closing again in one session keeps the date.
            item.status = FollowUpStatus(value)
        return (item.text, item.owner, item.due, item.status) != before

    def cell_problem(self, item: FollowUpPoint, column: int) -> str | None:
        if column == TEXT and (problem := single_line_problem(item.text)):
            return self.tr("the point {problem}.").format(problem=problem)
        if column == OWNER and (problem := single_line_problem(item.owner)):
            return self.tr("the owner {problem}.").format(problem=problem)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item, column = self._items[index.row()], index.column()
        missing = self._is_missing(item, column)
        if missing and role == Qt.ItemDataRole.BackgroundRole:
            return INCOMPLETE_BACKGROUND
        if missing and role == Qt.ItemDataRole.FontRole:
            italic = QFont()
            italic.setItalic(True)
            return italic
        if column == COMPLETE and role == Qt.ItemDataRole.FontRole and not item.is_complete:
            return _bold()
        if column == DUE and self.is_overdue(item):
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if column == COMPLETE and role == Qt.ItemDataRole.ToolTipRole:
            if item.is_complete:
                return self.tr("Complete: it counts for the visit memo.")
            return self.tr("Incomplete ({gaps}): the visit memo does not count it.").format(
                gaps=", ".join(self.missing(item))
            )
        if column == OWNER and role == Qt.ItemDataRole.ToolTipRole and item.owner.strip():
            problem = self.cell_problem(item, column)
            if problem:
                return problem
            if item.owner in self._people:
                return self.tr("{name}, from the register of people").format(name=self.owner_name(item.owner))
            return self.tr("{owner} (free text, not a person in the register)").format(owner=item.owner)
        return super().data(index, role)


# --- read-only lists beside the points ----------------------------------------------------------

POINT, POINT_OWNER, POINT_DUE, FROM_VISIT = range(4)


class EarlierPointsModel(RecordTableModel[FollowUpRow]):
    """Open points from earlier visits with the same partner, newest visit first."""

    def headers(self) -> list[str]:
        return [self.tr("Point"), self.tr("Owner"), self.tr("Due"), self.tr("From visit")]

    def display(self, item: FollowUpRow, column: int) -> str:
        if column == POINT:
            return item.text
        if column == POINT_OWNER:
            return item.owner
        if column == POINT_DUE:
            if item.due is None:
                return ""
            # The word as well as the red, so it reads without colour.
            due = date_text(item.due)
            return self.tr("{date} (overdue)").format(date=due) if item.overdue else due
        if column == FROM_VISIT:
            return self.tr("{title} ({start})").format(
                title=item.delegation_title, start=date_text(item.start)
            )
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        item = self._items[index.row()]
        if index.column() == POINT_DUE and item.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (POINT, FROM_VISIT):
            return self.display(item, index.column())
        return super().data(index, role)


RESULT_TITLE, RESULT_KIND, RESULT_DATE = range(3)


class DelegationResultsModel(RecordTableModel[Result]):
    """The results traced to this delegation (kept in the results register, not here)."""

    def headers(self) -> list[str]:
        return [self.tr("Result"), self.tr("Kind"), self.tr("Date")]

    def display(self, item: Result, column: int) -> str:
        if column == RESULT_TITLE:
            return item.title
        if column == RESULT_KIND:
            return _label(result_kinds(), item.kind)
        if column == RESULT_DATE:
            return date_text(item.date)
        return ""
