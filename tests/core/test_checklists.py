"""Checklists, verdicts kept current, and the before-departure review."""

from __future__ import annotations

import datetime as dt

from delegation_planner.domain.checklist import (
    AUTO_GRIP_DECISION,
    ChecklistItem,
    default_template,
    translate_text,
)
from delegation_planner.domain.enums import Direction, PersonKind
from delegation_planner.storage import checklists, repository
from delegation_planner.storage.upcoming import upcoming
from tests.core import factories

TODAY = dt.date(2026, 4, 20)  # factories.START is 2026-05-10: 20 days ahead


def stock(db):
    repository.save_organisation(db, factories.organisation())
    repository.save_person(db, factories.person("anna", name="Anna Svensson"))
    repository.save_delegation(
        db, factories.delegation(participants=[factories.participant("anna", "Too short")])
    )


def verdict(db, key="trip"):
    return db.execute("SELECT grip_verdict FROM delegations WHERE id = ?", [key]).fetchone()[0]


def test_default_templates_hold_the_issue_items():
    outbound = [i.text for i in default_template(Direction.OUTBOUND)]
    assert any("Visas" in t for t in outbound) and any("phones and laptops" in t for t in outbound)
    assert [i.auto for i in default_template(Direction.OUTBOUND)].count(AUTO_GRIP_DECISION) == 1
    inbound = [i.text for i in default_template(Direction.INBOUND)]
    assert any("diet" in t for t in inbound)


def test_new_register_has_the_templates(db):
    # Region Skåne's register: new checklists in Swedish, the English and Danish ones kept too.
    assert [i.text for i in checklists.load_template(db, Direction.INBOUND)] == [
        i.text for i in default_template(Direction.INBOUND, "sv")
    ]
    assert [i.text for i in checklists.load_template(db, Direction.INBOUND, "en")] == [
        i.text for i in default_template(Direction.INBOUND)
    ]
    outbound = [i.text for i in checklists.load_template(db, Direction.OUTBOUND, "da")]
    assert "GRIP-beslutning registreret" in outbound and "Visum søgt" in outbound


def test_shipped_items_translate_and_own_items_stay():
    assert translate_text("Visas applied for", "sv") == "Visum sökt"
    assert translate_text("Tolk bokad", "da") == "Tolk booket"
    assert translate_text("Book the embassy meeting", "sv") == "Book the embassy meeting"
    assert default_template(Direction.OUTBOUND, "en", "decision of Forretningsudvalget")[1].text == (
        "Decision of Forretningsudvalget recorded"
    )


def test_template_edits_apply_to_new_delegations(db):
    stock(db)
    checklists.save_template(db, Direction.OUTBOUND, [ChecklistItem("Book the embassy meeting", "Lena", 40)])
    items = checklists.apply_template(db, "trip", Direction.OUTBOUND)
    assert [(i.text, i.owner, i.due(factories.START)) for i in items] == [
        ("Book the embassy meeting", "Lena", dt.date(2026, 3, 31))
    ]


def test_ticking_records_the_date_and_grip_item_follows_the_decision(db):
    stock(db)
    items = checklists.apply_template(db, "trip", Direction.OUTBOUND)
    items[0].done = True
    checklists.save_checklist(db, "trip", items, today=TODAY)
    assert checklists.load_checklist(db, "trip")[0].done_on == TODAY
    delegation, revision = repository.load_delegation(db, "trip")
    grip_item = next(i for i in items if i.auto == AUTO_GRIP_DECISION)
    assert not grip_item.is_done(delegation)
    delegation.grip_decision = factories.approval()
    repository.save_delegation(db, delegation, revision)
    assert grip_item.is_done(repository.load_delegation(db, "trip")[0])


def test_verdict_is_stored_and_follows_its_inputs(db):
    stock(db)
    assert verdict(db) == "fail"  # short justification, no decision
    delegation, revision = repository.load_delegation(db, "trip")
    delegation.participants[0].justification = "Signs the thematic agreement with the governor."
    delegation.grip_decision = factories.approval()
    repository.save_delegation(db, delegation, revision)
    assert verdict(db) == "pass"
    policy = repository.load_policy(db)
    policy.priority_themes = ["tourism"]
    repository.save_policy(db, policy)
    assert verdict(db) == "warn"
    anna = factories.person("anna", PersonKind.OFFICIAL, "Anna Svensson")
    repository.save_person(db, anna)
    assert verdict(db) == "warn"  # no politicians left; only the theme warns


