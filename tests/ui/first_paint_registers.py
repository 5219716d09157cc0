"""Registers for the first paint's tests: delegations starting some days from today,
checked once as the window would check them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from tests.core.factories import delegation, organisation


@pytest.fixture(autouse=True)
def cache_of_our_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The registers remembered as checked are kept in a cache folder of this test's own: the
    user's is shared with every other test run on the machine, which may rewrite it meanwhile."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def checked_register(path: Path, starts: list[int], overdue: str = "") -> Path:
    """A register with a delegation starting ``days`` from today for each of ``starts`` (the
    first with an open point ``overdue`` a week past its date, if given), opened once more
    afterwards as the window would (the full check passes and is remembered)."""
    fill(path, starts, overdue)
    open_database(path).close()
    return path


def fill(location: Path | str, starts: list[int], overdue: str = "") -> None:
    today = dt.date.today()  # when called: a run may cross midnight (see tests/conftest.py)
    db = open_database(location)
    repository.save_organisation(db, organisation())
    for number, days in enumerate(starts):
        start = today + dt.timedelta(days=days)
        points = (
            [FollowUpPoint(overdue, "Anna", today - dt.timedelta(days=7))] if overdue and not number else []
        )
        repository.save_delegation(
            db,
            delegation(
                f"trip-{number}",
                title=f"Trip {number}",
                start=start,
                end=start + dt.timedelta(days=2),
                follow_up_points=points,
            ),
        )
    db.close()
