"""A save over someone else's newer change: who changed it and when, and what to do.

Reload takes their version (the edits here are dropped), Keep mine saves over it
(their change stays in the history), Compare shows the two field by field first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import html
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegation_planner.domain.records import Delegation
from delegation_planner.storage.change_log import Change

RELOAD = "reload"
KEEP_MINE = "keep_mine"
CANCEL = "cancel"


def _value_text(value: Any) -> str:
    """One field's value as a person reads it: lists one item a line, records by their parts."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return "\n".join(_value_text(item) for item in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = [_value_text(getattr(value, f.name)) for f in dataclasses.fields(value)]
        return " · ".join(p for p in parts if p != "—")
    return str(value)


def differences(mine: Delegation, theirs: Delegation) -> list[tuple[str, str, str]]:
    """(field, mine, theirs) for each field of the delegation that differs, in the record's order."""
    found = []
    for item in dataclasses.fields(Delegation):
        a, b = getattr(mine, item.name), getattr(theirs, item.name)
        if a != b:
            found.append((item.name, _value_text(a), _value_text(b)))
    return found


class ConflictDialog(QDialog):
    """Ask what to do; ``choice`` is RELOAD, KEEP_MINE or CANCEL once it closed."""

    def __init__(
        self,
        mine: Delegation,
        theirs: Delegation | None,
        change: Change | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = CANCEL
        self._mine, self._theirs = mine, theirs
        self.setWindowTitle(self.tr("Changed by someone else"))
        if change is not None:
            moment = change.at.astimezone()
            when = QLocale().toString(
                QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0),
                QLocale.FormatType.ShortFormat,
            )
            text = self.tr("{who} changed this delegation at {when}, after you opened it.").format(
                who=change.who, when=when
            )
        else:
            text = self.tr("This delegation was changed elsewhere after you opened it.")
        if theirs is None:
            advice = self.tr("It has since been deleted. Keep mine stores your version again.")
        else:
            advice = self.tr(
                "Reload shows their version (your edits here are dropped). Keep mine saves your "
                "version over theirs (theirs stays in the history). Compare shows both first."
            )
        layout = QVBoxLayout(self)
        self.message_label = QLabel(f"<b>{html.escape(text)}</b>", self)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        advice_label = QLabel(advice, self)
        advice_label.setWordWrap(True)
        layout.addWidget(advice_label)
        self.comparison = QPlainTextEdit(self)
        self.comparison.setReadOnly(True)
        # One field value a line, its continuation lines indented under it: no soft wrapping.
        self.comparison.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.comparison.setMinimumSize(520, 220)
        self.comparison.hide()
        layout.addWidget(self.comparison)
        buttons = QDialogButtonBox(self)
        self.reload_button: QPushButton | None = None
        self.compare_button: QPushButton | None = None
        if theirs is not None:
            self.reload_button = buttons.addButton(self.tr("&Reload"), QDialogButtonBox.ButtonRole.ResetRole)
            self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
            self.compare_button = buttons.addButton(
                self.tr("&Compare"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.compare_button.clicked.connect(self.show_comparison)
        self.keep_button = buttons.addButton(self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        # Nothing happens to either version by pressing Enter.
        cancel.setDefault(True)
        layout.addWidget(buttons)

    def comparison_text(self) -> str:
        if self._theirs is None:
            return ""
        found = differences(self._mine, self._theirs)
        if not found:
            return self.tr("Their version and yours are the same in every field.")
        labels = self._labels()
        yours, theirs_label = self.tr("Yours:"), self.tr("Theirs:")
        blocks = []
        for name, mine, theirs in found:
            indent = "\n" + " " * 10
            blocks.append(
                f"{labels.get(name, name)}\n"
                f"  {yours:<8}{mine.replace(chr(10), indent)}\n"
                f"  {theirs_label:<8}{theirs.replace(chr(10), indent)}"
            )
        return "\n\n".join(blocks)

    def show_comparison(self) -> None:
        self.comparison.setPlainText(self.comparison_text())
        self.comparison.show()
        self.adjustSize()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _labels(self) -> dict[str, str]:
        return {
            "id": self.tr("Key"),
            "title": self.tr("Title"),
            "direction": self.tr("Direction"),
            "purpose": self.tr("Purpose"),
            "start": self.tr("Start"),
            "end": self.tr("End"),
            "partner_region": self.tr("Partner region"),
            "country": self.tr("Country"),
            "themes": self.tr("Themes"),
            "agreement": self.tr("Agreement"),
            "initiator": self.tr("Initiative"),
            "participants": self.tr("Participants"),
            "programme": self.tr("Programme"),
            "costs": self.tr("Costs"),
            "grip_decision": self.tr("Decision"),
            "follow_up_points": self.tr("Follow-up points"),
            "notes": self.tr("Notes"),
            "status": self.tr("Status"),
            "status_history": self.tr("Status history"),
        }
