"""A date field that shows the locale's short date and also takes an ISO date.

A Danish window shows "12.03.2026", a Swedish "2026-03-12", a British "12/03/2026"
(``ui.labels.formatting.date_format``), but dates arrive from e-mails, spreadsheets and other
offices' files written "2026-03-12": typed or pasted into any of these fields, an ISO
date is taken as it is. The forms use it as a promoted QDateEdit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from delegation_planner.ui.labels.formatting import date_format

ISO_FORMAT = "yyyy-MM-dd"
# What someone typing an ISO date has on the way: "2", "2026-", "2026-03-1".
_ISO_PREFIX = re.compile(r"\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> QDate | None:
    """The date ``text`` writes in ISO 8601 (``2026-03-12``), or None."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        return None
    date = QDate.fromString(text, ISO_FORMAT)
    return date if date.isValid() else None


class DateEdit(QDateEdit):
    """A QDateEdit in the window's short date format that also accepts ISO dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(date_format())
        # An ISO date taken as typed is shown again in the window's own format once left.
        self.editingFinished.connect(self._show_in_display_format)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip()
        if iso_date(stripped) is not None and not self._locale_reads(stripped):
            return QValidator.State.Acceptable, text, pos
        if (
            "-" in stripped
            and "-" not in self.displayFormat()
            and _ISO_PREFIX.fullmatch(stripped)
            and len(stripped) < len(ISO_FORMAT)
        ):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def dateTimeFromText(self, text: str) -> QDateTime:
        date = iso_date(text)
        if date is not None and not self._locale_reads(text.strip()):
            return QDateTime(date, QTime(0, 0))
        return super().dateTimeFromText(text)

    def fixup(self, text: str) -> str:
        date = iso_date(text)
        if date is not None:
            return date.toString(self.displayFormat())
        return super().fixup(text)

    def _show_in_display_format(self) -> None:
        shown = self.date().toString(self.displayFormat())
        if self.lineEdit().text() != shown:
            self.lineEdit().setText(shown)

    def _locale_reads(self, text: str) -> bool:
        # Swedish short dates are ISO already: Qt's own reading is then the right one.
        return QDate.fromString(text, self.displayFormat()).isValid()
