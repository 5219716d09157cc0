"""The documents' words in Swedish, Danish and English, as plain data.

``labels.Labels`` is the only reader; it is kept apart so the formatting code
stays short and a translator can work on this file alone.
"""

from __future__ import annotations

from delegation_planner.documents.word_lists import WORD_LISTS

LANGUAGES = ("sv", "da", "en")

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "en": "January February March April May June July August September October November December",
}

# Word's spell checker needs the language of the text.
WORD_LANGUAGE = {"sv": "sv-SE", "da": "da-DK", "en": "en-GB"}

TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "memo": "Besöksrapport",
        "basis": "Beslutsunderlag för {body}",
        "briefing": "Reseinformation",
        "delegation": "Delegation",
        "title": "Benämning",
        "direction": "Typ av besök",
        "purpose": "Syfte",
        "partner": "Partner",
        "dates": "Datum",
        "themes": "Teman",
        "agreement": "Avtal",
        "grip_decision": "{Decision}",
        "no_grip_decision": "Inget {decision} registrerat",
        "participants": "Deltagare",
        "name": "Namn",
        "position": "Titel",
        "organisation": "Organisation",
        "role": "Roll",
        "email": "E-post",
        "programme": "Program",
        "when": "Tid",
        "item": "Programpunkt",
        "venue": "Plats",
        "counterpart": "Motpart",
        "notes": "Sammanfattning och resultat",
        "follow_up": "Uppföljningspunkter",
        "point": "Åtgärd",
        "owner": "Ansvarig",
        "due": "Senast",
        "status": "Status",
        "costs": "Kostnader",
        "category": "Kategori",
        "currency": "Valuta",
        "planned": "Budget",
        "actual": "Utfall",
        "total": "Summa",
        "none": "Inga uppgifter.",
        "written": "Upprättad {date}",
        "initiator": "Initiativtagare",
        "initiator_kind": "Typ av initiativtagare",
        "asked_for_politicians": "Har begärt politiskt deltagande",
        "yes": "Ja",
        "no": "Nej",
        "unknown": "Okänt",
        "politicians": "Förtroendevalda från {office}",
        "justification": "Motivering",
        "criteria": "Kriterier för politiskt deltagande",
        "criterion": "Kriterium",
        "level": "Bedömning",
        "message": "Förklaring",
        "verdict": "Samlad bedömning",
        "decision_history": "Beslutshistorik",
        "recorded": "Registrerat",
        "decided": "Beslutsdatum",
        "reference": "Diarienummer",
        "outcome": "Beslut",
        "note": "Anteckning",
        "withdrawn": "Beslutet togs bort",
        "side": "Sida",
        "contacts": "Kontakter",
        "open_items": "Öppna punkter på checklistan",
        "checklist_item": "Punkt",
        "no_politicians": "Inga förtroendevalda från {office} deltar.",
        "time_prefix": "",
    },
    "da": {
        "memo": "Besøgsnotat",
        "basis": "Beslutningsgrundlag for {body}",
        "briefing": "Rejseinformation",
        "delegation": "Delegation",
        "title": "Titel",
        "direction": "Besøgstype",
        "purpose": "Formål",
        "partner": "Partner",
        "dates": "Datoer",
        "themes": "Temaer",
        "agreement": "Aftale",
        "grip_decision": "{Decision}",
        "no_grip_decision": "Ingen {decision} registreret",
        "participants": "Deltagere",
        "name": "Navn",
        "position": "Stilling",
        "organisation": "Organisation",
        "role": "Rolle",
        "email": "E-mail",
        "programme": "Program",
        "when": "Tidspunkt",
        "item": "Programpunkt",
        "venue": "Sted",
        "counterpart": "Modpart",
        "notes": "Resumé og resultater",
        "follow_up": "Opfølgningspunkter",
        "point": "Handling",
        "owner": "Ansvarlig",
        "due": "Frist",
        "status": "Status",
        "costs": "Omkostninger",
        "category": "Kategori",
        "currency": "Valuta",
        "planned": "Budget",
        "actual": "Forbrug",
        "total": "I alt",
        "none": "Ingen oplysninger.",
        "written": "Udarbejdet {date}",
        "initiator": "Initiativtager",
        "initiator_kind": "Type initiativtager",
        "asked_for_politicians": "Har bedt om politisk deltagelse",
        "yes": "Ja",
        "no": "Nej",
        "unknown": "Ukendt",
        "politicians": "Politikere fra {office}",
        "justification": "Begrundelse",
        "criteria": "Kriterier for politisk deltagelse",
        "criterion": "Kriterium",
        "level": "Vurdering",
        "message": "Forklaring",
        "verdict": "Samlet vurdering",
        "decision_history": "Beslutningshistorik",
        "recorded": "Registreret",
        "decided": "Beslutningsdato",
        "reference": "Journalnummer",
        "outcome": "Beslutning",
        "note": "Note",
        "withdrawn": "Beslutningen blev fjernet",
        "side": "Side",
        "contacts": "Kontakter",
        "open_items": "Åbne punkter på tjeklisten",
        "checklist_item": "Punkt",
        "no_politicians": "Ingen politikere fra {office} deltager.",
        "time_prefix": "kl. ",
    },
    "en": {
        "memo": "Visit memo",
        "basis": "Decision basis for {body}",
        "briefing": "Pre-trip briefing",
        "delegation": "Delegation",
        "title": "Title",
        "direction": "Direction",
        "purpose": "Purpose",
        "partner": "Partner",
        "dates": "Dates",
        "themes": "Themes",
        "agreement": "Agreement",
        "grip_decision": "{Decision}",
        "no_grip_decision": "No {decision} recorded",
        "participants": "Participants",
        "name": "Name",
        "position": "Title",
        "organisation": "Organisation",
        "role": "Role",
        "email": "E-mail",
        "programme": "Programme",
        "when": "When",
        "item": "Item",
        "venue": "Venue",
        "counterpart": "Counterpart",
        "notes": "Summary and results",
        "follow_up": "Follow-up points",
        "point": "Action",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
        "costs": "Costs",
        "category": "Category",
        "currency": "Currency",
        "planned": "Planned",
        "actual": "Actual",
        "total": "Total",
        "none": "None recorded.",
        "written": "Written {date}",
        "initiator": "Initiator",
        "initiator_kind": "Kind of initiator",
        "asked_for_politicians": "Asked for political participation",
        "yes": "Yes",
        "no": "No",
        "unknown": "Unknown",
        "politicians": "Politicians of {office}",
        "justification": "Justification",
        "criteria": "Criteria for political participation",
        "criterion": "Criterion",
        "level": "Level",
        "message": "Explanation",
        "verdict": "Verdict",
        "decision_history": "Decision history",
        "recorded": "Recorded",
        "decided": "Decided",
        "reference": "Reference",
        "outcome": "Outcome",
        "note": "Note",
        "withdrawn": "Decision withdrawn",
        "side": "Side",
        "contacts": "Contacts",
        "open_items": "Open checklist items",
        "checklist_item": "Item",
        "no_politicians": "No politicians of {office} take part.",
        "time_prefix": "",
    },
}

