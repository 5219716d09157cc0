"""The window's side of keeping the register safe.

File ▸ Back up register… and Restore from backup…, the daily backup when the
window closes, the read-only notice in words, and taking over a stale lock. Kept
apart from the main window, which only adds these actions to its menu.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from delegation_planner.storage.backups import KEEP_BACKUPS, backup_to, daily_backup
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.restore import restore_register
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask, connect, progress_dialog
from delegation_planner.ui.file_writing import FileWriter, literal
from delegation_planner.ui.session import (
    FOLDER_NOT_WRITABLE,
    IN_USE,
    NOT_WRITABLE,
    ROLE_READER,
    STALE_LOCK,
    RegisterSession,
)
from delegation_planner.ui.window_host import WindowHost

BACKUP_FILTER = "Register backups (*.sqlite3 *.bak *.db);;All files (*)"

log = logging.getLogger(__name__)


class RegisterSafety(QObject):
    restored = Signal(bool)  # a restore has ended and the register is open again: restored or not

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
        self._restoring: DatabaseTask | None = None
        self._close_pending = False
        # The backup takes the window's one way to write a file (ui/file_writing.py).
        self.files = FileWriter(window, lambda: window.session.path)
        self.backup_action = QAction(self.tr("&Back up register…"), window)
        self.backup_action.triggered.connect(lambda _checked=False: self.back_up())
        self.restore_action = QAction(self.tr("Restore from bac&kup…"), window)
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())

    # --- the read-only notice ------------------------------------------------------------------

    def read_only_notice(self, session: RegisterSession) -> str:
        """Why the register is read-only, in words (empty when it is writable)."""
        if not session.read_only:
            return ""
        holder = session.holder
        if session.why_read_only in (IN_USE, STALE_LOCK) and holder is not None:
            who = holder.user or self.tr("someone")
            where = holder.host or self.tr("another computer")
            if holder.since is not None:
                moment = holder.since
                when = QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)
                since = QLocale().toString(when, QLocale.FormatType.ShortFormat)
                text = self.tr("Read-only: {who} on {where} has had this register open since {since}.")
                text = text.format(who=who, where=where, since=since)
            else:
                text = self.tr("Read-only: {who} on {where} has this register open.").format(
                    who=who, where=where
                )
            if session.why_read_only == STALE_LOCK:
                text += " " + self.tr("That window no longer runs.")
            return text
        if session.why_read_only == ROLE_READER:
            return self.tr("Read-only: your role on the server may read this register, not change it.")
        if session.why_read_only == IN_USE:
            return self.tr("Read-only: another Delegation Planner window is editing this register.")
        if session.why_read_only == STALE_LOCK:
            return self.tr("Read-only: a window that no longer runs left its lock on this register.")
        if session.why_read_only == FOLDER_NOT_WRITABLE:
            return self.tr("Read-only: the folder holding the register cannot be written.")
        if session.why_read_only == NOT_WRITABLE:
            return self.tr("Read-only: the register file is read-only.")
        return self.tr("Read-only: the file cannot be written.")

    def offer_take_over(self) -> None:
        """After opening: a lock left by a window that no longer runs can be taken over."""
        session = self.window.session
        if session.why_read_only != STALE_LOCK:
            return
        holder = session.holder
        who = holder.describe() if holder is not None else self.tr("an earlier window")
        answer = QMessageBox.question(
            self.window,
            self.tr("Register locked"),
            self.tr(
                "This register is still marked as open by {who}, but that window no longer runs "
                "(it probably stopped unexpectedly). Take over and open the register for editing?"
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        fresh = session.take_over()
        if fresh is None:
            QMessageBox.warning(
                self.window,
                self.tr("Register locked"),
                self.tr(
                    "The lock file {path} could not be removed. Ask whoever made it, or an administrator, "
                    "to delete it; the register stays read-only until then."
                ).format(path=session.lock.path),
            )
            return
        self.window.replace_session(fresh)

    # --- backups -------------------------------------------------------------------------------

    def back_up(self, target: Path | None = None) -> DatabaseTask | None:
        """File ▸ Back up register…: a consistent copy where the person says, written in a task."""
        session = self.window.session
        title = self.tr("Back up register")
        if target is None:
            stamp = dt.date.today().strftime("%Y%m%d")
            target = save_locations.ask_save_path(
                self.window,
                save_locations.BACKUP,
                title,
                f"{session.path.stem}-backup-{stamp}.sqlite3",
                self.tr("Register backups (*.sqlite3 *.bak *.db);;All files (*)"),
                ".sqlite3",
            )
            if target is None:
                return None
        if target.absolute() == session.path:
            QMessageBox.warning(self.window, title, self.tr("Choose another file than the register itself."))
            return None
        where = target
        task = self.files.run(
            # SQLite's backup from the task's own connection: a consistent copy while the window works on.
            lambda db, _progress: backup_to(db.conn, where),
            self.tr("Backing up the register to {name}…").format(name=literal(target.name)),
            title=title,
            not_done=self.tr("The backup could not be written: {reason}. No partial file was left."),
            announce=title,
        )
        task.finished.connect(
            lambda written: self.window.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=written), 8000
            )
        )
        task.start()
        return task

    def restore(self, source: Path | None = None, *, confirmed: bool = False) -> DatabaseTask | None:
        """File ▸ Restore from backup…: check the backup whole, keep the current register, replace it.

        The work runs in a task behind a progress dialog (the window is closed to input
        meanwhile, not frozen); ``restored`` says how it ended, after the register is
        open again. None when nothing was started (cancelled, or not possible here).
        """
        window = self.window
        session = window.session
        title = self.tr("Restore from backup")
        if session.read_only:
            QMessageBox.warning(
                window,
                title,
                self.tr("This register is open read-only here, so it cannot be replaced from this window."),
            )
            return None
        if source is None:
            name, _ = QFileDialog.getOpenFileName(window, title, str(session.path.parent), BACKUP_FILTER)
            if not name:
                return None
            source = Path(name)
        if not confirmed:
            answer = QMessageBox.question(
                window,
                title,
                self.tr(
                    "Replace the register {register} with the backup {backup}?\n\n"
                    "Everything entered since that backup was made will no longer be in the register. "
                    "The register as it is now is kept as a backup beside it first."
                ).format(register=session.path.name, backup=source.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        # The open editors go with the register: their unsaved changes are asked about first.
        question = self.tr(
            "Save them before the backup replaces the register? What you save now stays in the copy "
            "of the register kept beside it."
        )
        if not window.close_editors(question):
            return None
        path = session.path
        # The window's own lock and connection are let go for the replacement (which takes the
        # lock itself), and the register is reopened when the task has ended: the restored
        # file or, after a refusal or a failure, the register as it was.
        window.release_session()
        self._closed_to_input(True)
        backup = source

        def work(progress: Callable[[int, int], None]) -> Path | None:
            kept = restore_register(backup, path, progress=progress)
            # The restored file is checked (and upgraded if it is older) here, off the GUI
            # thread, so that reopening it in the window is quick even for a large register.
            # Should it not open, the window's own opening says why.
            with contextlib.suppress(StorageError):
                RegisterSession.open(path).close()
            return kept

        task = DatabaseTask(path, plain=work, read_only=False, parent=self)
        outcome = _RestoreOutcome()
        task.finished.connect(outcome.succeeded)
        task.failed.connect(outcome.failed)
        dialog = progress_dialog(
            window, task, self.tr("Restoring the register from {name}…").format(name=source.name)
        )
        task.ended.connect(lambda: self._after_restore(task, dialog, path, backup, outcome))
        # At once, not after the usual moment, and not to be put away (Escape, its close
        # button): the window has no register until the task ends.
        dialog.setMinimumDuration(0)
        dialog.installEventFilter(_StaysOpen(dialog))
        dialog.show()
        self._restoring = task
        task.start()
        return task

    def restoring(self) -> bool:
        """Whether a restore is under way (the window has no register open meanwhile)."""
        return self._restoring is not None

    def close_when_restored(self) -> None:
        """The window was asked to close during a restore: it closes once the register is open
        again (closing now would leave the replacement without anyone to reopen or report it)."""
        if not self._close_pending:
            self._close_pending = True
            self.restored.connect(self._close_window, Qt.ConnectionType.SingleShotConnection)

    def _close_window(self, _restored: bool) -> None:
        self._close_pending = False
        self.window.close()

    def _closed_to_input(self, closed: bool) -> None:
        # The progress dialog is window-modal; the menus and pages are closed as well, as
        # nothing in them may reach for the register while it is being replaced.
        window = self.window
        window.menuBar().setEnabled(not closed)
        central = window.centralWidget()
        if central is not None:
            central.setEnabled(not closed)

    def _after_restore(
        self,
        task: DatabaseTask,
        dialog: QProgressDialog,
        path: Path,
        source: Path,
        outcome: _RestoreOutcome,
    ) -> None:
        window = self.window
        title = self.tr("Restore from backup")
        dialog.close()
        dialog.deleteLater()
        task.wait()
        task.deleteLater()
        self._restoring = None
        self._closed_to_input(False)
        try:
            fresh = RegisterSession.open(path)
        except StorageError as error:
            QMessageBox.critical(window, title, str(error))
            self.restored.emit(False)
            if window.isVisible():  # not closed already by a close asked for meanwhile
                window.close()
            return
        window.replace_session(fresh)
        if not outcome.done:
            reason = outcome.reason or self.tr("an unexpected error stopped the restore")
            log.warning("restore from a backup refused or failed")
            QMessageBox.warning(window, title, self.tr("Not restored: {reason}").format(reason=reason))
            self.restored.emit(False)
            return
        log.info("register restored from a backup")
        QMessageBox.information(
            window,
            title,
            self.tr(
                "The register was restored from {backup}. The register as it was is kept as {kept}."
            ).format(backup=source.name, kept=outcome.kept),
        )
        self.restored.emit(True)

    def daily_backup_on_close(self) -> DatabaseTask | None:
        """The day's backup in the ``backups`` folder beside the register, the last
        ``KEEP_BACKUPS`` kept, written in a task after the window has let the register go:
        the window closes at once, and the program waits for the task before it ends
        (``db_task.wait_for_workers``). A failure is logged, and said if the window is
        still there to say it; the register itself is fine either way."""
        session = self.window.session
        if session.read_only or session.is_server:
            # A server register is backed up on the server (pg_dump), not by each window.
            return None
        path = session.path

        def work(_progress: Callable[[int, int], None]) -> Path:
            try:
                db = connect(path, read_only=True)
                try:
                    written = daily_backup(db.conn, path, keep=KEEP_BACKUPS)
                finally:
                    db.close()
            except Exception as error:
                # Logged here, in the thread: after the window has gone, nobody hears the signal.
                log.warning("daily backup not written (%s)", _cause(error))
                raise
            log.info("daily backup written")
            return written

        # Its thread is held until it ends, whatever becomes of the window; the task itself,
        # which answers, goes with the window (then nothing is left to say a failure on).
        task = DatabaseTask(path, plain=work, read_only=False, parent=self)
        task.failed.connect(self._daily_backup_failed)
        task.ended.connect(task.deleteLater)
        task.start()
        return task

    def _daily_backup_failed(self, reason: str) -> None:
        QMessageBox.warning(self.window, self.tr("Daily backup"), reason)


class _StaysOpen(QObject):
    """Keeps a progress dialog on screen until its owner closes it (Escape and the window's
    close button would hide it while the work goes on)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and event.spontaneous():
            event.ignore()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return event.key() == Qt.Key.Key_Escape
        return False


class _RestoreOutcome:
    """What a restore's task said before it ended (nothing, if it crashed)."""

    def __init__(self) -> None:
        self.done = False
        self.kept: Path | None = None
        self.reason = ""

    def succeeded(self, kept: object) -> None:
        self.done = True
        self.kept = kept if isinstance(kept, Path) else None

    def failed(self, reason: str) -> None:
        self.reason = reason


def _cause(error: BaseException) -> str:
    """An error's kind for the log, without the file names its message holds."""
    cause = error.__cause__ or error
    if isinstance(cause, OSError) and cause.errno is not None:
        return f"{type(cause).__name__} errno {cause.errno}"
    return type(cause).__name__
