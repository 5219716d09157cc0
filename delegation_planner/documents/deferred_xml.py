"""Blocks of a document kept as XML text until it is saved, for the annual report's sections.

A year's report writes a thousand delegations' sections (about 4.5 MB of WordprocessingML)
as XML text. Parsing that text into the document's tree and serialising the tree again
when it is saved cost a quarter of the report's time, and nothing reads those elements
in between. So the text waits in the body in a processing instruction that marks its
place, and the main part's XML is spliced when it is serialised (``DeferredDocumentPart``):
a document saved in any way (``Document.save``) holds the blocks where the instruction
stood, byte for byte what lxml would have written for them once parsed.

The text must be what lxml writes for it: elements in the ``w:`` prefix the document's
root declares, attributes in double quotes, ``&``, ``<`` and ``>`` escaped in text, and
no namespace declarations of its own (``strip_declarations``). Escaped so, it never holds
``?>``, the one sequence a processing instruction cannot.
"""

from __future__ import annotations

import re

from docx.document import Document
from docx.opc.oxml import serialize_part_xml
from docx.parts.document import DocumentPart
from lxml import etree

# The instruction's target says whether the blocks end with a table, without reading them.
_TARGET = "delegation-planner-blocks"
_TABLE_TARGET = "delegation-planner-blocks-table"
_START = b"<?delegation-planner-blocks"
_END = b"?>"
_TABLE_END = "</w:tbl>"
_DECLARATION = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


class DeferredDocumentPart(DocumentPart):
    """The main part of a document holding deferred blocks: its XML has them spliced in."""

    @property
    def blob(self) -> bytes:
        return splice(serialize_part_xml(self._element))


def instruction(xml: str) -> etree._ProcessingInstruction:
    """The processing instruction holding ``xml`` (one or more body blocks) in the body
    until it is saved; the document must then be ``mark``-ed."""
    if "?>" in xml:
        raise ValueError("deferred blocks must be escaped as lxml writes them")
    return etree.ProcessingInstruction(_TABLE_TARGET if xml.endswith(_TABLE_END) else _TARGET, xml)


def mark(document: Document) -> None:
    """Have ``document``'s main part splice its deferred blocks in when it is serialised."""
    part = document.part
    if type(part) is DocumentPart:
        # The same part, saved with its deferred blocks spliced in (no state but the class).
        part.__class__ = DeferredDocumentPart
    elif not isinstance(part, DeferredDocumentPart):
        raise TypeError(f"cannot defer blocks in a {type(part).__name__}")


def ends_with_table(block: object) -> bool:
    """Whether the body's ``block`` is deferred blocks whose last block is a table (the writer
    keeps two tables apart, as Word would join them)."""
    return isinstance(block, etree._ProcessingInstruction) and block.target == _TABLE_TARGET


def splice(xml: bytes) -> bytes:
    """``xml`` (a part serialised by lxml, UTF-8) with each deferred blocks' instruction
    replaced by its blocks."""
    if _START not in xml:
        return xml
    pieces: list[bytes] = []
    end = 0
    while (start := xml.find(_START, end)) >= 0:
        text = xml.index(b" ", start) + 1  # after the target
        stop = xml.index(_END, text)
        pieces += (xml[end:start], xml[text:stop])
        end = stop + len(_END)
    pieces.append(xml[end:])
    return b"".join(pieces)


def strip_declarations(xml: str) -> str:
    """``xml`` (an element serialised on its own) without the namespace declarations on its
    first tag: the document's root declares them, and lxml drops them from an element put
    into the document."""
    first = xml.index(">")
    return _DECLARATION.sub("", xml[:first]) + xml[first:]
