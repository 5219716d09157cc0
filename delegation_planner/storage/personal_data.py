"""What the register holds on one person: an access request's answer (GDPR art. 15).

The record itself and its structured uses (participations, follow-up points owned)
are read by key. Free text is searched for the person's name and e-mail address in
*every* text column of *every* table, so a table added by a later version (a
contact log, a document register) is covered without this module knowing of it;
the places not described by a section of their own are listed as "other mentions".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlite_utils import Database

from delegation_planner.storage.dialect import is_server, table_names
from delegation_planner.storage.errors import NotFoundError
from delegation_planner.texts.catalogue import mark, tr, tr_in

EXPORT_FORMAT = "delegation-planner/person-export/1"

# Tables that are the program's bookkeeping, not the office's records.
_BOOKKEEPING_PREFIXES = ("sqlite_", "_")

# The register's tables as a reader knows them, for what is said about a person's data
# ("Programpunkter: namnet ersätts i 2 texter"); never the table's own name.
_TABLE_WORDS = {
    "agreements": mark("Agreements"),
    "attachments": mark("Attachments"),
    "change_log": mark("Change history"),
    "checklist_items": mark("Checklists"),
    "checklist_templates": mark("Checklist templates"),
    "contacts": mark("Contacts between visits"),
    "cost_lines": mark("Costs"),
    "delegations": mark("Delegations"),
    "document_log": mark("Documents written"),
    "follow_up_points": mark("Follow-up points"),
    "grip_decisions": mark("Decisions"),
    "office_profile": mark("Office profile"),
    "organisations": mark("Organisations"),
    "participants": mark("Participants"),
    "people": mark("People"),
    "policy": mark("Policy profile"),
    "programme_items": mark("Programme items"),
    "results": mark("Results"),
    "status_changes": mark("Status changes"),
    "visit_rule": mark("Visit rules"),
}


def table_words(table: str, language: str | None = None) -> str:
    """``programme_items`` as the reader (or a document in ``language``) says it
    ("Programpunkter"); a table added later without words here reads as its name with spaces."""
    words = _TABLE_WORDS.get(table)
    if not words:
        return table.replace("_", " ")
    return tr(words) if language is None else tr_in(language, words)


@dataclass(frozen=True)
class Mention:
    """One free-text value that names the person."""

    table: str
    column: str
    rowid: int
    text: str
    delegation: str | None = None  # the delegation it belongs to, when it belongs to one


@dataclass
class PersonRecord:
    id: str
    name: str
    kind: str
    title: str
    organisation: str
    email: str


@dataclass
class PersonalData:
    """Everything the register holds on one person, by section."""

    person: PersonRecord
    participations: list[dict[str, Any]] = field(default_factory=list)
    follow_up_points: list[dict[str, Any]] = field(default_factory=list)
    programme_items: list[dict[str, Any]] = field(default_factory=list)
    decisions: list[dict[str, Any]] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    checklist_items: list[dict[str, Any]] = field(default_factory=list)
    other_mentions: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self, today: dt.date) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "exported": today.isoformat(),
            "person": asdict(self.person),
            "participations": self.participations,
            "follow_up_points": self.follow_up_points,
            "programme_items": self.programme_items,
            "decisions": self.decisions,
            "results": self.results,
            "checklist_items": self.checklist_items,
            "other_mentions": self.other_mentions,
        }

    @property
    def item_count(self) -> int:
        return sum(
            len(section)
            for section in (
                self.participations,
                self.follow_up_points,
                self.programme_items,
                self.decisions,
                self.results,
                self.checklist_items,
                self.other_mentions,
            )
        )


# --- finding the person --------------------------------------------------------------------------


def find_person(db: Database, wanted: str) -> PersonRecord:
    """The person whose id is ``wanted`` or, failing that, whose name it is (one only)."""
    rows = db.execute(
        "SELECT p.id, p.name, p.kind, p.title, COALESCE(o.name, ''), p.email FROM people p "
        "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id = ?",
        [wanted],
    ).fetchall()
    if not rows:
        rows = db.execute(
            "SELECT p.id, p.name, p.kind, p.title, COALESCE(o.name, ''), p.email FROM people p "
            "LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.name = ? COLLATE NOCASE",
            [wanted.strip()],
        ).fetchall()
    if not rows:
        raise NotFoundError(
            tr(
                "There is no person '{wanted}' in the register (give the person's id or full name).",
                wanted=wanted,
            )
        )
    if len(rows) > 1:
        keys = ", ".join(r[0] for r in rows)
        raise NotFoundError(
            tr(
                "More than one person is called '{wanted}' ({keys}); give the id instead.",
                wanted=wanted,
                keys=keys,
            )
        )
    return PersonRecord(*rows[0])


# --- free-text search ------------------------------------------------------------------------------


def name_pattern(*needles: str) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive matches of any of ``needles`` (blank ones ignored).

    Whole words, so erasing "Li" does not touch "Lilla Torg".
    """
    parts = [re.escape(n.strip()) for n in needles if n and n.strip()]
    if not parts:
        return None
    # Longest first, so an e-mail address is matched whole before a name inside it.
    parts.sort(key=len, reverse=True)
    return re.compile(_OPEN + "|".join(parts) + _CLOSE, re.IGNORECASE)


