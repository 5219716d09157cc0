"""The visit memo (contract §3): what happened on a visit and what follows from it.

The memo is refused, before anything is written, unless the delegation carries
at least the policy's number of complete follow-up points: the strategy requires
that the documentation after every visit contains points for following it up.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document

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
from delegation_planner.domain.enums import CostCategory
from delegation_planner.domain.policy import PolicyProfile
from delegation_planner.domain.records import CostLine, Delegation, FollowUpPoint
from delegation_planner.texts.catalogue import ntr, tr

if TYPE_CHECKING:
    from sqlite_utils import Database


class MemoRefused(Exception):
    """The delegation lacks complete follow-up points, or has not taken place yet; the
    message says why in plain words."""


def not_taken_place(delegation: Delegation, today: dt.date) -> str | None:
    """Why a memo would be early: a memo reports a visit that took place. None once it has ended."""
    if delegation.end <= today:
        return None
    return tr(
        "'{title}' has not taken place yet (it ends on {end}); a visit memo is written after the visit.",
        title=delegation.title,
        end=delegation.end,
    )


def missing_follow_up(delegation: Delegation, policy: PolicyProfile) -> str | None:
    """Why a memo may not be written yet, in plain words; None when it may."""
    needed = policy.min_follow_up_points
    complete = sum(1 for point in delegation.follow_up_points if point.is_complete)
    if complete >= needed:
        return None
    gaps = [
        tr("point {number} has no {missing}", number=number, missing=_gaps(point))
        for number, point in enumerate(delegation.follow_up_points, start=1)
        if not point.is_complete
    ]
    detail = ", ".join(gaps) if gaps else tr("no follow-up points are recorded")
    if complete == 0:
        has = tr("'{title}' has none: {detail}", title=delegation.title, detail=detail)
    else:
        has = tr(
            "'{title}' has only {complete}: {detail}",
            title=delegation.title,
            complete=complete,
            detail=detail,
        )
    return ntr(
        "The visit memo needs at least {count} complete follow-up point (text, owner and due date); {has}.",
        "The visit memo needs at least {count} complete follow-up points (text, owner and due date); {has}.",
        needed,
        has=has,
    )


def _gaps(point: FollowUpPoint) -> str:
    missing = [
        name
        for name, present in (
            (tr("text"), bool(point.text.strip())),
            (tr("owner"), bool(point.owner.strip())),
            (tr("due date"), point.due is not None),
        )
        if not present
    ]
    # Translators: joins what a follow-up point lacks: "no owner and no due date".
    return tr(" and no ").join(missing)


def suggested_file_name(delegation: Delegation, lang: str = "sv") -> str:
    """``Besöksrapport 2026-05-10 Business delegation to Jiangsu.docx``, safe on every system."""
    label = Labels.for_language(lang)["memo"]
    return sections.safe_file_name(f"{label} {delegation.start.isoformat()} {delegation.title}")


def write_memo(
    db: Database,
    key: str,
    path: Path | str,
    lang: str | None = None,
    template: Path | str | bytes | None = None,
    today: dt.date | None = None,
    *,
    officer: str | None = None,
    before_the_visit: bool = False,
    reference: str | None = None,
) -> Path:
    """Write the memo of delegation ``key`` to ``path``; MemoRefused (nothing written)
    when follow-up points are missing or the visit has not ended by ``today`` (unless
    ``before_the_visit``, the window's "write it anyway"), NotFoundError for an
    unknown key, ValueError for an unknown language, TemplateError for an unusable
    template. ``officer`` is the case officer named on it (default: the login's name);
    ``reference`` the document register's, printed in the page header."""
    bundle = load_delegation_bundle(db, key)
    ctx = context_for(bundle, lang, today, officer=officer)
    template = template if template is not None else letterhead(bundle)
    _refusal(bundle, ctx, before_the_visit)
    return save_atomically(
        lambda: build_memo(bundle, ctx, template, before_the_visit=before_the_visit),
        path,
        reference,
        ctx.language,
    )


def _refusal(bundle: DelegationBundle, ctx: DocumentContext, before_the_visit: bool) -> None:
    # Both reasons at once, so the person does not fix one only to meet the other.
    problems = [
        None if before_the_visit else not_taken_place(bundle.delegation, ctx.today),
        missing_follow_up(bundle.delegation, bundle.policy),
    ]
    found = [problem for problem in problems if problem]
    if found:
        raise MemoRefused(" ".join(found))


def build_memo(
    bundle: DelegationBundle,
    ctx: DocumentContext,
    template: Path | str | bytes | None = None,
    *,
    before_the_visit: bool = False,
) -> Document:
    """The memo as a document in memory (the same refusals as ``write_memo``)."""
    _refusal(bundle, ctx, before_the_visit)
    labels = ctx.labels
    writer = sections.start_document(
        ctx,
        template,
        labels["memo"],
        f"{labels['memo']}: {bundle.delegation.title}",
        bundle.delegation.title,
        sections.delegation_reference(bundle),
    )
    document = writer.document
    sections.title_block(writer, bundle, ctx, "memo", officer=True)
    if bundle.delegation.end > ctx.today:
        writer.paragraph(labels["memo_not_yet"]).runs[0].bold = True
    sections.delegation_facts(writer, bundle, labels)
    sections.participants(writer, bundle, labels)
    sections.programme(writer, bundle, labels)
    writer.heading(labels["notes"])
    writer.text_block(bundle.delegation.notes, empty=labels["none"])
    _follow_up(writer, bundle, labels)
    _costs(writer, bundle.delegation.costs, labels)
    return document


def _follow_up(writer: Writer, bundle: DelegationBundle, labels: Labels) -> None:
    writer.heading(labels["follow_up"])
    rows = [
        [
            str(number),
            point.text,
            bundle.owner_text(point.owner),
            labels.date(point.due),
            labels.word(point.status),
        ]
        for number, point in enumerate(bundle.delegation.follow_up_points, start=1)
    ]
    columns = [
        Column("#", 0.3),
        Column(labels["point"], 2.3),
        Column(labels["owner"], 1.45),
        Column(labels["due"], 1.15),
        Column(labels["status"], 0.7),
    ]
    writer.table(columns, rows, empty=labels["none"])


def cost_rows(costs: list[CostLine], labels: Labels) -> tuple[list[list[str]], set[int]]:
    """Planned and actual per category and currency, then one total row per currency.

    Different currencies are never added together: there is no agreed rate, and
    a sum of SEK and DKK would be a number nobody can account for.
    """
    order = list(CostCategory)
    grouped: dict[tuple[CostCategory, str], list[CostLine]] = defaultdict(list)
    for line in costs:
        grouped[(line.category, line.currency)].append(line)
    rows: list[list[str]] = []
    by_currency: dict[str, list[CostLine]] = defaultdict(list)
    for category, currency in sorted(grouped, key=lambda k: (order.index(k[0]), k[1])):
        lines = grouped[(category, currency)]
        by_currency[currency].extend(lines)
        rows.append(
            [
                labels.word(category),
                labels.money(_sum(line.planned for line in lines), currency),
                labels.money(_sum(line.actual for line in lines), currency),
            ]
        )
    totals: set[int] = set()
    for currency in sorted(by_currency):
        lines = by_currency[currency]
        totals.add(len(rows))
        rows.append(
            [
                f"{labels['total']} {currency}",
                labels.money(_sum(line.planned for line in lines), currency),
                labels.money(_sum(line.actual for line in lines), currency),
            ]
        )
    return rows, totals


def cost_columns(labels: Labels, first: str) -> list[Column]:
    """What the amounts are for, then planned and actual (each amount with its currency)."""
    return [
        Column(first, 1.8),
        Column(labels["planned"], 1.0, numeric=True),
        Column(labels["actual"], 1.0, numeric=True),
    ]


def _sum(values: Iterable[float | None]) -> float | None:
    """The sum of the amounts that are there; None (shown as "–") when none is."""
    present = [float(v) for v in values if v is not None]
    return math.fsum(present) if present else None


def _costs(writer: Writer, costs: list[CostLine], labels: Labels) -> None:
    writer.heading(labels["costs"])
    rows, totals = cost_rows(costs, labels)
    columns = cost_columns(labels, labels["category"])
    writer.table(columns, rows, emphasised=totals, empty=labels["none"])
