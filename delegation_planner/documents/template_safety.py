"""An office's Word template made safe before anything is built on it.

Every document is a copy of the template, so whatever the template carries goes out
with every memo and report. A template found on a shared drive may carry things no
document of the office should:

- **external relationships**: an ``attachedTemplate`` on a remote server (Word
  fetches it on opening and sends the user's credentials), remote images (a web
  beacon saying who opened the document and when), ``file://`` links and
  hyperlinks to files (they leak paths, or point at a share that tries to log in).
  They are removed, and whatever pointed at them (the ``attachedTemplate``
  element, an image's link) with them. Ordinary web and e-mail hyperlinks stay.
- **macros and controls**: ``vbaProject.bin``, its data, ActiveX controls. They are
  removed and a macro-enabled template (.dotm/.docm) becomes a plain one.

Each removal is reported in words (``TemplateWarning``; the command line prints it
on standard error), so an office learns what its template held. A template that
is larger than ``MAX_TEMPLATE_BYTES`` or whose parts unpack to more than
``MAX_PART_BYTES`` each (a zip bomb) is refused before it is unpacked.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from xml.etree import ElementTree

from delegation_planner.texts.catalogue import tr

MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
MAX_PART_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_MAIN_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Parts that hold code or controls, by name.
_MACRO_PART = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX/.*)$", re.IGNORECASE)
# Links that may stay: they open in a browser or a mail program when clicked, nothing more.
_SAFE_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


class TemplateWarning(UserWarning):
    """Something was removed from the office's template; the message says what."""


class UnsafeTemplate(Exception):
    """The template cannot be used at all (too large, a zip bomb); the message says why."""


def make_safe(data: bytes) -> bytes:
    """The template package with external relationships and macros removed (each
    removal reported as a ``TemplateWarning``); ``data`` itself when nothing was found."""
    try:
        source = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return data  # python-docx reports it as not a Word document
    with source:
        infos = source.infolist()
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > MAX_PART_BYTES or total > MAX_UNPACKED_BYTES:
                raise UnsafeTemplate(
                    tr(
                        "unpacks to more than {size} MB ({filename}); a Word template is far smaller",
                        size=MAX_PART_BYTES // 1024 // 1024,
                        filename=info.filename,
                    )
                )
        parts = {info.filename: source.read(info.filename) for info in infos}
    removed_parts = {name for name in parts if _MACRO_PART.search(name)}
    notes: list[str] = []
    if removed_parts:
        notes.append(
            tr("its macros and controls ({parts}) were removed", parts=", ".join(sorted(removed_parts)))
        )
    changed = bool(removed_parts)
    for rels_name in [n for n in parts if n.endswith(".rels")]:
        new_rels, dropped, described = _clean_relationships(parts[rels_name], rels_name, removed_parts)
        if not dropped:
            continue
        changed = True
        parts[rels_name] = new_rels
        notes.extend(described)
        owner = _owner_of(rels_name)
        if owner in parts and owner.endswith(".xml"):
            parts[owner] = _drop_references(parts[owner], dropped)
    if "[Content_Types].xml" in parts and (removed_parts or _has_macro_type(parts["[Content_Types].xml"])):
        parts["[Content_Types].xml"] = _clean_types(parts["[Content_Types].xml"], removed_parts)
        changed = True
    if not changed:
        return data
    for note in dict.fromkeys(notes):
        warnings.warn(TemplateWarning(tr("The template: {note}.", note=note)), stacklevel=2)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            if info.filename in removed_parts:
                continue
            target.writestr(info, parts[info.filename])
    return out.getvalue()


def _owner_of(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word/document.xml``."""
    folder, _, name = rels_name.rpartition("_rels/")
    return folder + name.removesuffix(".rels")


def _clean_relationships(
    raw: bytes, rels_name: str, removed_parts: set[str]
) -> tuple[bytes, set[str], list[str]]:
    root = ElementTree.fromstring(raw)
    base = rels_name.rpartition("_rels/")[0]
    dropped: set[str] = set()
    described: list[str] = []
    for relationship in list(root):
        target = relationship.get("Target", "")
        kind = relationship.get("Type", "").rsplit("/", 1)[-1]
        external = relationship.get("TargetMode") == "External"
        inside = (base + target).lstrip("/") if not target.startswith("/") else target.lstrip("/")
        if external and not (kind == "hyperlink" and _SAFE_LINK.match(target)):
            described.append(_describe(kind, target))
        elif not external and (inside in removed_parts or _MACRO_PART.search(target)):
            pass  # the part is gone; already reported with the macros
        else:
            continue
        dropped.add(relationship.get("Id", ""))
        root.remove(relationship)
    if not dropped:
        return raw, dropped, described
    ElementTree.register_namespace("", _RELS_NS)
    return ElementTree.tostring(root, xml_declaration=True, encoding="UTF-8"), dropped, described


def _describe(kind: str, target: str) -> str:
    shown = target if len(target) <= 80 else target[:79] + "…"
    if kind == "attachedTemplate":
        return tr("its link to an outside template ({shown}) was removed", shown=shown)
    if kind == "image":
        return tr("a picture fetched from outside ({shown}) was removed", shown=shown)
    if kind == "hyperlink":
        return tr("a link to a file ({shown}) was removed (the text stays)", shown=shown)
    return tr("an outside link of kind {kind} ({shown}) was removed", kind=kind, shown=shown)


def _drop_references(raw: bytes, dropped: set[str]) -> bytes:
    """Remove what refers to the dropped relationships: the ``attachedTemplate``
    element, and ``r:`` attributes (an image's link, a hyperlink's target)."""
    text = raw.decode("utf-8")
    for rid in dropped:
        if not rid:
            continue
        quoted = re.escape(rid)
        text = re.sub(rf"<w:attachedTemplate\b[^>]*r:id=\"{quoted}\"[^>]*/>", "", text)
        text = re.sub(rf"\s+r:(?:id|link|embed|pict)=\"{quoted}\"", "", text)
    return text.encode("utf-8")


def _has_macro_type(raw: bytes) -> bool:
    return any(t.encode() in raw for t in _MACRO_MAIN_TYPES)


def _clean_types(raw: bytes, removed_parts: set[str]) -> bytes:
    root = ElementTree.fromstring(raw)
    for entry in list(root):
        part = entry.get("PartName", "").lstrip("/")
        if part and part in removed_parts:
            root.remove(entry)
        elif entry.get("ContentType") in _MACRO_MAIN_TYPES:
            entry.set("ContentType", _DOCUMENT_TYPE)
    ElementTree.register_namespace("", _TYPES_NS)
    return bytes(ElementTree.tostring(root, xml_declaration=True, encoding="UTF-8"))
