"""The dialect layer: the register's SQL, written once for SQLite, said in PostgreSQL.

The storage code keeps one copy of every query and migration, in the SQLite dialect
it was written in. On a server each statement passes through ``translate`` once
(cached): a small tokenizer that never looks inside string literals rewrites the
few places where the engines differ:

* ``?`` placeholders become ``%s`` (and a literal ``%`` becomes ``%%``);
* ``[name]`` identifiers become ``"name"``;
* ``x COLLATE NOCASE`` becomes ``nocase(x)``, a function the server schema defines
  exactly as SQLite's NOCASE (ASCII letters folded, then byte order), so sorting and
  comparing give the same order on both engines; in a comparison both sides fold;
* ``LIKE`` becomes ``ILIKE`` (SQLite's LIKE ignores the case of ASCII letters);
* ``INSERT OR IGNORE`` becomes ``INSERT … ON CONFLICT DO NOTHING``;
* in ``CREATE TABLE`` and ``ALTER TABLE … ADD COLUMN``, SQLite's types become the
  server's (``INTEGER`` → ``BIGINT``, ``REAL`` → ``DOUBLE PRECISION``, ``TEXT`` →
  ``TEXT COLLATE "C"`` so text orders byte-wise as in SQLite, ``INTEGER PRIMARY KEY``
  → an identity column), and every table gains the ``rowid`` column SQLite has
  implicitly;
* ``CREATE TRIGGER … BEGIN … END`` becomes a PL/pgSQL function and a row trigger
  (a guard's ``SELECT RAISE(ABORT, 'why')`` a ``RAISE EXCEPTION`` with the same message);
  ``DROP TRIGGER name`` finds the trigger's table itself.

``PRAGMA`` statements are not translated: the code that needs them (opening, the
schema check) asks ``db.dialect`` and does the server's equivalent. The one exception
is ``PRAGMA data_version``, read where a count is kept until the register changes:
on a server it is a number made from the current snapshot, which changes whenever
another session's transaction starts or ends.
"""

from __future__ import annotations

import functools
import re

