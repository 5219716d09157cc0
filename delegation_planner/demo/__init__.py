"""A demo register built from the history in the seed documents.

A new user should see a register that looks like their own at once, one office
to a register and each with its own office profile: Region Skåne's Guangdong and
Tianjin relations with three trips placed relative to today (one in three weeks,
one in two months, one just finished with overdue follow-up points), the default;
Region Hovedstaden's Jiangsu delegations of 2012-2017; Region Midtjylland's
Shanghai workshops.

Organisations, agreements, events and cost totals trace to ``shared/seeds``
(the comments name the seed). The *people* are invented: the seeds name few
people, and a demo must not put words (justifications, follow-up duties) in the
mouths of real politicians. Where the seeds give only a year or a month, the day
is chosen plausibly.

A few records deliberately break a GRIP rule so that every criterion has
something to show: a politician's justification that is too short, a politically
initiated business delegation, a rejected decision, a decision dated after the
start, a large political delegation and a delegation outside the priority themes.

The data lives in modules by what it holds: ``parties`` (organisations, people,
agreements), ``hovedstaden`` and ``skane_midtjylland`` (the delegations by region),
``planned`` (the trips relative to today); ``builders`` has the short constructors
they share. This module builds the register and writes the demo file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.demo.hovedstaden import _hovedstaden
from delegation_planner.demo.parties import _agreements, _organisations, _people
from delegation_planner.demo.planned import LATER_IN_DAYS, RECENT_ENDED_DAYS_AGO, UPCOMING_IN_DAYS, _planned
from delegation_planner.demo.planned_danish import _planned_hovedstaden, _planned_midtjylland
from delegation_planner.demo.skane_midtjylland import _midtjylland, _skane
from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.office import shipped_profile
from delegation_planner.domain.records import Register
from delegation_planner.domain.status import DelegationStatus, StatusChange
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.database import default_database_path, open_database
from delegation_planner.storage.office_store import use_office
from delegation_planner.texts.catalogue import tr

__all__ = [
    "DEMO_FILE_NAME",
    "DEMO_OFFICES",
    "LATER_IN_DAYS",
    "RECENT_ENDED_DAYS_AGO",
    "UPCOMING_IN_DAYS",
    "create_demo_database",
    "default_demo_path",
    "demo_register",
]

DEMO_FILE_NAME = "demo-register-skane.sqlite3"
DEMO_OFFICES = ("skane", "hovedstaden", "midtjylland")


# --- public API ----------------------------------------------------------------------------


def default_demo_path(office: str = "skane") -> Path:
    """The demo beside the user's own register, never in place of it; one file per office."""
    # Named per office (an older demo, which mixed the three offices, is left alone).
    return default_database_path().parent / f"demo-register-{office}.sqlite3"


def demo_register(today: dt.date | None = None, office: str = "skane") -> Register:
    """The demo of ``office`` as domain records; planned trips are placed relative to ``today``."""
    today = today or dt.date.today()
    if office not in DEMO_OFFICES:
        raise ValueError(
            tr(
                "There is a demo for {choices}, not for '{office}'.",
                choices=", ".join(DEMO_OFFICES),
                office=office,
            )
        )
    history, planned = {
        "skane": lambda: (_skane(), _planned(today)),
        "hovedstaden": lambda: (_hovedstaden(), _planned_hovedstaden(today)),
        "midtjylland": lambda: (_midtjylland(), _planned_midtjylland(today)),
    }[office]()
    for delegation in history:
        # The source documents' trips took place: closed as completed, as an office closes a
        # trip it is back from. (The recent trip among the planned ones is left to close.)
        delegation.status = DelegationStatus.COMPLETED
        delegation.status_history = [
            StatusChange(DelegationStatus.PLANNED, delegation.start - dt.timedelta(days=60)),
            StatusChange(DelegationStatus.COMPLETED, min(delegation.end + dt.timedelta(days=7), today)),
        ]
    delegations = [*history, *planned]
    if office != "skane":
        # A Danish region's register numbers its decisions as journal numbers, not Swedish diarienummer.
        for delegation in delegations:
            decision = delegation.grip_decision
            if decision is not None and decision.reference.startswith("Dnr "):
                delegation.grip_decision = dataclasses.replace(
                    decision, reference="J.nr. " + decision.reference.removeprefix("Dnr ")
                )
    for delegation in delegations:
        for point in delegation.follow_up_points:
            if point.status is not FollowUpStatus.OPEN and point.closed_on is None:
                # Closed around when due (never in the future), as a real office's points were.
                point.closed_on = min(point.due or delegation.end, today)
    return _only_what_is_used(
        Register(
            organisations=_organisations(),
            people=_people(),
            agreements=_agreements(),
            delegations=delegations,
        )
    )


def _only_what_is_used(register: Register) -> Register:
    """The people, organisations and agreements the office's own delegations refer to:
    a Danish politician has no place in Region Skåne's register."""
    people = {p.person for d in register.delegations for p in d.participants}
    people |= {f.owner for d in register.delegations for f in d.follow_up_points if f.owner}
    agreements = {d.agreement for d in register.delegations if d.agreement}
    organisations = {d.initiator.organisation for d in register.delegations if d.initiator}
    organisations |= {i.counterpart for d in register.delegations for i in d.programme if i.counterpart}
    organisations |= {p.organisation for p in register.people if p.id in people and p.organisation}
    return Register(
        organisations=[o for o in register.organisations if o.id in organisations],
        people=[p for p in register.people if p.id in people],
        agreements=[a for a in register.agreements if a.id in agreements],
        delegations=register.delegations,
    )


def create_demo_database(path: Path, today: dt.date | None = None, office: str = "skane") -> None:
    """Write the demo of ``office`` (with its office profile) into a new register file at ``path``.

    An existing non-empty file is refused: it may be someone's real register.
    If writing fails, the half-made file is removed so the next attempt starts clean.
    """
    path = Path(path)
    if path.exists() and (path.is_dir() or path.stat().st_size > 0):
        raise FileExistsError(tr("{path} already exists; the demo is only written to a new file.", path=path))
    today = today or dt.date.today()
    register = demo_register(today, office)
    db = open_database(path)
    try:
        use_office(db, shipped_profile(office))
        repository.merge_register(db, register)
        _give_checklists(db, register, today)
    except BaseException:
        db.close()
        path.unlink(missing_ok=True)
        raise
    db.close()


def _give_checklists(db: Database, register: Register, today: dt.date) -> None:
    """The planned trips get their direction's checklist, with what is already done ticked:
    the items due more than twelve days ago, so that some are still open and some overdue."""
    for delegation in register.delegations:
        if delegation.start <= today:
            continue
        items = checklists.apply_template(db, delegation.id, delegation.direction)
        for item in items:
            item.done = item.auto is None and item.due(delegation.start) < today - dt.timedelta(days=12)
        checklists.save_checklist(db, delegation.id, items, today)
