"""Shared plumbing of the tabs that are a table with Add / Remove and a problem line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView

from delegation_planner.ui.editor.tab import EditorTab
from delegation_planner.ui.models.record_table import RecordTableModel

MAX_LISTED_PROBLEMS = 4

_EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)

# The texts of this base class are looked up in its own context: self.tr() would look
# them up under each subclass's name, where pyside6-lupdate does not put them.
_tr = QCoreApplication.translate


class TableTab(EditorTab):
    """Binds a ``RecordTableModel`` to a view, a Remove button (and Del) and a problem label."""

    def bind_table(
        self,
        view: QTableView,
        model: RecordTableModel[Any],
        remove_button: QPushButton,
        problem_label: QLabel,
    ) -> None:
        self._view, self._model, self._remove_button, self._problem_label = (
            view,
            model,
            remove_button,
            problem_label,
        )
        view.setModel(model)
        view.setEditTriggers(_EDITING)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Rows fitted to long text must still not shrink below a comfortable single line.
        row_height = view.fontMetrics().height() + 12
        view.verticalHeader().setDefaultSectionSize(row_height)
        view.verticalHeader().setMinimumSectionSize(row_height)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        remove_button.clicked.connect(self.remove_selected)
        # Del removes the selected rows. An event filter rather than a QShortcut: it must act
        # only when the table has the focus, never while a cell editor is open.
        view.installEventFilter(self)
        model.edited.connect(self._model_edited)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._read_only = False
        self._update_problems()
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Delete)
            and self._view.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def remove_selected(self) -> None:
        if self._read_only:
            return
        rows = {index.row() for index in self._view.selectionModel().selectedRows()}
        if not rows and self._view.currentIndex().isValid():
            rows = {self._view.currentIndex().row()}
        if rows:
            self._model.remove_rows(rows)

    def _model_edited(self) -> None:
        self._update_problems()
        self._update_buttons()
        self.changed.emit()

    def _update_problems(self) -> None:
        found = self._model.problems()
        shown = found[:MAX_LISTED_PROBLEMS]
        if len(found) > len(shown):
            shown.append(_tr("TableTab", "… and {count} more.").format(count=len(found) - len(shown)))
        self._problem_label.setText("\n".join(shown))
        self._problem_label.setVisible(bool(found))

    def _update_buttons(self) -> None:
        has_rows = self._model.rowCount() > 0
        self._remove_button.setEnabled(has_rows and not self._read_only)

    def problems(self) -> list[str]:
        return self._model.problems()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else _EDITING)
        self._update_buttons()
