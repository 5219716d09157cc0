"""The before-departure review as a table: one row per delegation starting soon, soonest first.

Rows come ready-made from ``storage.upcoming.upcoming`` (computed in a worker
thread by the page); the model only words them. A row with overdue checklist
items stands out by weight and background, and says "⚠ 3 overdue" in words so
the colour is never the only sign.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from delegation_planner.domain.office import DecisionBody, OfficeProfile, default_profile
from delegation_planner.storage.upcoming import Upcoming
from delegation_planner.ui.labels.agreements import partner_text
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.office import window_language
from delegation_planner.ui.labels.verdicts import verdict_colour, verdict_text
from delegation_planner.ui.models.grip_model import criterion_title, explanation
from delegation_planner.ui.models.roles import role_numbers

Index = QModelIndex | QPersistentModelIndex

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
START, DAYS_LEFT, TITLE, PARTNER, GRIP, OPEN, OVERDUE, FAILING = range(8)
_OVERDUE_BACKGROUND = QColor(255, 236, 214)  # a pale amber that keeps black text readable
_BOLD_COLUMNS = (DAYS_LEFT, TITLE, OVERDUE)  # in a row with overdue items


class DeparturesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Upcoming] = []
        # The office's decision body, as its column and failing criterion name it; the page
        # sets the register's own (Region Skåne's GRIP until then).
        self.body: DecisionBody = default_profile().body(window_language())
        self.office: OfficeProfile | None = None  # whose decision body the explanations name
        # Made once: a view asks for them for every cell of an overdue row it paints or measures.
        self._overdue_background = QBrush(_OVERDUE_BACKGROUND)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: Iterable[Upcoming]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    @property
    def items(self) -> list[Upcoming]:
        """The rows shown (not a copy: do not change it)."""
        return self._items

    def item_at(self, row: int) -> Upcoming | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of_key(self, key: str) -> int | None:
        return next((r for r, item in enumerate(self._items) if item.delegation.id == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        labels = [
            self.tr("Start"),
            self.tr("Days left"),
            self.tr("Title"),
            self.tr("Partner"),
            self.body.name,
            self.tr("Open items"),
            self.tr("Overdue"),
            self.tr("Failing criteria"),
        ]
        return labels[section] if 0 <= section < len(labels) else None

    # The roles ``data`` answers: the others a view asks each cell for are None at once.
    ANSWERED_ROLES = role_numbers(
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        KEY_ROLE,
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self.ANSWERED_ROLES:
            return None
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < 8:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == KEY_ROLE:
            return item.delegation.id
        if role == Qt.ItemDataRole.ToolTipRole and column == FAILING and item.failing_criteria:
            return "\n".join(explanation(c, self.office) for c in item.failing_criteria)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DAYS_LEFT, OPEN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == GRIP:
            return verdict_colour(self._verdict(item))
        if item.overdue_items:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._overdue_background
            if role == Qt.ItemDataRole.FontRole and column in _BOLD_COLUMNS:
                return self._bold
        return None

    def texts_for_width(self, column: int, rows: int) -> list[tuple[str, QFont | None]]:
        """The column's texts in the first ``rows`` rows (``page_tables.content_widths``)."""
        bold = column in _BOLD_COLUMNS
        return [
            (self._display(item, column), self._bold if bold and item.overdue_items else None)
            for item in self._items[:rows]
        ]

    def _verdict(self, item: Upcoming) -> str:
        return item.rules.verdict.value if item.rules else ""

    def _display(self, item: Upcoming, column: int) -> str:
        delegation = item.delegation
        if column == START:
            return date_text(delegation.start)
        if column == DAYS_LEFT:
            return self.days_left_text(item.days_left)
        if column == TITLE:
            return delegation.title
        if column == PARTNER:
            return partner_text(delegation.partner_region, delegation.country)
        if column == GRIP:
            return verdict_text(self._verdict(item))
        if column == OPEN:
            return str(len(item.open_items))
        if column == OVERDUE:
            count = len(item.overdue_items)
            return self.tr("⚠ %Ln overdue", "", count) if count else ""
        return "; ".join(self.failing_phrase(c.id) for c in item.failing_criteria)

    def days_left_text(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("%Ln day(s)", "", days)

    def failing_phrase(self, criterion_id: str) -> str:
        """What a failing criterion means, said as the problem (not as the rule's title)."""
        phrases = {
            "justification": self.tr("Participation not justified"),
            "delegation_size": self.tr("Large political delegation"),
            "bottom_up": self.tr("Not initiated from below"),
            "grip_decision": self.tr("No {0} before the start").format(self.body.decision),
            "theme_priority": self.tr("Outside the priority themes"),
        }
        return phrases.get(criterion_id) or criterion_title(criterion_id, self.office)
