"""How a delegation's status reads on screen (the keys are the file's words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from delegation_planner.domain.status import WITHOUT_VISIT, DelegationStatus

_tr = QCoreApplication.translate

# Ended without a visit: greyed, so the everyday trips stand out.
_ENDED = QColor(110, 110, 110)


def status_text(value: str) -> str:
    labels = {
        "requested": _tr("Status", "Request received"),
        "considering": _tr("Status", "Under consideration"),
        "planned": _tr("Status", "Planned"),
        "confirmed": _tr("Status", "Confirmed"),
        "completed": _tr("Status", "Completed"),
        "declined": _tr("Status", "Declined"),
        "cancelled": _tr("Status", "Cancelled"),
    }
    return labels.get(value, value)


def status_colour(value: str) -> QColor | None:
    try:
        return _ENDED if DelegationStatus(value) in WITHOUT_VISIT else None
    except ValueError:
        return None
