"""Tables as XML text, the one way the documents write a table: its properties as Word keeps
them (caption and alt text, header look, fixed widths), a header row repeated on every page,
rows that do not split, shading, numbers right-aligned.

A table is written as text and parsed once: python-docx building it cell by cell (a search for
each child's place, a style looked up, a snippet parsed per element) was most of a memo's time
and a fifth of a year's report. The text is what python-docx wrote for the same table, element
for element and attribute for attribute, so the saved document is the same byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from delegation_planner.documents.text_xml import QUOTE, attribute, clean_text, escape, run_xml

HEADER_FILL = "DCE3EC"
TOTAL_FILL = "F2F2F2"


@dataclass(frozen=True)
class Column:
    """A data-table column: its header, its share of the width, numbers right-aligned."""

    header: str
    weight: float = 1.0
    numeric: bool = False


def cell_xml(
    text: str,
    width: int,
    style_id: str,
    *,
    fill: str | None = None,
    numeric: bool = False,
    keep_with_next: bool = False,
) -> str:
    """A cell of ``width`` twips holding ``text`` in one paragraph of the style ``style_id``;
    its elements in the order the schema wants (tcW, shd, noWrap; pStyle, keepNext, jc).
    Amounts (``numeric``) are right-aligned and never wrap between their digit groups."""
    tc_pr = f'<w:tcW w:type="dxa" w:w="{width}"/>'
    if fill:
        tc_pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    p_pr = f'<w:pStyle w:val="{escape(style_id, QUOTE)}"/>' + ("<w:keepNext/>" if keep_with_next else "")
    if numeric:
        tc_pr += "<w:noWrap/>"
        p_pr += '<w:jc w:val="right"/>'
    return f"<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p><w:pPr>{p_pr}</w:pPr>{run_xml(text)}</w:p></w:tc>"


def row_xml(cells: Iterable[str], *, header: bool = False) -> str:
    """A row that a page break never splits; a ``header`` row repeats on every page.

    Schema order inside w:trPr is cantSplit, then tblHeader; LibreOffice (7.4) misreads the
    reverse order under "can't split" data rows and drops every row after a page break."""
    head = "<w:tblHeader/>" if header else ""
    return f"<w:tr><w:trPr><w:cantSplit/>{head}</w:trPr>{''.join(cells)}</w:tr>"


def data_row_xml(
    values: Sequence[str],
    columns: Sequence[Column],
    widths: Sequence[int],
    style_id: str,
    fill: str | None,
    keep_with_next: bool,
) -> str:
    """A data table's row: one cell per column."""
    return row_xml(
        cell_xml(value, width, style_id, fill=fill, numeric=column.numeric, keep_with_next=keep_with_next)
        for value, column, width in zip(values, columns, widths, strict=True)
    )


def table_xml(
    rows: str,
    widths: Sequence[int],
    style_id: str | None,
    *,
    first_column: bool,
    caption: str,
    declarations: str = "",
) -> str:
    """The table holding ``rows`` (XML text), its columns ``widths`` twips wide (fixed: Word and
    LibreOffice otherwise size columns by content, and a long title squeezes a date column into
    one character a line), left-aligned, in the table style ``style_id`` (none: the template's
    default). The header row is marked (``w:tblLook``) and, with ``first_column``, the first
    column too, so a screen reader reads each value with its label; ``caption`` is its title
    and description as Word's Table Properties ▸ Alt Text holds them."""
    style = "" if style_id is None else f'<w:tblStyle w:val="{escape(style_id, QUOTE)}"/>'
    flag = "1" if first_column else "0"
    value = 0x20 | (0x80 if first_column else 0) | 0x200 | 0x400
    look = (
        f'<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="{flag}" w:lastColumn="0" '
        f'w:noHBand="1" w:noVBand="1" w:val="{value:04X}"/>'
    )
    alt = ""
    if caption:
        text = attribute(clean_text(caption)[:255])
        alt = f"<w:tblCaption w:val={text}/><w:tblDescription w:val={text}/>"
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    return (
        f'<w:tbl{declarations}><w:tblPr>{style}<w:tblW w:type="auto" w:w="0"/><w:jc w:val="left"/>'
        f'<w:tblLayout w:type="fixed"/>{look}{alt}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>'
    )
