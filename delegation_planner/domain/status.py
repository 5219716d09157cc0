"""A delegation's life cycle: its status, the allowed changes, and their history.

One table (``TRANSITIONS``) decides which change is allowed; the storage, the
command line, the window and the interchange reader all ask it.

The life cycle::

    requested ──► considering ──► declined
        │   │          │  │
        │   └──────────┼──┼──► planned ──► confirmed ──► completed
        │              │  │       │    └──────────────────► completed
        └──────────────┴──┴───────┴──────────┴───────────► cancelled

``completed``, ``declined`` and ``cancelled`` are final: nothing leads out of them.
A trip cancelled by mistake or revived later is copied (``copy``) rather than
reopened, so the register keeps an honest record of what happened. A change that
ends a delegation without a visit (``declined``, ``cancelled``) needs a reason.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from enum import StrEnum

from delegation_planner.texts.catalogue import mark, tr


class DelegationStatus(StrEnum):
    REQUESTED = "requested"
    CONSIDERING = "considering"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    DECLINED = "declined"
    CANCELLED = "cancelled"


S = DelegationStatus

# The only place that says which change is allowed.
TRANSITIONS: dict[DelegationStatus, tuple[DelegationStatus, ...]] = {
    S.REQUESTED: (S.CONSIDERING, S.PLANNED, S.DECLINED, S.CANCELLED),
    S.CONSIDERING: (S.PLANNED, S.DECLINED, S.CANCELLED),
    S.PLANNED: (S.CONFIRMED, S.COMPLETED, S.CANCELLED),
    S.CONFIRMED: (S.COMPLETED, S.CANCELLED),
    S.COMPLETED: (),
    S.DECLINED: (),
    S.CANCELLED: (),
}

# Ends without a visit: these need a reason, and count nowhere a visit counts.
WITHOUT_VISIT: frozenset[DelegationStatus] = frozenset({S.DECLINED, S.CANCELLED})
FINAL: frozenset[DelegationStatus] = frozenset(s for s, onward in TRANSITIONS.items() if not onward)
OPEN: frozenset[DelegationStatus] = frozenset(DelegationStatus) - FINAL
# Statuses in which a delegation may still travel (checklists, next trips, GRIP review).
ACTIVE: frozenset[DelegationStatus] = frozenset(DelegationStatus) - WITHOUT_VISIT

# The words people read (the keys above are the file's and the command line's), in
# English; ``label()`` gives them in the reader's language.
LABELS: dict[DelegationStatus, str] = {
    S.REQUESTED: mark("request received"),
    S.CONSIDERING: mark("under consideration"),
    S.PLANNED: mark("planned"),
    S.CONFIRMED: mark("confirmed"),
    S.COMPLETED: mark("completed"),
    S.DECLINED: mark("declined"),
    S.CANCELLED: mark("cancelled"),
}


def label(status: DelegationStatus) -> str:
    """The status in the reader's language ("under behandling")."""
    return tr(LABELS[status])


MAX_REASON_CHARS = 2000


@dataclass
class StatusChange:
    """One change of status: to what, on which day, by whom, and why."""

    status: DelegationStatus
    date: dt.date
    by: str = ""
    reason: str = ""


class StatusChangeRefused(ValueError):
    """A change the life cycle does not allow; the message says why in plain words."""


def refusal(current: DelegationStatus, new: DelegationStatus, reason: str) -> str | None:
    """Why changing ``current`` to ``new`` (with ``reason``) is not allowed, or ``None``."""
    if new is current:
        return tr("The delegation's status is already '{status}'.", status=label(current))
    if new not in TRANSITIONS[current]:
        if current in FINAL:
            return tr(
                "A delegation with the status '{current}' cannot be changed to {new}: '{current}' is "
                "final (copy the delegation for a new trip).",
                current=label(current),
                new=label(new),
            )
        allowed = ", ".join(s.value for s in TRANSITIONS[current])
        return tr(
            "A delegation with the status '{current}' cannot be changed to {new} (allowed: {allowed}).",
            current=label(current),
            new=label(new),
            allowed=allowed,
        )
    if new in WITHOUT_VISIT and not reason.strip():
        return tr("Say why the status is '{status}' (a reason is required).", status=label(new))
    if len(reason) > MAX_REASON_CHARS:
        return tr(
            "The reason is too long ({length} characters; at most {limit}).",
            length=len(reason),
            limit=MAX_REASON_CHARS,
        )
    return None


def check_change(current: DelegationStatus, new: DelegationStatus, reason: str = "") -> None:
    problem = refusal(current, new, reason)
    if problem is not None:
        raise StatusChangeRefused(problem)


def parse_status(text: str) -> DelegationStatus:
    """The status named by its key (``cancelled``); a plain-words error otherwise."""
    try:
        return DelegationStatus(text.strip().lower())
    except ValueError:
        keys = ", ".join(s.value for s in DelegationStatus)
        raise StatusChangeRefused(
            tr("'{text}' is not a status; use one of {keys}.", text=text, keys=keys)
        ) from None


def upgrade_status(end: dt.date, today: dt.date) -> DelegationStatus:
    """The status given to a delegation that had none (an older register or a version 1 file)."""
    return S.COMPLETED if end < today else S.PLANNED


def proposed_status(status: DelegationStatus, end: dt.date, today: dt.date) -> DelegationStatus | None:
    """``completed`` when the trip is over but still open as planned or confirmed."""
    if end < today and S.COMPLETED in TRANSITIONS[status]:
        return S.COMPLETED
    return None


def history_problem(status: DelegationStatus, history: list[StatusChange]) -> str | None:
    """Why a recorded history does not fit the status, or ``None`` (used for files)."""
    if not history:
        return None
    if history[-1].status is not status:
        return f"the last change is to {history[-1].status.value}, but the status is {status.value}"
    for before, after in itertools.pairwise(history):
        if after.date < before.date:
            return f"the change to {after.status.value} is dated before the one to {before.status.value}"
        if after.status not in TRANSITIONS[before.status]:
            return f"{before.status.value} cannot change to {after.status.value}"
    for change in history:
        if change.status in WITHOUT_VISIT and not change.reason.strip():
            return f"the change to {change.status.value} has no reason"
    return None
