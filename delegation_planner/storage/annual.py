"""A year's delegations, costs, follow-up and results as plain data, for the annual report.

"A consolidated annual follow-up, including the financial accounting, goes to
the regional board" (the Skåne strategy). A delegation belongs to the year in
which it *starts*, so a trip from 30 December to 3 January is reported once.

Everything is read with one query per table for the year's delegations (a
sub-select on the indexed ``start`` column), never one query per delegation, so
a year of a thousand delegations is read in well under a second.

Amounts in different currencies are never added together: there is no agreed
rate, and a sum of SEK and DKK would be a number nobody can account for.

The report is *as of* a day (``today``): a delegation has taken place when it
ended on or before that day. Only those count as done (and as official visits
for an agreement); the year's planned amounts are summed over every delegation,
its actual amounts only over those that have taken place.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from delegation_planner.domain.enums import (
    CostCategory,
    DecisionOutcome,
    Direction,
    FollowUpStatus,
    PersonKind,
    Purpose,
    Role,
    Side,
)
from delegation_planner.domain.politicians import counts_as_politician
from delegation_planner.domain.records import CostLine, GripDecision, Result
from delegation_planner.domain.status import DelegationStatus
from delegation_planner.storage.agreement_followup import AgreementYear, agreement_follow_up
from delegation_planner.storage.overview_sql import WITHOUT_VISIT_SQL
from delegation_planner.storage.results import delegation_titles, list_results

if TYPE_CHECKING:
    from sqlite_utils import Database

# The year's delegations that took place or may still take place, as a sub-select every
# child query filters on. Declined and cancelled ones are reported apart (``ended``).
_YEAR_KEYS = (
    f"SELECT id FROM delegations WHERE start >= ? AND start < ? AND status NOT IN ({WITHOUT_VISIT_SQL})"
)


@dataclass(frozen=True)
class FollowUpCounts:
    """Follow-up points by status; ``overdue`` is the part of ``open`` whose due date has passed."""

    done: int = 0
    open: int = 0
    overdue: int = 0
    dropped: int = 0

    @property
    def total(self) -> int:
        return self.done + self.open + self.dropped

    def __add__(self, other: FollowUpCounts) -> FollowUpCounts:
        return FollowUpCounts(
            self.done + other.done,
            self.open + other.open,
            self.overdue + other.overdue,
            self.dropped + other.dropped,
        )


@dataclass(frozen=True)
class Amounts:
    """Planned and actual in one currency; None where no line carries an amount."""

    currency: str
    planned: float | None
    actual: float | None


@dataclass(frozen=True)
class CategoryAmounts:
    """The year's amounts of one cost category in one currency."""

    category: CostCategory
    amounts: Amounts


@dataclass(frozen=True)
class PartnerAmounts:
    """The year's amounts spent on one partner region in one currency."""

    partner: str
    amounts: Amounts


@dataclass(frozen=True)
class ParticipantLine:
    """A participant as a delegation's section of the report lists them."""

    name: str
    organisation: str
    side: Side
    role: Role | None
    kind: PersonKind


@dataclass
class DelegationFigures:
    """One delegation of the year, as its section in the report shows it."""

    key: str
    title: str
    direction: Direction
    purpose: Purpose
    partner_region: str
    country: str
    start: dt.date
    end: dt.date
    themes: list[str] = field(default_factory=list)
    participants: list[ParticipantLine] = field(default_factory=list)
    decision: GripDecision | None = None
    costs: list[CostLine] = field(default_factory=list)
    follow_up: FollowUpCounts = field(default_factory=FollowUpCounts)

    @property
    def home_politicians(self) -> list[str]:
        return [p.name for p in self.participants if counts_as_politician(p.side, p.kind)]

    def side_count(self, side: Side) -> int:
        return sum(1 for p in self.participants if p.side is side)

    def totals(self) -> list[Amounts]:
        return currency_totals(self.costs)

    def taken_place(self, as_of: dt.date) -> bool:
        """Whether the trip has ended by ``as_of``: only then is it done."""
        return self.end <= as_of

    def counted_costs(self, as_of: dt.date) -> list[CostLine]:
        """The cost lines as the year's sums count them: a trip not yet made has no actual cost."""
        if self.taken_place(as_of):
            return self.costs
        return [replace(line, actual=None) for line in self.costs]


@dataclass(frozen=True)
class EndedWithoutVisit:
    """A declined or cancelled delegation of the year: shown apart, counted nowhere else."""

    key: str
    title: str
    partner_region: str
    start: dt.date
    status: DelegationStatus
    date: dt.date | None  # when it was declined or cancelled, if recorded
    reason: str


