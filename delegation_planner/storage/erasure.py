"""Erasing a person (GDPR art. 17) so that the figures stay right.

The person's row stays, renamed "Erased person N" in the office's document
language ("Raderad person N", "Slettet person N") under a new key ``erased-N``
(the old key is often made from the name), with their kind and organisation
kept and their title and e-mail cleared: participations, the count of
home-side politicians and the GRIP verdicts are unchanged. Every free text in
the register that names them (by full name or e-mail address, whole words,
any case) has the name replaced by that label, including the GRIP decision
history, whose rows are otherwise never rewritten.

Afterwards the name must be nowhere in the file: ``secure_delete`` overwrites
the freed content, the file is vacuumed (no free page keeps an old copy) and
the journal is checkpointed. The program's own backups that hold the name are
listed by ``backups_naming`` and deleted by ``erase_person`` when asked
(the window's and the command's confirmation say so first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from delegation_planner.storage import change_log, search_index
from delegation_planner.storage.backups import daily_backups
from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.office_store import document_language
from delegation_planner.storage.personal_data import (
    PersonRecord,
    find_mentions,
    find_person,
    has_column,
    name_pattern,
    references_to,
    table_words,
)
from delegation_planner.storage.verdicts import refresh_verdicts
from delegation_planner.texts.catalogue import mark, ntr, tr, tr_in

if TYPE_CHECKING:  # psycopg is loaded with a server register, not to erase a person from a file
    from delegation_planner.storage.server import ServerDatabase

ERASED_LABEL = mark("Erased person {number}")
ERASED_KEY = "erased-{number}"

# Another person's own name and address are theirs, even when they are the same as the
# erased person's (two people called Anna Svensson).
_OTHER_PEOPLES_OWN = ("name", "email")

# Read in chunks when a backup is searched, with an overlap so a name split over a
# chunk boundary is still found.
_CHUNK = 4 * 1024 * 1024


@dataclass
class ErasurePlan:
    """What erasing a person will change, for the confirmation."""

    person: PersonRecord
    label: str
    key: str
    participations: int
    texts: dict[str, int] = field(default_factory=dict)  # table -> number of texts rewritten
    backups: list[Path] = field(default_factory=list)
    # After the erasure: the tables whose rows were rewritten, and on a server what its
    # administrator must still do so that no old copy of a row can be read (empty: nothing).
    rewritten_tables: list[str] = field(default_factory=list)
    advice: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The changes in plain words, one a line."""
        lines = [
            tr(
                "{name} ({key}) becomes '{label}' ({new_key}); the kind and organisation are kept, "
                "the title and e-mail address removed.",
                name=self.person.name,
                key=self.person.id,
                label=self.label,
                new_key=self.key,
            ),
            ntr(
                "{count} participation stays, as {label}, with the same side and role.",
                "{count} participations stay, as {label}, with the same side and role.",
                self.participations,
                label=self.label,
            ),
        ]
        for table, count in sorted(self.texts.items(), key=lambda item: table_words(item[0])):
            lines.append(
                ntr(
                    "{table}: the name is replaced in {count} text naming them.",
                    "{table}: the name is replaced in {count} texts naming them.",
                    count,
                    table=table_words(table),
                )
            )
        for backup in self.backups:
            lines.append(tr("The backup {path} holds the name and is deleted.", path=backup))
        return lines


def plan_erasure(db: Database, wanted: str, register: Path | None = None) -> ErasurePlan:
    """What ``erase_person`` would do; writes nothing."""
    person = find_person(db, wanted)
    number = _next_number(db)
    participations = db.execute(
        "SELECT count(*) FROM participants WHERE person_id = ?", [person.id]
    ).fetchone()[0]
    plan = ErasurePlan(person, erased_label(db, number), ERASED_KEY.format(number=number), participations)
    pattern = name_pattern(person.name, person.email)
    if pattern is not None:
        own = db.execute("SELECT rowid FROM people WHERE id = ?", [person.id]).fetchone()[0]
        for mention in find_mentions(db, pattern, free_text_only=True):
            if mention.table == "people" and (mention.rowid == own or mention.column in _OTHER_PEOPLES_OWN):
                continue
            plan.texts[mention.table] = plan.texts.get(mention.table, 0) + 1
    if register is not None:
        plan.backups = backups_naming(register, [person.name, person.email])
    return plan


