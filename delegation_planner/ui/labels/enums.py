"""Human labels for the contract's enumerations (the enum values stay the data).

The words a delegation is described by in the window and in its documents alike
(direction, purpose; the verdict and decision words in ``verdicts``) have one owner,
the documents' texts in the core (``documents.words``), taken here in the window's
language: the decision basis and the window never call one visit two things. The
rest are the window's own, and go through ``QCoreApplication.translate`` with the
literal text in place, which is what ``pyside6-lupdate`` extracts.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.enums import (
    CostCategory,
    Direction,
    InitiatorKind,
    OrganisationKind,
    PersonKind,
    Purpose,
    Role,
    Side,
)
from delegation_planner.ui import language

_tr = QCoreApplication.translate


@functools.cache
def _labels(lang: str) -> Labels:
    return Labels.for_language(lang)


def core_word(value: StrEnum) -> str:
    """``value`` in the documents' words, in the window's language (``outbound`` -> "Utgående")."""
    return _labels(language.current()).word(value)


def directions() -> list[tuple[str, Direction]]:
    return [(core_word(d), d) for d in (Direction.INBOUND, Direction.OUTBOUND)]


def purposes() -> list[tuple[str, Purpose]]:
    return [(core_word(p), p) for p in Purpose]


def organisation_kinds() -> list[tuple[str, OrganisationKind]]:
    return [
        (_tr("Labels", "Company"), OrganisationKind.COMPANY),
        (_tr("Labels", "Business organisation"), OrganisationKind.BUSINESS_ORG),
        (_tr("Labels", "Cluster"), OrganisationKind.CLUSTER),
        (_tr("Labels", "University"), OrganisationKind.UNIVERSITY),
        (_tr("Labels", "Government"), OrganisationKind.GOVERNMENT),
        (_tr("Labels", "Region"), OrganisationKind.REGION),
        (_tr("Labels", "Operator"), OrganisationKind.OPERATOR),
        (_tr("Labels", "Other"), OrganisationKind.OTHER),
    ]


def initiator_kinds() -> list[tuple[str, InitiatorKind]]:
    kinds = [(label, InitiatorKind(kind.value)) for label, kind in organisation_kinds()]
    return [*kinds, (_tr("Labels", "Political initiative"), InitiatorKind.POLITICAL)]


# A person added in passing is most often a guest or a colleague. Defaulting to a
# politician made every quick addition count against the GRIP rules until corrected.
NEW_PERSON_KIND = PersonKind.OTHER


def person_kinds() -> list[tuple[str, PersonKind]]:
    return [
        (_tr("Labels", "Politician"), PersonKind.POLITICIAN),
        (_tr("Labels", "Official", "kind of person"), PersonKind.OFFICIAL),
        (_tr("Labels", "Business"), PersonKind.BUSINESS),
        (_tr("Labels", "Researcher"), PersonKind.RESEARCHER),
        (_tr("Labels", "Other"), PersonKind.OTHER),
    ]


def sides() -> list[tuple[str, Side]]:
    return [(_tr("Labels", "Home"), Side.HOME), (_tr("Labels", "Partner"), Side.PARTNER)]


def roles() -> list[tuple[str, Role]]:
    return [
        (_tr("Labels", "Leader"), Role.LEADER),
        (_tr("Labels", "Member"), Role.MEMBER),
        (_tr("Labels", "Host"), Role.HOST),
        (_tr("Labels", "Interpreter"), Role.INTERPRETER),
        (_tr("Labels", "Guest"), Role.GUEST),
        (_tr("Labels", "Other"), Role.OTHER),
    ]


def cost_categories() -> list[tuple[str, CostCategory]]:
    return [
        (_tr("Labels", "Travel"), CostCategory.TRAVEL),
        (_tr("Labels", "Accommodation"), CostCategory.ACCOMMODATION),
        (_tr("Labels", "Hosting"), CostCategory.HOSTING),
        (_tr("Labels", "Gifts"), CostCategory.GIFTS),
        (_tr("Labels", "Interpretation"), CostCategory.INTERPRETATION),
        (_tr("Labels", "Fees"), CostCategory.FEES),
        (_tr("Labels", "Other"), CostCategory.OTHER),
    ]


def label_of(choices: Sequence[tuple[str, object]], value: object) -> str:
    """The label for ``value`` in ``choices``; the raw value if it is not listed, "" for None."""
    if value is None:
        return ""
    return next((label for label, v in choices if v == value), str(value))
