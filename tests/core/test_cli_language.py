"""The command line refuses bad input in the reader's language (LANG), with the contract's exit codes.

Each command runs as a person runs it: a fresh process with only LANG set. The reasons come
from the core (storage, interchange, documents, status) and from the command line itself
(argparse included); JSON output stays as the contract fixes it, whatever the language.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from delegation_planner.interchange.service import import_file
from delegation_planner.storage.database import open_database

EXAMPLE = Path(__file__).parent.parent / "data" / "contract-example.json"

SWEDISH = "sv_SE.UTF-8"
DANISH = "da_DK.UTF-8"


def run(*args: str, lang: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": lang, "HOME": str(cwd)}
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    import_file(db, EXAMPLE)
    db.close()
    return path


def _refusals(register: Path, folder: Path, lang: str) -> list[tuple[list[str], str]]:
    bad_file = folder / "bad.json"
    bad_file.write_text('{"format": "delegation-planner/1", "people": [{"id": "p", "name": "A"}]}')
    db = str(register)
    return [
        (["check", "nobody", "--db", db], "nobody"),
        (["check", "x", "--db", str(folder / "missing.sqlite3")], "missing.sqlite3"),
        (["import", str(bad_file), "--db", db], "people[0].kind"),
        (["report", "--year", "20x6", "--db", db], "20x6"),
        (["status", "jiangsu-2026", "sideways", "--db", db], "sideways"),
        (["memo", "jiangsu-2026", "--db", db], "--out"),
        (["office", "use", "narnia", "--db", db], "narnia"),
        (["person", "erase", "Nobody Known", "--db", db], "Nobody Known"),
        (["frobnicate"], "frobnicate"),
    ]


# Words only Swedish (Danish) writes, one of which each refusal must contain.
SWEDISH_WORDS = (
    "finns",
    "inte",
    "ska",
    "krävs",
    "okänt",
    "ingen",
    "inget",
    "saknas",
    "välj",
    "går",
    "ogiltigt",
)
DANISH_WORDS = (
    "findes",
    "ikke",
    "skal",
    "påkrævet",
    "ukendt",
    "ingen",
    "intet",
    "mangler",
    "vælg",
    "kan",
    "er",
    "ugyldigt",
)
ENGLISH_LEFT = ("There is", "cannot", "must", "is not", "the following", "invalid choice", "was not")


@pytest.mark.parametrize(("lang", "words"), [(SWEDISH, SWEDISH_WORDS), (DANISH, DANISH_WORDS)])
def test_refusals_are_in_the_readers_language(
    register: Path, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    for args, fact in _refusals(register, tmp_path, lang):
        result = run(*args, lang=lang, cwd=tmp_path)
        reason = result.stderr.strip()
        assert result.returncode == 2, (args, reason)
        assert reason.count("\n") == 0 and reason.startswith("delegation-planner: "), reason
        assert fact in reason, (args, reason)  # the facts stay as given
        assert any(re.search(rf"\b{w}\b", reason) for w in words), (lang, reason)
        assert not any(english in reason for english in ENGLISH_LEFT), (lang, reason)


def test_the_same_refusals_in_english(register: Path, tmp_path: Path) -> None:
    result = run("check", "nobody", "--db", str(register), lang="en_GB.UTF-8", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "delegation-planner: There is no delegation 'nobody' in the register."
    result = run("frobnicate", lang="C.UTF-8", cwd=tmp_path)
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_exact_swedish_and_danish_wording(register: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    swedish = run("check", "x", "--db", str(missing), lang=SWEDISH, cwd=tmp_path)
    danish = run("check", "x", "--db", str(missing), lang=DANISH, cwd=tmp_path)
    assert swedish.stderr.strip() == f"delegation-planner: Det finns inget register i {missing}."
    assert danish.stderr.strip() == f"delegation-planner: Der er intet register i {missing}."
    assert not missing.exists()  # a refusal writes nothing


def test_machine_readable_output_does_not_change_with_the_language(register: Path, tmp_path: Path) -> None:
    outputs = []
    for lang in ("C.UTF-8", SWEDISH, DANISH):
        result = run("check", "jiangsu-2026", "--db", str(register), "--json", lang=lang, cwd=tmp_path)
        assert result.returncode in (0, 1)
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    exported = [
        run("export", "--db", str(register), lang=lang, cwd=tmp_path).stdout for lang in ("C.UTF-8", SWEDISH)
    ]
    assert exported[0] == exported[1]


def test_a_refused_office_profile_leaves_no_new_register(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = run("office", "use", "narnia", "--db", str(path), lang=DANISH, cwd=tmp_path)
    assert result.returncode == 2 and "narnia" in result.stderr
    assert not path.exists()
