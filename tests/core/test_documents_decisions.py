"""The decision in the briefing and the basis, the checklist's decision item, the memo
of a visit still to come, and the briefing's contacts, emergency numbers and time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from sqlite_utils import Database

from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.briefing import write_briefing
from delegation_planner.documents.memo import MemoRefused, write_memo
from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, ChecklistItem, decision_ticks_item
from delegation_planner.domain.enums import DecisionOutcome, PersonKind, Role, Side
from delegation_planner.domain.records import GripDecision, Participant, Person
from delegation_planner.interchange.service import export_text, import_file
from delegation_planner.storage import repository
from delegation_planner.storage.dialect import is_server
from tests.helpers.documents import KEY, delegation, rows_of, store, table_after

BEFORE = dt.date(2026, 3, 20)  # the trip (10–16 May 2026) is still to come
REJECTED = GripDecision(
    dt.date(2026, 4, 2), DecisionOutcome.REJECTED, "Dnr 2026-000431", "Too many politicians."
)


def box_paragraphs(document: docx.document.Document) -> list[str]:
    """Paragraphs drawn in a frame (the warning box)."""
    return [
        p.text
        for p in document.paragraphs
        if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None
    ]


def test_briefing_puts_a_rejection_in_a_box_nobody_can_miss(db: Database, tmp_path: Path) -> None:
    store(db, delegation(grip_decision=REJECTED))
    document = docx.Document(str(write_briefing(db, KEY, tmp_path / "b.docx", "sv", today=BEFORE)))
    boxed = box_paragraphs(document)
    assert len(boxed) == 1 and "avslagit" in boxed[0] and "Dnr 2026-000431" in boxed[0]
    box = next(p for p in document.paragraphs if p.text == boxed[0])
    assert all(run.bold for run in box.runs)
    # it comes before the facts, right under the title
    texts = [p.text for p in document.paragraphs]
    assert texts.index(boxed[0]) <= 4
    decision = dict(tuple(row) for row in rows_of(table_after(document, boxed[0]))[1:])
    assert decision == {
        "Beslut": "Avslag",
        "Beslutsdatum": "2 april 2026",
        "Diarienummer": "Dnr 2026-000431",
        "Villkor": "Too many politicians.",
    }


@pytest.mark.parametrize(
    ("decision", "lang", "words"),
    [
        (None, "en", "no GRIP decision is recorded"),
        (
            GripDecision(dt.date(2026, 5, 12), DecisionOutcome.APPROVED, "Dnr 9", ""),
            "da",
            "efter delegationens start",
        ),
    ],
)
def test_briefing_marks_a_missing_or_late_decision(
    db: Database, tmp_path: Path, decision: GripDecision | None, lang: str, words: str
) -> None:
    store(db, delegation(grip_decision=decision))
    document = docx.Document(str(write_briefing(db, KEY, tmp_path / "b.docx", lang, today=BEFORE)))
    boxed = box_paragraphs(document)
    assert len(boxed) == 1 and words in boxed[0]
    assert all(run.bold for p in document.paragraphs if p.text == boxed[0] for run in p.runs)


def test_briefing_states_an_approval_with_its_conditions_plainly(db: Database, tmp_path: Path) -> None:
    approval = GripDecision(
        dt.date(2026, 4, 2), DecisionOutcome.APPROVED_WITH_CONDITIONS, "Dnr 7", "At most two."
    )
    store(db, delegation(grip_decision=approval))
    document = docx.Document(str(write_briefing(db, KEY, tmp_path / "b.docx", "en", today=BEFORE)))
    boxed = box_paragraphs(document)
    assert boxed == ["GRIP approved political participation (Dnr 7, 2 April 2026, Approved with conditions)."]
    box = next(p for p in document.paragraphs if p.text == boxed[0])
    assert not any(run.bold for run in box.runs)
    decision = dict(tuple(row) for row in rows_of(table_after(document, boxed[0]))[1:])
    assert decision["Conditions"] == "At most two."


@pytest.mark.parametrize(
    ("outcome", "ticked"),
    [
        (DecisionOutcome.APPROVED, True),
        (DecisionOutcome.APPROVED_WITH_CONDITIONS, True),
        (DecisionOutcome.REJECTED, False),
        (None, False),
    ],
)
def test_only_an_approval_ticks_the_decision_item(outcome: DecisionOutcome | None, ticked: bool) -> None:
    decision = GripDecision(dt.date(2026, 4, 2), outcome) if outcome else None
    assert decision_ticks_item(decision) is ticked
    item = ChecklistItem("GRIP decision recorded", auto=AUTO_GRIP_DECISION, done=True)
    assert item.is_done(delegation(grip_decision=decision)) is ticked


def test_the_stored_checklist_lists_the_decision_item_after_a_rejection(db: Database, tmp_path: Path) -> None:
    from delegation_planner.storage.checklists import save_checklist

    store(db, delegation(grip_decision=REJECTED))
    save_checklist(
        db, KEY, [ChecklistItem("GRIP decision recorded", days_before=45, auto=AUTO_GRIP_DECISION, done=True)]
    )
    document = docx.Document(str(write_briefing(db, KEY, tmp_path / "b.docx", "en", today=BEFORE)))
    items = rows_of(table_after(document, "Open checklist items"))
    assert items[1][0] == "GRIP decision recorded"


def test_memo_of_a_visit_still_to_come_is_refused_unless_asked_for(db: Database, tmp_path: Path) -> None:
    store(db)
    target = tmp_path / "memo.docx"
    with pytest.raises(MemoRefused, match="has not taken place yet"):
        write_memo(db, KEY, target, "sv", today=BEFORE)
    assert not target.exists()
    write_memo(db, KEY, target, "sv", today=BEFORE, before_the_visit=True)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Besöket har ännu inte ägt rum." in texts
    # on the last day of the visit the memo may be written
    write_memo(db, KEY, target, "sv", today=dt.date(2026, 5, 16))


def test_briefing_contacts_once_with_phone_emergency_and_time_difference(
    db: Database, tmp_path: Path
) -> None:
    store(db)
    chair = repository.people_by_keys(db, ["chair"])[0]
    chair.phone = "+46 70 123 45 67"
    repository.save_person(db, chair)
    path = write_briefing(db, KEY, tmp_path / "b.docx", "sv", today=BEFORE, duty_phone="+46 40 675 30 00")
    document = docx.Document(str(path))
    home = rows_of(table_after(document, "Egna deltagare (2)"))
    assert home[1][0] == "Anna Svensson" and home[1][3].endswith("+46 70 123 45 67")
    names = [row[0] for table in document.tables for row in rows_of(table)]
    assert names.count("Anna Svensson") == 1
    emergency = dict(tuple(row) for row in rows_of(table_after(document, "Nödkontakter")))
    assert emergency["Kontorets jourtelefon"] == "+46 40 675 30 00"
    assert set(emergency["Larmnummer på resmålet"]) == {"_"}  # a line to fill in
    texts = [p.text for p in document.paragraphs]
    # Nanjing is on China time, six hours ahead of Swedish summer time in May
    assert "Tidsskillnad: Jiangsu ligger 6 timmar före svensk tid." in texts


def test_a_phone_is_kept_by_the_register_and_stays_out_of_the_interchange_file(
    db: Database, tmp_path: Path
) -> None:
    store(db)
    person = Person(
        "phoned", "Per Phone", PersonKind.OFFICIAL, email="per@example.org", phone="+45 12 34 56 78"
    )
    repository.save_person(db, person)
    assert repository.people_by_keys(db, ["phoned"])[0].phone == "+45 12 34 56 78"
    text = export_text(db)
    assert "+45 12 34 56 78" not in text
    # importing the register's own file again keeps the office's phone number
    exported = tmp_path / "register.json"
    exported.write_text(text, encoding="utf-8")
    import_file(db, exported)
    assert repository.people_by_keys(db, ["phoned"])[0].phone == "+45 12 34 56 78"
    steps = "register_migrations" if is_server(db) else "_sqlite_migrations"
    assert db.execute(f"SELECT name FROM {steps} WHERE name = '0005_people_phone'").fetchone()


def test_basis_carries_what_the_decision_body_decides_on(db: Database, tmp_path: Path) -> None:
    record = delegation(grip_decision=None)
    record.participants.append(
        Participant("soren", Side.HOME, Role.MEMBER, "Knows the partners at JITRI well.")
    )
    record.participants = [
        p for p in record.participants if not (p.person == "soren" and not p.justification)
    ]
    store(db, record)
    document = docx.Document(
        str(write_basis(db, KEY, tmp_path / "b.docx", "sv", today=BEFORE, officer="Karin Holm"))
    )
    texts = [p.text for p in document.paragraphs]
    for heading in (
        "Syfte och förväntade resultat",
        "Deltagare och motivering",
        "Program i sammandrag",
        "Beräknade kostnader",
        "Kriterier för politiskt deltagande",
        "Förslag till beslut",
    ):
        assert heading in texts, heading
    assert "Handläggare: Karin Holm" in texts
    participants = rows_of(table_after(document, "Deltagare och motivering"))
    assert (
        participants[2][0] == "Søren Ærø Østergård"
        and participants[2][3] == "Knows the partners at JITRI well."
    )
    costs = rows_of(table_after(document, "Beräknade kostnader"))
    assert ["Resor", "42\u00a0000\u00a0kr"] in costs and ["Summa DKK", "4\u00a0500\u00a0DKK"] in costs
    proposal = texts[texts.index("Förslag till beslut") + 1]
    assert proposal.startswith("GRIP föreslås besluta att bevilja politiskt deltagande för Anna Svensson")
    box = dict(tuple(row) for row in rows_of(table_after(document, "Förslag till beslut"))[1:])
    assert set(box) == {"Beslut", "Villkor", "Datum", "Diarienummer", "Underskrift", "Namnförtydligande"}
    assert "Avslag" in box["Beslut"]


def test_basis_proposes_rejection_when_a_criterion_fails(db: Database, tmp_path: Path) -> None:
    record = delegation(grip_decision=None)
    record.participants[0] = Participant("chair", Side.HOME, Role.LEADER, "Short.")
    store(db, record)
    document = docx.Document(str(write_basis(db, KEY, tmp_path / "b.docx", "da", today=BEFORE)))
    texts = [p.text for p in document.paragraphs]
    proposal = texts[texts.index("Indstilling") + 1]
    assert proposal.startswith("Det indstilles, at GRIP ikke godkender")
    assert "Hver politikers deltagelse er begrundet" in proposal
