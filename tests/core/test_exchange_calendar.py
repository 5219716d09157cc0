"""The programme as an .ics file, parsed back with icalendar: times, zones, stable UIDs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlite_utils import Database

from delegation_planner.domain.enums import Direction
from delegation_planner.domain.records import ProgrammeItem
from delegation_planner.exchange.calendar_export import (
    programme_calendar,
    venue_zone,
    write_calendar,
)
from delegation_planner.storage import repository
from tests.core import factories
from tests.helpers.documents import organisations

STAMP = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)


def _delegation(**changes: object):  # type: ignore[no-untyped-def]
    programme = [
        ProgrammeItem(
            dt.datetime(2026, 5, 11, 9, 0),
            "Meeting at JITRI",
            dt.datetime(2026, 5, 11, 11, 0),
            "JITRI, Nanjing",
            "jitri",
        ),
        ProgrammeItem(dt.datetime(2026, 5, 12, 14, 30), "Harbour tour", None, "Hong Kong"),
        ProgrammeItem(dt.datetime(2026, 5, 13, 10, 0), "Dinner", None, "Hotel lobby"),
    ]
    return factories.delegation("jiangsu-2026", programme=programme, **changes)


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_each_item_in_its_venues_zone() -> None:
    events = _events(programme_calendar(_delegation(), {o.id: o for o in organisations()}, stamp=STAMP))
    assert len(events) == 3
    nanjing = events[0]
    start = nanjing.decoded("dtstart")
    assert start.tzinfo is not None and str(start.tzinfo) == "Asia/Shanghai"
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 5, 11, 1, 0, tzinfo=dt.UTC)
    assert nanjing.decoded("dtend").astimezone(dt.UTC) == dt.datetime(2026, 5, 11, 3, 0, tzinfo=dt.UTC)
    assert str(nanjing["location"]) == "JITRI, Nanjing"
    assert "Jiangsu Industrial Technology Research Institute" in str(nanjing["description"])
    harbour = events[1]
    assert str(harbour.decoded("dtstart").tzinfo) == "Asia/Hong_Kong"
    # No end: one hour.
    assert harbour.decoded("dtend") - harbour.decoded("dtstart") == dt.timedelta(hours=1)
    # An unknown venue on an outbound trip to China: the country's zone.
    assert str(events[2].decoded("dtstart").tzinfo) == "Asia/Shanghai"


def test_vtimezones_are_included_for_outlook() -> None:
    calendar = Calendar.from_ical(programme_calendar(_delegation(), {}, stamp=STAMP))
    zones = {str(z["tzid"]) for z in calendar.walk("VTIMEZONE")}
    assert zones == {"Asia/Shanghai", "Asia/Hong_Kong"}


def test_inbound_without_known_venue_is_at_home() -> None:
    delegation = _delegation(direction=Direction.INBOUND)
    delegation.programme[0].venue = "Regionhuset"
    events = _events(programme_calendar(delegation, {}, home_zone="Europe/Copenhagen", stamp=STAMP))
    start = events[0].decoded("dtstart")
    assert str(start.tzinfo) == "Europe/Copenhagen"
    assert start == dt.datetime(2026, 5, 11, 9, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def test_uids_are_stable_and_unique() -> None:
    first = [str(e["uid"]) for e in _events(programme_calendar(_delegation(), {}, stamp=STAMP))]
    again = [str(e["uid"]) for e in _events(programme_calendar(_delegation(), {}))]
    assert first == again
    assert len(set(first)) == 3 and first[0] == "jiangsu-2026-0@delegation-planner"


def test_known_cities() -> None:
    assert venue_zone("Københavns Rådhus") == "Europe/Copenhagen"
    assert venue_zone("Malmö Live") == "Europe/Stockholm"
    assert venue_zone("Suzhou Industrial Park") == "Asia/Shanghai"
    assert venue_zone("Hillerød") == "Europe/Copenhagen"
    assert venue_zone("Somewhere else") is None


def test_write_calendar_from_the_register(db: Database, tmp_path: Path) -> None:
    for organisation in [*organisations(), factories.organisation()]:
        repository.save_organisation(db, organisation)
    repository.save_delegation(db, _delegation())
    out = write_calendar(db, "jiangsu-2026", tmp_path / "p.ics", stamp=STAMP)
    assert len(_events(out.read_bytes())) == 3
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
