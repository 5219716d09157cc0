"""What a document carries besides its text: properties, Word's mode, field updates.

Word opens a document whose settings lack ``compatibilityMode`` 15 in
Compatibility Mode (older layout rules, features turned off, "[Compatibility
Mode]" in the title bar). python-docx's own starting document, and templates
made long ago, lack it, so every document is written in the current mode.

The starting document also brings an ``app.xml`` written by another program,
with page and word counts of a different document, and a blank thumbnail; both
are replaced or dropped rather than left to lie.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from delegation_planner.documents.text_xml import clean_text

# Word keeps a core property to 255 characters; python-docx refuses longer ones.
MAX_PROPERTY = 255
WORD_2013_AND_LATER = "15"
_WORD_URI = "http://schemas.microsoft.com/office/word"

# Elements that follow w:updateFields and w:compat in settings.xml, in schema order;
# a new element goes before the first of these that is present.
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
)
_AFTER_COMPAT = (
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)

_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Delegation Planner</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
)


def fit_property(text: str, limit: int = MAX_PROPERTY) -> str:
    """``text`` cut to ``limit`` characters at a word where it can be, ending in "…"."""
    text = " ".join(clean_text(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:–-") + "…"


def set_properties(
    document: Document, title: str, subject: str, author: str, language: str, today: dt.date
) -> None:
    """Title, subject, author and language as Word's File ▸ Info shows them.

    A title longer than a property may hold (a delegation's title may be a
    paragraph) is shortened there with "…"; the document's text keeps it whole.
    """
    properties = document.core_properties
    properties.title = fit_property(title)
    properties.subject = fit_property(subject)
    properties.author = properties.last_modified_by = fit_property(author)
    properties.language = language
    properties.comments = ""
    properties.keywords = ""
    properties.category = ""
    moment = dt.datetime.combine(today, dt.time(12, 0))
    properties.created = properties.modified = moment
    properties.revision = 1
    current_word_mode(document)
    fresh_app_properties(document)


def current_word_mode(document: Document) -> None:
    """``w:compat/w:compatSetting compatibilityMode=15``: Word's current mode, not Compatibility Mode."""
    settings = document.settings.element
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        _insert_before(settings, compat, _AFTER_COMPAT)
    for setting in compat.findall(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            compat.remove(setting)
    setting = OxmlElement("w:compatSetting")
    setting.set(qn("w:name"), "compatibilityMode")
    setting.set(qn("w:uri"), _WORD_URI)
    setting.set(qn("w:val"), WORD_2013_AND_LATER)
    compat.append(setting)


def update_fields_on_open(document: Document) -> None:
    """Word recomputes the table of contents (and the page count) when it opens the file."""
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is None:
        existing = OxmlElement("w:updateFields")
        _insert_before(settings, existing, _AFTER_UPDATE_FIELDS + _AFTER_COMPAT)
    existing.set(qn("w:val"), "true")


def fresh_app_properties(document: Document) -> None:
    """This program's name in ``app.xml``, without another document's statistics,
    and no blank thumbnail (Word and Explorer draw their own preview then)."""
    package = document.part.package
    for relationship in list(package.rels.values()):
        if relationship.reltype == RT.THUMBNAIL:
            del package.rels[relationship.rId]
        elif relationship.reltype == RT.EXTENDED_PROPERTIES and not relationship.is_external:
            relationship.target_part._blob = _APP_XML.encode("utf-8")


def _insert_before(parent: BaseOxmlElement, element: BaseOxmlElement, successors: tuple[str, ...]) -> None:
    tags = {qn(name) for name in successors}
    anchor = next((child for child in parent if child.tag in tags), None)
    if anchor is None:
        parent.append(element)
    else:
        anchor.addprevious(element)


def set_proofing_language(document: Document, language: str) -> None:
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
