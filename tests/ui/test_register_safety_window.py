"""The window's side: the read-only notice in words, a stale lock taken over, backup and restore."""

from __future__ import annotations

import errno
import json
import logging
import socket
import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from delegation_planner.storage import backups, database, repository
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.ui import db_task, register_safety
from delegation_planner.ui.session import NOT_WRITABLE, STALE_LOCK, RegisterSession
from tests.core.factories import delegation
from tests.helpers.window import finish_restore, finish_writing
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and locks")


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered Yes and recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def record(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def test_the_second_window_says_who_has_the_register(make_window, register_path):
    first = make_window(register_path)
    second = make_window(register_path)
    notice = second._mode_label.text()
    assert notice.startswith("Read-only:")
    assert socket.gethostname() in notice and "has had this register open since" in notice
    second.close()
    first.close()


@posix_only
def test_a_register_marked_read_only_opens_read_only_and_says_why(make_window, register_path):
    register_path.chmod(0o444)
    try:
        window = make_window(register_path)
        assert window.session.read_only and window.session.why_read_only == NOT_WRITABLE
        assert window._mode_label.text() == "Read-only: the register file is read-only."
        assert "read-only" in window._mode_label.toolTip()
        assert not window.delegations.new_action.isEnabled()
        assert not window.safety.restore_action.isEnabled()
        window.close()
    finally:
        register_path.chmod(0o644)


@posix_only
def test_a_stale_lock_is_offered_for_take_over(qtbot, make_window, register_path, answers):
    import fcntl

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock_file = register_path.with_name(register_path.name + ".lock")
    lock_file.write_text(
        json.dumps(
            {
                "user": "anna",
                "host": socket.gethostname(),
                "pid": int(dead.stdout),
                "since": "2026-11-28T09:00:00",
            }
        ),
        encoding="utf-8",
    )
    kept = lock_file.open("a")
    fcntl.flock(kept.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # left in place, as by a file server
    try:
        window = make_window(register_path)
        qtbot.waitUntil(lambda: not window.session.read_only, timeout=5000)
        assert any("no longer runs" in text for _title, text in answers)
        assert window._mode_label.text() == ""
        assert window.delegations.new_action.isEnabled()
        window.close()
    finally:
        kept.close()


def test_back_up_and_restore_from_the_file_menu(qtbot, make_window, register_path, tmp_path, answers):
    window = make_window(register_path)
    assert window.safety.backup_action in window.ui.menu_bar.actions()[0].menu().actions()
    target = tmp_path / "copy.sqlite3"
    assert window.safety.back_up(target) is window.safety.files.last_task  # off the GUI thread
    finish_writing(qtbot, window.safety.files)
    assert window.safety.files.last_notice.path == target  # with Open and Show in folder
    assert database.inspect_file(target) > 0
    repository.save_delegation(window.session.db, delegation("added-later"))
    assert window.safety.restore(target) is not None  # confirmed by the patched question
    assert finish_restore(qtbot, window.safety)
    assert not window.session.read_only
    stored = [r[0] for r in window.session.db.execute("SELECT id FROM delegations").fetchall()]
    assert "added-later" not in stored
    assert answers[-1][1].startswith("The register was restored")
    assert list(tmp_path.glob("register.sqlite3.before-restore-*.bak"))
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()
    window.close()


def slowed(monkeypatch, name, seconds, threads):
    """``register_safety.<name>`` taking ``seconds`` longer, noting the thread it ran on."""
    real = getattr(register_safety, name)

    def slow(*args, **kwargs):
        threads.append(threading.get_ident())
        time.sleep(seconds)
        return real(*args, **kwargs)

    monkeypatch.setattr(register_safety, name, slow)


def ticking(qtbot):
    """A timer on the GUI thread, counting its ticks (a frozen window counts none)."""
    ticks = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    return timer, ticks


def test_a_restore_runs_off_the_gui_thread_behind_a_progress_dialog(
    qtbot, make_window, register_path, tmp_path, answers, monkeypatch
):
    window = make_window(register_path)
    target = tmp_path / "copy.sqlite3"
    window.safety.back_up(target)
    finish_writing(qtbot, window.safety.files)
    threads: list[int] = []
    slowed(monkeypatch, "restore_register", 1.0, threads)
    timer, ticks = ticking(qtbot)
    assert window.safety.restore(target) is not None
    assert window.safety.restoring()  # the menu command has returned; the restore goes on
    dialogs = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert [d.labelText() for d in dialogs] == ["Restoring the register from copy.sqlite3…"]
    qtbot.keyClick(dialogs[0], Qt.Key.Key_Escape)
    assert dialogs[0].isVisible()  # not put away while the window has no register
    assert not window.menuBar().isEnabled()  # nothing may reach for the register meanwhile
    window.close()  # asked to close meanwhile: the window waits for the register to be back
    assert window.isVisible()
    assert finish_restore(qtbot, window.safety)
    timer.stop()
    assert threads and threads[0] != threading.get_ident()
    assert len(ticks) >= 10, f"the window froze: {len(ticks)} timer ticks in a one-second restore"
    assert answers[-1][1].startswith("The register was restored")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)  # then it closed, as asked


def test_a_damaged_backup_leaves_the_register_as_it_was_and_says_why(
    qtbot, make_window, register_path, tmp_path, answers
):
    window = make_window(register_path)
    target = tmp_path / "copy.sqlite3"
    window.safety.back_up(target)
    finish_writing(qtbot, window.safety.files)
    repository.save_delegation(window.session.db, delegation("added-later"))
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2])  # a backup cut off half-way (a full USB stick)
    assert window.safety.restore(target) is not None
    assert not finish_restore(qtbot, window.safety)
    title, text = answers[-1]
    assert title == "Restore from backup"
    assert text.startswith("Not restored: The backup ") and "damaged" in text
    assert not window.session.read_only  # open again, for writing
    stored = [r[0] for r in window.session.db.execute("SELECT id FROM delegations").fetchall()]
    assert "added-later" in stored
    assert not list(tmp_path.glob("register.sqlite3.before-restore-*.bak"))  # nothing was replaced
    window.close()


