"""Dates, numbers and money as the window's locale writes them (``QLocale``, from CLDR).

The window's language sets the default QLocale (``ui.language``), so Swedish reads
"1 234,50" and "2026-03-12", Danish "1.234,50" and "12.03.2026", British English
"1,234.50" and "12/03/2026"; English without a locale of its own ("C") writes ISO dates
and British numbers. A page never formats a number or a date itself.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def locale() -> QLocale:
    """The default QLocale; British English instead of the bare "C" locale (no thousands separator)."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return current


def _date_format(current: QLocale) -> str:
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    # Some short formats have a two-digit year (en_US "M/d/yy"): a register spans decades.
    pattern = current.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(day: dt.date | None) -> str:
    """A date in the locale's short form with a four-digit year; "" for None."""
    if day is None:
        return ""
    current = locale()
    return current.toString(QDate(day.year, day.month, day.day), _date_format(current))


def date_texts(days: list[dt.date | None]) -> list[str]:
    """``date_text`` of each day, the locale and its pattern looked up once (for lists)."""
    current = locale()
    pattern = _date_format(current)
    return ["" if d is None else current.toString(QDate(d.year, d.month, d.day), pattern) for d in days]


def date_format() -> str:
    """The pattern of ``date_text``, for QDateEdit.setDisplayFormat."""
    return _date_format(locale())


def datetime_text(value: dt.datetime | None) -> str:
    """A date and a time of day ("2026-03-12 09:30"); "" for None."""
    if value is None:
        return ""
    current = locale()
    time_pattern = current.timeFormat(QLocale.FormatType.ShortFormat)
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return current.toString(moment, f"{_date_format(current)} {time_pattern}")


def number_text(value: int) -> str:
    """A count with the locale's thousands separator ("20 000", "20.000", "20,000")."""
    return locale().toString(int(value))


def money_text(value: float | None, *, decimals: int = 2, signed: bool = False) -> str:
    """An amount with thousands separators and ``decimals`` decimals; "" for None."""
    if value is None:
        return ""
    text = locale().toString(float(value), "f", decimals)
    return f"+{text}" if signed and value > 0 else text


def money_edit_text(value: float | None) -> str:
    """An amount as typed into an editor: the locale's decimal mark, no thousands separator."""
    if value is None:
        return ""
    current = locale()
    current.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return current.toString(float(value), "f", 2)


def percent_text(fraction: float, decimals: int = 0) -> str:
    """``0.25`` -> "25 %" in Swedish and Danish, "25%" in English."""
    current = locale()
    number = current.toString(fraction * 100, "f", decimals)
    sign = current.percent()
    return f"{number}\u00a0{sign}" if current.language() != QLocale.Language.English else f"{number}{sign}"
