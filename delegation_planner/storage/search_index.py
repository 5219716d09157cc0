"""Finding delegations by what people type: the SQLite side of the register's search.

Everything engine-specific about the search lives here, behind ``text_condition``
(the rest of the program only asks "which delegations match these words"), so a
server engine can answer the same question its own way: from one search document per
delegation (``search_document``), the same words as this index holds.

SQLite answers from FTS5 indexes with the trigram tokenizer, which finds parts of
words ("lindstr", "kin") without scanning the register: one row per delegation, keyed
by its rowid, holding its key, title, partner region and country (its ISO code and its
names in Swedish, Danish and English), and one row per participation, keyed by
``participants.id``, holding the person's name and organisation. Triggers keep them
current on every write, so no code path can forget them; the country names come from a
small table filled when the schema is created or upgraded, because SQLite cannot ask
Babel for them inside a trigger.

The index is derived data. Its tables start with ``_`` so that the personal-data
tools (export, find, erase) pass them by: an erased person's name leaves the index
through the same triggers when their participations move to the "Erased person"
record, and ``purge_deleted`` then merges the index so that no old segment keeps the
name's trigrams.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the register's queries use this module before sqlite-utils is loaded
    from sqlite_utils import Database

INDEX = "_search"
PEOPLE = "_search_people"
COUNTRY_NAMES = "_search_country_names"
# The user's languages, whose country names a search finds ("Kina", "China").
LANGUAGES = ("sv", "da", "en")
# The trigram tokenizer matches nothing shorter than three characters.
MIN_INDEXED = 3

# The columns searched directly for words too short for the index (title, partner,
# country code, key: the small ones).
_SHORT_WORD_COLUMNS = ("title", "partner_region", "country", "id")
_FOLD_FUNCTION = "dp_casefold"


def _person_text(person_id: str) -> str:
    """A person's name and organisation, as indexed for each participation."""
    return (
        "(SELECT x.name || ' ' || coalesce(o.name, '') FROM people x "
        f"LEFT JOIN organisations o ON o.id = x.organisation_id WHERE x.id = {person_id})"
    )


def _country_of(code: str) -> str:
    return f"({code} || ' ' || coalesce((SELECT names FROM {COUNTRY_NAMES} WHERE code = {code}), ''))"


# The participations (by participants.id) of the people matching ``{where}``, indexed again.
_PEOPLE_AGAIN = (
    f"UPDATE {PEOPLE} SET person = {_person_text('(SELECT person_id FROM participants WHERE id = ' + PEOPLE + '.rowid)')} "
    "WHERE rowid IN (SELECT p.id FROM participants p JOIN people x ON x.id = p.person_id WHERE {where});"
)

SCHEMA = [
    f"CREATE TABLE {COUNTRY_NAMES} (code TEXT PRIMARY KEY, names TEXT NOT NULL)",
    # One row per delegation (its rowid) and one per participation (participants.id): rows
    # are only added in rising rowid order when a register is filled, which FTS5 takes in
    # one go; rewriting a delegation's row for each participant added made it write a new
    # index segment each time, and an import of 10,000 delegations take a minute.
    f"CREATE VIRTUAL TABLE {INDEX} USING fts5(key, title, partner, country, tokenize = 'trigram')",
    f"CREATE VIRTUAL TABLE {PEOPLE} USING fts5(person, tokenize = 'trigram')",
    f"""CREATE TRIGGER {INDEX}_delegations_ai AFTER INSERT ON delegations BEGIN
        INSERT INTO {INDEX} (rowid, key, title, partner, country) VALUES (NEW.rowid, NEW.id,
            NEW.title, NEW.partner_region, {_country_of("NEW.country")});
    END""",
    f"""CREATE TRIGGER {INDEX}_delegations_au AFTER UPDATE OF id, title, partner_region, country
        ON delegations
        -- A save writes every column; unchanged words are not indexed again.
        WHEN OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title
            OR OLD.partner_region IS NOT NEW.partner_region OR OLD.country IS NOT NEW.country
        BEGIN
        UPDATE {INDEX} SET key = NEW.id, title = NEW.title, partner = NEW.partner_region,
            country = {_country_of("NEW.country")}
        WHERE rowid = NEW.rowid;
    END""",
    f"""CREATE TRIGGER {INDEX}_delegations_ad AFTER DELETE ON delegations BEGIN
        DELETE FROM {INDEX} WHERE rowid = OLD.rowid;
    END""",
    f"""CREATE TRIGGER {PEOPLE}_participants_ai AFTER INSERT ON participants BEGIN
        INSERT INTO {PEOPLE} (rowid, person) VALUES (NEW.id, {_person_text("NEW.person_id")});
    END""",
    f"""CREATE TRIGGER {PEOPLE}_participants_ad AFTER DELETE ON participants BEGIN
        DELETE FROM {PEOPLE} WHERE rowid = OLD.id;
    END""",
    f"""CREATE TRIGGER {PEOPLE}_participants_au AFTER UPDATE OF person_id ON participants
        WHEN OLD.person_id IS NOT NEW.person_id
        BEGIN
        UPDATE {PEOPLE} SET person = {_person_text("NEW.person_id")} WHERE rowid = NEW.id;
    END""",
    f"""CREATE TRIGGER {PEOPLE}_people_au AFTER UPDATE OF name, organisation_id ON people
        WHEN OLD.name IS NOT NEW.name OR OLD.organisation_id IS NOT NEW.organisation_id
        BEGIN
        {_PEOPLE_AGAIN.format(where="x.id = NEW.id")}
    END""",
    f"""CREATE TRIGGER {PEOPLE}_organisations_au AFTER UPDATE OF name ON organisations
        WHEN OLD.name IS NOT NEW.name
        BEGIN
        {_PEOPLE_AGAIN.format(where="x.organisation_id = NEW.id")}
    END""",
]


