"""Contacts between visits: meetings, calls, e-mails and video meetings with a partner.

The Skåne strategy warns that contacts risk being limited to high-level visits;
the contact log keeps the work between visits visible, with follow-up points
just like a visit's (they appear in the same Follow-up overview).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from delegation_planner.domain.records import FollowUpPoint

# After how many months without any contact (visit or logged contact) a partner is
# flagged in the Organisations list, until the office profile sets its own.
DEFAULT_CONTACT_MONTHS = 6


class ContactKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VIDEO_MEETING = "video_meeting"


@dataclass
class Contact:
    """A meeting, call or other contact with a partner organisation outside a delegation."""

    id: str
    organisation: str
    kind: ContactKind
    date: dt.date
    agreement: str | None = None
    participants: str = ""  # who took part, as written (names on both sides)
    summary: str = ""
    follow_up_points: list[FollowUpPoint] = field(default_factory=list)


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 within the same month's span)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def is_quiet(last_contact: dt.date | None, today: dt.date, months: int = DEFAULT_CONTACT_MONTHS) -> bool:
    """A partner not heard from for ``months`` or more (never counts as quiet only when known)."""
    return last_contact is not None and months_between(last_contact, today) >= months
