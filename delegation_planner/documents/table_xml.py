"""A table's properties as Word keeps them: caption and alt text, header look, repeated
header rows, rows that do not split, shading, and a data row as XML text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.table import Table, _Cell

from delegation_planner.documents.text_xml import QUOTE, clean_text, escape, run_xml


@dataclass(frozen=True)
class Column:
    """A data-table column: its header, its share of the width, numbers right-aligned."""

    header: str
    weight: float = 1.0
    numeric: bool = False


def set_table_caption(table: Table, caption: str) -> None:
    """``w:tblCaption`` and ``w:tblDescription``: the table's title and description
    as Word's Table Properties ▸ Alt Text holds them (the last children of tblPr)."""
    tbl_pr = table._tbl.tblPr
    for tag in ("w:tblCaption", "w:tblDescription"):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
        element = OxmlElement(tag)
        element.set(qn("w:val"), clean_text(caption)[:255])
        tbl_pr.append(element)


def look(table: Table, *, first_row: bool, first_column: bool) -> None:
    """Which of the table's edges are headers, as Word's Table Design tab sets them."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        anchor = next((c for c in tbl_pr if c.tag in (qn("w:tblCaption"), qn("w:tblDescription"))), None)
        if anchor is None:
            tbl_pr.append(look)
        else:
            anchor.addprevious(look)
    look.attrib.clear()
    flags = {"firstRow": first_row, "lastRow": False, "firstColumn": first_column, "lastColumn": False}
    flags |= {"noHBand": True, "noVBand": True}
    for name, on in flags.items():
        look.set(qn(f"w:{name}"), "1" if on else "0")
    value = (0x20 if first_row else 0) | (0x80 if first_column else 0) | 0x200 | 0x400
    look.set(qn("w:val"), f"{value:04X}")


def repeat_as_header(tr: CT_Row) -> None:
    # Schema order inside w:trPr is cantSplit, then tblHeader; LibreOffice (7.4)
    # misreads the reverse order under "can't split" data rows and drops every
    # row after a page break, so the order matters, not only for Word.
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    tr_pr.append(OxmlElement("w:tblHeader"))


def row_xml(
    values: Sequence[str],
    columns: Sequence[Column],
    widths: Sequence[int],
    style_id: str,
    fill: str | None,
    keep_with_next: bool,
) -> str:
    """A data row as python-docx writes it cell by cell, its elements in the order the
    schema wants (tcW, shd, noWrap; pStyle, keepNext, jc)."""
    cells = []
    style = f'<w:pStyle w:val="{escape(style_id, QUOTE)}"/>' + ("<w:keepNext/>" if keep_with_next else "")
    for value, column, width in zip(values, columns, widths, strict=True):
        tc_pr = f'<w:tcW w:type="dxa" w:w="{width}"/>'
        if fill:
            tc_pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        p_pr = style
        if column.numeric:
            tc_pr += "<w:noWrap/>"
            p_pr += '<w:jc w:val="right"/>'
        cells.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p><w:pPr>{p_pr}</w:pPr>{run_xml(value)}</w:p></w:tc>")
    return "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>"


def cant_split(tr: CT_Row) -> None:
    tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    # w:shd must precede w:noWrap and w:vAlign in a cell's properties.
    anchor = next((c for c in tc_pr if c.tag in (qn("w:noWrap"), qn("w:vAlign"))), None)
    if anchor is None:
        tc_pr.append(shading)
    else:
        anchor.addprevious(shading)
