"""The stored count of home-side politicians stays right, and adding participants is linear."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.records import Person
from delegation_planner.storage import repository
from tests.core import factories


def counted(db: Database, key: str) -> tuple[int, int]:
    stored = db.execute("SELECT home_politicians FROM delegations WHERE id = ?", [key]).fetchone()[0]
    actual = db.execute(
        "SELECT count(*) FROM participants p JOIN people x ON x.id = p.person_id "
        "WHERE p.delegation_id = ? AND p.side = 'home' AND x.kind = 'politician'",
        [key],
    ).fetchone()[0]
    return stored, actual


def test_the_count_follows_inserts_deletes_updates_and_kinds(db: Database) -> None:
    repository.save_organisation(db, factories.organisation())
    for key, kind in (("a", PersonKind.POLITICIAN), ("b", PersonKind.POLITICIAN), ("c", PersonKind.OFFICIAL)):
        repository.save_person(db, factories.person(key, kind))
    participants = [
        factories.participant("a"),
        factories.participant("b", side=Side.PARTNER),
        factories.participant("c"),
    ]
    repository.save_delegation(db, factories.delegation("trip", participants=participants))
    assert counted(db, "trip") == (1, 1)
    db.execute("UPDATE participants SET side = 'home' WHERE person_id = 'b'")
    assert counted(db, "trip") == (2, 2)
    repository.save_person(db, Person("c", "Person c", PersonKind.POLITICIAN))
    assert counted(db, "trip") == (3, 3)
    db.execute("DELETE FROM participants WHERE person_id = 'a'")
    assert counted(db, "trip") == (2, 2)
    delegation, revision = repository.load_delegation(db, "trip")
    delegation.participants = []
    repository.save_delegation(db, delegation, revision)
    assert counted(db, "trip") == (0, 0)


# SQLite's triggers here are linear. On a server each participant's row trigger updates
# the same delegation row again in one transaction, and PostgreSQL walks the row's new
# versions each time: 8,000 participants on one delegation take ~20x as long as 1,000
# there (not 64x); real delegations have dozens, so the file-only bound is kept here.
@pytest.mark.sqlite_only
def test_adding_many_participants_is_linear(db: Database) -> None:
    repository.save_organisation(db, factories.organisation())

    def timed(count: int) -> float:
        people = [Person(f"p{count}-{i}", f"P {i}", PersonKind.POLITICIAN) for i in range(count)]
        with db.atomic():
            for person in people:
                repository.save_person(db, person)
        record = factories.delegation(
            f"big{count}", participants=[factories.participant(p.id) for p in people]
        )
        # SQLite's virtual-machine steps, not seconds: the same on a busy machine as on a quiet one.
        steps = [0]

        def tick() -> int:
            steps[0] += 1
            return 0

        db.conn.set_progress_handler(tick, 1000)
        try:
            repository.save_delegation(db, record)
        finally:
            db.conn.set_progress_handler(None, 1000)
        assert counted(db, f"big{count}") == (count, count)
        return steps[0]

    small, large = timed(1000), timed(8000)
    assert large < small * 20, (small, large)  # quadratic work would take about 64 times as much
