"""GRIP: the five criteria evaluated live, the presidium's decision, and the decision basis.

The criteria are re-evaluated on every edit in any tab (``refresh``), with the
register's people as the editor knows them (a person made on the spot included),
so a politician added without a justification turns the tab red at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from delegation_planner.domain import grip
from delegation_planner.domain.enums import DecisionOutcome, Level
from delegation_planner.domain.records import Delegation, GripDecision
from delegation_planner.domain.text import forbidden_character, single_line_problem
from delegation_planner.storage import repository
from delegation_planner.storage.database import database_file
from delegation_planner.storage.office_store import load_office
from delegation_planner.ui.editor.basis_export import LANGUAGES, write_basis_interactively
from delegation_planner.ui.editor.context import EditorContext
from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.file_writing import FileWriter
from delegation_planner.ui.generated.ui_grip_tab import Ui_GripTab
from delegation_planner.ui.labels.office import capitalised, window_language
from delegation_planner.ui.labels.verdicts import level_text
from delegation_planner.ui.models.grip_model import (
    BACKGROUNDS,
    CRITERION,
    FOREGROUNDS,
    LEVEL,
    DecisionHistoryModel,
    GripResultModel,
    outcome_labels,
)
from delegation_planner.ui.widgets.qt_dates import from_qdate, to_qdate


class GripTab(EditorTab):
    def __init__(
        self, context: EditorContext, unsaved: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        # Asked of the editor, not kept here: only the editor knows every tab's edits.
        self._unsaved = unsaved
        self._policy = repository.load_policy(context.db)
        self._delegation: Delegation | None = None
        self._result: grip.GripResult | None = None
        self._loading = False
        self._read_only = False
        self._problems: list[str] = []
        # The basis takes the window's one way to write a file, on its own connection to the register.
        self.files = FileWriter(self, lambda: database_file(context.db))
        self.ui = Ui_GripTab()
        self.ui.setupUi(self)
        # The office's decision body (GRIP in Region Skåne), in the window's language.
        office = context.office or load_office(context.db)
        self._body = office.body(window_language())
        self.ui.decision_box.setTitle(capitalised(self._body.decision))
        self.ui.basis_button.setToolTip(
            self.tr(
                "Write the decision basis for {0} as a Word document, from the delegation as stored"
            ).format(self._body.name)
        )
        self.model = GripResultModel(self)
        self.model.office = office
        self.history = DecisionHistoryModel(self)
        self._set_up_views()
        for label, value in outcome_labels():
            self.ui.outcome_combo.addItem(label, value.value)
        # Ticking the box opens the fields; the decision exists once its outcome is chosen,
        # so a tick alone never records an approval.
        self.ui.outcome_combo.setPlaceholderText(self.tr("Choose the outcome…"))
        for name, code in LANGUAGES:
            self.ui.language_combo.addItem(name, code)
        # The decision basis is written in the office's document language unless chosen otherwise.
        self.ui.language_combo.setCurrentIndex(
            max(0, self.ui.language_combo.findData(office.document_language))
        )
        self.ui.decision_check.toggled.connect(self._decision_toggled)
        self.ui.date_edit.dateChanged.connect(self._edited)
        self.ui.outcome_combo.currentIndexChanged.connect(self._edited)
        self.ui.reference_edit.textChanged.connect(self._edited)
        self.ui.note_edit.textChanged.connect(self._edited)
        self.ui.basis_button.clicked.connect(self.write_basis)

    def _set_up_views(self) -> None:
        view = self.ui.criteria_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(CRITERION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CRITERION, 260)
        header.setSectionResizeMode(LEVEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.verticalHeader().hide()
        # Fitted rows must still not shrink below a comfortable line (as in the other tables).
        row_height = view.fontMetrics().height() + 12
        for table in (view, self.ui.history_view):
            table.verticalHeader().setDefaultSectionSize(row_height)
            table.verticalHeader().setMinimumSectionSize(row_height)
        # Messages name every politician concerned and can run over two lines; fit the rows
        # once the stretched column has its final width (after the event loop settles).
        self.model.dataChanged.connect(self._fit_rows)
        self.model.modelReset.connect(self._fit_rows)
        header.sectionResized.connect(self._fit_rows)
        history = self.ui.history_view
        history.setModel(self.history)
        history.verticalHeader().hide()
        history.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 150), (1, 95), (2, 170), (3, 150)):
            history.horizontalHeader().resizeSection(column, width)

    def _fit_rows(self) -> None:
        view = self.ui.criteria_view
        QTimer.singleShot(0, view, view.resizeRowsToContents)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def title(self) -> str:
        # The verdict's marker in the title, so a failing GRIP shows from every other tab.
        if self._result is None:
            return self._body.name
        return self.tr("{body} {marker}").format(body=self._body.name, marker=self._result.verdict.symbol)

    # --- EditorTab -----------------------------------------------------------------------------

    def load(self, delegation: Delegation) -> None:
        self._loading = True
        try:
            decision = delegation.grip_decision
            self.ui.decision_check.setChecked(decision is not None)
            if decision is not None:
                self.ui.date_edit.setDate(to_qdate(decision.date))
                self._set_outcome(decision.outcome)
                self.ui.reference_edit.setText(decision.reference)
                self.ui.note_edit.setPlainText(decision.note)
            else:
                # A decision is usually recorded on the day it is taken; today is the best guess.
                self.ui.date_edit.setDate(to_qdate(dt.date.today()))
                self.ui.outcome_combo.setCurrentIndex(-1)
                self.ui.reference_edit.clear()
                self.ui.note_edit.clear()
        finally:
            self._loading = False
        rows = repository.decision_history(self._context.db, delegation.id) if delegation.id else []
        self.history.set_rows(rows)
        self._update_enabled()
        self._validate()
        self.refresh(delegation)

    def apply_to(self, delegation: Delegation) -> None:
        outcome = self.ui.outcome_combo.currentData()
        if not self.ui.decision_check.isChecked() or outcome is None:
            delegation.grip_decision = None
            return
        delegation.grip_decision = GripDecision(
            date=from_qdate(self.ui.date_edit.date()),
            outcome=DecisionOutcome(outcome),
            reference=self.ui.reference_edit.text(),
            note=self.ui.note_edit.toPlainText(),
        )

    def problems(self) -> list[str]:
        return list(self._problems)

    def refresh(self, delegation: Delegation) -> None:
        self._delegation = delegation
        self._result = grip.evaluate(delegation, self._context.people, self._policy)
        self.model.set_result(self._result)
        self._show_verdict(self._result)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.ui.decision_check.setEnabled(not read_only)
        self._update_enabled()

    # --- reactions ------------------------------------------------------------------------------

    def _decision_toggled(self) -> None:
        self._update_enabled()
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self._validate()
        self.changed.emit()

    def _update_enabled(self) -> None:
        enabled = self.ui.decision_check.isChecked() and not self._read_only
        for widget in (self.ui.date_edit, self.ui.outcome_combo, self.ui.reference_edit, self.ui.note_edit):
            widget.setEnabled(enabled)

    def _validate(self) -> None:
        found = []
        if self.ui.decision_check.isChecked():
            if problem := single_line_problem(self.ui.reference_edit.text()):
                found.append(self.tr("The reference {problem}.").format(problem=problem))
            if problem := forbidden_character(self.ui.note_edit.toPlainText()):
                found.append(self.tr("The note {problem}.").format(problem=problem))
        self._problems = found
        self.ui.decision_problem.setText("\n".join(found))
        self.ui.decision_problem.setVisible(bool(found))

    def _set_outcome(self, outcome: DecisionOutcome) -> None:
        self.ui.outcome_combo.setCurrentIndex(max(0, self.ui.outcome_combo.findData(outcome.value)))

    def _show_verdict(self, result: grip.GripResult) -> None:
        failing = [c for c in result.criteria if c.level is Level.FAIL]
        warning = [c for c in result.criteria if c.level is Level.WARN]
        if failing:
            detail = self.tr("%Ln of 5 criteria fail(s).", "", len(failing))
        elif warning:
            detail = self.tr("No criterion fails; warnings: {count} of 5.").format(count=len(warning))
        else:
            detail = self.tr("Every criterion that applies is met.")
        label = self.ui.verdict_label
        label.setText(
            self.tr("Verdict: {level}. {detail}").format(level=level_text(result.verdict), detail=detail)
        )
        label.setStyleSheet(
            f"QLabel {{ color: {FOREGROUNDS[result.verdict].name()};"
            f" background: {BACKGROUNDS[result.verdict].name()};"
            " font-weight: bold; font-size: 12pt; padding: 6px; border-radius: 3px; }"
        )

    # --- the decision basis ---------------------------------------------------------------------

    def write_basis(self) -> None:
        delegation = self._delegation
        if delegation is None:
            return
        lang = str(self.ui.language_combo.currentData())
        write_basis_interactively(
            self,
            self.files,
            self._context.db,
            delegation,
            self._unsaved(),
            lang,
            self._context.next_reference,
            self._basis_written,
        )

    def _basis_written(self, written: Path) -> None:
        self._context.next_reference = ""  # used: the next document gets its own
        self.ui.basis_status.setText(self.tr("Written to {path}").format(path=written))
