"""Changing a delegation's status, and copying a delegation for the next trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import getpass
import re
from typing import TYPE_CHECKING

from delegation_planner.domain.records import Delegation, Participant
from delegation_planner.domain.status import (
    DelegationStatus,
    StatusChange,
    check_change,
)
from delegation_planner.storage import checklists, repository
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

# The end-of-key year that a copy replaces with the new trip's year ("jiangsu-2025").
_YEAR_AT_END = re.compile(r"(?<![0-9])(19|20)[0-9]{2}$")
MAX_KEY_CHARS = 80


def current_user() -> str:
    """Who makes a change: the operating system's user name (server roles come later)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        # No user name in the environment or the password database (a bare container).
        return ""


def change_status(
    db: Database,
    key: str,
    new: DelegationStatus,
    *,
    by: str,
    reason: str = "",
    today: dt.date | None = None,
    expected_revision: int | None = None,
) -> Delegation:
    """Record a change of status (refused with ``StatusChangeRefused``); return the delegation."""
    with db.atomic():
        delegation, revision = repository.load_delegation(db, key)
        check_change(delegation.status, new, reason)
        delegation.status = new
        delegation.status_history.append(
            StatusChange(status=new, date=today or dt.date.today(), by=by, reason=reason.strip())
        )
        repository.save_delegation(db, delegation, expected_revision if expected_revision else revision)
    return delegation


def copy_key(db: Database, source_key: str, start: dt.date) -> str:
    """A readable free key for a copy: the old key with the new year, suffixed if taken."""
    if _YEAR_AT_END.search(source_key):
        base = _YEAR_AT_END.sub(str(start.year), source_key)
    else:
        base = f"{source_key}-{start.year}"
    return repository.unique_key(db, "delegations", base[:MAX_KEY_CHARS])


def copy_delegation(
    db: Database,
    source_key: str,
    start: dt.date,
    *,
    by: str,
    new_key: str | None = None,
    today: dt.date | None = None,
) -> Delegation:
    """A new delegation for the next trip, made from ``source_key`` and saved.

    Kept: title, purpose, partner, country, themes, agreement, initiator,
    the participants (without their justifications, which belong to one trip), the
    programme moved by the same number of days as the start, and the planned costs.
    Not kept: the decision, actual costs, follow-up points and the checklist's ticks
    (a fresh checklist comes from the templates). The copy starts as ``planned``.
    """
    source, _ = repository.load_delegation(db, source_key)
    if new_key is not None:
        new_key = new_key.strip()
        if not new_key or "\n" in new_key or len(new_key) > MAX_KEY_CHARS:
            raise ValueError(
                tr(
                    "The new key must be one line of 1 to {max_key_chars} characters.",
                    max_key_chars=MAX_KEY_CHARS,
                )
            )
        if repository.delegation_exists(db, new_key):
            raise ValueError(tr("There is already a delegation '{new_key}'.", new_key=new_key))
    shift = start - source.start
    copy = Delegation(
        id=new_key or copy_key(db, source_key, start),
        title=source.title,
        direction=source.direction,
        purpose=source.purpose,
        start=start,
        end=source.end + shift,
        partner_region=source.partner_region,
        country=source.country,
        themes=list(source.themes),
        agreement=source.agreement,
        initiator=dataclasses.replace(source.initiator) if source.initiator else None,
        participants=[Participant(p.person, p.side, p.role, "") for p in source.participants],
        programme=[
            dataclasses.replace(item, start=item.start + shift, end=item.end + shift if item.end else None)
            for item in source.programme
        ],
        costs=[dataclasses.replace(c, actual=None) for c in source.costs],
        notes="",
        status=DelegationStatus.PLANNED,
        status_history=[
            StatusChange(
                DelegationStatus.PLANNED, today or dt.date.today(), by, f"Copied from '{source.id}'."
            )
        ],
    )
    with db.atomic():
        repository.save_delegation(db, copy)
        checklists.apply_template(db, copy.id, copy.direction)
    return copy
