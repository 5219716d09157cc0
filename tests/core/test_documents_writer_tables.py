"""Tables are written as XML in one piece; they must be what python-docx wrote cell by cell."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import pytest
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Twips
from docx.table import Table, _Cell
from lxml import etree

from delegation_planner.documents.template import TABLE_GRID, TABLE_HEADING, TABLE_TEXT, open_template
from delegation_planner.documents.text_xml import clean_text
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


# --- every table is XML text: the same bytes python-docx wrote building it cell by cell ----------

ODD = ' Söder & <Co> "AB"\tline one\nline two '


def _cell_by_cell(
    writer: Writer,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    *,
    numeric: Sequence[bool],
    first_column: bool,
    emphasised: Collection[int] = (),
    keep: Callable[[int], bool],
    caption: str,
    style_id: str | None,
) -> bytes:
    """The table as the writer built it through python-docx before it was written as text."""
    document = writer.document
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    table._tbl.tblStyle_val = style_id
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Twips(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(width)
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    look.attrib.clear()
    flags = {"firstRow": True, "lastRow": False, "firstColumn": first_column, "lastColumn": False}
    for name, on in (flags | {"noHBand": True, "noVBand": True}).items():
        look.set(qn(f"w:{name}"), "1" if on else "0")
    look.set(qn("w:val"), f"{0x20 | (0x80 if first_column else 0) | 0x600:04X}")
    for tag in ("w:tblCaption", "w:tblDescription"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), clean_text(caption)[:255])
        tbl_pr.append(element)

    def fill(cell: _Cell, text: str, style: str, shading: str | None, right: bool, keep_next: bool) -> None:
        paragraph = cell.paragraphs[0]
        paragraph._p.style = writer.style_id(style)
        if text:
            paragraph.add_run(clean_text(text))
        tc_pr = cell._tc.get_or_add_tcPr()
        if shading:
            shd = OxmlElement("w:shd")
            for name, value in (("val", "clear"), ("color", "auto"), ("fill", shading)):
                shd.set(qn(f"w:{name}"), value)
            tc_pr.append(shd)
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            tc_pr.append(OxmlElement("w:noWrap"))
        if keep_next:
            paragraph.paragraph_format.keep_with_next = True

    head = table.rows[0]
    head._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    head._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, text, right in zip(head.cells, header, numeric, strict=True):
        fill(cell, text, TABLE_HEADING, "DCE3EC", right, True)
    for index, (row, values) in enumerate(zip(table.rows[1:], rows, strict=True)):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for column, (cell, text, right) in enumerate(zip(row.cells, values, numeric, strict=True)):
            strong = index in emphasised or (first_column and column == 0)
            shading = "F2F2F2" if strong else None
            fill(cell, text, TABLE_HEADING if strong else TABLE_TEXT, shading, right, keep(index))
    return bytes(etree.tostring(table._tbl))


def _widths(table: Table) -> list[int]:
    return [int(w.get(qn("w:w"))) for w in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))]


@pytest.mark.parametrize("default_style", [False, True])
@pytest.mark.parametrize("keep_together", [False, True])
def test_a_fact_table_is_what_python_docx_wrote_cell_by_cell(
    default_style: bool, keep_together: bool
) -> None:
    writer = Writer(open_template())
    if default_style:  # an office template whose default table style is the grid: no tblStyle
        writer._table_style_ids[TABLE_GRID] = None
    rows = [("Name", ODD), ("Empty", ""), (ODD, "x" * 300), ("Last", "1")]
    table = writer.key_values(rows, caption=f'Facts "1"\n{ODD}', keep_together=keep_together)
    expected = _cell_by_cell(
        Writer(open_template()) if not default_style else writer,
        ("Item", "Details"),
        rows,
        _widths(table),
        numeric=(False, False),
        first_column=True,
        keep=lambda index: keep_together and index < len(rows) - 1,
        caption=f'Facts "1"\n{ODD}',
        style_id=None if default_style else writer.style_id(TABLE_GRID),
    )
    assert etree.tostring(table._tbl) == expected


@pytest.mark.parametrize("count", [3, 20])  # a short table keeps its rows together, a long one not
def test_a_data_table_is_what_python_docx_wrote_cell_by_cell(count: int) -> None:
    writer = Writer(open_template())
    columns = [Column("Partner ½ & <co>", 2.0), Column("Planned", numeric=True), Column("", numeric=True)]
    rows = [[ODD if i % 2 else f"P{i}", f"{i} 000 kr", ""] for i in range(count)]
    table = writer.table(columns, rows, emphasised={count - 1}, caption="Costs")
    assert table is not None
    expected = _cell_by_cell(
        Writer(open_template()),
        [c.header for c in columns],
        rows,
        _widths(table),
        numeric=[c.numeric for c in columns],
        first_column=False,
        emphasised={count - 1},
        keep=lambda index: count <= 12 and index < count - 1,
        caption="Costs",
        style_id=writer.style_id(TABLE_GRID),
    )
    assert etree.tostring(table._tbl) == expected