def _on_server(db: object) -> bool:
    # Without importing the server's module (and psycopg): no server register exists before it.
    server = sys.modules.get("delegation_planner.storage.server")
    return server is not None and isinstance(db, server.ServerDatabase | server.ServerConnection)


def create(db: Database) -> None:
    """Create the index with its triggers and fill it from the register (schema step).

    On a server only the country names' table is made here: the words are searched in
    one document per delegation (``search_document``, schema step
    ``0018_server_search_document``), which reads the country names from it.
    """
    if _on_server(db):
        db.execute(SCHEMA[0])
        fill_country_names(db)
        return
    for statement in SCHEMA:
        db.execute(statement)
    fill_country_names(db)
    rebuild(db)


def fill_country_names(db: Database) -> None:
    """Every country code with its names in the user's languages, as the core names them."""
    from delegation_planner.texts.formatting import country_names

    per_language = [country_names(language) for language in LANGUAGES]
    rows = []
    for code in per_language[0]:
        names = dict.fromkeys(names[code] for names in per_language if names.get(code, code) != code)
        rows.append((code, " ".join(names)))
    db.execute(f"DELETE FROM {COUNTRY_NAMES}")
    db.conn.executemany(f"INSERT INTO {COUNTRY_NAMES} (code, names) VALUES (?, ?)", rows)
    if _on_server(db):
        _server_documents_again(db)
        return
    # A country's name in the index follows the table: delegations already there are redone.
    db.execute(
        f"UPDATE {INDEX} SET country = (SELECT {_country_of('d.country')} FROM delegations d "
        f"WHERE d.rowid = {INDEX}.rowid)"
    )


def rebuild(db: Database) -> None:
    """The index made again from the register, in one statement per table."""
    if _on_server(db):
        _server_documents_again(db)
        return
    db.execute(f"DELETE FROM {INDEX}")
    db.execute(f"DELETE FROM {PEOPLE}")
    db.execute(
        f"INSERT INTO {INDEX} (rowid, key, title, partner, country) "
        f"SELECT d.rowid, d.id, d.title, d.partner_region, {_country_of('d.country')} "
        "FROM delegations d ORDER BY d.rowid"
    )
    db.execute(
        f"INSERT INTO {PEOPLE} (rowid, person) SELECT p.id, x.name || ' ' || coalesce(o.name, '') "
        "FROM participants p JOIN people x ON x.id = p.person_id "
        "LEFT JOIN organisations o ON o.id = x.organisation_id ORDER BY p.id"
    )


def _server_documents_again(db: Any) -> None:
    from delegation_planner.storage import search_document

    if search_document.exists(db):  # a register being created has none until step 0018
        search_document.rebuild(db)


def derived_tables(db: Database) -> list[str]:
    """The tables that hold copies of the register's words (an erased name must leave
    them too): on a server its search documents; a file's index is merged instead
    (``purge_deleted``)."""
    from delegation_planner.storage import search_document

    return [search_document.TABLE] if _on_server(db) and search_document.exists(db) else []  # type: ignore[arg-type]


