"""Guards against a defect of the Qt binding that would crash the program.

PySide6 6.12.0 drops a reference to ``None`` each time Qt calls a Python
``data()`` override that returns ``None``; on Python 3.11 the process dies after a
few thousand calls ("none_dealloc"). pyproject.toml excludes that release; this
test fails loudly if a release with the same defect is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _Empty(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None


def test_data_returning_none_keeps_none_alive(qapp):
    model = _Empty()
    before = sys.getrefcount(None)
    for _ in range(1000):
        model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert sys.getrefcount(None) - before > -100, "this PySide6 release loses references to None"
