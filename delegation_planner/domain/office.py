"""The office profile: who the office is, beside the policy profile (what its rules are).

An office has a name ("Region Hovedstaden"), a country and home region, a decision
body that decides on politicians' participation (GRIP in Region Skåne,
Forretningsudvalget in Region Hovedstaden), a default language for its documents,
a letterhead template, labels for its themes in each language, its checklist
templates, how its records are kept (the pattern its document references are proposed
from, and after how many months without contact a partner is flagged). Nothing else in the program may assume Region Skåne: every text that
names the office or its decision body asks this profile.

A profile travels as a small JSON file (``delegation-planner-office/1``) so an office
can hand its profile to another; three are shipped, drawn from the source documents.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

from delegation_planner.domain.checklist import ChecklistItem, default_template
from delegation_planner.domain.contacts import DEFAULT_CONTACT_MONTHS
from delegation_planner.domain.enums import Direction
from delegation_planner.domain.policy import CRITERIA, PolicyProfile
from delegation_planner.domain.references import DEFAULT_REFERENCE_PATTERN, pattern_problem
from delegation_planner.texts.catalogue import tr

OFFICE_FORMAT = "delegation-planner-office/1"
LANGUAGES = ("sv", "da", "en")
SHIPPED = ("skane", "hovedstaden", "midtjylland")
DEFAULT_OFFICE = "skane"

# A letterhead is a Word file of a few hundred kilobytes; a register is no place for more.
MAX_LETTERHEAD_BYTES = 10 * 1024 * 1024
MAX_CONTACT_MONTHS = 120


class OfficeProfileError(ValueError):
    """A profile file that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class DecisionBody:
    """How one language names the body that decides on politicians' participation.

    ``name`` stands as a sentence's subject ("GRIP", "Forretningsudvalget"), ``full_name``
    on a decision basis' title page, ``decision`` is "a decision of it" as a noun phrase
    that reads after "No" / "Inget" / "nogen" ("GRIP decision", "GRIP-beslut",
    "beslutning i Forretningsudvalget").
    """

    name: str
    full_name: str
    decision: str


@dataclass
class OfficeProfile:
    """What makes the program one office's: its region, language, decision bodies, policy, themes."""

    key: str
    name: str
    country: str
    home_region: str
    document_language: str
    decision_body: dict[str, DecisionBody]
    policy: PolicyProfile
    # Labels of the themes the office uses, each in every language, in the office's order.
    themes: dict[str, dict[str, str]] = field(default_factory=dict)
    # Checklist templates per direction and language; empty means the shipped defaults.
    checklists: dict[str, dict[str, list[ChecklistItem]]] = field(default_factory=dict)
    letterhead: bytes | None = None
    # A partner not heard from (no visit, no logged contact) for this many months is flagged.
    contact_months: int = DEFAULT_CONTACT_MONTHS
    # What the next document reference is proposed from (see domain.references). A profile
    # file without one (written before profiles carried it) keeps the program's old default.
    reference_pattern: str = DEFAULT_REFERENCE_PATTERN

    def body(self, language: str) -> DecisionBody:
        return self.decision_body.get(language) or self.decision_body["en"]

    def theme_label(self, key: str, language: str) -> str | None:
        labels = self.themes.get(key)
        return labels.get(language) or labels.get("en") if labels else None

    def checklist_template(self, direction: Direction, language: str) -> list[ChecklistItem]:
        """The office's template in ``language``: its own, else the shipped one naming its body."""
        own = self.checklists.get(direction.value, {}).get(language)
        if own is not None:
            return [replace(item) for item in own]
        return default_template(direction, language, self.body(language).decision)


# --- the file ------------------------------------------------------------------------------


