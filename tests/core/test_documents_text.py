"""Hard text never breaks a document, and each language writes dates and money its own way."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents.labels import LANGUAGES, Labels, texts_by_language, words_by_language
from delegation_planner.documents.memo import write_memo
from delegation_planner.documents.text_xml import clean_text
from delegation_planner.documents.word_lists import list_name
from delegation_planner.domain import enums
from delegation_planner.domain.grip import CRITERIA
from delegation_planner.domain.records import FollowUpPoint, Organisation, Person
from delegation_planner.domain.text import theme_label
from delegation_planner.storage import repository
from tests.helpers.documents import KEY, all_paragraph_texts, delegation, rows_of, store, table_after

HARD = "Söder & <Partner> \"quoted\" 'single' 江苏省 😀 Ærø\ttab"


def test_clean_text_removes_controls_and_keeps_the_rest() -> None:
    assert clean_text("a\x07b\x00c\x1bd\x85e") == "abcde"
    assert clean_text("line\r\nnext\rthird") == "line\nnext\nthird"
    assert clean_text(HARD) == HARD
    assert clean_text(None) == ""


def test_hard_text_round_trips_through_the_memo(db: Database, tmp_path: Path) -> None:
    store(db)
    repository.save_organisation(
        db, Organisation("odd", HARD.replace("\t", " "), enums.OrganisationKind.OTHER)
    )
    repository.save_person(
        db, Person("odd-person", 'Zhāng 张伟 <CEO> & "Co"', enums.PersonKind.BUSINESS, "", "odd")
    )
    record = delegation(
        title='Jiangsu <2026> & "friends" 🚄',
        notes="Bell\x07 rang.\nSecond line & <more>.",
        follow_up_points=[
            FollowUpPoint(
                'Send <MoU> & "annex" to 江苏 😀\nthen call\x07', "odd-person", dt.date(2026, 6, 1)
            ),
            FollowUpPoint("Ask Æbeltoft 'gently'", "Unit <Asia> & Co", dt.date(2026, 7, 1)),
        ],
    )
    store(db, record)
    out = write_memo(db, KEY, tmp_path / "hard.docx", "da", today=dt.date(2026, 5, 20))
    document = docx.Document(str(out))
    assert document.paragraphs[1].text == 'Jiangsu <2026> & "friends" 🚄'
    assert "Bell rang.\nSecond line & <more>." in [p.text for p in document.paragraphs]
    rows = rows_of(table_after(document, "Opfølgningspunkter"))
    assert rows[1][1] == 'Send <MoU> & "annex" to 江苏 😀\nthen call'
    expected_owner = f'Zhāng 张伟 <CEO> & "Co" ({HARD.replace(chr(9), " ")})'
    assert rows[1][2] == expected_owner
    assert rows[2][1:3] == ["Ask Æbeltoft 'gently'", "Unit <Asia> & Co"]
    assert not any("\x07" in text for text in all_paragraph_texts(document))
    # a newline inside a cell is a line break in the same paragraph, not a new paragraph
    cell = table_after(document, "Opfølgningspunkter").rows[1].cells[1]
    assert len(cell.paragraphs) == 1 and "<w:br/>" in cell.paragraphs[0]._p.xml


@pytest.mark.parametrize(
    ("lang", "date", "money", "big", "sek"),
    [
        ("sv", "10 maj 2026", "42\u00a0000", "1\u00a0234\u00a0567,89", "42\u00a0000\u00a0kr"),
        ("da", "10. maj 2026", "42.000", "1.234.567,89", "42.000\u00a0SEK"),
        ("en", "10 May 2026", "42,000", "1,234,567.89", "SEK\u00a042,000"),
    ],
)
def test_dates_and_money_per_language(lang: str, date: str, money: str, big: str, sek: str) -> None:
    labels = Labels.for_language(lang)
    assert labels.date(dt.date(2026, 5, 10)) == date
    # a whole amount without ",00"; others with two decimals; with the currency when given
    assert labels.money(42000) == money
    assert labels.money(1234567.891) == big
    # CLDR's form: the home currency as "kr", another by its ISO code, never split from its number
    assert labels.money(42000, "SEK") == sek
    assert "0,50\u00a0EUR" in labels.money(0.5, "EUR") or "EUR\u00a00.50" in labels.money(0.5, "EUR")
    assert labels.money(None) == "–"
    assert labels.date(None) == ""


def test_every_language_has_every_text_and_word() -> None:
    texts, words = texts_by_language(), words_by_language()
    for lang in LANGUAGES:
        assert set(texts[lang]) == set(texts["en"]), lang
        assert set(words[lang]) == set(words["en"]), lang
    for lang in LANGUAGES:
        for enum in (
            enums.Direction,
            enums.Purpose,
            enums.Side,
            enums.Role,
            enums.CostCategory,
            enums.FollowUpStatus,
            enums.DecisionOutcome,
            enums.OrganisationKind,
            enums.InitiatorKind,
            enums.PersonKind,
            enums.Level,
            enums.AgreementScope,
            enums.AgreementStatus,
            enums.ResultKind,
        ):
            assert set(words[lang][list_name(enum)]) == {m.value for m in enum}, (lang, enum.__name__)
    for lang in LANGUAGES:
        labels = Labels.for_language(lang)
        assert all(labels.criterion(c) != c for c in CRITERIA)


def test_levels_read_without_colour() -> None:
    labels = Labels.for_language("en")
    assert [labels.level(level) for level in enums.Level] == [
        "✔ Pass",
        "⚠ Warning",
        "✖ Fail",
        "– Not applicable",
    ]


def test_unknown_language_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match="can be written in sv, da, en, not 'de'"):
        Labels.for_language("de")


def test_theme_labels_write_known_acronyms_in_capitals() -> None:
    assert theme_label("ict") == "ICT"
    assert theme_label("ict_services") == "ICT services"
    assert theme_label("digital_ict") == "Digital ICT"
    assert theme_label("life_science") == "Life science"
    assert theme_label("food") == "Food"


def test_the_list_of_invisible_characters_is_every_format_character() -> None:
    import sys
    import unicodedata

    from delegation_planner.domain import text

    missing = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not text._INVISIBLE.match(chr(code))
    ]
    assert missing == []
    assert text.invisible_character("Anna Svensson") is None
    assert text.combining_run_problem("Nguyễn " + "e\u0302\u0301") is None  # Vietnamese needs two
    assert text.printable("ok\x1b[0m\u202e", 200) == "ok\\x1b[0m\\u202e"
