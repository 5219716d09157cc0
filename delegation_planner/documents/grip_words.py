"""Each GRIP criterion's explanation in Swedish, Danish and English, written from its facts.

The domain (``domain.grip``) gives every criterion a ``reason`` code and the
facts behind it; this module turns them into a sentence in the document's
language, with names joined the language's way ("A, B och C") and dates and
themes as ``Labels`` writes them. A result without a known reason (built by
hand) keeps the domain's English message.

Placeholders: ``{names}`` the politicians, ``{details}`` the short justifications
(each written with ``short_item``), ``{minimum}``, ``{count}``, ``{limit}``,
``{date}``, ``{reference}`` (`` (Dnr …)`` or nothing), ``{start}``, ``{themes}``;
``{body}`` the office's decision body and ``{decision}`` a decision of it (from the office
profile: "GRIP", "GRIP-beslut"; "Forretningsudvalget", "beslutning i Forretningsudvalget"),
``{office}`` the office's name, ``{limit_words}`` the limit in words ("flere end tre").
A key ending in ``.one`` is used instead when exactly one politician or theme is meant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from delegation_planner.documents.labels import Labels
from delegation_planner.domain.grip import CriterionResult

AND = {"sv": "och", "da": "og", "en": "and"}

SENTENCES: dict[str, dict[str, str]] = {
    "sv": {
        "no_politicians": "Inga förtroendevalda från {office} deltar.",
        "short": "Motiveringen är för kort för {details}. Varje förtroendevalds deltagande ska motiveras "
        "med minst {minimum} tecken.",
        "short_item": "{name} ({length} av {minimum} tecken)",
        "justified": "Deltagandet för {names} är motiverat.",
        "not_outbound": "Delegationen är inte utgående.",
        "too_many": "{count} förtroendevalda ({names}) reser; fler än {limit_words} är en stor politisk "
        "delegation, vilket bör undvikas.",
        "too_many.one": "1 förtroendevald ({names}) reser; fler än {limit_words} är en stor politisk "
        "delegation, vilket bör undvikas.",
        "within_limit": "{count} förtroendevalda ({names}), inom gränsen på {limit_words}.",
        "within_limit.one": "1 förtroendevald ({names}), inom gränsen på {limit_words}.",
        "not_business": "Delegationen gäller inte främjande av näringslivet.",
        "no_initiator": "Ingen initiativtagare är registrerad. En näringslivsdelegation med {names} ska "
        "initieras av företag, näringslivsorganisationer eller kluster, inte politiskt.",
        "politically_initiated": "Delegationen har initierats på politiskt initiativ. En näringslivsdelegation "
        "med {names} ska bygga på intresse underifrån, inte vara politiskt initierad.",
        "region_initiated": "Delegationen har initierats av regionen. En näringslivsdelegation med {names} "
        "ska bygga på intresse underifrån, inte vara politiskt initierad.",
        "not_requested": "Initiativtagaren har inte begärt politiskt deltagande, ändå deltar {names}.",
        "requested": "Initierad underifrån; initiativtagaren har begärt politiskt deltagande ({names}).",
        "no_decision": "Inget {decision} är registrerat om deltagandet för {names}.",
        "rejected": "{body} avslog deltagandet för {names} den {date}{reference}.",
        "after_start": "Beslutet i {body}{reference} är daterat {date}, efter delegationens start den {start}; "
        "deltagandet för {names} ska beslutas före starten.",
        "approved": "{body} beviljade deltagandet för {names} den {date}{reference}.",
        "approved_with_conditions": "{body} beviljade deltagandet för {names} med villkor den {date}{reference}.",
        "no_themes": "Inga teman är registrerade, så inget av dem hör till de prioriterade temana.",
        "no_priority_theme": "Inget av temana ({themes}) hör till de prioriterade temana.",
        "priority_themes": "Prioriterade teman: {themes}.",
        "priority_themes.one": "Prioriterat tema: {themes}.",
        "not_a_rule": "Hör inte till {office}s regler.",
    },
    "da": {
        "no_politicians": "Ingen politikere fra {office} deltager.",
        "short": "Begrundelsen er for kort for {details}. Hver politikers deltagelse skal begrundes "
        "med mindst {minimum} tegn.",
        "short_item": "{name} ({length} af {minimum} tegn)",
        "justified": "Deltagelsen af {names} er begrundet.",
        "not_outbound": "Delegationen er ikke udgående.",
        "too_many": "{count} politikere ({names}) rejser; flere end {limit_words} er en stor politisk delegation, "
        "hvilket bør undgås.",
        "too_many.one": "1 politiker ({names}) rejser; flere end {limit_words} er en stor politisk delegation, "
        "hvilket bør undgås.",
        "within_limit": "{count} politikere ({names}), inden for grænsen på {limit_words}.",
        "within_limit.one": "1 politiker ({names}), inden for grænsen på {limit_words}.",
        "not_business": "Delegationen handler ikke om erhvervsfremme.",
        "no_initiator": "Der er ikke registreret nogen initiativtager. En erhvervsdelegation med {names} skal "
        "initieres af virksomheder, erhvervsorganisationer eller klynger, ikke politisk.",
        "politically_initiated": "Delegationen er initieret på politisk initiativ. En erhvervsdelegation "
        "med {names} skal bygge på interesse nedefra, ikke være politisk initieret.",
        "region_initiated": "Delegationen er initieret af regionen. En erhvervsdelegation med {names} "
        "skal bygge på interesse nedefra, ikke være politisk initieret.",
        "not_requested": "Initiativtageren har ikke bedt om politisk deltagelse, alligevel deltager {names}.",
        "requested": "Initieret nedefra; initiativtageren har bedt om politisk deltagelse ({names}).",
        "no_decision": "Der er ikke registreret nogen {decision} om deltagelsen af {names}.",
        "rejected": "{body} afviste deltagelsen af {names} den {date}{reference}.",
        "after_start": "Beslutningen i {body}{reference} er dateret {date}, efter delegationens start den "
        "{start}; deltagelsen af {names} skal besluttes før starten.",
        "approved": "{body} godkendte deltagelsen af {names} den {date}{reference}.",
        "approved_with_conditions": "{body} godkendte på vilkår deltagelsen af {names} den "
        "{date}{reference}.",
        "no_themes": "Der er ikke registreret nogen temaer, så ingen af dem er blandt de prioriterede temaer.",
        "no_priority_theme": "Ingen af temaerne ({themes}) er blandt de prioriterede temaer.",
        "priority_themes": "Prioriterede temaer: {themes}.",
        "priority_themes.one": "Prioriteret tema: {themes}.",
        "not_a_rule": "Indgår ikke i {office}s regler.",
    },
    # The domain's English messages, with dates and themes written as the documents write them.
    "en": {
        "no_politicians": "No politicians of {office} take part.",
        "short": "Justification too short for {details}. Each politician's participation must be "
        "justified in at least {minimum} characters.",
        "short_item": "{name} ({length} of {minimum} characters)",
        "justified": "The participation of {names} is justified.",
        "not_outbound": "Not an outbound delegation.",
        "too_many": "{count} politicians ({names}) travel; more than {limit} is a large political "
        "delegation, which should be avoided.",
        "too_many.one": "1 politician ({names}) travels; more than {limit} is a large political "
        "delegation, which should be avoided.",
        "within_limit": "{count} politicians ({names}), within the limit of {limit}.",
        "within_limit.one": "1 politician ({names}), within the limit of {limit}.",
        "not_business": "Not a business-promotion delegation.",
        "no_initiator": "No initiator is recorded. A business delegation with {names} must be initiated by "
        "companies, business organisations or clusters, not politically.",
        "politically_initiated": "The delegation is initiated by a political initiative. A business "
        "delegation with {names} must rest on interest from below, not be politically initiated.",
        "region_initiated": "The delegation is initiated by the region. A business delegation with {names} "
        "must rest on interest from below, not be politically initiated.",
        "not_requested": "The initiator has not asked for political participation, yet {names} take part.",
        "not_requested.one": "The initiator has not asked for political participation, yet {names} takes part.",
        "requested": "Initiated from below; the initiator asked for political participation ({names}).",
        "no_decision": "No {decision} is recorded for the participation of {names}.",
        "rejected": "{body} rejected the participation of {names} on {date}{reference}.",
        "after_start": "The {decision}{reference} is dated {date}, after the start on {start}; "
        "the participation of {names} must be decided before.",
        "approved": "{body} approved the participation of {names} on {date}{reference}.",
        "approved_with_conditions": "{body} approved with conditions the participation of {names} on "
        "{date}{reference}.",
        "no_themes": "No themes are recorded, so none is among the priority themes.",
        "no_priority_theme": "None of the themes ({themes}) is among the priority themes.",
        "priority_themes": "Priority themes: {themes}.",
        "priority_themes.one": "Priority theme: {themes}.",
        "not_a_rule": "Not one of {office}'s rules.",
    },
}

# Reasons whose sentence counts politicians (or, for the themes, the priority themes).
_COUNTED = {"too_many", "within_limit", "not_requested", "priority_themes"}


def join_names(names: Sequence[str], language: str) -> str:
    """``A``, ``A och B``, ``A, B och C`` (sv); ``og`` (da); ``and`` (en)."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {AND[language]} " + names[-1]


