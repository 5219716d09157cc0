"""The words the window and the documents share have one owner, the core's texts: criterion
titles and every enumeration's words (verdict levels, decision outcomes, directions, purposes,
person and organisation kinds, initiators, sides, roles, cost categories, follow-up statuses,
agreement scopes and statuses, result kinds). The window shows them in its language; its own
catalogues must not define them a second time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegation_planner.documents.labels import Labels
from delegation_planner.documents.word_lists import WORD_LISTS, list_name
from delegation_planner.documents.words import CRITERIA
from delegation_planner.domain import grip
from delegation_planner.domain.enums import (
    AgreementScope,
    AgreementStatus,
    CostCategory,
    DecisionOutcome,
    Direction,
    FollowUpStatus,
    InitiatorKind,
    Level,
    OrganisationKind,
    PersonKind,
    Purpose,
    ResultKind,
    Role,
    Side,
)
from delegation_planner.domain.office import default_profile
from delegation_planner.storage import repository
from delegation_planner.ui import language
from delegation_planner.ui.labels import enums, verdicts
from delegation_planner.ui.models import grip_model
from delegation_planner.ui.translations_build import ts_path
from tests.ui.editor_fixtures import seed_delegation

LISTS = (
    Level,
    DecisionOutcome,
    Direction,
    Purpose,
    OrganisationKind,
    InitiatorKind,
    PersonKind,
    Side,
    Role,
    CostCategory,
    FollowUpStatus,
    AgreementScope,
    AgreementStatus,
    ResultKind,
)
SHARED = [value for enum in LISTS for value in enum]
# The window's choices of each list, as its combo boxes and delegates fill them.
WINDOW_CHOICES = {
    PersonKind: enums.person_kinds,
    OrganisationKind: enums.organisation_kinds,
    InitiatorKind: enums.initiator_kinds,
    Side: enums.sides,
    Role: enums.roles,
    CostCategory: enums.cost_categories,
    FollowUpStatus: enums.follow_up_statuses,
    ResultKind: enums.result_kinds,
    AgreementScope: enums.agreement_scopes,
    AgreementStatus: enums.agreement_statuses,
}
# A column header that happens to spell a list's word: the checklist's "Done" column.
NOT_THE_WORD = {("ChecklistModel", "Done")}


@pytest.fixture(params=["sv", "da", "en"])
def window_language(request: pytest.FixtureRequest) -> Iterator[str]:
    language.install(request.param)
    yield request.param
    language.install("en")


def test_the_window_says_the_documents_words(window_language, db):
    labels = Labels.for_language(window_language, default_profile())
    for value in SHARED:
        assert enums.core_word(value) == labels.word(value)
    assert verdicts.level_text(Level.FAIL) == labels.level(Level.FAIL)  # "✖ Ej uppfyllt", as in the basis
    assert [word for word, _v in enums.directions()] == [labels.word(d) for d in Direction]
    assert [word for word, _v in enums.purposes()] == [labels.word(p) for p in Purpose]
    assert [word for word, _v in grip_model.outcome_labels()] == [labels.word(o) for o in DecisionOutcome]
    for enum, window_choices in WINDOW_CHOICES.items():
        assert window_choices() == [(labels.word(value), value) for value in enum], enum.__name__

    delegation = seed_delegation(db)
    people = {p.id: p for p in repository.list_people(db)}
    model = grip_model.GripResultModel()
    model.office = default_profile()
    model.set_result(grip.evaluate(delegation, people, repository.load_policy(db)))
    shown = [model.data(model.index(row, grip_model.CRITERION)) for row in range(model.rowCount())]
    assert shown == [labels.criterion(criterion) for criterion in grip.CRITERIA]


def test_swedish_and_danish_say_it_as_their_regions_do():
    sv, da = Labels.for_language("sv", default_profile()), Labels.for_language("da", default_profile())
    # Region Skåne: "förtroendevalda"; a Danish region: "politikere". The rule holds for visits
    # received too, so the decision comes before the *start*, not a departure.
    assert sv.criterion("justification") == "Varje förtroendevalds deltagande är motiverat"
    assert sv.criterion("grip_decision").endswith("före starten")
    assert da.criterion("justification") == "Hver politikers deltagelse er begrundet"
    assert da.criterion("grip_decision").endswith("før starten")


def _messages(lang: str) -> set[tuple[str, str]]:
    root = ET.parse(ts_path(lang)).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_the_window_catalogues_do_not_define_them_again(qapp, lang):
    owned = {WORD_LISTS["en"][list_name(type(value))][value] for value in SHARED}
    titles = {title.replace("{Decision}", "Decision") for title in CRITERIA["en"].values()}
    titles |= {title.replace("{Decision}", "{0}") for title in CRITERIA["en"].values()}
    again = {
        (context, source)
        for context, source in _messages(lang)
        if source in owned | titles and (context, source) not in NOT_THE_WORD
    }
    assert again == set(), f"defined in the core's texts and again in {Path(ts_path(lang)).name}"


def test_one_value_in_two_lists_reads_as_that_list_says():
    """Keyed by list: "official" is a person in one list and a visit in another."""
    sv = Labels.for_language("sv", default_profile())
    assert sv.word(PersonKind.OFFICIAL) == "Tjänsteman"
    assert sv.word(Purpose.OFFICIAL) == "Tjänstemannabesök"
    assert sv.word(PersonKind.OTHER) == "Övrig"
    assert sv.word(CostCategory.OTHER) == "Övrigt"
    assert sv.word(InitiatorKind.POLITICAL) == "Politiskt initiativ"
    assert sv.word(Purpose.POLITICAL) == "Politiskt besök"
    da = Labels.for_language("da", default_profile())
    assert da.word(PersonKind.OFFICIAL) == "Embedsmand"
    assert da.word(Purpose.OFFICIAL) == "Embedsmandsbesøg"
    assert da.word(CostCategory.ACCOMMODATION) == "Overnatning"


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_every_list_has_a_word_for_every_value(lang):
    for enum in LISTS:
        words = WORD_LISTS[lang][list_name(enum)]
        assert set(words) == {value.value for value in enum}, (lang, enum.__name__)
