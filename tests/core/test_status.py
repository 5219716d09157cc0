"""A delegation's life cycle: allowed changes, history, upgrade, and what leaves the reviews."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import PersonKind
from delegation_planner.domain.records import Agreement
from delegation_planner.domain.status import (
    FINAL,
    TRANSITIONS,
    DelegationStatus,
    StatusChange,
    StatusChangeRefused,
    check_change,
    history_problem,
    parse_status,
    proposed_status,
    refusal,
)
from delegation_planner.storage import register_query, repository
from delegation_planner.storage.agreement_followup import official_visits
from delegation_planner.storage.annual import year_figures
from delegation_planner.storage.database import open_database
from delegation_planner.storage.lifecycle import change_status
from delegation_planner.storage.register_query import RegisterFilter
from delegation_planner.storage.schema import APPLICATION_ID, MIGRATIONS
from delegation_planner.storage.upcoming import upcoming
from tests.core import factories

S = DelegationStatus
TODAY = dt.date(2026, 5, 1)


# --- the table ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.REQUESTED, S.CONSIDERING),
        (S.REQUESTED, S.PLANNED),
        (S.CONSIDERING, S.PLANNED),
        (S.PLANNED, S.CONFIRMED),
        (S.PLANNED, S.COMPLETED),
        (S.CONFIRMED, S.COMPLETED),
    ],
)
def test_the_life_cycle_allows_its_steps(current: S, new: S) -> None:
    assert refusal(current, new, "") is None


@pytest.mark.parametrize(
    ("current", "new", "words"),
    [
        (S.COMPLETED, S.REQUESTED, "'completed' is final"),
        (S.CANCELLED, S.PLANNED, "'cancelled' is final"),
        (S.DECLINED, S.CONSIDERING, "'declined' is final"),
        (S.CONFIRMED, S.REQUESTED, "allowed: completed, cancelled"),
        (S.PLANNED, S.DECLINED, "cannot be changed to declined"),
        (S.PLANNED, S.PLANNED, "already 'planned'"),
    ],
)
def test_the_life_cycle_refuses_other_changes_in_words(current: S, new: S, words: str) -> None:
    problem = refusal(current, new, "a reason")
    assert problem is not None and words in problem


@pytest.mark.parametrize("ending", [S.DECLINED, S.CANCELLED])
def test_ending_without_a_visit_needs_a_reason(ending: S) -> None:
    with pytest.raises(StatusChangeRefused, match="reason is required"):
        check_change(S.REQUESTED, ending, "   ")
    check_change(S.REQUESTED, ending, "The partner postponed indefinitely.")


def test_every_open_status_can_be_cancelled_and_final_ones_lead_nowhere() -> None:
    assert {S.COMPLETED, S.DECLINED, S.CANCELLED} == FINAL
    for status, onward in TRANSITIONS.items():
        assert (S.CANCELLED in onward) == (status not in FINAL)


def test_a_finished_trip_still_open_is_proposed_as_completed() -> None:
    ended = dt.date(2026, 4, 30)
    assert proposed_status(S.CONFIRMED, ended, TODAY) is S.COMPLETED
    assert proposed_status(S.PLANNED, ended, TODAY) is S.COMPLETED
    assert proposed_status(S.PLANNED, TODAY, TODAY) is None  # ends today: not over yet
    assert proposed_status(S.REQUESTED, ended, TODAY) is None  # a request is decided, not closed
    assert proposed_status(S.COMPLETED, ended, TODAY) is None


def test_an_unknown_status_word_lists_the_keys() -> None:
    assert parse_status(" Cancelled ") is S.CANCELLED
    with pytest.raises(StatusChangeRefused, match="requested, considering"):
        parse_status("done")


def test_a_history_must_lead_to_the_status() -> None:
    day = dt.date(2026, 1, 1)
    good = [StatusChange(S.REQUESTED, day), StatusChange(S.CANCELLED, day, "eva", "No budget.")]
    assert history_problem(S.CANCELLED, good) is None
    assert "status is planned" in (history_problem(S.PLANNED, good) or "")
    jump = [StatusChange(S.COMPLETED, day), StatusChange(S.PLANNED, day)]
    assert "cannot change" in (history_problem(S.PLANNED, jump) or "")
    silent = [StatusChange(S.DECLINED, day)]
    assert "no reason" in (history_problem(S.DECLINED, silent) or "")


# --- storage ---------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _initiator(request: pytest.FixtureRequest) -> None:
    # The factories' delegations name cluster1 as their initiator.
    if "db" in request.fixturenames:
        repository.save_organisation(request.getfixturevalue("db"), factories.organisation())


def test_a_change_is_stored_with_its_date_author_and_reason(db: Database) -> None:
    repository.save_delegation(db, factories.delegation("trip"))
    change_status(db, "trip", S.CONFIRMED, by="eva", today=TODAY)
    change_status(db, "trip", S.CANCELLED, by="eva", reason=" Visa refused. ", today=TODAY)
    delegation, revision = repository.load_delegation(db, "trip")
    assert delegation.status is S.CANCELLED
    assert delegation.status_history == [
        StatusChange(S.CONFIRMED, TODAY, "eva", ""),
        StatusChange(S.CANCELLED, TODAY, "eva", "Visa refused."),
    ]
    assert revision == 3
    with pytest.raises(StatusChangeRefused):
        change_status(db, "trip", S.PLANNED, by="eva", reason="again")
    assert repository.load_delegation(db, "trip")[1] == 3  # a refused change writes nothing


def _old_register(path: Path) -> None:
    """A register as the version before the life cycle wrote it (every step before it)."""
    conn = sqlite3.connect(path)
    db = Database(conn)
    MIGRATIONS.apply(db, stop_before="0007_delegation_status")
    for key, start, end in (("past", "2020-03-01", "2020-03-05"), ("future", "2999-01-01", "2999-01-03")):
        db.execute(
            'INSERT INTO delegations (id, title, direction, purpose, start, "end") '
            "VALUES (?, ?, 'outbound', 'official', ?, ?)",
            [key, key, start, end],
        )
    db.execute(
        "INSERT INTO follow_up_points (delegation_id, position, text, owner_text, due) "
        "VALUES ('past', 0, 'Send the report', 'Anna', '2020-04-01')"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    names = [m.name for m in MIGRATIONS._migrations]
    conn.execute(f"PRAGMA user_version = {names.index('0007_delegation_status')}")
    conn.commit()
    conn.close()


def test_an_older_register_is_upgraded_with_statuses_from_the_dates(db_path: Path) -> None:
    _old_register(db_path)
    db = open_database(db_path)
    try:
        past = repository.load_delegation(db, "past")[0]
        assert past.status is S.COMPLETED
        # The follow-up points survive the table's rebuild for the contact log.
        assert [(p.text, p.owner) for p in past.follow_up_points] == [("Send the report", "Anna")]
        assert repository.load_delegation(db, "future")[0].status is S.PLANNED
    finally:
        db.close()


def _keys(db: Database, flt: RegisterFilter) -> set[str]:
    rowids = register_query.matching_rowids(db.conn, flt)
    return {r.key for r in register_query.fetch_rows(db.conn, rowids)}


def test_declined_and_cancelled_leave_needs_attention_but_stay_in_the_register(db: Database) -> None:
    repository.save_person(db, factories.person("anna"))
    for key in ("kept", "dropped"):
        # A politician without a justification: the GRIP verdict fails.
        repository.save_delegation(
            db, factories.delegation(key, participants=[factories.participant("anna")])
        )
    change_status(db, "dropped", S.CANCELLED, by="eva", reason="The host cancelled.")
    assert _keys(db, RegisterFilter(needs_attention=True)) == {"kept"}
    assert _keys(db, RegisterFilter()) == {"kept", "dropped"}
    assert _keys(db, RegisterFilter(status="cancelled")) == {"dropped"}


def test_the_everyday_register_hides_closed_delegations_of_older_years(db: Database) -> None:
    old = dt.date(2020, 3, 1)
    repository.save_delegation(db, factories.delegation("old-done", start=old, end=old))
    repository.save_delegation(db, factories.delegation("old-open", start=old, end=old))
    repository.save_delegation(db, factories.delegation("recent"))
    change_status(db, "old-done", S.COMPLETED, by="eva")
    everyday = RegisterFilter(recent_from="2025-01-01")
    assert _keys(db, everyday) == {"old-open", "recent"}
    assert _keys(db, RegisterFilter()) == {"old-done", "old-open", "recent"}  # the archive
    assert _keys(db, RegisterFilter(to_close_before="2026-01-01")) == {"old-open"}


def test_the_everyday_filter_uses_indexes(db: Database) -> None:
    flt = RegisterFilter(recent_from="2025-01-01")
    where, params = register_query._where(db.conn, flt)
    plan = " ".join(
        str(r[3]) for r in db.conn.execute(f"EXPLAIN QUERY PLAN SELECT rowid FROM delegations{where}", params)
    )
    # Two searches of covering indexes, never a walk through the table reading each row's status.
    assert "COVERING INDEX delegations_start" in plan and "COVERING INDEX delegations_status_start" in plan, (
        plan
    )
    assert "SCAN delegations" not in plan, plan


def test_cancelled_trips_leave_before_departure_and_agreement_visits(db: Database) -> None:
    repository.save_person(db, factories.person("olle", PersonKind.OFFICIAL))
    repository.save_agreement(db, Agreement("gd", "Jiangsu", min_official_visits_per_year=2))
    start = TODAY + dt.timedelta(days=10)
    for key in ("going", "called-off"):
        repository.save_delegation(
            db,
            factories.delegation(
                key, start=start, end=start, participants=[factories.participant("olle")], agreement="gd"
            ),
        )
    change_status(db, "called-off", S.CANCELLED, by="eva", reason="Travel ban.")
    assert [u.delegation.id for u in upcoming(db, TODAY)] == ["going"]
    agreement = repository.list_agreements(db)[0]
    assert [v.delegation for v in official_visits(db, agreement, start.year)] == ["going"]


def test_the_annual_figures_show_ended_delegations_apart_with_their_reason(db: Database) -> None:
    from delegation_planner.domain.enums import CostCategory
    from delegation_planner.domain.records import CostLine

    cost = [CostLine(CostCategory.TRAVEL, "SEK", 1000.0, 900.0)]
    went = dt.date(2026, 3, 1)  # over by TODAY, so its actual costs count
    repository.save_delegation(db, factories.delegation("went", costs=cost, start=went, end=went))
    repository.save_delegation(db, factories.delegation("declined", costs=cost, status=S.REQUESTED))
    change_status(db, "declined", S.DECLINED, by="eva", reason="Outside our priorities.", today=TODAY)
    figures = year_figures(db, 2026, TODAY)
    assert [d.key for d in figures.delegations] == ["went"]
    assert [(t.planned, t.actual) for t in figures.totals] == [(1000.0, 900.0)]
    assert [(e.key, e.status, e.reason, e.date) for e in figures.ended] == [
        ("declined", S.DECLINED, "Outside our priorities.", TODAY)
    ]


@pytest.mark.parametrize(
    ("lang", "heading", "word"),
    [
        ("en", "Declined and cancelled delegations", "Cancelled"),
        ("sv", "Avböjda och inställda delegationer", "Inställd"),
    ],
)
def test_the_annual_report_lists_cancelled_trips_apart_with_the_reason(
    db: Database, tmp_path: Path, lang: str, heading: str, word: str
) -> None:
    import docx

    from delegation_planner.documents.report import write_report
    from tests.helpers.documents import rows_of, table_after

    repository.save_delegation(db, factories.delegation("went", title="Trip that went"))
    repository.save_delegation(db, factories.delegation("off", title="Trip called off"))
    change_status(db, "off", S.CANCELLED, by="eva", reason="The host postponed the visit.", today=TODAY)
    path = write_report(db, 2026, tmp_path / "report.docx", lang=lang, today=TODAY)
    document = docx.Document(str(path))
    rows = rows_of(table_after(document, heading))
    assert len(rows) == 2
    assert rows[1][0] == "Trip called off (Jiangsu)"
    assert rows[1][2].startswith(word) and rows[1][3] == "The host postponed the visit."
    # Counted nowhere else: no section of its own among the year's delegations.
    assert "Trip called off" not in [p.text for p in document.paragraphs]


def test_the_years_cancelled_and_declined_are_counted_apart(db: Database) -> None:
    from delegation_planner.storage.annual import ended_counts

    for key in ("a", "b", "c"):
        repository.save_delegation(db, factories.delegation(key, status=S.REQUESTED))
    change_status(db, "a", S.CANCELLED, by="eva", reason="No budget.")
    change_status(db, "b", S.DECLINED, by="eva", reason="Not our priority.")
    figures = year_figures(db, 2026, TODAY)
    assert ended_counts(figures) == {"cancelled": 1, "declined": 1}
    assert [d.key for d in figures.delegations] == ["c"]


def test_report_json_counts_cancelled_and_declined_in_neither(db: Database, db_path: Path) -> None:
    import json
    import subprocess
    import sys

    from delegation_planner.domain.enums import CostCategory
    from delegation_planner.domain.records import CostLine

    cost = [CostLine(CostCategory.TRAVEL, "SEK", 1000.0, 900.0)]
    day = dt.date(2026, 3, 1)
    repository.save_delegation(db, factories.delegation("went", start=day, end=day, costs=cost))
    repository.save_delegation(db, factories.delegation("later", costs=cost))
    for key in ("off", "no"):
        repository.save_delegation(db, factories.delegation(key, costs=cost, status=S.REQUESTED))
    change_status(db, "off", S.CANCELLED, by="eva", reason="Travel ban.")
    change_status(db, "no", S.DECLINED, by="eva", reason="Not our priority.")
    db.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegation_planner.cli",
            "report",
            "--year",
            "2026",
            "--json",
            "--as-of",
            "2026-04-01",
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    counts = figures["delegations"]
    assert (counts["completed"], counts["planned"], counts["cancelled"], counts["declined"]) == (1, 1, 1, 1)
    # The cancelled and declined trips' costs are in neither sum: two trips' planned, one's actual.
    assert figures["costs"] == [{"currency": "SEK", "planned": 2000, "actual": 900}]
