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
Reading work is also interrupted in the statement it runs (SQLite's ``interrupt``,
a cancel request on a server): a page that closes does not wait for its query.

A running thread must never be destroyed (Qt aborts the whole program when that
happens). So once started, a task's thread no longer belongs to the task: it is
held here until it has ended, whatever happens to the task and the page that made
it. When the task goes first, its results go nowhere; read-only work is asked to
stop, and work that writes is let finish, as the person asked for it.
``wait_for_workers()`` lets every thread end (on closing a register, at exit).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlite_utils import Database

from delegation_planner.storage import database
from delegation_planner.storage.database import DEFAULT_BUSY_TIMEOUT
from delegation_planner.storage.errors import (
    DatabaseError,
    OperationalError,
    StorageError,
    describe_write_failure,
)
from delegation_planner.storage.server_url import is_server_url, shown_url
from delegation_planner.ui.worker_memory import collector_paused

# (database, progress callback) -> result; the callback takes (done, total).
Work = Callable[[Database, Callable[[int, int], None]], Any]
# Work that opens no connection of the task's (it replaces the register file, say): progress -> result.
PlainWork = Callable[[Callable[[int, int], None]], Any]


_REINTERRUPT_MS = 20


class TaskCancelled(Exception):
    """Raised inside the work by its progress callback once the task was asked to stop."""


def connect(path: Path | str, *, read_only: bool) -> Database:
    """A connection for one task, with the same pragmas as the window's own connection.

    Not ``storage.database.open_database``: that checks and migrates the file, which
    the window did when it opened the register and which takes seconds on a large one.
    """
    return database.connect(path, read_only=read_only, busy_timeout=DEFAULT_BUSY_TIMEOUT)


# How much lower than the window a background computation runs (Unix "nice" steps).
BACKGROUND_NICENESS = 10


