"""Broken decoded inputs: each mutation of the contract's example is refused with its field's path."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import pytest

from delegation_planner.interchange.reader import parse_register
from tests.core.interchange_helpers import example, first_problem

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
    (
        "empty required reference",
        put("delegations[0].participants[0].person", ""),
        "delegations[0].participants[0].person",
        "must not be empty",
    ),
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
        "the same person twice on one side",
        append("delegations[0].participants", lambda d: {"person": "chair"}),
        "delegations[0].participants[1].person",
        "already participants[0]",
    ),
    ("id with a space at the end", put("agreements[0].id", "gd "), "agreements[0].id", "not a valid id"),
    ("id is a number", put("organisations[0].id", 1), "organisations[0].id", "must be an id"),
    ("id too long", put("organisations[0].id", "x" * 101), "organisations[0].id", "longer than 100"),
    (
        "id with a zero-width space",
        put("people[0].id", "chair\u200b"),
        "people[0].id",
        "invisible character (U+200B, zero width space)",
    ),
    (
        "name with a right-to-left override",
        put("people[0].name", "Anna \u202eSvensson"),
        "people[0].name",
        "U+202E, right-to-left override",
    ),
    (
        "title of five megabytes",
        put("delegations[0].title", "x" * 5_000_000),
        "delegations[0].title",
        "at most 500",
    ),
    (
        "notes over the limit",
        put("delegations[0].notes", "x" * 20_001),
        "delegations[0].notes",
        "at most 20,000",
    ),
    (
        "twenty combining marks on one letter",
        put("people[0].name", "A" + "\u0301" * 20),
        "people[0].name",
        "combining marks in a row",
    ),
    (
        "a notes field of combining marks",
        put("delegations[0].notes", "A" + "\u0301" * 19_000),
        "delegations[0].notes",
        "combining marks in a row",
    ),
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
        put("format", "delegation-planner/3"),
        "format",
        "'delegation-planner/3' is not a format",
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
