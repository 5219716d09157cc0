"""The words the window and the documents share have one owner, the core's document texts:
criterion titles, verdict (level) words, decision outcomes, directions and purposes. The
window shows them in its language; its own catalogues must not define them a second time."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegation_planner.documents.labels import Labels
from delegation_planner.documents.words import CRITERIA, WORDS
from delegation_planner.domain import grip
from delegation_planner.domain.enums import DecisionOutcome, Direction, Level, Purpose
from delegation_planner.domain.office import default_profile
from delegation_planner.storage import repository
from delegation_planner.ui import language
from delegation_planner.ui.labels import enums, verdicts
from delegation_planner.ui.models import grip_model
from delegation_planner.ui.translations_build import ts_path
from tests.ui.editor_fixtures import seed_delegation

SHARED = [*Level, *DecisionOutcome, *Direction, *Purpose]


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


def _sources(lang: str) -> set[str]:
    root = ET.parse(ts_path(lang)).getroot()
    return {m.findtext("source") or "" for m in root.iter("message")}


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_the_window_catalogues_do_not_define_them_again(qapp, lang):
    english = WORDS["en"]
    # "Other" and "Official" also name a kind of person or organisation, which the window owns.
    window_own = {
        word
        for choices in (enums.organisation_kinds, enums.person_kinds, enums.roles, enums.cost_categories)
        for word, _value in choices()
    }
    owned = {english[str(value)] for value in SHARED} - window_own
    titles = {title.replace("{Decision}", "Decision") for title in CRITERIA["en"].values()}
    titles |= {title.replace("{Decision}", "{0}") for title in CRITERIA["en"].values()}
    again = (owned | titles) & _sources(lang)
    assert again == set(), f"defined in the core's texts and again in {Path(ts_path(lang)).name}"