def lower_this_threads_priority() -> None:
    """Give the calling thread a lower CPU priority than the window's thread.

    On a machine with two cores busy with other work, a worker at the window's own
    priority takes turns with it, and typing stalls for tens of milliseconds while an
    overview computes. Linux applies ``setpriority`` to one thread when given its id;
    elsewhere (or where not allowed) the thread simply keeps its priority."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)


class _Held:
    """A thread held until it has ended, and what it needs until then."""

    def __init__(
        self, stop: Callable[[], None] | None, path: Path | str | None, companions: tuple[object, ...]
    ) -> None:
        self.stop, self.path, self.companions = stop, path, companions


class _Keeper(QObject):
    """Holds threads whose owner may go before they end, until they have ended."""

    def __init__(self) -> None:
        super().__init__()
        self._threads: dict[QThread, _Held] = {}

    def keep(self, thread: QThread, held: _Held) -> None:
        self._threads[thread] = held
        # Queued: the thread says it ends from inside itself; it is let go from the GUI thread.
        thread.finished.connect(self._release, Qt.ConnectionType.QueuedConnection)

    def threads(self) -> list[QThread]:
        return list(self._threads)

    @Slot()
    def _release(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread):
            # It said it ends; what is left of it takes a moment, and must be over before it goes.
            thread.wait()
            self._threads.pop(thread, None)

    def wait(self, path: Path | str | None, timeout_ms: int | None) -> bool:
        chosen = [t for t, held in self._threads.items() if path is None or held.path == path]
        if path is None:
            for thread in chosen:
                stop = self._threads[thread].stop
                if stop is not None:
                    stop()
        forever = QDeadlineTimer.ForeverConstant.Forever
        deadline = QDeadlineTimer(forever) if timeout_ms is None else QDeadlineTimer(timeout_ms)
        # Let go of in _release only: a thread dropped here could be gone before the queued
        # call that names it as its sender arrives.
        return all(thread.wait(deadline) for thread in chosen)


_keeper: _Keeper | None = None


def _the_keeper() -> _Keeper:
    global _keeper  # created on first use, in the GUI thread
    if _keeper is None:
        _keeper = _Keeper()
        # Whatever else happens at exit, no thread is still running when Python tears down.
        atexit.register(wait_for_workers)
    return _keeper


def keep_until_finished(
    thread: QThread, stop: Callable[[], None] | None, *companions: object, path: Path | str | None = None
) -> None:
    """Hold ``thread`` (and ``companions``, e.g. a worker living in it) until it has ended.

    ``stop`` is how ``wait_for_workers()`` asks it to end early (``QThread.quit`` for a
    thread running an event loop); None lets it run to its end. ``path`` is the
    register it works on.
    """
    _the_keeper().keep(thread, _Held(stop, path, companions))


def running_workers() -> int:
    """How many held threads have not ended yet."""
    return sum(1 for thread in _the_keeper().threads() if not thread.isFinished())


def wait_for_workers(path: Path | str | None = None, timeout_ms: int | None = None) -> bool:
    """Let held threads end; False if some still ran after ``timeout_ms``.

    With ``path``: wait for the tasks on that register (before it is closed or replaced;
    no worker may go on reading or writing it), stopping none. Without: every thread
    (at exit), asking reading tasks and event loops to stop and letting writing ones finish.
    """
    return _the_keeper().wait(_register_key(path), timeout_ms)


def _register_key(path: Path | str | None) -> Path | str | None:
    """A register as the keeper tells them apart: a file by its absolute path, a server by its URL."""
    if path is None or is_server_url(path):
        return path
    return Path(path).absolute()


class _Runner(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    raised = Signal(object)  # the exception itself, for callers that word their own failures
    stopped = Signal()

    def __init__(
        self,
        path: Path | str,
        work: Work | None,
        read_only: bool,
        failures: tuple[type[Exception], ...],
        background: bool = False,
        plain: PlainWork | None = None,
    ) -> None:
        super().__init__()
        self.path = _register_key(path)
        self._path, self._work, self._read_only, self._plain = path, work, read_only, plain
        self._failures = failures
        self._background = background
        self._stop = threading.Event()
        # The reading connection while it is open, so a stop can interrupt its statement;
        # the lock keeps the interrupt off a connection that is being closed.
        self._reading: Database | None = None
        self._reading_lock = threading.Lock()

    def request_stop(self) -> None:
        self._stop.set()
        self.interrupt_reading()

    def interrupt_reading(self) -> None:
        """Stop the reading's statement running now, if any (thread-safe). A statement started
        after this runs on, so whoever waits for a stopped reading interrupts it again."""
        if not self._read_only:
            return
        with self._reading_lock:
            if self._reading is not None:
                self._reading.conn.interrupt()

    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise TaskCancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        if self._background:
            lower_this_threads_priority()
        if self._plain is not None:
            plain = self._plain
            self._answer(lambda: plain(self._progress))
            return
        work = self._work
        assert work is not None
        try:
            db = connect(self._path, read_only=self._read_only)
        except DatabaseError as error:
            self.raised.emit(error)
            self.failed.emit(str(error))
            return
        if self._read_only:
            with self._reading_lock:
                self._reading = db
        try:
            if self._stop.is_set():
                self.stopped.emit()  # asked to stop before it began: nothing to read
            elif self._read_only and self._background:
                with collector_paused():
                    self._answer(lambda: work(db, self._progress))
            else:
                self._answer(lambda: work(db, self._progress))
        finally:
            with self._reading_lock:
                self._reading = None
            db.close()

    def _answer(self, call: Callable[[], Any]) -> None:
        """Run ``call`` and say how it ended: succeeded, failed (in words), or stopped."""
        expected: tuple[type[Exception], ...] = (
            OperationalError,
            DatabaseError,
            StorageError,
            OSError,
            ValueError,
            *self._failures,
        )
        try:
            result = call()
        except TaskCancelled:
            self.stopped.emit()
        except expected as error:
            if self._read_only and self._stop.is_set():
                self.stopped.emit()  # interrupted in its statement, as asked: nobody waits for it
                return
            self.raised.emit(error)
            if isinstance(error, OperationalError):
                error_text = describe_write_failure(error, shown_url(str(self._path)), DEFAULT_BUSY_TIMEOUT)
            else:
                error_text = str(error)
            self.failed.emit(error_text)
        else:
            self.succeeded.emit(result)


class DatabaseTask(QObject):
    """Runs ``work`` once in a worker thread; ``finished``/``failed``/``progress`` come back here.

    ``failures`` are the work's own exceptions (besides database and file errors)
    that end the task as failed rather than as a crash; ``background`` work (an
    overview nobody waits for) runs at a lower priority than the window; ``error`` carries the
    exception object, ``failed`` its text. ``cancelled`` follows ``cancel()``.

    ``plain`` work instead of ``work`` gets no connection (it may replace the register
    file, which an open connection would hold on Windows); ``path`` still names the
    register it concerns, so ``wait_for_workers(path)`` waits for it.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    error = Signal(object)
    cancelled = Signal()
    ended = Signal()  # after any of the above, and after work that crashed (which said nothing)

    def __init__(
        self,
        path: Path | str,
        work: Work | None = None,
        *,
        read_only: bool,
        failures: tuple[type[Exception], ...] = (),
        parent: QObject | None = None,
        background: bool = False,
        plain: PlainWork | None = None,
    ) -> None:
        super().__init__(parent)
        if (work is None) == (plain is None):
            raise TypeError("a task runs either work on its own connection or plain work")
        self._read_only = read_only
        # Not the task's child: a child is destroyed with its parent, running or not.
        # A server's URL stays text: as a Path its "//" would fold and it would open as a file.
        location = path if is_server_url(path) else Path(path)
        self._runner = _Runner(location, work, read_only, failures, background, plain)
        self._runner.progressed.connect(self.progress)
        self._runner.succeeded.connect(self.finished)
        self._runner.failed.connect(self.failed)
        self._runner.raised.connect(self.error)
        self._runner.stopped.connect(self.cancelled)
        # The thread's own "finished", queued behind whatever the work said before it ended.
        self._runner.finished.connect(self.ended)
        if read_only:
            # Nobody is left to hear a reading's result: it may stop at its next report.
            self.destroyed.connect(self._runner.request_stop)

    def start(self) -> None:
        runner = self._runner
        keep_until_finished(runner, runner.request_stop if self._read_only else None, path=runner.path)
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
        """Block until the work is done (on close: a thread must not outlive its owner).

        A reading asked to stop is interrupted again every few milliseconds until it ends: a
        stop that came between two of its statements would otherwise let the next one run."""
        runner = self._runner
        if self._read_only and runner.stop_requested():
            while not runner.wait(QDeadlineTimer(_REINTERRUPT_MS)):
                runner.interrupt_reading()
        else:
            runner.wait()


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
