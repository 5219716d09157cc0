"""The visit memo (contract §3), re-opened with python-docx and read cell by cell."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents.memo import (
    MemoRefused,
    missing_follow_up,
    suggested_file_name,
    write_memo,
)
from delegation_planner.domain.enums import FollowUpStatus
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import FollowUpPoint
from delegation_planner.storage.errors import NotFoundError
from tests.helpers.documents import (
    KEY,
    TITLE,
    all_paragraph_texts,
    delegation,
    rows_of,
    store,
    table_after,
)

TODAY = dt.date(2026, 5, 20)

# What each language must show for the example delegation.
EXPECTED = {
    "sv": {
        "memo": "Besöksrapport",
        "follow_up": "Uppföljningspunkter",
        "costs": "Kostnader",
        "participants": "Deltagare",
        "programme": "Program",
        "due1": "15 juni 2026",
        "due2": "1 september 2026",
        "open": "Öppen",
        "done": "Klar",
        "decision": "Dnr 2026-000123, 2 april 2026, Bifall",
        "grip": "GRIP-beslut",
        "home": "Egna deltagare (2)",
        "partner": "Partnerns deltagare (2)",
        # the home currency as CLDR writes it, a foreign one by its code
        "sek_total": ["Summa SEK", "60\xa0000,50\xa0kr", "56\xa0750\xa0kr"],
        "dkk_total": ["Summa DKK", "4\xa0500\xa0DKK", "2\xa0750,25\xa0DKK"],
        "travel": ["Resor", "42\xa0000\xa0kr", "39\xa0500\xa0kr"],
        "dates": "10–16 maj 2026",
        "first_item": "11 maj 2026, 09:00–11:00",
        "place": "Jiangsu, Kina",
    },
    "da": {
        "memo": "Besøgsnotat",
        "follow_up": "Opfølgningspunkter",
        "costs": "Omkostninger",
        "participants": "Deltagere",
        "programme": "Program",
        "due1": "15. juni 2026",
        "due2": "1. september 2026",
        "open": "Åben",
        "done": "Udført",
        "decision": "Dnr 2026-000123, 2. april 2026, Godkendt",
        "grip": "GRIP-beslutning",
        "home": "Egne deltagere (2)",
        "partner": "Partnerens deltagere (2)",
        "sek_total": ["I alt SEK", "60.000,50\xa0SEK", "56.750\xa0SEK"],
        "dkk_total": ["I alt DKK", "4.500\xa0kr.", "2.750,25\xa0kr."],
        "travel": ["Rejser", "42.000\xa0SEK", "39.500\xa0SEK"],
        "dates": "10.–16. maj 2026",
        "first_item": "11. maj 2026, kl. 09.00–11.00",
        "place": "Jiangsu, Kina",
    },
    "en": {
        "memo": "Visit memo",
        "follow_up": "Follow-up points",
        "costs": "Costs",
        "participants": "Participants",
        "programme": "Programme",
        "due1": "15 June 2026",
        "due2": "1 September 2026",
        "open": "Open",
        "done": "Done",
        "decision": "Dnr 2026-000123, 2 April 2026, Approved",
        "grip": "GRIP decision",
        "home": "Our participants (2)",
        "partner": "Partner's participants (2)",
        "sek_total": ["Total SEK", "SEK\xa060,000.50", "SEK\xa056,750"],
        "dkk_total": ["Total DKK", "DKK\xa04,500", "DKK\xa02,750.25"],
        "travel": ["Travel", "SEK\xa042,000", "SEK\xa039,500"],
        "dates": "10–16 May 2026",
        "first_item": "11 May 2026, 09:00–11:00",
        "place": "Jiangsu, China",
    },
}


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_memo_in_each_language(db: Database, tmp_path: Path, lang: str) -> None:
    store(db)
    out = write_memo(db, KEY, tmp_path / "memo.docx", lang, today=TODAY)
    assert out == tmp_path / "memo.docx"
    document = docx.Document(str(out))
    want = EXPECTED[lang]
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == want["memo"]
    assert paragraphs[1] == TITLE
    for heading in ("participants", "programme", "follow_up", "costs"):
        assert want[heading] in paragraphs

    facts = dict(tuple(row) for row in rows_of(document.tables[0]))
    assert facts[want["grip"]] == want["decision"]
    assert want["dates"] in facts.values()
    assert want["place"] in facts.values()  # the country by name: "Jiangsu, Kina"

    follow_up = rows_of(table_after(document, want["follow_up"]))
    assert follow_up[1] == [
        "1",
        "Send the draft MoU to JITRI",
        "Anna Svensson (Region Skåne)",
        want["due1"],
        want["open"],
    ]
    assert follow_up[2] == [
        "2",
        "Invite 李娜 to Medicon Village",
        "International office",
        want["due2"],
        want["done"],
    ]

    costs = rows_of(table_after(document, want["costs"]))
    assert want["travel"] in costs
    assert want["sek_total"] in costs
    assert want["dkk_total"] in costs
    # never a total over both currencies: one total row per currency, each amount with its own
    totals = [row for row in costs if row[0].endswith(("SEK", "DKK"))]
    assert len(totals) == 2
    for row in totals:  # each total in one currency only (its code, or "kr" for the home one)
        assert len({re.sub(r"[\d\s.,]", "", cell) for cell in row[1:] if cell != "–"}) == 1

    programme = rows_of(table_after(document, want["programme"]))
    assert programme[1][0] == want["first_item"]
    assert programme[1][1:] == [
        "Meeting at JITRI",
        "Nanjing",
        "Jiangsu Industrial Technology Research Institute",
    ]
    assert programme[2][1] == "Factory visit <Suzhou> & lunch"  # sorted by start, written as typed

    assert want["home"] in paragraphs and want["partner"] in paragraphs
    home = rows_of(table_after(document, want["home"]))
    assert home[2][:3] == ["Søren Ærø Østergård", "Seniorrådgiver", "Medicon Valley Alliance"]
    partner = rows_of(table_after(document, want["partner"]))
    assert partner[1][0] == "王小明 (Wang Xiaoming)"


def test_memo_notes_keep_paragraphs_and_line_breaks(db: Database, tmp_path: Path) -> None:
    store(db)
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "en", today=TODAY)))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Good meetings.\nThe MoU text is agreed 👍." in paragraphs
    assert "Next: a workshop in Lund." in paragraphs


def test_memo_header_names_the_office_and_the_footer_numbers_pages(db: Database, tmp_path: Path) -> None:
    from delegation_planner.domain.office import shipped_profile
    from delegation_planner.storage.office_store import use_office

    store(db)
    use_office(db, shipped_profile("hovedstaden"))
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "da", today=TODAY)))
    header = document.sections[0].header.paragraphs
    assert header[0].text == "Region Hovedstaden\tBesøgsnotat"
    # the document's date and reference on every page, as an authority's documents have them
    assert header[1].text == "Dato 20. maj 2026\tDnr 2026-000123"
    footer_xml = document.sections[0].footer._element.xml
    # "2 (5)": page and number of pages
    assert 'w:instr=" PAGE' in footer_xml and 'w:instr=" NUMPAGES' in footer_xml
    assert document.sections[0].footer.paragraphs[0].text == " ()"
    assert document.core_properties.language == "da-DK"


def test_memo_without_politicians_has_no_grip_line(db: Database, tmp_path: Path) -> None:
    record = delegation()
    record.participants = [p for p in record.participants if p.person != "chair"]
    store(db, record)
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "en", today=TODAY)))
    facts = dict(tuple(row) for row in rows_of(document.tables[0]))
    assert "GRIP decision" not in facts


def test_memo_with_politicians_but_no_decision_says_so(db: Database, tmp_path: Path) -> None:
    store(db, delegation(grip_decision=None))
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "en", today=TODAY)))
    facts = dict(tuple(row) for row in rows_of(document.tables[0]))
    assert facts["GRIP decision"] == "No GRIP decision recorded"


INCOMPLETE = [
    FollowUpPoint("", "chair", dt.date(2026, 6, 1)),
    FollowUpPoint("Write to JITRI", "", dt.date(2026, 6, 1)),
    FollowUpPoint("Call the cluster", "chair", None, FollowUpStatus.OPEN),
]


def test_missing_follow_up_names_each_gap() -> None:
    message = missing_follow_up(delegation(follow_up_points=INCOMPLETE), PolicyProfile())
    assert message == (
        "The visit memo needs at least 1 complete follow-up point (text, owner and due date); "
        f"'{TITLE}' has none: point 1 has no text, point 2 has no owner, point 3 has no due date."
    )
    assert missing_follow_up(delegation(), PolicyProfile()) is None
    none_at_all = missing_follow_up(delegation(follow_up_points=[]), PolicyProfile())
    assert none_at_all is not None and none_at_all.endswith("has none: no follow-up points are recorded.")
    two = missing_follow_up(delegation(), PolicyProfile(min_follow_up_points=3))
    assert two is not None and "at least 3 complete follow-up points" in two and "has only 2" in two


def test_refused_memo_writes_no_file(db: Database, tmp_path: Path) -> None:
    store(db, delegation(follow_up_points=INCOMPLETE))
    target = tmp_path / "memo.docx"
    with pytest.raises(MemoRefused, match="point 2 has no owner"):
        write_memo(db, KEY, target, "sv")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "register.sqlite3") == []


def test_refused_memo_leaves_an_existing_file_untouched(db: Database, tmp_path: Path) -> None:
    store(db, delegation(follow_up_points=[]))
    target = tmp_path / "memo.docx"
    target.write_bytes(b"the earlier memo")
    with pytest.raises(MemoRefused):
        write_memo(db, KEY, target, "en")
    assert target.read_bytes() == b"the earlier memo"


def test_policy_minimum_is_the_office_setting(db: Database, tmp_path: Path) -> None:
    store(db, policy=PolicyProfile(min_follow_up_points=3))
    with pytest.raises(MemoRefused, match="at least 3"):
        write_memo(db, KEY, tmp_path / "m.docx")
    assert not (tmp_path / "m.docx").exists()


def test_memo_replaces_an_existing_file_whole(db: Database, tmp_path: Path) -> None:
    store(db)
    target = tmp_path / "memo.docx"
    target.write_bytes(b"old")
    write_memo(db, KEY, target, "sv", today=TODAY)
    assert docx.Document(str(target)).paragraphs[0].text == "Besöksrapport"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "register.sqlite3") == ["memo.docx"]


def test_unknown_delegation_and_language_write_nothing(db: Database, tmp_path: Path) -> None:
    store(db)
    with pytest.raises(NotFoundError):
        write_memo(db, "nope", tmp_path / "a.docx")
    with pytest.raises(ValueError, match="sv, da, en"):
        write_memo(db, KEY, tmp_path / "b.docx", "fi")
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "b.docx").exists()


def test_suggested_file_name_is_safe_everywhere() -> None:
    assert (
        suggested_file_name(delegation(), "sv")
        == "Besöksrapport 2026-05-10 Business delegation to Jiangsu.docx"
    )
    assert suggested_file_name(delegation(), "da").startswith("Besøgsnotat 2026-05-10 ")
    awkward = suggested_file_name(delegation(title='A/B: "C" <d>|e*?\\f\x07 ... '), "en")
    assert awkward == "Visit memo 2026-05-10 A B C d e f.docx"
    long = suggested_file_name(delegation(title="Delegation " * 40), "en")
    assert len(long) <= 120 and long.endswith(".docx") and not long[:-5].endswith((" ", "."))


def test_all_text_of_the_memo_is_reachable(db: Database, tmp_path: Path) -> None:
    store(db)
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "en", today=TODAY)))
    text = "\n".join(all_paragraph_texts(document))
    for needle in ("Anna Svensson", "Søren Ærø Østergård", "李娜", "Written 20 May 2026 · Region Skåne"):
        assert needle in text
