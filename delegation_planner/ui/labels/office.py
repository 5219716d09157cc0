"""The office's words in the window: its decision body, in the window's language.

Window texts that name the decision body take it as a ``{0}`` argument
(``self.tr("{0} decision").format(decision_body(db))``), so the translated text
stays one catalogue entry whatever the office is called.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from sqlite_utils import Database

from delegation_planner.domain.office import DecisionBody
from delegation_planner.storage.office_store import load_office
from delegation_planner.texts.language import DEFAULT, LANGUAGES


def window_language() -> str:
    """The language the window's texts and formats are in (the default QLocale's), as sv/da/en."""
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT


def decision_body(db: Database) -> DecisionBody:
    """How the office's decision body is named in the window's language ("GRIP", "GRIP-beslut")."""
    return load_office(db).body(window_language())


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
