"""The delegation editors open beside the register: each its own window, one per delegation.

Editors are not modal, so the register stays usable and two delegations can be
compared side by side. Opening a delegation that is already open brings its window
forward instead of making a second editor on the same record (two would overwrite
each other's work). Closing the register first closes the editors, each asking
about its unsaved changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.session import RegisterSession


class EditorWindows(QObject):
    saved = Signal(str)  # a delegation was stored from one of the editors

    def __init__(self, session: RegisterSession, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._editors: list[QWidget] = []

    def open(self, key: str | None) -> QWidget | None:
        """Show the editor of ``key`` (a new delegation for None); None if it cannot be opened."""
        # Imported here: the editor is a large module the register does not need to start.
        from delegation_planner.ui.editor import delegation_editor

        if key is not None:
            for editor in self._editors:
                if editor.property("delegation_key") == key:
                    editor.showNormal()
                    editor.raise_()
                    editor.activateWindow()
                    return editor
        try:
            editor = delegation_editor.DelegationEditor(
                self._session.db, key, self._session.read_only, self._window
            )
        except StorageError as error:
            QMessageBox.warning(self._window, self.tr("Open delegation"), str(error))
            return None
        editor.setProperty("delegation_key", key or "")
        editor.saved.connect(lambda saved_key, e=editor: self._on_saved(e, saved_key))
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        self._editors.append(editor)
        editor.show()
        return editor

    def editors(self) -> list[QWidget]:
        return list(self._editors)

    def close_all(self) -> bool:
        """Close every editor, each asking about unsaved changes; False if one stays open."""
        for editor in list(self._editors):
            editor.close()
        return not self._editors

    def discard_all(self) -> None:
        """Close every editor without asking (the register is going away)."""
        for editor in list(self._editors):
            self._editors.remove(editor)
            editor.hide()
            editor.deleteLater()

    def _on_saved(self, editor: QWidget, key: str) -> None:
        # A new delegation has its key from its first save on.
        editor.setProperty("delegation_key", key)
        self.saved.emit(key)

    def _forget(self, editor: QWidget) -> None:
        if editor in self._editors:
            self._editors.remove(editor)
            editor.deleteLater()
