"""How an agreement and a partner read on screen: its scope, the partner's place and country.

The scope's and status's words are the core's (``ui.labels.enums``); the countries' names CLDR's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from delegation_planner.domain.codes import COUNTRIES
from delegation_planner.domain.enums import AgreementScope
from delegation_planner.texts.formatting import formatter
from delegation_planner.ui.labels.enums import core_word
from delegation_planner.ui.labels.office import window_language

_tr = QCoreApplication.translate


def scope_text(scope: AgreementScope | None) -> str:
    """An agreement's scope in the window's language ("Tematisk"), "" for none."""
    return core_word(scope) if scope is not None else ""


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
