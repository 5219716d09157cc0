"""The register's search on a server: one search document per delegation.

A file answers the search box from its FTS5 index (``search_index``). A server keeps
the same words in ``_search_document``: one row per delegation (by its rowid) holding,
one per line, its key, title, partner region, country code, the country's names in
Swedish, Danish and English, and each participant's name and organisation, all
case-folded by the server's ``dp_casefold``. One trigram index (``pg_trgm``) serves
it, so each typed word is one indexed ``LIKE`` on one column and the words are ANDed
in one bitmap of that index: "jiangsu health" reads the few hundred delegations that
have both words, never the ten thousand with "jiangsu". Asking the delegations'
columns, their country's names and their participants separately and uniting the
answers, as before, took two to three times as long as the file.

A typed word never holds whitespace, so a line break between the parts means that a
word matches within one part, as FTS5 matches within one column.

Triggers keep the document current on every write (a save, an import, a rename of a
person or an organisation, an erasure). They are deferred to the writing transaction's
commit, so other sessions see the document with the change, and a save that rewrites six
participants writes its delegation's document once, not twelve times. A copy onto a
server switches the triggers off while rows arrive and makes the documents in one
statement afterwards (``rebuild``). The table
starts with ``_`` so that the personal-data tools and the copy pass it by; an erased
person's name leaves it through the same triggers, and the erasure's ``VACUUM FULL``
rewrites it (``erasure.compact_server``).

A commit that renames people or organisations writes its documents alone: its triggers
take the register's transaction-level advisory lock ``COMMIT_LOCK`` for themselves, the
triggers of saves, imports and deletions share it, and it is held until the commit ends,
so the statements after it read what the commits before it made. Without it, a person
renamed in one session while another session added them to a delegation left that
delegation's document with the old name (each commit saw the other's change as not yet
made), and two renames sharing delegations (a person and their organisation, two
colleagues of one trip) locked the same documents in opposite orders: a third of the
renames of a busy office failed as deadlocks. Saves and imports, which write only their
own delegations' documents, never wait for each other's commits; only the commits' last
step waits for a rename, never the work before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from delegation_planner.storage.server import ServerDatabase

TABLE = "_search_document"
INDEX = "_search_document_words"
COUNTRY_NAMES = "_search_country_names"  # filled by search_index for both engines
# The advisory lock (a number of the register's own, distinct from the migrations' lock)
# under which a commit writes its documents.
COMMIT_LOCK = 0x44505344  # "DPSD"
_SHARED_LOCK = f"PERFORM pg_advisory_xact_lock_shared({COMMIT_LOCK});"
_OWN_LOCK = f"PERFORM pg_advisory_xact_lock({COMMIT_LOCK});"

# The participations' words (people x, organisations o), one a line, as the file indexes them.
_PEOPLE = "string_agg(x.name || ' ' || coalesce(o.name, ''), E'\\n' ORDER BY p.id)"
_PEOPLE_JOIN = "FROM participants p JOIN people x ON x.id = p.person_id LEFT JOIN organisations o ON o.id = x.organisation_id"


def _words(people: str, country_names: str) -> str:
    """The document of delegation ``d`` with its ``people`` and its ``country_names``."""
    return (
        "dp_casefold(concat_ws(E'\\n', d.id, d.title, d.partner_region, d.country, "
        f"{country_names}, {people}))"
    )


# One delegation's document made again (a trigger's work), or removed with the delegation.
# Each name is looked up by its key, so the plan (made once per session, perhaps while an
# import fills an empty register that has no statistics yet) is index look-ups whatever
# the sizes: a join planned on empty tables read every person for every participant.
_PERSON_OF_P = (
    "(SELECT x.name || ' ' || coalesce((SELECT o.name FROM organisations o WHERE o.id = x.organisation_id), '') "
    "FROM people x WHERE x.id = p.person_id)"
)
_ONE_WORDS = _words(
    f"(SELECT string_agg({_PERSON_OF_P}, E'\\n' ORDER BY p.id) FROM participants p WHERE p.delegation_id = d.id)",
    f"(SELECT n.names FROM {COUNTRY_NAMES} n WHERE n.code = d.country)",
)
_ONE = f"""CREATE OR REPLACE FUNCTION dp_search_document(key text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    INSERT INTO {TABLE} AS s (delegation, words)
    SELECT d.rowid, {_ONE_WORDS} FROM delegations d WHERE d.id = key
    ON CONFLICT (delegation) DO UPDATE SET words = EXCLUDED.words WHERE s.words IS DISTINCT FROM EXCLUDED.words;
END
$f$"""

# Every document at once: the participants grouped in one pass (a third of the time of a
# look-up per delegation on 100,000 of them).
_ALL = (
    f"INSERT INTO {TABLE} (delegation, words) SELECT d.rowid, {_words('g.people', 'n.names')} "
    f"FROM delegations d LEFT JOIN {COUNTRY_NAMES} n ON n.code = d.country LEFT JOIN "
    f"(SELECT p.delegation_id, {_PEOPLE} AS people {_PEOPLE_JOIN} "
    "GROUP BY p.delegation_id) g ON g.delegation_id = d.id"
)

_FUNCTIONS = [
    _ONE,
    f"""CREATE OR REPLACE FUNCTION dp_search_delegations() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    {_SHARED_LOCK}
    IF TG_OP <> 'INSERT' AND (TG_OP = 'DELETE' OR OLD.rowid IS DISTINCT FROM NEW.rowid) THEN
        DELETE FROM {TABLE} WHERE delegation = OLD.rowid;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM dp_search_document(NEW.id);
    END IF;
    RETURN NULL;
END
$f$""",
    f"""CREATE OR REPLACE FUNCTION dp_search_participants() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    {_SHARED_LOCK}
    IF TG_OP <> 'INSERT' THEN
        PERFORM dp_search_document(OLD.delegation_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.delegation_id IS DISTINCT FROM OLD.delegation_id) THEN
        PERFORM dp_search_document(NEW.delegation_id);
    END IF;
    RETURN NULL;
END
$f$""",
    f"""CREATE OR REPLACE FUNCTION dp_search_people() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    {_OWN_LOCK}
    PERFORM dp_search_document(k) FROM (SELECT DISTINCT delegation_id FROM participants
        WHERE person_id = NEW.id) AS t(k);
    RETURN NULL;
END
$f$""",
    f"""CREATE OR REPLACE FUNCTION dp_search_organisations() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    {_OWN_LOCK}
    PERFORM dp_search_document(k) FROM (SELECT DISTINCT p.delegation_id FROM participants p
        JOIN people x ON x.id = p.person_id WHERE x.organisation_id = NEW.id) AS t(k);
    RETURN NULL;
END
$f$""",
]

# (name, table, event, condition, function). A save writes every column of a delegation:
# only a change of the searched ones makes its document again.
_TRIGGERS = [
    (f"{TABLE}_delegations_aid", "delegations", "INSERT OR DELETE", "", "dp_search_delegations"),
    (
        f"{TABLE}_delegations_au",
        "delegations",
        "UPDATE",
        "OLD.id IS DISTINCT FROM NEW.id OR OLD.title IS DISTINCT FROM NEW.title "
        "OR OLD.partner_region IS DISTINCT FROM NEW.partner_region OR OLD.country IS DISTINCT FROM NEW.country "
        "OR OLD.rowid IS DISTINCT FROM NEW.rowid",
        "dp_search_delegations",
    ),
    (f"{TABLE}_participants_aid", "participants", "INSERT OR DELETE", "", "dp_search_participants"),
    (
        f"{TABLE}_participants_au",
        "participants",
        "UPDATE OF person_id, delegation_id",
        "OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.delegation_id IS DISTINCT FROM NEW.delegation_id",
        "dp_search_participants",
    ),
    (
        f"{TABLE}_people_au",
        "people",
        "UPDATE OF name, organisation_id",
        "OLD.name IS DISTINCT FROM NEW.name OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id",
        "dp_search_people",
    ),
    (
        f"{TABLE}_organisations_au",
        "organisations",
        "UPDATE OF name",
        "OLD.name IS DISTINCT FROM NEW.name",
        "dp_search_organisations",
    ),
]


def create(db: ServerDatabase) -> None:
    """The documents' table with its triggers, filled from the register (schema step).

    The trigram index is made afterwards by ``create_index`` (``server init`` may create
    the ``pg_trgm`` extension; without it the search reads the whole table, as a file
    without an index would)."""
    db.pg.execute(
        f'CREATE TABLE IF NOT EXISTS {TABLE} (delegation BIGINT PRIMARY KEY, words TEXT COLLATE "C" NOT NULL)'
    )
    install_triggers(db)
    rebuild(db)
    # Their work is now the document's index (see create_index).
    for index in ("delegations_search", "people_search", "organisations_search"):
        db.pg.execute(f"DROP INDEX IF EXISTS {index}")


def install_triggers(db: ServerDatabase) -> None:
    """The functions and triggers that keep the documents current, made (again).

    Run after every upgrade too: a later schema step that rebuilds one of the tables
    (a new table renamed into place) drops the triggers with the old table."""
    for function in _FUNCTIONS:
        db.pg.execute(function)
    for name, table, event, when, function in _TRIGGERS:
        condition = f" WHEN ({when})" if when else ""
        db.pg.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        db.pg.execute(
            f"CREATE CONSTRAINT TRIGGER {name} AFTER {event} ON {table} DEFERRABLE INITIALLY DEFERRED "
            f"FOR EACH ROW{condition} EXECUTE FUNCTION {function}()"
        )


def exists(db: ServerDatabase) -> bool:
    row = db.pg.execute("SELECT to_regclass(%s) IS NOT NULL", [TABLE]).fetchone()
    return bool(row and row[0])


def create_index(db: ServerDatabase) -> None:
    """The documents' trigram index (``pg_trgm`` must be there: ``server init`` makes it)."""
    db.pg.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin (words gin_trgm_ops)")


def rebuild(db: ServerDatabase) -> None:
    """Every delegation's document made again in one statement (after a copy, a change of
    the country names). The trigram index, if there is one, is built once afterwards:
    far quicker than kept up row by row."""
    definition = db.pg.execute("SELECT pg_get_indexdef(to_regclass(%s))", [INDEX]).fetchone()
    if definition is not None and definition[0] is not None:
        db.pg.execute(f"DROP INDEX {INDEX}")
    db.pg.execute(f"DELETE FROM {TABLE}")
    db.pg.execute(_ALL)
    if definition is not None and definition[0] is not None:
        db.pg.execute(str(definition[0]))
    db.pg.execute(f"ANALYZE {TABLE}")


def condition(words: list[str]) -> tuple[str, list[object]]:
    """The delegations (``rowid``) whose document holds each of ``words`` (three
    characters or more), with the parameters: the server folds each word as it folded the
    documents. ``~~`` is LIKE, written so that the dialect layer leaves it as it is (its
    ILIKE would fold the already folded text once more for each row read).

    The matching rowids are gathered into an array first, so that the delegations are then
    fetched by their rowid index: asked as a join, the server's estimate of a trigram
    match is often high enough that it reads all 100,000 delegations instead."""
    from delegation_planner.storage.search_index import escape_like

    tests = " AND ".join(["words ~~ dp_casefold(?)"] * len(words))
    return (
        f"rowid = ANY(ARRAY(SELECT delegation FROM {TABLE} WHERE {tests}))",
        [f"%{escape_like(word)}%" for word in words],
    )
