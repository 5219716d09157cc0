"""Dates, numbers, money, percentages, plurals and country names from CLDR (Babel).

One ``Formatter`` per language; the documents, the command line and the core's
messages use it so that "1 234,50 kr" (with CLDR's no-break spaces, which Word
never breaks across lines), "1.234,50 kr." and "14.–19. november 2016" are
written one way only.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache, lru_cache

from babel import Locale
from babel.dates import format_date, format_time
from babel.dates import parse_pattern as parse_date_pattern
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_percent,
    get_decimal_symbol,
    get_group_symbol,
    parse_pattern,
)

from delegation_planner.texts.catalogue import tr
from delegation_planner.texts.language import LANGUAGES

# The region each language is written for: Swedish as in Sweden, English as in the UK (EU usage).
LOCALES = {"sv": "sv_SE", "da": "da_DK", "en": "en_GB"}

# The currency each language's "kr" means; any other currency is written with its code.
HOME_CURRENCY = {"sv": "SEK", "da": "DKK"}


@cache
def _decimal_pattern(decimals: int) -> NumberPattern:
    # Parsed once: ``format_decimal`` parses its pattern on every call, a third of its
    # time, and a year's report writes thousands of numbers.
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


@cache
def _number_form(
    language: str, decimals: int, currency: str = ""
) -> tuple[dict[int, str], tuple[str, str, str, str]]:
    """How Babel writes a number of ``language`` with ``decimals`` places (with ``currency``'s
    sign when it is the language's own): the separators as a translation of Python's
    ``f"{x:,.2f}"``, and the affixes of a positive and a negative number (read off what
    Babel writes for 1 and -1). ``Formatter.number`` and ``money`` then take 1–2 µs
    instead of Babel's 15–55 µs each; a year's report writes thousands (a test holds
    them to Babel for every language, currency and kind of value)."""
    locale = _locale(language)
    separators = str.maketrans({",": get_group_symbol(locale), ".": get_decimal_symbol(locale)})

    def written(value: Decimal) -> str:
        if currency:
            return str(_home_money(locale, value, currency, decimals))
        return str(_decimal_pattern(decimals).apply(value, locale))

    one = f"{Decimal(1):,.{decimals}f}".translate(separators)
    affixes: list[str] = []
    for sample in (Decimal(1), Decimal(-1)):
        text = written(sample)
        before, found, after = text.partition(one)
        if not found:
            raise ValueError(f"unexpected CLDR form {text!r}")
        affixes += [before, after]
    return separators, (affixes[0], affixes[1], affixes[2], affixes[3])


def _home_money(locale: Locale, value: float | int | Decimal, currency: str, digits: int) -> str:
    pattern = locale.currency_formats["standard"].pattern
    pattern = pattern.replace("#,##0.00", "#,##0" + ("." + "0" * digits if digits else ""))
    return str(format_currency(value, currency, pattern, locale=locale, currency_digits=False))


_STEPS = {0: Decimal(1), 2: Decimal("0.01")}


def _fast(language: str, value: float | int | Decimal, decimals: int, currency: str = "") -> str | None:
    """``value`` as Babel writes it, or None where this does not follow it (Babel then writes it)."""
    if isinstance(value, bool) or decimals not in _STEPS:
        return None
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        return None
    try:
        rounded = abs(number).quantize(_STEPS[decimals], rounding=ROUND_HALF_EVEN)
    except InvalidOperation:  # more digits than the context holds
        return None
    separators, (prefix, suffix, minus_prefix, minus_suffix) = _number_form(language, decimals, currency)
    digits = f"{rounded:,.{decimals}f}".translate(separators)
    if number.is_signed():
        return minus_prefix + digits + minus_suffix
    return prefix + digits + suffix


@cache
def _plural_form(language: str, count: int) -> str:
    # CLDR's rule is evaluated in Python each time; the counts a document writes repeat.
    return str(_locale(language).plural_form(count))


@lru_cache(maxsize=4096)
def _date_in(language: str, value: dt.date, pattern: str) -> str:
    # Babel takes about 50 µs a date; a year's report writes two thousand, many the same day
    # (and about 700 different ones: 40-50 ms of a report), so the forms of day, month and
    # year alone are filled in here, as Babel fills them (a test compares every day).
    form = _date_form(language, pattern)
    if form is not None:
        month = _locale(language).months["format"]["wide"][value.month]
        return form % {"d": str(value.day), "MMMM": month, "y": str(value.year)}
    return str(format_date(value, pattern, locale=_locale(language)))


_PREDEFINED = ("full", "long", "medium", "short")


@cache
def _date_form(language: str, pattern: str) -> str | None:
    """CLDR's ``pattern`` in ``language`` as a %-format of the day (``d``), the month's name
    (``MMMM``) and the year (``y``); None when it holds any other field (Babel writes it)."""
    locale = _locale(language)
    parsed = locale.date_formats[pattern] if pattern in _PREDEFINED else parse_date_pattern(pattern)
    form = str(parsed.format)  # the pattern as a %-format (Babel's annotation says otherwise)
    return form if set(re.findall(r"%\((\w+)\)", form)) <= {"d", "MMMM", "y"} else None


@cache
def _locale(language: str) -> Locale:
    if language not in LANGUAGES:
        raise ValueError(
            tr(
                "Texts can be written in {choices}, not '{language}'.",
                choices=", ".join(LANGUAGES),
                language=language,
            )
        )
    return Locale.parse(LOCALES[language])


def load_cldr(language: str) -> None:
    """Read the language's CLDR data now. Babel reads it on first use, 30–40 ms in one step
    of the interpreter, during which no other thread of the program runs: a worker of the
    window reads it early, rather than while the person types."""
    _locale(language).number_symbols  # noqa: B018 - the reading is the point


class Formatter:
    """CLDR formats of one language: ``Formatter("da").money(1234.5, "DKK")`` -> ``1.234,50 kr.``."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = _locale(language)

    # --- dates ---------------------------------------------------------------------------

    def date(self, value: dt.date | None) -> str:
        """``12 mars 2026`` (sv), ``12. marts 2026`` (da), ``12 March 2026`` (en)."""
        return "" if value is None else _date_in(self.language, value, "long")

    def short_date(self, value: dt.date | None) -> str:
        """``2026-03-12`` (sv), ``12.03.2026`` (da), ``12/03/2026`` (en): for narrow table columns."""
        return "" if value is None else format_date(value, "short", locale=self.locale)

    def _day(self, value: dt.date, with_month: bool) -> str:
        # CLDR's day of month: Danish writes an ordinal dot ("14."), the others the bare number.
        day = "d." if self.language == "da" else "d"
        return _date_in(self.language, value, f"{day} MMMM" if with_month else day)

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """``14–19 november 2016``, ``14.–19. november 2016``, ``30 oktober – 2 november 2016``."""
        if start == end:
            return self.date(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{self._day(start, with_month=False)}–{self.date(end)}"
        if start.year == end.year:
            return f"{self._day(start, with_month=True)} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def time(self, value: dt.datetime | dt.time) -> str:
        """``09:00`` (sv, en), ``09.00`` (da)."""
        return format_time(value, "HH:mm", locale=self.locale).replace(
            ":", "." if self.language == "da" else ":"
        )

    def month(self, month: int, abbreviated: bool = False) -> str:
        """``mars``, ``marts``, ``March``; abbreviated ``mars``/``mar.``/``Mar`` for a chart's axis."""
        width = "abbreviated" if abbreviated else "wide"
        return str(self.locale.months["stand-alone"][width][month])

    # --- numbers -------------------------------------------------------------------------

    def number(self, value: float | int | Decimal, decimals: int = 0) -> str:
        """``20 000`` (sv), ``20.000`` (da), ``20,000`` (en); ``decimals`` fixed places."""
        fast = _fast(self.language, value, decimals)
        return fast if fast is not None else str(_decimal_pattern(decimals).apply(value, self.locale))

    def amount(self, value: float | int | Decimal, whole: bool = False) -> str:
        """A sum of money without its currency: ``42 000,00``; ``whole`` drops ``,00`` of a whole sum."""
        if whole and float(value).is_integer():
            return self.number(value)
        return self.number(value, 2)

    def money(self, value: float | int | Decimal, currency: str, whole: bool = False) -> str:
        """``1 234,50 kr`` (sv, SEK), ``1.234,50 kr.`` (da, DKK), ``SEK 1,234.50`` (en);
        a foreign currency keeps its ISO code (``1 234,50 CNY``) so it is never mistaken."""
        digits = 0 if whole and float(value).is_integer() else 2
        if HOME_CURRENCY.get(self.language) == currency:
            fast = _fast(self.language, value, digits, currency)
            return fast if fast is not None else _home_money(self.locale, value, currency, digits)
        number = self.number(value, digits)
        if self.language == "en":
            return f"{currency}\xa0{number}"
        return f"{number}\xa0{currency}"

    def percent(self, value: float, decimals: int = 0) -> str:
        """A share (0.425) as ``42 %`` (sv, da, with a no-break space) or ``42%`` (en)."""
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
        if self.language != "en":
            pattern = pattern[:-1] + "\xa0%"
        return format_percent(value, pattern, locale=self.locale)

    def plural(self, count: int, forms: dict[str, str]) -> str:
        """The form of ``forms`` (keys ``one`` and ``other``, as CLDR names them) for ``count``,
        with ``{n}`` replaced by the count written in this language."""
        form = _plural_form(self.language, count)
        text = forms.get(form) or forms["other"]
        return text.replace("{n}", self.number(count))

    # --- names ---------------------------------------------------------------------------

    def country(self, code: str) -> str:
        """``CN`` -> ``Kina`` (sv, da), ``China`` (en); an unknown code is shown as it is."""
        return str(self.locale.territories.get(code.upper(), code)) if code else ""

    def place(self, region: str, country: str) -> str:
        """``Jiangsu, Kina``: a partner region with its country's name."""
        name = self.country(country)
        if region and name:
            return f"{region}, {name}"
        return region or name

    def join(self, items: list[str]) -> str:
        """``A, B och C`` / ``A, B og C`` / ``A, B and C`` (CLDR's list pattern)."""
        from babel.lists import format_list

        return format_list(items, locale=self.locale) if items else ""


@cache
def formatter(language: str) -> Formatter:
    return Formatter(language)


def country_names(language: str) -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 code the register accepts, with its name in ``language``."""
    from delegation_planner.domain.codes import COUNTRIES

    names = _locale(language).territories
    return {code: str(names.get(code, code)) for code in sorted(COUNTRIES)}


def country_code(name: str, language: str) -> str | None:
    """The code of a country written by name in ``language``, English or as a code: ``Kina`` -> ``CN``."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    from delegation_planner.domain.codes import COUNTRIES

    if wanted.upper() in COUNTRIES:
        return wanted.upper()
    for lang in dict.fromkeys((language, "en", *LANGUAGES)):
        for code, text in country_names(lang).items():
            if text.casefold() == wanted:
                return code
    return None
