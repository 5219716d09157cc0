"""The files kept with a delegation or an agreement: add, open, save out, remove.

Adding and removing are part of the record's edit: they are stored when the
record is saved, in the same transaction, and Discard leaves the register as it
was. Opening writes a temporary copy and hands it to the system's viewer (a PDF
reader, a picture viewer), which cannot read from inside the register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.storage.attachments import (
    Attachment,
    Owner,
    add_attachment,
    attachment_data,
    list_attachments,
    read_file_checked,
    remove_attachment,
    size_text,
)
from delegation_planner.storage.database import database_file
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.lifecycle import current_user
from delegation_planner.ui import save_locations
from delegation_planner.ui.file_writing import FileWriter, ViewerCopies, literal
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.save_locations import documents_folder


@dataclass
class _Row:
    name: str
    size: int
    added_on: dt.date
    added_by: str
    stored: Attachment | None = None  # None: added here, not saved yet
    data: bytes | None = None  # the bytes of a file added here


class AttachmentsPanel(QWidget):
    changed = Signal()

    def __init__(self, db: Database, owner: Owner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._owner = owner
        self._key: str | None = None
        self._rows: list[_Row] = []
        self._removed: list[int] = []
        self._read_only = False
        self._viewer = ViewerCopies()
        # Save as… takes the window's one way to write a file (a stored file is read in the task).
        self.files = FileWriter(self, lambda: database_file(db))

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("attachments_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("By")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.save_button = QPushButton(self.tr("Sa&ve as…"), self)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.add_button.setToolTip(
            self.tr(
                "Keep a file with this record: an invitation, a signed agreement, a decision letter, a photo"
            )
        )
        # Not connected directly: clicked(bool) would hand its False in as the paths.
        self.add_button.clicked.connect(lambda _checked=False: self.add_files())
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(lambda _checked=False: self.save_current())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- state ----------------------------------------------------------------------------------

    def load(self, key: str | None) -> None:
        """Show the files of the record ``key`` (None: a new record, nothing stored yet)."""
        self._key = key or None
        self._removed = []
        stored = list_attachments(self._db, self._owner, key) if key else []
        self._rows = [_Row(a.name, a.size, a.added_on, a.added_by, stored=a) for a in stored]
        self._show()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def count(self) -> int:
        return len(self._rows)

    def names(self) -> list[str]:
        return [row.name for row in self._rows]

    def is_modified(self) -> bool:
        return bool(self._removed) or any(row.stored is None for row in self._rows)

    def save(self, db: Database, key: str) -> None:
        """Store what was added and removed here; call inside the record's own transaction."""
        for attachment_id in self._removed:
            remove_attachment(db, attachment_id)
        for row in self._rows:
            if row.stored is None and row.data is not None:
                add_attachment(db, self._owner, key, row.name, row.data, by=row.added_by, today=row.added_on)

    def after_save(self, key: str) -> None:
        self.load(key)

    # --- commands -------------------------------------------------------------------------------

    def add_files(self, paths: list[Path] | None = None) -> None:
        if self._read_only:
            return
        if paths is None:
            chosen, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Add attachments"), str(documents_folder()), self.tr("All files (*)")
            )
            paths = [Path(p) for p in chosen]
        refused: list[str] = []
        for path in paths:
            try:
                data = read_file_checked(path)
            except StorageError as error:
                refused.append(str(error))
                continue
            except OSError as error:
                refused.append(
                    self.tr("{name}: {reason}").format(name=path.name, reason=error.strerror or error)
                )
                continue
            self._rows.append(_Row(path.name, len(data), dt.date.today(), current_user(), None, data))
        self._show()
        if len(refused) < len(paths):
            self.changed.emit()
        if refused:
            QMessageBox.warning(self, self.tr("Not added"), "\n\n".join(refused))

    def _current(self) -> _Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _data(self, row: _Row) -> bytes | None:
        if row.data is not None:
            return row.data
        assert row.stored is not None
        try:
            return attachment_data(self._db, row.stored.id)
        except StorageError as error:
            QMessageBox.information(self, self.tr("Attachment"), str(error))
            return None

    def open_current(self) -> None:
        """A temporary copy, opened with the system's viewer for its kind of file."""
        row = self._current()
        data = self._data(row) if row else None
        if row is None or data is None:
            return
        self._viewer.open(self, row.name, data)

    def save_current(self, target: Path | None = None) -> None:
        row = self._current()
        if row is None:
            return
        asked = target is None
        if target is None:
            # The window's save dialog: the folder attachments were last saved to.
            target = save_locations.ask_save_path(
                self,
                save_locations.ATTACHMENT,
                self.tr("Save attachment"),
                row.name,
                "",
                Path(row.name).suffix.lower(),
            )
            if target is None:
                return
        kept, stored = row.data, row.stored

        def read(db: Database) -> bytes:
            # Added here and not saved yet: its bytes are at hand; else read in the task.
            if kept is not None:
                return kept
            assert stored is not None  # a row is either added here or stored
            return attachment_data(db, stored.id)

        self.files.save_bytes(
            target,
            read,
            self.tr("Saving {name}…").format(name=row.name),
            title=self.tr("Not saved"),
            not_done=self.tr("{name} was not saved: {reason}").replace("{name}", literal(row.name)),
            failures=(StorageError,),
            announce=self.tr("Save attachment") if asked else None,
        )

    def remove_current(self) -> None:
        row = self._current()
        if row is None or self._read_only:
            return
        self._rows.remove(row)
        if row.stored is not None:
            self._removed.append(row.stored.id)
        self._show()
        self.changed.emit()

    # --- showing --------------------------------------------------------------------------------

    def _show(self) -> None:
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            held = row.stored is None or row.stored.held
            size = size_text(row.size) if held else self.tr("name only")
            added = date_text(row.added_on) + ("" if row.stored else " " + self.tr("(not saved yet)"))
            for column, text in enumerate([row.name, size, added, row.added_by]):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    text if held else self.tr("Listed in another office's file, which carries no files.")
                )
                self.table.setItem(index, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self._current() is not None
        self.add_button.setEnabled(not self._read_only)
        self.open_button.setEnabled(selected)
        self.save_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not self._read_only)