_OPEN = r"(?<!\w)(?:"
_CLOSE = r")(?!\w)"


def text_columns(db: Database, *, free_text_only: bool = False) -> Iterator[tuple[str, str]]:
    """(table, column) for every text column of the office's tables; with
    ``free_text_only`` keys and references (which are never rewritten) are left out."""
    for table in table_names(db):
        if table.startswith(_BOOKKEEPING_PREFIXES):
            continue
        for column in _columns(db, table):
            if free_text_only and (column.key or column.reference):
                continue
            if column.text:
                yield table, column.name


@dataclass(frozen=True)
class _Column:
    name: str
    text: bool  # holds text (SQLite: a declared type with CHAR, TEXT, CLOB, or none)
    key: bool  # part of the primary key
    reference: str | None  # the table a foreign key points at


def _columns(db: Database, table: str) -> list[_Column]:
    """A table's columns as the engine's own catalogue describes them."""
    if is_server(db):
        references = dict(
            db.execute(
                "SELECT a.attname, c.confrelid::regclass::text FROM pg_constraint c "
                "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                "WHERE c.contype = 'f' AND c.conrelid = to_regclass(?)",
                [_quoted(table)],
            ).fetchall()
        )
        keys = {
            r[0]
            for r in db.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY (i.indkey) WHERE i.indisprimary AND i.indrelid = to_regclass(?)",
                [_quoted(table)],
            ).fetchall()
        }
        return [
            _Column(
                str(name),
                data_type in ("text", "character varying", "character"),
                name in keys,
                str(references[name]).strip('"') if name in references else None,
            )
            for name, data_type in db.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
        ]
    references = {r[3]: str(r[2]) for r in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()}
    found = []
    for row in db.execute(f"PRAGMA table_info([{table}])").fetchall():
        declared = str(row[2]).upper()
        text = "CHAR" in declared or "TEXT" in declared or "CLOB" in declared or declared == ""
        found.append(_Column(str(row[1]), text, bool(row[5]), references.get(row[1])))
    return found


