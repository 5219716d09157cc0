"""Participant lists from CSV or Excel files, added to a delegation without duplicates.

A partner or a cluster sends "the list" as a spreadsheet; typing twenty names
by hand is where misspelt duplicates come from. The steps, each usable on its
own by the window's column-mapping step:

1. ``read_table(path)`` (in ``participant_files``, within its limits): headers
   and rows from .csv (delimiter , ; or tab; UTF-8, UTF-16 or Windows-1252) or .xlsx;
2. ``guess_mapping(headers)``: which column holds the name, organisation, …
   (Swedish, Danish and English header names);
3. ``plan_import(db, rows, mapping)``: for each row, the person already in the
   register (same name and organisation, or same e-mail) or a new one, with
   every problem named by its row number; nothing is written;
4. ``apply_plan(db, plan, delegation, side, role)``: one transaction; or, in the
   window, ``add_participants`` into the edited delegation and, when it is saved,
   ``store_new_records`` in the same transaction (so Cancel undoes the import).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlite_utils import Database

from delegation_planner.documents.word_lists import list_name
from delegation_planner.documents.words import WORDS
from delegation_planner.domain.enums import OrganisationKind, PersonKind, Role, Side
from delegation_planner.domain.records import Organisation, Participant, Person
from delegation_planner.domain.text import printable, single_line_problem, slugify
from delegation_planner.exchange.participant_files import (
    ERROR_VALUES,
    ImportProblem,
    ParticipantTable,
    detect_delimiter,
    read_csv,
    read_table,
    read_xlsx,
)
from delegation_planner.storage import repository
from delegation_planner.storage import rows as stored
from delegation_planner.storage.upsert import upsert_rows
from delegation_planner.texts.catalogue import mark, ntr, tr

__all__ = [
    "ImportProblem",
    "ParticipantTable",
    "apply_plan",
    "detect_delimiter",
    "guess_mapping",
    "plan_import",
    "plan_table",
    "read_csv",
    "read_table",
    "read_xlsx",
]

FIELDS = ("name", "organisation", "title", "email", "kind", "side", "role")

# Header names in lower case without punctuation; compared after the same folding.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "name": (
        "namn",
        "navn",
        "name",
        "full name",
        "fullständigt namn",
        "fulde navn",
        "deltagare",
        "deltager",
        "participant",
        "person",
        "för och efternamn",
        "fornavn og efternavn",
    ),
    "organisation": (
        "organisation",
        "organization",
        "org",
        "company",
        "företag",
        "virksomhed",
        "firma",
        "myndighet",
        "myndighed",
        "institution",
        "employer",
        "arbetsgivare",
        "arbejdsgiver",
        "organisation name",
        "company name",
        "enhed",
        "förvaltning",
    ),
    "title": (
        "titel",
        "title",
        "befattning",
        "stilling",
        "position",
        "job title",
        "jobtitel",
        "tjänst",
        "stillingsbetegnelse",
    ),
    "email": (
        "e-post",
        "epost",
        "e-mail",
        "email",
        "mail",
        "e-postadress",
        "mailadresse",
        "e-mailadresse",
        "email address",
        "e-mail address",
        "mejl",
    ),
    "kind": ("typ", "type", "kind", "kategori", "category", "persontyp", "person type"),
    "side": ("sida", "side", "delegation side"),
    "role": ("roll", "rolle", "role", "funktion", "function"),
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return tr("row {row}: {problem}", row=self.row, problem=self.message)


@dataclass
class PlannedRow:
    row: int
    name: str
    person: str  # the key of the person who will take part (existing or new)
    existing: bool
    side: Side | None = None  # from the file; None takes the default given to apply_plan
    role: Role | None = None


@dataclass
class ImportPlan:
    rows: list[PlannedRow] = field(default_factory=list)
    new_people: list[Person] = field(default_factory=list)
    new_organisations: list[Organisation] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def matched(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.existing]


# --- mapping ----------------------------------------------------------------------------------------


def _fold_header(text: str) -> str:
    return " ".join(re.sub(r"[^\w@\- ]+", " ", text.casefold()).replace("_", " ").split())


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index for the headers that name a known field; each column used once."""
    folded = [_fold_header(h) for h in headers]
    mapping: dict[str, int] = {}
    for field_name in FIELDS:
        names = HEADER_NAMES[field_name]
        for index, header in enumerate(folded):
            if index in mapping.values():
                continue
            if header in names or header.replace("-", "") in {n.replace("-", "") for n in names}:
                mapping[field_name] = index
                break
    return mapping


# --- planning ----------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _value_lookup(enum: type[StrEnum]) -> dict[str, str]:
    """Every language's word for each of ``enum``'s values (and the value itself), folded, to the value."""
    values = [member.value for member in enum]
    lookup = {_norm(v): v for v in values}
    for lists in WORDS.values():
        words = lists[list_name(enum)]
        for value in values:
            lookup.setdefault(_norm(words[value]), value)
    return lookup


