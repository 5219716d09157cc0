"""The delegation editor, driven as a person would: typing, choosing, saving, cancelling."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from delegation_planner.domain.enums import CostCategory, Direction, PersonKind, Side
from delegation_planner.domain.records import CostLine
from delegation_planner.storage import repository
from delegation_planner.ui.editor.costs_tab import CostsTab
from delegation_planner.ui.editor.delegation_editor import DelegationEditor
from delegation_planner.ui.editor.overview_tab import OverviewTab
from delegation_planner.ui.editor.participants_tab import ParticipantsTab
from delegation_planner.ui.editor.person_dialogs import PersonPicker, QuickPerson
from delegation_planner.ui.editor.programme_tab import ProgrammeTab
from delegation_planner.ui.models import costs_model, participants_model, programme_model
from tests.helpers.window import open_editor
from tests.ui.editor_fixtures import seed_delegation, seed_register


def tab(editor: DelegationEditor, kind):
    return next(t for t in editor.tabs() if isinstance(t, kind))


def save_button(editor: DelegationEditor):
    return editor.ui.button_box.button(QDialogButtonBox.StandardButton.Save)


def tab_text(editor: DelegationEditor, kind) -> str:
    return editor.ui.tab_widget.tabText(editor.tabs().index(tab(editor, kind)))


def fill_new(qtbot, editor: DelegationEditor, title="Trade fair in Shanghai") -> OverviewTab:
    overview = tab(editor, OverviewTab)
    if title.isascii():
        qtbot.keyClicks(overview.ui.title_edit, title)
    else:
        # QTest cannot synthesise key presses for characters outside Latin-1 (it aborts).
        overview.ui.title_edit.setText(title)
    overview.ui.start_edit.setDate(QDate(2026, 9, 1))
    overview.ui.end_edit.setDate(QDate(2026, 9, 5))
    overview.ui.direction_combo.setCurrentIndex(overview.ui.direction_combo.findData("inbound"))
    return overview


def test_create_a_delegation(qtbot, db):
    seed_register(db)
    editor = open_editor(qtbot, db)
    overview = tab(editor, OverviewTab)
    # A new delegation starts a month ahead and lasts a week.
    start = overview.ui.start_edit.date().toPython()
    assert start == dt.date.today() + dt.timedelta(days=30)
    assert overview.ui.end_edit.date().toPython() == start + dt.timedelta(days=6)
    # No title yet: nothing is called wrong before anything is typed; Save says what is missing.
    assert not overview.ui.title_problem.isVisible() and tab_text(editor, OverviewTab) == "Overview"
    assert save_button(editor).isEnabled()
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert list(db["delegations"].rows) == []
    assert overview.ui.title_problem.isVisible()
    assert overview.ui.title_problem.text() == "Give the delegation a title."
    assert not save_button(editor).isEnabled() and tab_text(editor, OverviewTab) == "Overview !"
    fill_new(qtbot, editor)
    qtbot.keyClicks(overview.ui.country_edit, "China")  # by name (or "cn"); stored as its code
    qtbot.keyClicks(overview.ui.themes_edit, "Life science, ict")  # labels or keys
    assert overview.ui.themes_hint.text() == "Life science · ICT"
    assert save_button(editor).isEnabled()

    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)

    assert editor.isVisible() and not editor.is_dirty()  # Save keeps it open for what comes next
    assert editor.saved_key == "trade-fair-in-shanghai-2026"
    stored, revision = repository.load_delegation(db, editor.saved_key)
    assert (stored.title, stored.direction, stored.country) == (
        "Trade fair in Shanghai",
        Direction.INBOUND,
        "CN",
    )
    assert (stored.start, stored.end) == (dt.date(2026, 9, 1), dt.date(2026, 9, 5))
    assert stored.themes == ["life_science", "ict"]
    assert revision == 1


def test_the_new_delegation_forms_placeholders_read_as_examples(qtbot, db):
    seed_register(db)
    overview = tab(open_editor(qtbot, db), OverviewTab)
    # A bare "CN" in grey looked like a filled-in value.
    assert overview.ui.country_edit.placeholderText() == "e.g. CN"
    assert overview.ui.themes_edit.placeholderText() == "e.g. life_science, health_care"
    assert overview.ui.title_edit.placeholderText().startswith("e.g. ")


def test_a_second_delegation_with_the_same_title_gets_its_own_key(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db)
    fill_new(qtbot, editor, "Business delegation to Jiangsu")
    tab(editor, OverviewTab).ui.start_edit.setDate(QDate(2026, 5, 1))
    assert editor.save()
    assert editor.saved_key == "business-delegation-to-jiangsu-2026"


def test_empty_title_blocks_saving_and_says_why(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    assert save_button(editor).isEnabled()
    overview.ui.title_edit.clear()
    assert not save_button(editor).isEnabled()
    assert overview.ui.title_problem.isVisible()
    assert overview.ui.title_problem.text() == "Give the delegation a title."
    assert tab_text(editor, OverviewTab).endswith("!")
    qtbot.keyClicks(overview.ui.title_edit, "Back again")
    assert save_button(editor).isEnabled()
    assert not overview.ui.title_problem.isVisible()
    assert tab_text(editor, OverviewTab) == "Overview"


def test_end_before_start(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    overview.ui.end_edit.setDate(QDate(2026, 5, 1))
    assert overview.ui.dates_problem.text() == "The delegation ends before it starts."
    assert not save_button(editor).isEnabled()


def test_moving_the_start_keeps_the_length(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    overview.ui.start_edit.setDate(QDate(2026, 6, 1))
    assert overview.ui.end_edit.date() == QDate(2026, 6, 7)


def test_bad_country_and_theme_are_named(qtbot, db):
    seed_register(db)
    editor = open_editor(qtbot, db)
    overview = fill_new(qtbot, editor)
    qtbot.keyClicks(overview.ui.country_edit, "xx")
    qtbot.keyClicks(overview.ui.themes_edit, "food, ???")
    assert "'xx' is not a country" in overview.ui.country_problem.text()
    assert overview.ui.themes_problem.text().endswith("not: ???.")
    assert not save_button(editor).isEnabled()


def test_countries_and_themes_read_as_names_and_are_kept_as_codes(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    assert overview.ui.country_edit.text() == "China"
    assert "life_science" not in overview.ui.themes_edit.text()
    overview.ui.country_edit.setText("kina")  # another language's name is understood too
    overview.ui.themes_edit.setText("Hälso- och sjukvård, Tourism and culture")
    assert editor.save()
    stored, _ = repository.load_delegation(db, "jiangsu-2026")
    assert stored.country == "CN"
    assert stored.themes == ["health_care", "tourism_and_culture"]


def test_a_control_character_is_refused(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    overview.ui.title_edit.setText("Bad\x07title")
    assert "control character (U+0007)" in overview.ui.title_problem.text()
    assert not save_button(editor).isEnabled()
    overview.ui.title_edit.setText("Good title")
    overview.ui.notes_edit.setPlainText("line one\nline\x00two")
    assert "control character" in overview.ui.notes_problem.text()
    assert not editor.save()
    assert repository.load_delegation(db, "jiangsu-2026")[0].notes == "Summary."


def test_add_participants_from_the_register_and_on_the_spot(qtbot, db, monkeypatch):
    seed_delegation(db)  # the chair is already in it
    editor = open_editor(qtbot, db, "jiangsu-2026")
    participants = tab(editor, ParticipantsTab)

    offered = []

    def pick(picker: PersonPicker):
        offered.extend(picker.model.item(r).id for r in range(picker.model.rowCount()))
        qtbot.keyClicks(picker.ui.filter_edit, "vice")  # 李明's title
        assert picker.proxy.rowCount() == 1
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonPicker, "exec", pick)
    qtbot.mouseClick(participants.ui.add_button, Qt.MouseButton.LeftButton)
    assert sorted(offered) == ["bo", "li"]  # the chair is not offered twice

    def make(dialog: QuickPerson):
        dialog.ui.name_edit.setText("Søren Kierkegaard")
        dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("politician"))
        qtbot.keyClicks(dialog.ui.title_edit, "Councillor")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QuickPerson, "exec", make)
    qtbot.mouseClick(participants.ui.new_person_button, Qt.MouseButton.LeftButton)

    # The new person is in the register at once, under a key from the name.
    people = {p.id: p for p in repository.list_people(db)}
    assert people["søren-kierkegaard"].kind == PersonKind.POLITICIAN
    model = participants.model
    assert [model.data(model.index(r, participants_model.NAME)) for r in range(3)] == [
        "Anna Svensson",
        "李明",
        "Søren Kierkegaard",
    ]
    assert participants.ui.politicians_label.text() == "Home-side politicians: 3"
    model.setData(model.index(1, participants_model.SIDE), "partner")  # 李明 is the host, not ours
    assert participants.ui.politicians_label.text() == "Home-side politicians: 2"
    model.setData(model.index(2, participants_model.JUSTIFICATION), "Chairs the\nhealth committee.")

    assert editor.save()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert [(p.person, p.side) for p in stored.participants][1] == ("li", Side.PARTNER)
    assert stored.participants[2].justification == "Chairs the\nhealth committee."


def test_short_justification_of_a_home_politician_is_marked_where_it_is_written(qtbot, db, monkeypatch):
    seed_delegation(db)  # the chair is in it, justified in 29 characters
    editor = open_editor(qtbot, db, "jiangsu-2026")
    participants = tab(editor, ParticipantsTab)
    model = participants.model

    monkeypatch.setattr(PersonPicker, "exec", lambda picker: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PersonPicker, "selected_keys", lambda picker: ["li", "bo"])
    qtbot.mouseClick(participants.ui.add_button, Qt.MouseButton.LeftButton)

    def cell(row, role):
        return model.data(model.index(row, participants_model.JUSTIFICATION), role)

    background, tooltip = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
    assert cell(0, background) is None and cell(0, tooltip) is None  # the chair is justified
    assert cell(2, background) is None and cell(2, tooltip) is None  # Bo is an official
    # 李明, a politician added on the home side: tinted, and said in words too.
    assert cell(1, background) == participants_model.SHORT_JUSTIFICATION_BACKGROUND
    assert "at least 20 characters (policy)" in cell(1, tooltip)
    assert cell(1, Qt.ItemDataRole.DisplayRole) == "(needs a justification)"
    assert cell(1, Qt.ItemDataRole.EditRole) == ""  # the hint is not put into the editor

    # It follows the typing.
    model.setData(model.index(1, participants_model.JUSTIFICATION), "Host.")
    assert "this one has 5" in cell(1, tooltip)
    assert cell(1, Qt.ItemDataRole.DisplayRole) == "Host."
    model.setData(model.index(1, participants_model.JUSTIFICATION), "Opens the research institute.")
    assert cell(1, background) is None and cell(1, tooltip) is None
    model.setData(model.index(1, participants_model.JUSTIFICATION), "")
    assert cell(1, background) is not None
    model.setData(model.index(1, participants_model.SIDE), "partner")  # the host, not ours
    assert cell(1, background) is None and cell(1, tooltip) is None

    # A marker only: GRIP decides, saving is not blocked.
    model.setData(model.index(1, participants_model.SIDE), "home")
    assert cell(1, background) is not None
    assert save_button(editor).isEnabled()
    assert not participants.ui.participants_problem.isVisible()
    assert editor.save()


def test_remove_participant_with_delete_key(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    participants = tab(editor, ParticipantsTab)
    editor.ui.tab_widget.setCurrentWidget(participants)
    view = participants.ui.participants_view
    view.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert participants.model.rowCount() == 0


def test_programme_item(qtbot, db):
    seed_delegation(db)  # one meeting: 11 May, 09:00-11:00
    editor = open_editor(qtbot, db, "jiangsu-2026")
    programme = tab(editor, ProgrammeTab)
    view = programme.ui.programme_view
    qtbot.mouseClick(programme.ui.add_button, Qt.MouseButton.LeftButton)
    model = programme.model
    # Right after the last item, one hour long; the new row is the one selected and edited.
    assert model.item(1).start == dt.datetime(2026, 5, 11, 11, 0)
    assert model.item(1).end == dt.datetime(2026, 5, 11, 12, 0)
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == programme_model.TITLE
    assert view.selectionModel().isRowSelected(1)
    assert view.state() == view.State.EditingState
    assert "Row 2: the title is empty." in programme.ui.programme_problem.text()
    assert not save_button(editor).isEnabled()
    view.closePersistentEditor(model.index(1, programme_model.TITLE))
    model.setData(model.index(1, programme_model.TITLE), "Welcome dinner")
    model.setData(model.index(1, programme_model.END), dt.datetime(2026, 5, 11, 8, 0))
    assert programme.ui.programme_problem.text() == "Row 2: it ends before it starts."
    assert model.data(model.index(1, programme_model.END), Qt.ItemDataRole.BackgroundRole) is not None
    assert tab_text(editor, ProgrammeTab) == "Programme !"
    assert not save_button(editor).isEnabled()
    model.setData(model.index(1, programme_model.END), dt.datetime(2026, 5, 11, 13, 0))
    # Moving the start moves the end with it: the dinner keeps its two hours.
    model.setData(model.index(1, programme_model.START), dt.datetime(2026, 5, 12, 19, 0))
    assert model.item(1).end == dt.datetime(2026, 5, 12, 21, 0)
    assert save_button(editor).isEnabled()
    assert editor.save()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert [p.title for p in stored.programme] == ["Meeting at JITRI", "Welcome dinner"]


def test_a_new_programme_item_after_a_late_one_starts_the_next_morning():
    from delegation_planner.domain.records import ProgrammeItem
    from delegation_planner.ui.editor.programme_tab import next_start

    day = dt.date(2026, 5, 10)
    assert next_start([], day) == dt.datetime(2026, 5, 10, 9, 0)
    dinner = ProgrammeItem(dt.datetime(2026, 5, 10, 18, 0), "Dinner", dt.datetime(2026, 5, 10, 21, 0))
    assert next_start([dinner], day) == dt.datetime(2026, 5, 11, 9, 0)
    lunch = ProgrammeItem(dt.datetime(2026, 5, 10, 12, 0), "Lunch", None)
    assert next_start([lunch], day) == dt.datetime(2026, 5, 10, 13, 0)


def test_cost_lines_and_totals_per_currency(qtbot, db):
    seed_delegation(db)  # one line: SEK 42 000 planned, 39 500 actual
    editor = open_editor(qtbot, db, "jiangsu-2026")
    costs = tab(editor, CostsTab)
    model = costs.model
    qtbot.mouseClick(costs.ui.add_button, Qt.MouseButton.LeftButton)
    assert model.item(1).currency == "SEK"  # the last used currency
    costs.ui.costs_view.closePersistentEditor(model.index(1, costs_model.PLANNED))
    model.setData(model.index(1, costs_model.PLANNED), 8000.0)
    model.setData(model.index(1, costs_model.CATEGORY), "hosting")
    model.append(CostLine(CostCategory.GIFTS, "EUR", 120.5, 99.99))
    assert costs.ui.totals_label.text() == (
        "SEK — planned 50,000.00 · actual 39,500.00\nEUR — planned 120.50 · actual 99.99"
    )
    assert editor.save()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert [(c.category, c.planned, c.currency) for c in stored.costs][1:] == [
        (CostCategory.HOSTING, 8000.0, "SEK"),
        (CostCategory.GIFTS, 120.5, "EUR"),
    ]


def test_a_total_without_any_amount_says_not_recorded(qtbot, db):
    seed_delegation(db)  # one line: SEK 42 000 planned, 39 500 actual
    editor = open_editor(qtbot, db, "jiangsu-2026")
    costs = tab(editor, CostsTab)
    model = costs.model
    model.append(CostLine(CostCategory.TRAVEL, "EUR", 144000.0, None))
    model.append(CostLine(CostCategory.GIFTS, "EUR", None, None))
    model.append(CostLine(CostCategory.HOSTING, "DKK", None, 250.0))
    model.append(CostLine(CostCategory.HOSTING, "SEK", 1000.0, None))  # SEK has one actual
    assert costs.ui.totals_label.text() == (
        "SEK — planned 43,000.00 · actual 39,500.00\n"
        "EUR — planned 144,000.00 · actual not recorded\n"
        "DKK — planned not recorded · actual 250.00"
    )
    model.setData(model.index(1, costs_model.ACTUAL), 0.0)  # spent nothing, and said so
    assert "EUR — planned 144,000.00 · actual 0.00" in costs.ui.totals_label.text()


def test_unknown_currency_is_flagged(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    costs = tab(editor, CostsTab)
    model = costs.model
    model.setData(model.index(0, costs_model.CURRENCY), "skr")
    assert model.item(0).currency == "SKR"
    assert model.data(model.index(0, costs_model.CURRENCY), Qt.ItemDataRole.BackgroundRole) is not None
    assert "Row 1: 'SKR' is not an ISO 4217 currency code" in costs.ui.costs_problem.text()
    assert not save_button(editor).isEnabled()
    assert tab_text(editor, CostsTab) == "Costs !"
    assert "Costs" in editor.ui.status_label.text()


@pytest.mark.parametrize("how", ["cancel_button", "escape"])
def test_unsaved_changes_prompt(qtbot, db, monkeypatch, how):
    seed_register(db)
    editor = open_editor(qtbot, db)
    fill_new(qtbot, editor)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or answers.pop(0))

    def leave():
        if how == "escape":
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
        else:
            editor.ui.button_box.button(QDialogButtonBox.StandardButton.Close).click()

    leave()
    assert editor.isVisible()  # Cancel keeps it open
    leave()
    assert not editor.isVisible()  # Discard closes ...
    assert editor.result() == QDialog.DialogCode.Rejected
    assert len(asked) == 2
    assert list(db["delegations"].rows) == []  # ... and stores nothing


def test_closing_an_untouched_editor_does_not_ask(qtbot, db, monkeypatch):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked without changes"))
    editor.close()
    assert not editor.isVisible()


def test_save_from_the_prompt(qtbot, db, monkeypatch):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    tab(editor, OverviewTab).ui.title_edit.setText("Renamed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    editor.close()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert repository.load_delegation(db, "jiangsu-2026")[0].title == "Renamed"


def test_conflict_when_saved_elsewhere(qtbot, db, monkeypatch):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    elsewhere, revision = repository.load_delegation(db, "jiangsu-2026")
    elsewhere.notes = "Written in another window."
    repository.save_delegation(db, elsewhere, revision)

    tab(editor, OverviewTab).ui.title_edit.setText("My title")
    assert not editor.save()
    # Who changed it is named from the change log (on a file: the operating-system user).
    dialog = editor.conflict_dialog
    assert dialog is not None and "changed this delegation at" in dialog.message_label.text()
    dialog.reload_button.click()
    assert editor.isVisible()
    # Reloaded: the other window's notes are shown, and saving now works.
    overview = tab(editor, OverviewTab)
    assert overview.ui.notes_edit.toPlainText() == "Written in another window."
    assert overview.ui.title_edit.text() == "Business delegation to Jiangsu"
    overview.ui.title_edit.setText("My title")
    assert editor.save()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert (stored.title, stored.notes) == ("My title", "Written in another window.")


def test_fields_the_editor_does_not_show_survive_a_save(qtbot, db):
    original = seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    tab(editor, OverviewTab).ui.title_edit.setText("Renamed")
    assert editor.save()
    stored = repository.load_delegation(db, "jiangsu-2026")[0]
    assert stored.grip_decision == original.grip_decision
    assert stored.follow_up_points == original.follow_up_points
    assert stored.initiator == original.initiator
    assert len(repository.decision_history(db, "jiangsu-2026")) == 1  # not recorded twice


def test_nordic_and_chinese_text_round_trips(qtbot, db):
    seed_register(db)
    editor = open_editor(qtbot, db)
    overview = fill_new(qtbot, editor, "Besøg fra Jiangsu 江苏省代表团")
    overview.ui.partner_combo.setEditText("江苏 Jiangsu")
    overview.ui.notes_edit.setPlainText("Møde på Christiansborg; 会议纪要 — æøå ÆØÅ")
    assert editor.save()
    assert editor.saved_key.startswith("besøg-fra-jiangsu")
    stored = repository.load_delegation(db, editor.saved_key)[0]
    assert stored.title == "Besøg fra Jiangsu 江苏省代表团"
    assert stored.partner_region == "江苏 Jiangsu"
    assert stored.notes == "Møde på Christiansborg; 会议纪要 — æøå ÆØÅ"
    reopened = open_editor(qtbot, db, editor.saved_key)
    assert tab(reopened, OverviewTab).ui.title_edit.text() == "Besøg fra Jiangsu 江苏省代表团"
    assert not reopened.is_dirty()


def test_read_only_disables_editing_and_hides_save(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026", read_only=True)
    overview = tab(editor, OverviewTab)
    assert overview.ui.title_edit.isReadOnly()
    assert not overview.ui.direction_combo.isEnabled()
    assert not save_button(editor).isVisible()
    assert not tab(editor, ParticipantsTab).ui.add_button.isEnabled()
    assert not tab(editor, CostsTab).ui.add_button.isEnabled()
    view = tab(editor, ProgrammeTab).ui.programme_view
    assert view.editTriggers() == view.EditTrigger.NoEditTriggers
    assert not editor.save()
    editor.close()
    assert not editor.isVisible()


def test_delegation_changed_is_emitted_on_every_edit(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    seen = []
    editor.delegation_changed.connect(seen.append)
    tab(editor, OverviewTab).ui.title_edit.setText("X")
    costs = tab(editor, CostsTab).model
    costs.setData(costs.index(0, costs_model.ACTUAL), 40000.0)
    assert [d.title for d in seen] == ["X", "X"]
    assert seen[-1].costs[0].actual == 40000.0
    assert seen[-1].grip_decision is not None  # the whole delegation, not just the visible fields


def test_the_overview_keeps_a_line_for_each_message(qtbot, db):
    seed_delegation(db)
    editor = open_editor(qtbot, db, "jiangsu-2026")
    overview = tab(editor, OverviewTab)
    below = overview.ui.direction_combo.y()
    overview.ui.title_edit.clear()
    assert overview.ui.title_problem.isVisible()
    qtbot.waitUntil(lambda: overview.ui.direction_combo.y() == below)  # nothing moved for the message
