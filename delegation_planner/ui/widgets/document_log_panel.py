"""The document register in the window: a reference for each document written, and the log.

Every document the window writes takes its reference the same way: a field beside
the command that writes it (the delegation's Attachments tab for the memo and the
decision basis, the Before departure tab for the briefing, the annual report's own
dialog) shows the reference that will be proposed from the office profile's pattern;
the person types another or leaves it empty to accept the proposal (``offer_reference``).
The reference is printed on the document, and the document is logged with its last
version kept (``ask_and_log``). Nothing modal interrupts the writing: the
reference is known before it starts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from delegation_planner.domain.references import MAX_REFERENCE_CHARS
from delegation_planner.storage.document_log import (
    LoggedDocument,
    document_data,
    list_documents,
    log_document,
    propose_reference,
)
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.lifecycle import current_user
from delegation_planner.ui.file_writing import ViewerCopies
from delegation_planner.ui.labels.formatting import date_text

_tr = QCoreApplication.translate


def kind_text(kind: str) -> str:
    labels = {
        "memo": _tr("DocumentRegister", "Visit memo"),
        "basis": _tr("DocumentRegister", "Decision basis"),
        "briefing": _tr("DocumentRegister", "Briefing"),
        "report": _tr("DocumentRegister", "Annual report"),
    }
    return labels.get(kind, kind)


def offer_reference(edit: QLineEdit, db: Database) -> None:
    """Make ``edit`` the place for the next document's reference, the proposal shown in it
    (called again after each document, as the proposal moves on)."""
    edit.setMaxLength(MAX_REFERENCE_CHARS)
    edit.setClearButtonEnabled(True)
    proposed = propose_reference(db, dt.date.today())
    edit.setPlaceholderText(_tr("DocumentRegister", "proposed: {reference}").format(reference=proposed))
    edit.setToolTip(
        _tr(
            "DocumentRegister",
            "The reference (Dnr, diarium or journal number) printed on the document and logged with it. "
            "Left empty, {reference} is used, from the office profile's pattern.",
        ).format(reference=proposed)
    )


def ask_and_log(
    parent: QWidget,
    db: Database,
    written: Path,
    kind: str,
    lang: str,
    *,
    reference: str = "",
    delegation: str | None = None,
    year: int | None = None,
    stamped: bool = False,
) -> str | None:
    """Print the reference (typed, or proposed from the pattern) on a document just written
    (``stamped``: it was printed as the document was saved) and log it; the reference. A
    failure to log is said, not raised: the document was written."""
    try:
        return log_document(
            db,
            written,
            kind,
            lang,
            by=current_user(),
            reference=reference,
            delegation=delegation,
            year=year,
            stamped=stamped,
        )
    except (StorageError, OSError, ValueError) as error:
        QMessageBox.warning(
            parent,
            _tr("DocumentRegister", "Not logged"),
            _tr(
                "DocumentRegister",
                "{name} was written, but could not be logged in the document register: {reason}",
            ).format(name=written.name, reason=error),
        )
        return None


class DocumentLogPanel(QWidget):
    """The documents written for one delegation, newest first; the last version opens again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._key: str | None = None
        self._items: list[LoggedDocument] = []
        self._viewer = ViewerCopies()
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("document_log_table")
        self.table.setHorizontalHeaderLabels(
            [
                _tr("DocumentRegister", "Written"),
                _tr("DocumentRegister", "Reference"),
                _tr("DocumentRegister", "Document"),
                _tr("DocumentRegister", "Language"),
                _tr("DocumentRegister", "By"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.open_button = QPushButton(_tr("DocumentRegister", "Open &again"), self)
        self.open_button.clicked.connect(self.open_current)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("reference_edit")
        reference_label = QLabel(_tr("DocumentRegister", "&Reference for the next document:"), self)
        reference_label.setBuddy(self.reference_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(reference_label)
        buttons.addWidget(self.reference_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, key: str | None) -> None:
        self._key = key
        self.reference_edit.clear()
        offer_reference(self.reference_edit, self._db)
        self._items = list_documents(self._db, delegation=key) if key else []
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            cells = [
                date_text(item.written_on),
                item.reference,
                f"{kind_text(item.kind)} — {item.file_name}",
                item.language,
                item.written_by,
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.open_button.setEnabled(bool(self._items))
        if self._items:
            self.table.selectRow(0)

    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self._items[rows[0].row()]
        try:
            data = document_data(self._db, item.id)
        except StorageError as error:
            QMessageBox.information(self, _tr("DocumentRegister", "Document"), str(error))
            return
        self._viewer.open(self, item.file_name, data)
