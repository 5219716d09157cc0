"""Display words for the agreement enumerations, in the shape of ``ui.editor.labels``.

Person and organisation kinds are labelled in ``ui.editor.labels`` (shared with the
delegation editor); only the agreement's scope and status are added here.
These are plain functions, so they use ``QCoreApplication.translate`` with the
literal text in place, which is what ``pyside6-lupdate`` extracts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from delegation_planner.domain.enums import AgreementScope, AgreementStatus

_tr = QCoreApplication.translate


def agreement_scopes() -> list[tuple[str, AgreementScope]]:
    return [
        (_tr("Labels", "General"), AgreementScope.GENERAL),
        (_tr("Labels", "Thematic"), AgreementScope.THEMATIC),
    ]


def agreement_statuses() -> list[tuple[str, AgreementStatus]]:
    return [
        (_tr("Labels", "Draft"), AgreementStatus.DRAFT),
        (_tr("Labels", "Active"), AgreementStatus.ACTIVE),
        (_tr("Labels", "Expired"), AgreementStatus.EXPIRED),
    ]


def country_name(code: str) -> str:
    """The country's name in the user's Qt locale data ("SE" -> "Sweden"), or "" if unknown."""
    if len(code) != 2:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToString(territory)
