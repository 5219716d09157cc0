"""How the kinds of contact between visits (meeting, call, e-mail, video meeting) read on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.contacts import ContactKind

_tr = QCoreApplication.translate


def contact_kinds() -> list[tuple[str, ContactKind]]:
    # One context for the four words, wherever they are shown; literal, so lupdate finds them.
    return [
        (_tr("ContactKind", "Meeting"), ContactKind.MEETING),
        (_tr("ContactKind", "Call"), ContactKind.CALL),
        (_tr("ContactKind", "E-mail"), ContactKind.EMAIL),
        (_tr("ContactKind", "Video meeting"), ContactKind.VIDEO_MEETING),
    ]


def kind_text(value: str | None) -> str:
    return next((label for label, kind in contact_kinds() if kind.value == value), value or "")
