"""The Word template the documents are written on: the shipped one or the office's own.

A document starts as a copy of a template with its body cleared, so the template's
page size, header and footer (letterhead, page numbers) and styles (fonts) carry
over. The writer only ever uses the named styles in ``USED_STYLES``; an office
template made in Word may lack some of them (Word keeps unused built-in styles
"latent", outside styles.xml), so those are added, based on the template's own
Normal style so the office's font still shows.
"""

from __future__ import annotations

import io
import zipfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from delegation_planner.documents.template_safety import MAX_TEMPLATE_BYTES, UnsafeTemplate, make_safe
from delegation_planner.texts.catalogue import tr

# Package data, so an installed program has it as well as a checkout.
SHIPPED_TEMPLATE: Traversable = files("delegation_planner.resources") / "templates" / "visit-memo.docx"

TITLE = "Title"
SUBTITLE = "Subtitle"
HEADING_1 = "Heading 1"
HEADING_2 = "Heading 2"
NORMAL = "Normal"
TABLE_TEXT = "Table Text"
TABLE_HEADING = "Table Heading"
TABLE_GRID = "Table Grid"
CAPTION = "Caption"

PARAGRAPH_STYLES = (NORMAL, TITLE, SUBTITLE, HEADING_1, HEADING_2, TABLE_TEXT, TABLE_HEADING, CAPTION)
TABLE_STYLES = (TABLE_GRID,)
USED_STYLES = PARAGRAPH_STYLES + TABLE_STYLES

# Placeholders a template may carry in its header or footer; an office's letterhead
# without them is left exactly as it is.
OFFICE_PLACEHOLDER = "{office}"
DOCUMENT_PLACEHOLDER = "{document}"
DATE_PLACEHOLDER = "{date}"
REFERENCE_PLACEHOLDER = "{reference}"

_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

_ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
_BODY_FONT = "Arial"


class TemplateError(Exception):
    """The template cannot be used; the message says why in plain words."""


# --- opening ------------------------------------------------------------------------------


def open_template(path: Path | str | bytes | None = None) -> Document:
    """A new document on ``path`` (the shipped template when None; a template's bytes, as the
    register keeps the office's letterhead), its body empty."""
    if isinstance(path, bytes):
        # The register's letterhead goes through the same checks as a template file.
        if len(path) > MAX_TEMPLATE_BYTES:
            raise TemplateError(tr("The letterhead template is larger than a Word template may be."))
        try:
            data = make_safe(path)
        except UnsafeTemplate as error:
            raise TemplateError(
                tr("The letterhead template cannot be used: it {error}.", error=error)
            ) from error
        try:
            document = docx.Document(io.BytesIO(_as_document(data)))
        except Exception as error:  # python-docx raises many kinds for a damaged file
            raise TemplateError(tr("The register's letterhead template is not a Word document.")) from error
    elif path is None:
        document = _load_shipped()
    else:
        document = _load(Path(path))
    clear_body(document)
    ensure_styles(document)
    return document


def _load_shipped() -> Document:
    """The program's own template, from the installed package (not a user's file)."""
    try:
        data = SHIPPED_TEMPLATE.read_bytes()
    except OSError as error:
        raise TemplateError(
            tr(
                "The program's own Word template is missing ({reason}); install the program again.",
                reason=error.strerror or error,
            )
        ) from error
    return docx.Document(io.BytesIO(data))