@dataclass
class AnnualFigures:
    """Everything the annual report of a year shows (see ``year_figures``)."""

    year: int
    today: dt.date
    delegations: list[DelegationFigures]
    by_direction: dict[Direction, int]
    by_purpose: dict[Purpose, dict[Direction, int]]
    partners: list[tuple[str, int]]  # partner region, delegations; most first
    politicians: list[tuple[str, int]]  # home-side politician, delegations; most first
    costs: list[CategoryAmounts]  # by category (enum order) and currency
    totals: list[Amounts]  # one per currency
    partner_costs: dict[str, list[PartnerAmounts]]  # currency -> partners
    follow_up: FollowUpCounts
    per_month: list[int]  # twelve counts, January first
    results: list[Result]
    result_delegations: dict[str, str]  # key -> title, for the results' links
    organisation_names: dict[str, str]
    agreements: list[AgreementYear]
    ended: list[EndedWithoutVisit] = field(default_factory=list)

    @property
    def as_of(self) -> dt.date:
        """The day the report is made as of: trips ended by then have taken place."""
        return self.today

    @property
    def completed(self) -> list[DelegationFigures]:
        return [d for d in self.delegations if d.taken_place(self.today)]

    @property
    def planned(self) -> list[DelegationFigures]:
        return [d for d in self.delegations if not d.taken_place(self.today)]

    @property
    def politician_participations(self) -> int:
        return sum(n for _, n in self.politicians)

    @property
    def all_costs(self) -> list[CostLine]:
        """Every cost line of the year, actual amounts only of trips that took place."""
        return [line for d in self.delegations for line in d.counted_costs(self.today)]


def year_figures(
    db: Database,
    year: int,
    today: dt.date | None = None,
    *,
    as_of: dt.date | None = None,
    checkpoint: Callable[[], None] = lambda: None,
) -> AnnualFigures:
    """Everything the annual report of ``year`` shows, as of ``today`` (``as_of`` is
    the same, by its name in the report; default: the real today), which decides
    what has taken place and what is overdue. ``checkpoint`` is called between the
    reads (a caller in a worker thread may stop there, or wait)."""
    today = as_of or today or dt.date.today()
    bounds = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    delegations = _delegations(db, bounds)
    by_key = {d.key: d for d in delegations}
    for attach in (_attach_participants, _attach_costs, _attach_decisions):
        checkpoint()
        attach(db, bounds, by_key)
    checkpoint()
    _attach_follow_up(db, bounds, by_key, today)
    checkpoint()

    by_direction = Counter(d.direction for d in delegations)
    by_purpose: dict[Purpose, dict[Direction, int]] = {}
    for d in delegations:
        by_purpose.setdefault(d.purpose, dict.fromkeys(Direction, 0))[d.direction] += 1
    by_purpose = {p: by_purpose[p] for p in Purpose if p in by_purpose}
    politicians = Counter(name for d in delegations for name in d.home_politicians)
    per_month = [0] * 12
    for d in delegations:
        per_month[d.start.month - 1] += 1
    # The board reads the year in order: results oldest first, undated last.
    results = sorted(list_results(db, year), key=lambda r: (r.date is None, r.date or dt.date.min))
    counted = [line for d in delegations for line in d.counted_costs(today)]
    return AnnualFigures(
        year=year,
        today=today,
        delegations=delegations,
        by_direction={direction: by_direction.get(direction, 0) for direction in Direction},
        by_purpose=by_purpose,
        partners=_most_first(_partner_counts(delegations).items()),
        politicians=_most_first(politicians.items()),
        costs=category_amounts(counted),
        totals=currency_totals(counted),
        partner_costs=_partner_costs(delegations, today),
        follow_up=sum((d.follow_up for d in delegations), FollowUpCounts()),
        per_month=per_month,
        results=results,
        result_delegations=delegation_titles(db, [k for r in results for k in r.delegations]),
        organisation_names=_organisation_names(db, {k for r in results for k in r.organisations}),
        agreements=agreement_follow_up(db, year, today),
        ended=ended_without_visit(db, bounds),
    )


def ended_counts(figures: AnnualFigures) -> dict[str, int]:
    """How many of the year's delegations were cancelled and declined (counted nowhere else)."""
    return {
        status.value: sum(1 for e in figures.ended if e.status is status)
        for status in (DelegationStatus.CANCELLED, DelegationStatus.DECLINED)
    }


