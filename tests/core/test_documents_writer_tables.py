"""Data tables are written as XML in one piece; they must read back as python-docx wrote them."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH

from delegation_planner.documents.template import TABLE_HEADING, TABLE_TEXT, open_template
from delegation_planner.documents.writer import Column, Writer


def test_cells_keep_text_breaks_tabs_and_markup_characters() -> None:
    writer = Writer(open_template())
    value = ' Söder & <Co> "AB"\tline one\nline two '
    table = writer.table([Column("Name"), Column("Amount", numeric=True)], [[value, "42 000,00"], ["", "1"]])
    assert table is not None
    cell = table.rows[1].cells[0]
    assert cell.text == value
    # Word shows a literal tab or line feed inside w:t as a space: they must be elements.
    assert "<w:tab/>" in cell._tc.xml and "<w:br/>" in cell._tc.xml
    assert 'xml:space="preserve"' in cell._tc.xml
    assert table.rows[2].cells[0].text == ""
    assert table.rows[1].cells[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert table.rows[1].cells[0].paragraphs[0].style.name == TABLE_TEXT


def test_emphasised_rows_are_bold_styled_and_shaded_and_widths_are_set() -> None:
    writer = Writer(open_template())
    table = writer.table([Column("A", 2), Column("B", 1)], [["x", "y"], ["total", "z"]], emphasised={1})
    assert table is not None
    total = table.rows[2]
    assert total.cells[0].paragraphs[0].style.name == TABLE_HEADING
    assert 'w:fill="F2F2F2"' in total.cells[0]._tc.xml
    assert 'w:fill="F2F2F2"' not in table.rows[1].cells[0]._tc.xml
    first, second = (c.width for c in table.rows[1].cells)
    assert first is not None and second is not None
    assert abs(first - 2 * second) < 2 * 635  # within rounding to twips
