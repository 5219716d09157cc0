"""Writing a Word document from the editor: refuse while unsaved, ask where, write, say so.

The documents (decision basis, visit memo) are written from the *stored*
delegation, because the core reads the register; a document that does not show
what is on screen would mislead its readers. Each document supplies its own
words (translated where they are written, so lupdate sees the literals) and the
function that writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.domain.records import Delegation
from delegation_planner.ui import save_locations

LANGUAGES = (("Svenska", "sv"), ("Dansk", "da"), ("English", "en"))


@dataclass(frozen=True)
class DocumentWords:
    """What the user is told about one kind of document; ``{path}`` and ``{reason}`` are filled in."""

    title: str  # the message boxes' title: "Decision basis"
    save_new_first: str
    save_first: str
    caption: str  # the file dialog's: "Write decision basis"
    file_filter: str
    not_written_title: str
    not_written_to: str  # an OSError: "… could not be written to {path}: {reason}."
    not_written: str  # any other known failure: "… could not be written: {reason}"
    written_title: str
    kind: str  # which folder it remembers (save_locations.MEMO, BASIS)


def write_document_interactively(
    parent: QWidget,
    words: DocumentWords,
    delegation: Delegation,
    unsaved: bool,
    file_name: str,
    write: Callable[[Path], Path],
    failures: tuple[type[Exception], ...] = (),
) -> Path | None:
    """Ask for a file, ``write`` the document there and offer to open it; the path written, or None.

    ``failures`` are the writer's own refusals (an unusable template, a missing record);
    they are shown in the writer's words rather than as a crash.
    """
    if not delegation.id:
        QMessageBox.information(parent, words.title, words.save_new_first)
        return None
    if unsaved:
        QMessageBox.information(parent, words.title, words.save_first)
        return None
    path = save_locations.ask_save_path(
        parent, words.kind, words.caption, file_name, words.file_filter, ".docx"
    )
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write(path)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        reason = error.strerror or str(error)
        QMessageBox.warning(
            parent, words.not_written_title, words.not_written_to.format(path=path, reason=reason)
        )
        return None
    except failures as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, words.not_written_title, words.not_written.format(reason=error))
        return None
    QGuiApplication.restoreOverrideCursor()
    save_locations.announce_written(parent, written, words.written_title)
    return written
