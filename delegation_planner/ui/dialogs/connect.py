"""File ▸ Connect to server…: the address of a register on a PostgreSQL server.

The address is one URL (``postgresql://user@host:port/database``) or its parts;
either fills the other. The password is asked here and lives only in the URL the
session holds in memory: the settings keep the address without it (as does the
recent list), and libpq's own password file or the domain login (GSSAPI) work
with the password left empty.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from delegation_planner.storage.server_url import is_server_url, shown_url
from delegation_planner.ui.generated.ui_connect_dialog import Ui_ConnectDialog

LAST_ADDRESS = "server/last_address"  # without a password
DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The URL for the parts, each quoted so that '@', ':' or '/' in them cannot mislead libpq."""
    login = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    netloc = (login + "@" if login else "") + host.strip() + (f":{port}" if port != DEFAULT_PORT else "")
    return f"postgresql://{netloc}/{quote(database.strip(), safe='')}"


class ConnectDialog(QDialog):
    """Ask for a server register's address and password; ``url()`` is what to open."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *, address: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._filling = False
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("&Connect"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.address_edit.textEdited.connect(self._address_edited)
        for edit in (self.ui.host_edit, self.ui.database_edit, self.ui.user_edit):
            edit.textEdited.connect(self._parts_edited)
        self.ui.port_edit.valueChanged.connect(self._parts_edited)
        self.ui.problem_label.hide()
        self.ui.details_button.hide()
        self.ui.details_label.hide()
        self.ui.details_button.toggled.connect(self._show_details)
        remembered = address or str(settings.value(LAST_ADDRESS, "") or "")
        if remembered:
            self.ui.address_edit.setText(shown_url(remembered))
            self._address_edited(self.ui.address_edit.text())
        self._update_ok()
        # The first field still empty, or the password when the rest is known.
        first = next(
            (e for e in (self.ui.host_edit, self.ui.database_edit, self.ui.user_edit) if not e.text()),
            self.ui.password_edit,
        )
        first.setFocus()

    def show_problem(self, text: str, detail: str = "") -> None:
        """Why the last try failed, in the reader's words, above the buttons; ``detail``, the
        server's own message, folded away under "Details from the server" for IT."""
        self.ui.problem_label.setText(text)
        self.ui.problem_label.setVisible(bool(text))
        self.ui.details_label.setText(detail)
        self.ui.details_button.setVisible(bool(detail))
        self.ui.details_button.setChecked(False)
        self._show_details(False)
        # The dialog grows with the reason rather than squeezing its fields.
        self.adjustSize()

    def _show_details(self, shown: bool) -> None:
        self.ui.details_label.setVisible(shown and bool(self.ui.details_label.text()))
        self.ui.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def url(self, *, with_password: bool = True) -> str:
        ui = self.ui
        return server_url(
            ui.host_edit.text(),
            ui.port_edit.value(),
            ui.database_edit.text(),
            ui.user_edit.text().strip(),
            ui.password_edit.text() if with_password else "",
        )

    def accept(self) -> None:
        if not self._complete():
            return
        self._settings.setValue(LAST_ADDRESS, self.url(with_password=False))
        super().accept()

    def _complete(self) -> bool:
        return bool(self.ui.host_edit.text().strip() and self.ui.database_edit.text().strip())

    def _update_ok(self) -> None:
        self._ok.setEnabled(self._complete())

    def _address_edited(self, text: str) -> None:
        if self._filling:
            return
        text = text.strip()
        if not is_server_url(text):
            self.show_problem(
                self.tr("The address begins with postgresql:// (for example {example}).").format(
                    example="postgresql://anna@register.region.example/delegations"
                )
                if text
                else ""
            )
            self._update_ok()
            return
        self.show_problem("")
        parts = urlsplit(text)
        self._filling = True
        try:
            self.ui.host_edit.setText(parts.hostname or "")
            self.ui.port_edit.setValue(parts.port or DEFAULT_PORT)
            self.ui.database_edit.setText(unquote(parts.path.strip("/")))
            self.ui.user_edit.setText(unquote(parts.username or ""))
            if parts.password:
                # A pasted password is used, but the address field shows none.
                self.ui.password_edit.setText(unquote(parts.password))
                self.ui.address_edit.setText(shown_url(text))
        finally:
            self._filling = False
        self._update_ok()

    def _parts_edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            self.ui.address_edit.setText(self.url(with_password=False) if self._complete() else "")
        finally:
            self._filling = False
        self.show_problem("")
        self._update_ok()
