"""The anchors the program is measured against: the bare tools doing the same work.

- ``raw_import``: the interchange file parsed with ``json`` and written with
  ``executemany`` into the same schema (a register made by the program, so the same
  tables, indexes and triggers) in one transaction, with minimal checks.
- ``bare_memo``: python-docx writing the memo's headings, facts and tables from
  the same content, straight onto the default template.

The window anchors (a bare QTableView, QSqlTableModel) run in new processes:
see ``window_probe.py``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def raw_import(json_path: Path, db_path: Path) -> int:
    """Write every record of the file into the (empty, program-made) register at ``db_path``."""
    data = json.loads(json_path.read_bytes())
    if data.get("format") is None:
        raise ValueError("not an interchange file")
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO organisations (id, name, kind, country, their_interests, our_benefits) VALUES (?,?,?,?,?,?)",
        [
            (
                o["id"],
                o["name"],
                o["kind"],
                o.get("country", ""),
                o.get("their_interests", ""),
                o.get("our_benefits", ""),
            )
            for o in data["organisations"]
        ],
    )
    conn.executemany(
        "INSERT INTO people (id, name, kind, title, organisation_id, email) VALUES (?,?,?,?,?,?)",
        [
            (p["id"], p["name"], p["kind"], p.get("title", ""), p.get("organisation"), p.get("email", ""))
            for p in data["people"]
        ],
    )
    conn.executemany(
        "INSERT INTO agreements (id, partner, signed, scope, themes, min_official_visits_per_year, status) "
        "VALUES (?,?,?,?,?,?,?)",
        [
            (
                a["id"],
                a["partner"],
                a.get("signed"),
                a.get("scope"),
                json.dumps(a.get("themes", [])),
                a.get("min_official_visits_per_year"),
                a.get("status"),
            )
            for a in data["agreements"]
        ],
    )
    delegations, participants, programme, costs, decisions, points = [], [], [], [], [], []
    for d in data["delegations"]:
        key = d["id"]
        initiator = d.get("initiator") or {}
        delegations.append(
            (
                key,
                d["title"],
                d["direction"],
                d["purpose"],
                d["start"],
                d["end"],
                d.get("partner_region", ""),
                d.get("country", ""),
                json.dumps(d.get("themes", [])),
                d.get("agreement"),
                initiator.get("kind"),
                initiator.get("organisation"),
                initiator.get("requested_political_participation"),
                d.get("notes", ""),
            )
        )
        participants.extend(
            (key, i, p["person"], p["side"], p.get("role"), p.get("justification", ""))
            for i, p in enumerate(d.get("participants", []))
        )
        programme.extend(
            (key, i, p["start"], p.get("end"), p["title"], p.get("venue", ""), p.get("counterpart"))
            for i, p in enumerate(d.get("programme", []))
        )
        costs.extend(
            (key, i, c["category"], c.get("planned"), c.get("actual"), c["currency"])
            for i, c in enumerate(d.get("costs", []))
        )
        if d.get("grip_decision"):
            g = d["grip_decision"]
            decisions.append(
                (key, g["date"], g.get("reference", ""), g["outcome"], g.get("note", ""), "2026-01-01")
            )
        points.extend(
            (key, i, f.get("text", ""), f.get("owner"), f.get("due"), f.get("status", "open"))
            for i, f in enumerate(d.get("follow_up_points", []))
        )
    conn.executemany(
        'INSERT INTO delegations (id, title, direction, purpose, start, "end", partner_region, country, themes, '
        "agreement_id, initiator_kind, initiator_organisation_id, initiator_requested, notes) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        delegations,
    )
    conn.executemany(
        "INSERT INTO participants (delegation_id, position, person_id, side, role, justification) VALUES (?,?,?,?,?,?)",
        participants,
    )
    conn.executemany(
        'INSERT INTO programme_items (delegation_id, position, start, "end", title, venue, counterpart_id) '
        "VALUES (?,?,?,?,?,?,?)",
        programme,
    )
    conn.executemany(
        "INSERT INTO cost_lines (delegation_id, position, category, planned, actual, currency) VALUES (?,?,?,?,?,?)",
        costs,
    )
    conn.executemany(
        "INSERT INTO grip_decisions (delegation_id, date, reference, outcome, note, recorded_at) VALUES (?,?,?,?,?,?)",
        decisions,
    )
    conn.executemany(
        "INSERT INTO follow_up_points (delegation_id, position, text, owner_person_id, due, status) "
        "VALUES (?,?,?,?,?,?)",
        points,
    )
    conn.execute("COMMIT")
    conn.close()
    return len(delegations)


def bare_memo(content: dict[str, Any], path: Path) -> None:
    """python-docx alone writing the memo's content: title, facts, the tables, notes."""
    from docx import Document

    document = Document()
    document.add_heading(content["kind"], 0)
    document.add_paragraph(content["title"])
    _table(document, [], content["facts"])
    for heading, header, rows in content["tables"]:
        document.add_heading(heading, 1)
        _table(document, header, rows)
    document.add_heading(content["notes_heading"], 1)
    document.add_paragraph(content["notes"])
    document.save(str(path))


def _table(document: Any, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    columns = len(header) if header else len(rows[0])
    table = document.add_table(rows=len(rows) + (1 if header else 0), cols=columns)
    table.style = "Table Grid"
    all_rows = [list(header), *rows] if header else list(rows)
    for tr, values in zip(table.rows, all_rows, strict=True):
        for cell, value in zip(tr.cells, values, strict=True):
            cell.text = str(value)