def _load(path: Path) -> Document:
    # Asked before opening: /dev/zero would never end, a pipe would wait for a writer.
    if path.is_dir():
        raise TemplateError(
            tr("The template {path} is a folder, not a Word document (.docx or .dotx).", path=path)
        )
    if path.exists() and not path.is_file():
        raise TemplateError(
            tr("The template {path} is not a regular file, not a Word document (.docx or .dotx).", path=path)
        )
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise TemplateError(
                tr(
                    "The template {path} is {size:,.0f} MB; a Word template may be at most {limit} MB.",
                    path=path,
                    size=size / 1024 / 1024,
                    limit=MAX_TEMPLATE_BYTES // 1024 // 1024,
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise TemplateError(
            tr("The template {path} cannot be read: {reason}.", path=path, reason=error.strerror or error)
        ) from error
    try:
        data = make_safe(data)
    except UnsafeTemplate as error:
        raise TemplateError(
            tr("The template {path} cannot be used: it {error}.", path=path, error=error)
        ) from error
    try:
        return docx.Document(io.BytesIO(_as_document(data)))
    except Exception as error:  # python-docx raises many kinds for a damaged file
        raise TemplateError(
            tr("The template {path} is not a Word document (.docx or .dotx).", path=path)
        ) from error


def _as_document(data: bytes) -> bytes:
    """A .dotx differs from a .docx only in its main part's content type; python-docx
    refuses the template type, so the package is rewritten in memory as a document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as source:
            types = source.read("[Content_Types].xml")
            if _TEMPLATE_TYPE.encode() not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    blob = source.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        blob = blob.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
                    target.writestr(info, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError):
        return data  # let python-docx report it as not a Word document


def clear_body(document: Document) -> None:
    """Remove the template's sample content but keep the last section properties,
    which point at the header and footer and hold the page size and margins."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# --- styles -----------------------------------------------------------------------------------


def defined_styles(document: Document) -> set[str]:
    """Names of the styles actually written in the document's styles part."""
    return {s.name for s in document.styles if s.name}


def missing_styles(document: Document | Path | str) -> list[str]:
    """The styles the writer uses that the template does not define, in use order."""
    if not isinstance(document, Document):
        document = _load(Path(document))
    defined = defined_styles(document)
    return [name for name in USED_STYLES if name not in defined]


def ensure_styles(document: Document) -> None:
    """Add what ``missing_styles`` reports, each based on Normal (the office's font)."""
    for name in missing_styles(document):
        if name == TABLE_GRID:
            _add_table_grid(document)
        else:
            _define_paragraph_style(document, name)


def _define_paragraph_style(document: Document, name: str) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    if name != NORMAL:
        style.base_style = document.styles[NORMAL]
    style.quick_style = True
    font, fmt = style.font, style.paragraph_format
    if name == TITLE:
        font.size, font.bold = Pt(20), True
        fmt.space_after = Pt(2)
    elif name == SUBTITLE:
        font.size = Pt(13)
        fmt.space_after = Pt(10)
    elif name in (HEADING_1, HEADING_2):
        font.size, font.bold = Pt(14 if name == HEADING_1 else 11.5), True
        fmt.space_before, fmt.space_after = Pt(14 if name == HEADING_1 else 10), Pt(4)
        fmt.keep_with_next = True
    elif name == CAPTION:
        font.size, font.italic = Pt(8.5), True
        font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        fmt.space_before, fmt.space_after = Pt(4), Pt(3)
    elif name in (TABLE_TEXT, TABLE_HEADING):
        font.size = Pt(9)
        font.bold = name == TABLE_HEADING
        fmt.space_before, fmt.space_after = Pt(1), Pt(1)
        fmt.line_spacing = 1.0
    return style


def _add_table_grid(document: Document) -> None:
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    document.styles.element.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="table" w:styleId="TableGrid">'
            '<w:name w:val="Table Grid"/><w:uiPriority w:val="59"/>'
            '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            f"<w:tblPr><w:tblBorders>{borders}</w:tblBorders>"
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
            "</w:tblPr></w:style>"
        )
    )


# --- header and footer --------------------------------------------------------------------------


def fill_placeholders(document: Document, values: dict[str, str]) -> None:
    """Replace ``{office}`` etc. wherever a header or footer holds them: in its
    paragraphs and tables, in text boxes (``w:txbxContent``, also the VML fallback
    of ``mc:AlternateContent``) and in content controls (``w:sdt``).

    Word often splits a typed placeholder over several runs, so each paragraph's
    text nodes are read as one string and a placeholder is replaced where it
    starts, the rest of it cut from the nodes it spans; the text around it and
    every run's format stay as they were.
    """
    for root in _header_footer_roots(document):
        for paragraph in root.iter(qn("w:p")):
            _replace_in_paragraph(paragraph, values)


