"""The GRIP verdict in the delegation register: the column and the "Needs attention" filter."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from delegation_planner.storage import repository
from delegation_planner.storage.database import open_database
from delegation_planner.ui.models.delegations_model import GRIP
from tests.core.factories import delegation, participant, person


def keys(window):
    model = window.delegations.model
    return [model.key_at(r) for r in range(model.rowCount())]


def verdict_cells(window):
    model = window.delegations.model
    return {model.key_at(r): model.data(model.index(r, GRIP)) for r in range(model.rowCount())}


def add_troubled_delegations(path):
    """One failing (an unjustified politician, no decision) and one warning (no priority theme)."""
    db = open_database(path)
    repository.save_person(db, person("chair"))
    repository.save_delegation(
        db,
        delegation(
            "fail-2026", title="Failing trip", start=dt.date(2026, 8, 1), participants=[participant("chair")]
        ),
    )
    repository.save_delegation(
        db, delegation("warn-2023", title="Off-theme trip", start=dt.date(2023, 1, 1), themes=[])
    )
    db.close()


def test_grip_column_shows_the_stored_verdict_in_words(qtbot, make_window, register_path):
    add_troubled_delegations(register_path)
    window = make_window(register_path)
    model = window.delegations.model
    assert model.headerData(GRIP, Qt.Orientation.Horizontal) == "GRIP"
    assert verdict_cells(window) == {
        "fail-2026": "✖ Fail",
        "jiangsu-2026": "✔ Pass",  # no politicians, but a priority theme: a verdict all the same
        "gd-2025": "✔ Pass",
        "tianjin-2024": "✔ Pass",
        "warn-2023": "⚠ Warning",
    }
    # Shown as stored: the window does not evaluate, so a stored value is what it says.
    window.session.db.execute("UPDATE delegations SET grip_verdict = 'warn' WHERE id = 'gd-2025'")
    window.session.db.conn.commit()
    window.refresh_all()
    qtbot.waitUntil(lambda: verdict_cells(window).get("gd-2025") == "⚠ Warning", timeout=5000)
    window.delegations.select_row(keys(window).index("fail-2026"))
    assert "✖ Fail" in window.ui.details_browser.toPlainText()


def test_sorting_by_the_grip_column_puts_failures_first(qtbot, make_window, register_path):
    add_troubled_delegations(register_path)
    window = make_window(register_path)
    window.ui.table_view.sortByColumn(GRIP, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: keys(window)[:2] == ["fail-2026", "warn-2023"], timeout=5000)


def test_needs_attention_narrows_the_register(qtbot, make_window, register_path):
    add_troubled_delegations(register_path)
    window = make_window(register_path)
    assert len(keys(window)) == 5
    window.ui.needs_attention_check.setFocus()
    qtbot.keyClick(window.ui.needs_attention_check, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: not window.delegations.model.is_loading and keys(window) == ["fail-2026", "warn-2023"],
        timeout=5000,
    )
    assert window.ui.count_label.text() == "2 of 5 delegations"
    window.ui.needs_attention_check.setChecked(False)
    qtbot.waitUntil(lambda: len(keys(window)) == 5, timeout=5000)
