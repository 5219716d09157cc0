"""The annual report's part on delegations that ended without a visit.

Declined requests and cancelled trips count nowhere else in the report (not as
visits, not in the costs); the board still sees them here, with the reason, so
the year's work is complete. The words live here, beside the one part that uses
them, in the three languages of the documents.
"""

from __future__ import annotations

from delegation_planner.documents.labels import Labels
from delegation_planner.documents.writer import Column, Writer
from delegation_planner.domain.status import DelegationStatus
from delegation_planner.storage.annual import AnnualFigures

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "Avböjda och inställda delegationer",
        "intro": "Dessa räknas inte som besök och ingår inte i kostnaderna ovan.",
        "delegation": "Delegation",
        "start": "Planerad start",
        "status": "Status",
        "reason": "Skäl",
        "declined": "Avböjd",
        "cancelled": "Inställd",
    },
    "da": {
        "heading": "Afviste og aflyste delegationer",
        "intro": "De tælles ikke som besøg og indgår ikke i udgifterne ovenfor.",
        "delegation": "Delegation",
        "start": "Planlagt start",
        "status": "Status",
        "reason": "Begrundelse",
        "declined": "Afvist",
        "cancelled": "Aflyst",
    },
    "en": {
        "heading": "Declined and cancelled delegations",
        "intro": "These count as no visit and are not part of the costs above.",
        "delegation": "Delegation",
        "start": "Planned start",
        "status": "Status",
        "reason": "Reason",
        "declined": "Declined",
        "cancelled": "Cancelled",
    },
}


def ended_without_visit(writer: Writer, figures: AnnualFigures, labels: Labels) -> None:
    """A table of the year's declined and cancelled delegations; nothing when there are none."""
    if not figures.ended:
        return
    words = WORDS[labels.language]
    writer.heading(words["heading"])
    writer.paragraph(words["intro"])
    rows = [
        [
            entry.title + (f" ({entry.partner_region})" if entry.partner_region else ""),
            labels.date(entry.start),
            words[entry.status.value] + (f", {labels.date(entry.date)}" if entry.date is not None else ""),
            entry.reason,
        ]
        for entry in figures.ended
        if entry.status in (DelegationStatus.DECLINED, DelegationStatus.CANCELLED)
    ]
    columns = [
        Column(words["delegation"], 2.0),
        Column(words["start"], 1.0),
        Column(words["status"], 1.1),
        Column(words["reason"], 2.4),
    ]
    writer.table(columns, rows)
