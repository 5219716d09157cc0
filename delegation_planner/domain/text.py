"""Checks on the text that people type or files carry.

Control characters (other than tab and line breaks) and lone surrogates cannot be
written into a Word document or a UTF-8 file, so they are refused where text
enters the register rather than discovered when a memo is written.
"""

from __future__ import annotations

import re

from delegation_planner.domain.codes import COUNTRIES, CURRENCIES

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_THEME = re.compile(r"^[a-z][a-z0-9_]*$")
_KEY = re.compile(r"^[^\s\x00-\x1f\x7f-\x9f]([^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$")

MAX_KEY_LENGTH = 200


def forbidden_character(text: str) -> str | None:
    """Describe the first character that cannot be stored, or None if all can."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    return f"contains an invisible control character (U+{ord(match.group()):04X}) at position {match.start() + 1}"


def single_line_problem(text: str) -> str | None:
    """Like ``forbidden_character`` but also refuses line breaks and tabs (names, titles)."""
    problem = forbidden_character(text)
    if problem:
        return problem
    for ch in "\t\n\r\u2028\u2029\x85":
        if ch in text:
            return "must be on one line"
    return None


def is_theme(value: str) -> bool:
    """Themes are lowercase identifiers: ``life_science``, ``ict``."""
    return bool(_THEME.match(value))


def is_key(value: str) -> bool:
    """A record key: non-empty, no control characters, no surrounding white space."""
    return 0 < len(value) <= MAX_KEY_LENGTH and bool(_KEY.match(value))


def is_currency(code: str) -> bool:
    return code in CURRENCIES


def is_country(code: str) -> bool:
    return code in COUNTRIES


# Words of a theme identifier that are written in capitals (``ict`` -> ``ICT``).
THEME_ACRONYMS = {"ict": "ICT", "ai": "AI", "eu": "EU", "sme": "SME", "smes": "SMEs", "iot": "IoT"}


def theme_label(theme: str) -> str:
    """``life_science`` -> ``Life science``, ``ict_services`` -> ``ICT services`` for display."""
    words = [w for w in theme.split("_") if w]
    if not words:
        return theme.replace("_", " ")
    shown = [THEME_ACRONYMS.get(w.lower(), w.lower()) for w in words]
    first = shown[0]
    if words[0].lower() not in THEME_ACRONYMS:
        first = first.capitalize()
    return " ".join([first, *shown[1:]])


def slugify(text: str) -> str:
    """A readable key from a title: ``Business delegation to Jiangsu`` -> ``business-delegation-to-jiangsu``."""
    slug = re.sub(r"[^\w]+", "-", text.lower(), flags=re.UNICODE).strip("-")
    return slug[:60].strip("-") or "record"
