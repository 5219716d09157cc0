"""What the documents take from the office's settings: the case officer and the duty phone.

The case officer (handläggare, sagsbehandler) is named on the memo and the
decision basis; without a setting it is the name the system knows for the
login. The duty phone goes into the briefing's emergency contacts; without it
the briefing leaves a line to fill in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from delegation_planner.documents.bundle import default_officer

OFFICER_KEY = "documents/case_officer"
DUTY_PHONE_KEY = "documents/duty_phone"
_MAX = 120

_tr = QCoreApplication.translate


def case_officer() -> str | None:
    """The set case officer, or None for the login's name."""
    value = str(QSettings().value(OFFICER_KEY, "") or "").strip()
    return value or None


def duty_phone() -> str:
    return str(QSettings().value(DUTY_PHONE_KEY, "") or "").strip()


def edit_case_officer(parent: QWidget) -> None:
    _edit(
        parent,
        OFFICER_KEY,
        _tr("DocumentSettings", "Case officer"),
        _tr("DocumentSettings", "Name on visit memos and decision bases (empty: {0}):").format(
            default_officer()
        ),
        case_officer() or "",
    )


def edit_duty_phone(parent: QWidget) -> None:
    _edit(
        parent,
        DUTY_PHONE_KEY,
        _tr("DocumentSettings", "Duty phone"),
        _tr("DocumentSettings", "The office's phone for emergencies, printed in every briefing:"),
        duty_phone(),
    )


def _edit(parent: QWidget, key: str, title: str, label: str, current: str) -> None:
    text, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, current)
    if accepted:
        QSettings().setValue(key, " ".join(text.split())[:_MAX])
