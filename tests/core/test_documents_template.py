"""The Word template: the shipped one defines every style used; an office's own is honoured."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.shared import Pt
from sqlite_utils import Database

from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.briefing import write_briefing
from delegation_planner.documents.memo import write_memo
from delegation_planner.documents.template import (
    DOCUMENT_PLACEHOLDER,
    OFFICE_PLACEHOLDER,
    SHIPPED_TEMPLATE,
    USED_STYLES,
    TemplateError,
    build_template,
    missing_styles,
    open_template,
)
from delegation_planner.resources import make_templates
from tests.helpers.documents import KEY, store

TODAY = dt.date(2026, 5, 20)


def styles_in_use(document: Document) -> set[str]:
    """Every style a paragraph or table of the body refers to."""
    used = {p.style.name for p in document.paragraphs if p.style is not None}
    for table in document.tables:
        if table.style is not None:
            used.add(table.style.name)
        for row in table.rows:
            for cell in row.cells:
                used |= {p.style.name for p in cell.paragraphs if p.style is not None}
    return used


def all_documents(db: Database, folder: Path, template: Path | None = None) -> list[Document]:
    written = [
        write_memo(db, KEY, folder / "memo.docx", "sv", template=template, today=TODAY),
        write_basis(db, KEY, folder / "basis.docx", "da", template=template, today=TODAY),
        write_briefing(
            db,
            KEY,
            folder / "briefing.docx",
            "en",
            [("Visas", "Søren", None)],
            template=template,
            today=TODAY,
        ),
    ]
    return [docx.Document(str(path)) for path in written]


def _shipped() -> Document:
    return docx.Document(io.BytesIO(SHIPPED_TEMPLATE.read_bytes()))


def test_shipped_template_defines_every_style_the_documents_use(db: Database, tmp_path: Path) -> None:
    assert SHIPPED_TEMPLATE.is_file()
    shipped = _shipped()
    assert missing_styles(shipped) == []
    store(db)
    defined = {s.name for s in shipped.styles}
    for document in all_documents(db, tmp_path):
        used = styles_in_use(document)
        assert used <= set(USED_STYLES), used - set(USED_STYLES)
        assert used <= defined, used - defined


def test_shipped_template_has_header_placeholders_and_page_field() -> None:
    shipped = _shipped()
    section = shipped.sections[0]
    header = section.header.paragraphs[0].text
    assert OFFICE_PLACEHOLDER in header and DOCUMENT_PLACEHOLDER in header
    footer = section.footer._element.xml
    assert 'w:instr=" PAGE ' in footer and "NUMPAGES" in footer
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7  # A4


def test_shipped_template_is_what_the_script_makes() -> None:
    """make_templates regenerates the committed file byte for byte."""
    assert make_templates.template_bytes() == SHIPPED_TEMPLATE.read_bytes()


def _office_template(path: Path, font: str = "Georgia") -> Path:
    """An office's template: its own font, a letterhead without placeholders, sample text."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = font  # type: ignore[union-attr]
    normal.font.size = Pt(11)  # type: ignore[union-attr]
    document.sections[0].header.paragraphs[0].text = "REGION MIDTJYLLAND · Regional Udvikling"
    document.add_paragraph("Lorem ipsum sample text that must not survive.")
    document.save(str(path))
    return path


def test_an_office_template_gives_its_font_and_letterhead(db: Database, tmp_path: Path) -> None:
    store(db)
    template = _office_template(tmp_path / "office.docx")
    for document in all_documents(db, tmp_path, template):
        assert document.styles["Normal"].font.name == "Georgia"  # type: ignore[union-attr]
        # the added table styles inherit from the office's Normal, not a font of ours
        assert document.styles["Table Text"].base_style.name == "Normal"  # type: ignore[union-attr]
        assert document.styles["Table Text"].font.name is None  # type: ignore[union-attr]
        assert document.sections[0].header.paragraphs[0].text == "REGION MIDTJYLLAND · Regional Udvikling"
        assert all("Lorem ipsum" not in p.text for p in document.paragraphs)
        assert missing_styles(document) == []


def test_an_office_template_lacking_styles_gets_them_added(tmp_path: Path) -> None:
    """A Word-made template keeps unused built-in styles latent; they are added on use."""
    bare = docx.Document()
    styles = bare.styles.element
    for style in list(styles):
        name = style.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
        if name is not None and name.get(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val"
        ) in (
            "Table Grid",
            "Title",
            "heading 1",
        ):
            styles.remove(style)
    path = tmp_path / "bare.docx"
    bare.save(str(path))
    assert set(missing_styles(path)) >= {"Table Grid", "Title", "Heading 1"}
    assert missing_styles(open_template(path)) == []


def test_a_dotx_template_is_accepted(db: Database, tmp_path: Path) -> None:
    store(db)
    docx_path = _office_template(tmp_path / "office.docx", font="Verdana")
    dotx_path = tmp_path / "office.dotx"
    with zipfile.ZipFile(docx_path) as source, zipfile.ZipFile(dotx_path, "w") as target:
        for info in source.infolist():
            blob = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                blob = blob.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, blob)
    out = write_memo(db, KEY, tmp_path / "memo.docx", "en", template=dotx_path, today=TODAY)
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.name == "Verdana"  # type: ignore[union-attr]
    with zipfile.ZipFile(out) as package:
        assert b"document.main+xml" in package.read("[Content_Types].xml")


def test_an_unusable_template_is_refused_in_words_and_nothing_written(db: Database, tmp_path: Path) -> None:
    store(db)
    not_word = tmp_path / "letter.docx"
    not_word.write_text("plain text", encoding="utf-8")
    with pytest.raises(TemplateError, match="not a Word document"):
        write_memo(db, KEY, tmp_path / "memo.docx", template=not_word)
    with pytest.raises(TemplateError, match="cannot be read"):
        write_memo(db, KEY, tmp_path / "memo.docx", template=tmp_path / "missing.docx")
    assert not (tmp_path / "memo.docx").exists()


def test_built_template_matches_the_shipped_design() -> None:
    built = build_template()
    assert missing_styles(built) == []
    buffer = io.BytesIO()
    built.save(buffer)
    assert docx.Document(buffer).sections[0].header.paragraphs[0].text == "{office}\t{document}"


def test_rows_never_split_and_the_header_repeats(tmp_path):
    """Every row is marked "can't split", the header row also repeats on each page, and
    in w:trPr cantSplit comes before tblHeader (the schema's order: LibreOffice 7.4
    dropped the rows after a page break when it was the other way round)."""
    import docx
    from docx.oxml.ns import qn

    from delegation_planner.documents.template import open_template
    from delegation_planner.documents.writer import Column, Writer

    document = open_template()
    writer = Writer(document)
    writer.table([Column("A", 1), Column("B", 1)], [[str(n), "x\ny\nz"] for n in range(80)], caption="Rows")
    path = tmp_path / "t.docx"
    document.save(str(path))
    rows = docx.Document(str(path)).tables[0]._tbl.tr_lst
    header = [child.tag for child in rows[0].trPr]
    assert header == [qn("w:cantSplit"), qn("w:tblHeader")]
    assert all(r.trPr is not None and r.trPr.find(qn("w:cantSplit")) is not None for r in rows[1:])
    assert all(r.trPr.find(qn("w:tblHeader")) is None for r in rows[1:])
