"""The annual report as of a date: trips not yet made are planned, not done."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from sqlite_utils import Database

from delegation_planner.documents.report import write_report
from delegation_planner.domain.enums import AgreementStatus, CostCategory, FollowUpStatus, PersonKind
from delegation_planner.domain.records import Agreement, CostLine, FollowUpPoint, Result, ResultKind
from delegation_planner.storage import repository
from delegation_planner.storage.annual import figures_json, year_figures
from delegation_planner.storage.database import open_database
from delegation_planner.storage.results import save_result
from tests.core import factories
from tests.helpers.documents import all_paragraph_texts, rows_of, table_after

AS_OF = dt.date(2026, 11, 29)


def fill(db: Database) -> None:
    """Two official visits to Guangdong: one made in May, one starting on 20 December."""
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("off", PersonKind.OFFICIAL, name="Olle Official"))
    repository.save_agreement(
        db,
        Agreement(
            "gd",
            "Guangdong",
            dt.date(1995, 3, 1),
            min_official_visits_per_year=2,
            status=AgreementStatus.ACTIVE,
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "may",
            title="May visit to Guangdong",
            partner_region="Guangdong",
            start=dt.date(2026, 5, 4),
            end=dt.date(2026, 5, 8),
            participants=[factories.participant("off")],
            costs=[CostLine(CostCategory.TRAVEL, "SEK", 40_000, 38_000.5)],
            follow_up_points=[
                FollowUpPoint("Minutes", "off", dt.date(2026, 6, 1), FollowUpStatus.DONE),
                FollowUpPoint("MoU draft", "off", dt.date(2026, 9, 1)),
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "december",
            title="December visit to Guangdong",
            partner_region="Guangdong",
            start=dt.date(2026, 12, 20),
            end=dt.date(2026, 12, 24),
            participants=[factories.participant("off")],
            # tickets already bought: an actual amount on a trip not yet made
            costs=[
                CostLine(CostCategory.TRAVEL, "SEK", 30_000, 12_000),
                CostLine(CostCategory.FEES, "EUR", 500, None),
            ],
            follow_up_points=[FollowUpPoint("Prepare gifts", "off", dt.date(2027, 1, 10))],
        ),
    )
    # a result dated before another, saved in the other order
    save_result(
        db, Result("late", "Later result", ResultKind.SALE, dt.date(2026, 10, 1), delegations=["may"])
    )
    save_result(
        db,
        Result("early", "Earlier result", ResultKind.PARTNERSHIP, dt.date(2026, 6, 1), delegations=["may"]),
    )


@pytest.fixture
def register(db: Database) -> Database:
    fill(db)
    return db


def test_only_trips_ended_by_the_date_count_as_done(register: Database) -> None:
    figures = figures_json(year_figures(register, 2026, AS_OF))
    assert list(figures) == ["year", "as_of", "delegations", "costs", "agreements", "follow_up", "results"]
    assert figures["year"] == 2026 and figures["as_of"] == "2026-11-29"
    assert figures["delegations"] == {"completed": 1, "planned": 1, "cancelled": 0, "declined": 0, "total": 2}
    # planned over every delegation of the year, actual only of the one made
    assert figures["costs"] == [
        {"currency": "EUR", "planned": 500, "actual": 0},
        {"currency": "SEK", "planned": 70_000, "actual": 38_000.5},
    ]
    assert figures["agreements"] == [
        {
            "agreement": "gd",
            "partner": "Guangdong",
            "minimum": 2,
            "completed_visits": 1,
            "planned_visits": 1,
            "shortfall": 1,
        }
    ]
    assert figures["follow_up"] == {"points": 3, "done": 1, "open": 2, "overdue": 1, "dropped": 0}


def test_after_the_last_trip_everything_counts(register: Database) -> None:
    figures = figures_json(year_figures(register, 2026, dt.date(2026, 12, 31)))
    assert figures["delegations"] == {"completed": 2, "planned": 0, "cancelled": 0, "declined": 0, "total": 2}
    assert figures["costs"][1] == {"currency": "SEK", "planned": 70_000, "actual": 50_000.5}
    assert figures["agreements"][0]["completed_visits"] == 2 and figures["agreements"][0]["shortfall"] == 0


def test_a_trip_ending_on_the_date_has_taken_place(register: Database) -> None:
    figures = figures_json(year_figures(register, 2026, dt.date(2026, 12, 24)))
    assert figures["delegations"]["completed"] == 2
    figures = figures_json(year_figures(register, 2026, dt.date(2026, 12, 23)))
    assert figures["delegations"]["completed"] == 1


def test_the_report_prints_its_date_lists_planned_trips_apart_and_names_short_agreements(
    register: Database, tmp_path: Path
) -> None:
    document = docx.Document(str(write_report(register, 2026, tmp_path / "r.docx", "en", today=AS_OF)))
    texts = [p.text for p in document.paragraphs]
    assert "As of 29 November 2026" in texts
    done, planned = texts.index("Delegations that took place"), texts.index("Planned delegations")
    assert done < texts.index("May visit to Guangdong") < planned < texts.index("December visit to Guangdong")
    assert "Agreements still short of official visits: Guangdong." in texts
    assert "Guangdong: 1 of at least 2 official visits missing for 2026 (1 planned)." in texts
    costs = rows_of(table_after(document, "Costs by category and currency"))
    assert costs[0] == ["Category", "Planned", "Actual (taken place)"]
    assert ["Travel", "SEK\u00a070,000", "SEK\u00a038,000.50"] in costs
    # results in date order
    results = rows_of(table_after(document, "Results of the visits"))
    assert [row[1] for row in results[1:]] == ["Earlier result", "Later result"]
    # a summary for the board and a proposed decision
    assert "Summary for the board" in texts and "Proposed decision" in texts
    assert texts[texts.index("Proposed decision") + 1].startswith("The regional board is proposed")


def test_the_report_has_a_table_of_contents_word_updates_and_others_can_read(
    register: Database, tmp_path: Path
) -> None:
    path = write_report(register, 2026, tmp_path / "r.docx", "sv", today=AS_OF)
    document = docx.Document(str(path))
    body = document.element.body.xml
    assert 'TOC \\o "1-1"' in body
    contents = next(p for p in document.paragraphs if "Sammanfattning för styrelsen\n" in p.text)
    assert "Förslag till beslut" in contents.text and "Planerade delegationer" in contents.text
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    assert "Sammanfattning för styrelsen" in all_paragraph_texts(document)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_report_json_on_the_command_line(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    fill(db)
    db.close()
    result = run("report", "--year", "2026", "--db", str(db_path), "--as-of", "2026-11-29", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["as_of"] == "2026-11-29" and figures["delegations"]["completed"] == 1
    out = tmp_path / "r.docx"
    both = run(
        "report", "--year", "2026", "--db", str(db_path), "--as-of", "2026-12-31", "--json", "--out", str(out)
    )
    assert both.returncode == 0 and out.exists()
    # made as of the date given, written today
    report = docx.Document(str(out))
    assert "Per 31 december 2026" in [p.text for p in report.paragraphs]
    assert report.core_properties.created.date() == dt.date.today()
    assert json.loads(both.stdout)["delegations"] == {
        "completed": 2,
        "planned": 0,
        "cancelled": 0,
        "declined": 0,
        "total": 2,
    }
    bad = run("report", "--year", "2026", "--db", str(db_path), "--as-of", "29.11.2026", "--json")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr and bad.stdout == ""
    neither = run("report", "--year", "2026", "--db", str(db_path))
    assert neither.returncode == 2 and "--out" in neither.stderr


def test_briefing_and_memo_on_the_command_line(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    fill(db)
    db.close()
    out = tmp_path / "b.docx"
    result = run("briefing", "december", "--db", str(db_path), "--out", str(out), "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert docx.Document(str(out)).paragraphs[0].text == "Rejseinformation"
    memo = tmp_path / "m.docx"
    refused = run("memo", "december", "--db", str(db_path), "--out", str(memo))
    assert refused.returncode == 2 and "has not taken place yet" in refused.stderr and not memo.exists()
    unknown = run("briefing", "nope", "--db", str(db_path), "--out", str(out))
    assert unknown.returncode == 2 and "no delegation 'nope'" in unknown.stderr
