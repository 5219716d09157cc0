"""The pre-trip briefing for the travellers: where to be when, who is who, how to reach them.

The decision on the politicians' participation comes first, a rejection or a
missing decision in a box nobody can miss; then the facts, the time difference,
the programme, everyone's contacts once, whom to call in an emergency and the
checklist items still open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from docx.document import Document
from docx.shared import Pt

from delegation_planner.documents import sections
from delegation_planner.documents.bundle import (
    DelegationBundle,
    DocumentContext,
    context_for,
    letterhead,
    load_delegation_bundle,
    save_atomically,
)
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import DecisionOutcome, Direction, Side
from delegation_planner.domain.records import Delegation
from delegation_planner.exchange.calendar_export import COUNTRY_ZONES, office_zone, venue_zone
from delegation_planner.storage.checklists import load_checklist

if TYPE_CHECKING:
    from sqlite_utils import Database

OpenItem = tuple[str, str, dt.date | None]


def suggested_file_name(delegation: Delegation, lang: str = "sv") -> str:
    label = Labels.for_language(lang)["briefing"]
    return sections.safe_file_name(f"{label} {delegation.start.isoformat()} {delegation.title}")


def write_briefing(
    db: Database,
    key: str,
    path: Path | str,
    lang: str | None = None,
    open_items: Sequence[OpenItem] | None = None,
    template: Path | str | bytes | None = None,
    today: dt.date | None = None,
    *,
    duty_phone: str = "",
    reference: str | None = None,
) -> Path:
    """Write the briefing of delegation ``key`` to ``path`` (atomically).

    ``open_items`` are the checklist's unfinished items as (text, owner, due date);
    None reads them from the stored checklist. ``duty_phone`` is the office's
    phone for emergencies (blank lines to fill in when not given); ``reference`` the
    document register's, printed in the page header.
    """
    bundle = load_delegation_bundle(db, key)
    ctx = context_for(bundle, lang, today)
    template = template if template is not None else letterhead(bundle)
    if open_items is None:
        open_items = stored_open_items(db, bundle.delegation)
    items = open_items
    return save_atomically(
        lambda: build_briefing(bundle, ctx, items, template, duty_phone=duty_phone),
        path,
        reference,
        ctx.language,
    )


def stored_open_items(db: Database, delegation: Delegation) -> list[OpenItem]:
    """The unfinished items of the delegation's stored checklist, as the briefing lists them."""
    return [
        (item.text, item.owner, item.due(delegation.start))
        for item in load_checklist(db, delegation.id)
        if not item.is_done(delegation)
    ]


def build_briefing(
    bundle: DelegationBundle,
    ctx: DocumentContext,
    open_items: Sequence[OpenItem] = (),
    template: Path | str | bytes | None = None,
    *,
    duty_phone: str = "",
) -> Document:
    labels = ctx.labels
    writer = sections.start_document(
        ctx,
        template,
        labels["briefing"],
        f"{labels['briefing']}: {bundle.delegation.title}",
        bundle.delegation.title,
        sections.delegation_reference(bundle),
    )
    sections.title_block(writer, bundle, ctx, "briefing")
    _decision(writer, bundle, labels)
    sections.delegation_facts(writer, bundle, labels, with_decision=False)
    _time_difference(writer, bundle, ctx)
    sections.programme(writer, bundle, labels)
    _contacts(writer, bundle, labels)
    _emergency(writer, duty_phone, labels)
    _open_items(writer, open_items, labels)
    return writer.document


