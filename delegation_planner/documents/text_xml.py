"""Text as WordprocessingML carries it: characters XML can hold, runs and fields as XML text.

The writers build long tables and a year's captions as XML text parsed in one go (python-docx's
element-by-element building was most of a report's time); these are the pieces, kept with the
one rule every text obeys on its way into a document (``clean_text``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml.etree import SubElement

# Characters XML 1.0 cannot carry (and C1 controls, which Word shows as boxes). The
# register refuses them on entry; this is the last line of defence for old data.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# An attribute value's quotes, for ``escape`` of a style id.
QUOTE = {'"': "&quot;"}


def escape(data: str, entities: dict[str, str] | None = None) -> str:
    """``&``, ``<`` and ``>`` escaped, then each of ``entities``: what ``xml.sax.saxutils.escape``
    does, written here because importing that module loads ``urllib.request`` and with it
    ``http.client`` and ``ssl`` (20-30 ms of every command that writes a document)."""
    data = data.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for character, entity in (entities or {}).items():
        data = data.replace(character, entity)
    return data


def clean_text(text: str | None) -> str:
    """Text as it can be written: control characters dropped, line ends made ``\\n``.

    Tabs and line breaks stay; python-docx turns them into Word tabs and breaks.
    ``<``, ``&`` and quotes need nothing here, python-docx escapes them.
    """
    if not text:
        return ""
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def append_run(p: BaseOxmlElement, text: str) -> BaseOxmlElement:
    """A run holding ``text`` at the end of the paragraph element ``p``, written as
    python-docx's ``Run.text`` writes it (tabs as ``w:tab``, line ends as ``w:br``).

    ``Run.text`` compiles an XPath expression on every call, which was a quarter of the
    annual report's time; the run is short, so it is built directly.
    """
    run = cast(BaseOxmlElement, SubElement(p, qn("w:r")))
    for number, line in enumerate(text.split("\n")):
        if number:
            SubElement(run, qn("w:br"))
        for index, piece in enumerate(line.split("\t")):
            if index:
                SubElement(run, qn("w:tab"))
            if piece:
                t = SubElement(run, qn("w:t"))
                t.text = piece
                if piece != piece.strip():
                    t.set(_XML_SPACE, "preserve")
    return run


# A report repeats the same words (labels, kinds, countries) in a thousand sections.
@lru_cache(maxsize=4096)
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


def complex_field_xml(instruction: str, shown: str) -> str:
    """A field as begin / instruction / separate / result / end runs: its result is an
    ordinary run, so every reader of the text (and python-docx) sees the number."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{escape(shown)}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