def ended_without_visit(db: Database, bounds: list[str]) -> list[EndedWithoutVisit]:
    """The year's declined and cancelled delegations with the reason of their last change."""
    found = []
    for r in db.execute(
        "SELECT d.id, d.title, d.partner_region, d.start, d.status, c.date, c.reason FROM delegations d "
        "LEFT JOIN status_changes c ON c.id = (SELECT max(id) FROM status_changes "
        "WHERE delegation_id = d.id AND status = d.status) "
        f"WHERE d.start >= ? AND d.start < ? AND d.status IN ({WITHOUT_VISIT_SQL}) "
        "ORDER BY d.start, d.title COLLATE NOCASE, d.id",
        bounds,
    ).fetchall():
        found.append(
            EndedWithoutVisit(
                key=r[0],
                title=r[1],
                partner_region=r[2],
                start=dt.date.fromisoformat(r[3]),
                status=DelegationStatus(r[4]),
                date=dt.date.fromisoformat(r[5]) if r[5] else None,
                reason=r[6] or "",
            )
        )
    return found


# --- sums ------------------------------------------------------------------------------------


def amount_sum(values: Iterable[float | None]) -> float | None:
    """The sum of the amounts that are there; None when none is (shown as "–", not 0)."""
    present = [float(v) for v in values if v is not None]
    return math.fsum(present) if present else None


def currency_totals(lines: Iterable[CostLine]) -> list[Amounts]:
    """Planned and actual per currency, currencies alphabetically."""
    grouped: dict[str, list[CostLine]] = defaultdict(list)
    for line in lines:
        grouped[line.currency].append(line)
    return [_amounts(currency, grouped[currency]) for currency in sorted(grouped)]


def category_amounts(lines: Iterable[CostLine]) -> list[CategoryAmounts]:
    order = list(CostCategory)
    grouped: dict[tuple[CostCategory, str], list[CostLine]] = defaultdict(list)
    for line in lines:
        grouped[(line.category, line.currency)].append(line)
    return [
        CategoryAmounts(category, _amounts(currency, grouped[(category, currency)]))
        for category, currency in sorted(grouped, key=lambda k: (order.index(k[0]), k[1]))
    ]


def _amounts(currency: str, lines: list[CostLine]) -> Amounts:
    return Amounts(currency, amount_sum(x.planned for x in lines), amount_sum(x.actual for x in lines))


def _partner_costs(delegations: list[DelegationFigures], as_of: dt.date) -> dict[str, list[PartnerAmounts]]:
    grouped: dict[str, dict[str, list[CostLine]]] = defaultdict(lambda: defaultdict(list))
    spelling = _partner_spelling(delegations)
    for d in delegations:
        partner = spelling[_fold(d.partner_region)]
        for line in d.counted_costs(as_of):
            grouped[line.currency][partner].append(line)
    return {
        currency: [
            PartnerAmounts(partner, _amounts(currency, lines))
            for partner, lines in sorted(grouped[currency].items(), key=lambda kv: _fold(kv[0]))
        ]
        for currency in sorted(grouped)
    }


def _partner_counts(delegations: list[DelegationFigures]) -> dict[str, int]:
    # "Jiangsu" and "jiangsu" are the same partner; the first spelling met is shown.
    spelling = _partner_spelling(delegations)
    counts: Counter[str] = Counter(spelling[_fold(d.partner_region)] for d in delegations)
    return dict(counts)


