"""Who counts as a politician for the GRIP rules: the one definition.

A participant counts when they take part on the home side and their person is of
kind ``politician``; a visiting party secretary never counts. The criteria, the
window (counts and the justification prompt), the annual figures, the decision
basis and the exports all ask here. The storage layer's SQL says the same in
``storage.politicians.home_politician_sql``, generated from these enum values and
tested against this function for every side and kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.records import Participant, Person

HOME_SIDE = Side.HOME
POLITICIAN_KIND = PersonKind.POLITICIAN


def counts_as_politician(side: Side | str, kind: PersonKind | str | None) -> bool:
    """The rule on its two facts: the participant's side and their person's kind."""
    if kind is None:
        return False
    # Values are read as their enums; an enum as it is (calling the enum costs a few µs,
    # and a year's report asks for every participant twice).
    side = side if isinstance(side, Side) else Side(side)
    kind = kind if isinstance(kind, PersonKind) else PersonKind(kind)
    return side is HOME_SIDE and kind is POLITICIAN_KIND


def is_home_politician(participant: Participant, person: Person | None) -> bool:
    return person is not None and counts_as_politician(participant.side, person.kind)


def home_politician_participants(
    participants: Iterable[Participant], people: Mapping[str, Person]
) -> list[tuple[Participant, Person]]:
    """The participants who count, with their person, in the delegation's order."""
    found = []
    for participant in participants:
        person = people.get(participant.person)
        if person is not None and is_home_politician(participant, person):
            found.append((participant, person))
    return found
