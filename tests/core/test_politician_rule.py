"""'A home-side politician' has one definition (domain.politicians) and one SQL form
generated from it (storage.politicians); nothing else decides it on its own."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.politicians import counts_as_politician, is_home_politician
from delegation_planner.domain.records import Participant, Person
from delegation_planner.storage.politicians import home_politician_sql

PACKAGE = Path(__file__).resolve().parents[2] / "delegation_planner"


@pytest.mark.parametrize("side", list(Side))
@pytest.mark.parametrize("kind", list(PersonKind))
def test_the_sql_says_what_the_domain_says(side: Side, kind: PersonKind) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE participants (side TEXT)")
    conn.execute("CREATE TABLE people (kind TEXT)")
    conn.execute("INSERT INTO participants VALUES (?)", [side.value])
    conn.execute("INSERT INTO people VALUES (?)", [kind.value])
    found = conn.execute(
        f"SELECT count(*) FROM participants p, people x WHERE {home_politician_sql()}"
    ).fetchone()
    assert bool(found[0]) is counts_as_politician(side, kind)
    assert counts_as_politician(side.value, kind.value) is counts_as_politician(side, kind)


def test_only_a_home_side_politician_counts() -> None:
    politician = Person(id="p", name="P", kind=PersonKind.POLITICIAN)
    official = Person(id="o", name="O", kind=PersonKind.OFFICIAL)
    assert is_home_politician(Participant(person="p", side=Side.HOME), politician)
    assert not is_home_politician(Participant(person="p", side=Side.PARTNER), politician)
    assert not is_home_politician(Participant(person="o", side=Side.HOME), official)
    assert not is_home_politician(Participant(person="gone", side=Side.HOME), None)


def test_aliases_must_be_names() -> None:
    with pytest.raises(ValueError):
        home_politician_sql("p; DROP TABLE people", "x")


def test_no_other_module_decides_it() -> None:
    # The schema's migration steps are history (a trigger written once) and stay as they ran.
    allowed = {PACKAGE / "domain" / "politicians.py", PACKAGE / "storage" / "migration_sql.py"}
    sql = re.compile(r"kind\s*=\s*'politician'")
    python = re.compile(r"\.kind\s*(==|!=|is not|is)\s*PersonKind\.POLITICIAN")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in allowed
        and (sql.search(text := path.read_text(encoding="utf-8")) or python.search(text))
    ]
    assert offenders == []
