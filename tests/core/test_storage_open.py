"""Opening register files: new, ours, foreign, damaged, newer, migrated."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from delegation_planner.storage import database, repository
from delegation_planner.storage.errors import (
    DamagedRegisterError,
    NewerSchemaError,
    NotARegisterError,
    ReadOnlyRegisterError,
    StorageError,
    WriteFailedError,
)
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.storage.schema import MIGRATIONS, SCHEMA_VERSION
from tests.core import factories


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_register(path: Path) -> None:
    db = database.open_database(path)
    repository.save_organisation(db, factories.organisation())
    db.close()


def test_new_register_is_created_with_schema_and_default_policy(db_path):
    db = database.open_database(db_path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert repository.load_policy(db).max_politicians_outbound == 3
    db.close()


def test_schema_number_counts_the_migration_steps():
    assert len(MIGRATIONS._migrations) == SCHEMA_VERSION


def test_missing_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "register.sqlite3"
    database.open_database(path).close()
    assert path.exists()


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dear diary, <b>&</b>\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotARegisterError, match="not a Delegation Planner register"):
        database.open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_other_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotARegisterError, match="another program"):
        database.open_database(path)
    assert digest(path) == before


def test_damaged_register_is_refused_untouched(db_path):
    make_register(db_path)
    data = bytearray(db_path.read_bytes())
    # Overwrite the second page (a table's b-tree) with garbage but keep the header.
    data[4096:8192] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(DamagedRegisterError, match="damaged"):
        database.open_database(db_path)
    assert digest(db_path) == before


def test_truncated_register_is_refused_untouched(db_path):
    make_register(db_path)
    db_path.write_bytes(db_path.read_bytes()[:5000])
    before = digest(db_path)
    with pytest.raises(StorageError):
        database.open_database(db_path)
    assert digest(db_path) == before


def test_register_from_newer_version_is_refused_untouched(db_path):
    make_register(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        database.open_database(db_path)
    assert digest(db_path) == before


def test_migration_backs_up_first(db_path, monkeypatch):
    make_register(db_path)
    from sqlite_utils.migrations import Migrations

    upgraded = Migrations("delegation_planner")
    for step in MIGRATIONS._migrations:
        upgraded(name=step.name)(step.fn)

    @upgraded(name="0099_test_step")
    def _add_column(db):
        db.execute("ALTER TABLE organisations ADD COLUMN website TEXT")

    monkeypatch.setattr(database, "MIGRATIONS", upgraded)
    monkeypatch.setattr(database, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    db = database.open_database(db_path)
    assert "website" in db["organisations"].columns_dict
    db.close()
    backups = list(db_path.parent.glob("*.bak"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT count(*) FROM organisations").fetchone()[0] == 1
    old.close()


def test_read_only_open_cannot_write(db_path):
    make_register(db_path)
    db = database.open_database(db_path, read_only=True)
    assert not database.is_writable(db)
    with pytest.raises(WriteFailedError, match="cannot be written"):
        repository.save_organisation(db, factories.organisation("another"))
    db.close()


def test_read_only_file_is_refused_for_writing_and_opens_read_only(db_path):
    make_register(db_path)
    db_path.chmod(0o444)
    # Marked read-only on purpose: refused for writing even where the user (root) could write.
    with pytest.raises(ReadOnlyRegisterError, match="read-only") as raised:
        database.open_database(db_path)
    assert raised.value.reason == ReadOnlyRegisterError.FILE
    db = database.open_database(db_path, read_only=True)
    assert not database.is_writable(db)
    db.close()


def test_missing_register_is_not_created_when_asked_not_to(db_path):
    with pytest.raises(StorageError, match="no register"):
        database.open_database(db_path, create=False)
    assert not db_path.exists()


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotARegisterError, match="folder"):
        database.open_database(tmp_path)


def test_second_lock_on_the_same_register_is_refused(db_path):
    first, second = RegisterLock(db_path), RegisterLock(db_path)
    assert first.acquire()
    assert not second.acquire()
    holder = second.holder()
    assert holder is not None and holder.pid == os.getpid() and holder.on_this_computer
    assert not holder.gone()
    first.release()
    assert second.acquire()
    second.release()


def test_a_refused_register_is_left_without_a_lock_file(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a register", encoding="utf-8")
    lock = RegisterLock(path)
    assert lock.acquire()
    lock.release(tidy=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]
    kept = RegisterLock(path)
    assert kept.acquire()
    kept.release()
    again = RegisterLock(path)
    assert again.acquire()  # the file existed before this lock: tidy leaves it
    again.release(tidy=True)
    assert (tmp_path / "notes.sqlite3.lock").exists()


def test_a_register_checked_before_is_not_read_through_again_until_it_changes(db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    make_register(db_path)
    database.open_database(db_path).close()  # the full check, remembered
    database._CHECKED.clear()  # as in a new process

    def no_full_check(*_args: object, **_kwargs: object) -> list[str]:
        raise AssertionError("an unchanged register was read through again")

    monkeypatch.setattr(database, "schema_problems", no_full_check)
    database.open_database(db_path, read_only=True).close()
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # Damaged in place, same size, its modification time put back: still found out.
    status = os.stat(db_path)
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xff" * 4096
    db_path.write_bytes(bytes(data))
    os.utime(db_path, ns=(status.st_atime_ns, status.st_mtime_ns))
    database._CHECKED.clear()
    with pytest.raises(DamagedRegisterError, match="damaged"):
        database.open_database(db_path)
