"""A register file's connection answers the storage code's calls under sqlite-utils' rules.

``storage.register_database`` answers ``execute``, ``query`` and ``atomic`` over sqlite3 so
that a command need not import sqlite-utils; what the storage code relies on is checked here
against a second connection to the same file, which sees only what was committed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from delegation_planner.storage.errors import WriteFailedError
from delegation_planner.storage.register_database import RegisterDatabase, unique_keys


@pytest.fixture
def files(tmp_path: Path) -> tuple[RegisterDatabase, sqlite3.Connection]:
    path = tmp_path / "plain.sqlite3"
    db = RegisterDatabase(sqlite3.connect(path), path, busy_timeout=0.1)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    other = sqlite3.connect(path, timeout=0.1)
    return db, other


def _names(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT name FROM t ORDER BY id")]


def test_a_statement_outside_a_transaction_is_committed_at_once(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    db.execute("INSERT INTO t (name) VALUES (?)", ["anna"])
    assert not db.conn.in_transaction
    assert _names(other) == ["anna"]
    # One that fails leaves no transaction open behind it to swallow the next writes.
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (name) VALUES ('bo')")
    assert _names(other) == ["anna", "bo"]


def test_atomic_commits_whole_or_not_at_all_and_nests_as_savepoints(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('anna')")
        assert _names(other) == []  # not before the end
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('gone')")
            raise ValueError("undo the inner block only")
        db.execute("INSERT INTO t (name) VALUES ('bo')")
    assert _names(other) == ["anna", "bo"]
    with pytest.raises(KeyError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('cleo')")
        raise KeyError("undo it all")
    assert _names(other) == ["anna", "bo"]
    assert not db.conn.in_transaction


def test_a_write_refused_inside_atomic_says_why_in_words(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    other.execute("BEGIN IMMEDIATE")  # another program writing
    with pytest.raises(WriteFailedError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('anna')")
    other.rollback()
    assert _names(other) == []


def test_query_gives_rows_as_dicts_with_every_column_kept(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, _ = files
    db.execute("INSERT INTO t (name) VALUES ('anna')")
    rows = list(db.query("SELECT a.id, a.name, b.name FROM t a JOIN t b ON b.id = a.id"))
    assert rows == [{"id": 1, "name": "anna", "name_2": "anna"}]
    assert list(db.query("SELECT name FROM t WHERE id = ?", [2])) == []
    with pytest.raises(ValueError):
        db.query("DELETE FROM t")
    assert _names(db.conn) == ["anna"]  # refused, and undone: nothing deleted
    assert unique_keys(["a", "a", "a_2", "b"]) == ["a", "a_3", "a_2", "b"]


def test_a_write_through_query_is_kept_and_leaves_no_transaction_open(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    rows = list(db.query("INSERT INTO t (name) VALUES ('returning') RETURNING id"))
    assert rows == [{"id": 1}] and not db.conn.in_transaction
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('atomic after')")
    assert _names(other) == ["returning", "atomic after"]  # committed, seen by another connection


def test_a_statement_that_ends_the_transaction_is_refused_by_query_before_it_runs(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    with pytest.raises(ValueError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('first half')")
        db.query("COMMIT")
    assert _names(other) == []  # the block was undone whole
    with pytest.raises(ValueError):
        db.query("UPDATE t SET name = 'changed'")


def test_sqlite_utils_serves_the_rest_on_the_same_connection(
    files: tuple[RegisterDatabase, sqlite3.Connection],
) -> None:
    db, other = files
    with db.atomic():
        db["t"].insert({"name": "anna"})  # type: ignore[union-attr]
        assert db["t"].exists()
        assert db.table_names() == ["t"]
        assert _names(other) == []  # in this connection's transaction
    assert _names(other) == ["anna"]
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
