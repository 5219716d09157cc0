"""What every document carries as an authority's document: long titles, page facts,
Word's current mode, accessible tables and pictures, rows kept whole, the office's
template with text boxes and content controls."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from sqlite_utils import Database

from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.briefing import write_briefing
from delegation_planner.documents.memo import write_memo
from delegation_planner.documents.package import MAX_PROPERTY, fit_property
from delegation_planner.documents.report import write_report
from delegation_planner.documents.template import build_template, open_template
from delegation_planner.documents.writer import Column, Writer
from tests.helpers.documents import KEY, delegation, rows_of, store, table_after

TODAY = dt.date(2026, 5, 20)
LONG_TITLE = ("Politically led business delegation to Jiangsu, Nanjing and Suzhou " * 20)[:1000]
WP_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def every_kind(db: Database, folder: Path, lang: str = "sv") -> dict[str, Path]:
    return {
        "memo": write_memo(db, KEY, folder / f"memo-{lang}.docx", lang, today=TODAY, officer="Karin Holm"),
        "basis": write_basis(db, KEY, folder / f"basis-{lang}.docx", lang, today=TODAY, officer="Karin Holm"),
        "briefing": write_briefing(db, KEY, folder / f"briefing-{lang}.docx", lang, today=TODAY),
        "report": write_report(db, 2026, folder / f"report-{lang}.docx", lang, today=TODAY),
    }


def settings_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("word/settings.xml").decode("utf-8")


def test_every_kind_writes_for_a_title_of_a_thousand_characters(db: Database, tmp_path: Path) -> None:
    store(db, delegation(title=LONG_TITLE))
    for kind, path in every_kind(db, tmp_path).items():
        document = docx.Document(str(path))
        title = document.core_properties.title
        assert len(title) <= MAX_PROPERTY, kind
        if kind == "report":
            # the delegation's section is headed by its whole title
            assert LONG_TITLE in [p.text for p in document.paragraphs]
        else:
            assert title.endswith("…"), kind
            # the document's text keeps the whole title
            assert LONG_TITLE in [p.text for p in document.paragraphs], kind


def test_a_shortened_property_ends_at_a_word_with_an_ellipsis() -> None:
    assert fit_property("short title") == "short title"
    cut = fit_property("word " * 100)
    assert len(cut) <= MAX_PROPERTY and cut.endswith("word…")


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_every_kind_opens_in_words_current_mode(db: Database, tmp_path: Path, lang: str) -> None:
    store(db)
    for kind, path in every_kind(db, tmp_path, lang).items():
        settings = settings_xml(path)
        assert 'w:name="compatibilityMode"' in settings and 'w:val="15"' in settings, kind
        assert settings.count('w:name="compatibilityMode"') == 1, kind
        with zipfile.ZipFile(path) as package:
            app = package.read("docProps/app.xml").decode("utf-8")
            assert "<Application>Delegation Planner</Application>" in app, kind
            assert "<Pages>" not in app and "<Words>" not in app, kind
            assert "docProps/thumbnail.jpeg" not in package.read("_rels/.rels").decode("utf-8"), kind
        document = docx.Document(str(path))
        assert document.core_properties.language == {"sv": "sv-SE", "da": "da-DK", "en": "en-GB"}[lang]


def test_the_shipped_template_is_in_the_current_mode_too() -> None:
    buffer = io.BytesIO()
    build_template().save(buffer)
    with zipfile.ZipFile(buffer) as package:
        settings = package.read("word/settings.xml").decode("utf-8")
    assert (
        'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    )


@pytest.mark.parametrize(
    ("lang", "date", "officer"),
    [("sv", "Datum 20 maj 2026", "Handläggare"), ("da", "Dato 20. maj 2026", "Sagsbehandler")],
)
def test_every_page_names_office_date_reference_and_numbers_pages(
    db: Database, tmp_path: Path, lang: str, date: str, officer: str
) -> None:
    store(db)
    for kind, path in every_kind(db, tmp_path, lang).items():
        document = docx.Document(str(path))
        section = document.sections[0]
        header = [p.text for p in section.header.paragraphs]
        assert header[0].startswith("Region Skåne\t"), kind
        assert header[1].startswith(date), kind
        if kind != "report":
            assert header[1].endswith("Dnr 2026-000123"), kind
        footer = section.footer._element.xml
        # "2 (5)"
        assert 'w:instr=" PAGE ' in footer and 'w:instr=" NUMPAGES ' in footer, kind
        assert section.footer.paragraphs[0].text == " ()", kind
        texts = [p.text for p in document.paragraphs]
        if kind in ("memo", "basis"):
            assert f"{officer}: Karin Holm" in texts, kind


def accessible(document: Document, kind: str) -> None:
    body = document.element.body
    children = list(body.iterchildren())
    for index, table in enumerate(document.tables):
        tbl_pr = table._tbl.tblPr
        caption = tbl_pr.find(qn("w:tblCaption"))
        assert caption is not None and caption.get(qn("w:val")), kind
        assert tbl_pr.find(qn("w:tblDescription")) is not None, kind
        # a Caption-style paragraph right above each table
        position = children.index(table._tbl)
        above = children[position - 1]
        style = above.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val"))
        assert style == document.styles["Caption"].style_id, (kind, index)
    for shape in document.inline_shapes:
        doc_pr = shape._inline.find(WP_DOC_PR)
        assert doc_pr.get("descr") and doc_pr.get("title"), kind


def test_tables_and_charts_are_described_for_screen_readers(db: Database, tmp_path: Path) -> None:
    store(db)
    for kind, path in every_kind(db, tmp_path, "en").items():
        accessible(docx.Document(str(path)), kind)
    report = docx.Document(str(tmp_path / "report-en.docx"))
    assert len(report.inline_shapes) >= 2
    descriptions = [s._inline.find(WP_DOC_PR).get("descr") for s in report.inline_shapes]
    assert any("Jiangsu" in d and "SEK" in d for d in descriptions)
    captions = [p.text for p in report.paragraphs if p.style.name == "Caption"]
    assert any(c.startswith("Figure 1. ") for c in captions)
    assert any(c.startswith("Table 1. ") for c in captions)


def test_data_rows_never_split_and_headers_are_marked(db: Database, tmp_path: Path) -> None:
    store(db)
    for kind, path in every_kind(db, tmp_path).items():
        for table in docx.Document(str(path)).tables:
            rows = table._tbl.tr_lst
            for row in rows:
                assert row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None, kind
            # every table has a header row (Word's accessibility checker asks for one)
            assert rows[0].trPr.find(qn("w:tblHeader")) is not None, kind
            assert all(row.trPr.find(qn("w:tblHeader")) is None for row in rows[1:]), kind
            look = table._tbl.tblPr.find(qn("w:tblLook"))
            assert look.get(qn("w:firstRow")) == "1", kind


def test_fact_tables_mark_their_labels_as_row_headers(db: Database, tmp_path: Path) -> None:
    store(db)
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "da", today=TODAY)))
    facts = document.tables[0]
    assert rows_of(facts)[0] == ["Oplysning", "Indhold"]
    assert facts._tbl.tblPr.find(qn("w:tblLook")).get(qn("w:firstColumn")) == "1"


def test_a_column_is_never_narrower_than_its_longest_word() -> None:
    document = open_template()
    writer = Writer(document)
    table = writer.table(
        [Column("#", 0.2), Column("Role", 0.3), Column("Text", 5.0)],
        [["1", "Delegationsledare", "A long text that may wrap as much as it likes"]],
        caption="Roles",
    )
    assert table is not None
    role_width = table.columns[1].width
    # 17 characters of 9 pt text in a wide font, and the cell's margins
    assert role_width is not None and role_width.pt >= 17 * 9 * 0.6


def office_template(tmp_path: Path) -> Path:
    """A template whose header has {office} in a text box (with its VML fallback),
    in a content control and split over two runs."""
    document = docx.Document()
    header = document.sections[0].header
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    from docx.oxml import parse_xml

    header.paragraphs[0]._p.append(
        parse_xml(
            f'<w:r {w} {mc} {wps} {v}><mc:AlternateContent><mc:Choice Requires="wps">'
            "<w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Box: {office}</w:t></w:r></w:p>"
            "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            "<w:txbxContent><w:p><w:r><w:t>Fallback: {office}</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    header._element.append(
        parse_xml(
            f"<w:sdt {w}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Control: {{of</w:t></w:r>"
            "<w:r><w:t>fice} office</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
    )
    path = tmp_path / "office.docx"
    document.save(str(path))
    return path


def test_office_placeholder_in_text_boxes_and_content_controls_is_replaced(
    db: Database, tmp_path: Path
) -> None:
    store(db)
    path = write_memo(db, KEY, tmp_path / "memo.docx", "sv", template=office_template(tmp_path), today=TODAY)
    with zipfile.ZipFile(path) as package:
        headers = [
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.startswith("word/header")
        ]
    xml = "".join(headers)
    assert "{office}" not in xml and "{of" not in xml
    assert "Box: Region Skåne" in xml and "Fallback: Region Skåne" in xml
    assert "Control: Region Skåne" in xml and "showingPlcHdr" not in xml
    # python-docx's own document (like an old office template) is in Word 2010's mode; the memo is not
    assert (
        'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"'
        in settings_xml(path)
    )
    # a letterhead without page numbers or the date gets a small footer line with both
    document = docx.Document(str(path))
    footer = document.sections[0].footer
    assert "Datum 20 maj 2026" in footer.paragraphs[-1].text
    assert 'w:instr=" PAGE ' in footer._element.xml


def test_amounts_drop_whole_decimals_and_carry_their_currency(db: Database, tmp_path: Path) -> None:
    store(db)
    document = docx.Document(str(write_memo(db, KEY, tmp_path / "m.docx", "sv", today=TODAY)))
    costs = rows_of(table_after(document, "Kostnader"))
    assert ["Resor", "42\u00a0000\u00a0kr", "39\u00a0500\u00a0kr"] in costs
    assert ["Logi", "18\u00a0000,50\u00a0kr", "17\u00a0250\u00a0kr"] in costs
