"""Writing the GRIP decision basis from the editor: ask where, write in a task, log, offer to open.

The basis is written from the *stored* delegation (``write_basis`` reads the
register), so it refuses while the editor holds unsaved changes: a basis that
does not show what is on screen would mislead the presidium.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from delegation_planner.documents.basis import suggested_file_name, write_basis
from delegation_planner.domain.records import Delegation
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask
from delegation_planner.ui.dialogs.document_settings import case_officer
from delegation_planner.ui.editor.document_export import (
    LANGUAGES,
    DocumentLog,
    DocumentWords,
    write_document_interactively,
)
from delegation_planner.ui.file_writing import FileWriter

__all__ = ["LANGUAGES", "write_basis_interactively"]

_tr = QCoreApplication.translate


def _words() -> DocumentWords:
    return DocumentWords(
        title=_tr("Basis", "Decision basis"),
        save_new_first=_tr("Basis", "Save the new delegation first, so the basis shows what is stored."),
        save_first=_tr("Basis", "Save first so the basis shows what is stored."),
        caption=_tr("Basis", "Write decision basis"),
        file_filter=_tr("Basis", "Word documents (*.docx)"),
        writing=_tr("Basis", "Writing the decision basis…"),
        not_written_title=_tr("Basis", "Not written"),
        not_written=_tr("Basis", "The decision basis could not be written to {path}: {reason}."),
        written_title=_tr("Basis", "Decision basis written"),
        kind=save_locations.BASIS,
    )


def write_basis_interactively(
    parent: QWidget,
    files: FileWriter,
    db: Database,
    delegation: Delegation,
    unsaved: bool,
    lang: str,
    reference: str,
    on_written: Callable[[Path], None],
) -> DatabaseTask | None:
    """Ask for a file and start writing the basis there; the task, or None if refused or cancelled."""
    officer = case_officer()
    key = delegation.id

    def write(task_db: Database, path: Path, stamp: str) -> Path:
        return write_basis(task_db, key, path, lang, officer=officer, reference=stamp)

    return write_document_interactively(
        parent,
        files,
        _words(),
        delegation,
        unsaved,
        suggested_file_name(delegation, lang),
        write,
        DocumentLog(db, "basis", lang, reference, key),
        on_written,
        (StorageError, ValueError),
    )