def explain(result: CriterionResult, labels: Labels) -> str:
    """The criterion's explanation in the language of ``labels``."""
    sentences = SENTENCES[labels.language]
    if result.reason not in sentences:
        return result.message
    facts = result.facts
    names = _strings(facts.get("politicians"))
    matching = _strings(facts.get("matching"))
    minimum = _number(facts.get("minimum"), labels)
    details = "; ".join(
        sentences["short_item"].format(name=name, length=_number(length, labels), minimum=minimum)
        for name, length in _pairs(facts.get("short"))
    )
    reference = facts.get("reference")
    body = labels.office.body(labels.language)
    counts_themes = result.reason == "priority_themes"
    values = {
        "names": join_names(names, labels.language),
        "details": details,
        "minimum": minimum,
        "count": _number(facts.get("count"), labels),
        "limit": _number(facts.get("limit"), labels),
        "date": _date(facts.get("date"), labels),
        "reference": f" ({reference})" if isinstance(reference, str) and reference else "",
        "start": _date(facts.get("start"), labels),
        "limit_words": labels.small_number(_int(facts.get("limit"))),
        "body": body.name,
        "decision": body.decision,
        "office": labels.office.name,
        "themes": ", ".join(
            labels.theme(t) for t in (matching if counts_themes else _strings(facts.get("themes")))
        ),
    }
    counted = len(matching) if counts_themes else len(names)
    key = result.reason
    if key in _COUNTED and counted == 1 and f"{key}.one" in sentences:
        key = f"{key}.one"
    text = sentences[key].format(**values)
    return text[:1].upper() + text[1:]


def _strings(value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        return []
    return [str(item) for item in value]


def _pairs(value: object) -> list[tuple[str, object]]:
    if not isinstance(value, Sequence):
        return []
    return [(str(item[0]), item[1]) for item in value if isinstance(item, tuple) and len(item) == 2]


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def _number(value: object, labels: Labels) -> str:
    return labels.number(value) if isinstance(value, int) else ""


def _date(value: object, labels: Labels) -> str:
    return labels.date(value) if isinstance(value, dt.date) else ""


def sentences_by_language() -> Mapping[str, Mapping[str, str]]:
    """For the test that every language explains every reason."""
    return SENTENCES
