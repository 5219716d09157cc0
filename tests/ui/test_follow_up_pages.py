"""Following visits up: the follow-up overview, results, agreements and new contacts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from delegation_planner.domain.enums import (
    Direction,
    FollowUpStatus,
    OrganisationKind,
    PersonKind,
    ResultKind,
    Side,
)
from delegation_planner.domain.records import Agreement, FollowUpPoint, ProgrammeItem, Result
from delegation_planner.storage import follow_ups, repository, results
from delegation_planner.ui.dialogs.record_editors import OrganisationEditor
from delegation_planner.ui.dialogs.result_editor import ResultEditor
from delegation_planner.ui.models.follow_up_models import FollowUpModel
from delegation_planner.ui.pages.agreement_follow_up import AgreementFollowUpPage, ReviewDateDialog
from delegation_planner.ui.pages.follow_up import FollowUpPage, follow_up_counts_text
from delegation_planner.ui.pages.new_contacts import NewContactsPage
from delegation_planner.ui.pages.results import ResultsPage
from tests.core import factories
from tests.helpers.window import answer_with, make_page

TODAY = dt.date.today()
YEAR = TODAY.year
Yes = QMessageBox.StandardButton.Yes
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def register(db):
    """Dates relative to today: the pages read the real clock."""
    repository.save_organisation(db, factories.organisation())
    repository.save_organisation(db, factories.organisation("jitri", OrganisationKind.GOVERNMENT))
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_person(db, factories.person("eva", PersonKind.OFFICIAL, "Eva Lund"))
    wang = factories.person("wang", PersonKind.OFFICIAL, "王海燕")
    wang.organisation = "jitri"
    repository.save_person(db, wang)
    repository.save_agreement(
        db, Agreement("gd", "Guangdong", dt.date(1995, 3, 1), min_official_visits_per_year=2)
    )
    start = dt.date(YEAR, 1, 10)
    repository.save_delegation(
        db,
        factories.delegation(
            "spring",
            title="Health delegation to Guangdong",
            start=start,
            end=start + dt.timedelta(days=5),
            partner_region="Guangdong",
            participants=[factories.participant("eva"), factories.participant("wang", side=Side.PARTNER)],
            programme=[ProgrammeItem(dt.datetime(YEAR, 1, 11, 9), "Meeting", counterpart="jitri")],
            follow_up_points=[
                FollowUpPoint("Send the minutes", "eva", TODAY - dt.timedelta(days=10)),
                FollowUpPoint(
                    "Invite the vice governor", "International unit", TODAY + dt.timedelta(days=30)
                ),
                FollowUpPoint("Thank-you letter", "anna", TODAY - dt.timedelta(days=40), FollowUpStatus.DONE),
                FollowUpPoint("Find a venue", "", None),
            ],
        ),
    )
    repository.save_delegation(
        db,
        factories.delegation(
            "jiangsu",
            title="Jiangsu visit",
            partner_region="Jiangsu",
            follow_up_points=[FollowUpPoint("Send brochures", "eva", TODAY + dt.timedelta(days=3))],
        ),
    )
    return db


def points(page: FollowUpPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def select_point(page: FollowUpPage, text: str) -> None:
    row = next(r for r in page.model._records if r.text == text)
    assert page.select_point(row.point_id)


# --- models -------------------------------------------------------------------------------


def test_models_pass_qt_model_tester(qtbot, qtmodeltester, register):
    results.save_result(
        register, Result("mou", "MoU", ResultKind.PARTNERSHIP, None, "", ["spring"], ["jitri"])
    )
    follow = make_page(qtbot, FollowUpPage, register)
    qtmodeltester.check(follow.model)
    qtmodeltester.check(follow.proxy)
    qtmodeltester.check(make_page(qtbot, ResultsPage, register).model)
    agreements = make_page(qtbot, AgreementFollowUpPage, register)
    qtmodeltester.check(agreements.years_model)
    qtmodeltester.check(agreements.reviews_model)
    qtmodeltester.check(make_page(qtbot, NewContactsPage, register).model)
    editor = ResultEditor(register, results.list_results(register)[0])
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.delegations)
    qtmodeltester.check(editor.organisations)
    editor.ui.organisations_ticked_check.setChecked(True)
    qtmodeltester.check(editor.ui.organisations_view.model())


# --- follow-up overview -------------------------------------------------------------------


def test_overview_starts_with_open_points_overdue_first(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    assert points(page) == ["Send the minutes", "Send brochures", "Invite the vice governor", "Find a venue"]
    assert "Thank-you letter" not in points(page)  # done: hidden by the default Open filter
    assert page.ui.summary_label.text() == "4 open · 1 overdue"


def test_filters_narrow(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    assert len(points(page)) == 4
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findText("Done"))
    assert points(page) == ["Thank-you letter"]
    page.ui.status_combo.setCurrentIndex(page.ui.status_combo.findText("All"))
    assert len(points(page)) == 5
    page.ui.owner_combo.setEditText("Eva")
    qtbot.waitUntil(lambda: sorted(points(page)) == ["Send brochures", "Send the minutes"])
    page.ui.overdue_check.setChecked(True)
    assert points(page) == ["Send the minutes"]
    page.ui.overdue_check.setChecked(False)
    page.ui.owner_combo.setEditText("")
    page.ui.partner_combo.setCurrentIndex(page.ui.partner_combo.findText("Jiangsu"))
    assert points(page) == ["Send brochures"]
    page.ui.partner_combo.setCurrentIndex(0)
    page.ui.search_edit.setText("governor")
    qtbot.waitUntil(lambda: points(page) == ["Invite the vice governor"])
    assert "Eva Lund" in [page.ui.owner_combo.itemText(i) for i in range(page.ui.owner_combo.count())]


def test_overdue_and_incomplete_points_are_marked_in_words_and_colour(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    model = page.model
    overdue = model.row_of(str(next(r.point_id for r in model._records if r.overdue)))
    due = model.index(overdue, FollowUpModel.DUE)
    assert "⚠ overdue" in due.data()
    assert due.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    venue = next(row for row, r in enumerate(model._records) if r.text == "Find a venue")
    status = model.index(venue, FollowUpModel.STATUS)
    assert "incomplete" in status.data()
    assert "an owner" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(venue, FollowUpModel.DUE).data() == "no date"
    on_time = next(row for row, r in enumerate(model._records) if r.text == "Send brochures")
    assert "overdue" not in model.index(on_time, FollowUpModel.DUE).data()
    assert model.index(on_time, FollowUpModel.DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_marking_done_inline_updates_the_register_and_the_counts(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    assert follow_up_counts_text(register, TODAY) == "4 open · 1 overdue"
    select_point(page, "Send the minutes")
    with qtbot.waitSignal(page.changed):
        page.ui.table_view.setFocus()
        qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Space)
    done = follow_ups.list_follow_ups(register, follow_ups.FollowUpFilter(text="minutes"), TODAY)[0]
    assert (done.status, done.closed_on) == (FollowUpStatus.DONE, TODAY)
    assert follow_up_counts_text(register, TODAY) == "3 open · 0 overdue"
    assert page.ui.summary_label.text() == "3 open · 0 overdue"
    assert "Send the minutes" not in points(page)  # the Open filter now hides it
    # Ticking the Status cell is the same as Space.
    row = next(row for row, r in enumerate(page.model._records) if r.text == "Send brochures")
    index = page.proxy.mapFromSource(page.model.index(row, FollowUpModel.STATUS))
    assert index.flags() & Qt.ItemFlag.ItemIsUserCheckable
    page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert follow_ups.counts(register, TODAY) == (2, 0)


def test_space_moves_down_the_list_and_ctrl_z_or_undo_brings_a_point_back(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    assert points(page) == ["Send the minutes", "Send brochures", "Invite the vice governor", "Find a venue"]
    assert page.ui.undo_button.isHidden() and not page.ui.undo_label.text()
    page.show()  # Ctrl+Z, like every shortcut, works in the active window
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    select_point(page, "Send the minutes")
    page.ui.table_view.setFocus()
    qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Space)
    assert page.ui.undo_label.text() == "Marked “Send the minutes” done."
    assert not page.ui.undo_button.isHidden()
    assert "Ctrl+Z" in page.ui.undo_button.text()
    # The next point is selected, so a second Space marks it rather than nothing.
    assert page.current_point().text == "Send brochures"
    qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Space)
    assert points(page) == ["Invite the vice governor", "Find a venue"]
    assert page.ui.undo_label.text() == "Marked “Send brochures” done."
    assert page.current_point().text == "Invite the vice governor"
    # Ctrl+Z sets the last one back to open and selects it.
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.ui.table_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    brochures = follow_ups.list_follow_ups(register, follow_ups.FollowUpFilter(text="brochures"), TODAY)[0]
    assert (brochures.status, brochures.closed_on) == (FollowUpStatus.OPEN, None)
    assert page.current_point().text == "Send brochures"
    assert page.ui.undo_button.isHidden() and not page.ui.undo_label.text()
    # Dropping offers the same way back, by the button.
    page.ui.drop_button.click()
    assert page.ui.undo_label.text() == "Marked “Send brochures” dropped."
    page.ui.undo_button.click()
    assert "Send brochures" in points(page)
    assert follow_ups.counts(register, TODAY) == (3, 0)


def test_a_point_removed_elsewhere_is_reported_in_plain_words(qtbot, register, monkeypatch):
    page = make_page(qtbot, FollowUpPage, register)
    select_point(page, "Send brochures")
    register.execute("DELETE FROM follow_up_points WHERE text = 'Send brochures'")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page.ui.done_button.click()
    assert warnings and "no longer exists" in warnings[0]
    assert "Send brochures" not in points(page)


def test_enter_opens_the_delegation(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register)
    select_point(page, "Send brochures")
    with qtbot.waitSignal(page.open_delegation) as signal:
        page.ui.table_view.activated.emit(page.ui.table_view.currentIndex())
    assert signal.args == ["jiangsu"]


def test_read_only_cannot_mark_done(qtbot, register):
    page = make_page(qtbot, FollowUpPage, register, read_only=True)
    select_point(page, "Send the minutes")
    page.toggle_done()
    assert follow_ups.counts(register, TODAY) == (4, 1)
    assert not page.model.flags(page.model.index(0, FollowUpModel.STATUS)) & Qt.ItemFlag.ItemIsUserCheckable


# --- results --------------------------------------------------------------------------------


def tick(model: Any, key: str) -> None:
    row = next(r for r in range(model.rowCount()) if model.index(r).data(Qt.ItemDataRole.UserRole) == key)
    assert model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_results_create_edit_delete_with_links(qtbot, register, monkeypatch):
    page = make_page(qtbot, ResultsPage, register)

    def fill_new(dialog: Any) -> None:
        # A title is required: pressing OK without one says so and saves nothing.
        assert not dialog.ui.title_error.text()
        dialog.ui.button_box.button(OK).click()
        assert dialog.ui.title_error.text() and not dialog.ui.button_box.button(OK).isEnabled()
        dialog.ui.title_edit.setText("MoU with JITRI")
        dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findText("Agreement signed"))
        dialog.ui.date_edit.setDate(QDate(YEAR, 3, 2))
        dialog.ui.delegations_filter.setText("health")
        assert dialog.ui.delegations_view.model().rowCount() == 1
        tick(dialog.delegations, "spring")
        tick(dialog.organisations, "jitri")

    with qtbot.waitSignal(page.changed):
        answer_with(monkeypatch, ResultEditor, fill_new)
        page.new_record()
    (saved,) = results.list_results(register)
    assert (saved.id, saved.kind, saved.date) == (
        "mou-with-jitri",
        ResultKind.AGREEMENT_SIGNED,
        dt.date(YEAR, 3, 2),
    )
    assert (saved.delegations, saved.organisations) == (["spring"], ["jitri"])
    assert page.proxy.index(0, 3).data() == "Health delegation to Guangdong"
    assert page.proxy.index(0, 4).data() == "Organisation jitri"

    def fill_edit(dialog: Any) -> None:
        dialog.ui.title_edit.setText("MoU\x01")
        assert "control character" in dialog.ui.title_error.text()
        assert not dialog.ui.button_box.button(OK).isEnabled()
        dialog.ui.title_edit.setText("MoU with JITRI signed")
        dialog.ui.date_unknown_check.setChecked(True)
        tick(dialog.delegations, "jiangsu")

    answer_with(monkeypatch, ResultEditor, fill_edit)
    page.edit_current()
    (edited,) = results.list_results(register)
    assert (edited.title, edited.date) == ("MoU with JITRI signed", None)
    assert sorted(edited.delegations) == ["jiangsu", "spring"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: Yes)
    page.delete_current()
    assert results.list_results(register) == []
    assert page.model.rowCount() == 0


def test_the_result_editor_gives_its_pick_lists_the_room(qtbot, register):
    long_title = "A very long delegation title " * 6
    repository.save_delegation(register, factories.delegation("long", title=long_title.strip()))
    editor = ResultEditor(register, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.width() >= 1000 and editor.height() >= 700
    for view in (editor.ui.delegations_view, editor.ui.organisations_view):
        row = view.fontMetrics().height()
        assert view.minimumHeight() >= 8 * row
        assert view.height() > editor.ui.description_edit.height()  # the lists take the spare height
        assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert view.textElideMode() == Qt.TextElideMode.ElideRight
    # Nothing grows under the title: the form keeps its natural height.
    assert editor.ui.title_error.height() < 3 * editor.ui.title_edit.height()
    proxy = editor.ui.delegations_view.model()
    row = next(r for r in range(proxy.rowCount()) if long_title.strip() in proxy.index(r, 0).data())
    assert long_title.strip() in proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


# --- agreements -----------------------------------------------------------------------------


def test_agreement_page_shows_the_shortfall_and_a_passed_review(qtbot, register, monkeypatch):
    page = make_page(qtbot, AgreementFollowUpPage, register)
    assert page.ui.year_spin.value() == YEAR
    assert page.years_model.rowCount() == 1
    shortfall = page.years_model.index(0, page.years_model.SHORTFALL)
    assert shortfall.data() == "⚠ short by 1"
    assert shortfall.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Health delegation to Guangdong" in page.years_model.index(0, 3).data()
    assert page.reviews_model.rowCount() == 0

    agreement = repository.list_agreements(register)[0]
    agreement.review_date = TODAY - dt.timedelta(days=1)
    repository.save_agreement(register, agreement)
    page.reload()
    assert page.reviews_model.index(0, 0).data() == "Guangdong"
    assert "1 agreement" in page.ui.reviews_label.text()

    # Setting the next review date from the list takes it off the list.
    page.ui.reviews_view.selectRow(0)
    next_review = QDate(YEAR + 1, 2, 1)

    def fake_exec(dialog: ReviewDateDialog) -> int:
        dialog.ui.date_edit.setDate(next_review)
        return 1

    monkeypatch.setattr(ReviewDateDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.changed):
        page.ui.review_button.click()
    assert repository.list_agreements(register)[0].review_date == dt.date(YEAR + 1, 2, 1)
    assert page.reviews_model.rowCount() == 0

    page.ui.year_spin.setValue(YEAR - 1)
    assert page.years_model.index(0, page.years_model.SHORTFALL).data() == "⚠ short by 2"


def test_agreement_summary_agrees_in_number(qtbot, register):
    page = make_page(qtbot, AgreementFollowUpPage, register)
    assert page.ui.summary_label.text() == f"1 agreement of 1 is short of official visits in {YEAR}."
    repository.save_agreement(
        register, Agreement("js", "Jiangsu", dt.date(2000, 1, 1), min_official_visits_per_year=1)
    )
    page.reload()
    assert page.ui.summary_label.text() == f"2 agreements of 2 are short of official visits in {YEAR}."


# --- new contacts --------------------------------------------------------------------------


def test_new_contact_leaves_the_list_once_interests_are_recorded(qtbot, register, monkeypatch):
    page = make_page(qtbot, NewContactsPage, register)
    assert [page.model.record(r).organisation for r in range(page.model.rowCount())] == ["jitri"]
    assert page.model.index(0, 5).data() == "Their interests and our benefits not recorded"

    def fill(dialog: Any) -> None:
        dialog.ui.their_interests_edit.setPlainText("Research partners in Skåne")
        dialog.ui.our_benefits_edit.setPlainText("Clinical trials")

    answer_with(monkeypatch, OrganisationEditor, fill)
    page.ui.table_view.selectRow(0)
    with qtbot.waitSignal(page.changed):
        page.ui.table_view.activated.emit(page.ui.table_view.currentIndex())
    assert page.model.rowCount() == 0
    jitri = next(o for o in repository.list_organisations(register) if o.id == "jitri")
    assert jitri.our_benefits == "Clinical trials"


def test_typing_in_the_search_box_queries_once_after_a_pause(qtbot, register, monkeypatch):
    from delegation_planner.storage import follow_ups as store

    page = make_page(qtbot, FollowUpPage, register)
    calls = []
    real = store.list_follow_ups
    monkeypatch.setattr(store, "list_follow_ups", lambda *a, **k: calls.append(1) or real(*a, **k))
    qtbot.keyClicks(page.ui.search_edit, "governor")
    assert calls == []  # no query per keystroke
    qtbot.waitUntil(lambda: points(page) == ["Invite the vice governor"])
    assert len(calls) == 1


def test_new_contacts_leave_out_the_hosts_of_a_visit_at_home(qtbot, register):
    repository.save_organisation(register, factories.organisation("skane", OrganisationKind.REGION))
    repository.save_delegation(
        register,
        factories.delegation(
            "guests",
            direction=Direction.INBOUND,
            programme=[
                ProgrammeItem(
                    dt.datetime(YEAR, 9, 1, 9), "Welcome at the regional house", counterpart="skane"
                )
            ],
        ),
    )
    page = make_page(qtbot, NewContactsPage, register)
    assert [page.model.record(r).organisation for r in range(page.model.rowCount())] == ["jitri"]
