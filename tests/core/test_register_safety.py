"""Read-only registers, full disks, the full structure check, commands that only read, the lock."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from delegation_planner import cli
from delegation_planner.storage import database, repository
from delegation_planner.storage.errors import (
    DamagedRegisterError,
    NotARegisterError,
    ReadOnlyRegisterError,
    StorageError,
)
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.storage.schema import SCHEMA_VERSION
from tests.core import factories
from tests.helpers.registers import make_older_register

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and limits")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_register(path: Path) -> Path:
    db = database.open_database(path)
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(db, factories.delegation("trip"))
    db.close()
    return path


def older_register(tmp_path: Path) -> Path:
    current = make_register(tmp_path / "current.sqlite3")
    older = tmp_path / "older.sqlite3"
    make_older_register(current, older)
    current.unlink()
    return older


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- read-only registers ------------------------------------------------------------------------


@posix_only
def test_a_register_marked_read_only_is_refused_for_writing(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    path.chmod(0o444)
    before = digest(path)
    with pytest.raises(ReadOnlyRegisterError) as raised:
        database.open_database(path)
    assert raised.value.reason == ReadOnlyRegisterError.FILE
    assert digest(path) == before


@posix_only
def test_a_read_only_folder_is_detected_even_with_a_lock_file_already_there(tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    path = make_register(folder / "register.sqlite3")
    (folder / "register.sqlite3.lock").write_text("", encoding="utf-8")
    folder.chmod(0o555)
    try:
        lock = RegisterLock(path)
        assert lock.acquire()  # the lock file is there and writable …
        with pytest.raises(ReadOnlyRegisterError) as raised:  # … but no journal can be made
            database.open_database(path)
        lock.release()
        assert raised.value.reason == ReadOnlyRegisterError.FOLDER
        assert "journal" in str(raised.value)
    finally:
        folder.chmod(0o755)


# --- full disk ----------------------------------------------------------------------------------


def run_with_file_size_limit(limit: int, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` where no file may grow past ``limit`` bytes (a full disk, as the program sees it)."""
    prelude = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        """
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@posix_only
def test_an_upgrade_on_a_full_disk_leaves_no_backup_and_the_register_as_it_was(tmp_path):
    older = older_register(tmp_path)
    before, files = digest(older), listing(tmp_path)
    for _attempt in range(2):
        result = run_with_file_size_limit(
            1024,
            f"""
            from delegation_planner.storage.database import open_database
            from delegation_planner.storage.errors import StorageError
            try:
                open_database({str(older)!r})
            except StorageError as error:
                print(error)
            """,
        )
        assert "disk" in result.stdout and "full" in result.stdout, result.stderr
        assert "has not been changed" in result.stdout
    assert digest(older) == before
    assert listing(tmp_path) == files  # no 0-byte .bak, no temporary file
    db = database.open_database(older)  # with room again it upgrades, with a whole backup
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()
    backups = list(tmp_path.glob("older.sqlite3.schema*.bak"))
    assert len(backups) == 1 and backups[0].stat().st_size > 0


@posix_only
def test_the_window_starts_on_a_full_disk(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    result = run_with_file_size_limit(
        0,
        f"""
        from delegation_planner.ui.session import RegisterSession
        from delegation_planner.storage import repository
        from delegation_planner.storage.errors import StorageError
        from tests.core import factories
        session = RegisterSession.open({str(path)!r})
        print("read_only", session.read_only)
        try:
            repository.save_organisation(session.db, factories.organisation("another"))
        except StorageError as error:
            print(error)
        session.close()
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "read_only False" in result.stdout
    assert "is full" in result.stdout or "drive reported an error" in result.stdout


# --- the full structure check -------------------------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        "DROP TABLE checklist_templates",
        "DROP INDEX people_name",
        "DROP TRIGGER participants_ai",
        "CREATE TABLE extra (x)",
        "CREATE TRIGGER sneaky AFTER INSERT ON people BEGIN DELETE FROM people; END",
    ],
)
def test_a_register_changed_by_hand_is_refused_as_damaged_and_left_alone(tmp_path, change):
    path = make_register(tmp_path / "register.sqlite3")
    conn = sqlite3.connect(path)
    conn.execute(change)
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DamagedRegisterError, match="not as Delegation Planner keeps it"):
        database.open_database(path)
    interchange = tmp_path / "data.json"
    interchange.write_text(json.dumps({"format": "delegation-planner/1"}), encoding="utf-8")
    assert cli.main(["import", str(interchange), "--db", str(path)]) == 2
    assert digest(path) == before


# --- commands that only read ---------------------------------------------------------------------


def test_read_only_commands_do_not_upgrade_an_older_register(tmp_path, capsys):
    older = older_register(tmp_path)
    before, files = digest(older), listing(tmp_path)
    assert cli.main(["export", "--db", str(older)]) == 0
    assert '"delegations"' in capsys.readouterr().out
    assert cli.main(["check", "trip", "--db", str(older)]) in (0, 1)
    out = tmp_path / "calendar.ics"
    assert cli.main(["calendar", "trip", "--db", str(older), "--out", str(out)]) == 0
    assert digest(older) == before
    assert listing(tmp_path) == files | {"calendar.ics"}  # no backup, no lock, no journal


