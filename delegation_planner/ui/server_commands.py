"""The window's server side: File ▸ Connect to server…, others' saves shown as they
happen, and what the person's role on the server may not do greyed out.

The server enforces the roles itself (GRANTs); the greying only spares people a
refusal after the work is done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from delegation_planner.storage.dialect import is_server
from delegation_planner.storage.errors import StorageError
from delegation_planner.storage.server_errors import ServerError
from delegation_planner.ui.changes import Changes, Record
from delegation_planner.ui.dialogs.connect import ConnectDialog
from delegation_planner.ui.session import RegisterSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from delegation_planner.ui.pages.delegations import DelegationsPage
    from delegation_planner.ui.register_safety import RegisterSafety
    from delegation_planner.ui.server_changes import ServerChange, ServerChanges


class ServerWindow(Protocol):
    """What these commands use of the main window (which imports them, not the reverse)."""

    settings: QSettings
    delegations: DelegationsPage | None
    office_action: QAction
    policy_action: QAction
    templates_action: QAction
    safety: RegisterSafety

    def close_editors(self, question: str) -> bool: ...
    def replace_session(self, session: RegisterSession) -> None: ...
    def notify(self, changes: Changes, source: object = None) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class ServerCommands(QObject):
    def __init__(self, window: ServerWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = window
        self._widget = parent  # the window as a widget: the dialogs' parent
        self.connect_action = QAction(self.tr("Connect to &server…"), parent)
        self.connect_action.setToolTip(self.tr("Open the office's shared register on its PostgreSQL server"))
        self.connect_action.triggered.connect(lambda _checked=False: self.ask_and_connect())
        self.changes: ServerChanges | None = None
        self.dialog: ConnectDialog | None = None

    # --- connecting ------------------------------------------------------------------------------

    def ask_and_connect(self, address: str = "", problem: str = "", detail: str = "") -> ConnectDialog:
        """Ask for the server's address and password; on OK open it (asking again while it fails)."""
        dialog = ConnectDialog(self.window.settings, self._widget, address=address)
        dialog.show_problem(problem, detail)
        self.dialog = dialog

        def done(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result:
                self.connect_to(dialog.url(), ask_on_failure=True)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def connect_to(self, url: str, *, ask_on_failure: bool) -> bool:
        """Open the server register at ``url`` in this window; on failure ask again with the reason."""
        if not self.window.close_editors(self.tr("Save them before another register is opened?")):
            return False
        try:
            session = RegisterSession.open(url)
        except ServerError as error:
            if ask_on_failure:
                # The dialog shows the address itself: the reason alone, the server's words folded.
                self.ask_and_connect(url, error.reason, error.detail)
            return False
        except StorageError as error:
            if ask_on_failure:
                self.ask_and_connect(url, str(error))
            return False
        self.window.replace_session(session)
        return True

    # --- the open register -------------------------------------------------------------------------

    def attached(self, session: RegisterSession) -> None:
        """A register was opened: listen to a server's changes, grey out what the role may not do."""
        self.detached()
        if is_server(session.db):
            # Loaded for a server only: it brings psycopg, which a register file never needs.
            from delegation_planner.ui.server_changes import ServerChanges

            own_pid = session.db.pg.info.backend_pid
            self.changes = ServerChanges(session.url, own_pid, self)
            self.changes.changed.connect(self._others_saved)
        may_decide = session.may_decide
        window = self.window
        for action in (window.office_action, window.policy_action, window.templates_action):
            action.setEnabled(may_decide)
            action.setToolTip("" if may_decide else self.tr("Your role on the server may not change this."))
        for action in (window.safety.backup_action, window.safety.restore_action):
            # A server register is backed up by its server (pg_dump), not copied by one window.
            action.setEnabled(not session.is_server and action.isEnabled())

    def detached(self) -> None:
        if self.changes is not None:
            self.changes.close()
            self.changes.deleteLater()
            self.changes = None

    def _others_saved(self, changes: list[ServerChange]) -> None:
        """Tell the pages what changed, rather than reloading everything."""
        window = self.window
        delegations = {c.key: c for c in changes if c.kind == "delegation"}
        kinds = {_RECORDS.get(c.kind) for c in changes}
        page = window.delegations
        handled: object = None
        if delegations and page is not None:
            # A changed row is fetched again on its own (the register's list is then not
            # queried anew); a new or deleted one changes the list.
            if all(c.action == "changed" and page.model.row_changed(c.key) for c in delegations.values()):
                handled = page
            for editor in page.editors.editors():
                change = delegations.get(str(editor.property("delegation_key")))
                if change is not None and change.action == "changed":
                    editor.changed_elsewhere(change.who)
        window.notify(
            Changes.everything() if None in kinds else Changes(frozenset(k for k in kinds if k)), handled
        )
        last = changes[-1]
        window.statusBar().showMessage(
            self.tr("{who} saved a change on the server.").format(who=last.who), 8000
        )


# The change log's kinds of record as the window's change notices name them.
_RECORDS = {
    "delegation": Record.DELEGATIONS,
    "person": Record.PEOPLE,
    "organisation": Record.ORGANISATIONS,
    "agreement": Record.AGREEMENTS,
    "policy": Record.SETTINGS,
}
