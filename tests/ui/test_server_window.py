"""The window on a register on a PostgreSQL server (the test session's own server):
File ▸ Connect to server…, a save over someone else's newer change, others' saves
shown as they happen, and what a role may not do greyed out."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.storage.server_rights import DECIDER, EDITOR, READER
from delegation_planner.ui.dialogs.connect import LAST_ADDRESS, ConnectDialog
from delegation_planner.ui.editor.grip_tab import GripTab
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.main_window import MainWindow
from delegation_planner.ui.models.delegations_model import TITLE
from delegation_planner.ui.session import RegisterSession
from tests.core import factories
from tests.helpers.window import open_editor
from tests.pg_server import PASSWORD_GROUP, TestServer
from tests.ui.editor_fixtures import seed_delegation
from tests.ui.register_fixtures import fill_register

KEY = "jiangsu-2026"


def _login(pg_server: TestServer, url: str, name: str, group: str) -> str:
    """A person's own login role in ``group``, who must give the password 'secret-NAME'."""
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as admin:
        admin.execute(
            f"DO $g$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_GROUP}') "
            f"THEN CREATE ROLE {PASSWORD_GROUP} NOLOGIN; END IF; END $g$"
        )
        admin.execute(f"DROP ROLE IF EXISTS {name}")
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'secret-{name}' IN ROLE {group}, {PASSWORD_GROUP}")
    return url.replace("postgres@", f"{name}@", 1)


def _window(qtbot: Any, url: str, settings: QSettings) -> MainWindow:
    window = MainWindow(RegisterSession.open(url), settings)
    qtbot.addWidget(window)
    window.show()
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    qtbot.waitUntil(lambda: window.delegations is not None and not window.delegations.model.is_loading)
    return window


def _close(qtbot: Any, window: MainWindow) -> None:
    # The overview computes in two steps (lists, then figures); a window closed between
    # them would leave the second step's thread behind, so let both finish first.
    qtbot.waitUntil(
        lambda: not window.dashboard.is_loading and not window.departures.is_loading, timeout=10000
    )
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not window.dashboard.is_loading, timeout=10000)
    window.close()


def shown(page: Any) -> list[str]:
    """The titles the register shows, as drawn (through the model, not the database)."""
    model = page.model
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def _fill(dialog: ConnectDialog, url: str, password: str = "") -> None:
    dialog.ui.address_edit.setText(url)
    dialog.ui.address_edit.textEdited.emit(url)
    dialog.ui.password_edit.setText(password)


# --- Connect to server… ----------------------------------------------------------------------------


def test_the_dialog_reads_an_address_and_keeps_no_password(qtbot, settings):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    _fill(dialog, "postgresql://anna@register.region.example:5433/delegations", "p@ss:word")
    assert dialog.ui.host_edit.text() == "register.region.example"
    assert dialog.ui.port_edit.value() == 5433
    assert dialog.ui.database_edit.text() == "delegations"
    assert dialog.ui.user_edit.text() == "anna"
    # The password is in the address used now, quoted, and nowhere in the settings.
    assert dialog.url() == "postgresql://anna:p%40ss%3Aword@register.region.example:5433/delegations"
    dialog.accept()
    settings.sync()
    assert settings.value(LAST_ADDRESS) == "postgresql://anna@register.region.example:5433/delegations"
    assert "word" not in Path(settings.fileName()).read_text()


def test_the_parts_make_the_address_and_a_wrong_one_is_said(qtbot, settings):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    ok = dialog._ok
    assert not ok.isEnabled()
    dialog.ui.host_edit.setText("db.example")
    dialog.ui.host_edit.textEdited.emit("db.example")
    dialog.ui.user_edit.setText("bo")
    dialog.ui.user_edit.textEdited.emit("bo")
    assert ok.isEnabled()
    assert dialog.ui.address_edit.text() == "postgresql://bo@db.example/delegations"
    _fill(dialog, "register.sqlite3")
    assert "postgresql://" in dialog.ui.problem_label.text()


