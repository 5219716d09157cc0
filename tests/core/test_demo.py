"""The demo register: consistent, storable, placed relative to today, and faithful to the seeds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from delegation_planner import demo
from delegation_planner.domain import grip
from delegation_planner.domain.enums import (
    DecisionOutcome,
    FollowUpStatus,
    InitiatorKind,
    Level,
    PersonKind,
    Side,
)
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import Delegation, Register
from delegation_planner.domain.text import (
    forbidden_character,
    is_country,
    is_currency,
    is_key,
    is_theme,
    single_line_problem,
)
from delegation_planner.storage import repository
from delegation_planner.storage.database import default_database_path, open_database

TODAY = dt.date(2031, 2, 10)  # far from any date in the seeds, so relative and fixed dates cannot mix


def _all_offices(today: dt.date | None = None) -> Register:
    """The three offices' demos together: the history the seeds trace, office by office."""
    parts = [demo.demo_register(today, office) for office in demo.DEMO_OFFICES]
    merged = Register()
    for kind in ("organisations", "people", "agreements", "delegations"):
        seen: dict[str, object] = {}
        for part in parts:
            for record in getattr(part, kind):
                seen.setdefault(record.id, record)
        setattr(merged, kind, list(seen.values()))
    return merged


@pytest.fixture(scope="module")
def register() -> Register:
    return _all_offices(TODAY)


@pytest.mark.parametrize(
    ("office", "own", "foreign"),
    [
        ("skane", "guangdong-2013-officials", "jiangsu-2016-business"),
        ("hovedstaden", "jiangsu-2016-business", "guangdong-2013-officials"),
        ("midtjylland", "shanghai-2009-ict-workshop", "jiangsu-2016-business"),
    ],
)
def test_each_office_demo_holds_only_its_own_trips(office: str, own: str, foreign: str) -> None:
    register = demo.demo_register(TODAY, office)
    keys = {d.id for d in register.delegations}
    assert own in keys and foreign not in keys
    people = {p.id for p in register.people}
    other = {"skane": "hovedstaden", "hovedstaden": "skane", "midtjylland": "hovedstaden"}[office]
    assert not any(key.endswith(f"-{other}") for key in people)


def test_an_office_demo_opens_with_its_own_profile(tmp_path: Path) -> None:
    from delegation_planner.storage.office_store import load_office

    path = tmp_path / "demo.sqlite3"
    demo.create_demo_database(path, TODAY, office="hovedstaden")
    db = open_database(path, read_only=True)
    try:
        office = load_office(db)
        assert (office.name, office.document_language) == ("Region Hovedstaden", "da")
        assert "bottom_up" not in office.policy.criteria
    finally:
        db.close()


