"""Everything a document about one delegation needs, read once as plain data.

The documents are built from a ``DelegationBundle`` and a ``DocumentContext``
rather than from the database, so they can be tested with records alone and the
window and the command line only call ``write_memo(db, key, path, lang)``.
"""

from __future__ import annotations

import datetime as dt
import getpass
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.enums import DecisionOutcome
from delegation_planner.domain.grip import GripResult, evaluate, home_politicians
from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import Agreement, Delegation, Organisation, Person
from delegation_planner.storage import repository
from delegation_planner.storage.atomic_file import check_target, write_atomically
from delegation_planner.storage.document_log import stamp_document
from delegation_planner.storage.office_store import letterhead as stored_letterhead
from delegation_planner.storage.office_store import load_office

if TYPE_CHECKING:  # python-docx is loaded when a document is written, not by the window at start
    from docx.document import Document
    from sqlite_utils import Database


@dataclass(frozen=True)
class DocumentContext:
    """Who writes the document, in which language, on which day."""

    office: str
    language: str = "sv"
    today: dt.date = field(default_factory=dt.date.today)
    officer: str = ""  # the case officer (handläggare, sagsbehandler) named on memo and basis
    # The office's profile: its decision body and theme labels in the document's words.
    profile: OfficeProfile | None = None

    @property
    def labels(self) -> Labels:
        return Labels.for_language(self.language, self.profile)


@dataclass(frozen=True)
class DecisionEntry:
    """One row of a delegation's GRIP decision history; ``outcome`` None means withdrawn."""

    recorded_at: str
    date: dt.date | None
    outcome: DecisionOutcome | None
    reference: str = ""
    note: str = ""


@dataclass
class DelegationBundle:
    """One delegation with everything its documents print: people, organisations, agreements, policy, verdict, decisions."""

    delegation: Delegation
    people: dict[str, Person]
    organisations: dict[str, Organisation]
    agreements: dict[str, Agreement]
    policy: PolicyProfile
    grip: GripResult
    decisions: list[DecisionEntry] = field(default_factory=list)
    office: OfficeProfile | None = None

    @classmethod
    def of(
        cls,
        delegation: Delegation,
        people: Mapping[str, Person],
        organisations: Mapping[str, Organisation] | None = None,
        agreements: Mapping[str, Agreement] | None = None,
        policy: PolicyProfile | None = None,
        decisions: list[DecisionEntry] | None = None,
        office: OfficeProfile | None = None,
    ) -> DelegationBundle:
        """A bundle from records (tests, previews); the GRIP result is computed here."""
        policy = policy or PolicyProfile()
        return cls(
            delegation=delegation,
            people=dict(people),
            organisations=dict(organisations or {}),
            agreements=dict(agreements or {}),
            policy=policy,
            grip=evaluate(delegation, people, policy),
            decisions=list(decisions or []),
            office=office,
        )

    def person_name(self, key: str) -> str:
        person = self.people.get(key)
        return person.name if person else key

    def organisation_name(self, key: str | None) -> str:
        if not key:
            return ""
        organisation = self.organisations.get(key)
        return organisation.name if organisation else key

    def person_organisation(self, key: str) -> str:
        person = self.people.get(key)
        return self.organisation_name(person.organisation) if person else ""

    def owner_text(self, owner: str) -> str:
        """A follow-up point's owner: a person's name (with organisation), or the free text."""
        person = self.people.get(owner)
        if person is None:
            return owner
        organisation = self.organisation_name(person.organisation)
        return f"{person.name} ({organisation})" if organisation else person.name

    def has_home_politicians(self) -> bool:
        return bool(home_politicians(self.delegation, self.people))


def load_delegation_bundle(db: Database, key: str) -> DelegationBundle:
    """Read the delegation ``key`` and what it refers to; NotFoundError if there is none."""
    delegation, _revision = repository.load_delegation(db, key)
    wanted = {p.person for p in delegation.participants}
    wanted |= {f.owner for f in delegation.follow_up_points if f.owner}
    people = {p.id: p for p in repository.people_by_keys(db, wanted)}
    organisations = {o.id: o for o in repository.list_organisations(db)}
    agreements = {a.id: a for a in repository.list_agreements(db)}
    policy = repository.load_policy(db)
    return DelegationBundle(
        delegation=delegation,
        people=people,
        organisations=organisations,
        agreements=agreements,
        policy=policy,
        grip=evaluate(delegation, people, policy),
        decisions=[_decision_entry(row) for row in repository.decision_history(db, key)],
        office=load_office(db),
    )


def _decision_entry(row: Mapping[str, object]) -> DecisionEntry:
    date, outcome = str(row.get("date") or ""), str(row.get("outcome") or "")
    return DecisionEntry(
        recorded_at=str(row.get("recorded_at") or ""),
        date=dt.date.fromisoformat(date) if date else None,
        outcome=DecisionOutcome(outcome) if outcome else None,
        reference=str(row.get("reference") or ""),
        note=str(row.get("note") or ""),
    )


def office_name(policy: PolicyProfile) -> str:
    """The header's office from the profile name: "Region Skåne (GRIP)" -> "Region Skåne".

    The parenthesis names the rule set, not the office, and does not belong on letterhead.
    """
    name = re.sub(r"\s*\([^)]*\)\s*$", "", policy.name).strip()
    return name or policy.name.strip()


def context_for(
    bundle: DelegationBundle,
    language: str | None,
    today: dt.date | None,
    office: str | None = None,
    officer: str | None = None,
) -> DocumentContext:
    """The context of a document about ``bundle``; ``language`` None: the office's document language."""
    profile = bundle.office
    language = language or (profile.document_language if profile is not None else "sv")
    Labels.for_language(language)  # refuse an unknown language before anything else
    name = office or (profile.name if profile is not None else office_name(bundle.policy))
    return DocumentContext(
        office=name,
        language=language,
        today=today or dt.date.today(),
        officer=(officer or "").strip() or default_officer(),
        profile=profile,
    )


def letterhead(bundle_or_db: DelegationBundle | Database) -> bytes | None:
    """The register's letterhead template, which a document uses unless told another."""
    if isinstance(bundle_or_db, DelegationBundle):
        return bundle_or_db.office.letterhead if bundle_or_db.office is not None else None
    return stored_letterhead(bundle_or_db)


def default_officer() -> str:
    """The person writing: the full name the system knows for the login, else the login."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""
    try:
        import pwd  # not on Windows, where the login is what is known

        full = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError):
        full = ""
    return full or login


def save_atomically(
    build: Callable[[], Document], path: Path | str, reference: str | None = None, language: str = ""
) -> Path:
    """Build the whole document in memory, then write it with the program's one atomic
    writer, so a crash or a full disk never leaves a half-written file (or a damaged
    copy of the previous one) behind. ``reference`` (the document register's, from
    ``document_log.reference_for``) is printed in its page header in ``language``'s words
    before it is saved, rather than by reading the file back and saving it again."""
    check_target(path)  # refuse a device or folder before the work of building
    document = build()
    if reference:
        stamp_document(document, reference, language)
    return write_atomically(path, lambda temporary: document.save(str(temporary)))
