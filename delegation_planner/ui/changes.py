"""Change notices: a save says which kinds of record it changed, and each page says
which kinds it shows, so that only the pages that care reload.

A page declares ``WATCHES`` (what it shows) and ``CHANGES`` (what a save made from it
may change) as class attributes; the main window passes a ``Changes`` to every other
page. A page that declares nothing is treated as showing everything, so forgetting
the declaration costs a reload, never a stale page.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Record(StrEnum):
    DELEGATIONS = "delegations"  # a delegation, its participants, programme, checklist, decision
    FOLLOW_UP = "follow_up"  # follow-up points, wherever they belong
    PEOPLE = "people"  # a person's kind changes the politician counts and the verdicts
    ORGANISATIONS = "organisations"
    AGREEMENTS = "agreements"
    CONTACTS = "contacts"  # contacts logged between visits
    RESULTS = "results"
    SETTINGS = "settings"  # the office and policy profiles, templates, visit rule


EVERYTHING = frozenset(Record)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[Record]

    @classmethod
    def of(cls, *kinds: Record) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def everything(cls) -> Changes:
        """An import, a restore, an erasure or a new policy: every page reloads."""
        return cls(EVERYTHING)

    def concern(self, watched: frozenset[Record]) -> bool:
        return bool(self.kinds & watched)


def watches(page: object) -> frozenset[Record]:
    """What ``page`` shows, by its class's ``WATCHES`` (everything when it declares nothing)."""
    found = getattr(type(page), "WATCHES", EVERYTHING)
    return found if isinstance(found, frozenset) else EVERYTHING


def changes_made_by(page: object) -> Changes:
    """What a save on ``page`` may have changed, by its class's ``CHANGES``."""
    found = getattr(type(page), "CHANGES", EVERYTHING)
    return Changes(found if isinstance(found, frozenset) else EVERYTHING)
