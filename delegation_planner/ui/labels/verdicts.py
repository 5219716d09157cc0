"""How a GRIP verdict reads on screen: a symbol and a word, so it is clear without colour.

The register and the before-departure review show the same words; colour only
adds to them (people who cannot tell red from green, or who print in grey, read
the symbol and the word).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

_tr = QCoreApplication.translate

# Darker than pure red/orange so the text stays readable on a white row.
_COLOURS = {"fail": QColor(176, 0, 32), "warn": QColor(160, 90, 0)}


def verdict_text(verdict: str) -> str:
    """``pass`` -> "✔ Pass"; an empty or unknown value (never evaluated) stays as it is."""
    labels = {
        "pass": _tr("Verdict", "✔ Pass"),
        "warn": _tr("Verdict", "⚠ Warning"),
        "fail": _tr("Verdict", "✖ Fail"),
    }
    return labels.get(verdict, verdict)


def verdict_colour(verdict: str) -> QColor | None:
    return _COLOURS.get(verdict)
