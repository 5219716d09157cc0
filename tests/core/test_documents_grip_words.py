"""Each GRIP criterion's explanation in the document's language, from the domain's reasons and facts."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from delegation_planner.documents.basis import write_basis
from delegation_planner.documents.bundle import load_delegation_bundle
from delegation_planner.documents.grip_words import explain, join_names, sentences_by_language
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.words import LANGUAGES
from delegation_planner.domain.enums import (
    DecisionOutcome,
    Direction,
    InitiatorKind,
    Level,
    PersonKind,
    Purpose,
    Role,
    Side,
)
from delegation_planner.domain.grip import REASONS, CriterionResult, evaluate
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import GripDecision, Initiator, Participant, Person
from delegation_planner.storage import repository
from tests.core import factories
from tests.helpers.documents import KEY, delegation, rows_of, store, table_after

TODAY = dt.date(2026, 3, 20)
BO = "Bo Ærø Østergård"
CAI = "蔡明 (Cai Ming)"
LONG = "Signs the thematic agreement with the vice governor."


def _many_reasons(db: Database) -> None:
    """Four home politicians (two with too short a justification), politically initiated,
    rejected by GRIP, and no priority theme among its themes."""
    repository.save_person(db, Person("bo", BO, PersonKind.POLITICIAN, "Regionsrådsmedlem"))
    repository.save_person(db, Person("cai", CAI, PersonKind.POLITICIAN, "Councillor"))
    repository.save_person(db, Person("karin", "Karin Lindqvist", PersonKind.POLITICIAN))
    record = delegation(
        themes=["tourism", "ice_hockey"],
        initiator=Initiator(InitiatorKind.POLITICAL),
        grip_decision=GripDecision(dt.date(2026, 4, 1), DecisionOutcome.REJECTED, "Dnr 2026-000456", ""),
        participants=[
            Participant("chair", Side.HOME, Role.LEADER, LONG),
            Participant("bo", Side.HOME, Role.MEMBER, "Kontakter i Nanjing"),
            Participant("cai", Side.HOME, Role.MEMBER, "翻译和联络"),
            Participant("karin", Side.HOME, Role.MEMBER, LONG),
            Participant("wang", Side.PARTNER, Role.HOST),
        ],
    )
    store(db, record)


EXPECTED = {
    "sv": [
        f"Motiveringen är för kort för {BO} (19 av 20 tecken); {CAI} (5 av 20 tecken). "
        "Varje förtroendevalds deltagande ska motiveras med minst 20 tecken.",
        f"4 förtroendevalda (Anna Svensson, {BO}, {CAI} och Karin Lindqvist) reser; fler än tre är en stor "
        "politisk delegation, vilket bör undvikas.",
        f"Delegationen har initierats på politiskt initiativ. En näringslivsdelegation med Anna Svensson, "
        f"{BO}, {CAI} och Karin Lindqvist ska bygga på intresse underifrån, inte vara politiskt initierad.",
        f"GRIP avslog deltagandet för Anna Svensson, {BO}, {CAI} och Karin Lindqvist "
        "den 1 april 2026 (Dnr 2026-000456).",
        "Inget av temana (Turism, Ice hockey) hör till de prioriterade temana.",
    ],
    "da": [
        f"Begrundelsen er for kort for {BO} (19 af 20 tegn); {CAI} (5 af 20 tegn). "
        "Hver politikers deltagelse skal begrundes med mindst 20 tegn.",
        f"4 politikere (Anna Svensson, {BO}, {CAI} og Karin Lindqvist) rejser; flere end tre er en stor "
        "politisk delegation, hvilket bør undgås.",
        f"Delegationen er initieret på politisk initiativ. En erhvervsdelegation med Anna Svensson, "
        f"{BO}, {CAI} og Karin Lindqvist skal bygge på interesse nedefra, ikke være politisk initieret.",
        f"GRIP afviste deltagelsen af Anna Svensson, {BO}, {CAI} og Karin Lindqvist "
        "den 1. april 2026 (Dnr 2026-000456).",
        "Ingen af temaerne (Turisme, Ice hockey) er blandt de prioriterede temaer.",
    ],
    "en": [
        f"Justification too short for {BO} (19 of 20 characters); {CAI} (5 of 20 characters). "
        "Each politician's participation must be justified in at least 20 characters.",
        f"4 politicians (Anna Svensson, {BO}, {CAI} and Karin Lindqvist) travel; more than 3 is a large "
        "political delegation, which should be avoided.",
        f"The delegation is initiated by a political initiative. A business delegation with Anna Svensson, "
        f"{BO}, {CAI} and Karin Lindqvist must rest on interest from below, not be politically initiated.",
        f"GRIP rejected the participation of Anna Svensson, {BO}, {CAI} and Karin Lindqvist "
        "on 1 April 2026 (Dnr 2026-000456).",
        "None of the themes (Tourism, Ice hockey) is among the priority themes.",
    ],
}

# Words that only an English explanation would contain.
ENGLISH = {
    "the",
    "of",
    "is",
    "participation",
    "justification",
    "politicians",
    "initiated",
    "themes",
    "rejected",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_basis_explains_each_criterion_in_the_documents_language(
    db: Database, tmp_path: Path, lang: str
) -> None:
    _many_reasons(db)
    labels = Labels.for_language(lang)
    document = docx.Document(str(write_basis(db, KEY, tmp_path / f"b-{lang}.docx", lang, today=TODAY)))
    rows = rows_of(table_after(document, labels["criteria"]))[1:]
    assert [row[2] for row in rows] == EXPECTED[lang]
    assert [row[1] for row in rows] == [
        labels.level("fail"),
        labels.level("warn"),
        labels.level("fail"),
        labels.level("fail"),
        labels.level("warn"),
    ]
    if lang != "en":
        messages = {c.message for c in load_delegation_bundle(db, KEY).grip.criteria}
        texts = {p.text for p in document.paragraphs} | {
            c.text for t in document.tables for r in t.rows for c in r.cells
        }
        assert not messages & texts, "an English domain message reached the document"
        words = {w.lower() for row in rows for w in re.findall(r"[A-Za-z']+", row[2])}
        assert not words & ENGLISH, f"English in a {lang} explanation: {words & ENGLISH}"


def _results_for_every_case() -> list[CriterionResult]:
    """The criteria of a spread of delegations wide enough to reach every reason the domain gives."""
    people = {
        "a": factories.person("a", name="Anna Svensson"),
        "b": factories.person("b", name=BO),
        "c": factories.person("c", name=CAI),
        "d": factories.person("d", name="Dan"),
        "o": factories.person("o", PersonKind.OFFICIAL),
    }
    groups = [[], ["a"], ["a", "b"], ["a", "b", "c", "d"]]
    initiators = [
        None,
        Initiator(InitiatorKind.POLITICAL),
        Initiator(InitiatorKind.REGION, "r", True),
        Initiator(InitiatorKind.CLUSTER, "c", None),
        Initiator(InitiatorKind.COMPANY, "c", True),
    ]
    start = factories.START
    decisions = [
        None,
        GripDecision(start - dt.timedelta(days=3), DecisionOutcome.APPROVED, "Dnr 1"),
        GripDecision(start + dt.timedelta(days=3), DecisionOutcome.APPROVED, ""),
        GripDecision(start, DecisionOutcome.REJECTED, "X"),
        GripDecision(start, DecisionOutcome.APPROVED_WITH_CONDITIONS, ""),
    ]
    themes = [[], ["tourism"], ["life_science"], ["ict", "food", "tourism"]]
    results: list[CriterionResult] = []
    for group, justification, initiator, decision, theme, direction, purpose in itertools.product(
        groups,
        ["", "A long enough justification for the trip."],
        initiators,
        decisions,
        themes,
        list(Direction),
        [Purpose.BUSINESS_PROMOTION, Purpose.POLITICAL],
    ):
        record = factories.delegation(
            participants=[factories.participant(k, justification) for k in group],
            initiator=initiator,
            grip_decision=decision,
            themes=theme,
            direction=direction,
            purpose=purpose,
        )
        results.extend(evaluate(record, people, PolicyProfile()).criteria)
    # An office whose policy leaves criteria out (a Danish region without the bottom-up rule).
    results.extend(evaluate(record, people, PolicyProfile(criteria=["justification"])).criteria)
    return results


def _listed(result: CriterionResult, key: str) -> list[str]:
    value = result.facts.get(key, ())
    assert isinstance(value, tuple)
    return [str(item) for item in value]


def test_every_reason_the_domain_gives_has_a_sentence_in_every_language() -> None:
    results = _results_for_every_case()
    assert {r.reason for r in results} == set(REASONS)
    allowed = set(REASONS) | {f"{r}.one" for r in REASONS} | {"short_item"}
    for lang, sentences in sentences_by_language().items():
        assert set(REASONS) <= set(sentences), f"{lang} lacks {set(REASONS) - set(sentences)}"
        assert set(sentences) <= allowed, f"{lang} has unknown keys {set(sentences) - allowed}"
    for lang in LANGUAGES:
        labels = Labels.for_language(lang)
        for result in results:
            text = explain(result, labels)
            assert text and "{" not in text and "}" not in text
            assert text != result.message or lang == "en"
            if result.reason not in ("not_outbound", "not_business"):
                assert all(name in text for name in _listed(result, "politicians"))


def test_english_explanations_say_what_the_domain_says() -> None:
    """The documents' English differs from the command line's only in how dates and themes are written."""
    labels = Labels.for_language("en")
    for result in _results_for_every_case():
        expected = result.message
        for key in ("date", "start"):
            value = result.facts.get(key)
            if isinstance(value, dt.date):
                expected = expected.replace(value.isoformat(), labels.date(value))
        for theme in _listed(result, "themes"):
            expected = expected.replace(theme, labels.theme(theme))
        # The documents name the office where the core says "home-side" / "this office".
        expected = expected.replace("home-side politicians", "politicians of Region Skåne")
        expected = expected.replace("this office's rules", "Region Skåne's rules")
        assert explain(result, labels) == expected


def test_a_result_without_a_reason_keeps_the_domain_message() -> None:
    result = CriterionResult("justification", Level.PASS, "Hand-written.")
    assert explain(result, Labels.for_language("sv")) == "Hand-written."


def test_names_are_joined_the_languages_way() -> None:
    assert join_names(["A", "B", "C"], "sv") == "A, B och C"
    assert join_names(["A", "B"], "da") == "A og B"
    assert join_names(["A"], "en") == "A"
