"""File ▸ Import and File ▸ Export: the interchange file, with the user told what happened.

An import is all or nothing (``interchange.service.import_file``); a refused file
lists every problem the reader found, each naming its place in the file, so the
sender can fix them all in one go. Large imports show a progress dialog fed by
the import's progress callback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlite_utils import Database

from delegation_planner.storage.errors import StorageError

# Files smaller than this import in well under a second: no progress dialog.
PROGRESS_THRESHOLD_BYTES = 512 * 1024
MAX_PROBLEMS_SHOWN = 200

_tr = QCoreApplication.translate


def import_into(parent: QWidget, db: Database, path: Path) -> bool:
    """Import ``path`` into ``db``; True if something was imported."""
    # Imported here so the window starts without the interchange reader loaded.
    from delegation_planner.interchange.errors import InterchangeError
    from delegation_planner.interchange.service import import_file

    title = _tr("FileTransfer", "Import")
    progress = _progress_dialog(parent, path)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        summary = import_file(db, path, report)
    except InterchangeError as error:
        _restore(progress)
        show_problems(parent, path, error.problems, error.truncated)
        return False
    except (StorageError, OSError) as error:
        _restore(progress)
        QMessageBox.warning(
            parent,
            title,
            _tr("FileTransfer", "{name} was not imported: {reason}").format(
                name=path.name, reason=getattr(error, "strerror", None) or error
            ),
        )
        return False
    _restore(progress)
    QMessageBox.information(
        parent,
        title,
        _tr("FileTransfer", "Imported {name}:\n{summary}.").format(name=path.name, summary=summary),
    )
    return True


def _progress_dialog(parent: QWidget, path: Path) -> QProgressDialog | None:
    try:
        large = path.stat().st_size >= PROGRESS_THRESHOLD_BYTES
    except OSError:
        large = False
    if not large:
        return None
    # No Cancel button: the import is one transaction and cannot stop half-way.
    dialog = QProgressDialog(
        _tr("FileTransfer", "Importing {name}…").format(name=path.name), "", 0, 0, parent
    )
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)
    return dialog


def _restore(progress: QProgressDialog | None) -> None:
    QApplication.restoreOverrideCursor()
    if progress is not None:
        progress.close()
        progress.deleteLater()


def show_problems(parent: QWidget, path: Path, problems: list[str], truncated: bool = False) -> None:
    """Every problem of a refused file, in a dialog whose details can be copied."""
    shown = problems[:MAX_PROBLEMS_SHOWN]
    lines = list(shown)
    if truncated or len(problems) > len(shown):
        lines.append(_tr("FileTransfer", "… and more problems after these."))
    count = len(problems)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("FileTransfer", "Import"))
    box.setText(_tr("FileTransfer", "{name} was not imported; nothing was changed.").format(name=path.name))
    if count == 1:
        box.setInformativeText(problems[0])
    else:
        box.setInformativeText(
            _tr("FileTransfer", "The file has {count} problems; the first is:\n{first}").format(
                count=f"{count}+" if truncated else count, first=problems[0]
            )
        )
    box.setDetailedText("\n".join(lines))
    box.setObjectName("import_problems")
    box.exec()


def export_to(parent: QWidget, db: Database, path: Path) -> bool:
    from delegation_planner.interchange.service import export_file

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_file(db, path)
    except OSError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            parent,
            _tr("FileTransfer", "Export"),
            _tr("FileTransfer", "Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror or error
            ),
        )
        return False
    QApplication.restoreOverrideCursor()
    status = getattr(parent, "statusBar", None)
    if callable(status):
        status().showMessage(_tr("FileTransfer", "Exported the register to {path}").format(path=path), 8000)
    return True
