"""The office profile's records settings in Settings ▸ Office profile…

How the office keeps its records travels with its profile: the pattern its document
references are proposed from (with the next one shown as it is typed) and after how
many months without a visit or a logged contact a partner is flagged in the
Organisations list. The dialog adds these rows to its form.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget
from sqlite_utils import Database

from delegation_planner.domain import references
from delegation_planner.domain.office import MAX_CONTACT_MONTHS, OfficeProfile
from delegation_planner.storage.document_log import propose_reference


class RecordsSettings(QObject):
    """The two fields and the line under the pattern; ``rows()`` for the dialog's form."""

    def __init__(self, db: Database, profile: OfficeProfile, read_only: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._db = db
        self.months_spin = QSpinBox(parent)
        self.months_spin.setRange(1, MAX_CONTACT_MONTHS)
        self.months_spin.setToolTip(
            self.tr("A partner with no visit and no logged contact for this long is flagged in Organisations")
        )
        self.pattern_edit = QLineEdit(parent)
        self.pattern_edit.setToolTip(
            self.tr(
                "{year} is the year (2026), {yy} its last two digits (26), {number} the document's "
                "number in the year; {number:04d} writes it with four digits (0007)."
            )
        )
        self.pattern_note = QLabel(parent)
        self.pattern_note.setWordWrap(True)
        self.pattern_edit.textChanged.connect(lambda _text: self._show_next())
        self.months_spin.valueChanged.connect(lambda _value: self._show_months())
        for widget in (self.months_spin, self.pattern_edit):
            widget.setEnabled(not read_only)
        self.show_profile(profile)

    def rows(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Flag a partner after:"), self.months_spin),
            (self.tr("Document &references:"), self.pattern_edit),
            ("", self.pattern_note),
        ]

    def show_profile(self, profile: OfficeProfile) -> None:
        """Show ``profile``'s settings (another office chosen brings its own)."""
        self.months_spin.setValue(profile.contact_months)
        self.pattern_edit.setText(profile.reference_pattern)
        self._show_months()
        self._show_next()

    def contact_months(self) -> int:
        return self.months_spin.value()

    def reference_pattern(self) -> str:
        return self.pattern_edit.text().strip()

    def problem(self) -> str | None:
        """Why the pattern as typed cannot be kept, in the window's language; None when it can."""
        fault = references.pattern_fault(self.reference_pattern())
        if fault is None:
            return None
        example = references.DEFAULT_REFERENCE_PATTERN
        return {
            references.EMPTY: self.tr("A pattern is needed, e.g. {example}.").format(example=example),
            references.UNKNOWN_FIELD: self.tr(
                "The pattern may use {year}, {yy} and {number} (e.g. %1), and nothing else in braces."
            ).replace("%1", example),
            references.NO_NUMBER: self.tr(
                "The pattern needs {number}, the document's number in the year (e.g. %1)."
            ).replace("%1", example),
            references.TOO_LONG: self.tr("A reference is one line of at most %1 characters.").replace(
                "%1", str(references.MAX_REFERENCE_CHARS)
            ),
        }[fault]

    def _show_months(self) -> None:
        # "month(s) without contact" follows the number, in every language's plural.
        self.months_spin.setSuffix(self.tr(" month(s) without contact", "", self.months_spin.value()))

    def _show_next(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.pattern_note.setText(problem)
            self.pattern_note.setStyleSheet("color: #b00020;")
            return
        self.pattern_note.setStyleSheet("")
        proposed = propose_reference(self._db, dt.date.today(), self.reference_pattern())
        self.pattern_note.setText(
            self.tr(
                "The next document would be {reference}; a reference can always be typed instead."
            ).format(reference=proposed)
        )
