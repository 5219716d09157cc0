"""Write rows by key, and only when they differ.

sqlite-utils' ``upsert`` probes whether SQLite supports ``ON CONFLICT`` by creating
and dropping a scratch table: a schema change on every save, which also makes an
import of an unchanged file rewrite the file. Comparing first keeps "importing the
same file twice changes nothing" true down to the file's bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


def upsert_rows(db: Database, table: str, records: Sequence[dict[str, Any]], key: str = "id") -> int:
    """Insert new rows and update changed ones (only the given columns); return how many were written."""
    written = 0
    for start in range(0, len(records), 500):
        chunk = records[start : start + 500]
        keys = [r[key] for r in chunk]
        marks = ",".join("?" * len(keys))
        existing = {r[key]: r for r in db.query(f"SELECT * FROM [{table}] WHERE [{key}] IN ({marks})", keys)}
        for record in chunk:
            columns = list(record)
            old = existing.get(record[key])
            if old is None:
                names = ", ".join(f"[{c}]" for c in columns)
                db.execute(
                    f"INSERT INTO [{table}] ({names}) VALUES ({','.join('?' * len(columns))})",
                    [record[c] for c in columns],
                )
            elif any(old.get(c) != record[c] for c in columns):
                changed = [c for c in columns if c != key]
                db.execute(
                    f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in changed)} WHERE [{key}] = ?",
                    [record[c] for c in changed] + [record[key]],
                )
            else:
                continue
            written += 1
    return written
