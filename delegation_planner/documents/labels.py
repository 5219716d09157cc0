"""The documents' fixed texts and formats (dates, times, money) for one language and office.

Plain dictionaries (in ``words``) rather than gettext, because each document is
written in the language the user picks for *that* document, whatever language
the window runs in, and a test can check that each language has every key.
Dates, numbers, money and plural forms come from CLDR through ``texts.formatting``
(Babel); the office's name, decision body and theme labels from its office profile,
so no text names GRIP unless the office's profile does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum

from delegation_planner.documents.word_lists import WordLists, list_name
from delegation_planner.documents.words import (
    CRITERIA,
    LANGUAGES,
    MONTHS,
    NUMBER_WORDS,
    TEXTS,
    THEMES,
    WORD_LANGUAGE,
    WORDS,
)
from delegation_planner.domain.checklist import AUTO_GRIP_DECISION, default_template, translate_text
from delegation_planner.domain.enums import Direction, Level
from delegation_planner.domain.office import OfficeProfile, decision_item_texts, default_profile
from delegation_planner.domain.text import theme_label
from delegation_planner.texts.catalogue import tr
from delegation_planner.texts.formatting import formatter

# Readable without colour: a symbol and a word for each level.


class Labels:
    """The texts of one language; build with ``Labels.for_language("da")``."""

    def __init__(self, language: str, office: OfficeProfile | None = None) -> None:
        if language not in LANGUAGES:
            raise ValueError(
                tr(
                    "The documents can be written in {choices}, not '{language}'.",
                    choices=", ".join(LANGUAGES),
                    language=language,
                )
            )
        self.language = language
        self.office = office or default_profile()
        self.format = formatter(language)
        # Babel formats a number in about 50 µs; a year's report writes thousands and most
        # repeat (counts, dates, round sums). Kept per document, so it never grows for long.
        # Keys hold the value's type and repr: 0.0 and -0.0 are equal but written apart.
        self._formatted: dict[tuple[object, ...], str] = {}
        self._texts = TEXTS[language]
        self._words = WORDS[language]
        body = self.office.body(language)
        self._body = {
            "{body}": body.name,
            "{body_full}": body.full_name,
            "{decision}": body.decision,
            "{Decision}": body.decision[:1].upper() + body.decision[1:],
            "{office}": self.office.name,
        }

    @classmethod
    def for_language(cls, language: str, office: OfficeProfile | None = None) -> Labels:
        return cls(language, office)

    @property
    def word_language(self) -> str:
        """The tag Word's spell checker wants: ``sv-SE``."""
        return WORD_LANGUAGE[self.language]

    def __getitem__(self, key: str) -> str:
        """The text ``key`` with the office's decision body and name put in."""
        text = self._texts[key]
        if "{" in text:
            for placeholder, value in self._body.items():
                text = text.replace(placeholder, value)
        return text

    def count(self, key: str, n: int) -> str:
        """The plural form of ``key`` for ``n`` (``key.one`` / ``key.other``, CLDR's plural rule)."""
        cache_key = ("count", key, n)
        text = self._formatted.get(cache_key)
        if text is None:
            forms = {"one": self[f"{key}.one"], "other": self[f"{key}.other"]}
            text = self._formatted[cache_key] = self.format.plural(n, forms)
        return text

    def word(self, value: StrEnum | None) -> str:
        """An enum value in words, from its enumeration's list (``CostCategory.HOSTING`` ->
        ``Representation``); a value the list lacks as its identifier made readable."""
        if value is None:
            return ""
        raw = str(value)
        words = self._words.get(list_name(type(value)), {})
        return words.get(raw) or raw.replace("_", " ").capitalize()

    def level(self, value: Level | str) -> str:
        """A GRIP level as symbol and word, so it reads in black and white: ``✔ Uppfyllt``."""
        level = Level(value)
        return f"{level.symbol} {self.word(level)}"

    def criterion(self, criterion_id: str) -> str:
        text = CRITERIA[self.language].get(criterion_id, criterion_id.replace("_", " ").capitalize())
        for placeholder, value in self._body.items():
            text = text.replace(placeholder, value)
        return text

    def theme(self, theme: str) -> str:
        """A theme by its label: the office's, else the program's, else its key made readable."""
        return (
            self.office.theme_label(theme, self.language)
            or THEMES[self.language].get(theme)
            or theme_label(theme)
        )

    def country(self, code: str) -> str:
        """``CN`` -> ``Kina``: the country's name in this language (CLDR)."""
        return self.format.country(code)

    def place(self, region: str, country: str) -> str:
        """``Jiangsu, Kina``."""
        return self.format.place(region, country)

    def checklist_item(self, text: str, auto: str | None = None) -> str:
        """A checklist item in this language when it is one of the shipped items (a checklist
        made in English reads Swedish in a Swedish briefing); the office's own text as written."""
        if auto == AUTO_GRIP_DECISION or text in decision_item_texts():
            decision = self.office.body(self.language).decision
            return default_template(Direction.OUTBOUND, self.language, decision)[1].text
        return translate_text(text, self.language)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self["unknown"]
        return self["yes"] if value else self["no"]

    def date(self, value: dt.date | None) -> str:
        """``10 maj 2026`` (sv), ``10. maj 2026`` (da), ``10 May 2026`` (en)."""
        key = ("date", value)
        text = self._formatted.get(key)
        if text is None:
            text = self._formatted[key] = self.format.date(value)
        return text

    def time(self, value: dt.datetime) -> str:
        """Danish writes ``kl. 09.00``; Swedish and English ``09:00``."""
        return self.format.time(value)

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """``14–19 november 2016``, ``14.–19. november 2016`` (CLDR's way of each language)."""
        key = ("range", start, end)
        text = self._formatted.get(key)
        if text is None:
            text = self._formatted[key] = self.format.date_range(start, end)
        return text

    def programme_time(self, start: dt.datetime, end: dt.datetime | None) -> str:
        """``11 maj 2026, 09:00–11:00``; an end on another day keeps its own date."""
        when = f"{self.date(start.date())}, {self['time_prefix']}{self.time(start)}"
        if end is None:
            return when
        if end.date() == start.date():
            return f"{when}–{self.time(end)}"
        return f"{when} – {self.date(end.date())}, {self['time_prefix']}{self.time(end)}"

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the language's grouping, for counts and chart labels: ``1 234 567``
        (CLDR's no-break space in Swedish, so Word never breaks a number across lines)."""
        key = ("number", type(value), repr(value), decimals)
        text = self._formatted.get(key)
        if text is None:
            text = self._formatted[key] = self.format.number(value, decimals)
        return text

    def small_number(self, value: int) -> str:
        """``tre`` for 3 in running text; larger numbers as digits."""
        words = NUMBER_WORDS[self.language].split()
        return words[value] if 0 < value < len(words) else self.number(value)

    def percent(self, share: float) -> str:
        """``42 %`` (sv, da), ``42%`` (en)."""
        return self.format.percent(share)

    def month_abbreviation(self, month: int) -> str:
        """``jan``, ``maj``, ``okt`` (sv/da); ``Jan``, ``May`` (en): for a chart's axis."""
        return MONTHS[self.language].split()[month - 1][:3]

    def money(self, amount: float | None, currency: str | None = None) -> str:
        """CLDR's form in the language, whole amounts without ",00": ``42 000 kr`` (sv, SEK),
        ``42.000,50 kr.`` (da, DKK), ``1 234,50 CNY``; without ``currency`` the number alone."""
        if amount is None:
            return "–"
        key = ("money", type(amount), repr(amount), currency)
        text = self._formatted.get(key)
        if text is None:
            if currency:
                text = self.format.money(amount, currency, whole=True)
            else:
                text = self.format.amount(amount, whole=True)
            self._formatted[key] = text
        return text

    def reference(self, reference: str) -> str:
        """``Dnr 2026-000123``: the prefix added unless the reference carries one already."""
        reference = reference.strip()
        if not reference or reference[0].isalpha():
            return reference
        return f"{self['reference_prefix']} {reference}"


def texts_by_language() -> Mapping[str, Mapping[str, str]]:
    """For the test that every language has every text."""
    return TEXTS


def words_by_language() -> Mapping[str, WordLists]:
    return WORDS
