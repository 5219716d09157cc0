"""The programme: meetings and visits, each with times, venue and counterpart, in time order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHeaderView, QWidget

from delegation_planner.domain.records import Delegation, ProgrammeItem
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.table_tab import TableTab
from delegation_planner.ui.generated.ui_programme_tab import Ui_ProgrammeTab
from delegation_planner.ui.models.programme_model import COUNTERPART, END, START, TITLE, VENUE, ProgrammeModel
from delegation_planner.ui.widgets.delegates import ChoiceDelegate, DateTimeDelegate

DEFAULT_START = dt.time(9, 0)
DEFAULT_LENGTH = dt.timedelta(hours=1)
# A new item follows the last one; one that would end after this starts the next morning.
LAST_END = dt.time(18, 0)


def next_start(items: list[ProgrammeItem], first_day: dt.date) -> dt.datetime:
    """Where a new programme item most likely goes: right after the last one."""
    if not items:
        return dt.datetime.combine(first_day, DEFAULT_START)
    after = max((item.end or item.start + DEFAULT_LENGTH) for item in items)
    if (after + DEFAULT_LENGTH).time() <= LAST_END and (after + DEFAULT_LENGTH).date() == after.date():
        return after
    return dt.datetime.combine(after.date() + dt.timedelta(days=1), DEFAULT_START)


class ProgrammeTab(TableTab):
    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._first_day = dt.date.today()
        self.ui = Ui_ProgrammeTab()
        self.ui.setupUi(self)
        self.model = ProgrammeModel(context.organisations, self)
        view = self.ui.programme_view
        self.bind_table(view, self.model, self.ui.remove_button, self.ui.programme_problem)
        dates = DateTimeDelegate(view)
        view.setItemDelegateForColumn(START, dates)
        view.setItemDelegateForColumn(END, dates)
        view.setItemDelegateForColumn(COUNTERPART, ChoiceDelegate(self._counterparts, view))
        header = view.horizontalHeader()
        for column, width in ((START, 140), (END, 140), (TITLE, 240), (VENUE, 140)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COUNTERPART, QHeaderView.ResizeMode.Stretch)
        self.ui.add_button.clicked.connect(self.add_item)

    def _counterparts(self) -> list[tuple[str, object]]:
        none: list[tuple[str, object]] = [(self.tr("—"), None)]
        return none + [(o.name, o.id) for o in self._context.organisations.values()]

    def title(self) -> str:
        return self.tr("Programme")

    def load(self, delegation: Delegation) -> None:
        self._first_day = delegation.start
        self.model.set_items(delegation.programme)
        self._update_problems()
        self._update_buttons()

    def refresh(self, delegation: Delegation) -> None:
        self._first_day = delegation.start

    def apply_to(self, delegation: Delegation) -> None:
        delegation.programme = self.model.items()

    def add_item(self) -> None:
        if self._read_only:
            return
        start = next_start(self.model.items(), self._first_day)
        row = self.model.append(ProgrammeItem(start=start, end=start + DEFAULT_LENGTH, title=""))
        # The title is the one thing every item needs: the new row is selected and its
        # title open for typing straight away.
        index = self.model.index(row, TITLE)
        view = self.ui.programme_view
        view.selectRow(row)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.edit(index)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.ui.add_button.setEnabled(not read_only)
