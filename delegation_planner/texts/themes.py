"""Themes by label: keys (``life_science``) stay in the file, people read and type labels.

A label comes from the office profile in the reader's language ("Hälso- och sjukvård"),
else from a readable form of the key ("Life science"). Typed text is matched against the
labels of every language and the keys themselves, so "Life science, Health care" and
"life_science, health_care" mean the same; a theme the office has no label for becomes a
key of its own ("Tourism and culture" -> ``tourism_and_culture``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.text import is_theme, theme_label


def theme_text(key: str, office: OfficeProfile | None, language: str) -> str:
    """The label of ``key`` in ``language``."""
    found = office.theme_label(key, language) if office is not None else None
    return found or theme_label(key)


def themes_text(keys: Iterable[str], office: OfficeProfile | None, language: str) -> str:
    return ", ".join(theme_text(key, office, language) for key in keys)


def theme_key(text: str, office: OfficeProfile | None) -> str | None:
    """The key meant by ``text`` (a label in any language, or a key); None when nothing can be made of it."""
    typed = " ".join(text.split())
    if not typed:
        return None
    if is_theme(typed):
        return typed
    folded = typed.casefold()
    if office is not None:
        for key, labels in office.themes.items():
            if folded in {label.casefold() for label in labels.values()}:
                return key
    ascii_text = unicodedata.normalize("NFKD", typed).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    return slug if slug and is_theme(slug) else None


def split_theme_text(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]
