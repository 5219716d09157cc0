"""The year's two charts, as the annual report prints them and the window's overview shows them.

Kept apart from the report's sections so that the overview, which draws them in a
worker thread of the window, does not load python-docx and lxml to do so.
"""

from __future__ import annotations

from collections.abc import Sequence

from delegation_planner.documents import charts
from delegation_planner.documents.labels import Labels
from delegation_planner.storage.annual import AnnualFigures, PartnerAmounts, amount_sum

# A chart with more partners than this groups the smallest under "Others" (the
# table above it still lists every partner).
MAX_CHART_PARTNERS = 12


def month_chart(figures: AnnualFigures, labels: Labels, title: str = "") -> charts.Chart:
    """The year's delegations per month of their start (vertical bars). In the report the
    heading and caption name it, so the picture has no title of its own."""
    return charts.Chart(
        title=title,
        categories=[labels.month_abbreviation(m) for m in range(1, 13)],
        series=[charts.Series(labels["delegations_total"], [float(n) for n in figures.per_month])],
        value_axis=labels["chart_count"],
        category_axis=labels["month"],
        value_text=lambda v: labels.number(v),
        whole_numbers=True,
    )


def partner_chart(
    currency: str, lines: Sequence[PartnerAmounts], labels: Labels, title: str = ""
) -> charts.Chart:
    """Planned beside actual per partner, in one currency, the biggest first (horizontal bars)."""
    ranked = sorted(lines, key=lambda x: -max(x.amounts.planned or 0.0, x.amounts.actual or 0.0))
    shown, rest = ranked[:MAX_CHART_PARTNERS], ranked[MAX_CHART_PARTNERS:]
    names = [x.partner or labels["no_partner"] for x in shown]
    planned = [x.amounts.planned for x in shown]
    actual = [x.amounts.actual for x in shown]
    if rest:
        names.append(f"{labels['others']} ({len(rest)})")
        planned.append(amount_sum(x.amounts.planned for x in rest))
        actual.append(amount_sum(x.amounts.actual for x in rest))
    return charts.Chart(
        title=title,
        categories=names,
        series=[
            charts.Series(labels["planned"], planned, charts.LIGHT),
            charts.Series(labels["actual"], actual, charts.ACCENT),
        ],
        value_axis=labels["chart_amount"].format(currency=currency),
        value_text=lambda v: labels.number(v),
    )
