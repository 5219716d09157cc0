"""Backup and restore from the command line, daily backups and pruning."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from delegation_planner import cli
from delegation_planner.storage import backups, database, repository
from delegation_planner.storage.lock import RegisterLock
from delegation_planner.storage.schema import SCHEMA_VERSION
from tests.core import factories


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_register(path: Path, *keys: str) -> Path:
    db = database.open_database(path)
    repository.save_organisation(db, factories.organisation())
    for key in keys:
        repository.save_delegation(db, factories.delegation(key))
    db.close()
    return path


def keys(path: Path) -> list[str]:
    db = database.open_database(path, read_only=True)
    try:
        return [r[0] for r in db.execute("SELECT id FROM delegations ORDER BY id").fetchall()]
    finally:
        db.close()


def test_backup_then_restore_brings_the_old_state_back_and_keeps_the_current(tmp_path, capsys):
    register = make_register(tmp_path / "register.sqlite3", "first")
    backup = tmp_path / "saved" / "backup.sqlite3"
    assert cli.main(["backup", "--db", str(register), "--out", str(backup)]) == 0
    assert database.inspect_file(backup) == SCHEMA_VERSION
    db = database.open_database(register)
    repository.save_delegation(db, factories.delegation("second"))
    db.close()
    assert cli.main(["restore", str(backup), "--db", str(register)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert keys(register) == ["first"]
    kept = list(tmp_path.glob("register.sqlite3.before-restore-*.bak"))
    assert len(kept) == 1 and keys(kept[0]) == ["first", "second"]


@pytest.mark.parametrize("kind", ["text", "foreign", "damaged", "newer"])
def test_a_bad_backup_is_refused_and_the_register_left_as_it_was(tmp_path, kind, capsys):
    register = make_register(tmp_path / "register.sqlite3", "first")
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("not a database", encoding="utf-8")
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        make_register(bad, "other")
        conn = sqlite3.connect(bad)
        if kind == "newer":
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        else:
            conn.execute("DROP TABLE results")
        conn.commit()
        conn.close()
    before = digest(register)
    assert cli.main(["restore", str(bad), "--db", str(register)]) == 2
    assert capsys.readouterr().err.startswith("delegation-planner: ")
    assert digest(register) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_restore_is_refused_while_a_window_has_the_register(tmp_path, capsys):
    register = make_register(tmp_path / "register.sqlite3", "first")
    backup = tmp_path / "backup.sqlite3"
    assert cli.main(["backup", "--db", str(register), "--out", str(backup)]) == 0
    window = RegisterLock(register)
    assert window.acquire()
    try:
        before = digest(register)
        assert cli.main(["restore", str(backup), "--db", str(register)]) == 2
        assert "close it there first" in capsys.readouterr().err
        assert digest(register) == before
    finally:
        window.release()


def test_backup_does_not_overwrite_the_register_itself(tmp_path, capsys):
    register = make_register(tmp_path / "register.sqlite3", "first")
    before = digest(register)
    assert cli.main(["backup", "--db", str(register), "--out", str(register)]) == 2
    assert digest(register) == before


def test_daily_backups_keep_the_last_seven(tmp_path):
    register = make_register(tmp_path / "register.sqlite3", "first")
    conn = sqlite3.connect(f"{register.as_uri()}?mode=ro", uri=True)
    try:
        start = dt.date(2026, 11, 1)
        for day in range(10):
            backups.daily_backup(conn, register, today=start + dt.timedelta(days=day))
        again = backups.daily_backup(conn, register, today=start + dt.timedelta(days=9))  # same day: replaced
    finally:
        conn.close()
    kept = backups.daily_backups(register)
    assert [p.name for p in kept] == [f"register-202611{d:02d}.sqlite3" for d in range(4, 11)]
    assert again == kept[-1] and database.inspect_file(again) == SCHEMA_VERSION


def test_upgrade_backups_are_listed_and_pruned(tmp_path, capsys):
    register = make_register(tmp_path / "register.sqlite3", "first")
    for day in range(1, 10):
        stamp = dt.datetime(2026, 11, day, 12, 0, 0)
        backups.upgrade_backup_path(register, 3, stamp).write_bytes(b"x")
    found = backups.upgrade_backups(register)
    assert len(found) == 9 and found[0].name.endswith("20261101-120000.bak")
    removed = backups.prune(found, keep=7)
    assert [p.name[-19:-4] for p in removed] == ["20261101-120000", "20261102-120000"]
    assert len(backups.upgrade_backups(register)) == 7
    assert cli.main(["backup", "--list", "--db", str(register)]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 7 and "schema3-20261103-120000.bak" in listed[0]


def test_a_damaged_register_is_kept_byte_for_byte_and_whole_or_not_at_all(tmp_path, monkeypatch):
    from delegation_planner.storage import restore
    from delegation_planner.storage.atomic_file import TEMP_PREFIX

    backup = make_register(tmp_path / "backup.sqlite3", "kept-trip")
    register = tmp_path / "register.sqlite3"
    damaged = b"not a database any more \x00\xff" * 1000
    register.write_bytes(damaged)
    now = dt.datetime(2026, 3, 1, 12, 0)
    kept = restore.restore_register(backup, register, now=now)
    assert kept is not None and kept.read_bytes() == damaged
    assert kept.stat().st_mode & 0o777 == 0o600  # it holds the whole register, as a backup does
    assert keys(register) == ["kept-trip"]

    # A copy that breaks off halfway leaves no kept file and no temporary, and the register untouched.
    register.write_bytes(damaged)
    kept.unlink()

    def half_then_full_disk(source, target):
        Path(target).write_bytes(Path(source).read_bytes()[:100])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore.shutil, "copyfile", half_then_full_disk)
    with pytest.raises(restore.StorageError, match="No space left on device"):
        restore.restore_register(backup, register, now=now)
    assert register.read_bytes() == damaged
    assert not list(tmp_path.glob("*.before-restore-*")) and not list(tmp_path.glob(f"{TEMP_PREFIX}*"))
