"""Import a participant list (CSV or Excel) into a stored delegation, in two steps.

1. Choose the file; say which column holds which field (prefilled from the
   headers by ``participant_import.guess_mapping``), with the first rows shown.
2. Review what each row will do (a new person, someone already in the
   register, or an error with its row number), pick the side and role for the
   rows whose file gives none, and Import.

Planning reads every person in the register, so it runs in a worker
(``db_task``) on its own connection. Import writes nothing: it hands the plan to
the editor (``apply``), where the list becomes part of the unsaved changes, so
Save stores it with the rest and closing without saving undoes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QProgressDialog, QWidget
from sqlite_utils import Database

from delegation_planner.domain.enums import Role, Side
from delegation_planner.domain.text import printable
from delegation_planner.exchange import participant_import as pi
from delegation_planner.storage import repository
from delegation_planner.storage.database import database_file
from delegation_planner.ui.db_task import DatabaseTask, progress_dialog
from delegation_planner.ui.generated.ui_participant_import_dialog import Ui_ParticipantImportDialog
from delegation_planner.ui.labels import enums as labels
from delegation_planner.ui.models.participant_import_models import PreviewModel, ReviewModel

COMBO_CHARACTERS = 20  # the column choices' least width, in characters


# Adds a planned import to the edited delegation; returns how many participants it added.
ApplyImport = Callable[[pi.ImportPlan, Side, Role | None], int]


class ParticipantImportDialog(QDialog):
    imported = Signal(int)  # participants added to the edited delegation (not saved yet)

    def __init__(self, db: Database, apply: ApplyImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipantImportDialog()
        self.ui.setupUi(self)
        self._register = database_file(db)
        self._apply = apply
        self._table: pi.ParticipantTable | None = None
        self.plan: pi.ImportPlan | None = None
        self.task: DatabaseTask | None = None  # the running read, plan or import, for tests to wait on
        self.progress: QProgressDialog | None = None  # the reading's progress, with Cancel
        self.preview = PreviewModel(self)
        self.review = ReviewModel(self)
        self.ui.preview_view.setModel(self.preview)
        self.ui.review_view.setModel(self.review)
        self.combos: dict[str, QComboBox] = {
            name: getattr(self.ui, f"{name}_column_combo") for name in pi.FIELDS
        }
        for combo in self.combos.values():
            # Wide enough for "(not in the file)" and a usual header, whatever the file holds.
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, side in labels.sides():
            self.ui.default_side_combo.addItem(label, side.value)
        self.ui.default_role_combo.addItem(self.tr("—"), None)
        for label, role in labels.roles():
            self.ui.default_role_combo.addItem(label, role.value)
        self.ui.default_role_combo.setCurrentIndex(
            max(self.ui.default_role_combo.findData(Role.MEMBER.value), 0)
        )
        self.ui.browse_button.clicked.connect(self.choose_file)
        self.ui.next_button.clicked.connect(self.to_review)
        self.ui.back_button.clicked.connect(self.to_mapping)
        self.ui.import_button.clicked.connect(self.start_import)
        self.ui.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.to_mapping()

    # --- step 1: the file and its columns ---------------------------------------------------------

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import participant list"),
            "",
            self.tr("Participant lists (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read ``path`` in the background (a hostile file can take long even within
        the limits), with Cancel, then prefill the column choices."""

        def work(_db: Database, progress: Callable[[int, int], None]) -> pi.ParticipantTable:
            return pi.read_table(path, progress)

        def failed(message: str) -> None:
            self.ui.status_label.setText(
                self.tr("{name} cannot be read: {reason}").format(
                    name=path.name, reason=printable(message, 400)
                )
            )

        self._run(
            work,
            read_only=True,
            done=lambda table: self._show_table(path, table),
            text=self.tr("Reading {name}…").format(name=path.name),
            failed=failed,
            cancellable=True,
        )

    def _show_table(self, path: Path, table: pi.ParticipantTable) -> None:
        self._table = table
        self.ui.file_edit.setText(str(path))
        self.preview.set_table(table)
        self.ui.preview_view.resizeColumnsToContents()
        guessed = pi.guess_mapping(table.headers)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("Column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(max(combo.findData(guessed.get(name)), 0) if name in guessed else 0)
        self.ui.notes_label.setText("\n".join(table.notes))
        self.ui.status_label.setText(
            self.tr("%Ln row(s). Check the columns, then Review.", "", len(table.rows))
        )
        self.to_mapping()

    def mapping(self) -> dict[str, int]:
        return {
            name: combo.currentData()
            for name, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def to_mapping(self) -> None:
        self.ui.steps.setCurrentWidget(self.ui.mapping_page)
        self._update_buttons()

    # --- step 2: the review -------------------------------------------------------------------------

    def to_review(self) -> None:
        table, mapping = self._table, self.mapping()
        if table is None:
            return
        if "name" not in mapping:
            self.ui.status_label.setText(self.tr("Choose the column that holds the participants' names."))
            return

        column = mapping["name"]
        file_names = {
            number: row[column] if column < len(row) else ""
            for number, row in zip(table.row_numbers, table.rows, strict=False)
        }

        def work(db: Database, _progress: Callable[[int, int], None]) -> tuple[Any, ...]:
            plan = pi.plan_table(db, table, mapping)
            keys = [r.person for r in plan.rows if r.existing]
            return plan, {p.id: p.name for p in repository.people_by_keys(db, keys)}, file_names

        self._run(work, read_only=True, done=self._show_plan, text=self.tr("Comparing with the register…"))

    def _show_plan(self, result: Any) -> None:
        plan, names, file_names = result
        self.plan = plan
        self.review.set_plan(plan, names, file_names)
        self.ui.review_view.resizeColumnsToContents()
        new, known = len(plan.rows) - len(plan.matched), len(plan.matched)
        text = self.tr("%Ln new person(s)", "", new) + self.tr(", %Ln already in the register", "", known)
        if plan.errors:
            text += self.tr("; %Ln row(s) with errors left out", "", len(plan.errors))
        self.ui.summary_label.setText(text + ".")
        self.ui.status_label.setText("")
        self.ui.steps.setCurrentWidget(self.ui.review_page)
        self._update_buttons()

    def start_import(self) -> None:
        plan = self.plan
        if plan is None or not plan.rows:
            return
        side = Side(self.ui.default_side_combo.currentData())
        role_value = self.ui.default_role_combo.currentData()
        role = Role(role_value) if role_value else None
        # Rows in error were named in the review and are left out.
        added = self._apply(plan, side, role)
        self.imported.emit(added)
        self.accept()

    # --- shared ---------------------------------------------------------------------------------------

    def _run(
        self,
        work: Any,
        *,
        read_only: bool,
        done: Callable[[Any], None],
        text: str,
        failed: Callable[[str], None] | None = None,
        cancellable: bool = False,
    ) -> None:
        task = DatabaseTask(
            self._register, work, read_only=read_only, failures=(pi.ImportProblem,), parent=self
        )
        self.task = task
        self.ui.status_label.setText(text)
        task.finished.connect(done)
        task.failed.connect(failed or (lambda message: self.ui.status_label.setText(printable(message, 400))))
        task.cancelled.connect(
            lambda: self.ui.status_label.setText(self.tr("Reading the file was cancelled."))
        )
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_args: self._forget(task))
        if cancellable:
            self.progress = progress_dialog(self, task, text, cancellable=True)
        self._update_buttons()
        task.start()

    def _forget(self, task: DatabaseTask) -> None:
        task.wait()
        if self.task is task:
            self.task = None
        task.deleteLater()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None
        on_review = self.ui.steps.currentWidget() is self.ui.review_page
        self.ui.back_button.setEnabled(on_review and not busy)
        self.ui.next_button.setVisible(not on_review)
        self.ui.next_button.setEnabled(self._table is not None and not busy)
        self.ui.import_button.setVisible(on_review)
        self.ui.import_button.setEnabled(on_review and not busy and bool(self.plan and self.plan.rows))
        self.ui.browse_button.setEnabled(not busy)
        (self.ui.import_button if on_review else self.ui.next_button).setDefault(True)

    def reject(self) -> None:
        if self.task is not None:
            # Reading a file stops; an import under way finishes (one transaction); a plan is quick.
            self.task.cancel()
            return
        super().reject()
