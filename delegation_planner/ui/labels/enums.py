"""Human labels for the contract's enumerations (the enum values stay the data).

Every enumeration's words have one owner, the core's word lists (``documents.word_lists``),
taken here in the window's language: the decision basis and the window never call one
visit, person or cost two things, and a translator corrects a word in one place. The
window's catalogues (.ts) must not define them again (``tests/ui/test_one_owner_for_words.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.enums import (
    AgreementScope,
    AgreementStatus,
    CostCategory,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    ResultKind,
    Role,
    Side,
)
from delegation_planner.ui import language

E = TypeVar("E", bound=StrEnum)


@functools.cache
def _labels(lang: str) -> Labels:
    return Labels.for_language(lang)


def core_word(value: StrEnum) -> str:
    """``value`` in the core's words, in the window's language (``CostCategory.HOSTING`` -> "Representation")."""
    return _labels(language.current()).word(value)


def choices(enum: type[E]) -> list[tuple[str, E]]:
    """Every value of ``enum`` with its word, in the enumeration's order, for a list to pick from."""
    return [(core_word(value), value) for value in enum]


def directions() -> list[tuple[str, Direction]]:
    return choices(Direction)


def purposes() -> list[tuple[str, Purpose]]:
    return choices(Purpose)


def organisation_kinds() -> list[tuple[str, OrganisationKind]]:
    return choices(OrganisationKind)


def initiator_kinds() -> list[tuple[str, InitiatorKind]]:
    return choices(InitiatorKind)


# A person added in passing is most often a guest or a colleague. Defaulting to a
# politician made every quick addition count against the GRIP rules until corrected.
NEW_PERSON_KIND = PersonKind.OTHER


def person_kinds() -> list[tuple[str, PersonKind]]:
    return choices(PersonKind)


def sides() -> list[tuple[str, Side]]:
    return choices(Side)


def roles() -> list[tuple[str, Role]]:
    return choices(Role)


def cost_categories() -> list[tuple[str, CostCategory]]:
    return choices(CostCategory)


def follow_up_statuses() -> list[tuple[str, FollowUpStatus]]:
    return choices(FollowUpStatus)


def result_kinds() -> list[tuple[str, ResultKind]]:
    return choices(ResultKind)


def agreement_scopes() -> list[tuple[str, AgreementScope]]:
    return choices(AgreementScope)


def agreement_statuses() -> list[tuple[str, AgreementStatus]]:
    return choices(AgreementStatus)


def label_of(choices: Sequence[tuple[str, object]], value: object) -> str:
    """The label for ``value`` in ``choices``; the raw value if it is not listed, "" for None."""
    if value is None:
        return ""
    return next((label for label, v in choices if v == value), str(value))
