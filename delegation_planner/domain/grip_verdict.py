"""The GRIP verdict alone, from plain values, for re-checking many delegations at once.

``grip.evaluate`` explains every criterion in words, which is what a person reads
about one delegation. After a policy change every delegation of the register is
checked again, and only the verdict is stored: building the explanations cost
85 µs a delegation, so 100,000 took seconds. This gives the same verdict from the
values the rules read (a property test holds it to ``evaluate``'s verdict).
"""

from __future__ import annotations

from collections.abc import Sequence

from delegation_planner.domain.enums import DecisionOutcome, Direction, InitiatorKind, Level, Purpose
from delegation_planner.domain.policy import PolicyProfile

_APPROVING = frozenset({DecisionOutcome.APPROVED.value, DecisionOutcome.APPROVED_WITH_CONDITIONS.value})
_FROM_ABOVE = frozenset({InitiatorKind.POLITICAL.value, InitiatorKind.REGION.value})


def verdict_of(
    *,
    direction: str,
    purpose: str,
    start: str,
    themes: Sequence[str],
    initiator_kind: str | None,
    initiator_requested: bool | None,
    decision: tuple[str, str] | None,
    justifications: Sequence[str],
    policy: PolicyProfile,
) -> Level:
    """The verdict ``grip.evaluate`` gives.

    Dates are ISO text (``start``, the decision's date), enums their values;
    ``decision`` is the current decision's (outcome, date) or None; ``justifications``
    are those of the home-side politicians taking part, one each.
    """
    # A criterion the office does not apply is "not applicable" in ``evaluate`` and never counts.
    applies = frozenset(policy.criteria)
    worst = Level.PASS
    if "theme_priority" in applies and not any(t in policy.priority_themes for t in themes):
        worst = Level.WARN
    if not justifications:
        return worst
    minimum = policy.min_justification_chars
    if "justification" in applies and any(len(text.strip()) < minimum for text in justifications):
        return Level.FAIL
    if "grip_decision" in applies and (
        decision is None or decision[0] not in _APPROVING or decision[1] > start
    ):
        return Level.FAIL
    if "bottom_up" in applies and purpose == Purpose.BUSINESS_PROMOTION.value:
        if initiator_kind is None or initiator_kind in _FROM_ABOVE:
            return Level.FAIL
        if initiator_requested is not True:
            worst = Level.WARN
    if (
        "delegation_size" in applies
        and direction == Direction.OUTBOUND.value
        and len(justifications) > policy.max_politicians_outbound
    ):
        worst = Level.WARN
    return worst