def _header_footer_roots(document: Document) -> list[BaseOxmlElement]:
    """The root element of every header and footer part, each once."""
    roots: list[BaseOxmlElement] = []
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name.startswith(("/word/header", "/word/footer")) and hasattr(part, "element"):
            roots.append(part.element)
    return roots


def _own_texts(paragraph: BaseOxmlElement) -> list[BaseOxmlElement]:
    """The paragraph's ``w:t`` nodes, without those of paragraphs nested in a text box."""
    texts = []
    for node in paragraph.iter(qn("w:t")):
        parent = node.getparent()
        while parent is not None and parent.tag != qn("w:p"):
            parent = parent.getparent()
        if parent is paragraph:
            texts.append(node)
    return texts


def _replace_in_paragraph(paragraph: BaseOxmlElement, values: dict[str, str]) -> None:
    nodes = _own_texts(paragraph)
    if not nodes:
        return
    for key, value in values.items():
        while True:
            joined = "".join(node.text or "" for node in nodes)
            at = joined.find(key)
            if at < 0:
                break
            _splice(nodes, at, len(key), value)
            _drop_placeholder_look(paragraph)


def _splice(nodes: list[BaseOxmlElement], at: int, length: int, value: str) -> None:
    """Replace ``length`` characters from offset ``at`` of the nodes' joined text by ``value``."""
    offset = 0
    remaining = length
    placed = False
    for node in nodes:
        text = node.text or ""
        start, end = offset, offset + len(text)
        offset = end
        if end <= at or remaining == 0:
            continue
        local = max(0, at - start)
        cut = min(len(text) - local, remaining)
        node.text = text[:local] + ("" if placed else value) + text[local + cut :]
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        placed = True
        remaining -= cut


def _drop_placeholder_look(paragraph: BaseOxmlElement) -> None:
    """A content control showing its placeholder text shows it greyed; once the
    office's name is in it, it is real text."""
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == qn("w:sdt"):
            for flag in parent.iter(qn("w:showingPlcHdr")):
                flag.getparent().remove(flag)
        parent = parent.getparent()
    for sdt in paragraph.iter(qn("w:sdt")):
        for flag in sdt.iter(qn("w:showingPlcHdr")):
            flag.getparent().remove(flag)


def header_footer_text(document: Document) -> list[str]:
    """The text of every paragraph of every header and footer, text boxes included."""
    found = []
    for root in _header_footer_roots(document):
        for paragraph in root.iter(qn("w:p")):
            found.append("".join(node.text or "" for node in _own_texts(paragraph)))
    return found


def has_page_field(document: Document) -> bool:
    for root in _header_footer_roots(document):
        for simple in root.iter(qn("w:fldSimple")):
            if "PAGE" in (simple.get(qn("w:instr")) or "").split():
                return True
        for instr in root.iter(qn("w:instrText")):
            if "PAGE" in (instr.text or "").split():
                return True
    return False


def add_page_line(document: Document, facts: str) -> None:
    """For a letterhead that carries neither the date placeholder nor a page number:
    a small footer line with the document's date and reference and "2 (5)", so every
    page says what it belongs to as an authority's document should."""
    with_page = not has_page_field(document)
    for index, section in enumerate(document.sections):
        footer = section.footer
        if footer.is_linked_to_previous:
            if index:
                continue  # shows the previous section's footer, which has the line
            footer.is_linked_to_previous = False  # the first section has no footer yet: make one
        paragraph = footer.add_paragraph(
            style=document.styles["Footer"] if "Footer" in defined_styles(document) else None
        )
        if facts:
            paragraph.add_run(facts + ("\t" if with_page else ""))
        if with_page:
            append_page_number(paragraph)


def append_page_number(paragraph: Paragraph) -> None:
    """``2 (5)``: page and number of pages, as Swedish and Danish documents number them."""
    _append_field(paragraph, "PAGE")
    paragraph.add_run(" (")
    _append_field(paragraph, "NUMPAGES")
    paragraph.add_run(")")


# --- the shipped design -----------------------------------------------------------------------------


