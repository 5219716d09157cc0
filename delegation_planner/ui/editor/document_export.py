"""Writing a Word document from the editor: refuse while unsaved, ask where, write, log, say so.

The documents (decision basis, visit memo) are written from the *stored*
delegation, because the core reads the register; a document that does not show
what is on screen would mislead its readers. They take the window's one way to
write a file (``ui/file_writing.FileWriter``): the kind's remembered folder, the
writing in a task off the GUI thread, a failure in words, *Open* and *Show in
folder* afterwards. Once written, the document is logged in the document register
with its reference (typed, or proposed from the office's pattern) printed on it,
before the person is told where it is. Each document supplies its own words
(translated where they are written, so lupdate sees the literals) and the
function that writes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain.records import Delegation
from delegation_planner.ui.db_task import DatabaseTask
from delegation_planner.ui.file_writing import FileWriter, literal
from delegation_planner.ui.widgets.document_log_panel import ask_and_log

LANGUAGES = (("Svenska", "sv"), ("Dansk", "da"), ("English", "en"))


@dataclass(frozen=True)
class DocumentWords:
    """What the user is told about one kind of document; ``{reason}`` is filled in."""

    title: str  # the message boxes' title: "Decision basis"
    save_new_first: str
    save_first: str
    caption: str  # the file dialog's: "Write decision basis"
    file_filter: str
    writing: str  # the progress dialog's: "Writing the decision basis…"
    not_written_title: str
    not_written: str  # "… could not be written to {path}: {reason}."
    written_title: str
    kind: str  # which folder it remembers (save_locations.MEMO, BASIS)


@dataclass(frozen=True)
class DocumentLog:
    """How a written document is entered in the document register."""

    db: Database  # the editor's connection: the log is written on the GUI thread, after the task
    kind: str  # "memo", "basis"
    lang: str
    reference: str  # typed; "" for the one proposed from the office's pattern
    delegation: str


def write_document_interactively(
    parent: QWidget,
    files: FileWriter,
    words: DocumentWords,
    delegation: Delegation,
    unsaved: bool,
    file_name: str,
    write: Callable[[Database, Path, str], Path],
    log: DocumentLog,
    on_written: Callable[[Path], None],
    failures: tuple[type[Exception], ...] = (),
) -> DatabaseTask | None:
    """Ask for a file and start writing the document there; the task, or None if refused or cancelled.

    ``write`` runs in the task on its own connection, with the reference to print in the
    document's header (typed, or proposed there). ``failures`` are the writer's own
    refusals (an unusable template, a missing record); they are shown in the writer's
    words rather than as a crash. ``on_written`` hears the path once it is logged and announced.
    """
    if not delegation.id:
        QMessageBox.information(parent, words.title, words.save_new_first)
        return None
    if unsaved:
        QMessageBox.information(parent, words.title, words.save_first)
        return None
    path = files.ask(words.kind, words.caption, file_name, words.file_filter, ".docx")
    if path is None:
        return None
    # The path is filled in now; the reason when the task fails (braces in a path kept as they are).
    where = literal(str(path))
    stamp: list[str] = []

    def work(db: Database, _progress: Callable[[int, int], None]) -> Path:
        from delegation_planner.storage.document_log import reference_for

        # Printed as the document is saved, not by opening and saving it again afterwards.
        stamp.append(reference_for(db, log.reference, dt.date.today()))
        return write(db, path, stamp[-1])

    task = files.run(
        work,
        words.writing,
        title=words.not_written_title,
        not_done=words.not_written.replace("{path}", where),
        failures=failures,
    )

    def finished(result: object) -> None:
        written = Path(str(result))
        ask_and_log(
            parent,
            log.db,
            written,
            log.kind,
            log.lang,
            reference=stamp[-1],
            delegation=log.delegation,
            stamped=True,
        )
        files.announce(written, words.written_title)
        on_written(written)

    task.finished.connect(finished)
    task.start()
    return task
