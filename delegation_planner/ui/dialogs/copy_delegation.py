"""Delegation ▸ Copy for a new trip…: asks the new trip's first day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from delegation_planner.domain.records import Delegation
from delegation_planner.ui.widgets.date_edit import DateEdit


def next_year(day: dt.date) -> dt.date:
    """The same day a year later (28 February for 29 February): the usual next trip."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


class CopyDelegationDialog(QDialog):
    """The start of the copy; its programme moves with it, the same days from the start."""

    def __init__(self, source: Delegation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy for a new trip"))
        intro = QLabel(
            self.tr(
                "A new delegation is made from “{title}”: the same title, purpose, partner, themes and "
                "participants (without their justifications), the programme moved to the new dates, "
                "the planned costs and a fresh checklist. No decision, actual costs or follow-up points "
                "are copied."
            ).format(title=source.title),
            self,
        )
        intro.setWordWrap(True)
        self.start_edit = DateEdit(self)
        self.start_edit.setObjectName("start_edit")
        self.start_edit.setCalendarPopup(True)
        start = next_year(source.start)
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        days = (source.end - source.start).days + 1
        form = QFormLayout()
        form.addRow(self.tr("New &start:"), self.start_edit)
        form.addRow(QLabel(self.tr("The trip keeps its length: %n day(s).", "", days), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Copy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
        self.start_edit.setFocus()

    def start(self) -> dt.date:
        value = self.start_edit.date()
        return dt.date(value.year(), value.month(), value.day())

    @classmethod
    def ask(cls, source: Delegation, parent: QWidget | None = None) -> tuple[dt.date | None, bool]:
        """The new start and whether the user went ahead (tests patch ``exec``)."""
        dialog = cls(source, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.start() if accepted else None), accepted
