"""CLDR formatting (Babel) as the issue's examples ask, the reader's language, and messages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, parse_pattern
from hypothesis import given, settings
from hypothesis import strategies as st

from delegation_planner.documents.labels import Labels
from delegation_planner.texts.formatting import (
    HOME_CURRENCY,
    LOCALES,
    _date_in,
    country_code,
    country_names,
    formatter,
    load_cldr,
)
from delegation_planner.texts.language import system_language

NBSP = "\xa0"


def test_dates_and_date_ranges() -> None:
    assert formatter("sv").date(dt.date(2026, 3, 12)) == "12 mars 2026"
    assert formatter("da").date(dt.date(2026, 3, 12)) == "12. marts 2026"
    assert formatter("sv").date_range(dt.date(2016, 11, 14), dt.date(2016, 11, 19)) == "14–19 november 2016"
    assert formatter("da").date_range(dt.date(2016, 11, 14), dt.date(2016, 11, 19)) == "14.–19. november 2016"
    assert (
        formatter("en").date_range(dt.date(2016, 10, 30), dt.date(2016, 11, 2))
        == "30 October – 2 November 2016"
    )
    assert formatter("sv").date_range(dt.date(2016, 12, 30), dt.date(2017, 1, 2)) == (
        "30 december 2016 – 2 januari 2017"
    )


def test_money_with_cldr_no_break_spaces() -> None:
    assert formatter("sv").money(1234.5, "SEK") == f"1{NBSP}234,50{NBSP}kr"
    assert formatter("da").money(1234.5, "DKK") == f"1.234,50{NBSP}kr."
    assert formatter("da").money(42000, "DKK", whole=True) == f"42.000{NBSP}kr."
    assert formatter("sv").money(1234.5, "CNY") == f"1{NBSP}234,50{NBSP}CNY"
    assert formatter("en").money(1234.5, "SEK") == f"SEK{NBSP}1,234.50"
    # Word must not break "42 000,00" across lines: no ASCII space inside a Swedish amount.
    assert " " not in Labels("sv").money(42000)


def test_numbers_percentages_and_plurals() -> None:
    assert formatter("sv").number(20000) == f"20{NBSP}000"
    assert formatter("da").number(20000) == "20.000"
    assert formatter("en").number(20000) == "20,000"
    assert formatter("sv").percent(0.425) == f"42{NBSP}%"
    assert formatter("en").percent(0.425) == "42%"
    assert Labels("sv").count("done_count", 1) == "1 klar"
    assert Labels("sv").count("dropped_count", 1) == "1 struken"
    assert Labels("da").count("open_count", 1) == "1 åben"
    assert Labels("da").count("open_count", 3) == "3 åbne"


def test_countries_by_name_in_each_language() -> None:
    assert formatter("sv").place("Jiangsu", "CN") == "Jiangsu, Kina"
    assert formatter("en").country("CN") == "China"
    assert country_names("da")["DK"] == "Danmark"
    assert country_code("Kina", "sv") == "CN"
    assert country_code("china", "da") == "CN"
    assert country_code("cn", "en") == "CN"
    assert country_code("Atlantis", "en") is None


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "da_DK.UTF-8"}, "da"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "de:da", "LANG": "sv_SE.UTF-8"}, "da"),
        ({"LC_ALL": "sv_FI.UTF-8", "LANG": "da_DK.UTF-8"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_system_language(environ: dict[str, str], language: str) -> None:
    assert system_language(environ) == language


# --- numbers and money written without Babel's per-call work, exactly as Babel writes them ----------


def _babel_number(language: str, value: float | int | Decimal, decimals: int) -> str:
    pattern = parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))
    return str(pattern.apply(value, Locale.parse(LOCALES[language])))


def _babel_money(language: str, value: float | int | Decimal, currency: str, digits: int) -> str:
    locale = Locale.parse(LOCALES[language])
    pattern = locale.currency_formats["standard"].pattern.replace(
        "#,##0.00", "#,##0" + (".00" if digits else "")
    )
    return str(format_currency(value, currency, pattern, locale=locale, currency_digits=False))


amounts = (
    st.integers(-(10**13), 10**13)
    | st.floats(-1e12, 1e12, allow_nan=False)
    | st.decimals(-(10**12), 10**12, allow_nan=False, allow_infinity=False, places=4)
    | st.sampled_from([0.005, 0.015, 0.025, 2.675, -0.001, -0.0, 1e-9, 999.995, 1234.5])
)


@settings(max_examples=400, deadline=None)
@given(value=amounts, language=st.sampled_from(sorted(LOCALES)), decimals=st.sampled_from([0, 2]))
def test_numbers_are_written_as_babel_writes_them(
    value: float | int | Decimal, language: str, decimals: int
) -> None:
    assert formatter(language).number(value, decimals) == _babel_number(language, value, decimals)


@settings(max_examples=400, deadline=None)
@given(
    value=amounts,
    language=st.sampled_from(sorted(LOCALES)),
    currency=st.sampled_from(["SEK", "DKK", "EUR", "CNY"]),
    whole=st.booleans(),
)
def test_money_is_written_as_babel_writes_it(
    value: float | int | Decimal, language: str, currency: str, whole: bool
) -> None:
    digits = 0 if whole and float(value).is_integer() else 2
    if HOME_CURRENCY.get(language) == currency:
        expected = _babel_money(language, value, currency, digits)
    else:
        number = _babel_number(language, value, digits)
        expected = f"{currency}\xa0{number}" if language == "en" else f"{number}\xa0{currency}"
    assert formatter(language).money(value, currency, whole=whole) == expected


_DATE_PATTERNS = ["long", "d", "d.", "d MMMM", "d. MMMM", "full", "medium", "short", "EEE d MMM y"]


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_day_of_a_year_is_written_as_babel_writes_it(language: str) -> None:
    locale = Locale.parse(LOCALES[language])
    day = dt.date(2024, 1, 1)  # a leap year: every day and month name once
    while day.year == 2024:
        for pattern in _DATE_PATTERNS:
            assert _date_in(language, day, pattern) == format_date(day, pattern, locale=locale)
        day += dt.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    language=st.sampled_from(sorted(LOCALES)),
    pattern=st.sampled_from(_DATE_PATTERNS),
)
def test_dates_of_any_year_are_written_as_babel_writes_them(
    day: dt.date, language: str, pattern: str
) -> None:
    expected = format_date(day, pattern, locale=Locale.parse(LOCALES[language]))
    assert _date_in(language, day, pattern) == expected


def test_a_languages_cldr_data_can_be_read_ahead_of_its_first_use() -> None:
    import subprocess
    import sys

    # In a new process: this one has read every language's data in the tests before.
    code = (
        "from babel import localedata\n"
        "from delegation_planner.texts.formatting import load_cldr\n"
        "before = 'da_DK' in localedata._cache\n"
        "load_cldr('da')\n"
        "print(before, 'da_DK' in localedata._cache)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "True"], done.stderr
    with pytest.raises(ValueError):
        load_cldr("fi")
