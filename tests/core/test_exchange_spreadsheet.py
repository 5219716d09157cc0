"""The register and costs workbooks, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlite_utils import Database

from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.records import CostLine
from delegation_planner.exchange.spreadsheet_export import write_costs_xlsx, write_register_xlsx
from delegation_planner.storage import repository
from tests.core import factories


def _register(db: Database) -> None:
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_delegation(
        db,
        factories.delegation(
            "formula",
            title="=1+1",
            participants=[factories.participant("anna", "Signs the agreement with the vice governor.")],
            costs=[
                CostLine(CostCategory.TRAVEL, "SEK", 42_000, 39_500),
                CostLine(CostCategory.HOSTING, "DKK", 4_500, None),
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "later",
            title="http://example.org trip",
            start=dt.date(2027, 3, 1),
            end=dt.date(2027, 3, 4),
            costs=[CostLine(CostCategory.TRAVEL, "SEK", 1_000, 1_250.5)],
        ),
    )


def test_register_keeps_text_as_text_and_dates_as_dates(db: Database, tmp_path: Path) -> None:
    _register(db)
    path = write_register_xlsx(db, tmp_path / "register.xlsx", lang="en")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("ID", "Title", "Direction")
    formula = next(r for r in rows if r[0] == "formula")
    assert formula[1] == "=1+1"
    assert sheet.cell(row=2, column=2).data_type == "s"
    assert formula[6] == dt.datetime(2026, 5, 10) and formula[7] == dt.datetime(2026, 5, 16)
    assert formula[9] == "Anna Svensson"
    assert formula[10] == "Fail"  # no GRIP decision for a politician
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref is not None


def test_register_of_chosen_keys(db: Database, tmp_path: Path) -> None:
    _register(db)
    path = write_register_xlsx(db, tmp_path / "register.xlsx", keys=["later"])
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["later"]
    assert rows[1][1] == "http://example.org trip"


def test_costs_with_sumif_totals_per_currency(db: Database, tmp_path: Path) -> None:
    _register(db)
    path = write_costs_xlsx(db, tmp_path / "costs.xlsx", lang="en")
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    lines = [r for r in rows[1:] if r[0]]
    assert [(r[0], r[4], r[5], r[6]) for r in lines] == [
        ("formula", "SEK", 42_000, 39_500),
        ("formula", "DKK", 4_500, None),
        ("later", "SEK", 1_000, 1_250.5),
    ]
    assert isinstance(lines[0][2], dt.datetime)
    totals = {r[4]: (r[5], r[6]) for r in rows if r[3] == "Total"}
    assert totals["SEK"][0].startswith("=SUMIF(") and '"SEK"' in totals["SEK"][0]
    cached = openpyxl.load_workbook(path, data_only=True).active
    values = {r[4]: (r[5], r[6]) for r in cached.iter_rows(values_only=True) if r[3] == "Total"}
    assert values == {"DKK": (4_500, 0), "SEK": (43_000, 40_750.5)}


def test_costs_of_one_year(db: Database, tmp_path: Path) -> None:
    _register(db)
    path = write_costs_xlsx(db, tmp_path / "costs.xlsx", year=2027)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:] if r[0]] == ["later"]
