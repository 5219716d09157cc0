"""The window's side: the read-only notice in words, a stale lock taken over, backup and restore."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from delegation_planner.storage import backups, database, repository
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.ui.session import NOT_WRITABLE, STALE_LOCK, RegisterSession
from tests.core.factories import delegation
from tests.helpers.window import finish_writing
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
    assert window.safety.restore(target)  # confirmed by the patched question
    assert not window.session.read_only
    stored = [r[0] for r in window.session.db.execute("SELECT id FROM delegations").fetchall()]
    assert "added-later" not in stored
    assert answers[-1][1].startswith("The register was restored")
    assert list(tmp_path.glob("register.sqlite3.before-restore-*.bak"))
    window.close()


def test_a_refused_restore_leaves_the_register_open_and_says_why(
    make_window, register_path, tmp_path, answers
):
    window = make_window(register_path)
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_text("hello", encoding="utf-8")
    assert not window.safety.restore(bad)
    assert answers[-1][1].startswith("Not restored:")
    assert not window.session.read_only
    window.close()


def test_closing_the_window_writes_the_daily_backup(make_window, register_path):
    window = make_window(register_path)
    window.close()
    daily = backups.daily_backups(register_path)
    assert len(daily) == 1 and database.inspect_file(daily[0]) > 0
    again = RegisterSession.open(register_path)  # the lock was let go after the backup
    assert not again.read_only and again.why_read_only != STALE_LOCK
    again.close()
    assert not RegisterLock(register_path).held
