"""Agreements followed up: official-level visits against each agreement's minimum.

The Skåne strategy asks for at least two official-level visits a year to
Guangdong. A visit counts for an agreement when it is outbound, goes to the
agreement's partner (or is linked to the agreement) and has a home-side
official among its participants (the register's visit rule may count inbound visits,
other levels, or completed trips only). A declined or cancelled delegation is no visit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from delegation_planner.domain.records import Agreement
from delegation_planner.domain.visit_rule import VisitRule
from delegation_planner.storage import repository
from delegation_planner.storage.overview_sql import WITHOUT_VISIT_SQL
from delegation_planner.storage.visit_rule import load_visit_rule

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Visit:
    """A delegation that counts as one of an agreement's official visits."""

    delegation: str
    title: str
    start: dt.date
    end: dt.date | None = None


@dataclass
class AgreementYear:
    """An agreement's official visits in a year. With an ``as_of`` date, ``visits``
    holds only those that have taken place by then (ended on or before it) and
    ``planned`` the later ones; a planned trip does not make up a shortfall."""

    agreement: Agreement
    year: int
    required: int
    visits: list[Visit] = field(default_factory=list)
    planned: list[Visit] = field(default_factory=list)

    @property
    def shortfall(self) -> int:
        return max(0, self.required - len(self.visits))


def official_visits(
    db: Database, agreement: Agreement, year: int, rule: VisitRule | None = None
) -> list[Visit]:
    """The year's visits that count for ``agreement`` under ``rule`` (default: the register's)."""
    rule = rule or load_visit_rule(db)
    directions, levels = sorted(d.value for d in rule.directions), sorted(k.value for k in rule.levels)
    completed = "AND d.status = 'completed'" if rule.completed_only else ""
    rows = db.execute(
        f"""
        SELECT DISTINCT d.id, d.title, d.start, d."end" FROM delegations d
        JOIN participants p ON p.delegation_id = d.id AND p.side = 'home'
        JOIN people x ON x.id = p.person_id AND x.kind IN ({",".join("?" * len(levels))})
        WHERE d.direction IN ({",".join("?" * len(directions))}) AND d.start >= ? AND d.start < ?
          AND d.status NOT IN ({WITHOUT_VISIT_SQL}) {completed}
          AND (d.agreement_id = ? OR d.partner_region = ? COLLATE NOCASE)
        ORDER BY d.start
        """,
        [*levels, *directions, f"{year:04d}-01-01", f"{year + 1:04d}-01-01", agreement.id, agreement.partner],
    ).fetchall()
    return [Visit(r[0], r[1], dt.date.fromisoformat(r[2]), dt.date.fromisoformat(r[3])) for r in rows]


def agreement_follow_up(db: Database, year: int, as_of: dt.date | None = None) -> list[AgreementYear]:
    """Each agreement with a minimum of official visits, and that year's visits
    (with ``as_of``: those taken place by then, the rest as planned)."""
    found = []
    for agreement in repository.list_agreements(db):
        if not agreement.min_official_visits_per_year or agreement.status == "expired":
            continue
        if agreement.signed and agreement.signed.year > year:
            continue
        visits = official_visits(db, agreement, year)
        done = [v for v in visits if as_of is None or (v.end or v.start) <= as_of]
        later = [v for v in visits if v not in done]
        found.append(AgreementYear(agreement, year, agreement.min_official_visits_per_year, done, later))
    return found


def reviews_due(db: Database, today: dt.date) -> list[Agreement]:
    """Agreements whose review date has passed."""
    return [a for a in repository.list_agreements(db) if a.review_date is not None and a.review_date <= today]
