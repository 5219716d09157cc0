"""How columns that do not fit share the view's width: one rule for every table's fit.

No Qt here: the first paint's lists use it before the window's widgets module is loaded."""

from __future__ import annotations

from collections.abc import Iterable


def shrink_to_fit(
    widths: dict[int, int], flexible: Iterable[int], available: int, minimum: int
) -> dict[int, int]:
    """``widths`` (column -> px) made to fit ``available`` px: when they are wider, only the
    ``flexible`` columns (long texts: a title, a point) give up width, in proportion to what
    each has above ``minimum``; short columns keep theirs, so no title is cut while a short
    column holds empty width."""
    fitted = dict(widths)
    excess = sum(fitted.values()) - available
    shrinkable = {c: fitted[c] - minimum for c in flexible if fitted.get(c, 0) > minimum}
    room = sum(shrinkable.values())
    if excess > 0 and room > 0:
        for column, spare in shrinkable.items():
            fitted[column] -= min(spare, round(excess * spare / room))
    return fitted
