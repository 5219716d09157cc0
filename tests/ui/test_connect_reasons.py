"""File ▸ Connect to server… says why a connection failed in the reader's words, and keeps the
server's own message folded under "Details from the server" for IT (the test session's server)."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt

from delegation_planner.ui.dialogs.connect import ConnectDialog
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.session import RegisterSession
from tests.pg_server import PASSWORD_GROUP, TestServer


def _password_login(pg_server: TestServer, url: str, name: str) -> str:
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(
            f"DO $g$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_GROUP}') "
            f"THEN CREATE ROLE {PASSWORD_GROUP} NOLOGIN; END IF; END $g$"
        )
        admin.execute(f"DROP ROLE IF EXISTS {name}")
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'secret-{name}' IN ROLE {PASSWORD_GROUP}")
    return url.replace("postgres@", f"{name}@", 1)


def _try(window: MainWindow, url: str, password: str) -> ConnectDialog:
    dialog = window.server.ask_and_connect()
    dialog.ui.address_edit.setText(url)
    dialog.ui.address_edit.textEdited.emit(url)
    dialog.ui.password_edit.setText(password)
    dialog.accept()
    again = window.server.dialog
    assert again is not None, "a failed connection asks again"
    return again


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("sv", "Servern godtog inte lösenordet för bodil."),
        ("da", "Serveren godtog ikke adgangskoden for bodil."),
        ("en", "The server did not accept the password for bodil."),
    ],
)
def test_a_wrong_password_is_said_with_the_servers_words_to_unfold(
    qtbot: Any,
    settings: QSettings,
    register_path: Any,
    pg_server: TestServer,
    pg_url: str,
    language: str,
    reason: str,
) -> None:
    from delegation_planner.texts.catalogue import use_language

    url = _password_login(pg_server, pg_url, "bodil")
    window = MainWindow(RegisterSession.open(register_path), settings)
    qtbot.addWidget(window)
    window.show()
    use_language(language)  # as the window does at its start, for the core's messages
    dialog = _try(window, url, "Zt5-not-it")
    problem = dialog.ui.problem_label
    assert problem.isVisible() and problem.text().startswith(reason)
    # The dialog shows the address itself; the reason does not repeat it.
    assert "postgresql://" not in problem.text()
    details, button = dialog.ui.details_label, dialog.ui.details_button
    assert button.isVisible() and not details.isVisible()
    assert 'password authentication failed for user "bodil"' in details.text()
    assert "Zt5-not-it" not in details.text() + problem.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert details.isVisible() and button.arrowType() is Qt.ArrowType.DownArrow
    # Typing another address clears the old reason and its details.
    dialog.ui.host_edit.setText("other.example")
    dialog.ui.host_edit.textEdited.emit("other.example")
    assert not problem.isVisible() and not button.isVisible() and not details.isVisible()
    dialog.reject()


def test_a_missing_database_and_a_refused_port_are_told_apart(
    qtbot: Any, settings: QSettings, register_path: Any, pg_server: TestServer
) -> None:
    window = MainWindow(RegisterSession.open(register_path), settings)
    qtbot.addWidget(window)
    window.show()
    missing = _try(window, pg_server.url("no_such_register"), "")
    assert missing.ui.problem_label.text().startswith("The server has no database no_such_register.")
    assert 'database "no_such_register" does not exist' in missing.ui.details_label.text()
    missing.reject()
    refused = _try(window, "postgresql://postgres@127.0.0.1:1/delegations", "")
    assert refused.ui.problem_label.text().startswith("Nothing answers at 127.0.0.1, port 1:")
    assert "Connection refused" in refused.ui.details_label.text()
    refused.reject()
