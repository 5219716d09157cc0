"""The pre-trip briefing for the travellers: where to be when, who is who, how to reach them.

The open checklist items are passed in as plain tuples by whoever owns the
checklist, so this module does not depend on how checklists are stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from docx.document import Document
from sqlite_utils import Database

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
from delegation_planner.documents.template import DOCUMENT_PLACEHOLDER, OFFICE_PLACEHOLDER, fill_placeholders
from delegation_planner.documents.template import open_template as _open_template
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import Side
from delegation_planner.domain.records import Delegation

OpenItem = tuple[str, str, dt.date | None]


def suggested_file_name(delegation: Delegation, lang: str = "sv") -> str:
    label = Labels.for_language(lang)["briefing"]
    return sections.safe_file_name(f"{label} {delegation.start.isoformat()} {delegation.title}")


def write_briefing(
    db: Database,
    key: str,
    path: Path | str,
    lang: str | None = None,
    open_items: Sequence[OpenItem] = (),
    template: Path | str | bytes | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the briefing of delegation ``key`` to ``path`` (atomically).

    ``open_items`` are the checklist's unfinished items as (text, owner, due date).
    """
    bundle = load_delegation_bundle(db, key)
    ctx = context_for(bundle, lang, today)
    template = template if template is not None else letterhead(bundle)
    return save_atomically(lambda: build_briefing(bundle, ctx, open_items, template), path)


def build_briefing(
    bundle: DelegationBundle,
    ctx: DocumentContext,
    open_items: Sequence[OpenItem] = (),
    template: Path | str | bytes | None = None,
) -> Document:
    labels = ctx.labels
    document = _open_template(template)
    fill_placeholders(document, {OFFICE_PLACEHOLDER: ctx.office, DOCUMENT_PLACEHOLDER: labels["briefing"]})
    writer = Writer(document)
    writer.set_properties(
        f"{labels['briefing']}: {bundle.delegation.title}",
        bundle.delegation.title,
        ctx.office,
        labels.word_language,
        ctx.today,
    )
    sections.title_block(writer, bundle, ctx, "briefing")
    sections.delegation_facts(writer, bundle, labels, with_decision=False)
    sections.programme(writer, bundle, labels)
    sections.participants(writer, bundle, labels)
    _contacts(writer, bundle, labels)
    _open_items(writer, open_items, labels)
    return document


def _contacts(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    """Everyone taking part, home side first, with organisation and e-mail."""
    writer.heading(labels["contacts"])
    seen: set[str] = set()
    rows = []
    for side in (Side.HOME, Side.PARTNER):
        for participant in bundle.delegation.participants:
            if participant.side is not side or participant.person in seen:
                continue
            seen.add(participant.person)
            person = bundle.people.get(participant.person)
            rows.append(
                [
                    bundle.person_name(participant.person),
                    bundle.person_organisation(participant.person),
                    person.email if person else "",
                    labels.word(side),
                ]
            )
    columns = [
        Column(labels["name"], 1.3),
        Column(labels["organisation"], 1.6),
        Column(labels["email"], 1.5),
        Column(labels["side"], 0.9),
    ]
    writer.table(columns, rows, empty=labels["none"])


def _open_items(writer: Writer, items: Sequence[OpenItem], labels: Labels) -> None:
    writer.heading(labels["open_items"])
    rows = [[labels.checklist_item(text), owner, labels.date(due)] for text, owner, due in items]
    columns = [
        Column(labels["checklist_item"], 2.6),
        Column(labels["owner"], 1.3),
        Column(labels["due"], 1.1),
    ]
    writer.table(columns, rows, empty=labels["none"])
