"""The register of results: outcomes traced back to the visits that led to them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from delegation_planner.domain.enums import ResultKind
from delegation_planner.domain.records import Result
from delegation_planner.storage.errors import NotFoundError
from delegation_planner.storage.upsert import upsert_rows
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database


def _result(row: dict[str, Any], delegations: list[str], organisations: list[str]) -> Result:
    return Result(
        id=row["id"],
        title=row["title"],
        kind=ResultKind(row["kind"]),
        date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
        description=row["description"],
        delegations=delegations,
        organisations=organisations,
    )


def list_results(db: Database, year: int | None = None) -> list[Result]:
    """All results (or those dated in ``year``), newest first."""
    sql, params = "SELECT * FROM results", []
    if year is not None:
        sql += " WHERE date >= ? AND date < ?"
        params = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    rows = list(db.query(sql + " ORDER BY date IS NULL, date DESC, title COLLATE NOCASE", params))
    links: dict[str, tuple[list[str], list[str]]] = {r["id"]: ([], []) for r in rows}
    for r in db.execute("SELECT result_id, delegation_id FROM result_delegations ORDER BY rowid").fetchall():
        if r[0] in links:
            links[r[0]][0].append(r[1])
    for r in db.execute(
        "SELECT result_id, organisation_id FROM result_organisations ORDER BY rowid"
    ).fetchall():
        if r[0] in links:
            links[r[0]][1].append(r[1])
    return [_result(r, *links[r["id"]]) for r in rows]


def results_of_delegation(db: Database, key: str) -> list[Result]:
    keys = {
        r[0] for r in db.execute("SELECT result_id FROM result_delegations WHERE delegation_id = ?", [key])
    }
    return [r for r in list_results(db) if r.id in keys]


def save_result(db: Database, result: Result) -> None:
    with db.atomic():
        upsert_rows(
            db,
            "results",
            [
                {
                    "id": result.id,
                    "title": result.title,
                    "kind": result.kind.value,
                    "date": result.date.isoformat() if result.date else None,
                    "description": result.description,
                }
            ],
        )
        db.execute("DELETE FROM result_delegations WHERE result_id = ?", [result.id])
        db.execute("DELETE FROM result_organisations WHERE result_id = ?", [result.id])
        for key in dict.fromkeys(result.delegations):
            db.execute("INSERT INTO result_delegations VALUES (?, ?)", [result.id, key])
        for key in dict.fromkeys(result.organisations):
            db.execute("INSERT INTO result_organisations VALUES (?, ?)", [result.id, key])


def delete_result(db: Database, key: str) -> None:
    with db.atomic():
        if db.execute("DELETE FROM results WHERE id = ?", [key]).rowcount == 0:
            raise NotFoundError(tr("There is no result '{key}'.", key=key))


@dataclass(frozen=True)
class DelegationChoice:
    """A delegation as a result's editor offers it: key, title and start."""

    key: str
    title: str
    start: dt.date


def delegation_choices(db: Database) -> list[DelegationChoice]:
    """Every delegation, newest first: a result is usually traced to a recent visit."""
    rows = db.execute("SELECT id, title, start FROM delegations ORDER BY start DESC, title COLLATE NOCASE")
    return [DelegationChoice(r[0], r[1], dt.date.fromisoformat(r[2])) for r in rows.fetchall()]


def delegation_titles(db: Database, keys: Iterable[str]) -> dict[str, str]:
    """Titles of just these delegations (the register may hold many thousands)."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in db.execute(f"SELECT id, title FROM delegations WHERE id IN ({marks})", chunk).fetchall():
            found[r[0]] = r[1]
    return found
