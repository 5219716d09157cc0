"""How columns that do not fit share the view's width: one rule for every table's fit.

No Qt here: the first paint's lists use it before the window's widgets module is loaded."""

from __future__ import annotations

from collections.abc import Iterable

FIT_ROWS = 60  # rows read for a column's width: a screenful and more
LONGEST_MEASURED = 5  # of those, the texts measured: the longest in characters
# px a column is wider than its widest text: a cell's padding as the styles draw it, the
# header's, and room to spare.
CELL_MARGIN, HEADER_MARGIN, EXTRA = 8, 12, 16


def longest(texts: Iterable[str]) -> list[str]:
    """The texts worth measuring for a column's width: the longest in characters."""
    return sorted(texts, key=len, reverse=True)[:LONGEST_MEASURED]


def column_width(title_width: int, text_widths: Iterable[int]) -> int:
    """A column's width (px) from its title's and its longest texts' widths."""
    widest = max((width + CELL_MARGIN for width in text_widths), default=0)
    return max(widest, title_width + HEADER_MARGIN) + EXTRA


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
