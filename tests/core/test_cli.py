"""The command line as scripts call it: exit status, one-line errors, JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from delegation_planner.storage import repository
from delegation_planner.storage.database import BUSY_TIMEOUT_VARIABLE, open_database
from tests.core import factories


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def register(db_path):
    db = open_database(db_path)
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_person(db, factories.person("bo", name="Bo Ærø"))
    repository.save_delegation(
        db, factories.delegation("bad", participants=[factories.participant("anna", "short")])
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "good",
            participants=[factories.participant("bo", "Signs the thematic agreement in Nanjing.")],
            grip_decision=factories.approval(),
        ),
    )
    repository.save_delegation(db, factories.delegation("warned", themes=[]))
    db.close()
    return db_path


def test_check_json_fail_exits_1(register):
    result = run("check", "bad", "--db", str(register), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["delegation"] == "bad" and data["verdict"] == "fail"
    assert [c["id"] for c in data["criteria"]] == [
        "justification",
        "delegation_size",
        "bottom_up",
        "grip_decision",
        "theme_priority",
    ]
    justification = data["criteria"][0]
    assert justification["level"] == "fail" and "Anna Svensson" in justification["message"]


@pytest.mark.parametrize(("key", "verdict"), [("good", "pass"), ("warned", "warn")])
def test_check_pass_and_warn_exit_0(register, key, verdict):
    result = run("check", key, "--db", str(register), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["verdict"] == verdict


def test_check_plain_text(register):
    result = run("check", "good", "--db", str(register))
    assert result.returncode == 0
    assert "Bo Ærø" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("check", "nobody"),
        ("frobnicate",),
        ("check",),
    ],
)
def test_bad_input_exits_2_with_one_line(register, args):
    result = run(*args, "--db", str(register))
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_register_exits_2_and_creates_nothing(tmp_path):
    missing = tmp_path / "missing.sqlite3"
    result = run("check", "x", "--db", str(missing))
    assert result.returncode == 2
    assert "no register" in result.stderr
    assert not missing.exists()


def test_damaged_register_exits_2(tmp_path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = broken.read_bytes()
    result = run("check", "x", "--db", str(broken))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert broken.read_bytes() == before


@pytest.fixture(scope="module")
def demo_register(tmp_path_factory):
    from delegation_planner.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    create_demo_database(path)
    return path


@pytest.fixture(scope="module")
def hovedstaden_demo(tmp_path_factory):
    from delegation_planner.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo-hovedstaden.sqlite3"
    create_demo_database(path, office="hovedstaden")
    return path


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_memo_in_each_language(hovedstaden_demo, tmp_path, lang):
    import docx

    out = tmp_path / f"memo-{lang}.docx"
    result = run(
        "memo", "jiangsu-2016-business", "--db", str(hovedstaden_demo), "--out", str(out), "--lang", lang
    )
    assert result.returncode == 0, result.stderr
    cells = [c.text for t in docx.Document(str(out)).tables for row in t.rows for c in row.cells]
    assert any("J.nr." in c for c in cells)  # a Danish region's journal number


def test_memo_without_follow_up_points_is_refused_and_writes_nothing(demo_register, tmp_path):
    out = tmp_path / "memo.docx"
    result = run("memo", "guangdong-life-science-upcoming", "--db", str(demo_register), "--out", str(out))
    assert result.returncode == 2
    assert "follow-up point" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_basis_names_the_politicians(demo_register, tmp_path):
    out = tmp_path / "basis.docx"
    result = run(
        "basis", "guangdong-political-upcoming", "--db", str(demo_register), "--out", str(out), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    "args",
    [
        ("memo", "nobody", "--out", "x.docx"),
        ("memo", "jiangsu-2016-business", "--out", "x.docx", "--lang", "fi"),
        ("memo", "jiangsu-2016-business"),
    ],
)
def test_memo_bad_input_exits_2(demo_register, tmp_path, args):
    result = subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args, "--db", str(demo_register)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 2
    assert not (tmp_path / "x.docx").exists()


def test_rejected_import_into_a_new_register_leaves_nothing(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[]", encoding="utf-8")
    target = tmp_path / "new" / "sub" / "register.sqlite3"
    result = run("import", str(bad), "--db", str(target))
    assert result.returncode == 2
    assert not (tmp_path / "new").exists()


def test_a_value_no_version_writes_exits_2_in_one_line(register):
    db = open_database(register)
    with db.atomic():
        db.execute("UPDATE delegations SET direction = 'sideways' WHERE id = 'good'")
    db.close()
    for args in (("check", "good"), ("export",)):
        result = run(*args, "--db", str(register))
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


@pytest.mark.sqlite_only
def test_a_locked_register_exits_2(register):
    import sqlite3 as sql

    # The same command without the lock is the yardstick: on a loaded machine a new Python
    # process alone can take seconds, which says nothing about the wait for the lock.
    started = time.monotonic()
    assert run("check", "good", "--db", str(register)).returncode == 0
    unlocked = time.monotonic() - started
    holder = sql.connect(register)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # The wait for the lock is the variable's fraction of a second, not the usual five.
        started = time.monotonic()
        result = run("check", "good", "--db", str(register), env={BUSY_TIMEOUT_VARIABLE: "0.2"})
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert waited - unlocked < 3


def test_importing_the_same_file_twice_leaves_the_register_file_byte_identical(tmp_path):
    import hashlib
    from pathlib import Path

    example = Path(__file__).parent.parent / "data" / "contract-example.json"
    target = tmp_path / "register.sqlite3"
    assert run("import", str(example), "--db", str(target)).returncode == 0
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    assert run("import", str(example), "--db", str(target)).returncode == 0
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_an_imported_register_is_remembered_as_checked(tmp_path):
    # The first window on a register made by an import shows its rows without reading the
    # whole file first (seconds at 100,000 delegations), as after the window's own saves.
    from pathlib import Path

    from delegation_planner.storage.check_cache import passed_unchanged

    example = Path(__file__).parent.parent / "data" / "contract-example.json"
    target = tmp_path / "register.sqlite3"
    assert run("import", str(example), "--db", str(target)).returncode == 0
    assert passed_unchanged(target)
    db = open_database(target)  # a write after the import: the file is not as the import left it
    with db.atomic():
        db.execute("UPDATE delegations SET title = title || ' '")
    db.close()
    assert not passed_unchanged(target)
    assert run("import", str(example), "--db", str(target)).returncode == 0
    assert passed_unchanged(target)


def test_db_may_come_before_the_command(register):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from delegation_planner.app import main; main()",
            "--db",
            str(register),
            "check",
            "good",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "good: pass" in result.stdout
