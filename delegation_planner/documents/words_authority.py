"""The documents' words for what an authority's document carries, in sv, da and en.

Page facts (date, reference, case officer), captions, the decision a body is
asked to take and the box it is taken in, the briefing's decision warning,
emergency contacts and time difference, and the report's "as of" parts. Merged
into ``words.TEXTS``; written as a Swedish region's and a Danish region's
documents write them (tjänsteskrivelse, Förslag till beslut; notat, Indstilling).
``{…}`` are filled in by the documents.
"""

from __future__ import annotations

AUTHORITY_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "table_word": "Tabell",
        "fact_item": "Uppgift",
        "fact_details": "Innehåll",
        "figure_word": "Figur",
        "date_label": "Datum",
        "reference_prefix": "Dnr",
        "officer": "Handläggare",
        "conditions": "Villkor",
        "decision_rejected": (
            "OBS! {body} har avslagit politiskt deltagande i denna delegation ({described}). "
            "De förtroendevalda nedan har inte fått sitt deltagande beviljat."
        ),
        "decision_missing": (
            "OBS! Inget {decision} är registrerat. De förtroendevalda nedan har ännu inte fått sitt deltagande beviljat."
        ),
        "decision_late": "OBS! Beslutet fattades efter delegationens start ({described}).",
        "decision_approved": "{body} har beviljat politiskt deltagande ({described}).",
        "purpose_and_results": "Syfte och förväntade resultat",
        "expected_results": "Förväntade resultat",
        "programme_summary": "Program i sammandrag",
        "programme_days": "Programdagar: {days}. Programpunkter: {items}. Platser: {places}.",
        "planned_costs": "Beräknade kostnader",
        "participants_justified": "Deltagare och motivering",
        "proposal": "Förslag till beslut",
        "proposal_approve": "{body} föreslås besluta att bevilja politiskt deltagande för {names} i delegationen ”{title}”, {dates}.",
        "proposal_reject": (
            "{body} föreslås besluta att inte bevilja politiskt deltagande för {names} i delegationen ”{title}”, {dates}, "
            "eftersom följande kriterier inte är uppfyllda: {criteria}."
        ),
        "proposal_none": "Inga förtroendevalda från {office} deltar; delegationen behöver inget beslut av {body}.",
        "decision_box": "Beslut",
        "signature": "Underskrift",
        "name_clarification": "Namnförtydligande",
        "emergency": "Nödkontakter",
        "duty_phone": "Kontorets jourtelefon",
        "local_emergency": "Larmnummer på resmålet",
        "embassy": "Ambassad eller konsulat",
        "insurance": "Reseförsäkring (bolag och telefon)",
        "phone": "Telefon",
        "time_difference": "Tidsskillnad",
        "time_ahead": "{destination} ligger {hours} före {home}.",
        "time_behind": "{destination} ligger {hours} efter {home}.",
        "time_same": "{destination} har samma tid som {home}.",
        "hours": "{n} timmar",
        "hour": "1 timme",
        "time_se": "svensk tid",
        "time_dk": "dansk tid",
        "report_as_of": "Per {date}",
        "contents": "Innehåll",
        "board_summary": "Sammanfattning för styrelsen",
        "board_summary_text": (
            "Per {date} har {completed} av årets {total} delegationer genomförts och {planned} återstår. "
            "Utfallet för de genomförda delegationerna är {actual}."
        ),
        "board_follow_up": "Uppföljningspunkter: {points}, varav {done} och {open} ({overdue}).",
        "agreements_short_summary": "Avtal som ännu saknar tjänstemannabesök: {partners}.",
        "agreements_all_met": "Alla avtal med krav har fått sina tjänstemannabesök.",
        "completed_delegations": "Genomförda delegationer",
        "planned_delegations": "Planerade delegationer",
        "planned_delegations_note": "Delegationer som ännu inte har ägt rum per {date}; de räknas inte som genomförda.",
        "no_planned": "Inga planerade delegationer återstår för {year}.",
        "planned_visits": "Planerade",
        "shortfall_planned": "{partner}: {missing} av minst {required} tjänstemannabesök saknas för {year} "
        "({planned} planerade).",
        "report_proposal": "Regionstyrelsen föreslås besluta att lägga årsrapporten för {year} till handlingarna.",
        "actual_completed": "Utfall (genomförda)",
        "chart_alt_costs": "Stapeldiagram: budget och utfall per partner i {currency}. {values}",
        "chart_alt_months": "Stapeldiagram: antal delegationer per startmånad {year}. {values}",
        "memo_not_yet": "Besöket har ännu inte ägt rum.",
    },
    "da": {
        "table_word": "Tabel",
        "fact_item": "Oplysning",
        "fact_details": "Indhold",
        "figure_word": "Figur",
        "date_label": "Dato",
        "reference_prefix": "J.nr.",
        "officer": "Sagsbehandler",
        "conditions": "Vilkår",
        "decision_rejected": (
            "BEMÆRK! {body} har afvist politisk deltagelse i denne delegation ({described}). "
            "Politikerne nedenfor har ikke fået deres deltagelse godkendt."
        ),
        "decision_missing": (
            "BEMÆRK! Der er ikke registreret nogen {decision}. "
            "Politikerne nedenfor har endnu ikke fået deres deltagelse godkendt."
        ),
        "decision_late": "BEMÆRK! Beslutningen blev truffet efter delegationens start ({described}).",
        "decision_approved": "{body} har godkendt politisk deltagelse ({described}).",
        "purpose_and_results": "Formål og forventede resultater",
        "expected_results": "Forventede resultater",
        "programme_summary": "Programmet i hovedtræk",
        "programme_days": "Programdage: {days}. Programpunkter: {items}. Steder: {places}.",
        "planned_costs": "Budgetterede omkostninger",
        "participants_justified": "Deltagere og begrundelse",
        "proposal": "Indstilling",
        "proposal_approve": (
            "Det indstilles, at {body} godkender, at {names} deltager i delegationen »{title}«, {dates}."
        ),
        "proposal_reject": (
            "Det indstilles, at {body} ikke godkender, at {names} deltager i delegationen »{title}«, "
            "{dates}, da følgende kriterier ikke er opfyldt: {criteria}."
        ),
        "proposal_none": "Ingen politikere fra {office} deltager; delegationen kræver ingen beslutning i {body}.",
        "decision_box": "Beslutning",
        "signature": "Underskrift",
        "name_clarification": "Navn med blokbogstaver",
        "emergency": "Nødkontakter",
        "duty_phone": "Kontorets vagttelefon",
        "local_emergency": "Alarmnummer på rejsemålet",
        "embassy": "Ambassade eller konsulat",
        "insurance": "Rejseforsikring (selskab og telefon)",
        "phone": "Telefon",
        "time_difference": "Tidsforskel",
        "time_ahead": "{destination} er {hours} foran {home}.",
        "time_behind": "{destination} er {hours} bagud i forhold til {home}.",
        "time_same": "{destination} har samme tid som {home}.",
        "hours": "{n} timer",
        "hour": "1 time",
        "time_se": "svensk tid",
        "time_dk": "dansk tid",
        "report_as_of": "Opgjort pr. {date}",
        "contents": "Indhold",
        "board_summary": "Resumé for regionsrådet",
        "board_summary_text": (
            "Pr. {date} er {completed} af årets {total} delegationer gennemført, og {planned} udestår. "
            "Forbruget på de gennemførte delegationer er {actual} i alt."
        ),
        "board_follow_up": "Opfølgningspunkter: {points}, heraf {done} og {open} ({overdue}).",
        "agreements_short_summary": "Aftaler, der endnu mangler embedsmandsbesøg: {partners}.",
        "agreements_all_met": "Alle aftaler med krav har fået deres embedsmandsbesøg.",
        "completed_delegations": "Gennemførte delegationer",
        "planned_delegations": "Planlagte delegationer",
        "planned_delegations_note": "Delegationer, der endnu ikke har fundet sted pr. {date}; de tælles ikke som gennemførte.",
        "no_planned": "Der er ingen planlagte delegationer tilbage i {year}.",
        "planned_visits": "Planlagt",
        "shortfall_planned": "{partner}: {missing} af mindst {required} embedsmandsbesøg mangler for {year} "
        "({planned} planlagt).",
        "report_proposal": "Det indstilles, at regionsrådet tager årsrapporten for {year} til efterretning.",
        "actual_completed": "Forbrug (gennemførte)",
        "chart_alt_costs": "Søjlediagram: budget og forbrug pr. partner i {currency}. {values}",
        "chart_alt_months": "Søjlediagram: antal delegationer pr. startmåned {year}. {values}",
        "memo_not_yet": "Besøget har endnu ikke fundet sted.",
    },
    "en": {
        "table_word": "Table",
        "fact_item": "Item",
        "fact_details": "Details",
        "figure_word": "Figure",
        "date_label": "Date",
        "reference_prefix": "Ref.",
        "officer": "Case officer",
        "conditions": "Conditions",
        "decision_rejected": (
            "ATTENTION: {body} rejected political participation in this delegation ({described}). "
            "The politicians listed below have not been approved to take part."
        ),
        "decision_missing": (
            "ATTENTION: no {decision} is recorded. The politicians listed below have not yet been "
            "approved to take part."
        ),
        "decision_late": "ATTENTION: the decision was taken after the delegation's start ({described}).",
        "decision_approved": "{body} approved political participation ({described}).",
        "purpose_and_results": "Purpose and expected results",
        "expected_results": "Expected results",
        "programme_summary": "Programme summary",
        "programme_days": "Programme days: {days}. Items: {items}. Places: {places}.",
        "planned_costs": "Planned costs",
        "participants_justified": "Participants and justification",
        "proposal": "Proposed decision",
        "proposal_approve": "{body} decides to approve political participation of {names} in the delegation {title}, {dates}.",
        "proposal_reject": (
            "{body} decides not to approve political participation of {names} in the delegation {title}, {dates}, "
            "as these criteria are not met: {criteria}."
        ),
        "proposal_none": "No politicians of {office} take part; the delegation needs no decision of {body}.",
        "decision_box": "Decision",
        "signature": "Signature",
        "name_clarification": "Name in capitals",
        "emergency": "Emergency contacts",
        "duty_phone": "The office's duty phone",
        "local_emergency": "Emergency number at the destination",
        "embassy": "Embassy or consulate",
        "insurance": "Travel insurance (company and phone)",
        "phone": "Phone",
        "time_difference": "Time difference",
        "time_ahead": "{destination} is {hours} ahead of {home}.",
        "time_behind": "{destination} is {hours} behind {home}.",
        "time_same": "{destination} keeps the same time as {home}.",
        "hours": "{n} hours",
        "hour": "1 hour",
        "time_se": "Swedish time",
        "time_dk": "Danish time",
        "report_as_of": "As of {date}",
        "contents": "Contents",
        "board_summary": "Summary for the board",
        "board_summary_text": (
            "As of {date}, {completed} of the year's {total} delegations have taken place and {planned} remain. "
            "The delegations that took place cost {actual}."
        ),
        "board_follow_up": "Follow-up points: {points}, of which {done} and {open} ({overdue}).",
        "agreements_short_summary": "Agreements still short of official visits: {partners}.",
        "agreements_all_met": "Every agreement with a minimum has had its official visits.",
        "completed_delegations": "Delegations that took place",
        "planned_delegations": "Planned delegations",
        "planned_delegations_note": "Delegations that have not taken place as of {date}; they do not count as done.",
        "no_planned": "No planned delegations remain for {year}.",
        "planned_visits": "Planned",
        "shortfall_planned": "{partner}: {missing} of at least {required} official visits missing for {year} "
        "({planned} planned).",
        "report_proposal": "The regional board is proposed to take note of the annual report for {year}.",
        "actual_completed": "Actual (taken place)",
        "chart_alt_costs": "Bar chart: planned and actual costs per partner in {currency}. {values}",
        "chart_alt_months": "Bar chart: number of delegations per month of their start, {year}. {values}",
        "memo_not_yet": "The visit has not taken place yet.",
    },
}
