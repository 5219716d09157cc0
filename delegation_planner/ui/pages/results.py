"""The results register: partnerships, sales, signed agreements … traced to the visits.

The Hovedstaden evaluation holds up a company's partnership or sale that followed
a visit as the proof of its value. This is the register's generic page
(forms/register_page.ui, ``RecordsPage``) with the result editor; newest first.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from delegation_planner.domain.records import Result
from delegation_planner.storage import repository, results
from delegation_planner.ui.changes import Record
from delegation_planner.ui.dialogs.result_editor import ResultEditor
from delegation_planner.ui.models.results_model import ResultsModel
from delegation_planner.ui.pages.records import RecordsPage


class ResultsPage(RecordsPage):
    WATCHES: ClassVar[frozenset[Record]] = frozenset(
        {Record.RESULTS, Record.DELEGATIONS, Record.ORGANISATIONS}
    )
    CHANGES: ClassVar[frozenset[Record]] = frozenset({Record.RESULTS})
    editor = ResultEditor
    model: ResultsModel

    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(db, read_only, parent)
        self.ui.table_view.sortByColumn(ResultsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.ui.new_button.setToolTip(self.tr("Record a new result (Ctrl+N)"))

    def _make_model(self) -> ResultsModel:
        return ResultsModel(self)

    def _load(self) -> list[Result]:
        found = results.list_results(self._db)
        titles = results.delegation_titles(self._db, (k for r in found for k in r.delegations))
        names = {o.id: o.name for o in repository.list_organisations(self._db)}
        self.model.set_names(titles, names)
        return found

    def _delete(self, key: str) -> None:
        results.delete_result(self._db, key)

    def _describe(self, result: Result) -> str:
        return result.title

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln result(s)", "", count)

    def _filter_hint(self) -> str:
        return self.tr("Title, kind, delegation or organisation (Ctrl+F)")
