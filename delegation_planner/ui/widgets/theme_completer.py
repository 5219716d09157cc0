"""A completer for comma-separated themes: it completes the word being typed, not the whole line."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class ThemeCompleter(QCompleter):
    def __init__(self, model: QAbstractItemModel, line_edit: QLineEdit) -> None:
        super().__init__(model, line_edit)
        self._line_edit = line_edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        # Keep what came before the last comma and replace only the word being typed.
        chosen = str(index.data(Qt.ItemDataRole.EditRole))
        before = [part.strip() for part in self._line_edit.text().split(",")[:-1] if part.strip()]
        return ", ".join([*before, chosen])
