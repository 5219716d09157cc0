"""The annual follow-up report with the costs (contract §5 ``report``), for the regional board.

"A consolidated annual follow-up, including the financial accounting, goes to
the regional board" (the Skåne strategy); the Hovedstaden evaluation shows what
the board reads: costs per delegation and kind of spending, results traced back
to visits. The report of a year holds the delegations that *start* in it.

The whole document is built in memory and then saved atomically, so a cancelled
or failed report leaves nothing behind (and never a damaged copy of an earlier
one). The window runs ``write_report`` in a worker with ``progress`` and
``cancelled``; the command line runs it as it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from docx.document import Document

from delegation_planner.documents import report_sections as part
from delegation_planner.documents import sections
from delegation_planner.documents.bundle import DocumentContext, save_atomically
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.report_ended import ended_without_visit
from delegation_planner.documents.template import HEADING_1
from delegation_planner.documents.toc import fill_table_of_contents
from delegation_planner.documents.writer import Writer
from delegation_planner.storage.annual import AnnualFigures, year_figures
from delegation_planner.storage.office_store import load_office
from delegation_planner.texts.catalogue import tr

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

FIRST_YEAR, LAST_YEAR = 1900, 2100

# The parts before the delegations' own sections, in order; each is one step of progress.
_PARTS: tuple[Callable[[Writer, AnnualFigures, Labels], None], ...] = (
    part.summary,
    part.proposal,
    part.by_purpose,
    part.partners,
    part.politicians,
    part.per_month,
    part.costs,
    part.follow_up,
    part.results,
    part.agreements,
    ended_without_visit,
)


class ReportCancelled(Exception):
    """The person cancelled the report; nothing was written."""


def suggested_file_name(year: int, lang: str = "sv") -> str:
    """``Årsrapport 2026.docx``."""
    return sections.safe_file_name(f"{Labels.for_language(lang)['report']} {year}")


def write_report(
    db: Database,
    year: int,
    path: Path | str,
    lang: str | None = None,
    template: Path | str | bytes | None = None,
    today: dt.date | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    as_of: dt.date | None = None,
    reference: str | None = None,
) -> Path:
    """Write the report of ``year`` to ``path``. ``today`` is the day it is written
    (default: the real today) and, unless ``as_of`` says otherwise, the day it is
    made as of. ValueError for a year outside 1900–2100 or an unknown language,
    TemplateError for an unusable template, ReportCancelled (nothing written) when
    ``cancelled()`` turns true. ``reference`` is the document register's, printed in the
    page header."""
    check_year(year)
    if lang is not None:
        Labels.for_language(lang)  # refuse an unknown language before reading anything
    office = load_office(db)
    # Written today, made as of ``as_of``: "Per 29 november 2026" may be a day other than the writing.
    ctx = DocumentContext(
        office=office.name,
        language=lang or office.document_language,
        today=today or dt.date.today(),
        profile=office,
    )
    template = template if template is not None else office.letterhead
    _check(cancelled)
    figures = year_figures(db, year, as_of=as_of or ctx.today)
    document = build_report(figures, ctx, template, progress=progress, cancelled=cancelled)
    return save_atomically(lambda: document, path, reference, ctx.language)


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(
            tr(
                "The year must be between {first_year} and {last_year}, not {year}.",
                first_year=FIRST_YEAR,
                last_year=LAST_YEAR,
                year=year,
            )
        )


def build_report(
    figures: AnnualFigures,
    ctx: DocumentContext,
    template: Path | str | bytes | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Document:
    """The report as a document in memory."""
    labels = ctx.labels
    title = f"{labels['report']} {figures.year}"
    subtitle = labels["report_subtitle"].format(year=figures.year)
    writer = sections.start_document(ctx, template, title, title, subtitle)
    document = writer.document
    writer.title(title, subtitle)
    as_of = writer.paragraph(labels["report_as_of"].format(date=labels.date(figures.as_of)))
    as_of.runs[0].bold = True
    writer.paragraph(labels["written"].format(date=labels.date(ctx.today)) + f" · {ctx.office}")
    # Not a heading: it would stand before the first Heading 1 and list itself.
    writer.paragraph(labels["contents"]).runs[0].bold = True
    contents = writer.paragraph("")

    if not figures.delegations:
        # A short report that says so; results and agreements still matter (a year
        # without visits is exactly when an agreement's minimum is missed).
        writer.paragraph(labels["no_delegations"].format(year=figures.year))
        parts: tuple[Callable[[Writer, AnnualFigures, Labels], None], ...] = ()
        parts += (part.proposal,)
        if figures.results:
            parts += (part.results,)
        if any(entry.shortfall for entry in figures.agreements):
            parts += (part.agreements,)
        if figures.ended:
            parts += (ended_without_visit,)
    else:
        parts = _PARTS
    total = len(parts) + len(figures.delegations)
    done = 0
    _report(progress, done, total)
    for write_part in parts:
        _check(cancelled)
        write_part(writer, figures, labels)
        done += 1
        _report(progress, done, total)
    delegations = part.DelegationSections(writer, labels)
    groups = (
        (labels["completed_delegations"], figures.completed, labels["none"]),
        (labels["planned_delegations"], figures.planned, labels["no_planned"].format(year=figures.year)),
    )
    for heading, group, empty in groups if figures.delegations else ():
        writer.heading(heading)
        if heading == labels["planned_delegations"]:
            note = writer.paragraph(
                labels["planned_delegations_note"].format(date=labels.date(figures.as_of))
            )
            note.paragraph_format.keep_with_next = True
        if not group:
            writer.paragraph(empty)
        for item in group:
            _check(cancelled)
            delegations.add(item)
            done += 1
            # Every delegation would flood a window's event queue on a big year; every 25th is smooth enough.
            if done % 25 == 0 or done == total:
                _report(progress, done, total)
        delegations.flush()
    _check(cancelled)
    fill_table_of_contents(document, contents, writer.style_id(HEADING_1))
    return document


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled(tr("The report was cancelled; nothing was written."))


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
