"""Typed readers for the fields of one JSON object, reporting problems by path.

Each reader looks up one field, checks its JSON type strictly (a boolean is not a
number, a number is not text) and its form, records a problem when it is wrong and
returns the value or ``None``. Readers never raise for bad data, so one pass over
a file finds every problem rather than only the first.

Absent values: an optional field may be left out or be ``null``; both mean "not
given". An empty string is accepted only where the record's own empty value is
text (free text, ``country``, a follow-up point's owner); for a date, an
enumeration or a reference an empty string is an error, not "none".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from delegation_planner.domain import text as domain_text
from delegation_planner.texts.catalogue import mark, number, tr

E = TypeVar("E", bound=StrEnum)

MAX_PROBLEMS = 50
MAX_PROBLEM_LENGTH = 240
# Money is stored as an SQLite REAL (a double); above 2**53 whole amounts stop being
# exact and an export would no longer match its import. No budget comes near this.
MAX_MONEY = 10**15
MAX_VISITS_PER_YEAR = 1000

_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_MINUTE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$")

JsonObject = Mapping[str, object]


class TooManyProblems(Exception):
    """Raised by ``Problems.add`` when the list is full: there is no point reading on."""


class Problems:
    """The problems found so far, in file order, up to ``limit``."""

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.items: list[str] = []
        self.truncated = False
        self._limit = limit

    def add(self, path: str, reason: str) -> None:
        if len(self.items) >= self._limit:
            self.truncated = True
            raise TooManyProblems
        # A key a megabyte long or holding terminal escapes must not become the message:
        # every line is shown escaped and cut to a readable length.
        self.items.append(domain_text.printable(f"{path or 'file'}: {reason}", MAX_PROBLEM_LENGTH))

    def __bool__(self) -> bool:
        return bool(self.items)


def member(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def item(path: str, index: int) -> str:
    return f"{path}[{index}]"


# What a reference names, in the reader's language ("unknown person 'p9'").
_KINDS = {"person": mark("person"), "organisation": mark("organisation"), "agreement": mark("agreement")}


def describe(value: object) -> str:
    """A JSON value's type in words, for "must be text, not a number"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return tr("a number")
    if isinstance(value, str):
        return tr("text")
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return type(value).__name__


def quoted(value: str, limit: int = 60) -> str:
    return "'" + domain_text.printable(value, limit).replace("'", "\\'") + "'"


