"""Shared building blocks: headings, key-value tables, data tables and figures in the template's styles.

Every piece of text goes through ``clean_text`` on its way into the document and
every paragraph gets one of the template's named styles (``template.USED_STYLES``),
so an office's template decides the look and a test can check that the template
defines every style used.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Collection, Sequence
from typing import cast

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Emu, Pt
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from delegation_planner.documents import deferred_xml, package
from delegation_planner.documents.table_xml import (
    Column,
    cant_split,
    look,
    repeat_as_header,
    row_xml,
    set_table_caption,
    shade,
)
from delegation_planner.documents.template import (
    CAPTION,
    HEADING_1,
    HEADING_2,
    NORMAL,
    SUBTITLE,
    TABLE_GRID,
    TABLE_HEADING,
    TABLE_TEXT,
    TITLE,
)
from delegation_planner.documents.text_xml import (
    QUOTE,
    append_run,
    clean_text,
    complex_field_xml,
    escape,
    run_xml,
)

# Column is defined beside the table XML that uses it; the section writers take it from here.
__all__ = ["Column", "Writer"]

_HEADER_FILL = "DCE3EC"
_TOTAL_FILL = "F2F2F2"

# The width a character of 9 pt table text may take in a wide office font
# (Verdana, Tahoma: about 0.65 em; Arial 0.55), and a cell's side margins: a
# column is never narrower than its longest word, so "Delegationsledare" is not
# broken into "Delegationsleda re".
_CHAR_WIDTH = Emu(int(Pt(9) * 0.68))
_CELL_PADDING = Emu(int(Pt(9)))
_WIDEST_SHARE = 0.45  # a single very long word (an e-mail address) may wrap instead
_WORD = re.compile(r"\S+")
_SHORT_TABLE = 12  # rows; a table this short is not broken over two pages


class Writer:
    """Appends styled content to a document opened by ``template.open_template``."""

    def __init__(
        self,
        document: Document,
        caption_words: tuple[str, str] = ("Table", "Figure"),
        fact_headers: tuple[str, str] = ("Item", "Details"),
    ) -> None:
        self.document = document
        self._fact_headers = fact_headers
        # python-docx finds a style by scanning all of them each time; a thousand
        # cells would do that a thousand times, so each style is looked up once.
        self._styles: dict[str, BaseStyle] = {}
        self._style_ids: dict[str, str] = {}
        self._table_style_ids: dict[str, str | None] = {}
        self._caption_words = caption_words
        self._numbers = {"Table": 0, "Figure": 0}
        # A table without a caption of its own is named by the heading above it.
        self._last_heading = ""

    def style(self, name: str) -> BaseStyle:
        found = self._styles.get(name)
        if found is None:
            found = self._styles[name] = self.document.styles[name]
        return found

    def style_id(self, name: str) -> str:
        # Read from the style's XML by python-docx on each call; a report asks thousands of times.
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = str(self.style(name).style_id)
        return found

    def _table_style_id(self) -> str | None:
        """What ``Table.style = TABLE_GRID`` writes (None when it is the template's default
        table style), found once: python-docx looks for the default style among all the
        template's styles on every assignment (a tenth of a decision basis's time)."""
        if TABLE_GRID not in self._table_style_ids:
            found = self.document.part.get_style_id(self.style(TABLE_GRID), WD_STYLE_TYPE.TABLE)  # type: ignore[no-untyped-call]
            self._table_style_ids[TABLE_GRID] = found
        return self._table_style_ids[TABLE_GRID]

    @property
    def text_width(self) -> int:
        section = self.document.sections[-1]
        width = (section.page_width or Emu(0)) - (section.left_margin or 0) - (section.right_margin or 0)
        return int(width) if width > 0 else int(Emu(5_900_000))

    # --- paragraphs -----------------------------------------------------------------------

    def paragraph(self, text: str, style: str = NORMAL) -> Paragraph:
        p = OxmlElement("w:p")
        before = self.append_block(p)
        paragraph = Paragraph(p, self.document._body)
        p.style = self.style_id(style)
        if before is not None and _is_table(before) and style == NORMAL:
            # Text right under a table would touch its bottom border.
            paragraph.paragraph_format.space_before = Pt(6)
        if text:
            append_run(p, clean_text(text))
        return paragraph

    def append_block(self, element: BaseOxmlElement) -> BaseOxmlElement | None:
        """Put ``element`` (a paragraph, a table) at the end of the body, before its section
        properties; return the block that was last until now.

        python-docx finds the section properties by walking the body from its start, for
        every paragraph added: a report of a thousand delegations spent seconds there. They
        are the body's last child, which lxml reaches from the end at once."""
        body = self.document.element.body
        try:
            last = body[-1]
        except IndexError:
            body.append(element)
            return None
        if last.tag == qn("w:sectPr"):
            before = last.getprevious()
            last.addprevious(element)
            return cast(BaseOxmlElement | None, before)
        body.append(element)
        return cast(BaseOxmlElement, last)

    def defer_blocks(self, xml: str) -> None:
        """Put the blocks ``xml`` (WordprocessingML text as lxml writes it, ``w:`` elements
        without namespace declarations) at the end of the body, written into the file as
        they are when the document is saved (``deferred_xml``)."""
        body = self.document.element.body
        blocks = deferred_xml.defer(self.document, xml)
        last = body[-1] if len(body) else None
        if last is not None and last.tag == qn("w:sectPr"):
            last.addprevious(blocks)
        else:
            body.append(blocks)

    def labelled(self, label: str, value: str) -> Paragraph:
        """``Label: value`` with the label in bold, for a single fact in running text."""
        paragraph = self.paragraph("", NORMAL)
        paragraph.add_run(clean_text(label) + ": ").bold = True
        paragraph.add_run(clean_text(value))
        return paragraph

    def title(self, text: str, subtitle: str = "") -> None:
        self.paragraph(text, TITLE)
        if subtitle:
            self.paragraph(subtitle, SUBTITLE)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        self._last_heading = text
        return self.paragraph(text, HEADING_1 if level == 1 else HEADING_2)

    def notice(self, text: str, *, alarm: bool) -> Paragraph:
        """A boxed paragraph nobody can miss: bold, framed, shaded (a warning in light
        red, a plain fact in grey), readable in black and white by its frame and weight."""
        paragraph = self.paragraph("", NORMAL)
        run = paragraph.add_run(clean_text(text))
        run.bold = alarm
        p_pr = paragraph._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            border = OxmlElement(f"w:{side}")
            border.set(qn("w:val"), "single")
            border.set(qn("w:sz"), "18" if alarm else "6")
            border.set(qn("w:space"), "4")
            border.set(qn("w:color"), "C00000" if alarm else "8C8C8C")
            borders.append(border)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "FBE4E4" if alarm else _TOTAL_FILL)
        # Schema order in pPr: pStyle, keepNext, keepLines, …, pBdr, shd, …, spacing, ind, jc.
        anchor = next(
            (c for c in p_pr if c.tag in (qn("w:tabs"), qn("w:spacing"), qn("w:ind"), qn("w:jc"))), None
        )
        for element in (borders, shading):
            if anchor is None:
                p_pr.append(element)
            else:
                anchor.addprevious(element)
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.space_after = Pt(10)
        return paragraph

    def text_block(self, text: str, empty: str = "") -> None:
        """Free text: a blank line starts a new paragraph, a single line break stays a break."""
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", clean_text(text)) if b.strip()]
        if not blocks and empty:
            blocks = [empty]
        for block in blocks:
            self.paragraph(block)

    # --- tables ----------------------------------------------------------------------------

    def key_values(
        self,
        rows: Sequence[tuple[str, str]],
        key_share: float = 0.28,
        *,
        caption: str = "",
        keep_together: bool = False,
    ) -> Table:
        """A two-column table of label and value, for the facts about one thing.

        It has a header row like every table (Word's accessibility checker asks for
        one) and its first column is marked as row headers (``w:tblLook
        firstColumn``), so a screen reader reads each value with its label."""
        caption = caption or self._last_heading
        self.caption(caption, "Table")
        header = self._fact_headers
        shares = self._content_shares([key_share, 1 - key_share], [list(header), *[[k, v] for k, v in rows]])
        table = self._table(len(rows) + 1, shares, caption)
        look(table, first_row=True, first_column=True)
        head = table.rows[0]
        repeat_as_header(head._tr)
        for cell, text in zip(head.cells, header, strict=True):
            self._fill(cell, text, TABLE_HEADING)
            shade(cell, _HEADER_FILL)
            cell.paragraphs[0].paragraph_format.keep_with_next = True
        for tr, (key, value) in zip(table.rows[1:], rows, strict=True):
            self._fill(tr.cells[0], key, TABLE_HEADING)
            self._fill(tr.cells[1], value, TABLE_TEXT)
            shade(tr.cells[0], _TOTAL_FILL)
            cant_split(tr._tr)
        if keep_together:
            # Every row but the last keeps with the next: the table moves to a new page whole.
            for row in table.rows[:-1]:
                for cell in row.cells:
                    cell.paragraphs[0].paragraph_format.keep_with_next = True
        return table

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        *,
        emphasised: Collection[int] = (),
        empty: str = "",
        caption: str = "",
    ) -> Table | None:
        """A data table whose header row repeats on every page and whose rows are
        never split by a page break; ``empty`` is written instead when there are no
        rows. ``emphasised`` rows (totals) are bold. ``caption`` names the table
        above it and for screen readers."""
        if not rows:
            if empty:
                self.paragraph(empty)
            return None
        caption = caption or self._last_heading
        self.caption(caption, "Table")
        total = sum(c.weight for c in columns)
        shares = self._content_shares(
            [c.weight / total for c in columns], [[c.header for c in columns], *rows]
        )
        table = self._table(1, shares, caption)
        look(table, first_row=True, first_column=False)
        header = table.rows[0]
        repeat_as_header(header._tr)
        for cell, column in zip(header.cells, columns, strict=True):
            self._fill(cell, column.header, TABLE_HEADING, numeric=column.numeric)
            shade(cell, _HEADER_FILL)
            cell.paragraphs[0].paragraph_format.keep_with_next = True  # never alone at a page's foot
        # A short table is kept on one page (its rows keep with the next); a long
        # one breaks between rows, never inside one, under its repeated header.
        # The data rows are written as one piece of XML, the same elements python-docx
        # would make cell by cell, and parsed once: its per-element insertion (a search
        # for each child's place) made a long table cost more than the rest of a memo.
        keep = len(rows) <= _SHORT_TABLE
        widths = [Emu(int(self.text_width * share)).twips for share in shares]
        plain, strong = self.style_id(TABLE_TEXT), self.style_id(TABLE_HEADING)
        body = "".join(
            row_xml(
                values,
                columns,
                widths,
                strong if index in emphasised else plain,
                _TOTAL_FILL if index in emphasised else None,
                keep and index < len(rows) - 1,
            )
            for index, values in enumerate(rows)
        )
        table._tbl.extend(list(parse_xml(f"<w:tbl {nsdecls('w')}>{body}</w:tbl>")))
        return table

    def caption(self, text: str, kind: str) -> Paragraph | None:
        """``Tabell 3. Deltagare``: a Caption-style paragraph whose number is a SEQ
        field, so Word's list of tables finds it; above a table, below a figure."""
        if not text:
            return None
        p = parse_xml(self.caption_xml(text, kind, f" {nsdecls('w')}"))
        self.append_block(p)
        return Paragraph(p, self.document._body)

    def caption_xml(self, text: str, kind: str, declarations: str = "") -> str:
        """The caption paragraph ``caption`` adds, as XML text, numbered as the next one.

        Parsed from its text in one go: a year's report has a thousand captions, and
        python-docx builds each element by parsing a snippet of its own."""
        self._numbers[kind] += 1
        word = clean_text(self._caption_words[0 if kind == "Table" else 1])
        keep = "<w:keepNext/>" if kind == "Table" else '<w:keepNext w:val="0"/>'
        number = complex_field_xml(f"SEQ {kind} \\* ARABIC", str(self._numbers[kind]))
        return (
            f'<w:p{declarations}><w:pPr><w:pStyle w:val="{escape(self.style_id(CAPTION), QUOTE)}"/>'
            f'{keep}</w:pPr><w:r><w:t xml:space="preserve">{escape(word)} </w:t></w:r>'
            f"{number}{run_xml('. ' + clean_text(text))}</w:p>"
        )

    def paragraph_xml(self, text: str, style: str) -> str:
        """A paragraph of ``style`` holding ``text``, as XML text (as ``paragraph`` adds it
        where it does not follow a table)."""
        return (
            f'<w:p><w:pPr><w:pStyle w:val="{escape(self.style_id(style), QUOTE)}"/></w:pPr>'
            f"{run_xml(clean_text(text)) if text else ''}</w:p>"
        )

    def figure(self, image: io.BytesIO, width: int, description: str, caption: str) -> None:
        """A picture with its alternative text (``wp:docPr`` title and descr, which
        Word's accessibility checker and screen readers read) and a caption below."""
        self.document.add_picture(image, width=Emu(width))
        paragraph = self.document.paragraphs[-1]
        paragraph._p.style = self.style_id(NORMAL)
        # Room above, so the picture does not cover the border of a table just before it.
        paragraph.paragraph_format.space_before = Pt(8)
        paragraph.paragraph_format.keep_with_next = True
        for doc_pr in paragraph._p.iter(qn("wp:docPr")):
            doc_pr.set("title", clean_text(caption)[:255])
            doc_pr.set("descr", clean_text(description))
        self.caption(caption, "Figure")

    def _content_shares(self, shares: Sequence[float], rows: Sequence[Sequence[str]]) -> list[float]:
        """The columns' shares, widened where a column's longest word would not fit.

        The room a widened column needs is taken from the others in proportion to
        their share beyond their own need, so no column drops below its longest word
        unless the words together are wider than the page."""
        width = self.text_width
        needs = [0.0] * len(shares)
        for values in rows:
            for index, value in enumerate(values):
                longest = max((len(w) for w in _WORD.findall(value)), default=0)
                needs[index] = max(needs[index], (longest * _CHAR_WIDTH + _CELL_PADDING) / width)
        needs = [min(n, _WIDEST_SHARE) for n in needs]
        if sum(needs) >= 1:
            return [n / sum(needs) for n in needs]
        result = list(shares)
        for _ in range(len(result)):
            short = [i for i, (s, n) in enumerate(zip(result, needs, strict=True)) if s < n]
            if not short:
                break
            wanted = sum(needs[i] - result[i] for i in short)
            for i in short:
                result[i] = needs[i]
            spare = {
                i: result[i] - needs[i] for i in range(len(result)) if i not in short and result[i] > needs[i]
            }
            room = sum(spare.values())
            if room <= 0:
                break
            for i, extra in spare.items():
                result[i] -= wanted * extra / room
        total = sum(result)
        return [r / total for r in result]

    def _table(self, row_count: int, shares: Sequence[float], caption: str = "") -> Table:
        # Two tables in a row would merge into one in Word; an empty paragraph keeps them apart.
        content = [c for c in self.document.element.body if c.tag != qn("w:sectPr")]
        if content and _is_table(content[-1]):
            self.paragraph("").paragraph_format.space_after = 0
        table = self.document.add_table(rows=row_count, cols=len(shares))
        table._tbl.tblStyle_val = self._table_style_id()
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        # Fixed widths: Word and LibreOffice otherwise size columns by content and a
        # long title squeezes the date column into one character per line.
        table.autofit = False
        widths = [Emu(int(self.text_width * share)) for share in shares]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = width
        if caption:
            set_table_caption(table, caption)
        return cast(Table, table)

    def _fill(self, cell: _Cell, text: str, style: str, numeric: bool = False) -> None:
        paragraph = cell.paragraphs[0]
        paragraph._p.style = self.style_id(style)
        if text:
            paragraph.add_run(clean_text(text))
        if numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            # Amounts must not wrap between the digit groups ("42 000,00").
            cell._tc.get_or_add_tcPr().append(OxmlElement("w:noWrap"))

    # --- document-wide ------------------------------------------------------------------------

    def set_properties(self, title: str, subject: str, author: str, language: str, today: dt.date) -> None:
        """Core properties (a long title shortened there with "…"), Word's current
        mode and the proofing language; see ``package``."""
        package.set_properties(self.document, title, subject, author, language, today)
        package.set_proofing_language(self.document, language)


def _is_table(block: object) -> bool:
    """Whether the body's ``block`` is a table, or deferred blocks ending with one."""
    return getattr(block, "tag", None) == qn("w:tbl") or deferred_xml.ends_with_table(block)