def profile_to_json(profile: OfficeProfile) -> str:
    """The profile as the office file; export -> import gives the same profile."""
    data: dict[str, Any] = {
        "format": OFFICE_FORMAT,
        "key": profile.key,
        "name": profile.name,
        "country": profile.country,
        "home_region": profile.home_region,
        "document_language": profile.document_language,
        "decision_body": {
            lang: {"name": b.name, "full_name": b.full_name, "decision": b.decision}
            for lang, b in profile.decision_body.items()
        },
        "policy": {
            "name": profile.policy.name,
            "min_justification_chars": profile.policy.min_justification_chars,
            "max_politicians_outbound": profile.policy.max_politicians_outbound,
            "min_follow_up_points": profile.policy.min_follow_up_points,
            "priority_themes": list(profile.policy.priority_themes),
            "criteria": list(profile.policy.criteria),
        },
        "themes": [{"key": key, "labels": labels} for key, labels in profile.themes.items()],
        "contact_months": profile.contact_months,
        "reference_pattern": profile.reference_pattern,
    }
    if profile.checklists:
        data["checklists"] = {
            direction: {lang: [_item_json(item) for item in items] for lang, items in by_language.items()}
            for direction, by_language in profile.checklists.items()
        }
    if profile.letterhead is not None:
        data["letterhead"] = base64.b64encode(profile.letterhead).decode("ascii")
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _item_json(item: ChecklistItem) -> dict[str, object]:
    out: dict[str, object] = {"text": item.text, "days_before": item.days_before}
    if item.owner:
        out["owner"] = item.owner
    if item.auto:
        out["auto"] = item.auto
    return out


