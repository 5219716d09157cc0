"""The annual report (contract §5 ``report``), re-opened with python-docx, and its figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document
from PIL import Image, ImageChops, ImageStat
from sqlite_utils import Database

from delegation_planner.documents import charts
from delegation_planner.documents.report import ReportCancelled, write_report
from delegation_planner.domain.enums import (
    AgreementStatus,
    CostCategory,
    Direction,
    FollowUpStatus,
    PersonKind,
    Purpose,
    ResultKind,
    Side,
)
from delegation_planner.domain.records import Agreement, CostLine, FollowUpPoint, Result
from delegation_planner.storage import repository
from delegation_planner.storage.annual import year_figures
from delegation_planner.storage.results import save_result
from tests.core import factories
from tests.helpers.documents import all_paragraph_texts, rows_of, table_after

TODAY = dt.date(2026, 6, 1)


def _costs(*lines: tuple[CostCategory, str, float | None, float | None]) -> list[CostLine]:
    return [CostLine(category, currency, planned, actual) for category, currency, planned, actual in lines]


@pytest.fixture
def register(db: Database) -> Database:
    """Two years: one delegation starts on 31 December 2025, three in 2026 (one on 1 January)."""
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_person(db, factories.person("bo", name="Bo Ærø"))
    repository.save_person(db, factories.person("li", name="Li Wei"))  # partner-side politician
    repository.save_person(db, factories.person("off", PersonKind.OFFICIAL, name="Olle Official"))
    travel, hosting = CostCategory.TRAVEL, CostCategory.HOSTING
    repository.save_delegation(
        db,
        factories.delegation(
            "new-year-eve",
            title="New Year's Eve in Jiangsu",
            start=dt.date(2025, 12, 31),
            end=dt.date(2026, 1, 4),
            costs=_costs((travel, "SEK", 99_000, 98_000)),
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "new-year",
            title="New Year's Day in Guangdong",
            partner_region="Guangdong",
            start=dt.date(2026, 1, 1),
            end=dt.date(2026, 1, 5),
            participants=[
                factories.participant("anna", "Signs the agreement with the vice governor."),
                factories.participant("off"),
            ],
            grip_decision=factories.approval(dt.date(2025, 12, 1)),
            costs=_costs((travel, "SEK", 40_000, 39_500.5), (hosting, "DKK", 4_500, None)),
            follow_up_points=[
                FollowUpPoint("Send minutes", "anna", dt.date(2026, 2, 1), FollowUpStatus.DONE),
                FollowUpPoint("Draft MoU", "anna", dt.date(2026, 3, 1)),  # overdue on TODAY
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "may",
            title="=1+1 Jiangsu health delegation",
            direction=Direction.INBOUND,
            purpose=Purpose.OFFICIAL,
            start=dt.date(2026, 5, 10),
            end=dt.date(2026, 5, 12),
            participants=[
                factories.participant("anna", "Hosts the vice governor at the regional council."),
                factories.participant("bo", "Chair of the health committee, hosts the visit."),
                factories.participant("li", side=Side.PARTNER),
            ],
            costs=_costs((travel, "SEK", 2_000, 2_500), (hosting, "DKK", 10_000, 12_250.25)),
            follow_up_points=[
                FollowUpPoint("Visit again", "bo", dt.date(2026, 12, 1)),
                FollowUpPoint("Old idea", "bo", dt.date(2026, 5, 1), FollowUpStatus.DROPPED),
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "december", title="Late trip", start=dt.date(2026, 12, 30), end=dt.date(2027, 1, 2)
        ),
    )
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
    save_result(
        db,
        Result(
            "sale", "Nupo sells to Simcere", ResultKind.SALE, dt.date(2026, 9, 1), delegations=["new-year"]
        ),
    )
    return db


def _report(db: Database, tmp_path: Path, year: int = 2026, lang: str = "en") -> Document:
    path = write_report(db, year, tmp_path / f"report-{year}-{lang}.docx", lang=lang, today=TODAY)
    return docx.Document(str(path))


def test_figures_hold_only_the_delegations_starting_in_the_year(register: Database) -> None:
    figures = year_figures(register, 2026, TODAY)
    assert [d.key for d in figures.delegations] == ["new-year", "may", "december"]
    assert [d.key for d in year_figures(register, 2025, TODAY).delegations] == ["new-year-eve"]
    assert figures.per_month == [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]
    assert figures.by_direction == {Direction.INBOUND: 1, Direction.OUTBOUND: 2}
    # Home-side politicians counted per delegation; the partner-side Li Wei never counts.
    assert figures.politicians == [("Anna Svensson", 2), ("Bo Ærø", 1)]
    assert figures.politician_participations == 3
    totals = {a.currency: (a.planned, a.actual) for a in figures.totals}
    assert totals == {"DKK": (14_500, 12_250.25), "SEK": (42_000, 42_000.5)}
    follow_up = figures.follow_up
    assert (follow_up.done, follow_up.open, follow_up.overdue, follow_up.dropped) == (1, 2, 1, 1)
    assert [a.agreement.id for a in figures.agreements] == ["gd"]
    assert [v.delegation for v in figures.agreements[0].visits] == ["new-year"]
    assert figures.agreements[0].shortfall == 1
    assert [r.id for r in figures.results] == ["sale"]


def test_report_lists_only_that_years_delegations(register: Database, tmp_path: Path) -> None:
    texts = all_paragraph_texts(_report(register, tmp_path))
    assert "New Year's Day in Guangdong" in texts
    assert "Late trip" in texts
    assert "=1+1 Jiangsu health delegation" in texts  # text, never a formula
    assert "New Year's Eve in Jiangsu" not in texts


def test_costs_planned_and_actual_per_currency_never_added(register: Database, tmp_path: Path) -> None:
    document = _report(register, tmp_path)
    rows = rows_of(table_after(document, "Costs by category and currency"))
    assert ["Total DKK", "DKK\u00a014,500", "DKK\u00a012,250.25"] in rows
    assert ["Total SEK", "SEK\u00a042,000", "SEK\u00a042,000.50"] in rows
    assert ["Travel", "SEK\u00a042,000", "SEK\u00a042,000.50"] in rows
    assert ["Hosting", "DKK\u00a014,500", "DKK\u00a012,250.25"] in rows
    partners = rows_of(table_after(document, "Costs by partner"))
    assert ["Guangdong", "DKK\u00a04,500", "–"] in partners
    assert ["Jiangsu", "SEK\u00a02,000", "SEK\u00a02,500"] in partners


def test_follow_up_completion_numbers(register: Database, tmp_path: Path) -> None:
    rows = rows_of(table_after(_report(register, tmp_path), "Follow-up points"))
    assert rows[1:] == [
        ["Done", "1", "25%"],  # CLDR: English writes no space before the sign
        ["Open", "2", "50%"],
        ["of which overdue", "1", "25%"],
        ["Dropped", "1", "25%"],
        ["Total", "4", "100%"],
    ]


def test_agreement_shortfall_and_results(register: Database, tmp_path: Path) -> None:
    document = _report(register, tmp_path)
    agreement = rows_of(table_after(document, "Agreement follow-up"))
    assert agreement[1][0] == "Guangdong" and agreement[1][1] == "2" and agreement[1][4] == "1"
    assert "1 January 2026: New Year's Day in Guangdong" in agreement[1][2]
    texts = all_paragraph_texts(document)
    assert "Guangdong: 1 of at least 2 official visits missing for 2026 (0 planned)." in texts
    results = rows_of(table_after(document, "Results of the visits"))
    assert results[1][1] == "Nupo sells to Simcere" and results[1][3] == "New Year's Day in Guangdong"


def test_charts_are_inline_pictures(register: Database, tmp_path: Path) -> None:
    document = _report(register, tmp_path)
    # Delegations per month, and one cost chart per currency (DKK, SEK).
    assert len(document.inline_shapes) == 3
    for shape in document.inline_shapes:
        assert shape.width <= document.sections[0].page_width


def test_delegation_section_shows_decision_costs_and_follow_up(register: Database, tmp_path: Path) -> None:
    document = _report(register, tmp_path)
    facts = dict(rows_of(table_after(document, "New Year's Day in Guangdong")))  # type: ignore[arg-type]
    assert facts["Dates"] == "1–5 January 2026"
    assert facts["Politicians of Region Skåne"] == "Anna Svensson"
    assert facts["GRIP decision"].startswith("Dnr 2026-000123, 1 December 2025, Approved")
    assert (
        facts["Costs"]
        == "Planned DKK\u00a04,500, actual –\nPlanned SEK\u00a040,000, actual SEK\u00a039,500.50"
    )
    assert facts["Follow-up points"] == "1 done, 1 open (1 overdue), 0 dropped"


@pytest.mark.parametrize(
    ("lang", "title", "total", "overdue"),
    [
        (
            "sv",
            "Årsrapport 2026",
            ["Summa SEK", "42\u00a0000\u00a0kr", "42\u00a0000,50\u00a0kr"],
            "varav försenade",
        ),
        (
            "da",
            "Årsrapport 2026",
            ["I alt SEK", "42.000\u00a0SEK", "42.000,50\u00a0SEK"],
            "heraf overskredne",
        ),
        (
            "en",
            "Annual report 2026",
            ["Total SEK", "SEK\u00a042,000", "SEK\u00a042,000.50"],
            "of which overdue",
        ),
    ],
)
def test_three_languages(
    register: Database, tmp_path: Path, lang: str, title: str, total: list[str], overdue: str
) -> None:
    document = _report(register, tmp_path, lang=lang)
    texts = all_paragraph_texts(document)
    assert texts[0] == title
    cells = [rows_of(t) for t in document.tables]
    assert any(total in rows for rows in cells)
    assert any(any(row[0].strip() == overdue for row in rows) for rows in cells)


def test_empty_year_gives_a_short_report_that_says_so(register: Database, tmp_path: Path) -> None:
    document = _report(register, tmp_path, year=2019)
    texts = all_paragraph_texts(document)
    assert "No delegations starting in 2019 are recorded." in texts
    assert not document.inline_shapes
    assert len(document.tables) <= 1  # at most the agreements' shortfall


def test_progress_and_cancel_write_nothing(register: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path = tmp_path / "report.docx"
    write_report(register, 2026, path, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and seen[0][0] == 0
    path.unlink()
    calls = iter(range(100))
    with pytest.raises(ReportCancelled):
        write_report(register, 2026, path, today=TODAY, cancelled=lambda: next(calls) >= 3)
    assert not path.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("register")] == []


def test_bad_year_and_language_are_refused(register: Database, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_report(register, 1850, tmp_path / "x.docx")
    with pytest.raises(ValueError):
        write_report(register, 2026, tmp_path / "x.docx", lang="fi")
    assert not (tmp_path / "x.docx").exists()


def test_charts_are_deterministic_pngs() -> None:
    chart = charts.Chart(
        "Costs, SEK", ["Jiangsu", "Guangdong"], [charts.Series("Actual", [1000.0, None])], "SEK"
    )
    first, second = charts.horizontal_bars(chart), charts.horizontal_bars(chart)
    assert first == second and first.startswith(b"\x89PNG")
    months = charts.Chart(
        "Per month", list("JFMAMJJASOND"), [charts.Series("n", [0.0] * 12)], "n", whole_numbers=True
    )
    assert charts.vertical_bars(months).startswith(b"\x89PNG")


@pytest.mark.sqlite_only
@pytest.mark.parametrize("draw", [charts.vertical_bars, charts.horizontal_bars])
def test_a_palette_chart_is_the_colour_chart(draw: Callable[..., bytes]) -> None:
    """The report's charts (no title) are palette PNGs whose pixels are the colour drawing's
    to one level in 255; a chart with a title (the window's) stays in colour."""
    chart = charts.Chart(
        "",
        ["Jiangsu", "Guangdong", "Zhejiang, a partner with a long name"],
        [
            charts.Series("Planned", [1500.0, 200.5, None], charts.LIGHT),
            charts.Series("Actual", [900.0, 0.0, 40.0]),
        ],
        "SEK",
    )
    palette, colour = (Image.open(io.BytesIO(draw(chart, palette=p))) for p in (True, False))
    assert (palette.mode, colour.mode) == ("P", "RGB")
    assert palette.info["dpi"] == colour.info["dpi"]
    difference = ImageChops.difference(palette.convert("RGB"), colour)
    assert max(high for _, high in difference.getextrema()) <= 1
    # The bars are exactly their colours.
    pixels = palette.convert("RGB").getcolors(1024)
    assert pixels is not None
    assert {charts.LIGHT, charts.ACCENT} <= {rgb for _, rgb in pixels}
    titled = dataclasses.replace(chart, title="Costs")
    assert Image.open(io.BytesIO(draw(titled))).mode == "RGB"


@pytest.mark.sqlite_only
@pytest.mark.parametrize("vertical", [True, False])
def test_the_screens_chart_is_the_printed_one_scaled_down(vertical: bool) -> None:
    """The window's overview shows the chart the report prints (with its title), scaled by
    Pillow to the chart column's width, as plain pixels for a QImage."""
    chart = charts.Chart(
        "Costs, SEK",
        ["Jiangsu", "Guangdong", "Zhejiang"],
        [
            charts.Series("Planned", [1500.0, 200.5, None], charts.LIGHT),
            charts.Series("Actual", [900.0, 0.0, 40.0]),
        ],
        "SEK",
    )
    draw = charts.vertical_bars if vertical else charts.horizontal_bars
    printed = Image.open(io.BytesIO(draw(chart))).convert("RGB")
    picture = charts.screen_picture(chart, 600, vertical=vertical)
    assert picture.width == 600
    assert picture.height == round(printed.height * 600 / printed.width)
    assert len(picture.pixels) == 3 * picture.width * picture.height
    shown = Image.frombytes("RGB", (picture.width, picture.height), picture.pixels)
    expected = printed.resize(shown.size, Image.Resampling.LANCZOS)
    # Pixel for pixel, to a rounding: the same chart, not another drawing of it.
    difference = ImageChops.difference(shown, expected)
    assert max(high for _, high in difference.getextrema()) <= 48
    assert ImageStat.Stat(difference.convert("L")).mean[0] < 1.0
    # Wider than printed: drawn as printed, never blown up.
    assert charts.screen_picture(chart, 5000, vertical=vertical).width == charts.WIDTH_PX


def test_the_overviews_charts_load_neither_python_docx_nor_lxml() -> None:
    # The window's overview draws them in a worker thread: loading python-docx and lxml
    # there held the window's thread up (their C parts load in one step), for nothing.
    code = (
        "import sys\n"
        "from delegation_planner.documents import charts, year_charts\n"
        "print(sorted(m for m in ('docx', 'lxml', 'lxml.etree') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# --- the command line -------------------------------------------------------------------------------


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "delegation_planner.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


@pytest.fixture
def register_file(register: Database, db_path: Path) -> Path:
    register.close()
    return db_path


def test_cli_report_writes_the_document(register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    result = run("report", "--year", "2026", "--db", str(register_file), "--out", str(out), "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert all_paragraph_texts(docx.Document(str(out)))[0] == "Årsrapport 2026"


@pytest.mark.parametrize(
    "args",
    [
        ("--year", "20x6"),
        ("--year", "1899"),
        ("--year", "2101"),
        ("--year", "2026", "--lang", "fi"),
        ("--year", "2026", "--template", "missing.dotx"),
        (),
    ],
)
def test_cli_report_bad_input_exits_2_and_writes_nothing(
    register_file: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / "out" / "report.docx"
    out.parent.mkdir()
    result = run("report", *args, "--db", str(register_file), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(out.parent.iterdir()) == []


def test_cli_report_unreadable_db_and_unwritable_path(register_file: Path, tmp_path: Path) -> None:
    missing = run(
        "report", "--year", "2026", "--db", str(tmp_path / "none.sqlite3"), "--out", str(tmp_path / "r.docx")
    )
    assert missing.returncode == 2 and not (tmp_path / "r.docx").exists()
    assert not (tmp_path / "none.sqlite3").exists()
    nowhere = tmp_path / "no-such-folder" / "r.docx"
    result = run("report", "--year", "2026", "--db", str(register_file), "--out", str(nowhere))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    folder = run("report", "--year", "2026", "--db", str(register_file), "--out", str(tmp_path))
    assert folder.returncode == 2 and len(folder.stderr.strip().splitlines()) == 1


def test_cli_calendar(register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "programme.ics"
    result = run("calendar", "new-year", "--db", str(register_file), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    unknown = run("calendar", "nobody", "--db", str(register_file), "--out", str(tmp_path / "x.ics"))
    assert unknown.returncode == 2 and not (tmp_path / "x.ics").exists()
