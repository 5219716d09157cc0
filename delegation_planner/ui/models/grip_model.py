"""The GRIP criteria of one delegation, and its stored decision history, as read-only tables.

A level is always shown as a symbol *and* a word *and* a colour, so the table reads
the same to someone who cannot tell red from green, and on a grey-scale screenshot.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from delegation_planner.documents import grip_words
from delegation_planner.documents.labels import Labels
from delegation_planner.domain.enums import DecisionOutcome, Level
from delegation_planner.domain.grip import CRITERIA, CriterionResult, GripResult
from delegation_planner.domain.office import OfficeProfile
from delegation_planner.ui import language
from delegation_planner.ui.labels.enums import core_word
from delegation_planner.ui.labels.verdicts import level_text

Index = QModelIndex | QPersistentModelIndex

CRITERION, LEVEL, MESSAGE = range(3)
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the Level itself, for tests and delegates

# Dark text on a pale tint: readable in both, and the tint alone already tells the level apart.
FOREGROUNDS = {
    Level.PASS: QColor(27, 94, 32),
    Level.WARN: QColor(122, 79, 0),
    Level.FAIL: QColor(176, 0, 32),
    Level.NOT_APPLICABLE: QColor(90, 90, 90),
}
BACKGROUNDS = {
    Level.PASS: QColor(226, 244, 227),
    Level.WARN: QColor(255, 243, 205),
    Level.FAIL: QColor(255, 214, 214),
    Level.NOT_APPLICABLE: QColor(240, 240, 240),
}


def explanation(criterion: CriterionResult, office: OfficeProfile | None = None) -> str:
    """Why the criterion stands as it does, in the window's language: the documents' sentences,
    written from the criterion's facts (the domain's own message is English), naming ``office``'s
    decision body (the default profile's when None)."""
    return grip_words.explain(criterion, Labels.for_language(language.current(), office))


def criterion_title(criterion_id: str, office: OfficeProfile | None = None) -> str:
    """The criterion's title in the window's language, naming ``office``'s decision body
    ("Beslut i Forretningsudvalget før starten"; the default profile's when None).

    The documents' texts own the titles (``documents.words.CRITERIA``), as they own the
    explanations: the window and the decision basis say the same words, and a wording is
    changed in one place (tests/ui/test_one_owner_for_words.py)."""
    return Labels.for_language(language.current(), office).criterion(criterion_id)


def outcome_labels() -> list[tuple[str, DecisionOutcome]]:
    """The outcomes in the documents' words (the basis and the memo say the same)."""
    return [(core_word(outcome), outcome) for outcome in DecisionOutcome]


class GripResultModel(QAbstractTableModel):
    """One row per criterion, in the contract's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria: tuple[CriterionResult, ...] = ()
        self.office: OfficeProfile | None = None  # whose decision body the titles and explanations name

    def set_result(self, result: GripResult) -> None:
        ordered = tuple(sorted(result.criteria, key=lambda c: CRITERIA.index(c.id)))
        if len(ordered) == len(self._criteria):
            # Same rows, new levels: a dataChanged keeps the selection and scroll position
            # while the user types a justification in another tab.
            self._criteria = ordered
            if ordered:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ordered) - 1, MESSAGE))
            return
        self.beginResetModel()
        self._criteria = ordered
        self.endResetModel()

    def criterion(self, row: int) -> CriterionResult:
        return self._criteria[row]

    def row_of(self, criterion_id: str) -> int:
        return next(i for i, c in enumerate(self._criteria) if c.id == criterion_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = [self.tr("Criterion"), self.tr("Level"), self.tr("Why")]
            return headers[section] if 0 <= section < len(headers) else None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._criteria)):
            return None
        criterion, column = self._criteria[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CRITERION:
                return criterion_title(criterion.id, self.office)
            if column == LEVEL:
                return level_text(criterion.level)
            return explanation(criterion, self.office)
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation(criterion, self.office)
        if role == LEVEL_ROLE:
            return criterion.level.value
        if column == LEVEL and role == Qt.ItemDataRole.ForegroundRole:
            return FOREGROUNDS[criterion.level]
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS[criterion.level]
        return None


class DecisionHistoryModel(QAbstractTableModel):
    """The rows of ``repository.decision_history``; a withdrawn decision has outcome ""."""

    RECORDED, DATE, OUTCOME, REFERENCE, NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Mapping[str, Any]] = []

    def set_rows(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        # Newest first: the current decision is the one people look for.
        self._rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            self.tr("Recorded"),
            self.tr("Decided on"),
            self.tr("Outcome"),
            self.tr("Reference"),
            self.tr("Conditions / note"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, column = self._rows[index.row()], index.column()
        if column == self.RECORDED:
            return str(row.get("recorded_at") or "").replace("T", " ")
        if column == self.OUTCOME:
            outcome = str(row.get("outcome") or "")
            if not outcome:
                return self.tr("Withdrawn (no decision)")
            labels = dict((value.value, label) for label, value in outcome_labels())
            return labels.get(outcome, outcome)
        key = {self.DATE: "date", self.REFERENCE: "reference", self.NOTE: "note"}[column]
        return str(row.get(key) or "")
