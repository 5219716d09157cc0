"""The Delegations tab's details pane: a short summary of the selected register row.

Kept apart from ``pages.delegations`` so that the page controller stays about
wiring (filters, selection, commands) and this stays about wording.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication

from delegation_planner.storage.register_query import RegisterRow
from delegation_planner.ui.labels.formatting import date_text
from delegation_planner.ui.labels.status import status_text
from delegation_planner.ui.labels.verdicts import verdict_text

_tr = QCoreApplication.translate


def _date(iso: str) -> str:
    try:
        return date_text(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def details_html(record: RegisterRow, direction: str, purpose: str, partner: str, body: str = "GRIP") -> str:
    """``direction``, ``purpose`` and ``partner`` as the table shows them (already in words);
    ``body`` the office's decision body, which heads the verdict as in the register's column."""
    # The context is the page's: the labels are the Delegations tab's words.
    lines = [
        (_tr("DelegationsPage", "Key"), record.key),
        (_tr("DelegationsPage", "Direction"), direction),
        (_tr("DelegationsPage", "Purpose"), purpose),
        (_tr("DelegationsPage", "Partner"), partner),
        (_tr("DelegationsPage", "Dates"), f"{_date(record.start)} – {_date(record.end)}"),
        (_tr("DelegationsPage", "Politicians (home side)"), str(record.home_politicians)),
        (body, verdict_text(record.grip_verdict) or _tr("DelegationsPage", "not evaluated yet")),
        (_tr("DelegationsPage", "Status"), status_text(record.status)),
    ]
    body = "".join(
        f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in lines
    )
    return f"<h3>{html.escape(record.title)}</h3><table cellspacing='4'>{body}</table>"
