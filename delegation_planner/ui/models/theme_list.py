"""A list of theme keys shown by their labels (``life_science`` as "Life science"); the key is the tooltip."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from delegation_planner.domain.text import theme_label

Index = QModelIndex | QPersistentModelIndex

THEME_ROLE = Qt.ItemDataRole.UserRole + 1  # the identifier itself


class ThemeListModel(QAbstractListModel):
    def __init__(self, themes: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._themes = list(themes)
        # How a key reads: the office's label in the window's language when the page sets it.
        self.label: Callable[[str], str] = theme_label

    def themes(self) -> list[str]:
        return list(self._themes)

    def set_themes(self, themes: Iterable[str]) -> None:
        self.beginResetModel()
        self._themes = list(themes)
        self.endResetModel()

    def add(self, theme: str) -> int:
        """Append ``theme`` (the caller has checked it); its row."""
        row = len(self._themes)
        self.beginInsertRows(QModelIndex(), row, row)
        self._themes.append(theme)
        self.endInsertRows()
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        # From the bottom up, so the rows still to remove keep their numbers.
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._themes):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._themes[row]
                self.endRemoveRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._themes):
            return None
        theme = self._themes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(theme)
        # The key, for matching what files and other offices use.
        if role in (THEME_ROLE, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return theme
        return None