@pytest.mark.parametrize("command", [["export"], ["check", "trip"]])
def test_an_empty_file_and_an_empty_database_are_not_made_registers(tmp_path, command, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()
    foreign_before = digest(foreign)
    assert cli.main([*command, "--db", str(empty)]) == 2
    assert "empty file" in capsys.readouterr().err
    assert cli.main([*command, "--db", str(foreign)]) == 2
    assert "another program" in capsys.readouterr().err
    assert empty.stat().st_size == 0 and digest(foreign) == foreign_before
    assert cli.main([*command, "--db", str(tmp_path / "missing.sqlite3")]) == 2
    assert not (tmp_path / "missing.sqlite3").exists()


def test_import_makes_a_register_in_an_empty_file_but_not_in_an_empty_database(tmp_path):
    source = make_register(tmp_path / "source.sqlite3")
    exported = tmp_path / "source.json"
    assert cli.main(["export", "--db", str(source), "--out", str(exported)]) == 0
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert cli.main(["import", str(exported), "--db", str(empty)]) == 0
    assert database.inspect_file(empty) == SCHEMA_VERSION
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("VACUUM")
    before = digest(foreign)
    assert cli.main(["import", str(exported), "--db", str(foreign)]) == 2
    assert digest(foreign) == before


def test_a_hot_journal_beside_a_foreign_file_is_not_rolled_back(tmp_path):
    """A crash in another program's database: its journal is left for that program."""
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import os, signal, sqlite3
                conn = sqlite3.connect({str(path)!r}, isolation_level=None)
                conn.execute("PRAGMA cache_size = 1")
                conn.execute("BEGIN")
                conn.execute("INSERT INTO t SELECT randomblob(5000) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)")
                os.kill(os.getpid(), signal.SIGKILL)
                """
            ),
        ],
        check=False,
    )
    assert result.returncode == -9
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    before, journal_before = digest(path), digest(journal)
    with pytest.raises(StorageError):
        database.open_database(path)
    assert digest(path) == before and digest(journal) == journal_before


# --- the lock -------------------------------------------------------------------------------------


@posix_only
def test_a_symbolic_link_finds_the_same_lock(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(path)
    first, second = RegisterLock(path), RegisterLock(link)
    assert first.acquire()
    assert not second.acquire() and second.failure == "busy"
    first.release()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="open file description locks")
def test_a_hard_link_cannot_be_opened_for_writing_twice(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    other = tmp_path / "same-file.sqlite3"
    os.link(path, other)
    first, second = RegisterLock(path), RegisterLock(other)
    assert first.acquire()
    assert not second.acquire()
    assert not (tmp_path / "same-file.sqlite3.lock").exists()  # nothing left beside it
    first.release()
    assert second.acquire()
    second.release()


def test_the_lock_says_who_holds_it_in_words(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    first, second = RegisterLock(path), RegisterLock(path)
    assert first.acquire()
    assert not second.acquire()
    holder = second.holder()
    assert holder is not None
    assert holder.host == socket.gethostname() and holder.user and holder.since is not None
    words = holder.describe()
    assert f"on {socket.gethostname()}" in words and "since" in words and str(os.getpid()) not in words
    first.release()


@posix_only
def test_a_stale_lock_of_a_process_gone_can_be_taken_over(tmp_path):
    import fcntl

    path = make_register(tmp_path / "register.sqlite3")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    lock_file = tmp_path / "register.sqlite3.lock"
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
    # The lock is still in place (as a file server may keep it after a crash).
    kept = lock_file.open("a")
    fcntl.flock(kept.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        lock = RegisterLock(path)
        assert not lock.acquire()
        assert lock.failure == "stale"
        assert lock.take_over()
        assert lock.held
        lock.release()
    finally:
        kept.close()


def test_a_live_lock_is_not_taken_over(tmp_path):
    path = make_register(tmp_path / "register.sqlite3")
    first, second = RegisterLock(path), RegisterLock(path)
    assert first.acquire()
    assert not second.acquire() and second.failure == "busy"
    assert not second.take_over()
    assert first.path.exists()
    first.release()


def test_a_missing_register_is_not_named_a_folder_problem(tmp_path):
    with pytest.raises(NotARegisterError):
        database.open_database(tmp_path)


def leave_hot_journal(path: Path) -> None:
    """A program killed in the middle of a big change to ``path``, as by kill -9."""
    code = f"""
        import os, signal, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("UPDATE delegations SET notes = hex(randomblob(3000))")
        conn.execute("UPDATE organisations SET name = hex(randomblob(3000))")
        os.kill(os.getpid(), signal.SIGKILL)
    """
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], check=False)
    assert result.returncode == -9
    assert path.with_name(path.name + "-journal").read_bytes()[:8] == bytes.fromhex("d9d505f920a163d7")


def test_a_read_only_command_finishes_the_recovery_and_tidies_old_recovery_copies(tmp_path, capsys):
    import tempfile
    import time

    path = make_register(tmp_path / "register.sqlite3")
    leave_hot_journal(path)
    leftover = Path(tempfile.mkdtemp(prefix="dp-recovery-"))
    (leftover / "register.sqlite3").write_bytes(b"a whole register")
    an_hour_ago = time.time() - 3600
    os.utime(leftover, (an_hour_ago, an_hour_ago))
    assert cli.main(["check", "trip", "--db", str(path)]) in (0, 1)  # not "damaged"
    assert "trip:" in capsys.readouterr().out
    assert not path.with_name(path.name + "-journal").exists()
    assert not leftover.exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT notes FROM delegations").fetchone()[0] == ""  # as last saved
    conn.close()
