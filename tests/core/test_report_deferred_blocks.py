"""The report's delegation sections are written into the file as XML text when it is saved.

The text must be exactly what lxml writes for the same elements (the report used to parse
it into the document and serialise it again): a document.xml read and written again by
lxml is byte for byte the same, whatever the titles and names hold.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from sqlite_utils import Database

from delegation_planner.documents import deferred_xml
from delegation_planner.documents.report import write_report
from delegation_planner.documents.template import open_template
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import CostCategory, FollowUpStatus
from delegation_planner.domain.records import CostLine, FollowUpPoint
from delegation_planner.storage import repository
from tests.core import factories

ODD_TITLES = [
    'Say "hello" & <goodbye>',
    "It's -- a dash-y trip -",
    "Tab\there  ",
    "  lead space",
    "Line\nbreak",
    "Both ' and \" quotes ?> ]]>",
    "Ünïcødé 北京 –— <!-- not a comment -->",
    "x" * 300,
]


@pytest.fixture
def odd(db: Database) -> Database:
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna", name='Anna "Q" <Svensson> & Co'))
    repository.save_person(db, factories.person("bo", name="Bo 'Ærø' -- Ω"))
    for i, title in enumerate(ODD_TITLES):
        repository.save_delegation(
            db,
            factories.delegation(
                f"odd{i}",
                title=title,
                partner_region='Part "ner" & <co> ?>' if i % 2 else "Jiangsu",
                start=dt.date(2026, 1 + i, 3),
                end=dt.date(2026, 1 + i, 6),
                participants=[factories.participant("anna", "Signs -- 'it' & \"that\"")]
                if i % 3 == 0
                else [factories.participant("bo")],
                costs=[CostLine(CostCategory.TRAVEL, "SEK", 1000.5 * i, None if i % 2 else 999.0)],
                follow_up_points=[
                    FollowUpPoint("Send <minutes>", "anna", dt.date(2026, 2, 1), FollowUpStatus.DONE)
                ]
                if i % 2
                else [],
            ),
        )
    return db


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_the_sections_are_what_lxml_writes_for_them(odd: Database, tmp_path: Path, lang: str) -> None:
    path = write_report(odd, 2026, tmp_path / "report.docx", lang, today=dt.date(2026, 11, 29))
    xml = zipfile.ZipFile(path).read("word/document.xml")
    assert b"<?delegation-planner" not in xml
    assert etree.tostring(etree.fromstring(xml), encoding="UTF-8", standalone=True) == xml
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for title in ODD_TITLES:
        assert title.strip() in {t.strip() for t in texts}  # its heading
    w = {"w": document.element.nsmap["w"]}
    captions = etree.fromstring(xml).xpath("//w:tblCaption/@w:val", namespaces=w)
    assert set(ODD_TITLES[:-1]) <= set(captions)  # the tables' captions, quotes and all
    assert len(document.tables) > len(ODD_TITLES)


def test_a_table_after_deferred_blocks_ending_in_a_table_is_kept_apart() -> None:
    writer = Writer(open_template())
    writer.table([Column("A")], [["first"]])
    body = writer.document.element.body
    table_xml = etree.tostring(body.findall(f"{{{body.nsmap['w']}}}tbl")[-1], encoding="unicode")
    writer.paragraph("between")
    writer.defer_blocks(deferred_xml.strip_declarations(table_xml))
    assert deferred_xml.ends_with_table(body[-2])
    writer.table([Column("B")], [["second"]])
    saved = io.BytesIO()
    writer.document.save(saved)  # python-docx's own save splices too
    reread = docx.Document(io.BytesIO(saved.getvalue()))
    kinds = [etree.QName(e).localname for e in reread.element.body]
    # Two tables side by side would be joined into one by Word: an empty paragraph between.
    assert kinds == ["tbl", "p", "tbl", "p", "tbl", "sectPr"]
    assert [t.cell(1, 0).text for t in reread.tables] == ["first", "first", "second"]


def test_blocks_not_escaped_as_lxml_writes_them_are_refused() -> None:
    with pytest.raises(ValueError, match="escaped"):
        deferred_xml.defer(docx.Document(), "<w:p><w:r><w:t>?></w:t></w:r></w:p>")
