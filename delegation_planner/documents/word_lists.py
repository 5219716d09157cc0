"""The contract's enumerations in words, one list per enumeration, in Swedish, Danish and English.

The one owner of these words: the documents read them through ``Labels.word`` and the
window through ``ui.labels.enums.core_word``, so a visit, a person or a cost never reads
one way on screen and another in the memo. Keyed by list and value, because one value
means different things in different lists: ``other`` is "Övrigt" as a cost and "Övrig"
as a person, ``official`` a kind of person and a purpose of a visit, ``political`` a
purpose and an initiator.

A list's name is its enumeration's class name in snake case (``CostCategory`` ->
``cost_category``), so ``Labels.word`` finds the list from the value alone.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

WordLists = dict[str, dict[str, str]]


@cache  # a year's report asks for thousands of words from a handful of enumerations
def list_name(enum: type[StrEnum]) -> str:
    """``CostCategory`` -> ``cost_category``: the key of the enumeration's word list."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", enum.__name__).lower()


_ORGANISATION_KINDS = {
    "sv": {
        "company": "Företag",
        "business_org": "Näringslivsorganisation",
        "cluster": "Kluster",
        "university": "Universitet",
        "government": "Myndighet",
        "region": "Region",
        "operator": "Operatör",
        "other": "Övrigt",
    },
    "da": {
        "company": "Virksomhed",
        "business_org": "Erhvervsorganisation",
        "cluster": "Klynge",
        "university": "Universitet",
        "government": "Myndighed",
        "region": "Region",
        "operator": "Operatør",
        "other": "Andet",
    },
    "en": {
        "company": "Company",
        "business_org": "Business organisation",
        "cluster": "Cluster",
        "university": "University",
        "government": "Government",
        "region": "Region",
        "operator": "Operator",
        "other": "Other",
    },
}

