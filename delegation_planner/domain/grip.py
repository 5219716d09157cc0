"""The GRIP criteria of contract §2, as pure functions of a delegation.

"Politicians" are always home-side participants whose person is of kind
``politician``: a visiting party secretary never counts. Each criterion returns
a level and a message that names the politicians concerned, so the presidium
(and the staff preparing its decision) can act on it without looking anything up.

The message is English (the command line prints it). Each result also carries a
``reason`` code and the ``facts`` behind the message (names, lengths, dates,
themes) as plain data, so the documents can say the same in the document's
language; every code is listed in ``REASONS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from delegation_planner.domain.enums import (
    DecisionOutcome,
    Direction,
    InitiatorKind,
    Level,
    Purpose,
)
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.domain.politicians import home_politician_participants
from delegation_planner.domain.records import Delegation, Participant, Person

__all__ = ["CRITERIA", "REASONS", "CriterionResult", "GripResult", "evaluate", "verdict"]

_APPROVING = (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS)

# Every reason a criterion can give, and the facts that come with it (all lists are tuples):
#   no_politicians                      (no facts)
#   short                               politicians, short ((name, length) pairs), minimum
#   justified                           politicians, minimum
#   not_outbound, not_business          politicians, direction / purpose
#   too_many, within_limit              politicians, count, limit
#   no_initiator                        politicians
#   politically_initiated, region_initiated, not_requested, requested
#                                       politicians, initiator_kind, organisation
#   no_decision                         politicians
#   rejected, after_start, approved, approved_with_conditions
#                                       politicians, date, reference, start, outcome
#   no_themes, no_priority_theme, priority_themes
#                                       themes, matching (the priority ones among them)
#   not_a_rule                          (no facts: the office's policy leaves the criterion out)
REASONS = (
    "no_politicians",
    "short",
    "justified",
    "not_outbound",
    "too_many",
    "within_limit",
    "not_business",
    "no_initiator",
    "politically_initiated",
    "region_initiated",
    "not_requested",
    "requested",
    "no_decision",
    "rejected",
    "after_start",
    "approved",
    "approved_with_conditions",
    "no_themes",
    "no_priority_theme",
    "priority_themes",
    "not_a_rule",
)


@dataclass(frozen=True)
class CriterionResult:
    """One GRIP criterion's level for a delegation, with why."""

    id: str
    level: Level
    message: str
    # Not compared: two results are equal when level and message agree, as before.
    reason: str = field(default="", compare=False)
    facts: Mapping[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class GripResult:
    """A delegation's GRIP verdict (the worst level) and each criterion's result."""

    delegation: str
    verdict: Level
    criteria: tuple[CriterionResult, ...]

    def criterion(self, criterion_id: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == criterion_id)

    def as_json(self) -> dict[str, object]:
        return {
            "delegation": self.delegation,
            "verdict": self.verdict.value,
            "criteria": [{"id": c.id, "level": c.level.value, "message": c.message} for c in self.criteria],
        }


@dataclass(frozen=True)
class _Politician:
    """A home-side politician among a delegation's participants."""

    name: str
    participant: Participant


def evaluate(delegation: Delegation, people: Mapping[str, Person], policy: PolicyProfile) -> GripResult:
    """Every criterion for one delegation, and the verdict (the worst level)."""
    politicians = home_politicians(delegation, people)
    criteria: tuple[CriterionResult, ...] = (
        _justification(politicians, policy),
        _delegation_size(delegation, politicians, policy),
        _bottom_up(delegation, politicians),
        _grip_decision(delegation, politicians, policy),
        _theme_priority(delegation, policy),
    )
    criteria = tuple(c if c.id in policy.criteria else _not_a_rule(c.id) for c in criteria)
    return GripResult(delegation.id, verdict(c.level for c in criteria), criteria)


def _not_a_rule(criterion_id: str) -> CriterionResult:
    return CriterionResult(
        criterion_id, Level.NOT_APPLICABLE, "Not one of this office's rules.", "not_a_rule"
    )


def verdict(levels: Iterable[Level]) -> Level:
    """``fail`` if any criterion fails, else ``warn`` if any warns, else ``pass``."""
    worst = Level.PASS
    for level in levels:
        if level.severity > worst.severity:
            worst = level
    return worst


def home_politicians(delegation: Delegation, people: Mapping[str, Person]) -> list[_Politician]:
    return [
        _Politician(person.name, participant)
        for participant, person in home_politician_participants(delegation.participants, people)
    ]


def _who(politicians: list[_Politician]) -> tuple[str, ...]:
    return tuple(p.name for p in politicians)


def _names(politicians: list[_Politician]) -> str:
    names = [p.name for p in politicians]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _justification(politicians: list[_Politician], policy: PolicyProfile) -> CriterionResult:
    if not politicians:
        return CriterionResult(
            "justification", Level.NOT_APPLICABLE, "No home-side politicians take part.", "no_politicians"
        )
    minimum = policy.min_justification_chars
    short = [p for p in politicians if len(p.participant.justification.strip()) < minimum]
    if short:
        details = "; ".join(
            f"{p.name} ({len(p.participant.justification.strip())} of {minimum} characters)" for p in short
        )
        return CriterionResult(
            "justification",
            Level.FAIL,
            f"Justification too short for {details}. Each politician's participation must be "
            f"justified in at least {minimum} characters.",
            "short",
            {
                "politicians": _who(politicians),
                "short": tuple((p.name, len(p.participant.justification.strip())) for p in short),
                "minimum": minimum,
            },
        )
    return CriterionResult(
        "justification",
        Level.PASS,
        f"The participation of {_names(politicians)} is justified.",
        "justified",
        {"politicians": _who(politicians), "minimum": minimum},
    )


def _delegation_size(
    delegation: Delegation, politicians: list[_Politician], policy: PolicyProfile
) -> CriterionResult:
    if delegation.direction is not Direction.OUTBOUND or not politicians:
        if not politicians:
            return CriterionResult(
                "delegation_size",
                Level.NOT_APPLICABLE,
                "No home-side politicians take part.",
                "no_politicians",
            )
        return CriterionResult(
            "delegation_size",
            Level.NOT_APPLICABLE,
            "Not an outbound delegation.",
            "not_outbound",
            {"politicians": _who(politicians), "direction": delegation.direction.value},
        )
    count, limit = len(politicians), policy.max_politicians_outbound
    facts = {"politicians": _who(politicians), "count": count, "limit": limit}
    if count > limit:
        return CriterionResult(
            "delegation_size",
            Level.WARN,
            f"{count} politicians ({_names(politicians)}) travel; more than {limit} is a large political "
            "delegation, which should be avoided.",
            "too_many",
            facts,
        )
    return CriterionResult(
        "delegation_size",
        Level.PASS,
        f"{count} politician{'s' if count != 1 else ''} ({_names(politicians)}), within the limit of {limit}.",
        "within_limit",
        facts,
    )


def _bottom_up(delegation: Delegation, politicians: list[_Politician]) -> CriterionResult:
    if delegation.purpose is not Purpose.BUSINESS_PROMOTION or not politicians:
        if not politicians:
            return CriterionResult(
                "bottom_up", Level.NOT_APPLICABLE, "No home-side politicians take part.", "no_politicians"
            )
        return CriterionResult(
            "bottom_up",
            Level.NOT_APPLICABLE,
            "Not a business-promotion delegation.",
            "not_business",
            {"politicians": _who(politicians), "purpose": delegation.purpose.value},
        )
    initiator = delegation.initiator
    who = _names(politicians)
    if initiator is None:
        return CriterionResult(
            "bottom_up",
            Level.FAIL,
            f"No initiator is recorded. A business delegation with {who} must be initiated by companies, "
            "business organisations or clusters, not politically.",
            "no_initiator",
            {"politicians": _who(politicians)},
        )
    facts = {
        "politicians": _who(politicians),
        "initiator_kind": initiator.kind.value,
        "organisation": initiator.organisation,
    }
    if initiator.kind in (InitiatorKind.POLITICAL, InitiatorKind.REGION):
        return CriterionResult(
            "bottom_up",
            Level.FAIL,
            f"The delegation is initiated by {'a political initiative' if initiator.kind is InitiatorKind.POLITICAL else 'the region'}. "
            f"A business delegation with {who} must rest on interest from below, not be politically initiated.",
            "politically_initiated" if initiator.kind is InitiatorKind.POLITICAL else "region_initiated",
            facts,
        )
    if initiator.requested_political_participation is not True:
        return CriterionResult(
            "bottom_up",
            Level.WARN,
            f"The initiator has not asked for political participation, yet {who} take{'s' if len(politicians) == 1 else ''} part.",
            "not_requested",
            facts,
        )
    return CriterionResult(
        "bottom_up",
        Level.PASS,
        f"Initiated from below; the initiator asked for political participation ({who}).",
        "requested",
        facts,
    )


def _grip_decision(
    delegation: Delegation, politicians: list[_Politician], policy: PolicyProfile
) -> CriterionResult:
    if not politicians:
        return CriterionResult(
            "grip_decision", Level.NOT_APPLICABLE, "No home-side politicians take part.", "no_politicians"
        )
    decision = delegation.grip_decision
    who = _names(politicians)
    if decision is None:
        return CriterionResult(
            "grip_decision",
            Level.FAIL,
            f"No {policy.decision} is recorded for the participation of {who}.",
            "no_decision",
            {"politicians": _who(politicians)},
        )
    reference = f" ({decision.reference})" if decision.reference.strip() else ""
    facts = {
        "politicians": _who(politicians),
        "date": decision.date,
        "reference": decision.reference.strip(),
        "start": delegation.start,
        "outcome": decision.outcome.value,
    }
    if decision.outcome not in _APPROVING:
        return CriterionResult(
            "grip_decision",
            Level.FAIL,
            f"{policy.decision_body} rejected the participation of {who} on {decision.date.isoformat()}{reference}.",
            "rejected",
            facts,
        )
    if decision.date > delegation.start:
        return CriterionResult(
            "grip_decision",
            Level.FAIL,
            f"The {policy.decision}{reference} is dated {decision.date.isoformat()}, after the start on "
            f"{delegation.start.isoformat()}; the participation of {who} must be decided before.",
            "after_start",
            facts,
        )
    conditions = " with conditions" if decision.outcome is DecisionOutcome.APPROVED_WITH_CONDITIONS else ""
    return CriterionResult(
        "grip_decision",
        Level.PASS,
        f"{policy.decision_body} approved{conditions} the participation of {who} on {decision.date.isoformat()}{reference}.",
        "approved_with_conditions" if conditions else "approved",
        facts,
    )


def _theme_priority(delegation: Delegation, policy: PolicyProfile) -> CriterionResult:
    matching = [t for t in delegation.themes if t in policy.priority_themes]
    facts = {"themes": tuple(delegation.themes), "matching": tuple(matching)}
    if not delegation.themes:
        return CriterionResult(
            "theme_priority",
            Level.WARN,
            "No themes are recorded, so none is among the priority themes.",
            "no_themes",
            facts,
        )
    if not matching:
        return CriterionResult(
            "theme_priority",
            Level.WARN,
            f"None of the themes ({', '.join(delegation.themes)}) is among the priority themes.",
            "no_priority_theme",
            facts,
        )
    return CriterionResult(
        "theme_priority",
        Level.PASS,
        f"Priority theme{'s' if len(matching) > 1 else ''}: {', '.join(matching)}.",
        "priority_themes",
        facts,
    )
