"""The result editor (forms/result_editor.ui): an outcome and the visits that led to it.

A result proves a visit's value only when it is traced back to it, so the editor
puts the delegations and organisations on the same screen as checkable lists,
each with a filter (a register holds many delegations) and "Ticked only" to
review what is linked. Use ``ResultEditor.edit(db, result_or_None, parent)``.

The two lists take the dialog's spare height (at least ``LIST_ROWS`` rows each); a long
title is cut with "…" in the list and shown whole in its tooltip.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListView, QWidget

from delegation_planner.domain.enums import ResultKind
from delegation_planner.domain.records import Result
from delegation_planner.storage import repository, results
from delegation_planner.ui.dialogs.record_editor_base import RecordEditor
from delegation_planner.ui.generated.ui_result_editor import Ui_ResultEditor
from delegation_planner.ui.labels.enums import result_kinds
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.models.checkable_list_model import CheckableListModel, CheckableListProxy

LIST_ROWS = 8  # the least number of rows each pick list shows


class ResultEditor(RecordEditor[Result]):
    form_class = Ui_ResultEditor
    table = "results"
    ui: Ui_ResultEditor

    def _setup(self) -> None:
        ui = self.ui
        for label, kind in result_kinds():
            ui.kind_combo.addItem(label, kind.value)
        ui.date_edit.setDate(QDate.currentDate())
        ui.date_unknown_check.toggled.connect(lambda unknown: ui.date_edit.setEnabled(not unknown))
        self.delegations = self._picker(
            ui.delegations_view, ui.delegations_filter, ui.delegations_ticked_check
        )
        self.organisations = self._picker(
            ui.organisations_view, ui.organisations_filter, ui.organisations_ticked_check
        )
        self.delegations.set_choices(
            [(d.key, f"{date_text(d.start)}  {d.title}") for d in results.delegation_choices(self._db)]
        )
        self.organisations.set_choices([(o.id, o.name) for o in repository.list_organisations(self._db)])
        self.delegations.checked_changed.connect(self._count_links)
        self.organisations.checked_changed.connect(self._count_links)

    def _picker(self, view: QListView, filter_edit: QLineEdit, ticked: QCheckBox) -> CheckableListModel:
        model = CheckableListModel(self)
        proxy = CheckableListProxy(self)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        row = max(view.sizeHintForRow(0), view.fontMetrics().height() + 6)
        view.setMinimumHeight(LIST_ROWS * row + 2 * view.frameWidth())
        filter_edit.textChanged.connect(proxy.set_filter_text)
        ticked.toggled.connect(proxy.set_checked_only)
        return model

    def _count_links(self) -> None:
        ui = self.ui
        ui.delegations_count.setText(self.tr("%Ln ticked", "", len(self.delegations.checked_keys())))
        ui.organisations_count.setText(self.tr("%Ln ticked", "", len(self.organisations.checked_keys())))

    def _load(self, result: Result | None) -> None:
        ui = self.ui
        if result is None:
            ui.date_unknown_check.setChecked(False)
            self._count_links()
            return
        ui.title_edit.setText(result.title)
        ui.kind_combo.setCurrentIndex(max(ui.kind_combo.findData(result.kind.value), 0))
        if result.date is not None:
            ui.date_edit.setDate(QDate(result.date.year, result.date.month, result.date.day))
        ui.date_unknown_check.setChecked(result.date is None)
        ui.date_edit.setEnabled(result.date is not None)
        ui.description_edit.setPlainText(result.description)
        self.delegations.set_checked(result.delegations)
        self.organisations.set_checked(result.organisations)
        self._count_links()

    def _build(self, key: str) -> Result:
        ui = self.ui
        date: dt.date | None = None
        if not ui.date_unknown_check.isChecked():
            chosen = ui.date_edit.date()
            date = dt.date(chosen.year(), chosen.month(), chosen.day())
        return Result(
            id=key,
            title=ui.title_edit.text().strip(),
            kind=ResultKind(ui.kind_combo.currentData()),
            date=date,
            description=ui.description_edit.toPlainText().strip(),
            delegations=self.delegations.checked_keys(),
            organisations=self.organisations.checked_keys(),
        )

    def _problems(self) -> dict[QLabel, str | None]:
        ui = self.ui
        return {
            ui.title_error: self.text_problem(
                ui.title_edit.text(), required=self.tr("Enter what came of the visit (a short title).")
            ),
            ui.description_error: self.text_problem(ui.description_edit.toPlainText(), single_line=False),
        }

    def _inputs(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.title_edit,
            ui.kind_combo,
            ui.date_edit,
            ui.date_unknown_check,
            ui.description_edit,
            ui.delegations_view,
            ui.organisations_view,
        ]

    def _make_read_only(self) -> None:
        super()._make_read_only()
        # The lists stay enabled so they can be scrolled and filtered; the models refuse ticks.
        for view in (self.ui.delegations_view, self.ui.organisations_view):
            view.setEnabled(True)
        self.delegations.read_only = self.organisations.read_only = True

    def _name(self) -> str:
        return self.ui.title_edit.text()

    def _save(self, result: Result) -> None:
        results.save_result(self._db, result)
