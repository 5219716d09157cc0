"""What every tab of the delegation editor offers, so new tabs (GRIP, checklist,
follow-up points) slot in without the dialog knowing their insides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from delegation_planner.domain.records import Delegation


class EditorTab(QWidget):
    """A part of the delegation editor.

    ``load`` fills the tab from a delegation; ``apply_to`` writes the tab's fields
    into a delegation and leaves every other field alone (so fields no tab shows
    survive a save); ``problems`` says in plain words what blocks saving;
    ``changed`` is emitted on every edit the user makes (never by ``load``).
    """

    changed = Signal()

    def title(self) -> str:
        raise NotImplementedError

    def load(self, delegation: Delegation) -> None:
        raise NotImplementedError

    def apply_to(self, delegation: Delegation) -> None:
        raise NotImplementedError

    def problems(self) -> list[str]:
        return []

    def refresh(self, delegation: Delegation) -> None:
        """The delegation as edited in all tabs; for tabs that depend on other tabs'
        fields (the programme's first day, the GRIP rules). Must not emit ``changed``."""

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError
