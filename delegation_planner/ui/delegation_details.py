"""The Delegations tab's details pane: a short summary of the selected register row.

Kept apart from ``delegations_page`` so that the page controller stays about
wiring (filters, selection, commands) and this stays about wording.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from delegation_planner.storage.register_query import RegisterRow
from delegation_planner.ui.status_labels import status_text
from delegation_planner.ui.verdict_labels import verdict_text


def _tr(text: str) -> str:
    # The context is the page's, so existing translations of these labels still apply.
    return QCoreApplication.translate("DelegationsPage", text)


def details_html(record: RegisterRow, direction: str, purpose: str, partner: str, body: str = "GRIP") -> str:
    """``direction``, ``purpose`` and ``partner`` as the table shows them (already in words);
    ``body`` the office's decision body, which heads the verdict as in the register's column."""
    lines = [
        (_tr("Key"), record.key),
        (_tr("Direction"), direction),
        (_tr("Purpose"), purpose),
        (_tr("Partner"), partner),
        (_tr("Dates"), f"{record.start} – {record.end}"),
        (_tr("Politicians (home side)"), str(record.home_politicians)),
        (body, verdict_text(record.grip_verdict) or _tr("not evaluated yet")),
        (_tr("Status"), status_text(record.status)),
    ]
    body = "".join(
        f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in lines
    )
    return f"<h3>{html.escape(record.title)}</h3><table cellspacing='4'>{body}</table>"
