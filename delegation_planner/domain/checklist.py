"""The checklist before a trip: templates per direction and the items they produce.

An item's due date is kept as "N days before the start" so that it moves with
the delegation when the dates change. One item can be ticked by the register
itself: "<decision body's> decision recorded" is done as soon as an approval is
recorded (a rejection is a decision too, but the trip cannot go ahead on it).
Templates exist in each language; a delegation's items are made from the template
in the office's document language when the delegation is created.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from delegation_planner.domain.enums import DecisionOutcome, Direction
from delegation_planner.domain.records import Delegation, GripDecision

AUTO_GRIP_DECISION = "grip_decision"


def decision_ticks_item(decision: GripDecision | None) -> bool:
    """Whether the decision ticks the automatic item: only an approval (with or
    without conditions) does; a rejection or no decision leaves it open."""
    return decision is not None and decision.outcome in (
        DecisionOutcome.APPROVED,
        DecisionOutcome.APPROVED_WITH_CONDITIONS,
    )


@dataclass
class ChecklistItem:
    """One thing to prepare for a trip, due a number of days before it starts."""

    text: str
    owner: str = ""
    days_before: int = 14
    done: bool = False
    done_on: dt.date | None = None
    auto: str | None = None

    def due(self, start: dt.date) -> dt.date:
        return start - dt.timedelta(days=self.days_before)

    def is_done(self, delegation: Delegation) -> bool:
        if self.auto == AUTO_GRIP_DECISION:
            return decision_ticks_item(delegation.grip_decision)
        return self.done

    def is_overdue(self, delegation: Delegation, today: dt.date) -> bool:
        return not self.is_done(delegation) and self.due(delegation.start) < today


# The shipped templates: (days before the start, auto, text in sv, da, en). ``{decision}`` is the
# office's decision body's decision ("GRIP-beslut", "beslutning i Forretningsudvalget").
_OUTBOUND: tuple[tuple[int, str | None, str, str, str], ...] = (
    (60, None, "Inbjudan mottagen", "Invitation modtaget", "Invitation received"),
    (45, AUTO_GRIP_DECISION, "{Decision} registrerat", "{Decision} registreret", "{Decision} recorded"),
    (
        30,
        None,
        "Programmet bekräftat med partnern",
        "Programmet bekræftet med partneren",
        "Programme confirmed with the partner",
    ),
    (30, None, "Visum sökt", "Visum søgt", "Visas applied for"),
    (30, None, "Resa och hotell bokade", "Rejse og hotel booket", "Travel and hotel booked"),
    (21, None, "Tolk bokad", "Tolk booket", "Interpreter booked"),
    (14, None, "Gåvor valda och inköpta", "Gaver valgt og købt", "Gifts chosen and bought"),
    (
        7,
        None,
        "Underlag till politikerna klart",
        "Briefing til politikerne klar",
        "Briefing notes for the politicians ready",
    ),
    (
        7,
        None,
        "Resenärerna informerade om telefoner och datorer på resan",
        "Deltagerne orienteret om telefoner og computere på rejsen",
        "Travellers briefed on phones and laptops for the trip",
    ),
    (7, None, "Kommunikationsplan klar", "Kommunikationsplan aftalt", "Communication plan agreed"),
)
_INBOUND: tuple[tuple[int, str | None, str, str, str], ...] = (
    (60, None, "Inbjudan skickad", "Invitation sendt", "Invitation sent"),
    (30, None, "Mottagande och värd ordnade", "Modtagelse og vært arrangeret", "Reception and host arranged"),
    (
        21,
        None,
        "Lokal och måltider bokade (specialkost noterad)",
        "Lokale og måltider booket (diæter noteret)",
        "Venue and meals booked (diets noted)",
    ),
    (14, None, "Transport ordnad", "Transport arrangeret", "Transport arranged"),
    (14, None, "Tolk bokad", "Tolk booket", "Interpreter booked"),
    (14, None, "Gåvor valda och inköpta", "Gaver valgt og købt", "Gifts chosen and bought"),
    (
        7,
        None,
        "Programmet skickat till gästerna",
        "Programmet sendt til gæsterne",
        "Programme sent to the guests",
    ),
)
_COLUMN = {"sv": 2, "da": 3, "en": 4}

# Items worded otherwise by earlier versions, which registers still hold (in their delegations'
# checklists and, unless the office changed them, in their templates): old text -> (its
# language, the text shipped now).
FORMER_WORDING: dict[str, tuple[str, str]] = {
    "Underlag till politikerna": ("sv", "Underlag till politikerna klart"),
    "Briefing til politikerne": ("da", "Briefing til politikerne klar"),
    "Briefing notes for the politicians": ("en", "Briefing notes for the politicians ready"),
    "Råd om telefoner och datorer under resan givna": (
        "sv",
        "Resenärerna informerade om telefoner och datorer på resan",
    ),
    "Råd om telefoner og computere på rejsen givet": (
        "da",
        "Deltagerne orienteret om telefoner og computere på rejsen",
    ),
    "Advice on phones and laptops for the trip given": (
        "en",
        "Travellers briefed on phones and laptops for the trip",
    ),
}


def _fill(text: str, decision: str) -> str:
    return text.replace("{Decision}", decision[:1].upper() + decision[1:]).replace("{decision}", decision)


def default_template(
    direction: Direction, language: str = "en", decision: str = "GRIP decision"
) -> list[ChecklistItem]:
    """The items a new delegation starts with, in ``language``; offices edit these in the settings."""
    rows = _OUTBOUND if direction is Direction.OUTBOUND else _INBOUND
    column = _COLUMN.get(language, _COLUMN["en"])
    return [
        ChecklistItem(text=_fill(str(row[column]), decision), days_before=row[0], auto=row[1]) for row in rows
    ]


def translate_text(text: str, language: str) -> str:
    """A shipped template's item in another language (an office's own text stays as written),
    so a Swedish briefing of an item created in English reads Swedish. An earlier version's
    wording stays as it is in its own language (it is what the register shows)."""
    column = _COLUMN.get(language, _COLUMN["en"])
    former_language, shipped = FORMER_WORDING.get(text, ("", text))
    if former_language == language:
        return text
    for row in (*_OUTBOUND, *_INBOUND):
        if row[1] is None and shipped in (row[2], row[3], row[4]):
            return str(row[column])
    return text


def open_items(items: list[ChecklistItem], delegation: Delegation) -> list[ChecklistItem]:
    return [item for item in items if not item.is_done(delegation)]
