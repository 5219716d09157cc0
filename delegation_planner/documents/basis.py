"""The decision basis for the presidium (GRIP): may politicians take part in this delegation?

It puts in front of GRIP what the strategy asks it to weigh: who initiated the
trip and whether they asked for politicians, each politician's justification,
and every criterion with its level written as a symbol *and* a word, so that a
black-and-white printout reads the same as the screen. Each criterion's
explanation is written in the document's language (``grip_words``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document
from docx.shared import Pt
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
from delegation_planner.documents.grip_words import explain
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.template import DOCUMENT_PLACEHOLDER, OFFICE_PLACEHOLDER, fill_placeholders
from delegation_planner.documents.template import open_template as _open_template
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import PersonKind, Side
from delegation_planner.domain.records import Delegation


def suggested_file_name(delegation: Delegation, lang: str = "sv") -> str:
    label = Labels.for_language(lang)["basis"]
    return sections.safe_file_name(f"{label} {delegation.start.isoformat()} {delegation.title}")


def write_basis(
    db: Database,
    key: str,
    path: Path | str,
    lang: str | None = None,
    template: Path | str | bytes | None = None,
    today: dt.date | None = None,
) -> Path:
    """Write the decision basis of delegation ``key`` to ``path`` (atomically)."""
    bundle = load_delegation_bundle(db, key)
    ctx = context_for(bundle, lang, today)
    template = template if template is not None else letterhead(bundle)
    return save_atomically(lambda: build_basis(bundle, ctx, template), path)


def build_basis(
    bundle: DelegationBundle, ctx: DocumentContext, template: Path | str | bytes | None = None
) -> Document:
    labels = ctx.labels
    document = _open_template(template)
    fill_placeholders(document, {OFFICE_PLACEHOLDER: ctx.office, DOCUMENT_PLACEHOLDER: labels["basis"]})
    writer = Writer(document)
    writer.set_properties(
        f"{labels['basis']}: {bundle.delegation.title}",
        bundle.delegation.title,
        ctx.office,
        labels.word_language,
        ctx.today,
    )
    sections.title_block(writer, bundle, ctx, "basis")
    sections.delegation_facts(writer, bundle, labels, with_decision=False)
    _initiator(writer, bundle, labels)
    _politicians(writer, bundle, labels)
    _criteria(writer, bundle, labels)
    _history(writer, bundle, labels)
    return document


def _initiator(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["initiator"])
    initiator = bundle.delegation.initiator
    if initiator is None:
        writer.paragraph(labels["none"])
        return
    writer.key_values(
        [
            (labels["initiator_kind"], labels.word(initiator.kind)),
            (labels["organisation"], bundle.organisation_name(initiator.organisation) or "–"),
            (labels["asked_for_politicians"], labels.yes_no(initiator.requested_political_participation)),
        ]
    )


def _politicians(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["politicians"])
    rows = []
    for participant in bundle.delegation.participants:
        person = bundle.people.get(participant.person)
        if participant.side is not Side.HOME or person is None or person.kind is not PersonKind.POLITICIAN:
            continue
        organisation = bundle.organisation_name(person.organisation)
        who = "\n".join(part for part in (person.title, organisation) if part)
        rows.append(
            [person.name, who, labels.word(participant.role), participant.justification.strip() or "–"]
        )
    columns = [
        Column(labels["name"], 1.1),
        Column(f"{labels['position']} / {labels['organisation']}", 1.3),
        Column(labels["role"], 1.05),
        Column(labels["justification"], 2.1),
    ]
    writer.table(columns, rows, empty=labels["no_politicians"])


def _criteria(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["criteria"])
    rows = [
        [labels.criterion(result.id), labels.level(result.level), explain(result, labels)]
        for result in bundle.grip.criteria
    ]
    columns = [
        Column(labels["criterion"], 1.4),
        Column(labels["level"], 0.95),
        Column(labels["message"], 2.6),
    ]
    writer.table(columns, rows)
    verdict = writer.labelled(labels["verdict"], labels.level(bundle.grip.verdict))
    verdict.paragraph_format.space_before = Pt(6)


def _history(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    if not bundle.decisions:
        return
    writer.heading(labels["decision_history"])
    rows = []
    for entry in bundle.decisions:
        recorded = entry.recorded_at[:10]
        recorded_text = labels.date(dt.date.fromisoformat(recorded)) if _is_iso_date(recorded) else recorded
        outcome = labels.word(entry.outcome) if entry.outcome else labels["withdrawn"]
        rows.append([recorded_text, labels.date(entry.date), entry.reference, outcome, entry.note])
    columns = [
        Column(labels["recorded"], 1.2),
        Column(labels["decided"], 1.2),
        Column(labels["reference"], 1.1),
        Column(labels["outcome"], 1.1),
        Column(labels["note"], 1.3),
    ]
    writer.table(columns, rows)


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