def erase_person(db: Database, plan: ErasurePlan, *, delete_backups: bool = True, clean: bool = True) -> None:
    """Carry out ``plan`` in one transaction, then (``clean``) rid the file of old copies."""
    person = plan.person
    pattern = name_pattern(person.name, person.email)
    server = is_server(db)
    if not server:
        db.execute("PRAGMA secure_delete = ON")
    with db.atomic():
        restore = _suspend_guards(db)
        db.execute(
            "INSERT INTO people (id, name, kind, title, organisation_id, email) "
            "SELECT ?, ?, kind, '', organisation_id, '' FROM people WHERE id = ?",
            [plan.key, plan.label, person.id],
        )
        touched, tables = _move_references(db, person.id, plan.key)
        change_log.rename_record(db, "person", person.id, plan.key)
        db.execute("DELETE FROM people WHERE id = ?", [person.id])
        tables |= {"people", "change_log"}
        if pattern is not None:
            rewritten, texts = _rewrite_texts(db, pattern, plan.label)
            touched |= rewritten
            tables |= texts
        if touched:
            # An editor that has one of these delegations open is told on saving.
            db.conn.executemany(
                "UPDATE delegations SET revision = revision + 1 WHERE id = ?", [(k,) for k in sorted(touched)]
            )
            refresh_verdicts(db, touched)
        for sql in restore:
            db.execute(sql)
    plan.rewritten_tables = sorted(tables)
    if clean:
        plan.advice = compact(db, plan.rewritten_tables)
    if delete_backups:
        for backup in plan.backups:
            backup.unlink(missing_ok=True)


def erase_people(db: Database, keys: Sequence[str], register: Path | None = None) -> list[ErasurePlan]:
    """Erase each of ``keys`` (one transaction each), then clean the file once; the
    program's backups that held any of them are deleted. Returns what was done."""
    done: list[ErasurePlan] = []
    for key in keys:
        plan = plan_erasure(db, key, register)
        erase_person(db, plan, clean=False)
        done.append(plan)
    if done:
        advice = compact(db, sorted({t for plan in done for t in plan.rewritten_tables}))
        for plan in done:
            plan.advice = advice
    return done


def compact(db: Database, tables: Sequence[str] = ()) -> list[str]:
    """Rewrite the file without free pages and empty the journal, so that nothing
    deleted can be read from it any more; on a server, see ``compact_server``.
    Returns what is left for the server's administrator to do (nothing for a file)."""
    if is_server(db):
        # The search documents held the name too (their triggers rewrote them).
        return compact_server(db, [*tables, *search_index.derived_tables(db)] if tables else [])
    db.execute("PRAGMA secure_delete = ON")
    # The search index keeps a renamed row's old words in an older segment until merged.
    search_index.purge_deleted(db)
    db.execute("VACUUM")
    # In WAL mode the log still holds the old pages until checkpointed; in rollback
    # mode this does nothing (the journal is gone once the transaction ends).
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return []


def compact_server(db: ServerDatabase, tables: Sequence[str]) -> list[str]:
    """A server keeps an updated row's old version in the table's files until a vacuum
    (MVCC): ``VACUUM FULL`` writes the rewritten tables anew and deletes the old files.
    Only the tables' owner may run it (the role that ran ``server init``); it locks those
    tables for the seconds it takes, which a rare erasure may. Anyone else is told what the
    administrator must run. The server's write-ahead log, its archive and earlier pg_dump
    backups are the administrator's to keep or expire, and the advice says so."""
    owned = {
        str(r[0])
        for r in db.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
            "AND c.relkind = 'r' AND pg_has_role(c.relowner, 'USAGE')"
        ).fetchall()
    }
    quoted = ", ".join('"' + t.replace('"', '""') + '"' for t in tables)
    if not tables:
        return []
    if set(tables) <= owned and _vacuum(db, quoted):
        return [_log_and_backups()]
    return [
        tr(
            "The server still keeps the old rows in its files: its administrator must run "
            "VACUUM (FULL) {tables}; in this database as the register's owner.",
            tables=quoted,
        ),
        _log_and_backups(),
    ]


def _log_and_backups() -> str:
    return tr(
        "The server's write-ahead log and backups made before today (pg_dump, WAL archive) "
        "still hold the old rows until they expire: the server's administrator deletes them."
    )


def _vacuum(db: ServerDatabase, tables: str) -> bool:
    """``VACUUM (FULL)`` of ``tables``; False when another session kept a table locked.

    VACUUM cannot run inside a transaction (the erasure's has committed by now), and it
    waits for no one long: a colleague's long report must not hang the erasure."""
    import psycopg  # a server register is open: the driver is loaded already

    try:
        db.pg.execute("SET lock_timeout = '10s'")
        db.pg.execute(f"VACUUM (FULL) {tables}")
    except psycopg.Error:
        return False
    finally:
        db.pg.execute("RESET lock_timeout")
    return True


