"""People ▸ Export personal data…, Erase person… and Due for review in the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import docx
import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from delegation_planner.domain.enums import PersonKind
from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from tests.core import factories
from tests.ui.register_fixtures import *  # noqa: F403  (the window fixtures)

NAME = "Ingrid Bergström"


@pytest.fixture
def people_register(register_path):
    db = open_database(register_path)
    person = dataclasses.replace(factories.person("ingrid", name=NAME), email="ingrid@example.se")
    repository.save_person(db, person)
    repository.save_person(db, factories.person("old-guest", PersonKind.OFFICIAL, name="Old Guest"))
    delegation, revision = repository.load_delegation(db, "jiangsu-2026")
    delegation.participants = [factories.participant("ingrid", "Signs the thematic agreement in Nanjing.")]
    delegation.notes = f"{NAME} led the talks."
    repository.save_delegation(db, delegation, revision)
    old, revision = repository.load_delegation(db, "tianjin-2024")
    old.start, old.end = dt.date(2015, 9, 1), dt.date(2015, 9, 3)
    old.participants = [factories.participant("old-guest")]
    repository.save_delegation(db, old, revision)
    db.close()
    return register_path


def select_person(qtbot, window, key):
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    page = window.page("people")
    assert page.select_key(key)
    return page


def test_the_people_menu_offers_the_three_commands(make_window, people_register):
    window = make_window(people_register)
    menus = {a.text().replace("&", ""): a.menu() for a in window.ui.menu_bar.actions()}
    assert [a.text().replace("&", "") for a in menus["People"].actions()] == [
        "Export personal data…",
        "Erase person…",
        "Due for review…",
    ]


def test_export_the_selected_person_as_a_letter(qtbot, make_window, people_register, tmp_path, monkeypatch):
    window = make_window(people_register)
    select_person(qtbot, window, "ingrid")
    out = tmp_path / "letter.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Word letter (*.docx)"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Dansk (da)", True))
    window.personal_data.export_action.trigger()
    qtbot.waitUntil(lambda: window.personal_data.task is None, timeout=10000)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert f"Personoplysninger om {NAME}" in text
    assert opened == [str(out)]  # written the window's way: a notice offering to open it


def test_export_as_json_asks_for_the_person_when_none_is_selected(
    qtbot, make_window, people_register, tmp_path, monkeypatch
):
    window = make_window(people_register)
    out = tmp_path / "data.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "JSON (*.json)"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _w, _t, _l, items, *a, **k: (f"{NAME} (ingrid)", True)
    )
    window.personal_data.export_action.trigger()
    qtbot.waitUntil(lambda: window.personal_data.task is None, timeout=10000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "ingrid@example.se"
    assert data["other_mentions"][0]["text"] == f"{NAME} led the talks."


def test_erase_asks_first_then_the_name_is_gone(qtbot, make_window, people_register, monkeypatch):
    window = make_window(people_register)
    select_person(qtbot, window, "ingrid")
    asked = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.personal_data.erase_action.trigger()
    assert "becomes 'Raderad person 1'" in asked[0] and "Delegations: the name is replaced" in asked[0]
    assert NAME.encode() in people_register.read_bytes()  # cancelled: nothing changed
    window.personal_data.erase_action.trigger()
    qtbot.waitUntil(lambda: window.personal_data.task is None, timeout=10000)
    assert NAME.encode() not in people_register.read_bytes()
    page = window.page("people")
    names = [page.model.record(r).name for r in range(page.model.rowCount())]
    assert "Raderad person 1" in names and NAME not in names


def test_due_for_review_lists_and_erases_in_one_confirmed_action(
    qtbot, make_window, people_register, monkeypatch
):
    window = make_window(people_register)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = window.personal_data.review_due()
    assert [p.id for p in dialog.model.people] == ["old-guest"]
    assert dialog.model.data(dialog.model.index(0, 3)) == "2015-09-03"
    dialog.years_spin.setValue(20)  # kept longer: nobody is due, and the setting is saved
    assert dialog.model.rowCount() == 0 and not dialog.erase_button.isEnabled()
    dialog.years_spin.setValue(5)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: window.personal_data.task is None, timeout=10000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert b"Old Guest" not in people_register.read_bytes()
    db = open_database(people_register)
    assert db.execute("SELECT retention_years FROM policy").fetchone()[0] == 5
    db.close()
    dialog.close()
