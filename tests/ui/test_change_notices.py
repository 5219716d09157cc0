"""A save tells the pages what it changed; only the pages that show it reload."""

from __future__ import annotations

from delegation_planner.ui.changes import EVERYTHING, Changes, Record, changes_made_by, watches
from delegation_planner.ui.pages.records import OrganisationsPage, PeoplePage
from delegation_planner.ui.pages.registry import LAZY_PAGES


def _build_all(window):
    for kind in LAZY_PAGES:
        window.page(kind)
    return {kind: window.record_pages[kind] for kind in LAZY_PAGES}


def _count_reloads(monkeypatch, window, pages):
    reloaded: list[str] = []
    for kind, page in pages.items():
        monkeypatch.setattr(page, "reload", lambda *_a, k=kind, **_k: reloaded.append(k))
    refreshed: list[str] = []
    monkeypatch.setattr(window.delegations, "refresh", lambda *_a, **_k: refreshed.append("delegations"))
    monkeypatch.setattr(window.departures, "refresh", lambda *_a, **_k: refreshed.append("departures"))
    monkeypatch.setattr(window.dashboard, "refresh", lambda *_a, **_k: refreshed.append("dashboard"))
    return reloaded, refreshed


def test_every_page_says_what_it_shows_and_what_it_changes(make_window, register_path):
    window = make_window(register_path)
    for page in [*_build_all(window).values(), window.delegations, window.departures]:
        assert changes_made_by(page).kinds < EVERYTHING, type(page).__name__
    for page in _build_all(window).values():
        assert watches(page) < EVERYTHING, type(page).__name__


def test_an_organisation_saved_reloads_only_the_pages_that_show_organisations(
    make_window, register_path, monkeypatch
):
    window = make_window(register_path)
    pages = _build_all(window)
    window.ui.tab_widget.setCurrentWidget(window.ui.organisations_tab)
    reloaded, refreshed = _count_reloads(monkeypatch, window, pages)
    window._stale.clear()
    organisations = pages["organisations"]
    assert isinstance(organisations, OrganisationsPage)
    # Only the organisation itself changed (no contact was logged).
    window.notify(Changes.of(Record.ORGANISATIONS), source=organisations)
    assert refreshed == []  # the register, the review and the overview show no organisation
    assert reloaded == []  # the page on screen is the one that saved
    stale = {kind for kind, page in pages.items() if page in window._stale}
    assert stale == {"people", "agreements", "results", "follow_up", "agreement_visits", "new_contacts"}


def test_a_person_saved_refreshes_the_verdicts_but_not_results_or_agreements(
    make_window, register_path, monkeypatch
):
    window = make_window(register_path)
    pages = _build_all(window)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    reloaded, refreshed = _count_reloads(monkeypatch, window, pages)
    window._stale.clear()
    people = pages["people"]
    assert isinstance(people, PeoplePage)
    people.changed.emit()
    assert window.last_changes == Changes.of(Record.PEOPLE)
    # A person's kind decides the politician counts and the verdicts.
    assert sorted(refreshed) == ["dashboard", "delegations", "departures"]
    stale = {kind for kind, page in pages.items() if page in window._stale}
    assert stale == {"follow_up", "agreement_visits", "new_contacts"}
    assert reloaded == []


def test_a_delegation_saved_leaves_the_people_and_agreements_lists_alone(
    make_window, register_path, monkeypatch
):
    window = make_window(register_path)
    pages = _build_all(window)
    window.ui.tab_widget.setCurrentWidget(window.ui.delegations_tab)
    reloaded, refreshed = _count_reloads(monkeypatch, window, pages)
    window._stale.clear()
    window.delegations.changed.emit()
    assert "delegations" not in refreshed  # it shows its own save already
    assert {"departures", "dashboard"} <= set(refreshed)
    stale = {kind for kind, page in pages.items() if page in window._stale}
    assert "people" in stale  # a person may have been added in the editor
    assert "agreements" not in stale
    assert reloaded == []  # no list is on screen: each reloads when its tab is shown


def test_an_import_reloads_everything(make_window, register_path, monkeypatch):
    window = make_window(register_path)
    pages = _build_all(window)
    window.ui.tab_widget.setCurrentWidget(window.ui.people_tab)
    reloaded, refreshed = _count_reloads(monkeypatch, window, pages)
    window._stale.clear()
    window.refresh_all()
    assert reloaded == ["people"]
    assert set(refreshed) == {"delegations", "departures", "dashboard"}
    assert {pages[k] for k in pages if k != "people"} == set(window._stale)
