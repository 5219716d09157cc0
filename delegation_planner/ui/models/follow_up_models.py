"""Table models for following visits up: points, agreements' visits, reviews, new contacts.

All are the register's generic ``RecordsModel`` with their own columns; the
follow-up points model adds a checkable status (ticking marks a point done) and
red text for overdue points. Colour is never the only sign: the text also says
"⚠ overdue", "incomplete" or "short by 1", so it reads in greyscale and to a
screen reader.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.records import Agreement
from delegation_planner.storage.agreement_followup import AgreementYear
from delegation_planner.storage.follow_ups import FollowUpRow
from delegation_planner.storage.new_contacts import NewContact
from delegation_planner.ui.labels.contacts import kind_text
from delegation_planner.ui.labels.enums import follow_up_statuses
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.record_models import Column, Index, RecordsModel
from delegation_planner.ui.models.roles import role_numbers

OVERDUE = QBrush(QColor("#b3261e"))

_tr = QCoreApplication.translate


def _date(day: dt.date | None) -> str:
    return date_text(day)


def _sort_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class FollowUpModel(RecordsModel[Any]):
    """Rows are ``FollowUpRow``s. The Status column is checkable: ticked means done."""

    POINT, OWNER, DUE, STATUS, DELEGATION, PARTNER, CLOSED = range(7)

    # (point id, new status): the page writes it and reloads; the model never touches the DB.
    status_requested = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    def row_of(self, key: str) -> int | None:
        return next((row for row, r in enumerate(self._records) if str(r.point_id) == key), None)

    def _status_text(self, row: FollowUpRow) -> str:
        words = {status: label for label, status in follow_up_statuses()}
        text = words[row.status]
        if not row.is_complete:
            text += " · " + self.tr("incomplete")
        return text

    def _missing(self, row: FollowUpRow) -> str:
        missing = []
        if not row.text.strip():
            missing.append(self.tr("what is to be done"))
        if not row.owner.strip():
            missing.append(self.tr("an owner"))
        if row.due is None:
            missing.append(self.tr("a due date"))
        return self.tr("Incomplete: it has no {parts}.").format(parts=", ".join(missing)) if missing else ""

    def _due_text(self, row: FollowUpRow) -> str:
        if row.due is None:
            return self.tr("no date")
        due = date_text(row.due)
        return f"{due}  ⚠ " + self.tr("overdue") if row.overdue else due

    @staticmethod
    def _due_key(row: FollowUpRow) -> str:
        # Open points first, then by due date with undated points last: the storage's order.
        return f"{0 if row.status is FollowUpStatus.OPEN else 1}{_sort_date(row.due) or '9999'}"

    def _source_text(self, row: FollowUpRow) -> str:
        """The visit's title, or for a contact between visits its kind, partner and day."""
        if row.agreement is not None:
            return self.tr("Activity plan of the agreement with {partner}").format(
                partner=row.delegation_title
            )
        if row.contact is None:
            return row.delegation_title
        return self.tr("{kind} with {organisation}, {date}").format(
            kind=kind_text(row.contact_kind), organisation=row.delegation_title, date=date_text(row.start)
        )

    def columns(self) -> list[Column[Any]]:
        return [
            Column(
                self.tr("Point"),
                lambda r: r.text.strip() or self.tr("(no text)"),
                tooltip=lambda r: r.text,
                attention=lambda r: not r.text.strip(),
            ),
            Column(
                self.tr("Owner"),
                lambda r: r.owner or self.tr("(no owner)"),
                attention=lambda r: not r.owner.strip(),
            ),
            Column(self.tr("Due"), self._due_text, sort_key=self._due_key, attention=lambda r: r.due is None),
            Column(self.tr("Status"), self._status_text, tooltip=self._missing),
            Column(
                self.tr("Delegation"),
                self._source_text,
                sort_key=lambda r: r.start.isoformat(),
                tooltip=lambda r: self.tr("{title}, starting {start}").format(
                    title=r.delegation_title, start=date_text(r.start)
                ),
            ),
            Column(self.tr("Partner"), lambda r: r.partner_region),
            Column(
                self.tr("Closed on"), lambda r: _date(r.closed_on), sort_key=lambda r: _sort_date(r.closed_on)
            ),
        ]

    ANSWERED_ROLES = RecordsModel.ANSWERED_ROLES | role_numbers(Qt.ItemDataRole.CheckStateRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._records):
            return None
        row: FollowUpRow = self._records[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.STATUS:
            done = row.status is FollowUpStatus.DONE
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return OVERDUE
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.STATUS
        ):
            return self.tr("Tick a point when it is done (Space); untick to open it again.")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.STATUS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.STATUS or self.read_only:
            return False
        row: FollowUpRow = self._records[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.status_requested.emit(row.point_id, FollowUpStatus.DONE if checked else FollowUpStatus.OPEN)
        # The page reloads after writing; the row changes then, not here.
        return False


class AgreementYearsModel(RecordsModel[Any]):
    """Rows are ``AgreementYear``s: the year's official visits against the minimum."""

    SHORTFALL = 4

    def row_of(self, key: str) -> int | None:
        return next((row for row, r in enumerate(self._records) if r.agreement.id == key), None)

    def _shortfall_text(self, year: AgreementYear) -> str:
        if year.shortfall == 0:
            return self.tr("none")
        return "⚠ " + self.tr("short by {count}").format(count=year.shortfall)

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Partner"), lambda y: y.agreement.partner),
            Column(
                self.tr("Required visits"),
                lambda y: str(y.required),
                sort_key=lambda y: y.required,
                numeric=True,
            ),
            Column(
                self.tr("Visits made"),
                lambda y: str(len(y.visits)),
                sort_key=lambda y: len(y.visits),
                numeric=True,
            ),
            Column(
                self.tr("Visits"),
                lambda y: (
                    "; ".join(f"{v.title} ({date_text(v.start)})" for v in y.visits) or self.tr("none yet")
                ),
                tooltip=lambda y: "\n".join(f"{date_text(v.start)}  {v.title}" for v in y.visits),
            ),
            Column(self.tr("Shortfall"), self._shortfall_text, sort_key=lambda y: y.shortfall),
            Column(
                self.tr("Review date"),
                lambda y: _date(y.agreement.review_date) or self.tr("not set"),
                sort_key=lambda y: _sort_date(y.agreement.review_date),
            ),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.SHORTFALL
            and self._records[index.row()].shortfall > 0
        ):
            return OVERDUE
        return super().data(index, role)


