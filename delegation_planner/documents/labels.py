"""The documents' fixed texts and formats (dates, times, money) for one language.

Plain dictionaries (in ``words``) rather than gettext, because each document is
written in the language the user picks for *that* document, whatever language
the window runs in, and a test can check that each language has every key.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from delegation_planner.documents.words import (
    CRITERIA,
    LANGUAGES,
    MONTHS,
    TEXTS,
    THEMES,
    WORD_LANGUAGE,
    WORDS,
)
from delegation_planner.domain.text import theme_label

# Readable without colour: a symbol and a word for each level.
LEVEL_SYMBOLS = {"pass": "✔", "warn": "⚠", "fail": "✖", "n/a": "–"}


class Labels:
    """The texts of one language; build with ``Labels.for_language("da")``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"The documents can be written in {', '.join(LANGUAGES)}, not '{language}'.")
        self.language = language
        self._texts = TEXTS[language]
        self._words = WORDS[language]

    @classmethod
    def for_language(cls, language: str) -> Labels:
        return cls(language)

    @property
    def word_language(self) -> str:
        """The tag Word's spell checker wants: ``sv-SE``."""
        return WORD_LANGUAGE[self.language]

    def __getitem__(self, key: str) -> str:
        return self._texts[key]

    def word(self, value: StrEnum | str | None) -> str:
        """An enum value in words (``approved_with_conditions`` -> ``Beviljat med villkor``)."""
        if value is None:
            return ""
        raw = str(value)
        return self._words.get(raw, raw.replace("_", " ").capitalize())

    def level(self, value: StrEnum | str) -> str:
        """A GRIP level as symbol and word, so it reads in black and white: ``✔ Uppfyllt``."""
        raw = str(value)
        return f"{LEVEL_SYMBOLS.get(raw, '')} {self.word(raw)}".strip()

    def criterion(self, criterion_id: str) -> str:
        return CRITERIA[self.language].get(criterion_id, criterion_id.replace("_", " ").capitalize())

    def theme(self, theme: str) -> str:
        return THEMES[self.language].get(theme) or theme_label(theme)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self["unknown"]
        return self["yes"] if value else self["no"]

    def date(self, value: dt.date | None) -> str:
        """``10 maj 2026`` (sv), ``10. maj 2026`` (da), ``10 May 2026`` (en)."""
        if value is None:
            return ""
        month = MONTHS[self.language].split()[value.month - 1]
        day = f"{value.day}." if self.language == "da" else str(value.day)
        return f"{day} {month} {value.year}"

    def time(self, value: dt.datetime) -> str:
        """Danish writes ``kl. 09.00``; Swedish and English ``09:00``."""
        separator = "." if self.language == "da" else ":"
        return f"{value.hour:02d}{separator}{value.minute:02d}"

    def date_range(self, start: dt.date, end: dt.date) -> str:
        if start == end:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"

    def programme_time(self, start: dt.datetime, end: dt.datetime | None) -> str:
        """``11 maj 2026, 09:00–11:00``; an end on another day keeps its own date."""
        when = f"{self.date(start.date())}, {self['time_prefix']}{self.time(start)}"
        if end is None:
            return when
        if end.date() == start.date():
            return f"{when}–{self.time(end)}"
        return f"{when} – {self.date(end.date())}, {self['time_prefix']}{self.time(end)}"

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the language's grouping, for counts and chart labels: ``1 234 567``."""
        text = f"{value:,.{decimals}f}"
        if self.language == "en":
            return text
        group = " " if self.language == "sv" else "."
        return text.replace(",", "\0").replace(".", ",").replace("\0", group)

    def month_abbreviation(self, month: int) -> str:
        """``jan``, ``maj``, ``okt`` (sv/da); ``Jan``, ``May`` (en): for a chart's axis."""
        return MONTHS[self.language].split()[month - 1][:3]

    def money(self, amount: float | None, currency: str = "") -> str:
        """``42 000 SEK``, ``42.000,50 DKK``, ``42,000 EUR``: whole amounts without ",00",
        others with two decimals, in the language's grouping, with the currency."""
        if amount is None:
            return "–"
        whole = abs(amount - round(amount)) < 0.005
        text = f"{round(amount):,d}" if whole else f"{amount:,.2f}"  # "42,000" / "42,000.50"
        if self.language != "en":
            group = "\u00a0" if self.language == "sv" else "."
            text = text.replace(",", "\0").replace(".", ",").replace("\0", group)
        # A no-break space keeps the amount and its currency on one line.
        return f"{text}\u00a0{currency}" if currency else text

    def reference(self, reference: str) -> str:
        """``Dnr 2026-000123``: the prefix added unless the reference carries one already."""
        reference = reference.strip()
        if not reference or reference[0].isalpha():
            return reference
        return f"{self['reference_prefix']} {reference}"


def texts_by_language() -> Mapping[str, Mapping[str, str]]:
    """For the test that every language has every text."""
    return TEXTS


def words_by_language() -> Mapping[str, Mapping[str, str]]:
    return WORDS