# --- backups ---------------------------------------------------------------------------------------------


def program_backups(register: Path) -> list[Path]:
    """The backups this program made of ``register``: the copies beside it
    (``register.sqlite3.schema1-….bak`` before an upgrade, ``….before-restore-….bak``
    before a restore) and the daily backups in the ``backups`` folder beside it."""
    register = Path(register)
    beside = set(register.parent.glob(f"{glob_escape(register.name)}.*.bak"))
    return sorted(beside | set(daily_backups(register)))


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def backups_naming(register: Path, needles: Sequence[str]) -> list[Path]:
    """The program's backups whose bytes hold any of ``needles`` (UTF-8 or UTF-16, any case
    for ASCII letters)."""
    forms = _byte_forms(needles)
    return [path for path in program_backups(register) if forms and _file_holds(path, forms)]


def _byte_forms(needles: Iterable[str]) -> list[bytes]:
    forms: set[bytes] = set()
    for needle in needles:
        needle = needle.strip()
        if not needle:
            continue
        for variant in (needle, needle.lower()):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                forms.add(variant.encode(encoding).lower())
    return sorted(forms, key=len, reverse=True)


def _file_holds(path: Path, forms: Sequence[bytes]) -> bool:
    overlap = max(len(f) for f in forms)
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                window = (tail + chunk).lower()
                if any(form in window for form in forms):
                    return True
                tail = chunk[-overlap:]
    except OSError:
        return False
    return False


# --- the rewrite ------------------------------------------------------------------------------------------


def erased_label(db: Database, number: int) -> str:
    """The stand-in name of the ``number``th erased person, in the office's document language:
    it is stored, and read in the office's memos and reports long after the erasure."""
    return tr_in(document_language(db), ERASED_LABEL).format(number=number)


def _next_number(db: Database) -> int:
    numbers = [
        int(r[0][len("erased-") :])
        for r in db.execute("SELECT id FROM people WHERE id LIKE 'erased-%'").fetchall()
        if r[0][len("erased-") :].isdigit()
    ]
    return max(numbers, default=0) + 1


def _suspend_guards(db: Database) -> list[str]:
    """Switch off the triggers that refuse changes (an append-only history) for the length of
    the transaction; return the statements that put them back before it commits."""
    if is_server(db):
        # A guard's function raises; switching a trigger off is the tables' owner's right and,
        # like all DDL on the server, undone with the transaction if the erasure fails.
        found = db.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc f ON f.oid = t.tgfoid WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' "
            "AND c.relnamespace = current_schema()::regnamespace AND f.prosrc ~* 'raise\\s+exception' "
            "ORDER BY 1, 2"
        ).fetchall()
        statements = [(f'"{table}"', f'"{name}"') for table, name in found]
        for table, name in statements:
            db.execute(f"ALTER TABLE {table} DISABLE TRIGGER {name}")
        return [f"ALTER TABLE {table} ENABLE TRIGGER {name}" for table, name in statements]
    found = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%RAISE(%'"
    ).fetchall()
    for name, _ in found:
        db.execute(f"DROP TRIGGER [{name}]")
    return [sql for _, sql in found]


def _move_references(db: Database, old: str, new: str) -> tuple[set[str], set[str]]:
    """Point every column that refers to a person at ``new``; return the delegations and
    the tables touched."""
    touched: set[str] = set()
    tables: set[str] = set()
    for table, column in references_to(db, "people"):
        if has_column(db, table, "delegation_id"):
            touched |= {
                str(r[0])
                for r in db.execute(
                    f"SELECT DISTINCT delegation_id FROM [{table}] WHERE [{column}] = ?", [old]
                ).fetchall()
            }
        if db.execute(f"UPDATE [{table}] SET [{column}] = ? WHERE [{column}] = ?", [new, old]).rowcount:
            tables.add(table)
    return touched, tables


def _rewrite_texts(db: Database, pattern: re.Pattern[str], label: str) -> tuple[set[str], set[str]]:
    touched: set[str] = set()
    tables: set[str] = set()
    for mention in find_mentions(db, pattern, free_text_only=True):
        if mention.table == "people" and mention.column in _OTHER_PEOPLES_OWN:
            continue  # another person of the same name (or address) keeps theirs
        replaced = pattern.sub(label, mention.text)
        db.execute(
            f"UPDATE [{mention.table}] SET [{mention.column}] = ? WHERE rowid = ?", [replaced, mention.rowid]
        )
        tables.add(mention.table)
        if mention.delegation is not None:
            touched.add(str(mention.delegation))
    return touched, tables
