"""A table of contents that Word keeps current and every other reader can see.

The TOC field is written with its result already in place (the report's
top-level headings), so LibreOffice and a PDF show the list as it is; Word
recomputes it, with page numbers, when it opens the document
(``updateFields``, set by ``package.update_fields_on_open``).
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from lxml import etree

from delegation_planner.documents.package import update_fields_on_open
from delegation_planner.documents.text_xml import clean_text

_W = {"w": nsmap["w"]}
_PARAGRAPHS_OF_STYLE = etree.XPath("./w:p[w:pPr/w:pStyle/@w:val = $style]", namespaces=_W)
_TEXTS = etree.XPath(".//w:t/text()", namespaces=_W)

_INSTRUCTION = ' TOC \\o "1-1" \\h \\z \\u '


def fill_table_of_contents(document: Document, anchor: Paragraph, heading_style_id: str) -> None:
    """Fill the empty ``anchor`` paragraph with a TOC field listing every heading of
    ``heading_style_id`` in the document."""
    body = document.element.body
    # One XPath in C: walking every paragraph in Python and reading its style took a
    # second on a report of a thousand delegations (20,000 paragraphs).
    found = _PARAGRAPHS_OF_STYLE(body, style=heading_style_id)
    headings = ["".join(_TEXTS(p)) for p in found]
    headings = [h for h in headings if h.strip()]
    # One paragraph, the entries on lines of their own: it reads as a list, and no
    # entry is a paragraph with a heading's exact text (a reader looking for the
    # heading finds the heading, not its line in the contents).
    p = anchor._p
    p.append(_field_char("begin"))
    instruction = OxmlElement("w:r")
    instr_text = OxmlElement("w:instrText")
    instr_text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr_text.text = _INSTRUCTION
    instruction.append(instr_text)
    p.append(instruction)
    p.append(_field_char("separate"))
    for index, text in enumerate(headings):
        if index:
            run = OxmlElement("w:r")
            run.append(OxmlElement("w:br"))
            p.append(run)
        p.append(_text_run(text))
    p.append(_field_char("end"))
    update_fields_on_open(document)


def _field_char(kind: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _text_run(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = clean_text(text)
    run.append(t)
    return run
