"""The delegation's cost lines and their totals per currency."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.records import CostLine
from delegation_planner.domain.text import is_currency
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.labels.formatting import money_text
from delegation_planner.ui.models.record_table import RecordTableModel

CATEGORY, PLANNED, ACTUAL, CURRENCY = range(4)


def format_money(value: float | None) -> str:
    """``42000`` -> "42 000,00" in Swedish, "42.000,00" in Danish, "42,000.00" in English."""
    return money_text(value)


class CostsModel(RecordTableModel[CostLine]):
    editable_columns = frozenset({CATEGORY, PLANNED, ACTUAL, CURRENCY})

    def headers(self) -> list[str]:
        return [self.tr("Category"), self.tr("Planned"), self.tr("Actual"), self.tr("Currency")]

    def display(self, item: CostLine, column: int) -> str:
        if column == CATEGORY:
            return labels.label_of(labels.cost_categories(), item.category)
        if column == PLANNED:
            return format_money(item.planned)
        if column == ACTUAL:
            return format_money(item.actual)
        if column == CURRENCY:
            return item.currency
        return ""

    def edit_value(self, item: CostLine, column: int) -> Any:
        if column == CATEGORY:
            return item.category.value
        if column == PLANNED:
            return item.planned
        if column == ACTUAL:
            return item.actual
        return item.currency

    def set_value(self, item: CostLine, column: int, value: Any) -> bool:
        before = (item.category, item.planned, item.actual, item.currency)
        if column == CATEGORY:
            item.category = CostCategory(value)
        elif column in (PLANNED, ACTUAL):
            amount = None if value is None or value == "" else round(float(value), 2)
            if amount is not None and amount < 0:
                return False
            if column == PLANNED:
                item.planned = amount
            else:
                item.actual = amount
        elif column == CURRENCY:
            item.currency = str(value or "").strip().upper()
        return before != (item.category, item.planned, item.actual, item.currency)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        if column in (PLANNED, ACTUAL):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().alignment(column)

    def cell_problem(self, item: CostLine, column: int) -> str | None:
        if column == CURRENCY and not is_currency(item.currency):
            if not item.currency:
                return self.tr("the currency is missing.")
            return self.tr("'{code}' is not an ISO 4217 currency code (such as SEK, DKK, EUR, CNY).").format(
                code=item.currency
            )
        return None

    def last_currency(self, default: str = "SEK") -> str:
        """The currency of the last valid line: a new line most often repeats it."""
        for item in reversed(self._items):
            if is_currency(item.currency):
                return item.currency
        return default

    def totals(self) -> list[tuple[str, float | None, float | None]]:
        """(currency, planned, actual) per valid currency, in order of first appearance.

        A sum is None when no line of that currency carries the amount: nothing recorded is
        not the same as nothing spent. Otherwise it is the sum of the lines that do."""
        sums: dict[str, list[float | None]] = {}
        for item in self._items:
            if not is_currency(item.currency):
                continue
            pair = sums.setdefault(item.currency, [None, None])
            for slot, amount in enumerate((item.planned, item.actual)):
                if amount is not None:
                    pair[slot] = (pair[slot] or 0.0) + amount
        return [(code, planned, actual) for code, (planned, actual) in sums.items()]
