"""The delegation editors open beside the register: each its own window, one per delegation.

Editors are not modal, so the register stays usable and two delegations can be
compared side by side. Opening a delegation that is already open brings its window
forward instead of making a second editor on the same record (two would overwrite
each other's work). Before the register goes (another one opened, a backup restored,
the window closed) ``leave`` asks once about every editor with unsaved changes, as a
desktop program does: Save all, Discard or Cancel; nothing is thrown away unasked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from delegation_planner.storage.errors import StorageError
from delegation_planner.ui.session import RegisterSession

if TYPE_CHECKING:
    from delegation_planner.ui.editor.delegation_editor import DelegationEditor


class EditorWindows(QObject):
    saved = Signal(str)  # a delegation was stored from one of the editors

    def __init__(self, session: RegisterSession, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._window = window
        self._editors: list[DelegationEditor] = []

    def open(self, key: str | None) -> DelegationEditor | None:
        """Show the editor of ``key`` (a new delegation for None); None if it cannot be opened."""
        # Imported here: the editor is a large module the register does not need to start.
        from delegation_planner.ui.editor import delegation_editor

        if key is not None:
            for editor in self._editors:
                if editor.property("delegation_key") == key:
                    _bring_forward(editor)
                    return editor
        try:
            editor = delegation_editor.DelegationEditor(
                self._session.db,
                key,
                self._session.read_only,
                self._window,
                may_decide=self._session.may_decide,
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

    def editors(self) -> list[DelegationEditor]:
        return list(self._editors)

    def unsaved(self) -> list[DelegationEditor]:
        """The open editors holding changes that are not stored yet."""
        return [editor for editor in self._editors if editor.is_dirty()]

    def leave(self, parent: QWidget, question: str) -> bool:
        """Before the register goes: ask once about all unsaved changes, then close every editor.

        ``question`` ends the message ("Save them before the backup is restored?"). Save
        stores each editor in turn; one that cannot be stored (a problem in a field, a
        conflict) comes forward showing why and everything stays open. Cancel keeps
        everything as it is. True when the editors are closed and the register may go.
        """
        unsaved = self.unsaved()
        if unsaved:
            names = "\n".join(f"• {editor.windowTitle()}" for editor in unsaved)
            save = (
                QMessageBox.StandardButton.Save if len(unsaved) == 1 else QMessageBox.StandardButton.SaveAll
            )
            answer = QMessageBox.question(
                parent,
                self.tr("Unsaved changes"),
                self.tr("%n open delegation(s) have changes that are not saved:", "", len(unsaved))
                + f"\n\n{names}\n\n{question}",
                save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                save,
            )
            if answer not in (save, QMessageBox.StandardButton.Discard):
                return False
            if answer == save:
                for editor in unsaved:
                    if not editor.save():
                        _bring_forward(editor)
                        return False
        self.discard_all()  # stored, or let go by the person's own choice
        return True

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

    def _forget(self, editor: DelegationEditor) -> None:
        if editor in self._editors:
            self._editors.remove(editor)
            editor.deleteLater()


def _bring_forward(editor: QWidget) -> None:
    editor.showNormal()
    editor.raise_()
    editor.activateWindow()
