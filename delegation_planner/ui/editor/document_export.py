"""Writing a Word document from the editor: refuse while unsaved, ask where, write, open.

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

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from delegation_planner.domain.records import Delegation

LANGUAGES = (("Svenska", "sv"), ("Dansk", "da"), ("English", "en"))


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


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
    written_not_opened: str


def write_document_interactively(
    parent: QWidget,
    words: DocumentWords,
    delegation: Delegation,
    unsaved: bool,
    file_name: str,
    write: Callable[[Path], Path],
    failures: tuple[type[Exception], ...] = (),
) -> Path | None:
    """Ask for a file, ``write`` the document there and open it; the path written, or None.

    ``failures`` are the writer's own refusals (an unusable template, a missing record);
    they are shown in the writer's words rather than as a crash.
    """
    if not delegation.id:
        QMessageBox.information(parent, words.title, words.save_new_first)
        return None
    if unsaved:
        QMessageBox.information(parent, words.title, words.save_first)
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, words.caption, str(documents_folder() / file_name), words.file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
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
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
        QMessageBox.information(parent, words.written_title, words.written_not_opened.format(path=written))
    return written
