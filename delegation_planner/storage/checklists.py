"""Checklist items of each delegation and the office's templates per direction."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from delegation_planner.domain.checklist import ChecklistItem
from delegation_planner.domain.enums import Direction
from delegation_planner.storage.dialect import table_names

if TYPE_CHECKING:
    from sqlite_utils import Database


def _item_from(row: dict[str, Any]) -> ChecklistItem:
    return ChecklistItem(
        text=row["text"],
        owner=row["owner"],
        days_before=row["days_before"],
        done=bool(row.get("done", 0)),
        done_on=dt.date.fromisoformat(row["done_on"]) if row.get("done_on") else None,
        auto=row["auto"],
    )


def template_language(db: Database) -> str:
    """The language new checklists are written in: the office's document language."""
    if "office_profile" not in table_names(db):
        return "en"  # a register older than office profiles kept English templates only
    row = next(iter(db.query("SELECT profile FROM office_profile WHERE id = 1")), None)
    language = json.loads(row["profile"]).get("document_language") if row is not None else None
    return language if isinstance(language, str) and language else "sv"


def load_template(db: Database, direction: Direction, language: str | None = None) -> list[ChecklistItem]:
    """The template of ``direction`` in ``language`` (default: the office's document language)."""
    return [
        _item_from(r)
        for r in db.query(
            "SELECT * FROM checklist_templates WHERE direction = ? AND language = ? ORDER BY position",
            [direction.value, language or template_language(db)],
        )
    ]


def save_template(
    db: Database, direction: Direction, items: list[ChecklistItem], language: str | None = None
) -> None:
    language = language or template_language(db)
    with db.atomic():
        db.execute(
            "DELETE FROM checklist_templates WHERE direction = ? AND language = ?",
            [direction.value, language],
        )
        for position, item in enumerate(items):
            db.execute(
                "INSERT INTO checklist_templates (direction, language, position, text, owner, days_before, auto) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [direction.value, language, position, item.text, item.owner, item.days_before, item.auto],
            )


def load_checklist(db: Database, key: str) -> list[ChecklistItem]:
    return [
        _item_from(r)
        for r in db.query("SELECT * FROM checklist_items WHERE delegation_id = ? ORDER BY position", [key])
    ]


def load_checklists(db: Database, keys: list[str]) -> dict[str, list[ChecklistItem]]:
    found: dict[str, list[ChecklistItem]] = {key: [] for key in keys}
    if not keys:
        return found
    marks = ",".join("?" * len(keys))
    for r in db.query(
        f"SELECT * FROM checklist_items WHERE delegation_id IN ({marks}) ORDER BY delegation_id, position",
        keys,
    ):
        found[r["delegation_id"]].append(_item_from(r))
    return found


def save_checklist(db: Database, key: str, items: list[ChecklistItem], today: dt.date | None = None) -> None:
    """Replace a delegation's checklist; an item ticked now gets today's date."""
    today = today or dt.date.today()
    with db.atomic():
        db.execute("DELETE FROM checklist_items WHERE delegation_id = ?", [key])
        for position, item in enumerate(items):
            done_on = item.done_on or (today if item.done else None)
            db.execute(
                "INSERT INTO checklist_items (delegation_id, position, text, owner, days_before, done, done_on, auto) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    key,
                    position,
                    item.text,
                    item.owner,
                    item.days_before,
                    int(item.done),
                    done_on.isoformat() if item.done and done_on else None,
                    item.auto,
                ],
            )


def apply_template(db: Database, key: str, direction: Direction) -> list[ChecklistItem]:
    """Give a delegation its direction's template items (those it does not have yet)."""
    current = load_checklist(db, key)
    have = {item.text for item in current}
    added = [item for item in load_template(db, direction) if item.text not in have]
    save_checklist(db, key, current + added)
    return current + added
