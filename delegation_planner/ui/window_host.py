"""What the window's command objects may ask of the window that owns them.

``WindowCommands`` (reports and exports), ``RegisterSafety`` (backup and restore) and
``PersonalDataCommands`` (the People menu) act for one main window. They take a
``WindowHost`` rather than ``MainWindow`` so that none of them imports
``main_window`` (which builds them): dependencies run from the window to its parts,
and what the parts use of the window is listed here, where mypy checks it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # the window's shell is painted before the pages are loaded
    from delegation_planner.ui.pages.delegations import DelegationsPage
    from delegation_planner.ui.session import RegisterSession


class WindowHost(QMainWindow):
    """A main window with one open register; ``MainWindow`` is the one implementation."""

    settings: QSettings
    session: RegisterSession
    # None only while the window switches register.
    delegations: DelegationsPage | None

    def refresh_all(self, except_page: Any = None) -> None:
        """Show the register's current contents on every page."""
        raise NotImplementedError

    def close_editors(self, question: str) -> bool:
        """Ask once about every open editor's unsaved changes (``question`` ends the
        message), then close them; False if the person cancelled."""
        raise NotImplementedError

    def release_session(self) -> None:
        """Close the register (pages, connection, lock) so that ``replace_session`` can follow."""
        raise NotImplementedError

    def replace_session(self, session: RegisterSession) -> None:
        raise NotImplementedError

    def shown_person(self) -> str | None:
        """The key of the person selected on the People tab, when that tab is on screen."""
        raise NotImplementedError