# Enum values in words, one list per enumeration (``WORDS[language][list][value]``), kept in
# their own file: the window reads them too, through ``ui.labels.enums.core_word``.
WORDS = WORD_LISTS

CRITERIA: dict[str, dict[str, str]] = {
    "sv": {
        # Region Skåne's word for its politicians, as in its own decisions.
        "justification": "Varje förtroendevalds deltagande är motiverat",
        "delegation_size": "Ingen stor politisk delegation",
        "bottom_up": "Initierad underifrån (näringslivsfrämjande)",
        # Not "avresa": the rule holds for visits received too, where nobody departs (contract §2).
        "grip_decision": "{Decision} före starten",
        "theme_priority": "Inom regionens prioriterade teman",
    },
    "da": {
        "justification": "Hver politikers deltagelse er begrundet",
        "delegation_size": "Ingen stor politisk delegation",
        "bottom_up": "Initieret nedefra (erhvervsfremme)",
        "grip_decision": "{Decision} før starten",
        "theme_priority": "Inden for regionens prioriterede temaer",
    },
    "en": {
        "justification": "Each politician's participation is justified",
        "delegation_size": "No large political delegation",
        "bottom_up": "Initiated from below (business promotion)",
        "grip_decision": "{Decision} before the start",
        "theme_priority": "Within the region's priority themes",
    },
}

# The default priority themes in words; any other theme falls back to its identifier made readable.
THEMES: dict[str, dict[str, str]] = {
    "sv": {
        "life_science": "Life science",
        "ict": "IKT",
        "material_science": "Materialvetenskap",
        "food": "Livsmedel",
        "packaging": "Förpackningar",
        "health_care": "Hälso- och sjukvård",
        "medical_research": "Medicinsk forskning",
        "innovation": "Innovation",
        "environmental_tech": "Miljöteknik",
        "sustainable_cities": "Hållbara städer",
    },
    "da": {
        "life_science": "Life science",
        "ict": "IKT",
        "material_science": "Materialevidenskab",
        "food": "Fødevarer",
        "packaging": "Emballage",
        "health_care": "Sundhedsvæsen",
        "medical_research": "Medicinsk forskning",
        "innovation": "Innovation",
        "environmental_tech": "Miljøteknologi",
        "sustainable_cities": "Bæredygtige byer",
    },
    "en": {"ict": "ICT"},
}

# The annual report's texts, kept together so a translator finds them in one place;
# merged into TEXTS below. ``{year}``, ``{partner}`` … are filled in by the report.
# Small numbers in words, as both languages' style guides write them in running text ("flere end tre").
NUMBER_WORDS = {
    "sv": "noll en två tre fyra fem sex sju åtta nio tio elva tolv",
    "da": "nul en to tre fire fem seks syv otte ni ti elleve tolv",
    "en": "none one two three four five six seven eight nine ten eleven twelve",
}

# Imported here: the report's words and the plural forms are plain data kept in their own file for length.
from delegation_planner.documents.words_report import PLURAL_TEXTS, REPORT_TEXTS  # noqa: E402

for _language in LANGUAGES:
    TEXTS[_language].update(REPORT_TEXTS[_language])
    TEXTS[_language].update(PLURAL_TEXTS[_language])

# Imported last: the authority texts are plain data kept in their own file for length.
from delegation_planner.documents.words_authority import AUTHORITY_TEXTS  # noqa: E402

for _language in LANGUAGES:
    TEXTS[_language].update(AUTHORITY_TEXTS[_language])
