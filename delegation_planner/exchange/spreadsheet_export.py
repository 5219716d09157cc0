"""The register and the costs as Excel workbooks (.xlsx), for people who work on in Excel.

Written with XlsxWriter with ``strings_to_formulas`` and ``strings_to_urls`` off:
a title typed as ``=1+1`` (or ``=HYPERLINK(...)`` in a hostile file) must stay the
text it is, never become a formula that Excel runs. Dates are real dates with a
date format, so they sort and filter as dates; the header row is frozen and has
an autofilter. Totals per currency are SUMIF formulas over the cost lines, so
they stay right when someone filters or corrects a line in Excel; different
currencies are never added together.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlite_utils import Database

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.enums import CostCategory, Direction, Level, Purpose
from delegation_planner.exchange.files import write_atomically
from delegation_planner.storage.annual import amount_sum
from delegation_planner.storage.politicians import home_politician_sql

_OPTIONS = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
DATE_FORMAT = "yyyy-mm-dd"  # ISO: the same in every office's Excel, whatever its locale
MONEY_FORMAT = "#,##0.00"
_CHUNK = 500  # keys per statement, under SQLite's parameter limit


def write_register_xlsx(
    db: Database, path: Path | str, keys: Sequence[str] | None = None, *, lang: str = "sv"
) -> Path:
    """The delegations (all, or those of ``keys`` in that order) as one sheet."""
    labels = Labels.for_language(lang)
    rows = _register_rows(db, keys)
    politicians = _home_politicians(db, [r["id"] for r in rows] if keys is not None else None)
    headers = [
        ("ID", 18),
        (labels["title"], 44),
        (labels["direction"], 13),
        (labels["purpose"], 24),
        (labels["partner"], 18),
        (labels["country"], 8),
        (labels["start"], 12),
        (labels["end"], 12),
        (labels["themes"], 30),
        (labels["politicians"], 32),
        (labels["verdict"], 14),
    ]

    def write(target: Path) -> None:
        with xlsxwriter.Workbook(str(target), _OPTIONS) as book:
            sheet = book.add_worksheet(labels["delegation"])
            date = book.add_format({"num_format": DATE_FORMAT})
            _header(book, sheet, headers)
            for n, row in enumerate(rows, start=1):
                sheet.write_string(n, 0, row["id"])
                sheet.write_string(n, 1, row["title"])
                sheet.write_string(n, 2, _word(labels, Direction, row["direction"]))
                sheet.write_string(n, 3, _word(labels, Purpose, row["purpose"]))
                sheet.write_string(n, 4, row["partner_region"])
                sheet.write_string(n, 5, row["country"])
                sheet.write_datetime(n, 6, _date(row["start"]), date)
                sheet.write_datetime(n, 7, _date(row["end"]), date)
                sheet.write_string(n, 8, ", ".join(labels.theme(t) for t in json.loads(row["themes"])))
                sheet.write_string(n, 9, ", ".join(politicians.get(row["id"], [])))
                verdict = row["grip_verdict"]
                sheet.write_string(n, 10, _word(labels, Level, verdict))
            sheet.autofilter(0, 0, max(1, len(rows)), len(headers) - 1)

    return write_atomically(path, write)


def write_costs_xlsx(db: Database, path: Path | str, year: int | None = None, *, lang: str = "sv") -> Path:
    """Every cost line (of the delegations starting in ``year``, or all), then totals per currency."""
    labels = Labels.for_language(lang)
    sql = (
        "SELECT d.id, d.title, d.start, c.category, c.currency, c.planned, c.actual "
        "FROM cost_lines c JOIN delegations d ON d.id = c.delegation_id"
    )
    params: list[Any] = []
    if year is not None:
        sql += " WHERE d.start >= ? AND d.start < ?"
        params = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    lines = db.execute(sql + " ORDER BY d.start, d.id, c.position", params).fetchall()
    headers = [
        ("ID", 18),
        (labels["delegation"], 44),
        (labels["start"], 12),
        (labels["category"], 16),
        (labels["currency"], 9),
        (labels["planned"], 15),
        (labels["actual"], 15),
    ]
    by_currency: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for line in lines:
        by_currency[line[4]].append(line)

    def write(target: Path) -> None:
        with xlsxwriter.Workbook(str(target), _OPTIONS) as book:
            sheet = book.add_worksheet(labels["costs"])
            date = book.add_format({"num_format": DATE_FORMAT})
            money = book.add_format({"num_format": MONEY_FORMAT})
            bold = book.add_format({"bold": True})
            bold_money = book.add_format({"bold": True, "num_format": MONEY_FORMAT})
            _header(book, sheet, headers)
            for n, (key, title, start, category, currency, planned, actual) in enumerate(lines, start=1):
                sheet.write_string(n, 0, key)
                sheet.write_string(n, 1, title)
                sheet.write_datetime(n, 2, _date(start), date)
                sheet.write_string(n, 3, _word(labels, CostCategory, category))
                sheet.write_string(n, 4, currency)
                _amount(sheet, n, 5, planned, money)
                _amount(sheet, n, 6, actual, money)
            last = max(1, len(lines))
            sheet.autofilter(0, 0, last, len(headers) - 1)
            # Totals below the lines, after a blank row, outside the filtered range.
            row = last + 1
            for currency in sorted(by_currency):
                row += 1
                sheet.write_string(row, 3, labels["total"], bold)
                sheet.write_string(row, 4, currency, bold)
                for column, index in ((5, 5), (6, 6)):
                    letter = "F" if column == 5 else "G"
                    formula = f'=SUMIF($E$2:$E${last + 1},"{currency}",{letter}$2:{letter}${last + 1})'
                    cached = amount_sum(line[index] for line in by_currency[currency]) or 0.0
                    sheet.write_formula(row, column, formula, bold_money, cached)

    return write_atomically(path, write)


# --- pieces ---------------------------------------------------------------------------------------


def _header(book: Any, sheet: Any, headers: Sequence[tuple[str, int]]) -> None:
    style = book.add_format({"bold": True, "bg_color": "#DCE3EC", "bottom": 1})
    for column, (text, width) in enumerate(headers):
        sheet.write_string(0, column, text, style)
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)


def _amount(sheet: Any, row: int, column: int, value: float | None, style: Any) -> None:
    # A missing amount stays an empty cell: SUMIF skips it, and 0 would claim a cost of nothing.
    if value is None:
        sheet.write_blank(row, column, None, style)
    else:
        sheet.write_number(row, column, float(value), style)


def _date(text: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(text), dt.time())


def _register_rows(db: Database, keys: Sequence[str] | None) -> list[dict[str, Any]]:
    columns = 'id, title, direction, purpose, partner_region, country, start, "end", themes, grip_verdict'
    if keys is None:
        return list(db.query(f"SELECT {columns} FROM delegations ORDER BY start, title COLLATE NOCASE, id"))
    found: dict[str, dict[str, Any]] = {}
    wanted = list(dict.fromkeys(keys))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in db.query(f"SELECT {columns} FROM delegations WHERE id IN ({marks})", chunk):
            found[row["id"]] = row
    return [found[k] for k in wanted if k in found]


def _home_politicians(db: Database, keys: list[str] | None) -> dict[str, list[str]]:
    sql = (
        "SELECT p.delegation_id, x.name FROM participants p JOIN people x ON x.id = p.person_id "
        f"WHERE {home_politician_sql('p', 'x')}"
    )
    found: dict[str, list[str]] = defaultdict(list)
    chunks: list[list[str] | None] = (
        [None] if keys is None else [keys[i : i + _CHUNK] for i in range(0, len(keys), _CHUNK)]
    )
    for chunk in chunks:
        query, params = sql, []
        if chunk is not None:
            query += f" AND p.delegation_id IN ({','.join('?' * len(chunk))})"
            params = chunk
        for key, name in db.execute(query + " ORDER BY p.delegation_id, p.position", params):
            found[key].append(name)
    return found


def _word(labels: Labels, enum: type[StrEnum], value: str | None) -> str:
    """A stored value in the sheet's language, from its enumeration's list; an unknown one as it is."""
    if not value:
        return ""
    try:
        return labels.word(enum(value))
    except ValueError:
        return value