def test_a_refused_restore_leaves_the_register_open_and_says_why(
    qtbot, make_window, register_path, tmp_path, answers
):
    window = make_window(register_path)
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert window.safety.restore(bad) is not None
    assert not finish_restore(qtbot, window.safety)
    assert answers[-1][1].startswith("Not restored:")
    assert "not a register backup" in answers[-1][1]
    assert not window.session.read_only
    window.close()


def test_closing_the_window_writes_the_daily_backup(qtbot, make_window, register_path):
    window = make_window(register_path)
    window.close()
    assert db_task.wait_for_workers(register_path, timeout_ms=30_000)
    daily = backups.daily_backups(register_path)
    assert len(daily) == 1 and database.inspect_file(daily[0]) > 0
    again = RegisterSession.open(register_path)  # the lock was let go after the backup
    assert not again.read_only and again.why_read_only != STALE_LOCK
    again.close()
    assert not RegisterLock(register_path).held


def test_the_window_closes_at_once_while_the_daily_backup_is_written(
    qtbot, make_window, register_path, monkeypatch
):
    window = make_window(register_path)
    threads: list[int] = []
    slowed(monkeypatch, "daily_backup", 1.0, threads)
    timer, ticks = ticking(qtbot)
    window.close()
    assert not window.isVisible()
    assert backups.daily_backups(register_path) == []  # gone before the backup was written …
    assert db_task.running_workers() >= 1  # … which goes on, held until it has ended
    qtbot.waitUntil(lambda: len(backups.daily_backups(register_path)) == 1, timeout=30_000)
    timer.stop()
    assert threads and threads[0] != threading.get_ident()
    assert len(ticks) >= 10  # the GUI thread went on meanwhile
    assert db_task.wait_for_workers(register_path, timeout_ms=30_000)


def test_a_daily_backup_that_fails_is_logged_and_said(
    qtbot, make_window, register_path, monkeypatch, answers, caplog
):
    window = make_window(register_path)

    def full_disk(*_args, **_kwargs):
        reason = OSError(errno.ENOSPC, "No space left on device", str(register_path))
        raise StorageError(f"The backup {register_path} could not be written (disk full)") from reason

    monkeypatch.setattr(register_safety, "daily_backup", full_disk)
    caplog.set_level(logging.INFO, logger="delegation_planner")
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
    assert answers == [("Daily backup", f"The backup {register_path} could not be written (disk full)")]
    logged = [r.getMessage() for r in caplog.records if "daily backup" in r.getMessage()]
    assert logged == ["daily backup not written (OSError errno 28)"]
    assert str(register_path.parent) not in caplog.text  # no paths of the user's in the log


def test_a_restore_that_crashes_still_gives_the_register_back(
    qtbot, make_window, register_path, tmp_path, answers, monkeypatch
):
    window = make_window(register_path)
    target = tmp_path / "copy.sqlite3"
    window.safety.back_up(target)
    finish_writing(qtbot, window.safety.files)

    def crash(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(register_safety, "restore_register", crash)
    with qtbot.captureExceptions() as raised:
        assert window.safety.restore(target) is not None
        assert not finish_restore(qtbot, window.safety)
    assert [str(error) for _kind, error, _tb in raised] == ["a bug"]  # reported as any crash is
    assert answers[-1][1] == "Not restored: an unexpected error stopped the restore"
    assert not window.session.read_only and window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: window.delegations.model.rowCount() > 0, timeout=5000)  # the register, shown
    window.close()
