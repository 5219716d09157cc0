"""The participant import's two tables: the file's first rows, and what each row will do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from delegation_planner.exchange.participant_import import ImportPlan, ParticipantTable

Index = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 20
_ERROR = QColor(170, 20, 20)


class PreviewModel(QAbstractTableModel):
    """The file's header row as the header and its first rows, as read."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self._numbers: list[int] = []  # the rows' numbers in the file, as the review names them

    def set_table(self, table: ParticipantTable | None) -> None:
        self.beginResetModel()
        self._headers = list(table.headers) if table else []
        self._rows = [list(r) for r in table.rows[:PREVIEW_ROWS]] if table else []
        self._numbers = list(table.row_numbers[:PREVIEW_ROWS]) if table else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._numbers[section]) if 0 <= section < len(self._numbers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else []
        return row[index.column()] if 0 <= index.column() < len(row) else ""


@dataclass(frozen=True)
class ReviewLine:
    row: int  # in the file
    name: str
    outcome: str
    error: bool


class ReviewModel(QAbstractTableModel):
    """One line per row of the file: a new person, someone already in the register, or an error."""

    ROW, NAME, OUTCOME = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ReviewLine] = []

    def set_plan(
        self, plan: ImportPlan, existing_names: dict[str, str], file_names: dict[int, str] | None = None
    ) -> None:
        """``file_names``: the name each row of the file gives, by row number, so a row with
        an error still says whose it is."""
        file_names = file_names or {}
        lines = [
            ReviewLine(
                r.row,
                r.name,
                self.tr("already in the register: {name}").format(name=existing_names.get(r.person, r.person))
                if r.existing
                else self.tr("new person"),
                False,
            )
            for r in plan.rows
        ]
        lines += [
            ReviewLine(
                e.row,
                file_names.get(e.row, "").strip() or self.tr("(no name)"),
                self.tr("error: {reason} (row {row})").format(reason=e.message, row=e.row),
                True,
            )
            for e in plan.errors
        ]
        self.beginResetModel()
        self._lines = sorted(lines, key=lambda line: line.row)
        self.endResetModel()

    def lines(self) -> list[ReviewLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = [self.tr("Row"), self.tr("Name in the file"), self.tr("Import will")]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [str(line.row), line.name, line.outcome][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and line.error:
            return QBrush(_ERROR)  # the words say "error" too: colour is never the only sign
        return None
