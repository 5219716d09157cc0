"""Writing the visit memo from the editor: the basis's way (``document_export``), plus the memo's own refusal.

Contract §3: no memo without the policy's number of complete follow-up points.
The refusal is checked on the delegation *as edited* first, in the core's exact
words, because saving would not help; only then is an unsaved editor told to save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.documents.memo import (
    MemoRefused,
    missing_follow_up,
    not_taken_place,
    suggested_file_name,
    write_memo,
)
from delegation_planner.documents.template import TemplateError
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import Delegation
from delegation_planner.storage.errors import StorageError
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask
from delegation_planner.ui.dialogs.document_settings import case_officer
from delegation_planner.ui.editor.document_export import (
    DocumentLog,
    DocumentWords,
    write_document_interactively,
)
from delegation_planner.ui.file_writing import FileWriter

_tr = QCoreApplication.translate


def _words() -> DocumentWords:
    return DocumentWords(
        title=_tr("Memo", "Visit memo"),
        save_new_first=_tr("Memo", "Save the new delegation first, so the memo shows what is stored."),
        save_first=_tr("Memo", "Save first so the memo shows what is stored."),
        caption=_tr("Memo", "Write visit memo"),
        file_filter=_tr("Memo", "Word documents (*.docx)"),
        writing=_tr("Memo", "Writing the visit memo…"),
        not_written_title=_tr("Memo", "Memo not written"),
        not_written=_tr("Memo", "The visit memo could not be written to {path}: {reason}."),
        written_title=_tr("Memo", "Visit memo written"),
        kind=save_locations.MEMO,
    )


def write_memo_interactively(
    parent: QWidget,
    files: FileWriter,
    db: Database,
    delegation: Delegation,
    policy: PolicyProfile,
    unsaved: bool,
    lang: str,
    reference: str,
    on_written: Callable[[Path], None],
) -> DatabaseTask | None:
    """Refuse, or ask for a file and start writing the memo there; the task, or None.

    A memo reports a visit that took place; before the end date the person is asked
    whether to write it anyway (a draft to fill in after the trip, say)."""
    refusal = missing_follow_up(delegation, policy)
    if refusal:
        QMessageBox.warning(parent, _tr("Memo", "Visit memo refused"), refusal)
        return None
    early = not_taken_place(delegation, dt.date.today()) is not None
    if early:
        answer = QMessageBox.question(
            parent,
            _tr("Memo", "Visit memo"),
            _tr("Memo", "This visit has not taken place yet; write the memo anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    officer = case_officer()
    key = delegation.id

    def write(task_db: Database, path: Path, stamp: str) -> Path:
        return write_memo(task_db, key, path, lang, officer=officer, before_the_visit=early, reference=stamp)

    return write_document_interactively(
        parent,
        files,
        _words(),
        delegation,
        unsaved,
        suggested_file_name(delegation, lang),
        write,
        DocumentLog(db, "memo", lang, reference, key),
        on_written,
        # MemoRefused here means the stored policy asks more than the one the tab loaded.
        (MemoRefused, TemplateError, StorageError, ValueError),
    )
