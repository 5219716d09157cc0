"""The command line's own messages in Swedish, Danish and English.

The same plain tables as the documents' words (``documents/words.py``): each message is a
code with named facts, rendered in the reader's language (``system_language()``); a test
checks that every language has every code. Numbers, dates and plurals are formatted by
``texts.formatting`` (CLDR), never by hand.
"""

from __future__ import annotations

from delegation_planner.texts.formatting import formatter
from delegation_planner.texts.language import LANGUAGES

MESSAGES: dict[str, dict[str, str]] = {
    "sv": {
        "office": "Kontor",
        "country": "Land",
        "home_region": "Hemregion",
        "decision_body": "Beslutande organ",
        "document_language": "Dokumentspråk",
        "policy": "Policyprofil",
        "criteria": "Kriterier som tillämpas",
        "priority_themes": "Prioriterade teman",
        "letterhead": "Brevmall",
        "letterhead_own": "egen mall ({size})",
        "letterhead_shipped": "programmets mall",
        "checklists": "Checklistor",
        "checklist_counts": "{outbound} punkter före utresa, {inbound} före mottagande",
        "contact_months": "Partner utan kontakt flaggas efter",
        "reference_pattern": "Diarienummer föreslås som",
        "reference_next": "{pattern} (nästa: {next})",
        "now_uses": "{db} använder nu kontorsprofilen för {office}: dokument på {document_language}, "
        "beslut om politiskt deltagande i {body}.",
        "exported": "Kontorsprofilen för {office} skrevs till {path}.",
        "letterhead_kept": "Brevmallen {path} används nu för alla dokument i {db}.",
        "letterhead_cleared": "Dokumenten i {db} skrivs åter på programmets egen mall.",
        "no_profile": "Det finns ingen kontorsprofil eller fil som heter '{name}' "
        "(välj skane, hovedstaden, midtjylland eller en profilfil).",
        "bad_profile": "{path} är ingen användbar kontorsprofil: {reason}.",
        "sv": "svenska",
        "da": "danska",
        "en": "engelska",
    },
    "da": {
        "office": "Kontor",
        "country": "Land",
        "home_region": "Hjemregion",
        "decision_body": "Besluttende organ",
        "document_language": "Dokumentsprog",
        "policy": "Politikprofil",
        "criteria": "Kriterier, der anvendes",
        "priority_themes": "Prioriterede temaer",
        "letterhead": "Brevskabelon",
        "letterhead_own": "egen skabelon ({size})",
        "letterhead_shipped": "programmets skabelon",
        "checklists": "Tjeklister",
        "checklist_counts": "{outbound} punkter før udrejse, {inbound} før modtagelse",
        "contact_months": "Partner uden kontakt markeres efter",
        "reference_pattern": "Journalnumre foreslås som",
        "reference_next": "{pattern} (næste: {next})",
        "now_uses": "{db} bruger nu kontorprofilen for {office}: dokumenter på {document_language}, "
        "beslutninger om politisk deltagelse i {body}.",
        "exported": "Kontorprofilen for {office} blev skrevet til {path}.",
        "letterhead_kept": "Brevskabelonen {path} bruges nu til alle dokumenter i {db}.",
        "letterhead_cleared": "Dokumenterne i {db} skrives igen på programmets egen skabelon.",
        "no_profile": "Der er ingen kontorprofil eller fil med navnet '{name}' "
        "(vælg skane, hovedstaden, midtjylland eller en profilfil).",
        "bad_profile": "{path} er ikke en brugbar kontorprofil: {reason}.",
        "sv": "svensk",
        "da": "dansk",
        "en": "engelsk",
    },
    "en": {
        "office": "Office",
        "country": "Country",
        "home_region": "Home region",
        "decision_body": "Decision body",
        "document_language": "Document language",
        "policy": "Policy profile",
        "criteria": "Criteria applied",
        "priority_themes": "Priority themes",
        "letterhead": "Letterhead",
        "letterhead_own": "the office's own ({size})",
        "letterhead_shipped": "the program's template",
        "checklists": "Checklists",
        "checklist_counts": "{outbound} items before a trip, {inbound} before a visit",
        "contact_months": "Partner flagged after no contact for",
        "reference_pattern": "Document references proposed as",
        "reference_next": "{pattern} (next: {next})",
        "now_uses": "{db} now uses the office profile of {office}: documents in {document_language}, "
        "decisions on political participation by {body}.",
        "exported": "The office profile of {office} was written to {path}.",
        "letterhead_kept": "The letterhead {path} is now used for every document of {db}.",
        "letterhead_cleared": "The documents of {db} are written on the program's own template again.",
        "no_profile": "There is no office profile or file called '{name}' "
        "(choose skane, hovedstaden, midtjylland or a profile file).",
        "bad_profile": "{path} is not a usable office profile: {reason}.",
        "sv": "Swedish",
        "da": "Danish",
        "en": "English",
    },
}


def message(language: str, code: str, **facts: object) -> str:
    """The message ``code`` in ``language`` with its facts put in (numbers as CLDR writes them)."""
    table = MESSAGES[language if language in LANGUAGES else "en"]
    fmt = formatter(language if language in LANGUAGES else "en")
    values = {
        k: fmt.number(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in facts.items()
    }
    return table[code].format(**values)


def messages_by_language() -> dict[str, dict[str, str]]:
    return MESSAGES
