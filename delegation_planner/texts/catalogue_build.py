"""Bring the core's message catalogues up to date with the code (``make messages``).

What ``pybabel extract``, ``pybabel update`` and ``pybabel compile`` do, in one step and
with the project's settings: the messages are read from the Qt-free packages' calls of
``tr``, ``ntr`` and ``mark`` (``texts.catalogue``); each language's ``.po`` gets the new
ones (untranslated), changed ones (marked fuzzy, with the old translation as a start) and
loses those the code no longer has; then every ``.po`` is compiled to its ``.mo``. The
window's texts are not here: they are Qt's (``ui/translations``, ``make translations``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from delegation_planner.texts.catalogue import DOMAIN, LOCALE_DIR

PACKAGE = Path(__file__).resolve().parent.parent
TRANSLATED = ("sv", "da")
KEYWORDS = {"tr": (1,), "ntr": (1, 2), "mark": (1,)}
# Everything but the window (Qt's catalogues) and generated or build-time code.
_SKIPPED = ("ui/", "resources/", "texts/catalogue_build.py")


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def _wanted(filename: str) -> bool:
    return not filename.replace("\\", "/").startswith(_SKIPPED)


def extracted() -> Iterator[tuple[str, int, str | tuple[str, ...], list[str]]]:
    """(file, line, message or (singular, plural), comments) for every message in the code."""
    method_map = [("**.py", "python")]
    for filename, lineno, message, comments, _context in extract_from_dir(
        str(PACKAGE),
        method_map=method_map,
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        if _wanted(filename):
            yield filename, lineno, message, comments


def template() -> Catalog:
    """The catalogue the code asks for, with no translations (what a .pot file holds)."""
    catalog = Catalog(project="Delegation Planner", domain=DOMAIN, fuzzy=False)
    for filename, lineno, message, comments in extracted():
        catalog.add(message, locations=[(f"delegation_planner/{filename}", lineno)], auto_comments=comments)
    return catalog


def _read(path: Path, language: str) -> Catalog:
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="Delegation Planner", fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def update(language: str, source: Catalog) -> Catalog:
    catalog = _read(po_path(language), language)
    catalog.update(source, no_fuzzy_matching=False, update_header_comment=False)
    # A message the code no longer has is dropped: its translation, when the English was
    # only reworded, was already offered to the new message as a fuzzy start.
    catalog.obsolete.clear()
    return catalog


def write(language: str, catalog: Catalog) -> None:
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=False, omit_header=False, include_previous=True)
    compile_catalogue(language)


def compile_catalogue(language: str) -> None:
    catalog = _read(po_path(language), language)
    with mo_path(language).open("wb") as handle:
        # Fuzzy translations stay out of the .mo (gettext's rule): unfinished is English.
        write_mo(handle, catalog, use_fuzzy=False)


def main() -> int:
    source = template()
    unfinished = 0
    for language in TRANSLATED:
        catalog = update(language, source)
        write(language, catalog)
        todo = [m for m in catalog if m.id and (m.fuzzy or not m.string or not all(m.string))]
        unfinished += len(todo)
        print(f"{po_path(language).relative_to(PACKAGE.parent)}: {len(todo)} to translate or check")
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
