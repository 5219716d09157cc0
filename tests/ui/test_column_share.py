"""Columns that do not fit: only the long-text columns give up width, in proportion."""

from __future__ import annotations

from delegation_planner.ui.widgets.column_share import shrink_to_fit


def test_only_flexible_columns_shrink_in_proportion_and_not_below_the_minimum() -> None:
    widths = {0: 400, 1: 80, 2: 240, 3: 90}
    fitted = shrink_to_fit(widths, (0, 2), available=610, minimum=140)
    assert fitted[1] == 80 and fitted[3] == 90  # short columns keep their width
    assert sum(fitted.values()) == 610
    assert fitted[0] - 140 > fitted[2] - 140  # the wider one gave more
    assert shrink_to_fit(widths, (0, 2), available=100, minimum=140) == {0: 140, 1: 80, 2: 140, 3: 90}
    assert shrink_to_fit(widths, (0, 2), available=2000, minimum=140) == widths
    assert widths == {0: 400, 1: 80, 2: 240, 3: 90}  # the caller's widths are left alone
