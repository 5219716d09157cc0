"""Participant lists from CSV or Excel files, added to a delegation without duplicates.

A partner or a cluster sends "the list" as a spreadsheet; typing twenty names
by hand is where misspelt duplicates come from. The steps, each usable on its
own by the window's column-mapping step:

1. ``read_table(path)``: headers and rows from .csv (delimiter , ; or tab;
   UTF-8 with or without BOM, else Windows-1252 with a note) or .xlsx;
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

import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlite_utils import Database

from delegation_planner.documents.words import WORDS
from delegation_planner.domain.enums import OrganisationKind, PersonKind, Role, Side
from delegation_planner.domain.records import Organisation, Participant, Person
from delegation_planner.domain.text import single_line_problem, slugify
from delegation_planner.storage import repository

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
_DELIMITERS = ",;\t"


class ImportProblem(Exception):
    """The file cannot be read, or a plan with errors was applied; the message says why."""


@dataclass
class ParticipantTable:
    """What a file holds: its header row, its rows (as text), their row numbers in the file."""

    headers: list[str]
    rows: list[list[str]]
    row_numbers: list[int]
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RowError:
    row: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}"


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


# --- reading -------------------------------------------------------------------------------------


def read_table(path: Path | str) -> ParticipantTable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportProblem(f"Cannot read {path}: {error.strerror or error}.") from error
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return read_xlsx(data)
    return read_csv(data)


def read_csv(data: bytes) -> ParticipantTable:
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page: Windows-1252 in the Nordics.
        text = data.decode("cp1252", errors="replace")
        notes.append("The file is not UTF-8; it was read as Windows-1252 (Western European).")
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[list[str]] = []
    numbers: list[int] = []
    line_before = 0
    for record in reader:
        number = line_before + 1  # the line the record starts on (a quoted field may span lines)
        line_before = reader.line_num
        if headers is None:
            if any(cell.strip() for cell in record):
                headers = [cell.strip() for cell in record]
            continue
        rows.append([cell.strip() for cell in record])
        numbers.append(number)
    return ParticipantTable(headers or [], rows, numbers, notes)


def detect_delimiter(text: str) -> str:
    """Comma, semicolon (Excel in Nordic locales) or tab, from the first lines."""
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in text.splitlines() if line.strip()), "")
        counts = {d: first.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_xlsx(data: bytes) -> ParticipantTable:
    from openpyxl import load_workbook  # only here: reading a CSV needs none of it

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportProblem("The file is not an Excel workbook (.xlsx) that can be read.") from error
    try:
        sheet = book.worksheets[0]
        headers: list[str] | None = None
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if headers is None:
                if any(cells):
                    headers = cells
                continue
            rows.append(cells)
            numbers.append(number)
    finally:
        book.close()
    return ParticipantTable(headers or [], rows, numbers)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


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


def _value_lookup(enum_values: Sequence[str]) -> dict[str, str]:
    """Every language's word for each value (and the value itself), folded, to the value."""
    lookup = {_norm(v): v for v in enum_values}
    for words in WORDS.values():
        for value in enum_values:
            if value in words:
                lookup.setdefault(_norm(words[value]), value)
    return lookup


_KINDS = _value_lookup([k.value for k in PersonKind]) | {
    "tjänsteman": "official",
    "tjenestemand": "official",
    "embedsmand": "official",
    "företagare": "business",
    "näringsliv": "business",
    "erhverv": "business",
    "forskare": "researcher",
    "forsker": "researcher",
    "politiker": "politician",
}
_SIDES = _value_lookup([s.value for s in Side]) | {"vår": "home", "vores": "home", "partner": "partner"}
_ROLES = _value_lookup([r.value for r in Role])


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
        raise ImportProblem("Choose the column that holds the participants' names.")
    numbers = list(row_numbers) if row_numbers is not None else [i + 2 for i in range(len(rows))]
    people = repository.list_people(db)
    organisations = repository.list_organisations(db)
    org_by_name = {_norm(o.name): o.id for o in organisations}
    org_names = {o.id: o.name for o in organisations}
    by_name_org = {(_norm(p.name), _norm(org_names.get(p.organisation or "", ""))): p.id for p in people}
    by_email = {p.email.strip().casefold(): p.id for p in people if p.email.strip()}
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
        if kind and _norm(kind) not in _KINDS:
            problems.append(f"unknown kind '{kind}' (politician, official, business, researcher, other)")
        if side and _norm(side) not in _SIDES:
            problems.append(f"unknown side '{side}' (home or partner)")
        if role and _norm(role) not in _ROLES:
            problems.append(f"unknown role '{role}'")
        if problems:
            plan.errors.extend(RowError(number, p) for p in problems)
            continue
        name, organisation, email = fields["name"], fields["organisation"], fields["email"]
        key = by_email.get(email.casefold()) if email else None
        key = key or by_name_org.get((_norm(name), _norm(organisation)))
        existing = key is not None and key not in {p.id for p in plan.new_people}
        if key is None:
            org_key = None
            if organisation:
                org_key = org_by_name.get(_norm(organisation))
                if org_key is None:
                    org_key = _free_key(db, "organisations", slugify(organisation), taken_orgs)
                    plan.new_organisations.append(Organisation(org_key, organisation, OrganisationKind.OTHER))
                    org_by_name[_norm(organisation)] = org_key
            key = _free_key(db, "people", slugify(name), taken_people)
            person = Person(
                key,
                name,
                PersonKind(_KINDS[_norm(kind)]) if kind else default_kind,
                title=fields["title"],
                organisation=org_key,
                email=email,
            )
            plan.new_people.append(person)
            # A person listed twice in the same file is one new person, not two.
            by_name_org[(_norm(name), _norm(organisation))] = key
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


def _row_problems(fields: Mapping[str, str]) -> list[str]:
    problems: list[str] = []
    if not fields["name"]:
        problems.append("the name is blank")
    for name, value in fields.items():
        problem = single_line_problem(value) if value else None
        if problem:
            problems.append(f"the {name} {problem}")
    email = fields["email"]
    if email and not _EMAIL.match(email):
        problems.append(f"'{email}' is not an e-mail address")
    return problems


def _free_key(db: Database, table: str, base: str, taken: set[str]) -> str:
    """``base``, ``base-2`` … free both in the register and among this plan's new keys."""
    candidate, n = base, 1
    while candidate in taken or repository.unique_key(db, table, candidate) != candidate:
        n += 1
        candidate = f"{base}-{n}"
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
            f"{len(plan.errors)} row(s) have problems, the first: {plan.errors[0]}. Correct them or skip them."
        )
    with db.atomic():
        delegation, revision = repository.load_delegation(db, delegation_key)
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
    meanwhile) moves to the next free key, and the people of a moved organisation follow it.
    """
    organisation_keys: dict[str, str] = {}
    for organisation in organisations:
        key = repository.unique_key(db, "organisations", organisation.id)
        organisation_keys[organisation.id] = key
        repository.save_organisation(db, replace(organisation, id=key))
    moved: dict[str, str] = {}
    for person in people:
        key = repository.unique_key(db, "people", person.id)
        organisation_key = organisation_keys.get(person.organisation or "", person.organisation)
        repository.save_person(db, replace(person, id=key, organisation=organisation_key))
        if key != person.id:
            moved[person.id] = key
    return moved
