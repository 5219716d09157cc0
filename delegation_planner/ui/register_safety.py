"""The window's side of keeping the register safe.

File ▸ Back up register… and Restore from backup…, the daily backup when the
window closes, the read-only notice in words, and taking over a stale lock. Kept
apart from the main window, which only adds these actions to its menu.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from delegation_planner.storage.backups import KEEP_BACKUPS, backup_to, daily_backup
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.restore import restore_register
from delegation_planner.ui import save_locations
from delegation_planner.ui.db_task import DatabaseTask
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


class RegisterSafety(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window)
        self.window = window
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

    def restore(self, source: Path | None = None, *, confirmed: bool = False) -> bool:
        """File ▸ Restore from backup…: check the backup whole, keep the current register, replace it."""
        window = self.window
        session = window.session
        if session.read_only:
            QMessageBox.warning(
                window,
                self.tr("Restore from backup"),
                self.tr("This register is open read-only here, so it cannot be replaced from this window."),
            )
            return False
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Restore from backup"), str(session.path.parent), BACKUP_FILTER
            )
            if not name:
                return False
            source = Path(name)
        if not confirmed:
            answer = QMessageBox.question(
                window,
                self.tr("Restore from backup"),
                self.tr(
                    "Replace the register {register} with the backup {backup}?\n\n"
                    "Everything entered since that backup was made will no longer be in the register. "
                    "The register as it is now is kept as a backup beside it first."
                ).format(register=session.path.name, backup=source.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # The open editors go with the register: their unsaved changes are asked about first.
        question = self.tr(
            "Save them before the backup replaces the register? What you save now stays in the copy "
            "of the register kept beside it."
        )
        if not window.close_editors(question):
            return False
        path = session.path
        # The window's own lock and connection are let go only for the replacement, and the
        # register is reopened at once (the restored file or, after a refusal, the old one).
        window.release_session()
        kept: Path | None = None
        error_text = ""
        try:
            kept = restore_register(source, path)
        except StorageError as error:
            error_text = str(error)
        try:
            fresh = RegisterSession.open(path)
        except StorageError as error:
            QMessageBox.critical(window, self.tr("Restore from backup"), str(error))
            window.close()
            return False
        window.replace_session(fresh)
        if error_text:
            QMessageBox.warning(
                window,
                self.tr("Restore from backup"),
                self.tr("Not restored: {reason}").format(reason=error_text),
            )
            return False
        QMessageBox.information(
            window,
            self.tr("Restore from backup"),
            self.tr(
                "The register was restored from {backup}. The register as it was is kept as {kept}."
            ).format(backup=source.name, kept=kept),
        )
        return True

    def daily_backup_on_close(self) -> None:
        """The day's backup in the ``backups`` folder beside the register, the last
        ``KEEP_BACKUPS`` kept. A failure is said, and closing goes on: the register itself is fine."""
        session = self.window.session
        if session.read_only or session.is_server:
            # A server register is backed up on the server (pg_dump), not by each window.
            return
        try:
            daily_backup(session.db.conn, session.path, keep=KEEP_BACKUPS)
        except StorageError as error:
            QMessageBox.warning(self.window, self.tr("Daily backup"), str(error))
