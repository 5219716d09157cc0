"""Read-only table models for the People, Organisations and Agreements registers.

One generic model is parameterised by column definitions; the three registers
only say which columns they show. A proxy filters by every word typed, over every
column, so "anna region" finds Anna Svensson of Region Skåne.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from delegation_planner.domain.contacts import DEFAULT_CONTACT_MONTHS, is_quiet
from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.records import Agreement, Organisation, Person
from delegation_planner.texts.themes import themes_text
from delegation_planner.ui.labels.agreements import country_name
from delegation_planner.ui.labels.enums import (
    agreement_scopes,
    agreement_statuses,
    label_of,
    organisation_kinds,
    person_kinds,
)
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.office import window_language
from delegation_planner.ui.models.roles import role_numbers

Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENTION = QBrush(QColor("#a35200"))


class Keyed(Protocol):
    id: str


R = TypeVar("R", bound=Keyed)


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    # Sorting by the shown text is right for names; dates and counts give a key instead.
    sort_key: Callable[[R], str | int] | None = None
    tooltip: Callable[[R], str] | None = None
    numeric: bool = False
    # A cell that asks for the user's attention (an incomplete record) is drawn in amber.
    attention: Callable[[R], bool] | None = None


class RecordsModel(QAbstractTableModel, Generic[R]):
    """Rows are records; subclasses define ``columns()``."""

    # The roles ``data`` answers; a subclass answering more adds them.
    ANSWERED_ROLES: frozenset[int] = role_numbers(
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        RECORD_ROLE,
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[R] = []
        self._columns: list[Column[R]] = self.columns()

    def columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    @property
    def records(self) -> list[R]:
        """The rows shown (not a copy: do not change it)."""
        return self._records

    def texts_for_width(self, column: int, rows: int) -> list[tuple[str, QFont | None]]:
        """The column's texts in the first ``rows`` rows (``page_tables.content_widths``)."""
        text = self._columns[column].text
        return [(text(record), None) for record in self._records[:rows]]

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, key: str) -> int | None:
        return next((row for row, record in enumerate(self._records) if record.id == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles it paints or measures with (font,
        # decoration, background...); most are answered None here before the index is read,
        # which halves the time to fit a column to its contents.
        if role not in self.ANSWERED_ROLES or not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            return column.sort_key(record) if column.sort_key else column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.attention and column.attention(record):
            return ATTENTION
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None


class RecordsProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps rows that contain every typed word in some column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # Locale-aware so that Å, Ä, Ö and Æ, Ø sort where Nordic readers expect them.
        self.setSortLocaleAware(True)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        cells = (
            str(model.data(model.index(source_row, column, source_parent)) or "")
            for column in range(model.columnCount(source_parent))
        )
        row_text = "\n".join(cells).casefold()
        return all(word in row_text for word in self._words)


class PeopleModel(RecordsModel[Person]):
    def __init__(self, parent: QObject | None = None) -> None:
        self._organisation_names: dict[str, str] = {}
        super().__init__(parent)

    def set_organisation_names(self, names: dict[str, str]) -> None:
        """Organisation key -> name, for the Organisation column (set before ``set_records``)."""
        self._organisation_names = dict(names)

    def _organisation(self, person: Person) -> str:
        key = person.organisation or ""
        return self._organisation_names.get(key, key)

    def columns(self) -> list[Column[Person]]:
        kinds = person_kinds()
        return [
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Kind"), lambda p: label_of(kinds, p.kind)),
            Column(self.tr("Title"), lambda p: p.title),
            Column(self.tr("Organisation"), self._organisation),
            Column(self.tr("E-mail"), lambda p: p.email),
        ]


class OrganisationsModel(RecordsModel[Organisation]):
    def _contact_notes(self, organisation: Organisation) -> str:
        interests = bool(organisation.their_interests.strip())
        benefits = bool(organisation.our_benefits.strip())
        if interests and benefits:
            return self.tr("Recorded")
        if not interests and not benefits:
            return self.tr("New contact — interests not recorded")
        if interests:
            return self.tr("Our benefits not recorded")
        return self.tr("Their interests not recorded")

    def _notes_tooltip(self, organisation: Organisation) -> str:
        parts = []
        if organisation.their_interests.strip():
            parts.append(
                self.tr("Their interests: {text}").format(text=_excerpt(organisation.their_interests))
            )
        if organisation.our_benefits.strip():
            parts.append(self.tr("Our benefits: {text}").format(text=_excerpt(organisation.our_benefits)))
        return "\n".join(parts)

    def set_last_contacts(
        self, found: dict[str, dt.date], today: dt.date, months: int = DEFAULT_CONTACT_MONTHS
    ) -> None:
        """Each organisation's last contact (a visit or a logged contact), read with the records,
        and after how many months without one a partner is flagged (the office profile's)."""
        self._last_contacts, self._today, self._months = found, today, months

    @property
    def contact_months(self) -> int:
        return int(getattr(self, "_months", DEFAULT_CONTACT_MONTHS))

    def _last_contact(self, organisation: Organisation) -> dt.date | None:
        return getattr(self, "_last_contacts", {}).get(organisation.id)

    def _last_contact_text(self, organisation: Organisation) -> str:
        last = self._last_contact(organisation)
        if last is None:
            return ""
        if self._is_quiet(organisation):
            return self.tr("{date} (over %n month(s) ago)", "", self.contact_months).format(
                date=date_text(last)
            )
        # In the window's date format, as every other date in the lists (sorted by the date itself).
        return date_text(last)

    def _is_quiet(self, organisation: Organisation) -> bool:
        today = getattr(self, "_today", dt.date.today())
        return is_quiet(self._last_contact(organisation), today, self.contact_months)

    def columns(self) -> list[Column[Organisation]]:
        kinds = organisation_kinds()
        return [
            Column(self.tr("Name"), lambda o: o.name),
            Column(self.tr("Kind"), lambda o: label_of(kinds, o.kind)),
            Column(self.tr("Country"), _country_text),
            Column(
                self.tr("Interests and benefits"),
                self._contact_notes,
                tooltip=self._notes_tooltip,
                attention=lambda o: not (o.their_interests.strip() and o.our_benefits.strip()),
            ),
            Column(
                self.tr("Last contact"),
                self._last_contact_text,
                sort_key=lambda o: d.isoformat() if (d := self._last_contact(o)) else "",
                tooltip=lambda o: self.tr(
                    "The last visit or logged contact; none for %n month(s) is flagged.",
                    "",
                    self.contact_months,
                ),
                attention=self._is_quiet,
            ),
        ]


class AgreementsModel(RecordsModel[Agreement]):
    # The office's theme labels; the page sets the register's profile when it loads.
    office: OfficeProfile | None = None

    def columns(self) -> list[Column[Agreement]]:
        scopes, statuses = agreement_scopes(), agreement_statuses()
        return [
            Column(self.tr("Partner"), lambda a: a.partner),
            Column(self.tr("Scope"), lambda a: label_of(scopes, a.scope)),
            Column(
                self.tr("Signed"),
                lambda a: date_text(a.signed),
                sort_key=lambda a: a.signed.isoformat() if a.signed else "",
            ),
            Column(self.tr("Themes"), lambda a: themes_text(a.themes, self.office, window_language())),
            Column(
                self.tr("Official visits/year"),
                lambda a: (
                    "" if a.min_official_visits_per_year is None else str(a.min_official_visits_per_year)
                ),
                sort_key=lambda a: (
                    -1 if a.min_official_visits_per_year is None else a.min_official_visits_per_year
                ),
                numeric=True,
            ),
            Column(self.tr("Status"), lambda a: label_of(statuses, a.status)),
        ]


def _country_text(organisation: Organisation) -> str:
    name = country_name(organisation.country)
    return f"{organisation.country} – {name}" if name else organisation.country


def _excerpt(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
