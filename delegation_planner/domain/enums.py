"""The enumerations of contract §4, as string enums whose values are the file's words."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    COMPANY = "company"
    BUSINESS_ORG = "business_org"
    CLUSTER = "cluster"
    UNIVERSITY = "university"
    GOVERNMENT = "government"
    REGION = "region"
    OPERATOR = "operator"
    OTHER = "other"


class PersonKind(StrEnum):
    POLITICIAN = "politician"
    OFFICIAL = "official"
    BUSINESS = "business"
    RESEARCHER = "researcher"
    OTHER = "other"


class InitiatorKind(StrEnum):
    """The organisation kinds plus ``political`` (a politically initiated trip)."""

    COMPANY = "company"
    BUSINESS_ORG = "business_org"
    CLUSTER = "cluster"
    UNIVERSITY = "university"
    GOVERNMENT = "government"
    REGION = "region"
    OPERATOR = "operator"
    OTHER = "other"
    POLITICAL = "political"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class Purpose(StrEnum):
    BUSINESS_PROMOTION = "business_promotion"
    POLITICAL = "political"
    OFFICIAL = "official"
    RESEARCH = "research"
    EXCHANGE = "exchange"
    TRADE_FAIR = "trade_fair"
    OTHER = "other"


class Side(StrEnum):
    HOME = "home"
    PARTNER = "partner"


class Role(StrEnum):
    LEADER = "leader"
    MEMBER = "member"
    HOST = "host"
    INTERPRETER = "interpreter"
    GUEST = "guest"
    OTHER = "other"


class CostCategory(StrEnum):
    TRAVEL = "travel"
    ACCOMMODATION = "accommodation"
    HOSTING = "hosting"
    GIFTS = "gifts"
    INTERPRETATION = "interpretation"
    FEES = "fees"
    OTHER = "other"


class AgreementScope(StrEnum):
    GENERAL = "general"
    THEMATIC = "thematic"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRED = "expired"


class DecisionOutcome(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REJECTED = "rejected"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ResultKind(StrEnum):
    """What a visit led to: the proof of value an annual report traces back to visits."""

    PARTNERSHIP = "partnership"
    SALE = "sale"
    AGREEMENT_SIGNED = "agreement_signed"
    INVESTMENT = "investment"
    RESEARCH_PROJECT = "research_project"
    OTHER = "other"


class Level(StrEnum):
    """A GRIP criterion's level; ordered by ``severity`` for the verdict."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    NOT_APPLICABLE = "n/a"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @property
    def symbol(self) -> str:
        """Shown before the level's word in the window and the documents, so that a level
        reads without colour (in grey print, or to someone who cannot tell red from green)."""
        return _SYMBOLS[self]


_SEVERITY = {Level.NOT_APPLICABLE: 0, Level.PASS: 1, Level.WARN: 2, Level.FAIL: 3}
_SYMBOLS = {Level.PASS: "✔", Level.WARN: "⚠", Level.FAIL: "✖", Level.NOT_APPLICABLE: "–"}


class AgreementKind(StrEnum):
    LETTER_OF_INTENT = "letter_of_intent"
    MEMORANDUM_OF_UNDERSTANDING = "memorandum_of_understanding"
    BINDING_AGREEMENT = "binding_agreement"


class RenewalDecision(StrEnum):
    """What the office decided about an agreement nearing its expiry."""

    RENEW = "renew"
    RENEGOTIATE = "renegotiate"
    LET_EXPIRE = "let_expire"