def test_connect_opens_the_server_register_in_the_window(qtbot, settings, register_path, pg_server, pg_url):
    url = _login(pg_server, pg_url, "anna", EDITOR)
    fill_register(pg_url)
    window = MainWindow(RegisterSession.open(register_path), settings)
    qtbot.addWidget(window)
    window.show()
    dialog = window.server.ask_and_connect()
    # The server asks for a password (scram); a wrong one is said in the dialog, asked again.
    _fill(dialog, url, "wrong")
    dialog.accept()
    again = window.server.dialog
    assert again is not None and "password" in again.ui.problem_label.text().lower()
    assert "wrong" not in again.ui.address_edit.text()
    _fill(again, url, "secret-anna")
    again.accept()
    assert window.session.is_server
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    qtbot.waitUntil(lambda: not window.delegations.model.is_loading)
    assert "Business delegation to Jiangsu" in shown(window.delegations)
    database = url.rsplit("/", 1)[1]
    assert window.windowTitle() == f"{database} @ 127.0.0.1 — Delegation Planner"
    # Remembered among the recent registers, without the password.
    recent = window.recent.paths()
    assert recent[0] == url and all("secret" not in str(p) for p in recent)
    settings.sync()
    assert "secret" not in Path(settings.fileName()).read_text()
    _close(qtbot, window)


# --- a save over someone else's newer change ---------------------------------------------------------


@pytest.fixture
def two_people(pg_server, pg_url):
    """Anna's editor and Bo's connection on the same server register."""
    seed_delegation(open_database(pg_url))
    anna = open_database(_login(pg_server, pg_url, "anna", DECIDER).replace("anna@", "anna:secret-anna@"))
    bo = open_database(_login(pg_server, pg_url, "bo", DECIDER).replace("bo@", "bo:secret-bo@"))
    yield anna, bo
    anna.close()
    bo.close()


def _bo_saves(bo, **changes: object) -> None:
    delegation, revision = repository.load_delegation(bo, KEY)
    repository.save_delegation(bo, dataclasses.replace(delegation, **changes), revision)


def test_a_save_over_a_newer_change_names_who_and_compares(qtbot, two_people):
    anna, bo = two_people
    editor = open_editor(qtbot, anna, KEY)
    _bo_saves(bo, notes="Bo's notes.")
    editor.tabs()[0].ui.title_edit.setText("Anna's title")  # type: ignore[attr-defined]
    assert not editor.save()
    dialog = editor.conflict_dialog
    assert dialog is not None and "bo changed this delegation" in dialog.message_label.text()
    dialog.compare_button.click()
    text = dialog.comparison.toPlainText()
    assert "Title" in text and "Anna's title" in text and "Business delegation to Jiangsu" in text
    assert "Notes" in text and "Bo's notes." in text
    assert "Participants" not in text  # only what differs
    dialog.keep_button.click()
    stored = repository.load_delegation(bo, KEY)[0]
    assert stored.title == "Anna's title" and stored.notes != "Bo's notes."  # hers, over his
    assert not editor.is_dirty()


def test_reload_takes_the_newer_version(qtbot, two_people):
    anna, bo = two_people
    editor = open_editor(qtbot, anna, KEY)
    _bo_saves(bo, notes="Bo's notes.")
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.title_edit.setText("Anna's title")
    assert not editor.save()
    editor.conflict_dialog.reload_button.click()
    assert overview.ui.notes_edit.toPlainText() == "Bo's notes."
    assert overview.ui.title_edit.text() == "Business delegation to Jiangsu"
    assert repository.load_delegation(bo, KEY)[0].notes == "Bo's notes."


# --- others' saves appear -----------------------------------------------------------------------------


