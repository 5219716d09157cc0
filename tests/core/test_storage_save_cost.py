"""Saving a delegation touches only what changed (statement counts are deterministic)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlite_utils import Database

from delegation_planner.domain.enums import CostCategory, FollowUpStatus, PersonKind, Side
from delegation_planner.domain.records import CostLine, FollowUpPoint, ProgrammeItem
from delegation_planner.storage import repository
from tests.core import factories as f


def _six_participant_delegation(db: Database) -> str:
    repository.save_organisation(db, f.organisation())
    for i in range(6):
        repository.save_person(db, f.person(f"p{i}", PersonKind.POLITICIAN if i < 2 else PersonKind.OFFICIAL))
    delegation = f.delegation(
        participants=[
            f.participant(f"p{i}", "Justified by the agreement.", Side.HOME if i < 4 else Side.PARTNER)
            for i in range(6)
        ],
        programme=[ProgrammeItem(dt.datetime(2026, 5, 11, 9 + i), f"Meeting {i}") for i in range(3)],
        costs=[CostLine(CostCategory.TRAVEL, "SEK", 1000, 900)],
        follow_up_points=[FollowUpPoint("Send the minutes", "p0", dt.date(2026, 6, 1))],
        grip_decision=f.approval(),
    )
    repository.save_delegation(db, delegation)
    return delegation.id


def _statements_of(db: Database, action) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    db.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        db.conn.set_trace_callback(None)
    return seen


def test_saving_an_unchanged_delegation_of_six_participants_takes_at_most_20_statements(db: Database) -> None:
    key = _six_participant_delegation(db)
    delegation, revision = repository.load_delegation(db, key)
    statements = _statements_of(db, lambda: repository.save_delegation(db, delegation, revision))
    assert len(statements) <= 20, "\n".join(statements)
    # No schema look-ups and no child row rewritten; the one row written besides the
    # delegation's is the change log's note of who saved it and when. Lines starting "--"
    # run inside SQLite's search index module (its own cache check), not in the program's code.
    assert not any(("PRAGMA" in s and not s.startswith("--")) or "sqlite_master" in s for s in statements)
    written = [s for s in statements if s.lstrip().upper().startswith(("DELETE", "INSERT"))]
    assert len(written) == 1 and "INTO change_log" in written[0], written
    assert repository.load_delegation(db, key) == (delegation, revision + 1)


def test_a_changed_participant_list_is_written_and_read_back_as_saved(db: Database) -> None:
    key = _six_participant_delegation(db)
    delegation, revision = repository.load_delegation(db, key)
    # Reordered, one removed, one changed, one added on the other side: the unique
    # (delegation, person, side) pairs must not collide while rows are rewritten.
    participants = [*reversed(delegation.participants[1:])]
    participants[0] = dataclasses.replace(participants[0], justification="Changed.")
    participants.append(f.participant("p0", "Now on the partner side too.", Side.PARTNER))
    changed = dataclasses.replace(
        delegation,
        participants=participants,
        programme=delegation.programme[:1],
        follow_up_points=[*delegation.follow_up_points, FollowUpPoint("Report", "p1", dt.date(2026, 7, 1))],
    )
    repository.save_delegation(db, changed, revision)
    loaded, new_revision = repository.load_delegation(db, key)
    assert loaded == changed and new_revision == revision + 1
    # The home-politician count kept by triggers follows: p1 is still a home politician, p0 left home.
    assert db.execute("SELECT home_politicians FROM delegations WHERE id = ?", [key]).fetchone()[0] == 1


def test_closing_dates_survive_a_save_that_rewrites_the_points(db: Database) -> None:
    key = _six_participant_delegation(db)
    delegation, revision = repository.load_delegation(db, key)
    done = dataclasses.replace(delegation.follow_up_points[0], status=FollowUpStatus.DONE)
    repository.save_delegation(db, dataclasses.replace(delegation, follow_up_points=[done]), revision)
    closed = db.execute("SELECT closed_on FROM follow_up_points WHERE delegation_id = ?", [key]).fetchone()[0]
    assert closed is not None
    later, revision = repository.load_delegation(db, key)
    extra = FollowUpPoint("Another", "p2", dt.date(2026, 8, 1))
    repository.save_delegation(
        db, dataclasses.replace(later, follow_up_points=[extra, *later.follow_up_points]), revision
    )
    rows = db.execute(
        "SELECT text, closed_on FROM follow_up_points WHERE delegation_id = ? ORDER BY position", [key]
    ).fetchall()
    assert rows == [("Another", None), ("Send the minutes", closed)]