def _by_id(register: Register) -> dict[str, Delegation]:
    return {d.id: d for d in register.delegations}


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every text in a record tree, with where it sits (for a readable failure)."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name), f"{path}.{f.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")


# --- consistency (contract §4) -----------------------------------------------------------------


def test_keys_are_unique_per_kind_and_well_formed(register: Register) -> None:
    for kind in ("organisations", "people", "agreements", "delegations"):
        keys = [r.id for r in getattr(register, kind)]
        assert [k for k, n in Counter(keys).items() if n > 1] == [], kind
        assert all(is_key(k) for k in keys), kind


def test_every_reference_resolves(register: Register) -> None:
    organisations = {o.id for o in register.organisations}
    people = {p.id for p in register.people}
    agreements = {a.id for a in register.agreements}
    for person in register.people:
        assert person.organisation is None or person.organisation in organisations, person.id
    for d in register.delegations:
        assert d.agreement is None or d.agreement in agreements, d.id
        if d.initiator and d.initiator.organisation is not None:
            assert d.initiator.organisation in organisations, d.id
        for p in d.participants:
            assert p.person in people, (d.id, p.person)
        for item in d.programme:
            assert item.counterpart is None or item.counterpart in organisations, (d.id, item.title)
        for point in d.follow_up_points:
            # An owner is a person's key or a unit written out; a key-like owner must be a real person.
            looks_like_key = point.owner == point.owner.lower() and " " not in point.owner
            assert not looks_like_key or point.owner in people, (d.id, point.owner)


def test_each_initiator_kind_matches_its_organisation(register: Register) -> None:
    kinds = {o.id: o.kind.value for o in register.organisations}
    for d in register.delegations:
        if d.initiator and d.initiator.organisation:
            assert d.initiator.kind.value == kinds[d.initiator.organisation], d.id


def test_records_satisfy_the_contract_rules(register: Register) -> None:
    for o in register.organisations:
        assert is_country(o.country), o.id
    for a in register.agreements:
        assert all(is_theme(t) for t in a.themes), a.id
    for d in register.delegations:
        assert d.end >= d.start, d.id
        assert is_country(d.country), d.id
        assert all(is_theme(t) for t in d.themes), d.id
        persons = [p.person for p in d.participants]
        assert len(persons) == len(set(persons)), f"{d.id}: a person twice"
        assert all(is_currency(c.currency) for c in d.costs), d.id
        for item in d.programme:
            assert d.start <= item.start.date() <= d.end, (d.id, item.title)
            assert item.end is None or item.end >= item.start, (d.id, item.title)
        if d.grip_decision:
            assert d.grip_decision.reference.startswith(("Dnr ", "J.nr. ")), d.id
        for point in d.follow_up_points:
            assert point.is_complete and point.due is not None and point.due >= d.start, (d.id, point.text)


def test_no_text_holds_characters_that_cannot_be_stored(register: Register) -> None:
    for path, text in _strings(register):
        assert forbidden_character(text) is None, path
        if not path.endswith((".notes", ".note", ".their_interests", ".our_benefits", ".justification")):
            assert single_line_problem(text) is None, path


def test_every_past_visit_carries_follow_up_points(register: Register) -> None:
    # Skåne strategy: documentation after every visit must carry points for following it up.
    for d in register.delegations:
        if d.end < TODAY:
            assert d.follow_up_points, d.id


# --- the seeds ---------------------------------------------------------------------------------


def test_the_three_political_delegations_cost_1_3_million_dkk(register: Register) -> None:
    delegations = _by_id(register)
    trips = ["jiangsu-2013-business", "jiangsu-2015-business", "jiangsu-2016-business"]
    total = sum(c.actual or 0 for key in trips for c in delegations[key].costs if c.currency == "DKK")
    assert total == 1_300_000


def test_the_november_2016_delegation_has_over_20_participants(register: Register) -> None:
    d = _by_id(register)["jiangsu-2016-business"]
    assert len(d.participants) > 20
    assert (d.start.year, d.start.month) == (2016, 11)


def test_agreements_as_the_seeds_describe_them(register: Register) -> None:
    agreements = {a.id: a for a in register.agreements}
    guangdong = agreements["guangdong-1995"]
    assert guangdong.signed is not None and guangdong.signed.year == 1995
    assert guangdong.min_official_visits_per_year == 2 and "health_care" in guangdong.themes
    assert "life_science" in agreements["tianjin-life-science"].themes
    assert agreements["jiangsu-2013"].signed == dt.date(2013, 5, 14)
    assert agreements["shanghai-sstc-2009"].partner == "Shanghai"


def test_some_contacts_still_lack_interests_and_benefits(register: Register) -> None:
    organisations = {o.id: o for o in register.organisations}
    assert organisations["jitri"].their_interests and organisations["jitri"].our_benefits
    assert any(not o.their_interests and o.kind.value != "region" for o in register.organisations)


# --- GRIP: every criterion has something to show ----------------------------------------------------


def test_each_criterion_has_a_case_that_does_not_pass(register: Register) -> None:
    people = {p.id: p for p in register.people}
    results = {d.id: grip.evaluate(d, people, PolicyProfile()) for d in register.delegations}

    def level(key: str, criterion: str) -> Level:
        return results[key].criterion(criterion).level

    assert level("guangdong-life-science-upcoming", "justification") is Level.FAIL
    assert level("guangdong-political-upcoming", "delegation_size") is Level.WARN
    assert level("guangdong-political-upcoming", "grip_decision") is Level.FAIL  # rejected
    assert level("jiangsu-2013-party-secretary", "grip_decision") is Level.FAIL  # dated after the start
    assert level("jiangsu-2015-business", "bottom_up") is Level.FAIL  # politically initiated
    assert level("jiangsu-2017-tourism-investment", "theme_priority") is Level.WARN
    assert results["jiangsu-2016-business"].verdict is Level.PASS
    passing = [r for r in results.values() if r.verdict is Level.PASS]
    assert len(passing) > len(results) / 2, "most of the history should be in order"


def test_decisions_mostly_approve_with_one_rejection(register: Register) -> None:
    outcomes = Counter(d.grip_decision.outcome for d in register.delegations if d.grip_decision)
    assert outcomes[DecisionOutcome.REJECTED] == 1
    assert outcomes[DecisionOutcome.APPROVED] + outcomes[DecisionOutcome.APPROVED_WITH_CONDITIONS] > 5
    assert any(
        d.grip_decision and d.grip_decision.reference == "J.nr. 2016-000412" for d in register.delegations
    )


def test_politicians_on_both_sides_and_only_home_ones_count(register: Register) -> None:
    people = {p.id: p for p in register.people}
    d = _by_id(register)["jiangsu-2016-business"]
    sides = {p.side for p in d.participants if people[p.person].kind is PersonKind.POLITICIAN}
    assert sides == {Side.HOME, Side.PARTNER}
    counted = {p.participant.person for p in grip.home_politicians(d, people)}
    assert counted == {"chair-hovedstaden", "committee-chair-hovedstaden"}
    assert (
        "party-secretary-jiangsu" in people
        and people["party-secretary-jiangsu"].kind is PersonKind.POLITICIAN
    )


def test_business_trips_are_initiated_from_below_except_one(register: Register) -> None:
    political = [
        d.id
        for d in register.delegations
        if d.purpose.value == "business_promotion"
        and d.initiator
        and d.initiator.kind is InitiatorKind.POLITICAL
    ]
    assert political == ["jiangsu-2015-business"]


# --- dates relative to today -----------------------------------------------------------------------


def test_planned_trips_land_relative_to_today(register: Register) -> None:
    delegations = _by_id(register)
    upcoming = delegations["guangdong-life-science-upcoming"]
    assert upcoming.start == TODAY + dt.timedelta(days=demo.UPCOMING_IN_DAYS)
    assert len(upcoming.programme) >= 5 and any(
        p.role and p.role.value == "interpreter" for p in upcoming.participants
    )
    assert all(c.actual is None and c.planned for c in upcoming.costs)
    assert upcoming.grip_decision is not None and upcoming.grip_decision.date < TODAY
    later = delegations["guangdong-political-upcoming"]
    assert later.start == TODAY + dt.timedelta(days=demo.LATER_IN_DAYS)


def test_the_recent_visit_has_overdue_and_pending_follow_up_points(register: Register) -> None:
    recent = _by_id(register)["guangdong-health-recent"]
    assert recent.end == TODAY - dt.timedelta(days=demo.RECENT_ENDED_DAYS_AGO)
    points = recent.follow_up_points
    overdue = [p for p in points if p.status is FollowUpStatus.OPEN and p.due and p.due < TODAY]
    pending = [p for p in points if p.status is FollowUpStatus.OPEN and p.due and p.due >= TODAY]
    assert len(overdue) >= 2 and pending
    assert any(p.status is FollowUpStatus.DONE for p in points)


def test_today_defaults_to_the_real_date() -> None:
    register = _all_offices()
    upcoming = _by_id(register)["guangdong-life-science-upcoming"]
    assert upcoming.start == dt.date.today() + dt.timedelta(days=demo.UPCOMING_IN_DAYS)


# --- the database file -------------------------------------------------------------------------------


def _sorted(register: Register) -> Register:
    return Register(
        *(
            sorted(getattr(register, kind), key=lambda r: r.id)
            for kind in ("organisations", "people", "agreements", "delegations")
        )
    )


@pytest.mark.parametrize("office", ["skane", "hovedstaden", "midtjylland"])
def test_create_demo_database_holds_the_whole_demo(tmp_path: Path, office: str) -> None:
    register = demo.demo_register(TODAY, office)
    path = tmp_path / "demo.sqlite3"
    demo.create_demo_database(path, TODAY, office=office)
    db = open_database(path, read_only=True)
    try:
        stored = repository.load_register(db)
        counts = {
            t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("participants", "grip_decisions")
        }
    finally:
        db.close()
    assert len(stored.organisations) == len(register.organisations) >= 5
    assert len(stored.people) == len(register.people) >= 5
    assert len(stored.agreements) == len(register.agreements) >= 1
    assert len(stored.delegations) == len(register.delegations) >= 4
    assert counts["participants"] == sum(len(d.participants) for d in register.delegations)
    assert counts["grip_decisions"] == sum(1 for d in register.delegations if d.grip_decision)
    assert _sorted(stored) == _sorted(register)


def test_danish_swedish_and_chinese_text_survives_storage(tmp_path: Path) -> None:
    names: dict[str, str] = {}
    organisations: dict[str, str] = {}
    for office in ("skane", "hovedstaden"):
        path = tmp_path / f"demo-{office}.sqlite3"
        demo.create_demo_database(path, TODAY, office=office)
        # Read with plain sqlite3, not through our own code, so both directions are checked.
        conn = sqlite3.connect(path)
        try:
            names.update(conn.execute("SELECT id, name FROM people").fetchall())
            organisations.update(conn.execute("SELECT id, name FROM organisations").fetchall())
        finally:
            conn.close()
    assert names["chair-hovedstaden"] == "Mette Kjærgaard"
    assert names["vice-chair-skane"] == "Jörgen Åkesson"
    assert names["vice-governor-jiangsu"] == "张建华"
    assert "江苏省产业技术研究院" in organisations["jitri"]
    assert organisations["region-skane"] == "Region Skåne"


def test_refuses_an_existing_non_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(b"someone's register")
    with pytest.raises(FileExistsError):
        demo.create_demo_database(path, TODAY)
    assert path.read_bytes() == b"someone's register"


def test_refuses_to_overwrite_a_real_register(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    demo.create_demo_database(path, TODAY)
    before = path.read_bytes()
    with pytest.raises(FileExistsError):
        demo.create_demo_database(path, TODAY)
    assert path.read_bytes() == before


def test_an_empty_file_is_filled(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    path.touch()
    demo.create_demo_database(path, TODAY, office="hovedstaden")
    db = open_database(path, read_only=True)
    try:
        assert repository.delegation_exists(db, "jiangsu-2016-business")
    finally:
        db.close()


def test_a_failed_write_leaves_no_half_made_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(repository, "merge_register", broken)
    path = tmp_path / "demo.sqlite3"
    with pytest.raises(RuntimeError):
        demo.create_demo_database(path, TODAY)
    assert not path.exists()


def test_default_demo_path_sits_beside_the_users_register() -> None:
    path = demo.default_demo_path()
    assert path.name == "demo-register-skane.sqlite3"
    assert demo.default_demo_path("hovedstaden").name == "demo-register-hovedstaden.sqlite3"
    assert path.parent == default_database_path().parent
    assert path != default_database_path()


# --- the interchange file ------------------------------------------------------------------------------


def test_the_demo_exports_and_validates_as_an_interchange_file(register: Register) -> None:
    writer = pytest.importorskip("delegation_planner.interchange.writer")
    reader = pytest.importorskip("delegation_planner.interchange.reader")
    text = writer.dumps(register)
    parsed = reader.parse_register(json.loads(text))
    assert _sorted(parsed) == _sorted(register)


def test_planned_trips_have_checklists_with_open_and_overdue_items(tmp_path: Path) -> None:
    from delegation_planner.storage.upcoming import upcoming

    path = tmp_path / "demo.sqlite3"
    demo.create_demo_database(path, TODAY)
    db = open_database(path)
    found = upcoming(db, TODAY, 90)
    db.close()
    assert len(found) >= 2
    assert all(u.open_items for u in found)
    assert any(u.overdue_items for u in found)


@pytest.mark.parametrize("office", demo.DEMO_OFFICES)
def test_the_trips_of_the_source_documents_are_closed_as_completed(office: str) -> None:
    from delegation_planner.domain.status import DelegationStatus, history_problem, proposed_status

    register = demo.demo_register(TODAY, office)
    past = [d for d in register.delegations if d.end < TODAY - dt.timedelta(days=demo.RECENT_ENDED_DAYS_AGO)]
    assert past and all(d.status is DelegationStatus.COMPLETED for d in past)
    assert all(history_problem(d.status, d.status_history) is None for d in past)
    # The trip just back is left for the office to close: the window proposes it.
    open_but_over = [d for d in register.delegations if proposed_status(d.status, d.end, TODAY)]
    assert [d.end for d in open_but_over] == [TODAY - dt.timedelta(days=demo.RECENT_ENDED_DAYS_AGO)]
