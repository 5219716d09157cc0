"""The answer to an access request as a readable Word letter (sv, da or en).

Everything ``storage.personal_data`` finds is written, section by section, with
an empty section said to be empty: the person is told what is held and also
what is not.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from delegation_planner.documents.labels import Labels
from delegation_planner.documents.template import (
    DOCUMENT_PLACEHOLDER,
    OFFICE_PLACEHOLDER,
    fill_placeholders,
    open_template,
)
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import DecisionOutcome, FollowUpStatus, PersonKind, Role, Side
from delegation_planner.storage.atomic_file import write_bytes_atomically
from delegation_planner.storage.personal_data import PersonalData, table_words

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Personal data held on {name}",
        "subtitle": "Answer to an access request, {date}",
        "intro": (
            "This letter lists everything the office's delegation register holds on you: your record, "
            "the delegations you took part in, and every text in the register that names you."
        ),
        "record": "Your record",
        "id": "Key",
        "name": "Name",
        "kind": "Kind",
        "job": "Title",
        "organisation": "Organisation",
        "email": "E-mail",
        "participations": "Participation in delegations",
        "follow_up_points": "Follow-up points you own or that name you",
        "programme_items": "Programme items naming you",
        "decisions": "Decisions and decision history naming you",
        "results": "Results naming you",
        "checklist_items": "Checklist items naming you",
        "other_mentions": "Other texts naming you",
        "none": "Nothing is held.",
        "delegation": "Delegation",
        "dates": "Dates",
        "side": "Side",
        "role": "Role",
        "justification": "Justification",
        "text": "Text",
        "owner": "Owner",
        "due": "Due",
        "status": "Status",
        "when": "When",
        "title_col": "Title",
        "venue": "Venue",
        "date": "Date",
        "reference": "Reference",
        "outcome": "Outcome",
        "note": "Note",
        "description": "Description",
        "where": "Where",
        "document": "Personal data",
        "closing": (
            "You may ask for any of this to be corrected or erased. Data is kept for {years} years after "
            "your last visit and then reviewed."
        ),
    },
    "sv": {
        "title": "Personuppgifter om {name}",
        "subtitle": "Svar på begäran om registerutdrag, {date}",
        "intro": (
            "Detta brev visar allt som kontorets delegationsregister innehåller om dig: dina uppgifter, "
            "de delegationer du deltagit i och varje text i registret som nämner dig."
        ),
        "record": "Dina uppgifter",
        "id": "Nyckel",
        "name": "Namn",
        "kind": "Typ",
        "job": "Titel",
        "organisation": "Organisation",
        "email": "E-post",
        "participations": "Deltagande i delegationer",
        "follow_up_points": "Uppföljningspunkter som du äger eller som nämner dig",
        "programme_items": "Programpunkter som nämner dig",
        "decisions": "Beslut och beslutshistorik som nämner dig",
        "results": "Resultat som nämner dig",
        "checklist_items": "Checklistpunkter som nämner dig",
        "other_mentions": "Andra texter som nämner dig",
        "none": "Inga uppgifter finns.",
        "delegation": "Delegation",
        "dates": "Datum",
        "side": "Sida",
        "role": "Roll",
        "justification": "Motivering",
        "text": "Text",
        "owner": "Ansvarig",
        "due": "Senast",
        "status": "Status",
        "when": "När",
        "title_col": "Rubrik",
        "venue": "Plats",
        "date": "Datum",
        "reference": "Diarienummer",
        "outcome": "Utfall",
        "note": "Anteckning",
        "description": "Beskrivning",
        "where": "Var",
        "document": "Registerutdrag",
        "closing": (
            "Du kan begära att uppgifterna rättas eller raderas. Uppgifterna sparas i {years} år efter "
            "ditt senaste besök och prövas sedan."
        ),
    },
    "da": {
        "title": "Personoplysninger om {name}",
        "subtitle": "Svar på anmodning om indsigt, {date}",
        "intro": (
            "Dette brev viser alt, hvad kontorets delegationsregister indeholder om dig: dine oplysninger, "
            "de delegationer du har deltaget i, og hver tekst i registret, der nævner dig."
        ),
        "record": "Dine oplysninger",
        "id": "Nøgle",
        "name": "Navn",
        "kind": "Type",
        "job": "Titel",
        "organisation": "Organisation",
        "email": "E-mail",
        "participations": "Deltagelse i delegationer",
        "follow_up_points": "Opfølgningspunkter, som du ejer, eller som nævner dig",
        "programme_items": "Programpunkter, der nævner dig",
        "decisions": "Beslutninger og beslutningshistorik, der nævner dig",
        "results": "Resultater, der nævner dig",
        "checklist_items": "Tjeklistepunkter, der nævner dig",
        "other_mentions": "Andre tekster, der nævner dig",
        "none": "Der findes ingen oplysninger.",
        "delegation": "Delegation",
        "dates": "Datoer",
        "side": "Side",
        "role": "Rolle",
        "justification": "Begrundelse",
        "text": "Tekst",
        "owner": "Ansvarlig",
        "due": "Frist",
        "status": "Status",
        "when": "Hvornår",
        "title_col": "Titel",
        "venue": "Sted",
        "date": "Dato",
        "reference": "Journalnummer",
        "outcome": "Udfald",
        "note": "Note",
        "description": "Beskrivelse",
        "where": "Hvor",
        "document": "Indsigt",
        "closing": (
            "Du kan bede om at få oplysningerne rettet eller slettet. Oplysningerne gemmes i {years} år efter "
            "dit seneste besøg og vurderes derefter."
        ),
    },
}


def write_access_json(data: PersonalData, out: Path, *, today: dt.date | None = None) -> Path:
    """Write the answer as JSON, with the program's atomic writer (whole or not at all)."""
    text = json.dumps(data.as_json(today or dt.date.today()), ensure_ascii=False, indent=2) + "\n"
    return write_bytes_atomically(out, text.encode("utf-8"))


