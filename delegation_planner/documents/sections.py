"""Sections that more than one document shows: facts, participants, programme, people.

Each function takes the writer, the bundle and the labels and appends one part,
so the memo, the decision basis and the briefing say the same thing the same way.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from delegation_planner.documents.bundle import DelegationBundle, DocumentContext
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.template import (
    DATE_PLACEHOLDER,
    DOCUMENT_PLACEHOLDER,
    OFFICE_PLACEHOLDER,
    REFERENCE_PLACEHOLDER,
    add_page_line,
    fill_placeholders,
    header_footer_text,
    open_template,
)
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import Side
from delegation_planner.domain.records import GripDecision

_FORBIDDEN_IN_NAMES = '/\\:*?"<>|'
MAX_FILE_NAME = 120


def start_document(
    ctx: DocumentContext,
    template: Path | str | bytes | None,
    kind: str,
    title: str,
    subject: str,
    reference: str = "",
) -> Writer:
    """A document on the template with its letterhead filled in: the office, the kind
    of document, its date and reference on every page (and "2 (5)" page numbers,
    added for a letterhead that has none), its properties set."""
    labels = ctx.labels
    document = open_template(template)
    reference = labels.reference(reference)
    date = f"{labels['date_label']} {labels.date(ctx.today)}"
    fill_placeholders(
        document,
        {
            OFFICE_PLACEHOLDER: ctx.office,
            DOCUMENT_PLACEHOLDER: kind,
            DATE_PLACEHOLDER: date,
            REFERENCE_PLACEHOLDER: reference,
        },
    )
    if not any(date in text for text in header_footer_text(document)):
        add_page_line(document, "\t".join(part for part in (date, reference) if part))
    writer = Writer(
        document, (labels["table_word"], labels["figure_word"]), (labels["fact_item"], labels["fact_details"])
    )
    writer.set_properties(title, subject, ctx.office, labels.word_language, ctx.today)
    return writer


def delegation_reference(bundle: DelegationBundle) -> str:
    """The delegation's reference (Dnr): its decision's, when one is recorded."""
    decision = bundle.delegation.grip_decision
    return decision.reference.strip() if decision is not None else ""


def title_block(
    writer: Writer, bundle: DelegationBundle, ctx: DocumentContext, kind: str, *, officer: bool = False
) -> None:
    labels = ctx.labels
    writer.title(labels[kind], bundle.delegation.title)
    facts = labels["written"].format(date=labels.date(ctx.today)) + f" · {ctx.office}"
    reference = labels.reference(delegation_reference(bundle))
    if reference:
        facts += f" · {reference}"
    writer.paragraph(facts)
    if officer and ctx.officer:
        writer.labelled(labels["officer"], ctx.officer)


def partner_text(bundle: DelegationBundle, labels: Labels) -> str:
    delegation = bundle.delegation
    return labels.place(delegation.partner_region, delegation.country)


def decision_text(decision: GripDecision | None, labels: Labels) -> str:
    """``Dnr 2026-000123, 2 april 2026, Beviljat`` and the note on its own line."""
    if decision is None:
        return labels["no_grip_decision"]
    parts = [labels.reference(decision.reference), labels.date(decision.date), labels.word(decision.outcome)]
    text = ", ".join(p for p in parts if p)
    return f"{text}\n{decision.note.strip()}" if decision.note.strip() else text


def delegation_facts(
    writer: Writer, bundle: DelegationBundle, labels: Labels, *, with_decision: bool = True
) -> None:
    delegation = bundle.delegation
    rows: list[tuple[str, str]] = [
        (labels["title"], delegation.title),
        (labels["direction"], labels.word(delegation.direction)),
        (labels["purpose"], labels.word(delegation.purpose)),
        (labels["partner"], partner_text(bundle, labels)),
        (labels["dates"], labels.date_range(delegation.start, delegation.end)),
        (labels["themes"], ", ".join(labels.theme(t) for t in delegation.themes) or "–"),
    ]
    agreement = bundle.agreements.get(delegation.agreement) if delegation.agreement else None
    if delegation.agreement:
        if agreement is None:
            rows.append((labels["agreement"], delegation.agreement))
        else:
            details = [labels.word(agreement.scope) if agreement.scope else "", labels.date(agreement.signed)]
            extra = ", ".join(d for d in details if d)
            rows.append((labels["agreement"], agreement.partner + (f" ({extra})" if extra else "")))
    # Contract §3: the GRIP decision is part of the memo where politicians took part.
    if with_decision and bundle.has_home_politicians():
        rows.append((labels["grip_decision"], decision_text(delegation.grip_decision, labels)))
    writer.key_values(rows, caption=labels["delegation"])


def participants(writer: Writer, bundle: DelegationBundle, labels: Labels, *, heading: bool = True) -> None:
    if heading:
        writer.heading(labels["participants"])
    everyone = bundle.delegation.participants
    if not everyone:
        writer.paragraph(labels["none"])
        return
    columns = [
        Column(labels["name"], 1.3),
        Column(labels["position"], 1.3),
        Column(labels["organisation"], 1.4),
        Column(labels["role"], 0.9),
    ]
    for side in (Side.HOME, Side.PARTNER):
        on_side = [p for p in everyone if p.side is side]
        if not on_side:
            continue
        side_heading = f"{labels.word(side)} ({len(on_side)})"
        writer.heading(side_heading, level=2)
        rows = []
        for participant in on_side:
            person = bundle.people.get(participant.person)
            rows.append(
                [
                    bundle.person_name(participant.person),
                    person.title if person else "",
                    bundle.person_organisation(participant.person),
                    labels.word(participant.role),
                ]
            )
        writer.table(columns, rows, caption=f"{labels['participants']}: {side_heading}")


def programme(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["programme"])
    items = sorted(bundle.delegation.programme, key=lambda item: item.start)
    rows = [
        [
            labels.programme_time(item.start, item.end),
            item.title,
            item.venue,
            bundle.organisation_name(item.counterpart),
        ]
        for item in items
    ]
    columns = [
        Column(labels["when"], 1.55),
        Column(labels["item"], 1.6),
        Column(labels["venue"], 1.0),
        Column(labels["counterpart"], 1.2),
    ]
    writer.table(columns, rows, empty=labels["none"], caption=labels["programme"])


def safe_file_name(stem: str, extension: str = ".docx") -> str:
    """A file name every system accepts: no ``/ \\ : * ? " < > |`` or control characters,
    no trailing dot or space (Windows drops them), and short enough for deep folders."""
    cleaned = "".join(
        " " if ch in _FORBIDDEN_IN_NAMES or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") else ch
        for ch in unicodedata.normalize("NFC", stem)
    )
    cleaned = " ".join(cleaned.split())
    limit = MAX_FILE_NAME - len(extension)
    if len(cleaned) > limit:
        cleaned = cleaned[:limit].rsplit(" ", 1)[0] if " " in cleaned[:limit] else cleaned[:limit]
    cleaned = cleaned.rstrip(". ") or "document"
    return cleaned + extension
