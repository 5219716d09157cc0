"""Remembering which register files passed the full check on open, across starts.

The full check (SQLite's ``quick_check`` and the structure against the migrations)
reads the whole file: seconds for 100,000 delegations, before the window can show
anything. A file that passed it and has not changed since (its size, times, inode,
SQLite header with the change counter every commit raises, its schema number and the
text of the migrations) need not be read through again. This is a cache in the user's
cache folder: losing it costs one full check, never a wrong answer.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import platformdirs

from delegation_planner.storage.atomic_file import write_bytes_atomically
from delegation_planner.storage.schema import MIGRATIONS


def _verified_file(path: Path) -> Path:
    from delegation_planner.storage.database import APP_NAME  # database imports this module

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "verified-registers.json"


def fingerprint(path: Path, conn: sqlite3.Connection) -> list[object] | None:
    """What must be the same for a file to be the one checked before: its place, size,
    times and inode, its first 100 bytes (SQLite's header, with the change counter every
    commit raises), its schema number and the migrations this program knows."""
    try:
        status = os.stat(path)
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return [
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
        status.st_ino,
        header.hex(),
        version,
        _migrations_digest(),
    ]


@functools.cache
def _migrations_digest() -> str:
    """The migrations' names and the text of the modules that define them: a program whose
    migrations differ checks a file in full, even one it has seen."""
    from delegation_planner.storage import migration_sql, schema, search_index

    digest = hashlib.sha256(",".join(m.name for m in MIGRATIONS._migrations).encode())
    for module in (schema, migration_sql, search_index):
        with contextlib.suppress(OSError, TypeError):
            digest.update(Path(str(module.__file__)).read_bytes())
    return digest.hexdigest()[:16]


def _load_verified(path: Path) -> dict[str, list[object]]:
    try:
        data = json.loads(_verified_file(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def was_verified(path: Path, fingerprint: list[object] | None) -> bool:
    return fingerprint is not None and _load_verified(path).get(str(path.resolve())) == fingerprint


def remember_verified(path: Path, fingerprint: list[object] | None) -> None:
    """Note that the file passed the full check as it is now (best effort: a cache)."""
    if fingerprint is None:
        return
    known = _load_verified(path)
    known.pop(str(path.resolve()), None)
    known[str(path.resolve())] = fingerprint
    while len(known) > _VERIFIED_LIMIT:
        known.pop(next(iter(known)))
    target = _verified_file(path)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, json.dumps(known).encode("utf-8"))


# Registers remembered as checked (a person has a few; tests make many).
_VERIFIED_LIMIT = 64
