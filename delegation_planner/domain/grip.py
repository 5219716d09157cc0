"""The GRIP criteria of contract §2, as pure functions of a delegation.

"Politicians" are always home-side participants whose person is of kind
``politician``: a visiting party secretary never counts. Each criterion returns
a level and a message that names the politicians concerned, so the presidium
(and the staff preparing its decision) can act on it without looking anything up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from delegation_planner.domain.enums import (
    DecisionOutcome,
    Direction,
    InitiatorKind,
    Level,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import Delegation, Participant, Person

CRITERIA = ("justification", "delegation_size", "bottom_up", "grip_decision", "theme_priority")

CRITERION_TITLES = {
    "justification": "Each politician's participation is justified",
    "delegation_size": "No large political delegation",
    "bottom_up": "Initiated from below (business promotion)",
    "grip_decision": "GRIP decision before the start",
    "theme_priority": "Within the region's priority themes",
}

_APPROVING = (DecisionOutcome.APPROVED, DecisionOutcome.APPROVED_WITH_CONDITIONS)


@dataclass(frozen=True)
class CriterionResult:
    id: str
    level: Level
    message: str


@dataclass(frozen=True)
class GripResult:
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
    name: str
    participant: Participant


def evaluate(delegation: Delegation, people: Mapping[str, Person], policy: PolicyProfile) -> GripResult:
    """Every criterion for one delegation, and the verdict (the worst level)."""
    politicians = home_politicians(delegation, people)
    criteria = (
        _justification(politicians, policy),
        _delegation_size(delegation, politicians, policy),
        _bottom_up(delegation, politicians),
        _grip_decision(delegation, politicians),
        _theme_priority(delegation, policy),
    )
    return GripResult(delegation.id, verdict(c.level for c in criteria), criteria)


def verdict(levels: Iterable[Level]) -> Level:
    """``fail`` if any criterion fails, else ``warn`` if any warns, else ``pass``."""
    worst = Level.PASS
    for level in levels:
        if level.severity > worst.severity:
            worst = level
    return worst


def home_politicians(delegation: Delegation, people: Mapping[str, Person]) -> list[_Politician]:
    found = []
    for participant in delegation.participants:
        person = people.get(participant.person)
        if participant.side is Side.HOME and person is not None and person.kind is PersonKind.POLITICIAN:
            found.append(_Politician(person.name, participant))
    return found


def _names(politicians: list[_Politician]) -> str:
    names = [p.name for p in politicians]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _justification(politicians: list[_Politician], policy: PolicyProfile) -> CriterionResult:
    if not politicians:
        return CriterionResult("justification", Level.NOT_APPLICABLE, "No home-side politicians take part.")
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
        )
    return CriterionResult(
        "justification", Level.PASS, f"The participation of {_names(politicians)} is justified."
    )


def _delegation_size(
    delegation: Delegation, politicians: list[_Politician], policy: PolicyProfile
) -> CriterionResult:
    if delegation.direction is not Direction.OUTBOUND or not politicians:
        reason = "Not an outbound delegation." if politicians else "No home-side politicians take part."
        return CriterionResult("delegation_size", Level.NOT_APPLICABLE, reason)
    count, limit = len(politicians), policy.max_politicians_outbound
    if count > limit:
        return CriterionResult(
            "delegation_size",
            Level.WARN,
            f"{count} politicians ({_names(politicians)}) travel; more than {limit} is a large political "
            "delegation, which should be avoided.",
        )
    return CriterionResult(
        "delegation_size",
        Level.PASS,
        f"{count} politician{'s' if count != 1 else ''} ({_names(politicians)}), within the limit of {limit}.",
    )


def _bottom_up(delegation: Delegation, politicians: list[_Politician]) -> CriterionResult:
    if delegation.purpose is not Purpose.BUSINESS_PROMOTION or not politicians:
        reason = (
            "Not a business-promotion delegation." if politicians else "No home-side politicians take part."
        )
        return CriterionResult("bottom_up", Level.NOT_APPLICABLE, reason)
    initiator = delegation.initiator
    who = _names(politicians)
    if initiator is None:
        return CriterionResult(
            "bottom_up",
            Level.FAIL,
            f"No initiator is recorded. A business delegation with {who} must be initiated by companies, "
            "business organisations or clusters, not politically.",
        )
    if initiator.kind in (InitiatorKind.POLITICAL, InitiatorKind.REGION):
        return CriterionResult(
            "bottom_up",
            Level.FAIL,
            f"The delegation is initiated by {'a political initiative' if initiator.kind is InitiatorKind.POLITICAL else 'the region'}. "
            f"A business delegation with {who} must rest on interest from below, not be politically initiated.",
        )
    if initiator.requested_political_participation is not True:
        return CriterionResult(
            "bottom_up",
            Level.WARN,
            f"The initiator has not asked for political participation, yet {who} take{'s' if len(politicians) == 1 else ''} part.",
        )
    return CriterionResult(
        "bottom_up",
        Level.PASS,
        f"Initiated from below; the initiator asked for political participation ({who}).",
    )


def _grip_decision(delegation: Delegation, politicians: list[_Politician]) -> CriterionResult:
    if not politicians:
        return CriterionResult("grip_decision", Level.NOT_APPLICABLE, "No home-side politicians take part.")
    decision = delegation.grip_decision
    who = _names(politicians)
    if decision is None:
        return CriterionResult(
            "grip_decision", Level.FAIL, f"No GRIP decision is recorded for the participation of {who}."
        )
    reference = f" ({decision.reference})" if decision.reference.strip() else ""
    if decision.outcome not in _APPROVING:
        return CriterionResult(
            "grip_decision",
            Level.FAIL,
            f"GRIP rejected the participation of {who} on {decision.date.isoformat()}{reference}.",
        )
    if decision.date > delegation.start:
        return CriterionResult(
            "grip_decision",
            Level.FAIL,
            f"The GRIP decision{reference} is dated {decision.date.isoformat()}, after the start on "
            f"{delegation.start.isoformat()}; the participation of {who} must be decided before.",
        )
    conditions = " with conditions" if decision.outcome is DecisionOutcome.APPROVED_WITH_CONDITIONS else ""
    return CriterionResult(
        "grip_decision",
        Level.PASS,
        f"GRIP approved{conditions} the participation of {who} on {decision.date.isoformat()}{reference}.",
    )


def _theme_priority(delegation: Delegation, policy: PolicyProfile) -> CriterionResult:
    matching = [t for t in delegation.themes if t in policy.priority_themes]
    if not delegation.themes:
        return CriterionResult(
            "theme_priority", Level.WARN, "No themes are recorded, so none is among the priority themes."
        )
    if not matching:
        return CriterionResult(
            "theme_priority",
            Level.WARN,
            f"None of the themes ({', '.join(delegation.themes)}) is among the priority themes.",
        )
    return CriterionResult(
        "theme_priority",
        Level.PASS,
        f"Priority theme{'s' if len(matching) > 1 else ''}: {', '.join(matching)}.",
    )
