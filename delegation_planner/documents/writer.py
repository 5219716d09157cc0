"""Shared building blocks: headings, key-value tables, data tables, safe text.

Every piece of text goes through ``clean_text`` on its way into the document and
every paragraph gets one of the template's named styles (``template.USED_STYLES``),
so an office's template decides the look and a test can check that the template
defines every style used.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import cast
from xml.sax.saxutils import escape

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.table import CT_Row
from docx.shared import Emu
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from delegation_planner.documents.template import (
    HEADING_1,
    HEADING_2,
    NORMAL,
    SUBTITLE,
    TABLE_GRID,
    TABLE_HEADING,
    TABLE_TEXT,
    TITLE,
)

# Characters XML 1.0 cannot carry (and C1 controls, which Word shows as boxes). The
# register refuses them on entry; this is the last line of defence for old data.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

_HEADER_FILL = "DCE3EC"
_TOTAL_FILL = "F2F2F2"


def clean_text(text: str | None) -> str:
    """Text as it can be written: control characters dropped, line ends made ``\\n``.

    Tabs and line breaks stay; python-docx turns them into Word tabs and breaks.
    ``<``, ``&`` and quotes need nothing here, python-docx escapes them.
    """
    if not text:
        return ""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Column:
    """A data-table column: its header, its share of the width, numbers right-aligned."""

    header: str
    weight: float = 1.0
    numeric: bool = False


class Writer:
    """Appends styled content to a document opened by ``template.open_template``."""

    def __init__(self, document: Document) -> None:
        self.document = document
        # Style name -> the id written into w:pStyle (None for the default paragraph style).
        # python-docx resolves a style by searching every style of the template on each
        # assignment, which was three quarters of a memo's time when done per table cell.
        self._style_ids: dict[str, str | None] = {}

    def _style_id(self, name: str) -> str | None:
        if name not in self._style_ids:
            style = self.document.styles[name]
            self._style_ids[name] = None if style.element.default else style.style_id
        return self._style_ids[name]

    def _styled(self, paragraph: Paragraph, name: str) -> Paragraph:
        paragraph._p.style = self._style_id(name)
        return paragraph

    @property
    def text_width(self) -> int:
        section = self.document.sections[-1]
        width = (section.page_width or Emu(0)) - (section.left_margin or 0) - (section.right_margin or 0)
        return int(width) if width > 0 else int(Emu(5_900_000))

    # --- paragraphs -----------------------------------------------------------------------

    def paragraph(self, text: str, style: str = NORMAL) -> Paragraph:
        paragraph = self._styled(self.document.add_paragraph(), style)
        if text:
            paragraph.add_run(clean_text(text))
        return paragraph

    def labelled(self, label: str, value: str) -> Paragraph:
        """``Label: value`` with the label in bold, for a single fact in running text."""
        paragraph = self._styled(self.document.add_paragraph(), NORMAL)
        paragraph.add_run(clean_text(label) + ": ").bold = True
        paragraph.add_run(clean_text(value))
        return paragraph

    def title(self, text: str, subtitle: str = "") -> None:
        self.paragraph(text, TITLE)
        if subtitle:
            self.paragraph(subtitle, SUBTITLE)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        return self.paragraph(text, HEADING_1 if level == 1 else HEADING_2)

    def text_block(self, text: str, empty: str = "") -> None:
        """Free text: a blank line starts a new paragraph, a single line break stays a break."""
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", clean_text(text)) if b.strip()]
        if not blocks and empty:
            blocks = [empty]
        for block in blocks:
            self.paragraph(block)

    # --- tables ----------------------------------------------------------------------------

    def key_values(self, rows: Sequence[tuple[str, str]], key_share: float = 0.28) -> Table:
        """A two-column table of label and value, for the facts about one thing."""
        table = self._table(len(rows), [key_share, 1 - key_share])
        for tr, (key, value) in zip(table.rows, rows, strict=True):
            self._fill(tr.cells[0], key, TABLE_HEADING)
            self._fill(tr.cells[1], value, TABLE_TEXT)
            _shade(tr.cells[0], _TOTAL_FILL)
            _cant_split(tr._tr)
        return table

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        emphasised: Collection[int] = (),
        empty: str = "",
    ) -> Table | None:
        """A data table whose header row repeats on every page; ``empty`` is written
        instead when there are no rows. ``emphasised`` rows (totals) are bold."""
        if not rows:
            if empty:
                self.paragraph(empty)
            return None
        total = sum(c.weight for c in columns)
        table = self._table(1, [c.weight / total for c in columns])
        header = table.rows[0]
        _repeat_as_header(header._tr)
        for cell, column in zip(header.cells, columns, strict=True):
            self._fill(cell, column.header, TABLE_HEADING, numeric=column.numeric)
            _shade(cell, _HEADER_FILL)
        # Data rows are deliberately not marked "can't split": with a repeating header row,
        # LibreOffice (7.4) then drops every row after a page break from the page.
        # They are written as one piece of XML and parsed once: python-docx's per-element
        # insertion (a search for each child's place) made a long table cost more than
        # everything else in the document.
        widths = [Emu(width).twips for width in self._widths([c.weight / total for c in columns])]
        plain, strong = self._style_id(TABLE_TEXT), self._style_id(TABLE_HEADING)
        body = "".join(
            _row_xml(
                values,
                columns,
                widths,
                strong if index in emphasised else plain,
                _TOTAL_FILL if index in emphasised else None,
            )
            for index, values in enumerate(rows)
        )
        table._tbl.extend(list(parse_xml(f"<w:tbl {nsdecls('w')}>{body}</w:tbl>")))
        return table

    def _table(self, row_count: int, shares: Sequence[float]) -> Table:
        # Two tables in a row would merge into one in Word; an empty paragraph keeps them apart.
        content = [c for c in self.document.element.body if c.tag != qn("w:sectPr")]
        if content and content[-1].tag == qn("w:tbl"):
            self.paragraph("").paragraph_format.space_after = 0
        table = self.document.add_table(rows=row_count, cols=len(shares))
        table.style = self.document.styles[TABLE_GRID]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        # Fixed widths: Word and LibreOffice otherwise size columns by content and a
        # long title squeezes the date column into one character per line.
        table.autofit = False
        widths = self._widths(shares)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
        return cast(Table, table)

    def _widths(self, shares: Sequence[float]) -> list[Emu]:
        text_width = self.text_width
        return [Emu(int(text_width * share)) for share in shares]

    def _fill(self, cell: _Cell, text: str, style: str, numeric: bool = False) -> None:
        paragraph = self._styled(cell.paragraphs[0], style)
        if text:
            paragraph.add_run(clean_text(text))
        if numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            # Amounts must not wrap between the digit groups ("42 000,00").
            cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))

    # --- document-wide ------------------------------------------------------------------------

    def set_properties(self, title: str, subject: str, author: str, language: str, today: dt.date) -> None:
        properties = self.document.core_properties
        properties.title = clean_text(title)
        properties.subject = clean_text(subject)
        properties.author = properties.last_modified_by = clean_text(author)
        properties.language = language
        properties.comments = ""
        moment = dt.datetime.combine(today, dt.time(12, 0))
        properties.created = properties.modified = moment
        _set_proofing_language(self.document, language)


def _row_xml(
    values: Sequence[str],
    columns: Sequence[Column],
    widths: Sequence[int],
    style_id: str | None,
    fill: str | None,
) -> str:
    """A data row as python-docx would have written it cell by cell (the same elements, in
    the order the schema wants: tcW, shd, noWrap; pStyle, jc)."""
    cells = []
    for value, column, width in zip(values, columns, widths, strict=True):
        tc_pr = f'<w:tcW w:type="dxa" w:w="{width}"/>'
        if fill:
            tc_pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        p_pr = f'<w:pStyle w:val="{escape(style_id, _QUOTE)}"/>' if style_id else ""
        if column.numeric:
            tc_pr += "<w:noWrap/>"
            p_pr += '<w:jc w:val="right"/>'
        p_pr = f"<w:pPr>{p_pr}</w:pPr>" if p_pr else ""
        cells.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr><w:p>{p_pr}{run_xml(value)}</w:p></w:tc>")
    return "<w:tr>" + "".join(cells) + "</w:tr>"


_QUOTE = {'"': "&quot;"}


def run_xml(text: str) -> str:
    """One run of ``text``: line breaks become w:br and tabs w:tab, as python-docx's run.text does."""
    text = clean_text(text)
    if not text:
        return ""
    lines = ["<w:tab/>".join(_text_xml(part) for part in line.split("\t")) for line in text.split("\n")]
    return "<w:r>" + "<w:br/>".join(lines) + "</w:r>"


def _text_xml(part: str) -> str:
    if not part:
        return ""
    # Word drops spaces at either end of a w:t unless told to keep them.
    space = ' xml:space="preserve"' if part != part.strip() else ""
    return f"<w:t{space}>{escape(part)}</w:t>"


def _repeat_as_header(tr: CT_Row) -> None:
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))
    tr_pr.append(OxmlElement("w:cantSplit"))


def _cant_split(tr: CT_Row) -> None:
    tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _shade(cell: _Cell, fill: str) -> None:
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


def _set_proofing_language(document: Document, language: str) -> None:
    """The default text language, so Word spell-checks the memo in the right language."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    r_pr_default = defaults.find(qn("w:rPrDefault"))
    if r_pr_default is None:
        r_pr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, r_pr_default)
    r_pr = r_pr_default.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        r_pr_default.append(r_pr)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)