_TOKEN = re.compile(
    r"""
    (?P<string>'(?:[^']|'')*')
  | (?P<quoted>"(?:[^"]|"")*")
  | (?P<bracket>\[[^\]]*\])
  | (?P<comment>--[^\n]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_"][A-Za-z0-9_"]*)*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<space>\s+)
  | (?P<op><=|>=|<>|!=|==|\|\||[=<>])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_COMPARISONS = {"=", "==", "<", ">", "<=", ">=", "<>", "!="}
_TRIGGER = re.compile(
    r"^\s*CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>\w+)\s+(?P<timing>AFTER|BEFORE)\s+"
    r"(?P<event>.+?)\s+ON\s+(?P<table>\w+)\s+(?:FOR\s+EACH\s+ROW\s+)?(?:WHEN\s+(?P<when>.+?)\s+)?"
    r"BEGIN\s+(?P<body>.*?)\s*END\s*;?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_DROP_TRIGGER = re.compile(
    r"^\s*DROP\s+TRIGGER\s+(?P<if>IF\s+EXISTS\s+)?(?P<name>\w+)\s*;?\s*$", re.IGNORECASE
)
_CREATE_TABLE = re.compile(r"^\s*CREATE\s+TABLE\b", re.IGNORECASE)
_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+\S+\s+ADD\s+(COLUMN\s+)?", re.IGNORECASE)
_CREATE_INDEX = re.compile(r"^\s*CREATE\s+(UNIQUE\s+)?INDEX\b", re.IGNORECASE)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
# The register's one-row settings tables are written with INSERT OR REPLACE, keyed by
# their first column (id = 1): the server's form is an upsert on that column.
_INSERT_OR_REPLACE = re.compile(
    r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(?P<table>\w+)\s*\((?P<columns>[^)]*)\)", re.IGNORECASE
)


class Token:
    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str) -> None:
        self.kind = kind
        self.text = text

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else self.text

    def __repr__(self) -> str:  # pragma: no cover - for debugging only
        return f"Token({self.kind!r}, {self.text!r})"


def tokens(sql: str) -> list[Token]:
    found: list[Token] = []
    for match in _TOKEN.finditer(sql):
        kind = match.lastgroup or "other"
        found.append(Token(kind, match.group()))
    return found


_DATA_VERSION = re.compile(r"^\s*PRAGMA\s+data_version\s*;?\s*$", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def translate(sql: str, with_params: bool = True) -> str:
    """``sql`` (SQLite dialect) in PostgreSQL's; ``with_params``: placeholders are bound."""
    if _DATA_VERSION.match(sql):
        return "SELECT hashtext(pg_current_snapshot()::text)"
    trigger = _TRIGGER.match(sql)
    if trigger:
        return _trigger(trigger)
    dropped = _DROP_TRIGGER.match(sql)
    if dropped:
        return _drop_trigger(dropped.group("name"), bool(dropped.group("if")))
    ddl = bool(_CREATE_TABLE.match(sql) or _ADD_COLUMN.match(sql))
    replace = _INSERT_OR_REPLACE.match(sql)
    if replace:
        columns = [c.strip() for c in replace.group("columns").split(",")]
        updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns[1:])
        plain = re.sub(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO", "INSERT INTO", sql, flags=re.IGNORECASE)
        tail = f" ON CONFLICT ({columns[0]}) DO " + (f"UPDATE SET {updates}" if updates else "NOTHING")
        return translate(plain.rstrip().rstrip(";"), with_params) + tail
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    parts = tokens(sql)
    if ignore:
        parts = _drop_or_ignore(parts)
    mapped: list[Token] = []
    for index, token in enumerate(parts):
        text = token.text
        kind = token.kind
        if kind == "bracket":
            text = '"' + text[1:-1].replace('"', '""') + '"'
        elif kind == "other" and text == "?":
            kind, text = "placeholder", "%s" if with_params else "?"
        elif kind == "word" and token.upper == "LIKE":
            text = "ILIKE"
        elif ddl and kind == "word":
            text = _column_type(parts, index, token)
        if with_params and kind != "placeholder":
            text = text.replace("%", "%%")
        mapped.append(Token(kind, text))
    result = "".join(t.text for t in _fold_nocase(mapped))
    if ddl and _CREATE_TABLE.match(sql):
        result = _add_rowid(result)
    if _CREATE_INDEX.match(sql):
        result = re.sub(r"nocase\(([^()]*)\)", r"(nocase(\1))", result)
    if ignore:
        result = result.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    # SQLite's "CROSS JOIN ... ON" only fixes the join order (its planner hint); the server
    # plans the order itself and knows the form as a plain inner join.
    return _CROSS_JOIN_ON.sub(r"JOIN \1 ON", result)


_CROSS_JOIN_ON = re.compile(r"\bCROSS\s+JOIN\s+(\w+(?:\s+(?:AS\s+)?\w+)?)\s+ON\b", re.IGNORECASE)


def _drop_or_ignore(parts: list[Token]) -> list[Token]:
    """``INSERT OR IGNORE INTO`` → ``INSERT INTO`` (the conflict clause is appended)."""
    words = [i for i, t in enumerate(parts) if t.kind == "word"]
    first, second = words[1], words[2]
    return parts[:first] + parts[second + 1 :]


def _column_type(parts: list[Token], index: int, token: Token) -> str:
    """A column's type in the server's words; only a word right after a column's
    name is a type (a column may be called ``text``)."""
    before = [t for t in parts[:index] if t.kind != "space"][-2:]
    in_type_position = (
        len(before) == 2
        and before[1].kind in ("word", "quoted", "bracket")
        and (before[0].text in ("(", ",") or before[0].upper in ("COLUMN", "ADD"))
    )
    if not in_type_position:
        return token.text
    word = token.upper
    following = _next_words(parts, index, 2)
    if word == "INTEGER":
        if following == ["PRIMARY", "KEY"]:
            return "BIGINT GENERATED BY DEFAULT AS IDENTITY"
        return "BIGINT"
    if word == "REAL":
        return "DOUBLE PRECISION"
    if word == "BLOB":
        return "BYTEA"
    if word == "TEXT":
        return 'TEXT COLLATE "C"'
    return token.text


def _next_words(parts: list[Token], index: int, count: int) -> list[str]:
    found: list[str] = []
    for token in parts[index + 1 :]:
        if token.kind == "space":
            continue
        if token.kind != "word":
            break
        found.append(token.upper)
        if len(found) == count:
            break
    return found


def _add_rowid(sql: str) -> str:
    """Every table has SQLite's implicit ``rowid``; on the server it is an identity column."""
    end = sql.rstrip().rstrip(";").rstrip()
    if not end.endswith(")"):
        return sql
    return end[:-1].rstrip() + ",\n        rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE\n    )"


def _fold_nocase(parts: list[Token]) -> list[Token]:
    """``a = b COLLATE NOCASE`` → ``nocase(a) = nocase(b)``; ``x COLLATE NOCASE`` → ``nocase(x)``."""
    result: list[Token] = []
    index = 0
    while index < len(parts):
        token = parts[index]
        after = _next_words(parts, index, 1) if token.kind == "word" and token.upper == "COLLATE" else []
        if after == ["NOCASE"]:
            # Consume "COLLATE", the spaces and "NOCASE"; wrap the operand before it.
            skip = index + 1
            while parts[skip].kind == "space":
                skip += 1
            index = skip + 1
            while result and result[-1].kind == "space":
                result.pop()
            operand_at = _operand_start(result)
            operand = "".join(t.text for t in result[operand_at:])
            del result[operand_at:]
            folded = Token("word", f"nocase({operand})")
            # In a comparison SQLite applies the collation to both sides.
            back = len(result) - 1
            while back >= 0 and result[back].kind == "space":
                back -= 1
            if back >= 0 and result[back].kind == "op" and result[back].text in _COMPARISONS:
                left_end = back
                while left_end > 0 and result[left_end - 1].kind == "space":
                    left_end -= 1
                left_at = _operand_start(result[:left_end])
                left = "".join(t.text for t in result[left_at:left_end])
                spacing = result[left_end:back]
                comparison = result[back:]
                del result[left_at:]
                result.append(Token("word", f"nocase({left})"))
                result.extend(spacing)
                result.extend(comparison)
            result.append(folded)
            continue
        result.append(token)
        index += 1
    return result


def _operand_start(parts: list[Token]) -> int:
    """Where the operand ending at the end of ``parts`` starts: a name, literal,
    placeholder or a parenthesised expression (a function call included)."""
    index = len(parts) - 1
    if index < 0:
        return 0
    if parts[index].text == ")":
        depth = 0
        while index >= 0:
            if parts[index].text == ")":
                depth += 1
            elif parts[index].text == "(":
                depth -= 1
                if depth == 0:
                    break
            index -= 1
        if index > 0 and parts[index - 1].kind == "word":
            index -= 1
        return max(index, 0)
    return index


# A guard's refusal, ``SELECT RAISE(ABORT, 'why')``: on the server the same constraint error.
_RAISE = re.compile(
    r"SELECT\s+RAISE\s*\(\s*(?:ABORT|FAIL|ROLLBACK)\s*,\s*('(?:[^']|'')*')\s*\)", re.IGNORECASE
)


def _trigger(match: re.Match[str]) -> str:
    name = match.group("name")
    body = translate(match.group("body").strip().rstrip(";") + ";", with_params=False)
    body = _RAISE.sub(r"RAISE EXCEPTION USING MESSAGE = \1, ERRCODE = 'integrity_constraint_violation'", body)
    when = match.group("when")
    if when:
        # The server allows no subquery in a trigger's WHEN, so the condition moves
        # into the function: the same rows are changed, the function runs a little more.
        body = f"IF {translate(when, with_params=False)} THEN\n        {body}\n    END IF;"
    return (
        f"CREATE OR REPLACE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
        f"BEGIN\n    {body}\n    RETURN NULL;\nEND\n$fn$;\n"
        f"CREATE TRIGGER {name} {match.group('timing')} {match.group('event')} ON {match.group('table')}"
        f"\n        FOR EACH ROW EXECUTE FUNCTION {name}_fn()"
    )


def _drop_trigger(name: str, if_exists: bool) -> str:
    missing = "NULL" if if_exists else f"RAISE EXCEPTION 'no such trigger: {name}'"
    return (
        "DO $drop$ DECLARE target regclass; BEGIN "
        f"SELECT tgrelid::regclass INTO target FROM pg_trigger WHERE tgname = '{name}' AND NOT tgisinternal; "
        f"IF target IS NULL THEN {missing}; ELSE "
        f"EXECUTE format('DROP TRIGGER %I ON %s', '{name}', target); "
        f"EXECUTE 'DROP FUNCTION IF EXISTS {name}_fn()'; END IF; END $drop$"
    )