def write_access_letter(
    data: PersonalData,
    out: Path,
    *,
    lang: str = "en",
    today: dt.date | None = None,
    retention_years: int = 5,
    office: str = "",
) -> Path:
    """Write the letter to ``out`` (replaced only once it is complete); ``office`` goes in the header."""
    from delegation_planner.documents.bundle import save_atomically

    t = TEXTS[lang]
    labels = Labels.for_language(lang)
    word = labels.word
    today = today or dt.date.today()
    document = open_template()
    writer = Writer(document)
    person = data.person
    writer.title(t["title"].format(name=person.name), t["subtitle"].format(date=today.isoformat()))
    writer.paragraph(t["intro"])
    writer.heading(t["record"])
    writer.key_values(
        [
            (t["name"], person.name),
            (t["id"], person.id),
            (t["kind"], word(PersonKind(person.kind))),
            (t["job"], person.title),
            (t["organisation"], person.organisation),
            (t["email"], person.email),
        ]
    )
    _section(
        writer,
        t,
        "participations",
        data.participations,
        [("delegation", 0.3), ("dates", 0.2), ("side", 0.1), ("role", 0.1), ("justification", 0.3)],
        lambda r: [
            r["title"],
            f"{r['start']} – {r['end']}",
            word(Side(r["side"])),
            word(Role(r["role"])) if r["role"] else "",
            r["justification"],
        ],
    )
    _section(
        writer,
        t,
        "follow_up_points",
        data.follow_up_points,
        [("delegation", 0.3), ("text", 0.35), ("owner", 0.15), ("due", 0.1), ("status", 0.1)],
        lambda r: [
            r["delegation_title"],
            r["text"],
            r["owner"],
            r["due"] or "",
            word(FollowUpStatus(r["status"])),
        ],
    )
    _section(
        writer,
        t,
        "programme_items",
        data.programme_items,
        [("delegation", 0.3), ("when", 0.2), ("title_col", 0.3), ("venue", 0.2)],
        lambda r: [r["delegation_title"], r["start"], r["title"], r["venue"]],
    )
    _section(
        writer,
        t,
        "decisions",
        data.decisions,
        [("delegation", 0.3), ("date", 0.12), ("reference", 0.15), ("outcome", 0.13), ("note", 0.3)],
        lambda r: [
            r["delegation_title"],
            r["date"],
            r["reference"],
            word(DecisionOutcome(r["outcome"])) if r["outcome"] else "",
            r["note"],
        ],
    )
    _section(
        writer,
        t,
        "results",
        data.results,
        [("title_col", 0.35), ("date", 0.15), ("description", 0.5)],
        lambda r: [r["title"], r["date"] or "", r["description"]],
    )
    _section(
        writer,
        t,
        "checklist_items",
        data.checklist_items,
        [("delegation", 0.35), ("text", 0.45), ("owner", 0.2)],
        lambda r: [r["delegation_title"], r["text"], r["owner"]],
    )
    _section(
        writer,
        t,
        "other_mentions",
        data.other_mentions,
        [("where", 0.3), ("text", 0.7)],
        # The part of the register in the letter's words; its column's name would be ours, not theirs.
        lambda r: [table_words(r["table"], lang), r["text"]],
    )
    writer.paragraph(t["closing"].format(years=retention_years))
    fill_placeholders(document, {OFFICE_PLACEHOLDER: office, DOCUMENT_PLACEHOLDER: t["document"]})
    writer.set_properties(t["title"].format(name=person.name), t["subtitle"].format(date=""), "", lang, today)
    return save_atomically(lambda: document, out)


def _section(
    writer: Writer,
    t: dict[str, str],
    name: str,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, float]],
    cells: Any,
) -> None:
    writer.heading(t[name])
    if not rows:
        writer.paragraph(t["none"])
        return
    writer.table(
        [Column(t[key], share) for key, share in columns], [[str(c) for c in cells(r)] for r in rows]
    )