_KINDS = _value_lookup(PersonKind) | {
    "tjänsteperson": "official",
    "tjenestemand": "official",
    "embedsperson": "official",
    "företagare": "business",
    "näringsliv": "business",
    "erhverv": "business",
    "erhvervsliv": "business",
    "forskare": "researcher",
    "forsker": "researcher",
    "politiker": "politician",
}
_SIDES = _value_lookup(Side) | {
    "vår": "home",
    "vores": "home",
    "egna": "home",
    "egne": "home",
    "partner": "partner",
}
_ROLES = _value_lookup(Role)


def plan_import(
    db: Database,
    rows: Sequence[Sequence[str]],
    mapping: Mapping[str, int],
    *,
    row_numbers: Sequence[int] | None = None,
    default_kind: PersonKind = PersonKind.OTHER,
) -> ImportPlan:
    """What importing ``rows`` would do; writes nothing. Blank rows are skipped."""
    if "name" not in mapping:
        raise ImportProblem(tr("Choose the column that holds the participants' names."))
    numbers = list(row_numbers) if row_numbers is not None else [i + 2 for i in range(len(rows))]
    people = repository.list_people(db)
    organisations = repository.list_organisations(db)
    org_by_name = {_norm(o.name): o.id for o in organisations}
    org_names = {o.id: o.name for o in organisations}
    by_name_org = {(_norm(p.name), _norm(org_names.get(p.organisation or "", ""))): p.id for p in people}
    by_email = {p.email.strip().casefold(): p.id for p in people if p.email.strip()}
    email_of = {p.id: p.email.strip().casefold() for p in people}
    new_keys: set[str] = set()
    person_suffixes: dict[str, int] = {}
    org_suffixes: dict[str, int] = {}
    taken_people = {p.id for p in people}
    taken_orgs = {o.id for o in organisations}
    plan = ImportPlan()

    def cell(values: Sequence[str], name: str) -> str:
        index = mapping.get(name)
        return values[index].strip() if index is not None and index < len(values) else ""

    for number, values in zip(numbers, rows, strict=True):
        fields = {name: cell(values, name) for name in FIELDS}
        if not any(fields.values()):
            continue
        problems = _row_problems(fields)
        kind, side, role = fields["kind"], fields["side"], fields["role"]
        if problems:
            pass  # an error value or a broken cell says enough; its kind etc. are not read
        elif kind and _norm(kind) not in _KINDS:
            problems.append(
                tr(
                    "unknown kind '{kind}' (politician, official, business, researcher, other)",
                    kind=printable(kind, 60),
                )
            )
        elif side and _norm(side) not in _SIDES:
            problems.append(tr("unknown side '{side}' (home or partner)", side=printable(side, 60)))
        elif role and _norm(role) not in _ROLES:
            problems.append(tr("unknown role '{role}'", role=printable(role, 60)))
        if problems:
            plan.errors.extend(RowError(number, p) for p in problems)
            continue
        name, organisation, email = fields["name"], fields["organisation"], fields["email"]
        key = by_email.get(email.casefold()) if email else None
        if key is None:
            key = by_name_org.get((_norm(name), _norm(organisation)))
            # Two people may share a name (and employer); different e-mail addresses
            # say they are two, so they are not merged.
            if key is not None and email and email_of.get(key) and email_of[key] != email.casefold():
                key = None
        existing = key is not None and key not in new_keys
        if key is None:
            org_key = None
            if organisation:
                org_key = org_by_name.get(_norm(organisation))
                if org_key is None:
                    org_key = _free_key(slugify(organisation), taken_orgs, org_suffixes)
                    plan.new_organisations.append(Organisation(org_key, organisation, OrganisationKind.OTHER))
                    org_by_name[_norm(organisation)] = org_key
            key = _free_key(slugify(name), taken_people, person_suffixes)
            person = Person(
                key,
                name,
                PersonKind(_KINDS[_norm(kind)]) if kind else default_kind,
                title=fields["title"],
                organisation=org_key,
                email=email,
            )
            plan.new_people.append(person)
            new_keys.add(key)
            email_of[key] = email.casefold()
            # A person listed twice in the same file is one new person, not two.
            by_name_org.setdefault((_norm(name), _norm(organisation)), key)
            if email:
                by_email[email.casefold()] = key
        plan.rows.append(
            PlannedRow(
                number,
                name,
                key,
                existing,
                Side(_SIDES[_norm(side)]) if side else None,
                Role(_ROLES[_norm(role)]) if role else None,
            )
        )
    return plan


# The fields as a row's problem names them ("the title must be on one line").
_FIELD_WORDS = {
    "name": mark("the name"),
    "organisation": mark("the organisation"),
    "title": mark("the title"),
    "email": mark("the email"),
    "kind": mark("the kind"),
    "side": mark("the side"),
    "role": mark("the role"),
}