def build_template() -> Document:
    """The shipped template: A4, Arial, the office in the header, page x / y in the footer.

    ``python -m delegation_planner.resources.make_templates`` saves this as
    visit-memo.docx; the program reads the saved file so an office can compare it with its own.
    """
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.1), Cm(1.0)
    _design_styles(document)
    _design_header(document)
    _design_footer(document)
    properties = document.core_properties
    properties.title = "Delegation Planner template"
    properties.author = properties.last_modified_by = "Delegation Planner"
    properties.comments = (
        "Header and footer: {office}, {document}, {date} and {reference} are replaced; "
        "the header holds the page number."
    )
    from delegation_planner.documents.package import current_word_mode, fresh_app_properties

    current_word_mode(document)  # Word's current mode, not Compatibility Mode
    fresh_app_properties(document)
    return document


def _design_styles(document: Document) -> None:
    styles = document.styles
    normal = styles[NORMAL]
    assert isinstance(normal, ParagraphStyle)
    normal.font.name, normal.font.size = _BODY_FONT, Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, color in (
        (TITLE, 22, _ACCENT),
        (SUBTITLE, 13, RGBColor(0x44, 0x44, 0x44)),
        (HEADING_1, 14, _ACCENT),
        (HEADING_2, 11, _ACCENT),
    ):
        style = styles[name]
        assert isinstance(style, ParagraphStyle)
        _drop_theme_fonts(style)
        style.font.name, style.font.size, style.font.color.rgb = _BODY_FONT, Pt(size), color
        style.font.italic = False
        style.font.bold = name != SUBTITLE
    _title_without_rule(styles[TITLE])
    for name in (TABLE_TEXT, TABLE_HEADING):
        _define_paragraph_style(document, name)
    caption = (
        styles[CAPTION] if CAPTION in defined_styles(document) else _define_paragraph_style(document, CAPTION)
    )
    assert isinstance(caption, ParagraphStyle)
    _drop_theme_fonts(caption)
    caption.font.name, caption.font.size, caption.font.bold, caption.font.italic = (
        _BODY_FONT,
        Pt(8.5),
        False,
        True,
    )
    caption.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    caption.paragraph_format.space_before, caption.paragraph_format.space_after = Pt(4), Pt(3)
    for name in ("Header", "Footer"):
        style = styles[name]
        assert isinstance(style, ParagraphStyle)
        style.font.size, style.font.color.rgb = Pt(8.5), RGBColor(0x55, 0x55, 0x55)


def _drop_theme_fonts(style: ParagraphStyle) -> None:
    """Theme font attributes win over explicit names in Word; remove them so the
    template's font is the one written."""
    rpr = style.element.rPr
    fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)


def _title_without_rule(style: object) -> None:
    # python-docx's default Title has a bottom border and tight spacing; a plain title reads better.
    element = getattr(style, "element", None)
    ppr = element.pPr if element is not None else None
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _design_header(document: Document) -> None:
    """Two lines, as an authority's letter has them: the office and the kind of
    document, then the document's date and its reference (Dnr); the footer numbers
    the pages "2 (5)"."""
    section = document.sections[0]
    width = Cm(21.0 - 2 * 2.2)  # the page and margins set in build_template
    # The default Header style has a centre tab first, which would put the document
    # kind mid-page; one right tab at the text edge puts it flush right.
    style = document.styles["Header"]
    assert isinstance(style, ParagraphStyle)
    style.paragraph_format.tab_stops.clear_all()
    style.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    first = section.header.paragraphs[0]
    first.style = style
    office = first.add_run(OFFICE_PLACEHOLDER)
    office.bold = True
    first.add_run("\t" + DOCUMENT_PLACEHOLDER)
    second = section.header.add_paragraph(style=style)
    second.add_run(f"{DATE_PLACEHOLDER}\t{REFERENCE_PLACEHOLDER}")
    second.paragraph_format.space_after = Pt(6)


def _design_footer(document: Document) -> None:
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.alignment = 1  # centred
    append_page_number(paragraph)


def _append_field(paragraph: Paragraph, instruction: str) -> None:
    """A simple field; Word and LibreOffice compute its value when the page is laid out."""
    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} \\* MERGEFORMAT ">'
            "<w:r><w:t>1</w:t></w:r></w:fldSimple>"
        )
    )
