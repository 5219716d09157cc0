"""Checks on the text that people type or files carry.

Control characters (other than tab and line breaks) and lone surrogates cannot be
written into a Word document or a UTF-8 file, so they are refused where text
enters the register rather than discovered when a memo is written.

Limits (one owner for each, used by the window and the interchange reader alike):

- a key (``id``) is at most ``MAX_KEY_LENGTH`` (100) characters;
- one-line text (names, titles, venues, references …) at most ``MAX_LINE_LENGTH``
  (500) characters, free text (notes, justifications) at most ``MAX_TEXT_LENGTH``
  (20,000);
- keys and one-line text carry no invisible formatting characters (Unicode
  category Cf: zero-width spaces and joiners, direction overrides such as
  U+202E, the byte-order mark …): "chair" and "chair\u200b" would look like
  one person and be two, and a right-to-left override makes a name read backwards;
- no text carries more than ``MAX_COMBINING_RUN`` combining marks in a row (real
  writing needs a few; "Zalgo" text stacks thousands over one letter).
"""

from __future__ import annotations

import re
import unicodedata

from delegation_planner.domain import codes
from delegation_planner.domain.codes import CURRENCIES
from delegation_planner.texts.catalogue import number, tr

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_THEME = re.compile(r"^[a-z][a-z0-9_]*$")
_KEY = re.compile(r"^[^\s\x00-\x1f\x7f-\x9f]([^\x00-\x1f\x7f-\x9f]*[^\s\x00-\x1f\x7f-\x9f])?$")

# Unicode's format characters (category Cf), as of Unicode 15; a test checks the list
# against unicodedata so that a newer Python's additions are noticed.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
# Unicode's first combining mark: text wholly below it has none (a quick test before looking
# at each character; a regular expression of the marks' range took 10-40 ms to compile at
# every start).
_FIRST_MARK = "\u0300"

MAX_KEY_LENGTH = 100
MAX_LINE_LENGTH = 500
MAX_TEXT_LENGTH = 20_000
MAX_COMBINING_RUN = 8


def forbidden_character(text: str) -> str | None:
    """Why ``text`` cannot be stored as free text (the first reason), or None if it can."""
    if text.isascii() and text.isprintable() and len(text) <= MAX_TEXT_LENGTH:
        return None  # printable ASCII: no control character, no combining mark
    problem = _control_character(text)
    if problem:
        return problem
    if len(text) > MAX_TEXT_LENGTH:
        return tr(
            "is {length} characters long; at most {limit} are kept",
            length=number(len(text)),
            limit=number(MAX_TEXT_LENGTH),
        )
    return combining_run_problem(text)


def single_line_problem(text: str) -> str | None:
    """Like ``forbidden_character`` but also refuses line breaks, tabs, invisible
    formatting characters and text over ``MAX_LINE_LENGTH`` (names, titles)."""
    if text.isascii() and text.isprintable() and len(text) <= MAX_LINE_LENGTH:
        # Printable ASCII has no control, line-breaking, invisible or combining
        # character: the common case, checked without the searches below.
        return None
    problem = _control_character(text)
    if problem:
        return problem
    for ch in "\t\n\r\u2028\u2029\x85":
        if ch in text:
            return tr("must be on one line")
    if len(text) > MAX_LINE_LENGTH:
        return tr(
            "is {length} characters long; at most {limit} fit on one line",
            length=number(len(text)),
            limit=MAX_LINE_LENGTH,
        )
    return combining_run_problem(text) or invisible_character(text)


def _control_character(text: str) -> str | None:
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    return tr(
        "contains an invisible control character (U+{code:04X}) at position {position}",
        code=ord(match.group()),
        position=match.start() + 1,
    )


def invisible_character(text: str) -> str | None:
    """Describe the first invisible formatting character (zero-width, direction), or None."""
    match = _INVISIBLE.search(text)
    if match is None:
        return None
    code = ord(match.group())
    name = unicodedata.name(match.group(), "format character").lower()
    return tr(
        "contains an invisible character (U+{code:04X}, {name}) at position {position}",
        code=code,
        name=name,
        position=match.start() + 1,
    )


def combining_run_problem(text: str) -> str | None:
    """Refuse more than ``MAX_COMBINING_RUN`` combining marks on one letter."""
    if not text or max(text) < _FIRST_MARK:
        return None
    run = 0
    for position, ch in enumerate(text, start=1):
        if unicodedata.category(ch) in ("Mn", "Me"):
            run += 1
            if run > MAX_COMBINING_RUN:
                return tr(
                    "has more than {limit} accents or other combining marks in a row at position {position}",
                    limit=MAX_COMBINING_RUN,
                    position=position,
                )
        else:
            run = 0
    return None


def printable(text: str, limit: int = 200) -> str:
    """``text`` as it may be shown on a terminal or in a message: control and invisible
    characters written as escapes (``\x1b``, ``\u202e``), at most ``limit`` characters
    with an ellipsis, so a file's contents cannot drive the terminal or flood a window."""
    shown: list[str] = []
    length = 0
    for ch in text:
        if _FORBIDDEN.match(ch) or _INVISIBLE.match(ch) or ch in "\t\r\n\u2028\u2029\x85":
            code = ord(ch)
            piece = f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
        else:
            piece = ch
        if length + len(piece) > limit - 1:
            shown.append("…")
            break
        shown.append(piece)
        length += len(piece)
    return "".join(shown)


def is_theme(value: str) -> bool:
    """Themes are lowercase identifiers: ``life_science``, ``ict``."""
    return bool(_THEME.match(value))


def is_key(value: str) -> bool:
    """A record key: non-empty, no control or invisible characters, no surrounding white space."""
    return 0 < len(value) <= MAX_KEY_LENGTH and bool(_KEY.match(value)) and not _INVISIBLE.search(value)


def is_currency(code: str) -> bool:
    return code in CURRENCIES


def is_country(code: str) -> bool:
    return code in codes.COUNTRIES  # read when asked: see ``codes``


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
