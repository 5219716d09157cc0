"""Blocks of a document kept as XML text until it is saved, for the annual report's sections.

A year's report writes a thousand delegations' sections (about 4.5 MB of WordprocessingML)
as XML text. Parsing that text into the document's tree and serialising the tree again
when it is saved cost a quarter of the report's time, and nothing reads those elements
in between. So the text waits beside the document's main part (``DeferredDocumentPart``),
a processing instruction in the body marks its place, and the part's XML is spliced when
it is serialised: a document saved in any way (``Document.save``) holds the blocks where
the instruction stood, byte for byte what lxml would have written for them once parsed.
The instruction holds the blocks' number, not the blocks: handed 4.5 MB, lxml checked
every character of it and wrote it out again on save (50-60 ms of a report).

The text must be what lxml writes for it: elements in the ``w:`` prefix the document's
root declares, attributes in double quotes, ``&``, ``<`` and ``>`` escaped in text, and
no namespace declarations of its own (``strip_declarations``). Escaped so, it never holds
``?>``: text that does was not escaped, and is refused.
"""

from __future__ import annotations

import re
from typing import cast

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

    # The blocks' XML text, UTF-8, by the number their instruction holds (set by ``defer``).
    deferred_blocks: list[bytes]

    @property
    def blob(self) -> bytes:
        return splice(serialize_part_xml(self._element), self.deferred_blocks)


def defer(document: Document, xml: str) -> etree._ProcessingInstruction:
    """The processing instruction that stands for ``xml`` (one or more body blocks) in
    ``document``'s body until it is saved; the text is kept by the document's main part."""
    if "?>" in xml:
        raise ValueError("deferred blocks must be escaped as lxml writes them")
    part = document.part
    if type(part) is DocumentPart:
        # The same part, saved with its deferred blocks spliced in.
        part.__class__ = DeferredDocumentPart
        cast(DeferredDocumentPart, part).deferred_blocks = []
    elif not isinstance(part, DeferredDocumentPart):
        raise TypeError(f"cannot defer blocks in a {type(part).__name__}")
    blocks = cast(DeferredDocumentPart, part).deferred_blocks
    blocks.append(xml.encode())
    target = _TABLE_TARGET if xml.endswith(_TABLE_END) else _TARGET
    return etree.ProcessingInstruction(target, str(len(blocks) - 1))


def ends_with_table(block: object) -> bool:
    """Whether the body's ``block`` is deferred blocks whose last block is a table (the writer
    keeps two tables apart, as Word would join them)."""
    return isinstance(block, etree._ProcessingInstruction) and block.target == _TABLE_TARGET


def splice(xml: bytes, blocks: list[bytes]) -> bytes:
    """``xml`` (a part serialised by lxml, UTF-8) with each deferred blocks' instruction
    replaced by the blocks it stands for."""
    if _START not in xml:
        return xml
    pieces: list[bytes] = []
    end = 0
    while (start := xml.find(_START, end)) >= 0:
        text = xml.index(b" ", start) + 1  # after the target
        stop = xml.index(_END, text)
        pieces += (xml[end:start], blocks[int(xml[text:stop])])
        end = stop + len(_END)
    pieces.append(xml[end:])
    return b"".join(pieces)


def strip_declarations(xml: str) -> str:
    """``xml`` (an element serialised on its own) without the namespace declarations on its
    first tag: the document's root declares them, and lxml drops them from an element put
    into the document."""
    first = xml.index(">")
    return _DECLARATION.sub("", xml[:first]) + xml[first:]
