"""The item roles a model answers, as the plain numbers Qt hands ``data``.

A view asks each cell it paints or measures for a dozen roles; a model answers None at once
for those it never serves, before it reads the index, by looking the number up in a set
(Qt's enum types cost microseconds a comparison, and a repaint asks thousands).
"""

from __future__ import annotations

from PySide6.QtCore import Qt


def role_numbers(*roles: Qt.ItemDataRole | int) -> frozenset[int]:
    """The roles as the numbers ``data`` is handed."""
    return frozenset(int(role) for role in roles)
