"""Planned and actual costs per category, with totals per currency."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QWidget

from delegation_planner.domain.codes import CURRENCIES
from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.records import CostLine, Delegation
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.generated.ui_costs_tab import Ui_CostsTab
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.costs_model import (
    ACTUAL,
    CATEGORY,
    CURRENCY,
    PLANNED,
    CostsModel,
    format_money,
)
from delegation_planner.ui.widgets.delegates import ChoiceDelegate, CodeDelegate, MoneyDelegate

# The currencies a Nordic office meets most, first in the list; the rest follow alphabetically.
COMMON_CURRENCIES = ("SEK", "DKK", "NOK", "EUR", "CNY", "USD", "GBP")


class CostsTab(TableTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CostsTab()
        self.ui.setupUi(self)
        self.model = CostsModel(self)
        view = self.ui.costs_view
        self.bind_table(view, self.model, self.ui.remove_button, self.ui.costs_problem)
        categories = [(label, v.value) for label, v in labels.cost_categories()]
        view.setItemDelegateForColumn(CATEGORY, ChoiceDelegate(categories, view))
        money = MoneyDelegate(view)
        view.setItemDelegateForColumn(PLANNED, money)
        view.setItemDelegateForColumn(ACTUAL, money)
        codes = list(COMMON_CURRENCIES) + sorted(CURRENCIES - set(COMMON_CURRENCIES))
        view.setItemDelegateForColumn(CURRENCY, CodeDelegate(codes, view))
        header = view.horizontalHeader()
        for column, width in ((CATEGORY, 180), (PLANNED, 150), (ACTUAL, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(CURRENCY, QHeaderView.ResizeMode.Stretch)
        self.ui.add_button.clicked.connect(self.add_line)
        self.model.edited.connect(self._update_totals)
        self._update_totals()

    def title(self) -> str:
        return self.tr("Costs")

    def load(self, delegation: Delegation) -> None:
        self.model.set_items(delegation.costs)
        self._update_problems()
        self._update_buttons()
        self._update_totals()

    def apply_to(self, delegation: Delegation) -> None:
        delegation.costs = self.model.items()

    def add_line(self) -> None:
        if self._read_only:
            return
        row = self.model.append(CostLine(category=CostCategory.TRAVEL, currency=self.model.last_currency()))
        index = self.model.index(row, PLANNED)
        self.ui.costs_view.setCurrentIndex(index)
        self.ui.costs_view.edit(index)

    def totals_text(self) -> str:
        lines = [
            self.tr("{currency} — planned {planned} · actual {actual}").format(
                currency=code, planned=self._amount(planned), actual=self._amount(actual)
            )
            for code, planned, actual in self.model.totals()
        ]
        return "\n".join(lines) if lines else self.tr("No costs recorded.")

    def _amount(self, value: float | None) -> str:
        # No line of the currency has the amount: say so rather than show a misleading 0.00.
        return self.tr("not recorded") if value is None else format_money(value)

    def _update_totals(self) -> None:
        self.ui.totals_label.setText(self.totals_text())

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.ui.add_button.setEnabled(not read_only)