class Fields:
    """One JSON object at ``path``, read field by field."""

    def __init__(self, data: JsonObject, path: str, problems: Problems) -> None:
        self.data = data
        self.path = path
        self.problems = problems

    def at(self, name: str) -> str:
        return member(self.path, name)

    def problem(self, name: str, reason: str) -> None:
        self.problems.add(self.at(name), reason)

    def only(self, allowed: Sequence[str]) -> None:
        """Every field must be one the contract names for this record."""
        for name in self.data:
            if name not in allowed:
                self.problem(
                    name, tr("unknown field (this record may have: {fields})", fields=", ".join(allowed))
                )

    def raw(self, name: str, *, required: bool) -> object:
        """The value, or None when absent or null (a problem if it is required)."""
        if name not in self.data:
            if required:
                self.problem(name, tr("missing (required)"))
            return None
        value = self.data[name]
        if value is None and required:
            self.problem(name, tr("required, but null"))
        return value

    # --- text ------------------------------------------------------------------------

    def text(self, name: str, *, required: bool = False, single_line: bool = False) -> str | None:
        """Text; a required one must not be blank. ``None`` only when it was wrong or absent."""
        value = self.raw(name, required=required)
        if value is None:
            return None if required else ""
        if not isinstance(value, str):
            self.problem(name, tr("must be text, not {value}", value=describe(value)))
            return None
        problem = domain_text.single_line_problem(value) if single_line else None
        problem = problem or domain_text.forbidden_character(value)
        if problem:
            self.problem(name, problem)
            return None
        if required and not value.strip():
            self.problem(name, tr("must not be blank"))
            return None
        return value

    def key(self, name: str = "id") -> str | None:
        """A record's own ``id`` (required)."""
        value = self.raw(name, required=True)
        if value is None:
            return None
        return self._key_form(name, value)

    def reference(self, name: str, kind: str, known: set[str], *, required: bool = False) -> str | None:
        """The ``id`` of a record of ``kind`` that is in the file or already in the register."""
        value = self.raw(name, required=required)
        if value is None or (value == "" and not required):
            return None  # other offices' writers may put "" for "none"
        found = self._key_form(name, value)
        if found is not None and found not in known:
            self.problem(
                name, tr("unknown {kind} {found}", kind=tr(_KINDS.get(kind, kind)), found=quoted(found))
            )
            return None
        return found

    def _key_form(self, name: str, value: object) -> str | None:
        if not isinstance(value, str):
            self.problem(name, tr("must be an id (text), not {value}", value=describe(value)))
            return None
        problem = domain_text.single_line_problem(value)
        if problem:
            self.problem(name, problem)
            return None
        if not domain_text.is_key(value):
            if not value:
                reason = tr("must not be empty (leave the field out if there is none)")
            elif len(value) > domain_text.MAX_KEY_LENGTH:
                reason = tr("is longer than {limit} characters", limit=domain_text.MAX_KEY_LENGTH)
            elif invisible := domain_text.invisible_character(value):
                reason = f"{quoted(value)} {invisible}"
            else:
                reason = tr("{value} is not a valid id (no spaces at either end)", value=quoted(value))
            self.problem(name, reason)
            return None
        return value

    def country(self, name: str = "country") -> str:
        value = self.text(name, single_line=True)
        if value and not domain_text.is_country(value):
            self.problem(
                name,
                tr(
                    "{value} is not an ISO 3166 two-letter country code (such as SE, DK, CN)",
                    value=quoted(value),
                ),
            )
            return ""
        return value or ""

    def currency(self, name: str = "currency") -> str | None:
        value = self.raw(name, required=True)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(name, tr("must be text, not {value}", value=describe(value)))
            return None
        if not domain_text.is_currency(value):
            self.problem(
                name,
                tr("{value} is not an ISO 4217 currency code (such as SEK, DKK, EUR)", value=quoted(value)),
            )
            return None
        return value

    def themes(self, name: str = "themes") -> list[str]:
        found: list[str] = []
        for path, value in self.list_items(name):
            if not isinstance(value, str):
                self.problems.add(path, tr("must be text, not {value}", value=describe(value)))
            elif not domain_text.is_theme(value):
                self.problems.add(
                    path,
                    tr(
                        "{value} is not a theme (lowercase letters, digits and _, such as life_science)",
                        value=quoted(value),
                    ),
                )
            elif value in found:
                self.problems.add(path, tr("theme {value} is listed twice", value=quoted(value)))
            else:
                found.append(value)
        return found

    # --- choices, dates, numbers -----------------------------------------------------------

    def choice(self, name: str, kind: type[E], *, required: bool = False) -> E | None:
        value = self.raw(name, required=required)
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return kind(value)
            except ValueError:
                pass
        # The list of allowed values is only spelled out for a wrong one (a file holds
        # hundreds of thousands of right ones).
        allowed = ", ".join(member.value for member in kind)
        if not isinstance(value, str):
            self.problem(
                name, tr("must be one of {allowed}; not {value}", allowed=allowed, value=describe(value))
            )
        else:
            self.problem(name, tr("{value} is not one of: {allowed}", value=quoted(value), allowed=allowed))
        return None

    def date(self, name: str, *, required: bool = False) -> dt.date | None:
        value = self.raw(name, required=required)
        if value is None or (value == "" and not required):
            return None  # an optional date left blank: a follow-up point with no due date, say
        if not isinstance(value, str) or not _DATE.match(value):
            shown = quoted(value) if isinstance(value, str) else describe(value)
            self.problem(name, tr("must be a date written YYYY-MM-DD, not {shown}", shown=shown))
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.problem(name, tr("{value} is not a real date", value=quoted(value)))
            return None

    def minute(self, name: str, *, required: bool = False) -> dt.datetime | None:
        value = self.raw(name, required=required)
        if value is None:
            return None
        if not isinstance(value, str) or not _MINUTE.match(value):
            shown = quoted(value) if isinstance(value, str) else describe(value)
            self.problem(
                name, tr("must be a date and time written YYYY-MM-DDTHH:MM, not {shown}", shown=shown)
            )
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            self.problem(name, tr("{value} is not a real date and time", value=quoted(value)))
            return None

    def money(self, name: str) -> float | None:
        value = self.raw(name, required=False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(name, tr("must be a number, not {value}", value=describe(value)))
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem(name, tr("must be a finite number"))
            return None
        if value < 0:
            self.problem(name, tr("must not be negative"))
            return None
        if value > MAX_MONEY:
            self.problem(name, tr("is larger than {limit}", limit=number(MAX_MONEY)))
            return None
        return value

    def count(self, name: str, *, maximum: int) -> int | None:
        value = self.raw(name, required=False)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # 2.0 from a spreadsheet-made file is the whole number 2
        if isinstance(value, bool) or not isinstance(value, int):
            shown = repr(value) if isinstance(value, float) else describe(value)
            self.problem(name, tr("must be a whole number, not {shown}", shown=shown))
            return None
        if not 0 <= value <= maximum:
            self.problem(name, tr("must be a whole number from 0 to {maximum}", maximum=maximum))
            return None
        return value

    def boolean(self, name: str) -> bool | None:
        value = self.raw(name, required=False)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.problem(name, tr("must be true or false, not {value}", value=describe(value)))
            return None
        return value

    # --- nesting -------------------------------------------------------------------------

    def list_items(self, name: str) -> Iterator[tuple[str, object]]:
        """(path, value) for each entry of an optional list field."""
        value = self.raw(name, required=False)
        if value is None:
            return
        if not isinstance(value, list):
            self.problem(name, tr("must be a list, not {value}", value=describe(value)))
            return
        for index, entry in enumerate(value):
            yield item(self.at(name), index), entry

    def nested(self, name: str) -> Fields | None:
        """An optional object field."""
        value = self.raw(name, required=False)
        if value is None:
            return None
        return object_at(value, self.at(name), self.problems)


def object_at(value: object, path: str, problems: Problems) -> Fields | None:
    if not isinstance(value, dict):
        problems.add(path, tr("must be an object {{…}}, not {value}", value=describe(value)))
        return None
    return Fields(value, path, problems)