def _quoted(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def references_to(db: Database, target: str) -> list[tuple[str, str]]:
    """(table, column) for every column of the register that refers to ``target``'s rows."""
    return [
        (table, column.name)
        for table in table_names(db)
        for column in _columns(db, table)
        if column.reference == target
    ]


def has_column(db: Database, table: str, column: str) -> bool:
    return any(c.name == column for c in _columns(db, table))


# A case-blind match in Python also finds some ASCII letters outside ASCII (the Kelvin
# sign for "k", the long s, dotted and dotless i), and a server folds only ASCII letters
# for certain: its coarse match uses the other letters and the digits.
_SAFE_RUN = re.compile(r"[A-HJLMNOPQRT-Za-hjlmnopqrt-z0-9]{3,}")


def _needles(pattern: re.Pattern[str]) -> list[str]:
    """The needles ``name_pattern`` joined, read back from its (escaped) alternation."""
    body = pattern.pattern[len(_OPEN) : -len(_CLOSE)]
    needles = [""]
    escaped = False
    for char in body:
        if escaped:
            needles[-1] += char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            needles.append("")
        else:
            needles[-1] += char
    return needles


def _prefilter(pattern: re.Pattern[str]) -> list[str]:
    """``LIKE`` patterns such that every value ``pattern`` finds meets at least one (none:
    every value must be read): each needle's longest run of letters the server folds alike."""
    likes = []
    for needle in _needles(pattern):
        runs = _SAFE_RUN.findall(needle)
        if not runs:
            return []
        likes.append(f"%{max(runs, key=len)}%")
    return likes


def find_mentions(db: Database, pattern: re.Pattern[str], *, free_text_only: bool = False) -> list[Mention]:
    """Every text value in the register that ``pattern`` finds, in table order."""

    def matches(value: object) -> int:
        return 1 if isinstance(value, str) and pattern.search(value) else 0

    server = is_server(db)
    likes = _prefilter(pattern) if server else []
    if not server:
        # Filtered inside SQLite so only the matching values come to Python.
        db.conn.create_function("dp_names_person", 1, matches, deterministic=True)
    found: list[Mention] = []
    with_delegation_id: dict[str, bool] = {}  # asked once a table: a server is asked over the network
    for table, column in text_columns(db, free_text_only=free_text_only):
        if table not in with_delegation_id:
            with_delegation_id[table] = has_column(db, table, "delegation_id")
        with_delegation = with_delegation_id[table]
        delegation = "delegation_id" if with_delegation else ("id" if table == "delegations" else "NULL")
        if server:
            # A server runs no Python: a coarse ASCII match there, the exact one here.
            condition = " OR ".join(f"[{column}] LIKE ?" for _ in likes) or f"[{column}] IS NOT NULL"
        else:
            condition = f"dp_names_person([{column}])"
        for rowid, text, owner in db.execute(
            f"SELECT rowid, [{column}], {delegation} FROM [{table}] WHERE {condition}", likes
        ).fetchall():
            if matches(text):
                found.append(Mention(table, column, int(rowid), str(text), owner))
    return found


# --- the access request ---------------------------------------------------------------------------


def personal_data(db: Database, wanted: str) -> PersonalData:
    """Everything the register holds on the person ``wanted`` (id or full name)."""
    person = find_person(db, wanted)
    data = PersonalData(person)
    key = person.id
    for row in db.query(
        'SELECT d.id AS delegation, d.title, d.direction, d.start, d."end", p.side, p.role, p.justification '
        "FROM participants p JOIN delegations d ON d.id = p.delegation_id "
        "WHERE p.person_id = ? ORDER BY d.start, d.id",
        [key],
    ):
        data.participations.append(dict(row))
    pattern = name_pattern(person.name, person.email)
    mentions = find_mentions(db, pattern) if pattern else []
    named = {(m.table, m.rowid) for m in mentions}

    def mentioned(table: str, rowid: int) -> bool:
        return (table, rowid) in named

    for row in db.query(
        "SELECT f.rowid AS rowid, f.delegation_id AS delegation, d.title AS delegation_title, f.text, "
        "f.owner_person_id, f.owner_text, f.due, f.status FROM follow_up_points f "
        "JOIN delegations d ON d.id = f.delegation_id ORDER BY d.start, f.delegation_id, f.position"
    ):
        if row["owner_person_id"] == key or mentioned("follow_up_points", row["rowid"]):
            owner = row.pop("owner_person_id")
            owner_text = row.pop("owner_text")
            row["owner"] = person.name if owner == key else owner_text
            row.pop("rowid")
            data.follow_up_points.append(row)
    covered = {"follow_up_points", "participants"}
    for table, section, query in (
        (
            "programme_items",
            data.programme_items,
            "SELECT x.rowid AS rowid, x.delegation_id AS delegation, d.title AS delegation_title, x.start, "
            'x."end", x.title, x.venue FROM programme_items x JOIN delegations d ON d.id = x.delegation_id '
            "ORDER BY x.start",
        ),
        (
            "grip_decisions",
            data.decisions,
            "SELECT x.rowid AS rowid, x.delegation_id AS delegation, d.title AS delegation_title, x.date, "
            "x.reference, x.outcome, x.note, x.recorded_at FROM grip_decisions x "
            "JOIN delegations d ON d.id = x.delegation_id ORDER BY x.delegation_id, x.id",
        ),
        (
            "results",
            data.results,
            "SELECT rowid, id, title, kind, date, description FROM results ORDER BY date, id",
        ),
        (
            "checklist_items",
            data.checklist_items,
            "SELECT x.rowid AS rowid, x.delegation_id AS delegation, d.title AS delegation_title, x.text, "
            "x.owner, x.done FROM checklist_items x JOIN delegations d ON d.id = x.delegation_id "
            "ORDER BY x.delegation_id, x.position",
        ),
    ):
        covered.add(table)
        for row in db.query(query):
            if mentioned(table, row["rowid"]):
                row.pop("rowid")
                section.append(row)
    own_row = db.execute("SELECT rowid FROM people WHERE id = ?", [key]).fetchone()[0]
    for mention in mentions:
        if mention.table in covered or (
            mention.table == "people" and (mention.rowid == own_row or mention.column in ("name", "email"))
        ):
            continue  # their own record, or another person who happens to share the name
        data.other_mentions.append(
            {
                "table": mention.table,
                "field": mention.column,
                "delegation": mention.delegation,
                "text": mention.text,
            }
        )
    return data
