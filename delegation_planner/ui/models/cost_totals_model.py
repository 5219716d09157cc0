"""This year's costs against plan, one row per currency (amounts in different
currencies are never added together: there is no agreed rate)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from delegation_planner.storage.annual import Amounts
from delegation_planner.ui.labels.formatting import money_text

Index = QModelIndex | QPersistentModelIndex

CURRENCY, PLANNED, ACTUAL, DIFFERENCE = range(4)


class CostTotalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._totals: list[Amounts] = []

    def set_totals(self, totals: Iterable[Amounts]) -> None:
        self.beginResetModel()
        self._totals = list(totals)
        self.endResetModel()

    def totals(self) -> list[Amounts]:
        return list(self._totals)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._totals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        labels = [self.tr("Currency"), self.tr("Planned"), self.tr("Actual"), self.tr("Actual − planned")]
        return labels[section] if 0 <= section < len(labels) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._totals):
            return None
        amounts = self._totals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CURRENCY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == DIFFERENCE:
            return self.tr("Spent beyond the plan when positive, under it when negative")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == CURRENCY:
            return amounts.currency
        if column == PLANNED:
            return _money(amounts.planned)
        if column == ACTUAL:
            return _money(amounts.actual)
        if column == DIFFERENCE:
            if amounts.planned is None or amounts.actual is None:
                return "–"
            return _money(amounts.actual - amounts.planned, signed=True)
        return None


def _money(value: float | None, *, signed: bool = False) -> str:
    # "–" rather than 0: no line carries an amount, which is not the same as nothing spent.
    if value is None:
        return "–"
    return money_text(value, decimals=0, signed=signed)
