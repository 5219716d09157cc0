"""The GRIP decision basis and the pre-trip briefing, read back cell by cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents import basis, briefing
from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.briefing import write_briefing
from delegation_planner.domain.enums import DecisionOutcome, InitiatorKind
from delegation_planner.domain.records import GripDecision, Initiator
from delegation_planner.storage import repository
from tests.helpers.documents import KEY, TITLE, delegation, rows_of, store, table_after

TODAY = dt.date(2026, 3, 20)


def test_basis_lists_initiator_politicians_criteria_and_verdict(db: Database, tmp_path: Path) -> None:
    store(db)
    document = docx.Document(str(write_basis(db, KEY, tmp_path / "b.docx", "sv", today=TODAY)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:2] == ["Beslutsunderlag för GRIP", TITLE]

    facts = dict(tuple(row) for row in rows_of(document.tables[0]))
    assert facts["Syfte"] == "Näringslivsfrämjande"
    assert facts["Teman"] == "Life science, Hälso- och sjukvård"

    initiator = dict(tuple(row) for row in rows_of(table_after(document, "Initiativtagare"))[1:])
    assert initiator == {
        "Typ av initiativtagare": "Kluster",
        "Organisation": "Medicon Valley Alliance",
        "Har begärt politiskt deltagande": "Ja",
    }

    participants = rows_of(table_after(document, "Deltagare och motivering"))
    # our side only, politicians first: the vice governor (partner side) is not listed
    assert participants[1][0] == "Anna Svensson"
    assert participants[1][2] == "Delegationsledare\nFörtroendevald"
    assert participants[1][3] == "Signs the thematic agreement with the vice governor."
    assert "王小明 (Wang Xiaoming)" not in [row[0] for row in participants]

    criteria = rows_of(table_after(document, "Kriterier för politiskt deltagande"))
    assert [row[0] for row in criteria[1:]] == [
        "Varje förtroendevalds deltagande är motiverat",
        "Ingen stor politisk delegation",
        "Initierad underifrån (näringslivsfrämjande)",
        "GRIP-beslut före starten",
        "Inom regionens prioriterade teman",
    ]
    assert {row[1] for row in criteria[1:]} == {"✔ Uppfyllt"}
    # the explanation is Swedish too, the date written the Swedish way
    assert (
        criteria[4][2] == "GRIP beviljade deltagandet för Anna Svensson den 2 april 2026 (Dnr 2026-000123)."
    )
    assert "Samlad bedömning: ✔ Uppfyllt" in paragraphs

    history = rows_of(table_after(document, "Beslutshistorik"))
    assert history[1][1:4] == ["2 april 2026", "Dnr 2026-000123", "Bifall"]


def test_basis_shows_failures_and_the_whole_decision_history(db: Database, tmp_path: Path) -> None:
    record = store(
        db,
        delegation(
            initiator=Initiator(InitiatorKind.POLITICAL),
            grip_decision=GripDecision(dt.date(2026, 4, 1), DecisionOutcome.REJECTED, "Dnr 1", "Too many"),
        ),
    )
    loaded, revision = repository.load_delegation(db, record.id)
    loaded.grip_decision = None  # withdrawn
    repository.save_delegation(db, loaded, revision)
    document = docx.Document(str(write_basis(db, KEY, tmp_path / "b.docx", "en", today=TODAY)))
    criteria = {
        row[0]: row[1] for row in rows_of(table_after(document, "Criteria for political participation"))[1:]
    }
    assert criteria["Initiated from below (business promotion)"] == "✖ Fail"
    assert criteria["GRIP decision before the start"] == "✖ Fail"
    assert "Verdict: ✖ Fail" in [p.text for p in document.paragraphs]
    initiator = dict(tuple(row) for row in rows_of(table_after(document, "Initiator")))
    assert (
        initiator["Kind of initiator"] == "Political initiative"
        and initiator["Asked for political participation"] == "Unknown"
    )
    history = rows_of(table_after(document, "Decision history"))
    assert [row[3] for row in history[1:]] == ["Rejected", "Decision withdrawn"]
    assert history[1][4] == "Too many"


def test_basis_without_politicians_says_so_and_has_no_history(db: Database, tmp_path: Path) -> None:
    record = delegation(grip_decision=None)
    record.participants = [p for p in record.participants if p.person != "chair"]
    store(db, record)
    document = docx.Document(str(write_basis(db, KEY, tmp_path / "b.docx", "da", today=TODAY)))
    paragraphs = [p.text for p in document.paragraphs]
    assert (
        "Ingen politikere fra Region Skåne deltager; delegationen kræver ingen beslutning i GRIP."
        in paragraphs
    )
    assert "Beslutningshistorik" not in paragraphs
    criteria = {
        row[0]: row[1] for row in rows_of(table_after(document, "Kriterier for politisk deltagelse"))[1:]
    }
    assert criteria["Ingen stor politisk delegation"] == "– Ikke relevant"


def test_briefing_has_programme_participants_contacts_and_open_items(db: Database, tmp_path: Path) -> None:
    store(db)
    items = [("Visas applied for", "Søren Ærø Østergård", dt.date(2026, 4, 10)), ("Gifts chosen", "", None)]
    out = write_briefing(db, KEY, tmp_path / "brief.docx", "en", open_items=items, today=TODAY)
    document = docx.Document(str(out))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:2] == ["Pre-trip briefing", TITLE]
    programme = rows_of(table_after(document, "Programme"))
    assert [row[1] for row in programme[1:]] == ["Meeting at JITRI", "Factory visit <Suzhou> & lunch"]
    # everyone once, in one contact table per side
    home = rows_of(table_after(document, "Our participants (2)"))
    assert home[1] == [
        "Anna Svensson",
        "Chair of the regional board\nRegion Skåne",
        "Leader",
        "anna@example.org",
    ]
    partner = rows_of(table_after(document, "Partner's participants (2)"))
    assert partner[1][0] == "王小明 (Wang Xiaoming)"
    names = [row[0] for table in document.tables for row in rows_of(table)]
    assert names.count("Anna Svensson") == 1
    open_items = rows_of(table_after(document, "Open checklist items"))
    assert open_items[1:] == [
        ["Visas applied for", "Søren Ærø Østergård", "10 April 2026"],
        ["Gifts chosen", "", ""],
    ]


@pytest.mark.parametrize(
    ("lang", "heading", "none"), [("sv", "Öppna punkter på checklistan", "Inga uppgifter.")]
)
def test_briefing_without_open_items(
    db: Database, tmp_path: Path, lang: str, heading: str, none: str
) -> None:
    store(db)
    document = docx.Document(str(write_briefing(db, KEY, tmp_path / "b.docx", lang, today=TODAY)))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[paragraphs.index(heading) + 1] == none


def test_suggested_names_of_the_other_documents() -> None:
    assert basis.suggested_file_name(delegation(), "en") == f"Decision basis for GRIP 2026-05-10 {TITLE}.docx"
    assert briefing.suggested_file_name(delegation(), "da") == f"Rejseinformation 2026-05-10 {TITLE}.docx"
