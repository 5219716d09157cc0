"""Copying a delegation for the next trip, and the life cycle in interchange version 2."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import CostCategory, DecisionOutcome, FollowUpStatus
from delegation_planner.domain.records import (
    CostLine,
    FollowUpPoint,
    GripDecision,
    ProgrammeItem,
)
from delegation_planner.domain.status import DelegationStatus, StatusChange
from delegation_planner.interchange.reader import read_text
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.lifecycle import change_status, copy_delegation, copy_key
from tests.core import factories
from tests.core.interchange_helpers import EXAMPLE, example, first_problem, matches_the_schema

S = DelegationStatus


@pytest.fixture
def last_year(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna"))
    start = dt.date(2025, 5, 12)
    trip = factories.delegation(
        "jiangsu-2025",
        start=start,
        end=start + dt.timedelta(days=4),
        participants=[factories.participant("anna", "Signs the MoU with the vice governor.")],
        programme=[
            ProgrammeItem(dt.datetime(2025, 5, 13, 9, 0), "JITRI", dt.datetime(2025, 5, 13, 11, 0), "Nanjing")
        ],
        costs=[CostLine(CostCategory.TRAVEL, "SEK", 42000.0, 39500.0)],
        grip_decision=GripDecision(dt.date(2025, 4, 1), DecisionOutcome.APPROVED, "Dnr 1"),
        follow_up_points=[FollowUpPoint("Send the MoU", "anna", dt.date(2025, 6, 1), FollowUpStatus.DONE)],
        notes="How it went.",
    )
    repository.save_delegation(db, trip)
    items = checklists.apply_template(db, trip.id, trip.direction)
    items[0].done = True
    checklists.save_checklist(db, trip.id, items)
    return db


def test_a_copy_keeps_the_plan_and_leaves_what_belonged_to_last_trip(last_year: Database) -> None:
    db = last_year
    copy = copy_delegation(db, "jiangsu-2025", dt.date(2026, 5, 11), by="eva", today=dt.date(2026, 1, 5))
    assert copy.id == "jiangsu-2026"
    stored, _ = repository.load_delegation(db, copy.id)
    assert (stored.title, stored.purpose, stored.partner_region, stored.themes) == (
        "Delegation jiangsu-2025",
        copy.purpose,
        "Jiangsu",
        ["life_science"],
    )
    assert (stored.start, stored.end) == (dt.date(2026, 5, 11), dt.date(2026, 5, 15))
    assert [(p.person, p.justification) for p in stored.participants] == [("anna", "")]
    # Same offsets from the start: the second day at nine.
    assert stored.programme[0].start == dt.datetime(2026, 5, 12, 9, 0)
    assert stored.programme[0].end == dt.datetime(2026, 5, 12, 11, 0)
    assert [(c.planned, c.actual) for c in stored.costs] == [(42000.0, None)]
    assert stored.grip_decision is None and stored.follow_up_points == [] and stored.notes == ""
    assert stored.status is S.PLANNED
    assert stored.status_history == [
        StatusChange(S.PLANNED, dt.date(2026, 1, 5), "eva", "Copied from 'jiangsu-2025'.")
    ]
    fresh = checklists.load_checklist(db, copy.id)
    assert fresh and not any(item.done for item in fresh)
    # The original is untouched.
    original, _ = repository.load_delegation(db, "jiangsu-2025")
    assert original.grip_decision is not None and original.participants[0].justification


def test_copy_keys_are_readable_and_unique(last_year: Database) -> None:
    db = last_year
    assert copy_key(db, "jiangsu-2025", dt.date(2025, 9, 1)) == "jiangsu-2025-2"
    assert copy_key(db, "visit", dt.date(2027, 1, 1)) == "visit-2027"
    with pytest.raises(ValueError, match="already a delegation"):
        copy_delegation(db, "jiangsu-2025", dt.date(2026, 1, 1), by="", new_key="jiangsu-2025")
    assert copy_delegation(db, "jiangsu-2025", dt.date(2026, 1, 1), by="", new_key="mine").id == "mine"


# --- interchange version 2 ---------------------------------------------------------------------------


def test_export_writes_version_2_with_the_status_and_history(last_year: Database, tmp_path: Path) -> None:
    db = last_year
    copy_delegation(db, "jiangsu-2025", dt.date(2026, 5, 11), by="eva", today=dt.date(2026, 1, 5))
    change_status(db, "jiangsu-2026", S.CANCELLED, by="eva", reason="Travel ban.", today=dt.date(2026, 2, 1))
    text = export_text(db)
    data = json.loads(text)
    assert data["format"] == "delegation-planner/2"
    cancelled = next(d for d in data["delegations"] if d["id"] == "jiangsu-2026")
    assert cancelled["status"] == "cancelled"
    assert cancelled["status_history"] == [
        {"status": "planned", "date": "2026-01-05", "by": "eva", "reason": "Copied from 'jiangsu-2025'."},
        {"status": "cancelled", "date": "2026-02-01", "by": "eva", "reason": "Travel ban."},
    ]
    matches_the_schema(data)
    # export -> import into an empty register -> export: the same bytes.
    path = tmp_path / "out.json"
    path.write_text(text, encoding="utf-8")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        import_file(other, path)
        assert export_text(other) == text
    finally:
        other.close()


def test_the_schema_refuses_a_cancellation_without_reason() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(_v2(status="cancelled", status_history=[{"status": "cancelled", "date": "2026-01-01"}]))
    with pytest.raises(jsonschema.ValidationError):
        matches_the_schema(data)
    data["delegations"][0]["status_history"][0]["reason"] = "Travel ban."
    matches_the_schema(data)


def test_a_version_1_file_is_read_with_the_upgrade_rule() -> None:
    register = read_text(EXAMPLE.read_bytes(), today=dt.date(2026, 5, 17))
    assert register.delegations[0].status is S.COMPLETED  # ended 2026-05-16
    register = read_text(EXAMPLE.read_bytes(), today=dt.date(2026, 5, 16))
    assert register.delegations[0].status is S.PLANNED
    assert register.delegations[0].status_history == []
    assert not register.carries_status


def test_a_version_1_import_keeps_the_registers_own_status(db: Database, tmp_path: Path) -> None:
    import_file(db, EXAMPLE)
    assert repository.load_delegation(db, "jiangsu-2026")[0].status is S.COMPLETED  # ended in May 2026
    delegation, _ = repository.load_delegation(db, "jiangsu-2026")
    delegation.status = S.CONFIRMED  # as if entered before the trip
    repository.save_delegation(db, delegation)
    change_status(db, "jiangsu-2026", S.CANCELLED, by="eva", reason="Postponed a year.")
    summary = import_file(db, EXAMPLE)
    assert summary.delegations_unchanged == 1
    assert repository.load_delegation(db, "jiangsu-2026")[0].status is S.CANCELLED


def test_a_version_1_file_may_not_carry_a_status() -> None:
    data = example()
    data["delegations"][0]["status"] = "planned"
    assert first_problem(lambda: read_text(json.dumps(data))).startswith(
        "delegations[0].status: unknown field"
    )


def _v2(**changes: object) -> str:
    data = example()
    data["format"] = "delegation-planner/2"
    data["delegations"][0].update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("changes", "place", "words"),
    [
        ({}, "delegations[0].status", "missing"),
        ({"status": "done"}, "delegations[0].status", "'done'"),
        (
            {"status": "planned", "status_history": [{"status": "cancelled", "date": "2026-01-01"}]},
            "delegations[0].status_history",
            "status is planned",
        ),
        (
            {"status": "cancelled", "status_history": [{"status": "cancelled", "date": "2026-01-01"}]},
            "delegations[0].status_history",
            "no reason",
        ),
        (
            {"status": "planned", "status_history": [{"status": "planned", "date": "2026-13-01"}]},
            "delegations[0].status_history[0].date",
            "",
        ),
        (
            {"status": "planned", "status_history": [{"status": "planned", "date": "2026-01-01", "x": 1}]},
            "delegations[0].status_history[0].x",
            "unknown field",
        ),
    ],
)
def test_version_2_checks_the_life_cycle_with_places(
    changes: dict[str, object], place: str, words: str
) -> None:
    problem = first_problem(lambda: read_text(_v2(**changes)))
    assert problem.split(": ", 1)[0] == place, problem
    assert words in problem


def test_version_2_reads_a_valid_history() -> None:
    history = [
        {"status": "considering", "date": "2026-01-02", "by": "eva"},
        {"status": "declined", "date": "2026-01-09", "by": "eva", "reason": "No business interest."},
    ]
    register = read_text(_v2(status="declined", status_history=history))
    assert register.delegations[0].status is S.DECLINED
    assert register.delegations[0].status_history[1].reason == "No business interest."


# --- the command line ---------------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def register_file(db_path: Path) -> Path:
    db = open_database(db_path)
    import_file(db, EXAMPLE)
    # The example's trip of May 2026 is upgraded by the date; make it a trip still to come.
    delegation, _ = repository.load_delegation(db, "jiangsu-2026")
    delegation.status = S.PLANNED
    repository.save_delegation(db, delegation)
    db.close()
    return db_path


def test_cli_status_changes_and_prints_the_history(register_file: Path) -> None:
    db = str(register_file)
    shown = run("status", "jiangsu-2026", "--db", db)
    assert shown.returncode == 0 and shown.stdout.startswith("jiangsu-2026: ")
    refused = run("status", "jiangsu-2026", "requested", "--db", db)
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "cannot be changed to request received" in refused.stderr
    no_reason = run("status", "jiangsu-2026", "cancelled", "--db", db)
    assert no_reason.returncode == 2 and "reason is required" in no_reason.stderr
    done = run("status", "jiangsu-2026", "cancelled", "--reason", "Visa refused.", "--db", db)
    assert done.returncode == 0, done.stderr
    assert "cancelled" in done.stdout and "Visa refused." in done.stdout
    final = run("status", "jiangsu-2026", "planned", "--db", db)
    assert final.returncode == 2 and "final" in final.stderr
    unknown = run("status", "nowhere", "--db", db)
    assert unknown.returncode == 2 and "no delegation 'nowhere'" in unknown.stderr
    bad_word = run("status", "jiangsu-2026", "done", "--db", db)
    assert bad_word.returncode == 2 and "not a status" in bad_word.stderr


def test_cli_status_proposes_completing_a_finished_trip(register_file: Path) -> None:
    db = open_database(register_file)
    delegation, _ = repository.load_delegation(db, "jiangsu-2026")
    delegation.status = S.CONFIRMED
    delegation.end = delegation.start = dt.date(2020, 1, 1)
    delegation.programme = []
    repository.save_delegation(db, delegation)
    db.close()
    shown = run("status", "jiangsu-2026", "--db", str(register_file))
    assert "mark it completed" in shown.stdout


def test_cli_copy_prints_the_new_key(register_file: Path) -> None:
    db = str(register_file)
    made = run("copy", "jiangsu-2026", "--start", "2027-05-09", "--db", db)
    assert made.returncode == 0, made.stderr
    assert made.stdout == "jiangsu-2027\n"
    again = run("copy", "jiangsu-2026", "--start", "2027-05-09", "--db", db)
    assert again.stdout == "jiangsu-2027-2\n"
    bad = run("copy", "jiangsu-2026", "--start", "next May", "--db", db)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    taken = run("copy", "jiangsu-2026", "--start", "2027-05-09", "--id", "jiangsu-2027", "--db", db)
    assert taken.returncode == 2 and "already a delegation" in taken.stderr
