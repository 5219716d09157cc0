"""Python dates to Qt's, spelled out.

PySide6 converts a ``datetime.date`` passed to ``QDate(...)`` at run time, but its type
stubs do not list that constructor; building from the parts keeps mypy checking the
call, and says that a naive ``datetime`` is wall-clock time (Qt's local time).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute, moment.second))


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
