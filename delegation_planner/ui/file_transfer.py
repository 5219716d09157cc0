"""File ▸ Import and File ▸ Export: the interchange file, with the user told what happened.

An import is all or nothing (``interchange.service.import_file``); a refused file
lists every problem the reader found, each naming its place in the file, so the
sender can fix them all in one go. Both run in a worker on their own connection
(``db_task``), with a progress dialog for work that lasts. The import offers
Cancel: it is one transaction, and Cancel stops it at its next progress report,
before the commit, so the register is left exactly as it was. The export writes
the file in one go (no progress to stop at), so it shows progress without Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.ui.db_task import DatabaseTask, progress_dialog
from delegation_planner.ui.file_writing import FileWriter

MAX_PROBLEMS_SHOWN = 200
# What the reader says when the file is no JSON (or no text) at all.
_NOT_JSON = ("file: is not valid JSON", "file: is not UTF-8 text")

_tr = QCoreApplication.translate


def import_into(
    parent: QWidget, register: Path | str, path: Path, imported: Callable[[], None] = lambda: None
) -> DatabaseTask:
    """Import ``path`` into the register file ``register`` in the background;
    ``imported`` is called once something was imported."""
    # Imported here so the window starts without the interchange reader loaded.
    from delegation_planner.interchange.errors import InterchangeError
    from delegation_planner.interchange.service import import_file

    title = _tr("FileTransfer", "Import")
    task = DatabaseTask(
        register,
        lambda db, progress: import_file(db, path, progress),
        read_only=False,
        failures=(InterchangeError,),
        parent=parent,
    )
    dialog = progress_dialog(
        parent, task, _tr("FileTransfer", "Importing {name}…").format(name=path.name), cancellable=True
    )

    def failed(error: object) -> None:
        if isinstance(error, InterchangeError):
            show_problems(parent, path, error.problems, error.truncated)
            return
        reason = getattr(error, "strerror", None) or error
        QMessageBox.warning(
            parent,
            title,
            _tr("FileTransfer", "{name} was not imported: {reason}").format(name=path.name, reason=reason),
        )

    def succeeded(summary: object) -> None:
        QMessageBox.information(
            parent,
            title,
            _tr("FileTransfer", "Imported {name}:\n{summary}.").format(name=path.name, summary=summary),
        )
        imported()

    task.error.connect(failed)
    task.finished.connect(succeeded)
    task.cancelled.connect(
        lambda: QMessageBox.information(
            parent,
            title,
            _tr("FileTransfer", "The import of {name} was cancelled; the register is unchanged.").format(
                name=path.name
            ),
        )
    )
    _clean_up(task, dialog)
    task.start()
    return task


def _clean_up(task: DatabaseTask, dialog: QObject) -> None:
    def forget(*_args: object) -> None:
        task.wait()  # the thread is finishing; let it end before the object goes
        dialog.deleteLater()
        task.deleteLater()

    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(forget)


def is_not_interchange(path: Path, problems: list[str]) -> bool:
    """True when the file is not JSON at all (a CSV or a spreadsheet picked by mistake),
    rather than an interchange file with a fault in it: it does not begin as JSON does."""
    if len(problems) != 1 or not problems[0].startswith(_NOT_JSON):
        return False
    try:
        with path.open("rb") as file:
            start = file.read(256)
    except OSError:
        return False
    start = start.removeprefix(b"\xef\xbb\xbf").lstrip()
    return not start.startswith((b"{", b"["))


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
    if is_not_interchange(path, problems):
        # The reader's words (line 1, column 1) stay in the details for whoever asks.
        box.setInformativeText(
            _tr("FileTransfer", "This is not an interchange file (a delegation-planner JSON file).")
        )
    elif count == 1:
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


def export_to(files: FileWriter, path: Path) -> DatabaseTask:
    """Write the whole register to ``path`` in the background (the window's one way to write a file)."""
    from delegation_planner.interchange.service import export_file

    title = _tr("FileTransfer", "Export")
    task = files.run(
        lambda db, _progress: export_file(db, path),
        _tr("FileTransfer", "Exporting to {name}…").format(name=path.name),
        title=title,
        # {reason} is filled in by the writer, from the error.
        not_done=_tr("FileTransfer", "Cannot write {path}: {reason}.").format(path=path, reason="{reason}"),
    )
    task.finished.connect(lambda _result: files.announce(path, title))
    task.start()
    return task
