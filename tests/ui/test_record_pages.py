"""The People, Organisations and Agreements registers, driven as a person would."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from delegation_planner.domain.enums import (
    AgreementScope,
    AgreementStatus,
    Direction,
    OrganisationKind,
    PersonKind,
    Purpose,
    Side,
)
from delegation_planner.domain.records import Agreement, Delegation, Organisation, Participant, Person
from delegation_planner.storage import repository
from delegation_planner.ui.dialogs.record_editors import AgreementEditor, OrganisationEditor, PersonEditor
from delegation_planner.ui.pages.new_contacts import NewContactsPage
from delegation_planner.ui.pages.records import AgreementsPage, OrganisationsPage, PeoplePage
from tests.helpers.window import answer_with, choose, make_page, select, shown, type_text

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
OK = QDialogButtonBox.StandardButton.Ok


def seed(db: Any) -> None:
    repository.save_organisation(
        db, Organisation("region", "Region Skåne", OrganisationKind.REGION, "SE", "Partners", "Market access")
    )
    repository.save_organisation(
        db, Organisation("mva", "Medicon Valley Alliance", OrganisationKind.CLUSTER, "SE")
    )
    repository.save_person(
        db, Person("chair", "Anna Svensson", PersonKind.POLITICIAN, "Chair", "region", "anna@example.org")
    )
    repository.save_person(db, Person("li", "李明", PersonKind.RESEARCHER, "Vice director"))
    repository.save_agreement(
        db,
        Agreement(
            "gd",
            "Guangdong",
            dt.date(1995, 3, 1),
            AgreementScope.GENERAL,
            ["health_care"],
            2,
            AgreementStatus.ACTIVE,
        ),
    )
    repository.save_agreement(
        db, Agreement("tj", "Tianjin", None, AgreementScope.THEMATIC, ["life_science"], 10)
    )


# --- models --------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [PeoplePage, OrganisationsPage, AgreementsPage])
def test_models_pass_qt_model_tester(qtbot, qtmodeltester, db, cls):
    seed(db)
    page = make_page(qtbot, cls, db)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    page.ui.filter_edit.setText("a")
    qtmodeltester.check(page.proxy)


def test_numbers_sort_as_numbers(qtbot, db):
    seed(db)
    page = make_page(qtbot, AgreementsPage, db)
    page.ui.table_view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert shown(page, 4) == ["2", "10"]


# --- people --------------------------------------------------------------------------------


def test_create_person_with_a_danish_name(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)

    def fill(dialog):
        type_text(qtbot, dialog.ui.name_edit, "Søren Østergård")
        choose(dialog.ui.kind_combo, "Official")
        qtbot.keyClicks(dialog.ui.title_edit, "International coordinator")
        choose(dialog.ui.organisation_combo, "Region Skåne")
        qtbot.keyClicks(dialog.ui.email_edit, "soren@regionh.dk")

    answer_with(monkeypatch, PersonEditor, fill)
    with qtbot.waitSignal(page.changed):
        page.ui.new_button.click()

    assert "Søren Østergård" in shown(page)
    assert page.current_record().name == "Søren Østergård"
    saved = {p.name: p for p in repository.list_people(db)}["Søren Østergård"]
    assert saved.kind == PersonKind.OFFICIAL
    assert saved.organisation == "region"
    assert saved.id == "søren-østergård"
    assert page.ui.count_label.text() == "3 people"


def test_new_keys_are_unique(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)
    answer_with(monkeypatch, PersonEditor, lambda d: qtbot.keyClicks(d.ui.name_edit, "Anna Svensson"))
    page.new_record()
    page.new_record()
    keys = sorted(p.id for p in repository.list_people(db) if p.name == "Anna Svensson")
    assert keys == ["anna-svensson", "anna-svensson-2", "chair"]


def test_edit_person_shows_the_change(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)
    select(page, "Anna")

    def fill(dialog):
        assert dialog.ui.name_edit.text() == "Anna Svensson"
        dialog.ui.title_edit.clear()
        qtbot.keyClicks(dialog.ui.title_edit, "Chair of the regional board")
        choose(dialog.ui.organisation_combo, "(none)")

    answer_with(monkeypatch, PersonEditor, fill)
    with qtbot.waitSignal(page.changed):
        page.ui.edit_button.click()

    assert "Chair of the regional board" in shown(page, 2)
    person = {p.id: p for p in repository.list_people(db)}["chair"]
    assert person.title == "Chair of the regional board"
    assert person.organisation is None


def test_cancelled_editor_changes_nothing(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)
    answer_with(monkeypatch, PersonEditor, lambda d: None, ok=False)
    with qtbot.assertNotEmitted(page.changed):
        page.new_record()
    assert len(repository.list_people(db)) == 2


def test_filter_narrows_case_insensitively_over_every_column(qtbot, db):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)
    qtbot.keyClicks(page.ui.filter_edit, "SKÅNE")  # the organisation column
    assert shown(page) == ["Anna Svensson"]
    assert page.ui.count_label.text() == "1 of 2 people"
    page.ui.filter_edit.clear()
    type_text(qtbot, page.ui.filter_edit, "李")
    assert shown(page) == ["李明"]
    page.ui.filter_edit.setText("politician anna")  # every word, in any column
    assert shown(page) == ["Anna Svensson"]
    page.ui.filter_edit.setText("nobody")
    assert shown(page) == []
    assert not page.ui.edit_button.isEnabled()
    page.ui.filter_edit.clear()
    assert page.ui.count_label.text() == "2 people"


@pytest.mark.parametrize("answer", [Yes, No])
def test_delete_asks_first(qtbot, db, monkeypatch, answer):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)
    select(page, "李明")
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text) or answer
    )
    page.ui.delete_button.click()
    assert "李明" in asked[0]
    names = [p.name for p in repository.list_people(db)]
    assert ("李明" in names) is (answer == No)
    assert ("李明" in shown(page)) is (answer == No)


def test_refused_delete_names_the_reason_and_keeps_the_person(qtbot, db, monkeypatch):
    seed(db)
    repository.save_delegation(
        db,
        Delegation(
            id="jiangsu-2026",
            title="Business delegation to Jiangsu",
            direction=Direction.OUTBOUND,
            purpose=Purpose.BUSINESS_PROMOTION,
            start=dt.date(2026, 5, 10),
            end=dt.date(2026, 5, 16),
            participants=[Participant(person="chair")],
        ),
    )
    page = make_page(qtbot, PeoplePage, db)
    select(page, "Anna")
    warnings: list[str] = []
    # Where the person is used is said at once; "delete?" is not asked first.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked before checking the uses"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    with qtbot.assertNotEmitted(page.changed):
        page.ui.delete_button.click()
    assert "“Anna Svensson” cannot be deleted while it is used" in warnings[0]
    assert "• participant in 'Business delegation to Jiangsu'" in warnings[0]
    assert "Anna Svensson" in shown(page)
    assert "chair" in {p.id for p in repository.list_people(db)}


# --- organisations ---------------------------------------------------------------------------


def test_create_organisation_with_interests(qtbot, db, monkeypatch):
    page = make_page(qtbot, OrganisationsPage, db)

    def fill(dialog):
        type_text(qtbot, dialog.ui.name_edit, "Københavns Universitet")
        choose(dialog.ui.kind_combo, "University")
        qtbot.keyClicks(dialog.ui.country_edit, "dk")  # upper-cased as typed
        assert dialog.ui.country_edit.text() == "DK"
        qtbot.keyClicks(dialog.ui.their_interests_edit, "Joint research")
        qtbot.keyClicks(dialog.ui.our_benefits_edit, "Clinical trials")

    answer_with(monkeypatch, OrganisationEditor, fill)
    page.new_record()
    (saved,) = repository.list_organisations(db)
    assert (saved.name, saved.kind, saved.country) == (
        "Københavns Universitet",
        OrganisationKind.UNIVERSITY,
        "DK",
    )
    assert (saved.their_interests, saved.our_benefits) == ("Joint research", "Clinical trials")
    assert shown(page, 3) == ["Recorded"]


def test_example_placeholders_are_not_mistaken_for_values(qtbot, db):
    organisation = OrganisationEditor(db, None)
    agreement = AgreementEditor(db, None)
    qtbot.addWidget(organisation)
    qtbot.addWidget(agreement)
    assert organisation.ui.country_edit.placeholderText() == "e.g. SE"
    assert agreement.ui.themes_edit.placeholderText() == "For example: life_science, health_care"


def test_organisation_editor_can_start_in_their_interests(qtbot, db, monkeypatch):
    seed(db)
    mva = next(o for o in repository.list_organisations(db) if o.id == "mva")
    focused: list = []

    def fake_exec(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        focused.append(dialog.focusWidget())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(OrganisationEditor, "exec", fake_exec)
    assert OrganisationEditor.edit(db, mva, None, focus_interests=True) is None
    assert OrganisationEditor.edit(db, mva, None) is None
    first, plain = focused
    assert first.objectName() == "their_interests_edit"
    assert plain is None or plain.objectName() != "their_interests_edit"  # the usual start stays


def test_record_interests_opens_the_editor_in_their_interests(qtbot, db, monkeypatch):
    seed(db)
    repository.save_person(db, Person("ole", "Ole Olsen", PersonKind.OFFICIAL, "CEO", "mva"))
    repository.save_delegation(
        db,
        Delegation(
            id="mva-visit",
            title="Medicon Valley visit",
            direction=Direction.INBOUND,
            purpose=Purpose.BUSINESS_PROMOTION,
            start=dt.date(2026, 5, 10),
            end=dt.date(2026, 5, 11),
            participants=[Participant(person="ole", side=Side.PARTNER)],
        ),
    )
    page = make_page(qtbot, NewContactsPage, db)
    assert page.model.rowCount() == 1

    def fill(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.ui.their_interests_edit
        qtbot.keyClicks(dialog.focusWidget(), "Clinical trials")
        dialog.ui.our_benefits_edit.setPlainText("Joint research")

    answer_with(monkeypatch, OrganisationEditor, fill)
    page.ui.table_view.selectRow(0)
    page.record_interests()
    mva = next(o for o in repository.list_organisations(db) if o.id == "mva")
    assert (mva.their_interests, mva.our_benefits) == ("Clinical trials", "Joint research")


def test_new_contact_without_interests_is_marked(qtbot, db):
    seed(db)
    page = make_page(qtbot, OrganisationsPage, db)
    page.ui.filter_edit.setText("not recorded")
    assert shown(page) == ["Medicon Valley Alliance"]
    assert shown(page, 3) == ["New contact — interests not recorded"]


def test_refused_organisation_delete(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, OrganisationsPage, db)
    select(page, "Region Skåne")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    page.delete_current()
    assert "Anna Svensson" in warnings[0]
    assert "Region Skåne" in shown(page)


# --- agreements ------------------------------------------------------------------------------


def test_create_and_edit_agreement(qtbot, db, monkeypatch):
    page = make_page(qtbot, AgreementsPage, db)

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.partner_edit, "Guangdong")
        dialog.ui.signed_unknown_check.setChecked(False)
        dialog.ui.signed_date_edit.setDate(QDate(1995, 3, 1))
        choose(dialog.ui.scope_combo, "General")
        qtbot.keyClicks(dialog.ui.themes_edit, "health_care, life_science")
        dialog.ui.visits_spin.setValue(2)
        choose(dialog.ui.status_combo, "Active")

    answer_with(monkeypatch, AgreementEditor, fill)
    page.new_record()
    assert [page.proxy.index(0, c).data() for c in range(6)] == [
        "Guangdong",
        "General",
        "1995-03-01",
        "Health care, Life science",  # themes read by their labels
        "2",
        "Active",
    ]

    def change(dialog):
        assert not dialog.ui.signed_unknown_check.isChecked()
        dialog.ui.signed_unknown_check.setChecked(True)
        dialog.ui.visits_spin.setValue(dialog.ui.visits_spin.minimum())  # "Not recorded"
        choose(dialog.ui.status_combo, "Expired")

    answer_with(monkeypatch, AgreementEditor, change)
    page.edit_current()
    (saved,) = repository.list_agreements(db)
    assert saved == Agreement(
        "guangdong",
        "Guangdong",
        None,
        AgreementScope.GENERAL,
        ["health_care", "life_science"],
        None,
        AgreementStatus.EXPIRED,
    )


def test_filter_agreements_by_theme(qtbot, db):
    seed(db)
    page = make_page(qtbot, AgreementsPage, db)
    qtbot.keyClicks(page.ui.filter_edit, "life sc")  # as the theme reads
    assert shown(page) == ["Tianjin"]


# --- validation -----------------------------------------------------------------------------


def visible_message(label: Any) -> str:
    return label.text() if not label.isHidden() else ""


def test_person_validation_beside_the_field(qtbot, db):
    dialog = PersonEditor(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.ui.button_box.button(OK)
    # Nothing is called wrong before anything is typed ...
    assert ok.isEnabled() and visible_message(dialog.ui.name_error) == ""
    form_height = dialog.ui.email_edit.y()
    # ... OK says what is missing, beside the field, and saves nothing.
    ok.click()
    assert dialog.result() != dialog.DialogCode.Accepted and repository.list_people(db) == []
    assert "name" in visible_message(dialog.ui.name_error)
    assert not ok.isEnabled()
    qtbot.waitUntil(lambda: dialog.ui.email_edit.y() == form_height)  # the message took no one's place
    type_text(qtbot, dialog.ui.name_edit, "王小明")
    assert ok.isEnabled() and visible_message(dialog.ui.name_error) == ""
    qtbot.keyClicks(dialog.ui.email_edit, "wang@example")
    assert "e-mail" in visible_message(dialog.ui.email_error)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.ui.email_edit, ".cn")
    assert ok.isEnabled()
    dialog.ui.title_edit.setText("Vice\x07director")
    assert "control character" in visible_message(dialog.ui.title_error)
    assert not ok.isEnabled()
    dialog.ui.title_edit.setText("   ")
    dialog.ui.name_edit.setText("   ")
    assert "name" in visible_message(dialog.ui.name_error)
    assert not ok.isEnabled()


def test_organisation_country_and_text_checks(qtbot, db):
    dialog = OrganisationEditor(db, None)
    qtbot.addWidget(dialog)
    ok = dialog.ui.button_box.button(OK)
    qtbot.keyClicks(dialog.ui.name_edit, "JITRI")
    qtbot.keyClicks(dialog.ui.country_edit, "xz")
    assert "“XZ” is not a country code" in visible_message(dialog.ui.country_error)
    assert not ok.isEnabled()
    dialog.ui.country_edit.setText("CN")
    assert visible_message(dialog.ui.country_error) == ""
    assert dialog.ui.country_name.text() == "China"
    dialog.ui.their_interests_edit.setPlainText("Line one\nLine two")  # several lines are fine here
    assert ok.isEnabled()
    dialog.ui.our_benefits_edit.setPlainText("bad\x1bescape")
    assert "control character" in visible_message(dialog.ui.our_benefits_error)
    assert not ok.isEnabled()


def test_agreement_theme_and_partner_checks(qtbot, db):
    dialog = AgreementEditor(db, None)
    qtbot.addWidget(dialog)
    ok = dialog.ui.button_box.button(OK)
    assert visible_message(dialog.ui.partner_error) == ""
    qtbot.keyClicks(dialog.ui.partner_edit, "T")
    dialog.ui.partner_edit.clear()  # touched and emptied: now it is said
    assert "partner" in visible_message(dialog.ui.partner_error)
    qtbot.keyClicks(dialog.ui.partner_edit, "Tianjin")
    qtbot.keyClicks(dialog.ui.themes_edit, "life_science, ???")
    assert "“???” is not a theme" in visible_message(dialog.ui.themes_error)
    assert not ok.isEnabled()
    dialog.ui.themes_edit.setText("life_science, Medical Research, Livsmedel,")  # keys or labels
    assert ok.isEnabled()
    assert dialog._build("x").themes == ["life_science", "medical_research", "food"]


# --- unsaved changes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "still_open", "saved_title"),
    [
        (QMessageBox.StandardButton.Cancel, True, "Chair"),
        (QMessageBox.StandardButton.Discard, False, "Chair"),
        (QMessageBox.StandardButton.Save, False, "Chair of the board"),
    ],
)
def test_cancel_after_editing_asks(qtbot, db, monkeypatch, answer, still_open, saved_title):
    seed(db)
    person = {p.id: p for p in repository.list_people(db)}["chair"]
    dialog = PersonEditor(db, person)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or answer)
    qtbot.keyClicks(dialog.ui.title_edit, " of the board")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked
    assert dialog.isVisible() is still_open
    assert {p.id: p for p in repository.list_people(db)}["chair"].title == saved_title


def test_cancel_without_changes_does_not_ask(qtbot, db, monkeypatch):
    seed(db)
    dialog = PersonEditor(db, repository.list_people(db)[0])
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked without changes"))
    dialog.ui.title_edit.setText("changed")
    dialog.ui.title_edit.setText(dialog._snapshot.title)  # and changed back
    dialog.reject()
    assert not dialog.isVisible()


# --- read only and keyboard -----------------------------------------------------------------


def test_read_only_register(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db, read_only=True)
    select(page, "Anna")
    assert not page.ui.new_button.isEnabled()
    assert not page.ui.delete_button.isEnabled()
    assert page.ui.edit_button.isEnabled()

    def inspect(dialog):
        assert dialog.ui.name_edit.isReadOnly()
        assert not dialog.ui.kind_combo.isEnabled()
        assert dialog.ui.button_box.button(OK) is None
        dialog.ui.name_edit.setText("Changed")  # even if something slipped through, nothing is saved

    opened = answer_with(monkeypatch, PersonEditor, inspect, ok=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("no questions in read-only mode"))
    with qtbot.assertNotEmitted(page.changed):
        page.ui.edit_button.click()
        page.new_record()
        page.delete_current()
    assert len(opened) == 1
    assert [p.name for p in repository.list_people(db)] == ["Anna Svensson", "李明"]


def test_keyboard_enter_opens_del_deletes_ctrl_n_creates(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, AgreementsPage, db)
    with qtbot.waitActive(page):  # shortcuts and focus need an active window
        page.show()
        page.activateWindow()
    opened = answer_with(monkeypatch, AgreementEditor, lambda d: None, ok=False)
    view = page.ui.table_view

    qtbot.keyClicks(page.ui.filter_edit, "tian")
    qtbot.keyClick(page.ui.filter_edit, Qt.Key.Key_Return)  # on to the table, first row selected
    assert page.current_record().partner == "Tianjin"
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [d.ui.partner_edit.text() for d in opened] == ["Tianjin"]

    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 2 and opened[1].ui.partner_edit.text() == ""

    monkeypatch.setattr(QMessageBox, "question", lambda *a: Yes)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [a.partner for a in repository.list_agreements(db)] == ["Guangdong"]

    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.filter_edit.hasFocus()


def test_a_persons_phone_is_entered_and_kept(qtbot, db, monkeypatch):
    seed(db)
    page = make_page(qtbot, PeoplePage, db)

    def fill(dialog):
        type_text(qtbot, dialog.ui.name_edit, "Per Phone")
        qtbot.keyClicks(dialog.ui.phone_edit, "+46  70 123 45 67")

    answer_with(monkeypatch, PersonEditor, fill)
    with qtbot.waitSignal(page.changed):
        page.ui.new_button.click()
    saved = {p.name: p for p in repository.list_people(db)}["Per Phone"]
    assert saved.phone == "+46 70 123 45 67"
    dialog = PersonEditor(db, saved)
    qtbot.addWidget(dialog)
    assert dialog.ui.phone_edit.text() == "+46 70 123 45 67" and not dialog.is_modified()
    dialog.ui.phone_edit.setText("+46 70 000 00 00")
    assert dialog.is_modified()  # a changed phone alone is a change worth asking about
