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
from typing import TYPE_CHECKING

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
from delegation_planner.documents.grip_words import explain
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.memo import cost_rows
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.enums import DecisionOutcome, Level, PersonKind, Side
from delegation_planner.domain.politicians import home_politician_participants
from delegation_planner.domain.records import Delegation

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    *,
    officer: str | None = None,
    reference: str | None = None,
) -> Path:
    """Write the decision basis of delegation ``key`` to ``path`` (atomically);
    ``officer`` is the case officer named on it (default: the login's name); ``reference``
    the document register's, printed in the page header."""
    bundle = load_delegation_bundle(db, key)
    ctx = context_for(bundle, lang, today, officer=officer)
    template = template if template is not None else letterhead(bundle)
    return save_atomically(lambda: build_basis(bundle, ctx, template), path, reference, ctx.language)


def build_basis(
    bundle: DelegationBundle, ctx: DocumentContext, template: Path | str | bytes | None = None
) -> Document:
    """What the decision body needs to decide: why, who and why them, what, at what
    cost, how the criteria come out, and the proposal with room for the decision."""
    labels = ctx.labels
    writer = sections.start_document(
        ctx,
        template,
        labels["basis"],
        f"{labels['basis']}: {bundle.delegation.title}",
        bundle.delegation.title,
        sections.delegation_reference(bundle),
    )
    sections.title_block(writer, bundle, ctx, "basis", officer=True)
    sections.delegation_facts(writer, bundle, labels, with_decision=False)
    _purpose(writer, bundle, labels)
    _initiator(writer, bundle, labels)
    _participants(writer, bundle, labels)
    _programme_summary(writer, bundle, labels)
    _planned_costs(writer, bundle, labels)
    _criteria(writer, bundle, labels)
    _history(writer, bundle, labels)
    _proposal(writer, bundle, labels)
    return writer.document


def _purpose(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    delegation = bundle.delegation
    writer.heading(labels["purpose_and_results"])
    themes = ", ".join(labels.theme(t) for t in delegation.themes)
    writer.labelled(labels["purpose"], labels.word(delegation.purpose) + (f" ({themes})" if themes else ""))
    writer.heading(labels["expected_results"], level=2)
    writer.text_block(delegation.notes, empty=labels["none"])


def _participants(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    """Everyone on our side, each with the justification of their taking part;
    politicians (whose participation is decided) first."""
    writer.heading(labels["participants_justified"])
    home = [p for p in bundle.delegation.participants if p.side is Side.HOME]
    politicians = {p.person for p, _person in home_politician_participants(home, bundle.people)}

    def is_politician(key: str) -> bool:
        return key in politicians

    rows = []
    for participant in sorted(home, key=lambda p: not is_politician(p.person)):
        person = bundle.people.get(participant.person)
        organisation = bundle.person_organisation(participant.person)
        who = "\n".join(part for part in (person.title if person else "", organisation) if part)
        role = labels.word(participant.role)
        if is_politician(participant.person):
            role = (
                f"{role}\n{labels.word(PersonKind.POLITICIAN)}"
                if role
                else labels.word(PersonKind.POLITICIAN)
            )
        rows.append(
            [bundle.person_name(participant.person), who, role, participant.justification.strip() or "–"]
        )
    columns = [
        Column(labels["name"], 1.1),
        Column(f"{labels['position']} / {labels['organisation']}", 1.3),
        Column(labels["role"], 1.05),
        Column(labels["justification"], 2.1),
    ]
    writer.table(columns, rows, empty=labels["none"])
    partner_side = sum(1 for p in bundle.delegation.participants if p.side is Side.PARTNER)
    if partner_side:
        writer.labelled(labels.word(Side.PARTNER), str(partner_side))


def _programme_summary(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    items = sorted(bundle.delegation.programme, key=lambda item: item.start)
    writer.heading(labels["programme_summary"])
    if not items:
        writer.paragraph(labels["none"])
        return
    days = len({item.start.date() for item in items})
    places: list[str] = []
    for item in items:
        venue = item.venue.strip()
        if venue and venue not in places:
            places.append(venue)
    summary = writer.paragraph(
        labels["programme_days"].format(
            days=days,
            items=len(items),
            places=", ".join(places) or sections.partner_text(bundle, labels) or "–",
        )
    )
    summary.paragraph_format.keep_with_next = True  # with the table it sums up
    rows = [
        [labels.date(item.start.date()), item.title, bundle.organisation_name(item.counterpart)]
        for item in items
    ]
    columns = [Column(labels["date"], 1.0), Column(labels["item"], 2.4), Column(labels["counterpart"], 1.5)]
    writer.table(columns, rows)


def _planned_costs(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["planned_costs"])
    rows, totals = cost_rows(bundle.delegation.costs, labels)
    columns = [Column(labels["category"], 2.0), Column(labels["planned"], 1.0, numeric=True)]
    writer.table(columns, [row[:2] for row in rows], emphasised=totals, empty=labels["none"])


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


def _proposal(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    """The proposed decision, and a box for the decision body to fill in."""
    delegation = bundle.delegation
    writer.heading(labels["proposal"])
    politicians = [
        bundle.person_name(p.person)
        for p, _person in home_politician_participants(delegation.participants, bundle.people)
    ]
    if not politicians:
        writer.paragraph(labels["proposal_none"])
    else:
        # The decision criterion fails until the decision is taken; it is what is asked for.
        failing = [
            labels.criterion(c.id)
            for c in bundle.grip.criteria
            if c.level is Level.FAIL and c.id != "grip_decision"
        ]
        values = {
            "names": labels.format.join(politicians),
            "title": delegation.title,
            "dates": labels.date_range(delegation.start, delegation.end),
            "criteria": "; ".join(failing),
        }
        writer.paragraph(labels["proposal_reject" if failing else "proposal_approve"].format(**values))
    writer.heading(labels["decision_box"], level=2)
    blank = "\n"  # one empty line to write on
    table = writer.key_values(
        [
            (labels["decision_box"], "\t".join(f"☐ {labels.word(outcome)}" for outcome in DecisionOutcome)),
            (labels["conditions"], blank),
            (labels["date_label"], ""),
            (labels["reference"], ""),
            (labels["signature"], blank * 2),
            (labels["name_clarification"], ""),
        ],
        key_share=0.3,
        keep_together=True,
    )
    for row in table.rows:
        row.height = Pt(22)
