"""The window's one way to write a file: ask where, write off the GUI thread, say so.

Every document and export written from the window's menus and pages (the annual
report, the workbooks, the briefing) goes the same way:

1. the save dialog starts in the folder files of that kind were last written to
   (``save_locations``), and the right suffix is added when the name lacks it;
2. the file is written in a ``DatabaseTask`` on its own connection, behind a
   progress dialog (with Cancel where the work can stop), through the core's one
   atomic writer, so a failure leaves no half-written file;
3. a failure is said in plain words with the file's name; success is announced
   with *Open* and *Show in folder*.

The caller supplies the words and the work; a ``FileWriter`` belongs to a window or
a page and waits for its tasks when that closes.

The one other file the window writes is a copy of a stored file for the system's
viewer (an attachment, a logged document), which cannot read from inside the
register: ``ViewerCopies`` puts it in a private temporary folder, a folder per
opening so the file keeps its own name and a copy still open in the viewer is not
overwritten. No other module in ``ui/`` writes a file (tests/ui/test_file_writing.py).
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlite_utils import Database

from delegation_planner.storage.atomic_file import TEMP_PREFIX, write_bytes_atomically
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask, progress_dialog

_tr = QCoreApplication.translate

Progress = Callable[[int, int], None]
Work = Callable[[Database, Progress], Any]


def failure_reason(error: object) -> str:
    """An error in words: for a file error, its reason and the file it concerns."""
    if isinstance(error, OSError):
        named = Path(str(error.filename)) if error.filename else None
        if named is not None and named.name.startswith(TEMP_PREFIX):
            named = named.parent  # the atomic writer's temporary file means nothing to a person
        where = f" ({named})" if named is not None else ""
        return f"{error.strerror or error}{where}"
    return str(error)


def literal(text: str) -> str:
    """``text`` filled into a message that is formatted again later (braces in a file name kept)."""
    return text.replace("{", "{{").replace("}", "}}")


class FileWriter(QObject):
    """Writes files for one window or page (``parent``), on the register at ``register()``."""

    written = Signal(object)  # the Path written, after the notice is shown

    def __init__(self, parent: QWidget, register: Callable[[], Path | str]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._register = register
        self._tasks: dict[DatabaseTask, QProgressDialog] = {}
        self.last_task: DatabaseTask | None = None  # the latest run, for whoever waits on it
        self.last_notice: save_locations.WrittenNotice | None = None  # for tests to answer

    def ask(self, kind: str, caption: str, file_name: str, file_filter: str, suffix: str) -> Path | None:
        """Where to write a file of ``kind`` (starting in its last folder); None if cancelled."""
        return save_locations.ask_save_path(self._parent, kind, caption, file_name, file_filter, suffix)

    def run(
        self,
        work: Work,
        text: str,
        *,
        title: str,
        not_done: str,
        cancellable: bool = False,
        failures: tuple[type[Exception], ...] = (),
        announce: str | None = None,
    ) -> DatabaseTask:
        """Prepare ``work`` in a task (the caller connects to it, then calls ``start()``).

        ``not_done`` holds ``{reason}`` (or ``{0}``); ``announce`` is the written notice's title (None
        when the caller announces the file itself, after logging it, say).
        """
        # python-docx is imported here, on the GUI thread, before any writer's thread can
        # import it: two threads importing it at once met its circular imports half-done
        # ("partially initialized module 'docx.oxml.table'", seen once under Xvfb). After
        # the first file this costs nothing; before it, a fraction of a second once.
        import docx  # noqa: F401

        parent = self._parent
        task = DatabaseTask(self._register(), work, read_only=True, failures=failures, parent=self)
        dialog = progress_dialog(parent, task, text, cancellable=cancellable)
        task.error.connect(
            lambda error: QMessageBox.warning(
                parent, title, not_done.format(failure_reason(error), reason=failure_reason(error))
            )
        )
        if announce is not None:
            task.finished.connect(lambda written: self.announce(Path(written), announce))
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_args: self._forget(task))
        self._tasks[task] = dialog
        self.last_task = task
        return task

    def save_bytes(
        self,
        path: Path,
        read: Callable[[Database], bytes],
        text: str,
        *,
        title: str,
        not_done: str,
        failures: tuple[type[Exception], ...] = (),
        announce: str | None = None,
    ) -> DatabaseTask:
        """Write what ``read`` gives (in the task, from the register) to ``path``; started."""

        def work(db: Database, _progress: Progress) -> Path:
            return write_bytes_atomically(path, read(db))

        task = self.run(work, text, title=title, not_done=not_done, failures=failures, announce=announce)
        task.start()
        return task

    def announce(self, written: Path, title: str) -> None:
        """Say where ``written`` is and offer to open it or its folder."""
        self.last_notice = save_locations.announce_written(self._parent, written, title)
        self.written.emit(written)

    def _forget(self, task: DatabaseTask) -> None:
        task.wait()  # the thread is finishing; let it end before the object goes
        dialog = self._tasks.pop(task, None)
        if dialog is not None:
            dialog.deleteLater()
        task.deleteLater()

    def busy(self) -> bool:
        """Whether a file is being written (its task not yet ended and answered)."""
        return bool(self._tasks)

    def wait(self) -> None:
        """On close: a worker must not outlive the window or the page."""
        for task in list(self._tasks):
            task.wait()


class ViewerCopies:
    """Temporary copies of stored files, opened with the system's viewer for their kind."""

    def __init__(self) -> None:
        self._folder: Path | None = None

    def open(self, parent: QWidget, name: str, data: bytes) -> Path | None:
        """Write ``data`` as ``name`` in a fresh private folder and open it; the copy, or None."""
        title = _tr("ViewerCopies", "Cannot open")
        try:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="delegation-planner-"))
            folder = self._folder / secrets.token_hex(4)
            folder.mkdir()
            path = folder / Path(name).name  # a stored name never reaches outside the folder
            write_bytes_atomically(path, data)
        except OSError as error:
            QMessageBox.warning(parent, title, failure_reason(error))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                parent,
                title,
                _tr(
                    "ViewerCopies", "No program is set up to open {name}. Use Save as… to keep it somewhere."
                ).format(name=name),
            )
            return None
        return path
