"""What every tab of the delegation editor offers, so new tabs (GRIP, checklist,
follow-up points) slot in without the dialog knowing their insides."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

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
        """Read again on every edit, so a tab may show its state in it (GRIP's verdict)."""
        raise NotImplementedError

    def load(self, delegation: Delegation) -> None:
        raise NotImplementedError

    def apply_to(self, delegation: Delegation) -> None:
        raise NotImplementedError

    def problems(self) -> list[str]:
        return []

    def shown_problems(self) -> list[str]:
        """The problems on screen now: a field left empty since the editor opened may keep
        its message back until Save is pressed (``reveal_problems``)."""
        return self.problems()

    def reveal_problems(self) -> None:
        """Save was pressed while something blocks it: show every message."""

    def refresh(self, delegation: Delegation) -> None:
        """The delegation as edited in all tabs; for tabs that depend on other tabs'
        fields (the programme's first day, the GRIP rules). Must not emit ``changed``."""

    def set_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def is_modified(self) -> bool:
        """For tabs that edit something kept beside the delegation (its checklist), which
        ``current() != loaded`` cannot see; True makes the editor ask before closing."""
        return False

    def save_extra(self, db: Database, key: str) -> None:
        """Store what the tab keeps beside the delegation. Called inside the transaction
        that saves the delegation ``key``, so both are stored or neither is."""

    def prepare_save(self, db: Database, delegation: Delegation) -> None:
        """Store what ``delegation`` refers to and only this tab has made so far (the people
        of an imported list), before the delegation itself. Called inside the saving
        transaction; may change keys in ``delegation`` if a record's key was taken meanwhile."""

    def stored(self, delegation: Delegation) -> None:
        """The save has been committed as ``delegation``: forget what was pending."""
