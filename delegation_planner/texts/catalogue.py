"""The messages of the core and of the command line, in the reader's language.

One gettext catalogue for everything outside the window that speaks to a person: the
errors the core raises (domain, storage, interchange, exchange, documents) and what the
command line prints. The English text in the code is the message's code (gettext's
msgid); its facts are named placeholders (``{path}``, ``{count}``) filled in after the
translation is looked up: a count and a date as CLDR writes them in that language, any
other fact as given (a year or a line number is no amount: "2026", never "2 026"). The catalogues
are ``texts/locale/<language>/LC_MESSAGES/delegation_planner.po`` (sources) and ``.mo``
(compiled, committed and shipped as package data, like the window's ``.qm``);
``python -m delegation_planner.texts.catalogue_build`` (``make messages``) brings them up
to date with the code, and ``tests/core/test_catalogue.py`` fails on a message without a
finished Swedish or Danish translation.

Who reads decides the language, once per process: the command line uses the system's
(``system_language()``), the window its own (*Settings ▸ Language*). Until then messages
are English, so a library caller or a test gets the texts it was written with.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache
from pathlib import Path

from delegation_planner.texts.language import DEFAULT, LANGUAGES

DOMAIN = "delegation_planner"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_reader = {"language": DEFAULT}


def use_language(language: str) -> None:
    """Speak ``language`` ("sv", "da" or "en"; anything else gives English) from now on."""
    _reader["language"] = language if language in LANGUAGES else DEFAULT


def reader_language() -> str:
    """The language messages are rendered in now."""
    return _reader["language"]


@cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == DEFAULT:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)


def _facts(language: str, facts: dict[str, object]) -> dict[str, object]:
    # Imported here: formatting loads Babel's CLDR data, which a message without facts
    # (and an import of the core) does not need.
    from delegation_planner.texts.formatting import formatter

    fmt = formatter(language)
    values: dict[str, object] = {}
    for key, value in facts.items():
        if key == "count" and isinstance(value, int):
            values[key] = fmt.number(value)
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            values[key] = fmt.date(value)
        else:
            values[key] = value
    return values


def translations() -> gettext.NullTranslations:
    """The catalogue of the reader's language (English: none, the code's own texts)."""
    return _translations(reader_language())


def tr(message: str, /, **facts: object) -> str:
    """``message`` (English, with ``{fact}`` placeholders) in the reader's language, facts put in."""
    language = reader_language()
    text = _translations(language).gettext(message)
    return text.format(**_facts(language, facts)) if facts else text


def tr_in(language: str, message: str, /) -> str:
    """``message`` in ``language`` whatever the reader's: a document keeps its own language."""
    return _translations(language if language in LANGUAGES else DEFAULT).gettext(message)


def ntr(singular: str, plural: str, count: int, /, **facts: object) -> str:
    """A counted message: the language's own plural form for ``count`` (``{count}`` in the text)."""
    language = reader_language()
    text = _translations(language).ngettext(singular, plural, count)
    return text.format(**_facts(language, {"count": count, **facts}))


def language_name(language: str) -> str:
    """A language's name in the reader's language, as a sentence uses it ("svenska")."""
    names = {"sv": tr("Swedish"), "da": tr("Danish"), "en": tr("English")}
    return names.get(language, language)


def mark(message: str, /) -> str:
    """Marks a message kept in a table and translated later with ``tr(text)``; returns it as is."""
    return message


def number(value: int) -> str:
    """A whole number as the reader's language writes it ("20 000", "20.000", "20,000")."""
    from delegation_planner.texts.formatting import formatter

    return formatter(reader_language()).number(value)