def _decision(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    """The decision on the politicians' participation, at the top: a rejection, a
    missing or a late decision in a box nobody can miss."""
    decision = bundle.delegation.grip_decision
    if not bundle.has_home_politicians() and decision is None:
        return
    described = sections.decision_text(decision, labels).split("\n")[0] if decision else ""
    if decision is None:
        writer.notice(labels["decision_missing"], alarm=True)
    elif decision.outcome is DecisionOutcome.REJECTED:
        writer.notice(labels["decision_rejected"].format(described=described), alarm=True)
    elif decision.date > bundle.delegation.start:
        writer.notice(labels["decision_late"].format(described=described), alarm=True)
    else:
        writer.notice(labels["decision_approved"].format(described=described), alarm=False)
    if decision is None:
        return
    rows = [
        (labels["outcome"], labels.word(decision.outcome)),
        (labels["decided"], labels.date(decision.date)),
        (labels["reference"], labels.reference(decision.reference) or "–"),
    ]
    if decision.note.strip():
        rows.append((labels["conditions"], decision.note.strip()))
    writer.key_values(rows, caption=labels["grip_decision"])


def _time_difference(writer: Writer, bundle: DelegationBundle, ctx: DocumentContext) -> None:
    """How far the destination's clock is from home's, on the day the trip starts."""
    labels = ctx.labels
    delegation = bundle.delegation
    home_zone = office_zone(ctx.office)
    away_zone = None
    for item in sorted(delegation.programme, key=lambda i: i.start):
        away_zone = venue_zone(item.venue)
        if away_zone:
            break
    away_zone = away_zone or COUNTRY_ZONES.get(delegation.country.upper())
    if away_zone is None:
        return
    moment = dt.datetime.combine(delegation.start, dt.time(12))
    offset = moment.replace(tzinfo=ZoneInfo(away_zone)).utcoffset() or dt.timedelta()
    home_offset = moment.replace(tzinfo=ZoneInfo(home_zone)).utcoffset() or dt.timedelta()
    minutes = int((offset - home_offset).total_seconds() // 60)
    destination = delegation.partner_region or delegation.country
    home = labels["time_dk"] if home_zone == "Europe/Copenhagen" else labels["time_se"]
    if minutes == 0:
        if delegation.direction is Direction.INBOUND:
            return
        text = labels["time_same"].format(destination=destination, home=home)
    else:
        hours, rest = divmod(abs(minutes), 60)
        amount = labels.number(hours + rest / 60, 1 if rest else 0)
        hours_text = labels["hour"] if amount == "1" else labels["hours"].format(n=amount)
        key = "time_ahead" if minutes > 0 else "time_behind"
        text = labels[key].format(destination=destination, hours=hours_text, home=home)
    writer.labelled(labels["time_difference"], text).paragraph_format.space_before = Pt(6)


def _contacts(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    """Everyone taking part, once each: home side first, with position, organisation,
    role, e-mail and phone."""
    writer.heading(labels["contacts"])
    everyone = bundle.delegation.participants
    if not everyone:
        writer.paragraph(labels["none"])
        return
    columns = [
        Column(labels["name"], 1.2),
        Column(f"{labels['position']} / {labels['organisation']}", 1.6),
        Column(labels["role"], 0.9),
        Column(f"{labels['email']} / {labels['phone']}", 1.6),
    ]
    seen: set[tuple[Side, str]] = set()
    for side in (Side.HOME, Side.PARTNER):
        rows = []
        for participant in everyone:
            if participant.side is not side or (side, participant.person) in seen:
                continue
            seen.add((side, participant.person))
            person = bundle.people.get(participant.person)
            who = "\n".join(
                part
                for part in (person.title if person else "", bundle.person_organisation(participant.person))
                if part
            )
            reach = "\n".join(part for part in (person.email, person.phone) if part) if person else ""
            rows.append([bundle.person_name(participant.person), who, labels.word(participant.role), reach])
        if rows:
            heading = f"{labels.word(side)} ({len(rows)})"
            writer.heading(heading, level=2)
            writer.table(columns, rows, caption=f"{labels['contacts']}: {heading}")


def _emergency(writer: Writer, duty_phone: str, labels: Labels) -> None:
    """Whom to call when something goes wrong; lines to fill in where the office
    has not given the number."""
    writer.heading(labels["emergency"])
    line = "_" * 34
    rows = [
        (labels["duty_phone"], duty_phone.strip() or line),
        (labels["local_emergency"], line),
        (labels["embassy"], line),
        (labels["insurance"], line),
    ]
    writer.key_values(rows, key_share=0.4)


def _open_items(writer: Writer, items: Sequence[OpenItem], labels: Labels) -> None:
    writer.heading(labels["open_items"])
    rows = [[labels.checklist_item(text), owner, labels.date(due)] for text, owner, due in items]
    columns = [
        Column(labels["checklist_item"], 2.6),
        Column(labels["owner"], 1.3),
        Column(labels["due"], 1.1),
    ]
    writer.table(columns, rows, empty=labels["none"])