def _partner_spelling(delegations: list[DelegationFigures]) -> dict[str, str]:
    spelling: dict[str, str] = {}
    for d in delegations:
        spelling.setdefault(_fold(d.partner_region), d.partner_region.strip())
    return spelling


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _most_first(items: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(items, key=lambda kv: (-kv[1], _fold(kv[0])))


# --- the bulk reads ------------------------------------------------------------------------------


def _delegations(db: Database, bounds: list[str]) -> list[DelegationFigures]:
    rows = db.execute(
        'SELECT id, title, direction, purpose, partner_region, country, start, "end", themes '
        f"FROM delegations WHERE id IN ({_YEAR_KEYS}) ORDER BY start, title COLLATE NOCASE, id",
        bounds,
    ).fetchall()
    return [
        DelegationFigures(
            key=r[0],
            title=r[1],
            direction=Direction(r[2]),
            purpose=Purpose(r[3]),
            partner_region=r[4],
            country=r[5],
            start=dt.date.fromisoformat(r[6]),
            end=dt.date.fromisoformat(r[7]),
            themes=json.loads(r[8]),
        )
        for r in rows
    ]


def _attach_participants(db: Database, bounds: list[str], by_key: dict[str, DelegationFigures]) -> None:
    rows = db.execute(
        "SELECT p.delegation_id, x.name, COALESCE(o.name, ''), p.side, p.role, x.kind "
        "FROM participants p JOIN people x ON x.id = p.person_id "
        "LEFT JOIN organisations o ON o.id = x.organisation_id "
        f"WHERE p.delegation_id IN ({_YEAR_KEYS}) ORDER BY p.delegation_id, p.position",
        bounds,
    ).fetchall()
    # The enums by value from dicts: calling an enum costs a few µs, and a year has
    # thousands of participants with three of them each.
    sides = {s.value: s for s in Side}
    roles = {r.value: r for r in Role}
    kinds = {k.value: k for k in PersonKind}
    for key, name, organisation, side, role, kind in rows:
        by_key[key].participants.append(
            ParticipantLine(
                name,
                organisation,
                sides.get(side) or Side(side),
                (roles.get(role) or Role(role)) if role else None,
                kinds.get(kind) or PersonKind(kind),
            )
        )


def _attach_costs(db: Database, bounds: list[str], by_key: dict[str, DelegationFigures]) -> None:
    rows = db.execute(
        "SELECT delegation_id, category, currency, planned, actual FROM cost_lines "
        f"WHERE delegation_id IN ({_YEAR_KEYS}) ORDER BY delegation_id, position",
        bounds,
    ).fetchall()
    for key, category, currency, planned, actual in rows:
        by_key[key].costs.append(CostLine(CostCategory(category), currency, planned, actual))


def _attach_decisions(db: Database, bounds: list[str], by_key: dict[str, DelegationFigures]) -> None:
    # The history keeps every decision; the latest row is the current one, and a
    # latest row with no outcome means the decision was withdrawn.
    rows = db.execute(
        "SELECT delegation_id, date, reference, outcome, note FROM grip_decisions "
        f"WHERE delegation_id IN ({_YEAR_KEYS}) ORDER BY delegation_id, id",
        bounds,
    ).fetchall()
    latest = {r[0]: r for r in rows}
    for key, date, reference, outcome, note in latest.values():
        if outcome:
            by_key[key].decision = GripDecision(
                dt.date.fromisoformat(date), DecisionOutcome(outcome), reference, note
            )


def _attach_follow_up(
    db: Database, bounds: list[str], by_key: dict[str, DelegationFigures], today: dt.date
) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    rows = db.execute(
        f"SELECT delegation_id, status, due FROM follow_up_points WHERE delegation_id IN ({_YEAR_KEYS})",
        bounds,
    ).fetchall()
    moment = today.isoformat()
    for key, status, due in rows:
        counts[key][status] += 1
        if status == FollowUpStatus.OPEN and due and due < moment:
            counts[key]["overdue"] += 1
    for key, c in counts.items():
        by_key[key].follow_up = FollowUpCounts(c["done"], c["open"], c["overdue"], c["dropped"])


def _organisation_names(db: Database, keys: set[str]) -> dict[str, str]:
    wanted = sorted(keys)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for key, name in db.execute(f"SELECT id, name FROM organisations WHERE id IN ({marks})", chunk):
            found[key] = name
    return found


# --- the figures as data -------------------------------------------------------------------------


def figures_json(figures: AnnualFigures) -> dict[str, object]:
    """The report's figures for ``report --json``, keys in a fixed order.

    ``delegations.completed`` counts the trips ended on or before ``as_of``;
    ``costs[].planned`` sums the planned amounts of all the year's delegations and
    ``costs[].actual`` the actual amounts of the completed ones only; an
    agreement's ``completed_visits`` are official visits that have taken place,
    ``planned_visits`` those still to come. Amounts not recorded count as 0.
    """
    return {
        "year": figures.year,
        "as_of": figures.as_of.isoformat(),
        "delegations": {
            "completed": len(figures.completed),
            "planned": len(figures.planned),
            # Declined and cancelled delegations count in neither, and their costs in no sum.
            **ended_counts(figures),
            "total": len(figures.delegations),
        },
        "costs": [
            {"currency": a.currency, "planned": _number(a.planned), "actual": _number(a.actual)}
            for a in figures.totals
        ],
        "agreements": [
            {
                "agreement": entry.agreement.id,
                "partner": entry.agreement.partner,
                "minimum": entry.required,
                "completed_visits": len(entry.visits),
                "planned_visits": len(entry.planned),
                "shortfall": entry.shortfall,
            }
            for entry in figures.agreements
        ],
        "follow_up": {
            "points": figures.follow_up.total,
            "done": figures.follow_up.done,
            "open": figures.follow_up.open,
            "overdue": figures.follow_up.overdue,
            "dropped": figures.follow_up.dropped,
        },
        "results": len(figures.results),
    }


def _number(amount: float | None) -> float | int:
    """A whole amount as a whole number (``42000``, not ``42000.0``); none recorded as 0."""
    if amount is None:
        return 0
    return int(amount) if float(amount).is_integer() else round(amount, 2)