def test_before_departure_lists_what_is_missing(db):
    stock(db)
    repository.save_delegation(
        db, factories.delegation("later", start=dt.date(2026, 9, 1), end=dt.date(2026, 9, 3))
    )
    repository.save_delegation(
        db, factories.delegation("past", start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 3))
    )
    checklists.apply_template(db, "trip", Direction.OUTBOUND)
    found = upcoming(db, TODAY, horizon_days=90)
    assert [u.delegation.id for u in found] == ["trip"]
    trip = found[0]
    assert trip.days_left == 20
    assert {c.id for c in trip.failing_criteria} == {"justification", "grip_decision"}
    assert any(i.text == "Visum sökt" for i in trip.overdue_items)  # due 30 days before
    assert not trip.is_ready
    assert [u.delegation.id for u in upcoming(db, TODAY, horizon_days=200)] == ["trip", "later"]


def test_an_earlier_wording_is_kept_in_its_language_and_translated_into_the_others():
    old = "Råd om telefoner och datorer under resan givna"
    assert translate_text(old, "sv") == old  # what the register shows, unchanged
    assert translate_text(old, "da") == "Deltagerne orienteret om telefoner og computere på rejsen"
    assert translate_text("Briefing til politikerne", "en") == "Briefing notes for the politicians ready"
    assert translate_text("Underlag till politikerna klart", "da") == "Briefing til politikerne klar"


def test_the_upgrade_rewords_the_shipped_items_of_the_templates_and_keeps_the_office_s_own(tmp_path):
    from sqlite_utils import Database

    from delegation_planner.storage.schema import MIGRATIONS

    db = Database(tmp_path / "old.sqlite3")
    MIGRATIONS.apply(db, stop_before="0020_checklist_wording")
    sv_items = checklists.load_template(db, Direction.OUTBOUND, "sv")
    da_items = checklists.load_template(db, Direction.OUTBOUND, "da")
    # As an earlier release shipped them; the office had reworded one of the Danish items.
    for items, language, stiff in (
        (sv_items, "sv", {"Underlag till politikerna klart": "Underlag till politikerna"}),
        (da_items, "da", {"Briefing til politikerne klar": "Vores egen briefing"}),
    ):
        texts = [stiff.get(i.text, i.text) for i in items]
        texts = [
            "Råd om telefoner och datorer under resan givna" if t.startswith("Resenärerna") else t
            for t in texts
        ]
        for position, text in enumerate(texts):
            db.execute(
                "UPDATE checklist_templates SET text = ? WHERE direction = 'outbound' AND language = ? "
                "AND position = ?",
                [text, language, position],
            )
    db.conn.commit()
    MIGRATIONS.apply(db)
    swedish = [i.text for i in checklists.load_template(db, Direction.OUTBOUND, "sv")]
    danish = [i.text for i in checklists.load_template(db, Direction.OUTBOUND, "da")]
    assert "Underlag till politikerna klart" in swedish
    assert "Resenärerna informerade om telefoner och datorer på resan" in swedish
    assert not any("givna" in t for t in swedish)
    assert "Vores egen briefing" in danish and "Briefing til politikerne klar" not in danish
    db.close()


def test_a_delegation_deleted_while_the_review_reads_is_left_out(db, monkeypatch):
    # On a server, or from a second window, a trip may go between the listing of the keys
    # and the reading of the delegations; the review shows the others.
    from delegation_planner.storage import upcoming as review

    stock(db)
    repository.save_delegation(
        db, factories.delegation("later", start=dt.date(2026, 6, 1), end=dt.date(2026, 6, 3))
    )
    listed = review.upcoming_trips

    def listed_then_deleted(*args, **kwargs):
        trips = listed(*args, **kwargs)
        repository.delete_delegation(db, "trip")
        return trips

    monkeypatch.setattr(review, "upcoming_trips", listed_then_deleted)
    assert [u.delegation.id for u in upcoming(db, TODAY, horizon_days=90)] == ["later"]
