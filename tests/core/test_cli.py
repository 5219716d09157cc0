"""The command line as scripts call it: exit status, one-line errors, JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from tests.core import factories


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True, text=True, timeout=120
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
