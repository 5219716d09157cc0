"""The parts of the annual report, each appended by one function from ``AnnualFigures``.

Kept apart from ``report`` (which opens, orders and saves) so each part can be
read on its own; every function takes the writer, the figures and the labels.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Callable, Sequence

from docx.oxml.ns import qn
from docx.shared import Emu
from lxml import etree

from delegation_planner.documents import charts, deferred_xml, sections
from delegation_planner.documents.labels import Labels
from delegation_planner.documents.memo import cost_rows
from delegation_planner.documents.template import HEADING_2
from delegation_planner.documents.text_xml import append_run, attribute, clean_text, run_xml
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.documents.year_charts import month_chart, partner_chart
from delegation_planner.domain.enums import Direction, FollowUpStatus, Side
from delegation_planner.storage.agreement_followup import Visit
from delegation_planner.storage.annual import (
    Amounts,
    AnnualFigures,
    DelegationFigures,
    FollowUpCounts,
    amount_sum,
)

CHART_WIDTH_CM = 16.0


def summary(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    """What the board should know first: how many trips took place by the report's
    date, what they cost, how follow-up stands and which agreements are still short."""
    writer.heading(labels["board_summary"])
    actual = labels.format.join(
        [labels.money(a.actual, a.currency) for a in figures.totals if a.actual is not None]
    )
    writer.paragraph(
        labels["board_summary_text"].format(
            date=labels.date(figures.as_of),
            completed=len(figures.completed),
            total=len(figures.delegations),
            planned=len(figures.planned),
            actual=actual or "–",
        )
    )
    counts = figures.follow_up
    writer.paragraph(
        labels["board_follow_up"].format(
            points=labels.number(counts.total),
            done=labels.count("done_count", counts.done),
            open=labels.count("open_count", counts.open),
            overdue=labels.count("overdue_count", counts.overdue),
        )
    )
    short = [entry.agreement.partner for entry in figures.agreements if entry.shortfall]
    if short:
        writer.paragraph(labels["agreements_short_summary"].format(partners=labels.format.join(short)))
    elif figures.agreements:
        writer.paragraph(labels["agreements_all_met"])
    directions = ", ".join(
        f"{labels.word(direction)} {labels.number(figures.by_direction[direction])}"
        for direction in Direction
    )
    rows: list[tuple[str, str]] = [
        (labels["delegations_total"], f"{labels.number(len(figures.delegations))} ({directions})"),
        (labels["completed_delegations"], labels.number(len(figures.completed))),
        (labels["planned_delegations"], labels.number(len(figures.planned))),
        (labels["partner_regions"], labels.number(len(figures.partners))),
        (labels["politician_participations"], labels.number(figures.politician_participations)),
        (labels["follow_up_completion"], follow_up_text(figures.follow_up, labels)),
        (labels["results"], labels.number(len(figures.results))),
    ]
    rows += [(f"{labels['costs']} {a.currency}", amounts_text(a, labels)) for a in figures.totals]
    writer.key_values(rows, key_share=0.4, caption=labels["summary"])


def proposal(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["proposal"])
    writer.paragraph(labels["report_proposal"].format(year=figures.year))


def by_purpose(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["by_purpose"])
    rows = [
        [labels.word(purpose)]
        + [labels.number(counts[d]) for d in Direction]
        + [labels.number(sum(counts.values()))]
        for purpose, counts in figures.by_purpose.items()
    ]
    rows.append(
        [labels["total"]]
        + [labels.number(figures.by_direction[d]) for d in Direction]
        + [labels.number(len(figures.delegations))]
    )
    columns = [Column(labels["purpose"], 2.0)]
    columns += [Column(labels.word(d), 1.0, numeric=True) for d in Direction]
    columns.append(Column(labels["total"], 1.0, numeric=True))
    writer.table(columns, rows, emphasised={len(rows) - 1})


def partners(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["partner_regions"])
    rows = [[partner or labels["no_partner"], labels.number(n)] for partner, n in figures.partners]
    writer.table(
        [Column(labels["partner"], 3.0), Column(labels["delegations_total"], 1.0, numeric=True)], rows
    )


def politicians(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["politician_participation"])
    rows = [[name, labels.number(n)] for name, n in figures.politicians]
    if rows:
        rows.append([labels["total"], labels.number(figures.politician_participations)])
    columns = [Column(labels["name"], 3.0), Column(labels["delegations_total"], 1.0, numeric=True)]
    writer.table(columns, rows, emphasised={len(rows) - 1}, empty=labels["no_politicians"])


def per_month(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["per_month"])
    values = ", ".join(
        f"{labels.month_abbreviation(m)} {n}" for m, n in enumerate(figures.per_month, start=1) if n
    )
    picture(
        writer,
        charts.vertical_bars(month_chart(figures, labels)),
        labels["chart_alt_months"].format(year=figures.year, values=values),
        labels["chart_months"].format(year=figures.year),
    )


def costs(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    """Planned (every delegation of the year) against actual (those that took place)."""
    writer.heading(labels["costs_by_category"])
    rows, totals = cost_rows(figures.all_costs, labels)
    writer.table(_money_columns(labels, labels["category"]), rows, emphasised=totals, empty=labels["none"])
    writer.heading(labels["costs_by_partner"])
    partner_rows: list[list[str]] = []
    emphasised: set[int] = set()
    for currency, lines in figures.partner_costs.items():
        for line in lines:
            partner_rows.append([line.partner or labels["no_partner"], *_money(line.amounts, labels)])
        total = Amounts(
            currency,
            amount_sum(x.amounts.planned for x in lines),
            amount_sum(x.amounts.actual for x in lines),
        )
        emphasised.add(len(partner_rows))
        partner_rows.append([f"{labels['total']} {currency}", *_money(total, labels)])
    writer.table(
        _money_columns(labels, labels["partner"]), partner_rows, emphasised=emphasised, empty=labels["none"]
    )
    for currency, lines in figures.partner_costs.items():
        values = "; ".join(
            f"{x.partner or labels['no_partner']}: {' / '.join(_money(x.amounts, labels))}" for x in lines
        )
        picture(
            writer,
            charts.horizontal_bars(partner_chart(currency, lines, labels)),
            labels["chart_alt_costs"].format(currency=currency, values=values),
            labels["chart_costs"].format(currency=currency),
        )


def follow_up(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["follow_up_completion"])
    counts = figures.follow_up
    if counts.total == 0:
        writer.paragraph(labels["none"])
        return

    def share(n: int) -> str:
        return labels.percent(n / counts.total)

    rows = [
        [labels.word(FollowUpStatus.DONE), labels.number(counts.done), share(counts.done)],
        [labels.word(FollowUpStatus.OPEN), labels.number(counts.open), share(counts.open)],
        [labels["overdue"], labels.number(counts.overdue), share(counts.overdue)],
        [labels.word(FollowUpStatus.DROPPED), labels.number(counts.dropped), share(counts.dropped)],
        [labels["total"], labels.number(counts.total), labels.percent(1)],
    ]
    columns = [
        Column(labels["status"], 2.5),
        Column(labels["count"], 1.0, numeric=True),
        Column(labels["share"], 1.0, numeric=True),
    ]
    writer.table(columns, rows, emphasised={4})


def results(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["results"])
    rows = [
        [
            labels.date(result.date),
            result.title + (f"\n{result.description}" if result.description.strip() else ""),
            labels.word(result.kind),
            "\n".join(figures.result_delegations.get(k, k) for k in result.delegations),
            "\n".join(figures.organisation_names.get(k, k) for k in result.organisations),
        ]
        for result in figures.results
    ]
    columns = [
        Column(labels["date"], 1.0),
        Column(labels["result"], 2.0),
        Column(labels["kind"], 0.9),
        Column(labels["visits"], 1.5),
        Column(labels["organisation"], 1.2),
    ]
    writer.table(columns, rows, empty=labels["none"])


def agreements(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    writer.heading(labels["agreement_follow_up"])
    if not figures.agreements:
        writer.paragraph(labels["no_agreement_minimum"])
        return

    def listed(visits: Sequence[Visit]) -> str:
        return "\n".join(f"{labels.date(v.start)}: {v.title}" for v in visits) or "0"

    rows = [
        [
            entry.agreement.partner,
            labels.number(entry.required),
            listed(entry.visits),
            listed(entry.planned),
            labels.number(entry.shortfall),
        ]
        for entry in figures.agreements
    ]
    columns = [
        Column(labels["agreement"], 1.2),
        Column(labels["required_visits"], 0.6, numeric=True),
        Column(labels["official_visits"], 2.0),
        Column(labels["planned_visits"], 1.6),
        Column(labels["shortfall"], 0.7, numeric=True),
    ]
    writer.table(columns, rows)
    short = [entry for entry in figures.agreements if entry.shortfall]
    for entry in short:
        writer.paragraph(
            labels["shortfall_planned"].format(
                partner=entry.agreement.partner,
                missing=entry.shortfall,
                required=entry.required,
                year=figures.year,
                planned=len(entry.planned),
            )
        )
    if not short:
        writer.paragraph(labels["agreements_met"])


class DelegationSections:
    """Appends one section per delegation of the year: the facts, who took part, the
    decision, the costs and the follow-up, as a heading and a two-column table.

    A year may hold a thousand delegations. python-docx looks a style up by scanning
    every style each time one is set, which made a thousand tables take over ten
    seconds; so the first table of each length is built by the writer (styles, widths,
    shading) and later ones are copies of it with their texts filled in.
    """

    def __init__(self, writer: Writer, labels: Labels) -> None:
        self.writer = writer
        self.labels = labels
        # Per number of rows: the table as XML text, with a placeholder for each value and
        # for the caption. A thousand sections are then a thousand strings joined, written
        # into the file as they are, not tens of thousands of python-docx element operations.
        # Kept split at its placeholders: even places are XML, odd ones say what goes there.
        self._templates: dict[int, list[str]] = {}
        # The XML of the sections not yet in the document, in order (see ``flush``).
        self._pending: list[str] = []
        self._texts = SectionTexts(labels)

    def add(self, item: DelegationFigures) -> None:
        rows = delegation_rows(item, self.labels, self._texts)
        template = self._templates.get(len(rows))
        if template is None:
            self._first_of_its_length(item, rows)
            return
        title = attribute(clean_text(item.title)[:255])
        values = [run_xml(value) for _, value in rows]  # it cleans the text itself
        pieces = template.copy()
        for place in range(1, len(pieces), 2):
            slot = pieces[place]
            pieces[place] = title if slot == _TITLE else values[int(slot)]
        table = "".join(pieces)
        heading = self.writer.paragraph_xml(item.title, HEADING_2)
        caption = self.writer.caption_xml(item.title, "Table")
        self._pending += (heading, caption, table)

    def flush(self) -> None:
        """Put the sections added since the last flush into the document, as XML text spliced
        in when it is saved (``deferred_xml``): parsing it and serialising the elements
        again was a quarter of the report's time. Called before anything else is written
        after them."""
        if not self._pending:
            return
        self.writer.defer_blocks("".join(self._pending))
        self._pending.clear()

    def _first_of_its_length(self, item: DelegationFigures, rows: list[tuple[str, str]]) -> None:
        """Built by the writer (styles, widths, shading); its text becomes the template."""
        self.flush()
        self.writer.paragraph(item.title, HEADING_2)
        # One delegation's facts on one page.
        table = self.writer.key_values([(key, "") for key, _ in rows], caption=item.title, keep_together=True)
        prototype = copy.deepcopy(table._tbl)
        for number, tr in enumerate(prototype.tr_lst[1:]):  # below the header row
            append_run(tr.tc_lst[1].p_lst[0], _VALUE.format(number))
        for tag in ("w:tblCaption", "w:tblDescription"):
            for element in prototype.tblPr.findall(qn(tag)):
                element.set(qn("w:val"), _TITLE)
        self._templates[len(rows)] = _split_template(
            deferred_xml.strip_declarations(etree.tostring(prototype, encoding="unicode"))
        )
        for tr, (_, value) in zip(table._tbl.tr_lst[1:], rows, strict=True):
            if value:
                append_run(tr.tc_lst[1].p_lst[0], clean_text(value))


# Placeholders in a table's template: letters and digits only, so XML leaves them as written.
_VALUE = "DPVALUE{}END"
_TITLE = "DPTITLEEND"


# The placeholders as they stand in the template's XML text; the group names the slot.
_PLACEHOLDER = re.compile(f'"({_TITLE})"|<w:r><w:t>{_VALUE.format("([0-9]+)")}</w:t></w:r>')


def _split_template(xml: str) -> list[str]:
    """``xml`` cut at its placeholders: XML at even places, the slot (the title, or a
    value's number) at odd ones."""
    pieces: list[str] = []
    end = 0
    for match in _PLACEHOLDER.finditer(xml):
        pieces += (xml[end : match.start()], match[1] or match[2])
        end = match.end()
    pieces.append(xml[end:])
    return pieces


class SectionTexts:
    """The texts a document's delegation sections repeat, each made once: the rows' labels,
    sums, follow-up counts and decisions (a year's thousand sections repeat most of them, and
    each is a few format calls)."""

    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.row_labels = tuple(labels[key] for key in _ROW_KEYS)
        self._known: dict[object, str] = {}

    def known(self, key: object, make: Callable[[], str]) -> str:
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = make()
        return found


# The labels of a section's rows, in the order ``delegation_rows`` takes them.
_ROW_KEYS = (
    "dates",
    "direction",
    "partner",
    "participants",
    "politicians",
    "grip_decision",
    "costs",
    "follow_up",
)


def delegation_rows(
    item: DelegationFigures, labels: Labels, texts: SectionTexts | None = None
) -> list[tuple[str, str]]:
    """The facts of a delegation's section, label and value; ``texts`` are the document's."""
    texts = texts or SectionTexts(labels)
    dates, direction, partner_label, participants, politician, decision, costs, follow_up = texts.row_labels
    partner = labels.place(item.partner_region, item.country)
    sides = ", ".join(f"{labels.word(side)} {item.side_count(side)}" for side in Side)
    rows: list[tuple[str, str]] = [
        (dates, labels.date_range(item.start, item.end)),
        (direction, f"{labels.word(item.direction)} · {labels.word(item.purpose)}"),
        (partner_label, partner or "–"),
        (participants, sides),
    ]
    politicians = item.home_politicians
    if politicians:
        rows.append((politician, ", ".join(politicians)))
    grip = item.decision
    if politicians or grip is not None:
        key = None if grip is None else (grip.date, grip.outcome, grip.reference, grip.note)
        rows.append((decision, texts.known(("decision", key), lambda: sections.decision_text(grip, labels))))
    totals = item.totals()
    # Keyed by the sums' repr, as ``Labels.money`` keys them: 0.0 and -0.0 are equal but written apart.
    sums = tuple((a.currency, repr(a.planned), repr(a.actual)) for a in totals)
    cost_text = texts.known(
        ("costs", sums), lambda: "\n".join(amounts_text(a, labels) for a in totals) or "–"
    )
    rows.append((costs, cost_text))
    counts = item.follow_up
    follow_up_value = texts.known(
        ("follow_up", counts), lambda: follow_up_text(counts, labels) if counts.total else "–"
    )
    rows.append((follow_up, follow_up_value))
    return rows


# --- small helpers ----------------------------------------------------------------------------------


def picture(writer: Writer, png: bytes, description: str, caption: str) -> None:
    width = min(int(Emu(int(CHART_WIDTH_CM * 360_000))), writer.text_width)
    writer.figure(io.BytesIO(png), width, description, caption)


def follow_up_text(counts: FollowUpCounts, labels: Labels) -> str:
    return labels["follow_up_counts"].format(
        done=labels.count("done_count", counts.done),
        open=labels.count("open_count", counts.open),
        overdue=labels.count("overdue_count", counts.overdue),
        dropped=labels.count("dropped_count", counts.dropped),
    )


def amounts_text(amounts: Amounts, labels: Labels) -> str:
    return labels["costs_line"].format(
        planned=labels.money(amounts.planned, amounts.currency),
        actual=labels.money(amounts.actual, amounts.currency),
    )


def _money(amounts: Amounts, labels: Labels) -> list[str]:
    return [labels.money(amounts.planned, amounts.currency), labels.money(amounts.actual, amounts.currency)]


def _money_columns(labels: Labels, first: str) -> list[Column]:
    return [
        Column(first, 1.8),
        Column(labels["planned"], 1.0, numeric=True),
        Column(labels["actual_completed"], 1.0, numeric=True),
    ]
