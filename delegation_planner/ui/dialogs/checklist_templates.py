"""Settings ▸ Checklist templates: the items a new delegation's checklist starts with.

One table per direction. Nothing is written until Save; "Restore defaults"
fills both tables with the program's own lists (``domain.checklist.default_template``),
including the automatic "GRIP decision recorded" item with its marker. The few
rows of a template save in a blink, so this runs on the GUI thread.

Keyboard: Ins adds an item, Del removes the selected one, Alt+Up/Alt+Down move it,
F2 (or typing) edits the cell.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.checklist import ChecklistItem, default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.storage.checklists import load_template, save_template
from delegation_planner.storage.errors import DatabaseError, StorageError
from delegation_planner.storage.office_store import load_office
from delegation_planner.ui.generated.ui_checklist_templates import Ui_ChecklistTemplatesDialog
from delegation_planner.ui.labels.enums import core_word
from delegation_planner.ui.models.checklist_template_model import (
    DAYS,
    MAX_DAYS_BEFORE,
    OWNER,
    TEXT,
    TICKED,
    ChecklistTemplateModel,
)
from delegation_planner.ui.widgets.delegates import DaysBeforeDelegate


class ChecklistTemplatesDialog(QDialog):
    def __init__(self, db: Database, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistTemplatesDialog()
        self.ui.setupUi(self)
        self._db = db
        self._read_only = read_only
        self.models = {
            Direction.OUTBOUND: ChecklistTemplateModel(load_template(db, Direction.OUTBOUND), self),
            Direction.INBOUND: ChecklistTemplateModel(load_template(db, Direction.INBOUND), self),
        }
        self.views = {Direction.OUTBOUND: self.ui.outbound_view, Direction.INBOUND: self.ui.inbound_view}
        self._delegate = DaysBeforeDelegate(MAX_DAYS_BEFORE, self, frame=False)
        buttons = self.ui.button_box
        # Both are None in a read-only dialog, which has only Close.
        self.save_button: QPushButton | None = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.restore_button: QPushButton | None = buttons.button(
            QDialogButtonBox.StandardButton.RestoreDefaults
        )
        for direction, view in self.views.items():
            self._setup_view(view, self.models[direction])
        buttons.clicked.connect(self._on_button)
        buttons.rejected.connect(self.reject)
        self.ui.add_button.clicked.connect(self.add_item)
        self.ui.remove_button.clicked.connect(self.remove_item)
        self.ui.up_button.clicked.connect(lambda: self.move_item(-1))
        self.ui.down_button.clicked.connect(lambda: self.move_item(1))
        self.ui.direction_tabs.currentChanged.connect(lambda _i: self._update())
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_item),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_item),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), lambda: self.move_item(-1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), lambda: self.move_item(1)),
        ):
            for view in self.views.values():
                shortcut = QShortcut(keys, view)
                shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(slot)
        if read_only:
            self.setWindowTitle(self.tr("Checklist templates (read-only)"))
            for widget in (self.ui.add_button, self.ui.remove_button, self.ui.up_button, self.ui.down_button):
                widget.setVisible(False)
            for view in self.views.values():
                view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)  # deletes Save and Restore
            self.save_button = self.restore_button = None
        self._update()

    def _setup_view(self, view: QTableView, model: ChecklistTemplateModel) -> None:
        view.setModel(model)
        view.setItemDelegateForColumn(DAYS, self._delegate)
        header = view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 150), (DAYS, 95), (TICKED, 210)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        model.dataChanged.connect(lambda *_: self._update())
        model.rowsInserted.connect(lambda *_: self._update())
        model.rowsRemoved.connect(lambda *_: self._update())
        model.modelReset.connect(lambda *_: self._update())
        if model.rowCount():
            view.setCurrentIndex(model.index(0, TEXT))

    # --- the current table ------------------------------------------------------------------

    def current_direction(self) -> Direction:
        return Direction.OUTBOUND if self.ui.direction_tabs.currentIndex() == 0 else Direction.INBOUND

    def _current(self) -> tuple[QTableView, ChecklistTemplateModel, int]:
        direction = self.current_direction()
        view = self.views[direction]
        return view, self.models[direction], view.currentIndex().row()

    def add_item(self) -> None:
        if self._read_only:
            return
        view, model, row = self._current()
        row = model.insert_item(row + 1 if row >= 0 else model.rowCount(), ChecklistItem(text=""))
        index = model.index(row, TEXT)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def remove_item(self) -> None:
        view, model, row = self._current()
        if self._read_only or row < 0:
            return
        model.remove_item(row)
        if model.rowCount():
            view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), TEXT))

    def move_item(self, delta: int) -> None:
        view, model, row = self._current()
        if self._read_only or row < 0:
            return
        column = max(view.currentIndex().column(), 0)
        view.setCurrentIndex(model.index(model.move_item(row, delta), column))

    def _update(self) -> None:
        _view, model, row = self._current()
        writable = not self._read_only
        self.ui.remove_button.setEnabled(writable and row >= 0)
        self.ui.up_button.setEnabled(writable and row > 0)
        self.ui.down_button.setEnabled(writable and 0 <= row < model.rowCount() - 1)
        problems = [f"{self._direction_label(d)}: {p}" for d, m in self.models.items() for p in m.problems()]
        # The ⚠ marks the problems without relying on colour.
        self.ui.problem_label.setText("\n".join(f"⚠ {p}" for p in problems))
        self.ui.problem_label.setVisible(bool(problems))
        self.ui.problem_label.setStyleSheet("color: #b00020;" if problems else "")
        if self.save_button is not None:
            self.save_button.setEnabled(writable and not problems)

    def _direction_label(self, direction: Direction) -> str:
        return core_word(direction)

    # --- buttons ------------------------------------------------------------------------------

    def _on_button(self, button: QAbstractButton) -> None:
        if button is self.restore_button:
            # The program's items in the office's language, naming its own decision body.
            office = load_office(self._db)
            language = office.document_language
            for direction, model in self.models.items():
                model.set_items(default_template(direction, language, office.body(language).decision))
        elif button is self.save_button:
            self.save()

    def save(self) -> None:
        if self._read_only or any(m.problems() for m in self.models.values()):
            return
        try:
            with self._db.atomic():  # both directions or neither
                for direction, model in self.models.items():
                    save_template(self._db, direction, model.items())
        except (DatabaseError, StorageError) as error:
            QMessageBox.warning(
                self,
                self.tr("Checklist templates"),
                self.tr("The templates were not saved: {0}").format(error),
            )
            return
        self.accept()
