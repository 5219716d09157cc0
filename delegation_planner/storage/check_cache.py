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
import json
import os
import sqlite3
import zlib
from pathlib import Path

from delegation_planner.storage.locations import user_cache_folder


def _verified_file(path: Path) -> Path:
    return user_cache_folder() / "verified-registers.json"


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
    """The text of the storage package's modules, which define the migrations and the
    structure the check compares against: a program whose storage differs checks a file
    in full, even one it has seen. Read as files, not imported, so that the window can ask
    before its first paint without loading the storage layer. A CRC, not a cryptographic
    hash: it tells versions of our own files apart, and ``hashlib`` would load OpenSSL
    before the first paint."""
    digest = 0
    for module in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            digest = zlib.crc32(module.name.encode() + b"\0" + module.read_bytes(), digest)
    return f"crc32-{digest:08x}"


def remember_written(path: Path) -> None:
    """Note that ``path`` is as this program left it: called when a window closes a register
    it opened (so it passed the full check, or was remembered as passing) and wrote to,
    while it still holds the lock. Its own writes since then go through SQLite's
    transactions; without this, every start after a day's work would read the whole file
    again before showing anything."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        remember_verified(path, fingerprint(path, conn))
    except sqlite3.Error:
        return
    finally:
        conn.close()


def passed_unchanged(path: Path, conn: sqlite3.Connection | None = None) -> bool:
    """Whether ``path`` passed the full check and is byte for byte as it was then (its
    header, size, times, schema number; no write-ahead log with newer commits beside it),
    for this program's storage: the window may then show its rows before opening it.
    ``conn``: a read-only connection to it already open (the caller then reads with it).

    Read with ``sqlite3`` alone; any doubt answers False and the register is opened and
    checked as usual before anything of it is shown."""
    wal = path.with_name(path.name + "-wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size > 0:
            return False
    if conn is not None:
        try:
            return was_verified(path, fingerprint(path, conn))
        except sqlite3.Error:
            return False
    try:
        own = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return was_verified(path, fingerprint(path, own))
    except sqlite3.Error:
        return False
    finally:
        own.close()


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
    from delegation_planner.storage.atomic_file import write_bytes_atomically

    target = _verified_file(path)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, json.dumps(known).encode("utf-8"))


# Registers remembered as checked (a person has a few; tests make many).
_VERIFIED_LIMIT = 64
