"""Database work that may take longer than a frame, run in a thread on its own connection.

SQLite connections must not be shared between threads while in use, so each task
opens its own connection to the register file, does its work there, and closes
it. The GUI hears about progress and the result through queued signals. A task
is single-use: make a new one for each run.

Cancelling is cooperative: ``cancel()`` raises a flag, and the next progress
report from the work raises ``TaskCancelled`` inside it, so work that runs in
one transaction is rolled back and work that writes a file atomically leaves
nothing behind. Work that never reports progress cannot be cancelled; only
offer Cancel (``progress_dialog(..., cancellable=True)``) where it really stops.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlite_utils import Database

from delegation_planner.storage import server
from delegation_planner.storage.database import DEFAULT_BUSY_TIMEOUT, RegisterDatabase
from delegation_planner.storage.errors import StorageError, describe_write_failure
from delegation_planner.storage.server import is_server_url, shown_url

# (database, progress callback) -> result; the callback takes (done, total).
Work = Callable[[Database, Callable[[int, int], None]], Any]


class TaskCancelled(Exception):
    """Raised inside the work by its progress callback once the task was asked to stop."""


def connect(path: Path | str, *, read_only: bool) -> Database:
    """A connection for one task: the same pragmas as the window's own connection.

    Not ``storage.database.open_database``: that checks and migrates the file, which
    the window did when it opened the register and which takes seconds on a large one.
    """
    if is_server_url(path):
        # The task's own server connection (psycopg connections are not shared between threads).
        return server.connect(str(path), read_only=read_only)
    path = Path(path)
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    else:
        conn = sqlite3.connect(str(path))
    # A RegisterDatabase, so that a failed write transaction says why in words.
    db = RegisterDatabase(conn, path, DEFAULT_BUSY_TIMEOUT)
    db.execute("PRAGMA foreign_keys = ON")
    # The window may be writing (a save is short); wait for it rather than fail.
    db.execute(f"PRAGMA busy_timeout = {int(DEFAULT_BUSY_TIMEOUT * 1000)}")
    # As the window's own connection: deleted content is overwritten, not left in the file.
    db.execute("PRAGMA secure_delete = ON")
    return db


class _Runner(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    raised = Signal(object)  # the exception itself, for callers that word their own failures
    stopped = Signal()

    def __init__(
        self,
        path: Path | str,
        work: Work,
        read_only: bool,
        failures: tuple[type[Exception], ...],
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._path, self._work, self._read_only = path, work, read_only
        self._failures = failures
        self._stop = threading.Event()

    def request_stop(self) -> None:
        self._stop.set()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise TaskCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            db = connect(self._path, read_only=self._read_only)
        except (sqlite3.Error, StorageError) as error:
            self.raised.emit(error)
            self.failed.emit(str(error))
            return
        expected: tuple[type[Exception], ...] = (
            sqlite3.Error,
            StorageError,
            OSError,
            ValueError,
            *self._failures,
        )
        try:
            result = self._work(db, self._progress)
        except TaskCancelled:
            self.stopped.emit()
        except sqlite3.OperationalError as error:
            self.raised.emit(error)
            self.failed.emit(describe_write_failure(error, shown_url(str(self._path)), DEFAULT_BUSY_TIMEOUT))
        except expected as error:
            self.raised.emit(error)
            self.failed.emit(str(error))
        else:
            self.succeeded.emit(result)
        finally:
            db.close()


class DatabaseTask(QObject):
    """Runs ``work`` once in a worker thread; ``finished``/``failed``/``progress`` come back here.

    ``failures`` are the work's own exceptions (besides database and file errors)
    that end the task as failed rather than as a crash; ``error`` carries the
    exception object, ``failed`` its text. ``cancelled`` follows ``cancel()``.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    error = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        path: Path | str,
        work: Work,
        *,
        read_only: bool,
        failures: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = _Runner(path, work, read_only, failures, self)
        self._runner.progressed.connect(self.progress)
        self._runner.succeeded.connect(self.finished)
        self._runner.failed.connect(self.failed)
        self._runner.raised.connect(self.error)
        self._runner.stopped.connect(self.cancelled)

    def start(self) -> None:
        self._runner.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (thread-safe)."""
        self._runner.request_stop()

    def cancel_requested(self) -> bool:
        """For work that checks by itself (``write_report(cancelled=...)``); callable from the worker."""
        return self._runner.stop_requested()

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def wait(self) -> None:
        """Block until the work is done (on close: a thread must not outlive its owner)."""
        self._runner.wait()


def progress_dialog(
    parent: QWidget, task: DatabaseTask, text: str, *, cancellable: bool = False
) -> QProgressDialog:
    """A window-modal progress dialog that follows ``task`` and closes when it ends.

    Without ``cancellable`` there is no Cancel button, for work that cannot stop
    (it reports no progress, or stopping half-way would leave it half done).
    """
    if cancellable:
        dialog = QProgressDialog(text, QCoreApplication.translate("DatabaseTask", "Cancel"), 0, 0, parent)
        dialog.canceled.connect(task.cancel)
    else:
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Short runs finish before it would appear, so small registers see no flash.
    dialog.setMinimumDuration(400)

    def report(done: int, total: int) -> None:
        if dialog.wasCanceled():
            return  # a report already queued must not bring the closed dialog back
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    task.progress.connect(report)
    task.finished.connect(dialog.close)
    task.failed.connect(dialog.close)
    task.cancelled.connect(dialog.close)
    dialog.setValue(0)
    return dialog
