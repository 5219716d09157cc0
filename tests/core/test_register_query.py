"""The register's SQL: filters, escaping, sorting, block fetches and the filter choices."""

from __future__ import annotations

import datetime as dt

import pytest

from delegation_planner.domain.enums import Direction, Purpose
from delegation_planner.storage import repository
from delegation_planner.storage.register_query import (
    RegisterFilter,
    fetch_rows,
    matching_rowids,
    partners,
    years,
)
from delegation_planner.storage.search_index import escape_like
from tests.core.factories import delegation, organisation, participant, person


@pytest.fixture
def filled(db):
    repository.save_organisation(db, organisation())
    repository.save_person(db, person("chair"))
    repository.save_person(db, person("mayor"))
    records = [
        delegation(
            "jiangsu-2026",
            title="Business delegation to Jiangsu",
            start=dt.date(2026, 5, 10),
            end=dt.date(2026, 5, 16),
            participants=[participant("chair"), participant("mayor")],
        ),
        delegation(
            "gd-2025",
            title="Guangdong state visit",
            partner_region="Guangdong",
            direction=Direction.INBOUND,
            purpose=Purpose.OFFICIAL,
            start=dt.date(2025, 3, 1),
            end=dt.date(2025, 3, 4),
        ),
        delegation(
            "abo-2024",
            title="Study trip 100% green_tech",
            partner_region="Åbo",
            country="FI",
            start=dt.date(2024, 12, 31),
            end=dt.date(2025, 1, 2),
        ),
        delegation(
            "tianjin-2025",
            title="Life science workshop",
            partner_region="tianjin",
            start=dt.date(2025, 1, 1),
            end=dt.date(2025, 1, 3),
        ),
    ]
    for record in records:
        repository.save_delegation(db, record)
    return db


def keys(db, rowids):
    return [row.key for row in fetch_rows(db.conn, rowids)]


def query(db, sort="start", ascending=False, **changes):
    return keys(db, matching_rowids(db.conn, RegisterFilter(**changes), sort, ascending))


def test_everything_newest_first(filled):
    assert query(filled) == ["jiangsu-2026", "gd-2025", "tianjin-2025", "abo-2024"]


def test_text_matches_title_partner_country_and_key_ignoring_case(filled):
    assert query(filled, text="JIANGSU") == ["jiangsu-2026"]
    assert query(filled, text="guangdong") == ["gd-2025"]
    assert query(filled, text="fi") == ["abo-2024"]  # country FI
    assert set(query(filled, text="2025")) == {"gd-2025", "tianjin-2025"}  # the key
    assert query(filled, text="  workshop ") == ["tianjin-2025"]


def test_text_outside_ascii_matches_ignoring_case(filled):
    assert query(filled, text="åbo") == ["abo-2024"]
    assert query(filled, text="ÅBO") == ["abo-2024"]


def test_like_wildcards_are_literal(filled):
    assert query(filled, text="100%") == ["abo-2024"]
    assert query(filled, text="%") == ["abo-2024"]
    assert query(filled, text="n_t") == ["abo-2024"]  # only "green_tech" has a literal underscore
    assert query(filled, text="\\") == []
    assert escape_like("a\\b%c_") == "a\\\\b\\%c\\_"


def test_direction_year_and_partner(filled):
    assert query(filled, direction="inbound") == ["gd-2025"]
    assert query(filled, year=2025) == ["gd-2025", "tianjin-2025"]
    assert query(filled, year=2024) == ["abo-2024"]  # 31 December counts to its year
    assert query(filled, partner="Tianjin") == ["tianjin-2025"]
    assert query(filled, partner="jiangsu", year=2026, direction="outbound") == ["jiangsu-2026"]
    assert query(filled, partner="jiangsu", year=2025) == []


def test_sorting_by_every_column(filled):
    assert query(filled, "title", True) == ["jiangsu-2026", "gd-2025", "tianjin-2025", "abo-2024"]
    assert query(filled, "partner_region", True) == ["gd-2025", "jiangsu-2026", "tianjin-2025", "abo-2024"]
    assert query(filled, "home_politicians", False)[0] == "jiangsu-2026"
    assert query(filled, "direction", True)[0] == "gd-2025"
    for column in ("purpose", "end", "country", "id"):
        assert len(query(filled, column, True)) == 4
    with pytest.raises(ValueError):
        matching_rowids(filled.conn, RegisterFilter(), "title; DROP TABLE delegations", True)


