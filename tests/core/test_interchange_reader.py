"""Reading interchange files: the contract's example, and every kind of broken file named by path."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from delegation_planner.domain.enums import (
    CostCategory,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.records import (
    CostLine,
    Delegation,
    FollowUpPoint,
    Organisation,
    Participant,
    Person,
    Register,
)
from delegation_planner.interchange.errors import InterchangeError
from delegation_planner.interchange.reader import parse_register, read_file, read_text
from delegation_planner.interchange.writer import dumps

EXAMPLE = Path(__file__).parent.parent / "data" / "contract-example.json"


def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


# --- a small path language for the mutations, the same one the problems use -----------------

_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def _parent(data: Any, path: str) -> tuple[Any, str | int]:
    steps = _steps(path)
    for step in steps[:-1]:
        data = data[step]
    return data, steps[-1]


def put(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        parent, last = _parent(data, path)
        parent[last] = value

    return apply


def drop(path: str) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        parent, last = _parent(data, path)
        del parent[last]

    return apply


def append(path: str, make: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        parent, last = _parent(data, path)
        parent[last].append(make(data))

    return apply


def first_problem(call: Callable[[], object]) -> str:
    with pytest.raises(InterchangeError) as caught:
        call()
    return caught.value.problems[0]


# --- the example -------------------------------------------------------------------------


def test_the_contract_example_parses() -> None:
    register = read_file(EXAMPLE)
    assert [o.id for o in register.organisations] == ["jitri", "region", "cluster1"]
    assert register.organisations[1] == Organisation("region", "Region Skåne", OrganisationKind.REGION, "SE")
    assert register.people[0].organisation == "region"
    assert register.agreements[0].signed == dt.date(1995, 3, 1)
    assert register.agreements[0].min_official_visits_per_year == 2
    delegation = register.delegations[0]
    assert delegation.direction is Direction.OUTBOUND
    assert delegation.start == dt.date(2026, 5, 10)
    assert delegation.initiator is not None
    assert delegation.initiator.kind is InitiatorKind.CLUSTER
    assert delegation.initiator.requested_political_participation is True
    assert delegation.participants[0].side is Side.HOME
    assert delegation.programme[0].start == dt.datetime(2026, 5, 11, 9, 0)
    assert delegation.programme[0].counterpart == "jitri"
    assert delegation.costs[0] == CostLine(CostCategory.TRAVEL, "SEK", 42000, 39500)
    assert delegation.grip_decision is not None
    assert delegation.grip_decision.note == ""
    assert delegation.follow_up_points[0].is_complete


def test_parse_register_takes_a_decoded_value() -> None:
    assert parse_register(example()) == read_file(EXAMPLE)


def test_defaults_and_optional_fields() -> None:
    data = {
        "format": "delegation-planner/1",
        "people": [{"id": "p", "name": "P", "kind": "official", "organisation": None}],
        "delegations": [
            {
                "id": "d",
                "title": "T",
                "direction": "inbound",
                "purpose": "other",
                "start": "2026-01-01",
                "end": "2026-01-01",
                "participants": [{"person": "p"}],
                "follow_up_points": [{}],
                "initiator": {"kind": "political"},
            }
        ],
    }
    register = parse_register(data)
    delegation = register.delegations[0]
    assert register.organisations == [] and register.agreements == []
    assert delegation.participants == [Participant("p", Side.HOME)]
    assert delegation.follow_up_points == [FollowUpPoint("", "", None, FollowUpStatus.OPEN)]
    assert not delegation.follow_up_points[0].is_complete
    assert delegation.initiator is not None and delegation.initiator.organisation is None
    assert delegation.themes == [] and delegation.costs == [] and delegation.grip_decision is None


def test_references_may_point_at_records_already_in_the_register() -> None:
    data = example()
    data["organisations"] = []
    data["people"] = []
    data["agreements"] = []
    known = {
        "organisations": {"jitri", "region", "cluster1"},
        "people": {"chair"},
        "agreements": {"gd"},
        "delegations": set(),
    }
    register = parse_register(data, known)
    assert register.delegations[0].participants[0].person == "chair"
    problem = first_problem(lambda: parse_register(data))
    assert problem == "delegations[0].agreement: unknown agreement 'gd'"


def test_the_contracts_own_error_example() -> None:
    data = example()
    for n in range(2):
        twin = copy.deepcopy(data["delegations"][0])
        twin["id"] = f"twin-{n}"
        data["delegations"].append(twin)
    data["delegations"][2]["participants"][0]["person"] = "p9"
    assert first_problem(lambda: parse_register(data)) == (
        "delegations[2].participants[0].person: unknown person 'p9'"
    )


# --- broken inputs -------------------------------------------------------------------------

BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("unknown top-level field", put("colour", "red"), "colour", "unknown field"),
    (
        "unknown organisation field",
        put("organisations[0].colour", "red"),
        "organisations[0].colour",
        "unknown field",
    ),
    (
        "unknown nested field",
        put("delegations[0].initiator.budget", 1),
        "delegations[0].initiator.budget",
        "unknown field",
    ),
    ("missing name", drop("organisations[1].name"), "organisations[1].name", "missing"),
    ("missing id", drop("people[0].id"), "people[0].id", "missing"),
    (
        "name is a number",
        put("organisations[1].name", 7),
        "organisations[1].name",
        "must be text, not a number",
    ),
    ("blank title", put("delegations[0].title", "   "), "delegations[0].title", "blank"),
    ("null required field", put("delegations[0].start", None), "delegations[0].start", "null"),
    (
        "bad organisation kind",
        put("organisations[0].kind", "ngo"),
        "organisations[0].kind",
        "company, business_org",
    ),
    ("kind is a bool", put("people[0].kind", True), "people[0].kind", "not true"),
    (
        "bad direction",
        put("delegations[0].direction", "sideways"),
        "delegations[0].direction",
        "inbound, outbound",
    ),
    ("enum in wrong case", put("delegations[0].purpose", "Research"), "delegations[0].purpose", "not one of"),
    (
        "bad side",
        put("delegations[0].participants[0].side", "away"),
        "delegations[0].participants[0].side",
        "home, partner",
    ),
    (
        "bad role",
        put("delegations[0].participants[0].role", "boss"),
        "delegations[0].participants[0].role",
        "leader",
    ),
    (
        "bad cost category",
        put("delegations[0].costs[0].category", "food"),
        "delegations[0].costs[0].category",
        "travel",
    ),
    (
        "bad outcome",
        put("delegations[0].grip_decision.outcome", "maybe"),
        "delegations[0].grip_decision.outcome",
        "approved_with_conditions",
    ),
    (
        "bad follow-up status",
        put("delegations[0].follow_up_points[0].status", "closed"),
        "delegations[0].follow_up_points[0].status",
        "open, done, dropped",
    ),
    ("bad agreement scope", put("agreements[0].scope", "wide"), "agreements[0].scope", "general, thematic"),
    (
        "date with one-digit month",
        put("agreements[0].signed", "1995-3-01"),
        "agreements[0].signed",
        "YYYY-MM-DD",
    ),
    (
        "date with a time",
        put("delegations[0].start", "2026-05-10T10:00"),
        "delegations[0].start",
        "YYYY-MM-DD",
    ),
    ("date as a number", put("delegations[0].start", 20260510), "delegations[0].start", "not a number"),
    ("30 February", put("delegations[0].start", "2026-02-30"), "delegations[0].start", "not a real date"),
    (
        "month 13",
        put("delegations[0].follow_up_points[0].due", "2026-13-01"),
        "delegations[0].follow_up_points[0].due",
        "not a real date",
    ),
    ("end before start", put("delegations[0].end", "2026-05-09"), "delegations[0].end", "before the start"),
    (
        "programme time with a space",
        put("delegations[0].programme[0].start", "2026-05-11 09:00"),
        "delegations[0].programme[0].start",
        "YYYY-MM-DDTHH:MM",
    ),
    (
        "programme time with seconds",
        put("delegations[0].programme[0].end", "2026-05-11T11:00:00"),
        "delegations[0].programme[0].end",
        "YYYY-MM-DDTHH:MM",
    ),
    (
        "programme hour 25",
        put("delegations[0].programme[0].start", "2026-05-11T25:00"),
        "delegations[0].programme[0].start",
        "not a real",
    ),
    (
        "programme end before start",
        put("delegations[0].programme[0].end", "2026-05-11T08:59"),
        "delegations[0].programme[0].end",
        "before the start",
    ),
    (
        "unknown organisation",
        put("people[0].organisation", "nowhere"),
        "people[0].organisation",
        "unknown organisation 'nowhere'",
    ),
    (
        "unknown agreement",
        put("delegations[0].agreement", "tj"),
        "delegations[0].agreement",
        "unknown agreement 'tj'",
    ),
    (
        "unknown initiator",
        put("delegations[0].initiator.organisation", "x"),
        "delegations[0].initiator.organisation",
        "unknown organisation 'x'",
    ),
    (
        "unknown counterpart",
        put("delegations[0].programme[0].counterpart", "x"),
        "delegations[0].programme[0].counterpart",
        "unknown organisation 'x'",
    ),
    (
        "unknown participant",
        put("delegations[0].participants[0].person", "p9"),
        "delegations[0].participants[0].person",
        "unknown person 'p9'",
    ),
    ("empty reference", put("delegations[0].agreement", ""), "delegations[0].agreement", "must not be empty"),
    (
        "duplicate organisation id",
        put("organisations[2].id", "jitri"),
        "organisations[2].id",
        "duplicate id 'jitri' (also organisations[0])",
    ),
    (
        "duplicate delegation id",
        append("delegations", lambda d: copy.deepcopy(d["delegations"][0])),
        "delegations[1].id",
        "duplicate id",
    ),
    (
        "the same person twice",
        append("delegations[0].participants", lambda d: {"person": "chair", "side": "partner"}),
        "delegations[0].participants[1].person",
        "already participants[0]",
    ),
    ("id with a space at the end", put("agreements[0].id", "gd "), "agreements[0].id", "not a valid id"),
    ("id is a number", put("organisations[0].id", 1), "organisations[0].id", "must be an id"),
    ("id too long", put("organisations[0].id", "x" * 201), "organisations[0].id", "longer than 200"),
    (
        "theme with a capital",
        put("delegations[0].themes", ["Life_science"]),
        "delegations[0].themes[0]",
        "not a theme",
    ),
    ("theme twice", put("agreements[0].themes", ["food", "food"]), "agreements[0].themes[1]", "twice"),
    ("themes not a list", put("delegations[0].themes", "food"), "delegations[0].themes", "must be a list"),
    ("lower-case country", put("organisations[1].country", "se"), "organisations[1].country", "ISO 3166"),
    ("unknown country", put("delegations[0].country", "XX"), "delegations[0].country", "ISO 3166"),
    ("three-letter country", put("organisations[0].country", "CHN"), "organisations[0].country", "ISO 3166"),
    (
        "bad currency",
        put("delegations[0].costs[0].currency", "KR"),
        "delegations[0].costs[0].currency",
        "ISO 4217",
    ),
    (
        "lower-case currency",
        put("delegations[0].costs[0].currency", "sek"),
        "delegations[0].costs[0].currency",
        "ISO 4217",
    ),
    (
        "missing currency",
        drop("delegations[0].costs[0].currency"),
        "delegations[0].costs[0].currency",
        "missing",
    ),
    (
        "negative money",
        put("delegations[0].costs[0].planned", -1),
        "delegations[0].costs[0].planned",
        "negative",
    ),
    (
        "money as text",
        put("delegations[0].costs[0].actual", "39500"),
        "delegations[0].costs[0].actual",
        "must be a number, not text",
    ),
    (
        "money as a bool",
        put("delegations[0].costs[0].actual", True),
        "delegations[0].costs[0].actual",
        "must be a number, not true",
    ),
    (
        "NaN money",
        put("delegations[0].costs[0].planned", float("nan")),
        "delegations[0].costs[0].planned",
        "finite",
    ),
    (
        "infinite money",
        put("delegations[0].costs[0].planned", float("inf")),
        "delegations[0].costs[0].planned",
        "finite",
    ),
    (
        "absurd money",
        put("delegations[0].costs[0].planned", 10**16),
        "delegations[0].costs[0].planned",
        "larger than",
    ),
    (
        "negative visits",
        put("agreements[0].min_official_visits_per_year", -1),
        "agreements[0].min_official_visits_per_year",
        "from 0",
    ),
    (
        "fractional visits",
        put("agreements[0].min_official_visits_per_year", 2.5),
        "agreements[0].min_official_visits_per_year",
        "whole number",
    ),
    (
        "visits as a bool",
        put("agreements[0].min_official_visits_per_year", True),
        "agreements[0].min_official_visits_per_year",
        "whole number",
    ),
    (
        "requested as text",
        put("delegations[0].initiator.requested_political_participation", "yes"),
        "delegations[0].initiator.requested_political_participation",
        "true or false",
    ),
    (
        "initiator without kind",
        drop("delegations[0].initiator.kind"),
        "delegations[0].initiator.kind",
        "missing",
    ),
    (
        "decision without date",
        drop("delegations[0].grip_decision.date"),
        "delegations[0].grip_decision.date",
        "missing",
    ),
    (
        "control character in a name",
        put("people[0].name", "Anna\x07 Svensson"),
        "people[0].name",
        "control character (U+0007)",
    ),
    (
        "line break in a title",
        put("delegations[0].title", "Business\ndelegation"),
        "delegations[0].title",
        "one line",
    ),
    ("NUL in the notes", put("delegations[0].notes", "a\x00b"), "delegations[0].notes", "control character"),
    (
        "lone surrogate",
        put("organisations[0].our_benefits", "x\ud800"),
        "organisations[0].our_benefits",
        "control character",
    ),
    (
        "participants not a list",
        put("delegations[0].participants", {"person": "chair"}),
        "delegations[0].participants",
        "must be a list",
    ),
    (
        "participant not an object",
        put("delegations[0].participants[0]", "chair"),
        "delegations[0].participants[0]",
        "must be an object",
    ),
    (
        "decision not an object",
        put("delegations[0].grip_decision", "approved"),
        "delegations[0].grip_decision",
        "must be an object",
    ),
    ("organisations not a list", put("organisations", {}), "organisations", "must be a list"),
    (
        "wrong format",
        put("format", "delegation-planner/2"),
        "format",
        "'delegation-planner/2' is not a format",
    ),
    ("format missing", drop("format"), "format", "missing"),
    ("format not text", put("format", 1), "format", "a number is not a format"),
]


@pytest.mark.parametrize(("mutate", "path", "reason"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_input_is_refused_with_its_path(
    mutate: Callable[[dict[str, Any]], None], path: str, reason: str
) -> None:
    data = example()
    mutate(data)
    problem = first_problem(lambda: parse_register(data))
    assert problem.split(": ", 1)[0] == path, problem
    assert reason in problem.split(": ", 1)[1], problem


def _example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


BROKEN_TEXT: list[tuple[str, bytes, str, str]] = [
    (
        "invalid JSON",
        _example_text().replace('"SE", "kind": "region"}', '"SE", "kind": "region",}').encode(),
        "file",
        "line 7, column",
    ),
    ("invalid UTF-8", _example_text().encode().replace("Skåne".encode(), b"Sk\xe5ne"), "file", "not UTF-8"),
    ("Latin-1 file", _example_text().encode("latin-1", "replace"), "file", "not UTF-8"),
    ("empty file", b"", "file", "empty"),
    ("only white space", b" \n\t", "file", "empty"),
    ("top level is a list", b"[]", "file", "JSON object"),
    ("top level is text", b'"delegation-planner/1"', "file", "not text"),
    ("trailing garbage", b'{"format": "delegation-planner/1"} x', "file", "line 1, column 36"),
    (
        "duplicate key",
        _example_text()
        .replace('"title": "Business delegation to Jiangsu"', '"title": "A", "title": "B"')
        .encode(),
        "delegations[0].title",
        "twice",
    ),
    (
        "duplicate top-level key",
        b'{"format": "delegation-planner/1", "people": [], "people": []}',
        "people",
        "twice",
    ),
    (
        "NaN literal",
        _example_text().replace('"planned": 42000', '"planned": NaN').encode(),
        "delegations[0].costs[0].planned",
        "finite",
    ),
    (
        "Infinity literal",
        _example_text().replace('"actual": 39500', '"actual": -Infinity').encode(),
        "delegations[0].costs[0].actual",
        "finite",
    ),
    (
        "huge integer",
        b'{"format": "delegation-planner/1", "x": ' + b"9" * 5000 + b"}",
        "file",
        "cannot be read",
    ),
    (
        "deep nesting",
        b'{"format": "delegation-planner/1", "x": ' + b"[" * 100000 + b"]" * 100000 + b"}",
        "file",
        "nested",
    ),
    ("not our format", b'{"type": "FeatureCollection", "features": []}', "format", "missing"),
]


@pytest.mark.parametrize(
    ("raw", "path", "reason"), [c[1:] for c in BROKEN_TEXT], ids=[c[0] for c in BROKEN_TEXT]
)
def test_broken_file_is_refused_with_its_place(raw: bytes, path: str, reason: str) -> None:
    problem = first_problem(lambda: read_text(raw))
    assert problem.split(": ", 1)[0] == path, problem
    assert reason in problem.split(": ", 1)[1], problem


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    raw = b"\xef\xbb\xbf" + EXAMPLE.read_bytes()
    assert read_text(raw) == read_file(EXAMPLE)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = first_problem(lambda: read_file(tmp_path / "nope.json"))
    assert missing.startswith("file: there is no file") and "nope.json" in missing
    folder = first_problem(lambda: read_file(tmp_path))
    assert "is a folder" in folder


def test_every_problem_is_listed_and_summarised() -> None:
    data = example()
    data["organisations"][0]["kind"] = "ngo"
    data["people"][0]["organisation"] = "nowhere"
    data["delegations"][0]["start"] = "2026-02-30"
    with pytest.raises(InterchangeError) as caught:
        parse_register(data)
    error = caught.value
    assert error.problems == [
        "organisations[0].kind: 'ngo' is not one of: company, business_org, cluster, university, "
        "government, region, operator, other",
        "people[0].organisation: unknown organisation 'nowhere'",
        "delegations[0].start: '2026-02-30' is not a real date",
    ]
    assert str(error) == error.problems[0] + " (and 2 more problems)"


def test_a_very_broken_file_stops_listing_at_fifty() -> None:
    data = example()
    data["people"] = [{"id": f"p{n}", "name": "", "kind": "king"} for n in range(100)]
    with pytest.raises(InterchangeError) as caught:
        parse_register(data)
    assert len(caught.value.problems) == 50
    assert caught.value.truncated
    assert str(caught.value).endswith("(and at least 49 more problems)")


def test_one_problem_has_no_summary() -> None:
    assert str(InterchangeError(["a: b"])) == "a: b"
    assert str(InterchangeError(["a: b", "c: d"])) == "a: b (and 1 more problem)"


def test_empty_optional_text_and_country_mean_not_given() -> None:
    data = example()
    data["organisations"][1]["country"] = ""
    data["people"][0]["title"] = ""
    data["delegations"][0]["grip_decision"] = None
    data["delegations"][0]["agreement"] = None
    register = parse_register(data)
    assert register.organisations[1].country == ""
    assert register.people[0].title == ""
    assert register.delegations[0].grip_decision is None
    assert register.delegations[0].agreement is None


def test_a_follow_up_owner_is_free_text_and_not_checked_as_a_reference() -> None:
    data = example()
    data["delegations"][0]["follow_up_points"].append({"text": "Report", "owner": "The business agency"})
    register = parse_register(data)
    assert register.delegations[0].follow_up_points[1].owner == "The business agency"


def test_a_partner_side_politician_is_just_a_participant() -> None:
    data = example()
    data["people"].append({"id": "sec", "name": "Party secretary", "kind": "politician"})
    data["delegations"][0]["participants"].append({"person": "sec", "side": "partner", "role": "guest"})
    register = parse_register(data)
    assert register.delegations[0].participants[1].side is Side.PARTNER


TEXTS = [
    "江苏省产业技术研究院",
    "Københavns Universitet — Ærø, Øresund, Åbenrå",
    "Tags <b> & \"quotes\" 'single' \\backslash",
    "emoji 🇸🇪 and combining e\u0301",
]


@pytest.mark.parametrize("value", TEXTS)
def test_unicode_and_markup_characters_round_trip_unchanged(value: str) -> None:
    register = Register(
        organisations=[
            Organisation("o", value, OrganisationKind.OTHER, their_interests=value + "\nline two")
        ],
        people=[Person("p", value, PersonKind.OTHER, title=value)],
        delegations=[
            Delegation(
                id=value,
                title=value,
                direction=Direction.INBOUND,
                purpose=Purpose.EXCHANGE,
                start=dt.date(2026, 1, 1),
                end=dt.date(2026, 1, 2),
                participants=[Participant("p", justification=value)],
                follow_up_points=[FollowUpPoint(value, value)],
                notes=value,
            )
        ],
    )
    text = dumps(register)
    assert value.replace("\\", "\\\\").replace('"', '\\"') in text  # written as is, not \u-escaped
    assert read_text(text.encode("utf-8")) == register