def purge_deleted(db: Database) -> None:
    """Merge the index into one segment, so that what was deleted or renamed (an erased
    person's name) is gone from it, not only marked as deleted. Call before a VACUUM."""
    if _on_server(db):
        return
    for table in (INDEX, PEOPLE):
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def text_condition(conn: sqlite3.Connection, text: str) -> tuple[str, list[object]]:
    """A condition on the ``delegations`` table for the typed ``text``, with its parameters.

    Each word must appear somewhere (in any order, any case, as part of a word):
    "jiangsu health" finds "Health-tech delegation to Jiangsu". Words of three
    characters or more are looked up in the index, shorter ones in the small columns.
    Empty text is no condition (``""``).
    """
    words = text.split()
    clauses: list[str] = []
    params: list[object] = []
    if _on_server(conn):
        return _server_condition(words)
    # Each indexed word: in the delegation's own words, or in one of its participants'.
    # The words' sets are intersected before any delegation is read, so "jiangsu health"
    # reads the few hundred that have both, not the ten thousand with "jiangsu".
    indexed = [word for word in words if len(word) >= MIN_INDEXED]
    if indexed and not any(_in_participants(conn, word) for word in indexed):
        # No participant has any of the words (the usual case: a place, a theme, a title):
        # the delegations' own index answers all of them in one query, which intersects
        # the words' lists inside FTS5, a third of the time of a set per word.
        clauses.append(f"rowid IN (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?)")
        params.append(" AND ".join(_phrase(word) for word in indexed))
    elif indexed:
        one_word = (
            f"SELECT rowid FROM (SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ? UNION ALL "
            "SELECT d.rowid FROM participants p JOIN delegations d ON d.id = p.delegation_id "
            f"WHERE p.id IN (SELECT rowid FROM {PEOPLE} WHERE {PEOPLE} MATCH ?))"
        )
        clauses.append(f"rowid IN ({' INTERSECT '.join([one_word] * len(indexed))})")
        for word in indexed:
            params.extend([_phrase(word)] * 2)
    for word in words:
        if len(word) >= MIN_INDEXED:
            continue
        if word.isascii():
            # SQLite's LIKE ignores case for ASCII letters and runs in C: the fast path.
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _SHORT_WORD_COLUMNS) + ")")
            params.extend([f"%{escape_like(word)}%"] * len(_SHORT_WORD_COLUMNS))
        else:
            # LIKE folds ASCII only, so "å" would miss "Å"; a Python casefold is slower,
            # so it is used only when the typed word needs it.
            conn.create_function(_FOLD_FUNCTION, 1, _casefold, deterministic=True)
            clauses.append(
                "(" + " OR ".join(f"instr({_FOLD_FUNCTION}({c}), ?) > 0" for c in _SHORT_WORD_COLUMNS) + ")"
            )
            params.extend([word.casefold()] * len(_SHORT_WORD_COLUMNS))
    return " AND ".join(clauses), params


def _in_participants(conn: sqlite3.Connection, word: str) -> bool:
    """Whether any participant's name or organisation holds ``word`` (stops at the first)."""
    found = conn.execute(f"SELECT 1 FROM {PEOPLE} WHERE {PEOPLE} MATCH ? LIMIT 1", [_phrase(word)])
    return found.fetchone() is not None


def _phrase(word: str) -> str:
    # A quoted FTS5 string: the word is matched as typed, never read as query syntax.
    return '"' + word.replace('"', '""') + '"'


def escape_like(text: str) -> str:
    """``text`` as a LIKE pattern that matches it literally (escape character ``\\``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _casefold(value: object) -> str:
    return str(value).casefold() if value is not None else ""


def _server_condition(words: list[str]) -> tuple[str, list[object]]:
    """The same question on a server, answered from its search documents
    (``search_document``: one per delegation, with one trigram index): every word of
    three characters or more must be in the delegation's document. Shorter words, which
    no trigram index serves, are tried on the small columns of those rows only (of every
    row when all words are short), as on a file, so both engines find the same
    delegations: an ASCII word as an ILIKE, another compared case-folded as Python folds
    it (the server's ``dp_casefold``), since ILIKE folds by the server's locale."""
    from delegation_planner.storage import search_document

    long_words = [word for word in words if len(word) >= MIN_INDEXED]
    clauses: list[str] = []
    params: list[object] = []
    if long_words:
        condition, values = search_document.condition(long_words)
        clauses.append(condition)
        params.extend(values)
    for word in words:
        if len(word) < MIN_INDEXED:
            has, value = _server_match(word)
            clauses.append("(" + " OR ".join(has(c) for c in _SHORT_WORD_COLUMNS) + ")")
            params.extend([value] * len(_SHORT_WORD_COLUMNS))
    return " AND ".join(clauses), params


def _server_match(word: str) -> tuple[Callable[[str], str], object]:
    """How a column is tested for ``word`` on a server, and the value bound for it."""
    if word.isascii():
        return (lambda column: f"{column} LIKE ? ESCAPE '\\'"), f"%{escape_like(word)}%"
    return (lambda column: f"instr({_FOLD_FUNCTION}({column}), ?) > 0"), word.casefold()