def profile_from_json(text: str) -> OfficeProfile:
    """Read an office file; OfficeProfileError with the place of the first problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise OfficeProfileError(
            tr("not a JSON file ({msg} at line {lineno})", msg=error.msg, lineno=error.lineno)
        ) from error
    reader = _Reader(data, "")
    if reader.text("format") != OFFICE_FORMAT:
        raise OfficeProfileError(tr("format: expected '{office_format}'", office_format=OFFICE_FORMAT))
    language = reader.text("document_language")
    if language not in LANGUAGES:
        raise OfficeProfileError(
            tr(
                "document_language: one of {choices}, not '{language}'",
                choices=", ".join(LANGUAGES),
                language=language,
            )
        )
    bodies = reader.mapping("decision_body")
    given = [lang for lang in LANGUAGES if lang in bodies]
    if not given:
        raise OfficeProfileError(tr("decision_body: name the decision body in sv, da or en"))
    decision_body = {}
    for lang in LANGUAGES:
        # A language the file leaves out borrows the office's own language's names.
        source = lang if lang in bodies else (language if language in bodies else given[0])
        body = _Reader(bodies.get(source), f"decision_body.{source}")
        decision_body[lang] = DecisionBody(body.text("name"), body.text("full_name"), body.text("decision"))
    policy_data = _Reader(reader.mapping("policy"), "policy")
    criteria = policy_data.strings("criteria")
    unknown = [c for c in criteria if c not in CRITERIA]
    if unknown:
        raise OfficeProfileError(tr("policy.criteria: unknown criterion '{value}'", value=unknown[0]))
    policy = PolicyProfile(
        name=policy_data.text("name"),
        min_justification_chars=policy_data.number("min_justification_chars", 0, 10_000),
        max_politicians_outbound=policy_data.number("max_politicians_outbound", 0, 1_000),
        priority_themes=policy_data.strings("priority_themes"),
        min_follow_up_points=policy_data.number("min_follow_up_points", 0, 1_000),
        criteria=criteria,
    )
    themes: dict[str, dict[str, str]] = {}
    for index, entry in enumerate(reader.items("themes")):
        theme = _Reader(entry, f"themes[{index}]")
        labels = _Reader(theme.mapping("labels"), f"themes[{index}].labels")
        known = [lang for lang in LANGUAGES if labels.data.get(lang)]
        if not known:
            raise OfficeProfileError(
                tr("themes[{index}].labels: a label in sv, da or en is required", index=index)
            )
        themes[theme.text("key")] = {
            lang: labels.text(lang if lang in known else known[0]) for lang in LANGUAGES
        }
    checklists: dict[str, dict[str, list[ChecklistItem]]] = {}
    for direction, by_language in dict(data.get("checklists") or {}).items():
        if direction not in {d.value for d in Direction}:
            raise OfficeProfileError(tr("checklists: unknown direction '{direction}'", direction=direction))
        for lang, items in _Reader(by_language, f"checklists.{direction}").data.items():
            if lang not in LANGUAGES:
                raise OfficeProfileError(
                    tr("checklists.{direction}: unknown language '{lang}'", direction=direction, lang=lang)
                )
            checklists.setdefault(direction, {})[lang] = [
                _item_from(_Reader(item, f"checklists.{direction}.{lang}[{i}]"))
                for i, item in enumerate(_as_list(items, f"checklists.{direction}.{lang}"))
            ]
    contact_months = (
        reader.number("contact_months", 1, MAX_CONTACT_MONTHS)
        if "contact_months" in data
        else DEFAULT_CONTACT_MONTHS
    )
    reference_pattern = DEFAULT_REFERENCE_PATTERN
    if "reference_pattern" in data:
        reference_pattern = reader.text("reference_pattern")
        problem = pattern_problem(reference_pattern)
        if problem is not None:
            raise OfficeProfileError(tr("reference_pattern: {problem}", problem=problem))
    letterhead = None
    if data.get("letterhead"):
        try:
            letterhead = base64.b64decode(reader.text("letterhead"), validate=True)
        except (binascii.Error, ValueError) as error:
            raise OfficeProfileError(tr("letterhead: not a base64-encoded Word file")) from error
        if len(letterhead) > MAX_LETTERHEAD_BYTES:
            raise OfficeProfileError(tr("letterhead: larger than 10 MB"))
    return OfficeProfile(
        key=str(data.get("key") or ""),
        name=reader.text("name"),
        country=reader.text("country").upper(),
        home_region=reader.text("home_region"),
        document_language=language,
        decision_body=decision_body,
        policy=policy,
        themes=themes,
        checklists=checklists,
        letterhead=letterhead,
        contact_months=contact_months,
        reference_pattern=reference_pattern,
    )


def _item_from(reader: _Reader) -> ChecklistItem:
    auto = reader.data.get("auto")
    return ChecklistItem(
        text=reader.text("text"),
        owner=str(reader.data.get("owner") or ""),
        days_before=reader.number("days_before", -3650, 3650),
        auto=str(auto) if auto else None,
    )


def _as_list(value: object, place: str) -> list[object]:
    if not isinstance(value, list):
        raise OfficeProfileError(tr("{place}: expected a list", place=place))
    return value


class _Reader:
    """Fields of one JSON object, each refused with its place when missing or of the wrong kind."""

    def __init__(self, data: object, place: str) -> None:
        if not isinstance(data, dict):
            raise OfficeProfileError(tr("{value}: expected an object", value=place or "file"))
        self.data: dict[str, Any] = data
        self.place = place

    def _where(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise OfficeProfileError(tr("{place}: a text is required", place=self._where(key)))
        return value.strip()

    def number(self, key: str, low: int, high: int) -> int:
        value = self.data.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise OfficeProfileError(
                tr(
                    "{place}: a whole number from {low} to {high} is required",
                    place=self._where(key),
                    low=low,
                    high=high,
                )
            )
        return value

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise OfficeProfileError(tr("{place}: a list of texts is required", place=self._where(key)))
        return [v.strip() for v in value]

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise OfficeProfileError(tr("{place}: expected an object", place=self._where(key)))
        return value

    def items(self, key: str) -> list[object]:
        return _as_list(self.data.get(key, []), self._where(key))


# --- the shipped profiles -----------------------------------------------------------------


def shipped_profile(key: str) -> OfficeProfile:
    """One of the profiles that come with the program (``skane``, ``hovedstaden``, ``midtjylland``)."""
    if key not in SHIPPED:
        raise OfficeProfileError(
            tr(
                "there is no shipped office profile '{key}' (choose {choices})",
                key=key,
                choices=", ".join(SHIPPED),
            )
        )
    return profile_from_json(_shipped_text(key))


@cache
def _shipped_text(key: str) -> str:
    return resources.files("delegation_planner.offices").joinpath(f"{key}.json").read_text("utf-8")


def default_profile() -> OfficeProfile:
    return shipped_profile(DEFAULT_OFFICE)


@cache
def decision_item_texts() -> frozenset[str]:
    """The "decision recorded" checklist item as the program has written it for any shipped
    office in any language, so it can follow the office's own body wherever it stands."""
    found = {"GRIP decision recorded"}
    for key in SHIPPED:
        profile = shipped_profile(key)
        for language in LANGUAGES:
            found.add(default_template(Direction.OUTBOUND, language, profile.body(language).decision)[1].text)
    return frozenset(found)