WORD_LISTS: dict[str, WordLists] = {
    "sv": {
        "direction": {"inbound": "Mottagande", "outbound": "Utresa"},
        "purpose": {
            "business_promotion": "Näringslivsfrämjande",
            # The kind of visit, as "Politiskt besök"; the initiator of the same key is an initiative.
            "political": "Politiskt besök",
            # Region Skåne's own word ("tjänstemannanivå" in its China strategy), as in the report.
            "official": "Tjänstemannabesök",
            "research": "Forskning",
            "exchange": "Utbyte",
            "trade_fair": "Mässa",
            "other": "Övrigt",
        },
        "organisation_kind": _ORGANISATION_KINDS["sv"],
        "initiator_kind": {**_ORGANISATION_KINDS["sv"], "political": "Politiskt initiativ"},
        "person_kind": {
            # Region Skåne's word for its politicians, as in its own decisions.
            "politician": "Förtroendevald",
            "official": "Tjänsteman",
            "business": "Näringslivsrepresentant",
            "researcher": "Forskare",
            "other": "Övrig",
        },
        # Not "Vår sida / Partnerns sida": whose participants they are.
        "side": {"home": "Egna deltagare", "partner": "Partnerns deltagare"},
        "role": {
            "leader": "Delegationsledare",
            "member": "Deltagare",
            "host": "Värd",
            "interpreter": "Tolk",
            "guest": "Gäst",
            "other": "Övrig",
        },
        "cost_category": {
            "travel": "Resor",
            "accommodation": "Logi",
            # A Swedish authority books hosting costs as "representation".
            "hosting": "Representation",
            "gifts": "Gåvor",
            "interpretation": "Tolkning",
            "fees": "Avgifter",
            "other": "Övrigt",
        },
        "follow_up_status": {"open": "Öppen", "done": "Klar", "dropped": "Struken"},
        # A Swedish decision reads "Beslut: Bifall" or "Beslut: Avslag": one pair of nouns.
        "decision_outcome": {
            "approved": "Bifall",
            "approved_with_conditions": "Bifall med villkor",
            "rejected": "Avslag",
        },
        "level": {"pass": "Uppfyllt", "warn": "Bör ses över", "fail": "Ej uppfyllt", "n/a": "Ej tillämpligt"},
        "agreement_scope": {"general": "Övergripande", "thematic": "Tematiskt"},
        "agreement_status": {"draft": "Utkast", "active": "Gällande", "expired": "Upphört"},
        "result_kind": {
            "partnership": "Partnerskap",
            "sale": "Försäljning",
            "agreement_signed": "Avtal undertecknat",
            "investment": "Investering",
            "research_project": "Forskningsprojekt",
            "other": "Övrigt",
        },
    },
    "da": {
        "direction": {"inbound": "Modtagelse", "outbound": "Udrejse"},
        "purpose": {
            "business_promotion": "Erhvervsfremme",
            "political": "Politisk besøg",
            "official": "Embedsmandsbesøg",
            "research": "Forskning",
            "exchange": "Udveksling",
            "trade_fair": "Messe",
            "other": "Andet",
        },
        "organisation_kind": _ORGANISATION_KINDS["da"],
        "initiator_kind": {**_ORGANISATION_KINDS["da"], "political": "Politisk initiativ"},
        "person_kind": {
            "politician": "Politiker",
            # As the purpose says "Embedsmandsbesøg".
            "official": "Embedsmand",
            "business": "Erhvervsrepræsentant",
            "researcher": "Forsker",
            "other": "Anden",
        },
        "side": {"home": "Egne deltagere", "partner": "Partnerens deltagere"},
        "role": {
            "leader": "Delegationsleder",
            "member": "Deltager",
            "host": "Vært",
            "interpreter": "Tolk",
            "guest": "Gæst",
            "other": "Anden",
        },
        "cost_category": {
            "travel": "Rejser",
            "accommodation": "Overnatning",
            "hosting": "Repræsentation",
            "gifts": "Gaver",
            "interpretation": "Tolkning",
            "fees": "Gebyrer",
            "other": "Andet",
        },
        "follow_up_status": {"open": "Åben", "done": "Udført", "dropped": "Opgivet"},
        "decision_outcome": {
            "approved": "Godkendt",
            "approved_with_conditions": "Godkendt med vilkår",
            "rejected": "Ikke godkendt",
        },
        "level": {"pass": "Opfyldt", "warn": "Bør gennemgås", "fail": "Ikke opfyldt", "n/a": "Ikke relevant"},
        "agreement_scope": {"general": "Generel", "thematic": "Tematisk"},
        "agreement_status": {"draft": "Udkast", "active": "Gældende", "expired": "Udløbet"},
        "result_kind": {
            "partnership": "Partnerskab",
            "sale": "Salg",
            "agreement_signed": "Aftale underskrevet",
            "investment": "Investering",
            "research_project": "Forskningsprojekt",
            "other": "Andet",
        },
    },
    "en": {
        "direction": {"inbound": "Inbound", "outbound": "Outbound"},
        "purpose": {
            "business_promotion": "Business promotion",
            "political": "Political visit",
            "official": "Official visit",
            "research": "Research",
            "exchange": "Exchange",
            "trade_fair": "Trade fair",
            "other": "Other",
        },
        "organisation_kind": _ORGANISATION_KINDS["en"],
        "initiator_kind": {**_ORGANISATION_KINDS["en"], "political": "Political initiative"},
        "person_kind": {
            "politician": "Politician",
            "official": "Official",
            "business": "Business",
            "researcher": "Researcher",
            "other": "Other",
        },
        "side": {"home": "Our participants", "partner": "Partner's participants"},
        "role": {
            "leader": "Leader",
            "member": "Member",
            "host": "Host",
            "interpreter": "Interpreter",
            "guest": "Guest",
            "other": "Other",
        },
        "cost_category": {
            "travel": "Travel",
            "accommodation": "Accommodation",
            "hosting": "Hosting",
            "gifts": "Gifts",
            "interpretation": "Interpretation",
            "fees": "Fees",
            "other": "Other",
        },
        "follow_up_status": {"open": "Open", "done": "Done", "dropped": "Dropped"},
        "decision_outcome": {
            "approved": "Approved",
            "approved_with_conditions": "Approved with conditions",
            "rejected": "Rejected",
        },
        "level": {"pass": "Pass", "warn": "Warning", "fail": "Fail", "n/a": "Not applicable"},
        "agreement_scope": {"general": "General", "thematic": "Thematic"},
        "agreement_status": {"draft": "Draft", "active": "Active", "expired": "Expired"},
        "result_kind": {
            "partnership": "Partnership",
            "sale": "Sale",
            "agreement_signed": "Agreement signed",
            "investment": "Investment",
            "research_project": "Research project",
            "other": "Other",
        },
    },
}
