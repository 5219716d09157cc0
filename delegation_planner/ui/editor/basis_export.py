"""Writing the GRIP decision basis from the editor: ask where, write, open.

The basis is written from the *stored* delegation (``write_basis`` reads the
register), so it refuses while the editor holds unsaved changes: a basis that
does not show what is on screen would mislead the presidium.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlite_utils import Database

from delegation_planner.documents.basis import suggested_file_name, write_basis
from delegation_planner.domain.records import Delegation
from delegation_planner.storage.errors import StorageError

_tr = QCoreApplication.translate

LANGUAGES = (("Svenska", "sv"), ("Dansk", "da"), ("English", "en"))


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def write_basis_interactively(
    parent: QWidget, db: Database, delegation: Delegation, unsaved: bool, lang: str
) -> Path | None:
    """Ask for a file, write the basis there and open it; the path written, or None."""
    if not delegation.id:
        QMessageBox.information(
            parent,
            _tr("Basis", "Decision basis"),
            _tr("Basis", "Save the new delegation first, so the basis shows what is stored."),
        )
        return None
    if unsaved:
        QMessageBox.information(
            parent,
            _tr("Basis", "Decision basis"),
            _tr("Basis", "Save first so the basis shows what is stored."),
        )
        return None
    default = documents_folder() / suggested_file_name(delegation, lang)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Basis", "Write decision basis"),
        str(default),
        _tr("Basis", "Word documents (*.docx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".docx":
        path = path.with_name(path.name + ".docx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write_basis(db, delegation.id, path, lang)
    except OSError as error:
        QGuiApplication.restoreOverrideCursor()
        reason = error.strerror or str(error)
        QMessageBox.warning(
            parent,
            _tr("Basis", "Not written"),
            _tr("Basis", "The decision basis could not be written to {path}: {reason}.").format(
                path=path, reason=reason
            ),
        )
        return None
    except (StorageError, ValueError) as error:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            _tr("Basis", "Not written"),
            _tr("Basis", "The decision basis could not be written: {reason}").format(reason=error),
        )
        return None
    QGuiApplication.restoreOverrideCursor()
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(written))):
        QMessageBox.information(
            parent,
            _tr("Basis", "Decision basis written"),
            _tr("Basis", "The decision basis was written to {path}, but no program opened it.").format(
                path=written
            ),
        )
    return written
