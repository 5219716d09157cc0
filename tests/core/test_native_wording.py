"""The documents read as a Swedish authority's PM and a Danish region's notat: one pair of decision
words in the tables and the decision box, names joined with och/og, counts that agree with their
nouns, no abbreviation's point doubled; and a Danish office's documents never name GRIP or Skåne."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest

from delegation_planner.demo import create_demo_database
from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.briefing import write_briefing
from delegation_planner.documents.memo import write_memo
from delegation_planner.documents.report import write_report
from delegation_planner.storage.database import open_database

TODAY = dt.date(2026, 11, 29)


def _text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demos")
    paths = {}
    for office in ("skane", "hovedstaden", "midtjylland"):
        paths[office] = folder / f"{office}.sqlite3"
        create_demo_database(paths[office], today=TODAY, office=office)
    return paths


def test_a_swedish_basis_proposes_and_boxes_the_decision_as_a_swedish_authority_does(demos, tmp_path):
    db = open_database(demos["skane"])
    text = _text(write_basis(db, "guangdong-political-upcoming", tmp_path / "b.docx", "sv", today=TODAY))
    db.close()
    # One pair of nouns in the history and the box; a proposal, not a decision already taken.
    assert "☐ Bifall\t☐ Bifall med villkor\t☐ Avslag" in text
    assert re.search(r"\nAvslag\n", text)
    assert "GRIP föreslås besluta att bevilja politiskt deltagande för" in text
    assert "Jörgen Åkesson, Birgitta Ödman och Håkan Sjöström i delegationen ”" in text
    assert "Politikerna" not in text  # Region Skåne's politicians are förtroendevalda


def test_a_danish_basis_says_vilkaar_and_ikke_godkendt(demos, tmp_path):
    db = open_database(demos["hovedstaden"])
    text = _text(write_basis(db, "jiangsu-healthtech-upcoming", tmp_path / "b.docx", "da", today=TODAY))
    db.close()
    assert "☐ Godkendt\t☐ Godkendt med vilkår\t☐ Ikke godkendt" in text
    assert "\nVilkår\n" in text and "etingelser" not in text
    assert (
        "Det indstilles, at Forretningsudvalget godkender, at Jens Løvgreen deltager i delegationen »" in text
    )
    assert "inden for grænsen på tre" in text


def test_the_annual_reports_count_in_words_that_agree(demos, tmp_path):
    db = open_database(demos["skane"])
    swedish = _text(write_report(db, 2012, tmp_path / "sv.docx", "sv", today=TODAY))
    db.close()
    assert "Uppföljningspunkter: 4, varav 3 klara och 1 öppen (1 försenad)." in swedish
    assert "varav 1 försenade" not in swedish
    assert "6\xa0000\xa0CNY, 960\xa0EUR och 94\xa0250\xa0kr." in swedish
    assert "Förtroendevaldas deltagande" in swedish and "Politikers deltagande" not in swedish
    db = open_database(demos["hovedstaden"])
    danish = _text(write_report(db, 2016, tmp_path / "da.docx", "da", today=TODAY))
    db.close()
    assert "kr.." not in danish
    assert "Forbruget på de gennemførte delegationer er 607.500\xa0kr. i alt." in danish
    assert "Opfølgningspunkter: 8, heraf 6 udførte og 0 åbne (0 overskredne)." in danish


@pytest.mark.parametrize("office", ["hovedstaden", "midtjylland"])
@pytest.mark.parametrize("lang", ["sv", "da"])
def test_a_danish_office_names_neither_grip_nor_skane_in_any_document(demos, tmp_path, office, lang):
    db = open_database(demos[office])
    rows = db.execute("SELECT id, start, status FROM delegations ORDER BY start").fetchall()
    done = next(key for key, _start, status in reversed(rows) if status == "completed")
    coming = next(key for key, _start, status in rows if status == "planned")
    year = int(next(start for key, start, _s in rows if key == done)[:4])
    written = [
        write_memo(db, done, tmp_path / "memo.docx", lang, today=TODAY),
        write_basis(db, coming, tmp_path / "basis.docx", lang, today=TODAY),
        write_briefing(db, coming, tmp_path / "briefing.docx", lang, today=TODAY),
        write_report(db, year, tmp_path / "report.docx", lang, today=TODAY),
    ]
    db.close()
    for path in written:
        text = _text(path)
        assert not re.search(r"\bGRIP\b", text), path.name
        assert "Skåne" not in text, path.name