class ReviewsModel(RecordsModel[Agreement]):
    """Agreements whose review date has passed."""

    def columns(self) -> list[Column[Agreement]]:
        return [
            Column(self.tr("Partner"), lambda a: a.partner),
            Column(
                self.tr("Review date"),
                lambda a: "⚠ " + _date(a.review_date),
                sort_key=lambda a: _sort_date(a.review_date),
                attention=lambda a: True,
            ),
            Column(self.tr("Signed"), lambda a: _date(a.signed), sort_key=lambda a: _sort_date(a.signed)),
            Column(self.tr("Themes"), lambda a: ", ".join(a.themes)),
        ]


class NewContactsModel(RecordsModel[Any]):
    """Rows are ``NewContact``s: organisations met without interests or benefits recorded."""

    def row_of(self, key: str) -> int | None:
        return next((row for row, r in enumerate(self._records) if r.organisation == key), None)

    def _missing(self, contact: NewContact) -> str:
        missing = []
        if contact.missing_interests:
            missing.append(self.tr("their interests"))
        if contact.missing_benefits:
            missing.append(self.tr("our benefits"))
        if len(missing) == 2:
            parts = self.tr("{first} and {second}").format(first=missing[0], second=missing[1])
        else:
            parts = "".join(missing)
        return self.tr("{parts} not recorded").format(parts=parts).capitalize()

    def columns(self) -> list[Column[Any]]:
        return [
            Column(self.tr("Organisation"), lambda c: c.name),
            Column(self.tr("Country"), lambda c: c.country),
            Column(
                self.tr("First met"),
                lambda c: date_text(c.first_met),
                sort_key=lambda c: c.first_met.isoformat(),
            ),
            Column(self.tr("On the visit"), lambda c: c.first_visit),
            Column(self.tr("Visits"), lambda c: str(c.visits), sort_key=lambda c: c.visits, numeric=True),
            Column(self.tr("Missing"), self._missing, attention=lambda c: True),
        ]