def _row_problems(fields: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    for name, value in fields.items():
        if value.upper() in ERROR_VALUES:
            problems.append(
                tr(
                    "{field} is the spreadsheet error {value} (correct the list)",
                    field=tr(_FIELD_WORDS.get(name, name)),
                    value=value.upper(),
                )
            )
    if problems:
        return problems
    if not fields["name"]:
        problems.append(tr("the name is blank"))
    for name, value in fields.items():
        problem = single_line_problem(value) if value else None
        if problem:
            problems.append(tr("{field} {problem}", field=tr(_FIELD_WORDS.get(name, name)), problem=problem))
    email = fields["email"]
    if email and not problems and not _EMAIL.match(email):
        problems.append(tr("'{email}' is not an e-mail address", email=printable(email, 80)))
    return problems


def plan_table(
    db: Database,
    table: ParticipantTable,
    mapping: Mapping[str, int],
    *,
    default_kind: PersonKind = PersonKind.OTHER,
) -> ImportPlan:
    """``plan_import`` for a whole table: the rows that could not be read are errors too."""
    plan = plan_import(db, table.rows, mapping, row_numbers=table.row_numbers, default_kind=default_kind)
    plan.errors.extend(RowError(number, reason) for number, reason in table.unreadable)
    plan.errors.sort(key=lambda e: e.row)
    return plan


def _free_key(base: str, taken: set[str], suffixes: dict[str, int]) -> str:
    """``base``, ``base-2`` … not in ``taken`` (every key of the register and of this
    plan's new records; the caller read them all).

    The last suffix given for each base is remembered in ``suffixes``, so a list of
    thousands of people of the same name costs a step each, not a search from 1.
    """
    n = suffixes.get(base, 1)
    candidate = base if n == 1 else f"{base}-{n}"
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    suffixes[base] = n
    taken.add(candidate)
    return candidate


# --- applying -------------------------------------------------------------------------------------------


def apply_plan(
    db: Database,
    plan: ImportPlan,
    delegation_key: str,
    side: Side = Side.HOME,
    role: Role | None = Role.MEMBER,
    *,
    skip_invalid: bool = False,
) -> int:
    """Add the plan's new organisations and people, and everyone as participants of
    ``delegation_key``, in one transaction; return how many participants were added.

    People already taking part are left as they are. A plan with errors is refused
    unless ``skip_invalid`` (then the rows in error are left out).
    """
    if plan.errors and not skip_invalid:
        raise ImportProblem(
            ntr(
                "{count} row has problems: {first}. Correct it or skip it.",
                "{count} rows have problems, the first: {first}. Correct them or skip them.",
                len(plan.errors),
                first=plan.errors[0],
            )
        )
    with db.atomic():
        delegation, revision = repository.load_delegation(db, delegation_key)
        # In one statement set each: the people are new, so no verdict depends on them yet.
        moved = store_new_records(db, plan.new_people, plan.new_organisations)
        rows = [replace(row, person=moved.get(row.person, row.person)) for row in plan.rows]
        added = add_participants(rows, delegation.participants, side, role)
        if added:
            # Through the repository so the revision moves on (an editor that has the
            # delegation open is told) and the GRIP verdict is evaluated again.
            repository.save_delegation(db, delegation, revision)
    return added


def add_participants(
    rows: Sequence[PlannedRow], participants: list[Participant], side: Side, role: Role | None
) -> int:
    """Append the rows' people to ``participants`` (those not taking part yet); how many were added."""
    present = {p.person for p in participants}
    added = 0
    for row in rows:
        if row.person in present:
            continue
        present.add(row.person)
        participants.append(Participant(row.person, row.side or side, row.role or role))
        added += 1
    return added


def store_new_records(
    db: Database, people: Sequence[Person], organisations: Sequence[Organisation]
) -> dict[str, str]:
    """Store the people and organisations a plan made; return the people whose key had to change.

    The keys were free when the plan was made; one taken since (someone added a record
    meanwhile, as the window stores an import only when the delegation is saved) moves to
    the next free key, and the people of a moved organisation follow it. The register's
    keys are read once and the records written in one statement set each, so a list of
    thousands costs no query per row.
    """
    taken_organisations = {str(r[0]) for r in db.execute("SELECT id FROM organisations").fetchall()}
    taken_people = {str(r[0]) for r in db.execute("SELECT id FROM people").fetchall()}
    organisation_keys: dict[str, str] = {}
    suffixes: dict[str, int] = {}
    kept_organisations = []
    for organisation in organisations:
        key = _free_key(organisation.id, taken_organisations, suffixes)
        organisation_keys[organisation.id] = key
        kept_organisations.append(replace(organisation, id=key))
    moved: dict[str, str] = {}
    kept_people = []
    suffixes = {}
    for person in people:
        key = _free_key(person.id, taken_people, suffixes)
        organisation_key = organisation_keys.get(person.organisation or "", person.organisation)
        kept_people.append(replace(person, id=key, organisation=organisation_key))
        if key != person.id:
            moved[person.id] = key
    upsert_rows(db, "organisations", [stored.organisation_row(o) for o in kept_organisations])
    upsert_rows(db, "people", [stored.person_row(p) for p in kept_people])
    return moved