def test_fetch_rows_keeps_order_and_skips_deleted(filled):
    rowids = matching_rowids(filled.conn, RegisterFilter(), "title", True)
    rows = fetch_rows(filled.conn, list(reversed(rowids)))
    assert [r.key for r in rows] == ["abo-2024", "tianjin-2025", "gd-2025", "jiangsu-2026"]
    top = rows[-1]
    assert (top.title, top.direction, top.purpose, top.partner_region, top.country) == (
        "Business delegation to Jiangsu",
        "outbound",
        "business_promotion",
        "Jiangsu",
        "CN",
    )
    assert (top.start, top.end, top.home_politicians) == ("2026-05-10", "2026-05-16", 2)
    repository.delete_delegation(filled, "gd-2025")
    assert "gd-2025" not in keys(filled, rowids)
    assert fetch_rows(filled.conn, list(range(1, 1200))) != []  # more than one chunk of parameters


def test_years_and_partners(filled, db):
    assert years(filled.conn) == [2026, 2025, 2024]
    assert partners(filled.conn) == ["Guangdong", "Jiangsu", "tianjin", "Åbo"]


def test_empty_register(db):
    assert matching_rowids(db.conn, RegisterFilter(text="x")) == []
    assert years(db.conn) == []
    assert partners(db.conn) == []


def test_rows_carry_the_stored_verdict(filled):
    verdicts = {
        row.key: row.grip_verdict
        for row in fetch_rows(filled.conn, matching_rowids(filled.conn, RegisterFilter()))
    }
    # Jiangsu: two politicians without justification or decision; the rest have no
    # politicians, and life_science is a priority theme, so they pass.
    assert verdicts == {"jiangsu-2026": "fail", "gd-2025": "pass", "abo-2024": "pass", "tianjin-2025": "pass"}


def test_needs_attention_is_fail_or_warn(filled):
    assert query(filled, needs_attention=True) == ["jiangsu-2026"]
    # No priority theme: a warning even without politicians.
    repository.save_delegation(
        filled,
        delegation(
            "gd-2025",
            title="Guangdong state visit",
            partner_region="Guangdong",
            start=dt.date(2025, 3, 1),
            end=dt.date(2025, 3, 4),
            themes=[],
        ),
    )
    assert query(filled, needs_attention=True) == ["jiangsu-2026", "gd-2025"]
    assert query(filled, needs_attention=True, text="guangdong") == ["gd-2025"]
    assert query(filled, needs_attention=False) == query(filled)


def test_sorting_by_verdict_goes_by_severity(filled):
    repository.save_delegation(
        filled,
        delegation(
            "gd-2025",
            title="Guangdong state visit",
            partner_region="Guangdong",
            start=dt.date(2025, 3, 1),
            end=dt.date(2025, 3, 4),
            themes=[],
        ),
    )
    worst_first = query(filled, "grip_verdict", False)
    assert worst_first[:2] == ["jiangsu-2026", "gd-2025"]
    assert set(worst_first[2:]) == {"abo-2024", "tianjin-2025"}
    assert query(filled, "grip_verdict", True)[-2:] == ["gd-2025", "jiangsu-2026"]


def test_every_word_must_match_somewhere_in_any_order(tmp_path):
    import sqlite3

    from delegation_planner.storage import repository
    from delegation_planner.storage.database import open_database
    from delegation_planner.storage.register_query import RegisterFilter, fetch_rows, matching_rowids
    from tests.core import factories

    path = tmp_path / "words.sqlite3"
    db = open_database(path)
    repository.save_organisation(db, factories.organisation())
    repository.save_delegation(
        db, factories.delegation("a", title="Health-tech delegation", partner_region="Jiangsu")
    )
    repository.save_delegation(
        db, factories.delegation("b", title="Food delegation", partner_region="Jiangsu")
    )
    repository.save_delegation(db, factories.delegation("c", title="Health visit", partner_region="Skåne"))
    db.close()
    conn = sqlite3.connect(path)

    def keys(text: str) -> set[str]:
        return {r.key for r in fetch_rows(conn, matching_rowids(conn, RegisterFilter(text=text)))}

    assert keys("jiangsu health") == {"a"}
    assert keys("  HEALTH  ") == {"a", "c"}
    assert keys("skåne health") == {"c"}
    assert keys("jiangsu nothing") == set()
    conn.close()