def test_others_saves_appear_in_the_open_window(qtbot, settings, pg_server, pg_url):
    fill_register(pg_url)
    window = _window(qtbot, pg_url, settings)
    assert window.server.changes is not None and window.server.changes.listening
    bo = open_database(_login(pg_server, pg_url, "bo", EDITOR).replace("bo@", "bo:secret-bo@"))
    try:
        resets: list[int] = []
        window.delegations.model.modelReset.connect(lambda: resets.append(1))
        _bo_saves(bo, title="Renamed by Bo")
        qtbot.waitUntil(lambda: "Renamed by Bo" in shown(window.delegations), timeout=5000)
        # The one row was fetched again; the list was not queried anew.
        assert resets == []
        assert "bo saved a change" in window.statusBar().currentMessage()
        new = dataclasses.replace(repository.load_delegation(bo, KEY)[0], id="new-one", title="Bo's new trip")
        repository.save_delegation(bo, new)
        qtbot.waitUntil(lambda: "Bo's new trip" in shown(window.delegations), timeout=5000)
        # An import's new delegations are announced once; the list is read again.
        imported = dataclasses.replace(new, id="imported-one", title="Imported by Bo")
        with bo.atomic():
            repository._insert_new_delegations(bo, [imported])
        qtbot.waitUntil(lambda: "Imported by Bo" in shown(window.delegations), timeout=5000)
    finally:
        bo.close()
        _close(qtbot, window)


def test_an_open_unedited_editor_shows_the_newer_version(qtbot, two_people):
    anna, bo = two_people
    editor = open_editor(qtbot, anna, KEY)
    _bo_saves(bo, notes="Bo's notes.")
    editor.changed_elsewhere("bo")
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    assert overview.ui.notes_edit.toPlainText() == "Bo's notes."
    overview.ui.title_edit.setText("Anna's title")
    editor.changed_elsewhere("bo")
    assert overview.ui.title_edit.text() == "Anna's title"  # her edit is not thrown away
    assert "bo has just saved" in editor.ui.status_label.text()


# --- rights ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "edits", "decides"), [(READER, False, False), (EDITOR, True, False), (DECIDER, True, True)]
)
def test_the_window_greys_out_what_the_role_may_not_do(
    qtbot, settings, pg_server, pg_url, group, edits, decides
):
    fill_register(pg_url)
    url = _login(pg_server, pg_url, "rolf", group).replace("rolf@", "rolf:secret-rolf@")
    window = _window(qtbot, url, settings)
    page = window.delegations
    assert window.session.read_only is not edits
    assert page.new_action.isEnabled() is edits
    assert window.import_action.isEnabled() is edits
    for action in (window.office_action, window.policy_action, window.templates_action):
        assert action.isEnabled() is decides
    editor = window.delegations.editors.open(KEY)
    grip = next(t for t in editor.tabs() if isinstance(t, GripTab))
    assert grip.ui.decision_check.isEnabled() is decides
    assert editor.tabs()[0].ui.title_edit.isEnabled() is edits or editor.tabs()[0].ui.title_edit.isReadOnly()
    editor.close()
    # Anyone may read what is held on a person; erasing rewrites the decision history too.
    assert window.personal_data.export_action.isEnabled()
    assert window.personal_data.due_action.isEnabled()
    assert window.personal_data.erase_action.isEnabled() is decides
    assert ("may not erase" in window.personal_data.erase_action.toolTip()) is not decides
    _close(qtbot, window)


def test_a_decider_erases_a_person_on_the_server_and_is_told_what_the_administrator_must_run(
    qtbot, settings, pg_server, pg_url, monkeypatch
):
    fill_register(pg_url)
    db = open_database(pg_url)
    repository.save_person(db, dataclasses.replace(factories.person("ingrid", name="Ingrid Bergström")))
    delegation, revision = repository.load_delegation(db, KEY)
    delegation.notes = "Ingrid Bergström led the talks."
    repository.save_delegation(db, delegation, revision)
    db.close()
    url = _login(pg_server, pg_url, "dora", DECIDER).replace("dora@", "dora:secret-dora@")
    window = _window(qtbot, url, settings)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    assert window.page("people").select_key("ingrid")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window.personal_data.erase_action.trigger()
    qtbot.waitUntil(lambda: window.personal_data.task is None and bool(told), timeout=20000)
    assert "VACUUM (FULL)" in told[0] and '"people"' in told[0] and '"delegations"' in told[0]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        notes = conn.execute("SELECT notes FROM delegations WHERE id = %s", [KEY]).fetchone()[0]
        assert conn.execute("SELECT count(*) FROM people WHERE name = 'Ingrid Bergström'").fetchone()[0] == 0
    assert notes == "Raderad person 1 led the talks."
    _close(qtbot, window)


