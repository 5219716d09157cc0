"""Display words for the agreement enumerations, in the shape of ``ui.labels.enums``.

Person and organisation kinds are labelled in ``ui.labels.enums`` (shared with the
delegation editor); only the agreement's scope and status are added here.
These are plain functions, so they use ``QCoreApplication.translate`` with the
literal text in place, which is what ``pyside6-lupdate`` extracts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.codes import COUNTRIES
from delegation_planner.domain.enums import AgreementScope, AgreementStatus
from delegation_planner.texts.formatting import formatter
from delegation_planner.ui.labels.office import window_language

_tr = QCoreApplication.translate


def agreement_scopes() -> list[tuple[str, AgreementScope]]:
    return [
        (_tr("Labels", "General"), AgreementScope.GENERAL),
        (_tr("Labels", "Thematic"), AgreementScope.THEMATIC),
    ]


def scope_text(scope: AgreementScope | None) -> str:
    """An agreement's scope in the window's language ("Tematisk"), "" for none."""
    return next((label for label, value in agreement_scopes() if value is scope), "")


def agreement_statuses() -> list[tuple[str, AgreementStatus]]:
    return [
        (_tr("Labels", "Draft"), AgreementStatus.DRAFT),
        (_tr("Labels", "Active"), AgreementStatus.ACTIVE),
        (_tr("Labels", "Expired"), AgreementStatus.EXPIRED),
    ]


def country_name(code: str) -> str:
    """The country's name in the window's language ("SE" -> "Sverige"), or "" if unknown.

    From CLDR through Babel, as the documents write it (QLocale names territories in English only).
    """
    if len(code) != 2 or code.upper() not in COUNTRIES:
        return ""
    return formatter(window_language()).country(code)


def partner_text(region: str, country: str) -> str:
    """Where a delegation goes or comes from, as a person says it: "Jiangsu, Kina" (not
    "Jiangsu (CN)"); the region alone, or the country alone, when only one is known."""
    name = country_name(country) or country
    if region and name:
        return f"{region}, {name}"
    return region or name
