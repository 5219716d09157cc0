"""How a GRIP verdict reads on screen: a symbol and a word, so it is clear without colour.

The register and the before-departure review show the same words; colour only
adds to them (people who cannot tell red from green, or who print in grey, read
the symbol and the word).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from delegation_planner.domain.enums import Level
from delegation_planner.ui.labels.enums import core_word

# Darker than pure red/orange so the text stays readable on a white row.
_COLOURS = {"fail": QColor(176, 0, 32), "warn": QColor(160, 90, 0)}


def level_word(level: Level) -> str:
    """The documents' word for ``level`` (the decision basis says the same), in the window's language."""
    return core_word(level)


def level_text(level: Level) -> str:
    """The symbol and the word ("✖ Fail"), never the colour alone."""
    return f"{level.symbol} {level_word(level)}"


def verdict_text(verdict: str) -> str:
    """``pass`` -> "✔ Pass"; an empty or unknown value (never evaluated) stays as it is."""
    if verdict not in (Level.PASS, Level.WARN, Level.FAIL):
        return verdict
    return level_text(Level(verdict))


def verdict_colour(verdict: str) -> QColor | None:
    return _COLOURS.get(verdict)