# --- starting the window on a server ------------------------------------------------------------------


def test_a_server_that_cannot_be_reached_is_said_and_leaves_no_file(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from delegation_planner.ui.qt_app import EXIT_NO_REGISTER, run_window

    said: list[str] = []

    def quit_at_once(box: QMessageBox) -> int:
        said.append(box.informativeText())
        return 0  # closed: no button clicked, as Quit

    monkeypatch.setattr(QMessageBox, "exec", quit_at_once)
    monkeypatch.chdir(tmp_path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert run_window("postgresql://anna:secret@127.0.0.1:1/office", settings=settings) == EXIT_NO_REGISTER
    assert said and "Cannot connect to the register server postgresql://anna@127.0.0.1:1/office" in said[0]
    assert "secret" not in said[0]
    assert [p.name for p in tmp_path.iterdir() if p.name != "settings.ini"] == []


def test_the_window_starts_on_a_server_register(qapp, qtbot, settings, pg_url, monkeypatch):
    from delegation_planner.ui import qt_app

    fill_register(pg_url)
    started: list[MainWindow] = []

    def exec_once(_app: object) -> int:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        started.append(window)
        _close(qtbot, window)
        return 0

    monkeypatch.setattr(type(qapp), "exec", exec_once)
    assert qt_app.run_window(pg_url, settings=settings) == 0
    assert started and started[0].windowTitle().endswith("@ 127.0.0.1 — Delegation Planner")


def test_a_person_saved_elsewhere_appears_on_the_people_page(qtbot, settings, pg_server, pg_url):
    from tests.core.factories import person
    from tests.helpers.window import shown as shown_records

    fill_register(pg_url)
    window = _window(qtbot, pg_url, settings)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    people = window.page("people")
    bo = open_database(_login(pg_server, pg_url, "bo", EDITOR).replace("bo@", "bo:secret-bo@"))
    try:
        repository.save_person(bo, person("new-colleague", name="Karin Nyberg"))
        qtbot.waitUntil(lambda: "Karin Nyberg" in shown_records(people), timeout=5000)
    finally:
        bo.close()
        _close(qtbot, window)


def test_keep_mine_stores_a_delegation_deleted_meanwhile_again(qtbot, two_people):
    anna, bo = two_people
    editor = open_editor(qtbot, anna, KEY)
    repository.delete_delegation(bo, KEY)
    overview = next(t for t in editor.tabs() if isinstance(t, OverviewTab))
    overview.ui.title_edit.setText("Anna's title")
    assert not editor.save()
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.reload_button is None and dialog.compare_button is None
    dialog.keep_button.click()
    assert bo.execute("SELECT title FROM delegations").fetchall() == [("Anna's title",)]


def test_the_overview_reads_a_server_register(qtbot, pg_url):
    """The overview (the window's home tab) computes in worker threads, each with its own
    connection to the server: they must reach the server, not a file named like its address."""
    from delegation_planner.ui.pages.dashboard import DashboardPage

    fill_register(pg_url)
    session = RegisterSession.open(pg_url)
    page = DashboardPage(session, today=lambda: dt.date(2026, 4, 20))
    qtbot.addWidget(page)
    page.show()
    try:
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.refresh()
        assert page.ui.status_label.text().startswith("Trips in the next 90 days: 1,")
        assert page.trips.rowCount() == 1
    finally:
        page.close_page()
        session.close()
