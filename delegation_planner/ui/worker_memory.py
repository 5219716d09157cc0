"""How worker threads make and drop their objects without holding up the window's thread.

Python runs one thread at a time; the window's thread needs its turn for every row
it paints and every key it handles. A worker gives turns between its Python steps,
but not inside one long step of the interpreter's own: a full pass of the garbage
collector, or freeing a large structure at once. Both took 30–110 ms while the overview
computed a year's figures, and typing in the register stalled as long.

The garbage collector is paused while the background computations read (the overview's
year of figures: ``DatabaseTask(..., background=True)``), one pause for all of them. Such a
reading makes hundreds of thousands of short-lived objects, and the collector's full passes
over them took 40–110 ms each. Those objects are freed by their reference counts as soon as
the work drops them; the collector is only needed for cycles, and finds the few a reading
makes once it runs again. Readings overlap, so it runs again when the last of them ends.
Exports and reports, which run for seconds, are not background computations: the
collector keeps running for them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

_lock = threading.Lock()
_readers = 0
_resume = False  # whether the collector ran before the first reading paused it


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the duration (process-wide), unless it was off already."""
    global _readers, _resume
    with _lock:
        if _readers == 0:
            _resume = gc.isenabled()
            gc.disable()
        _readers += 1
    try:
        yield
    finally:
        with _lock:
            _readers -= 1
            if _readers == 0 and _resume:
                gc.enable()


def release_gradually(items: list[Any]) -> None:
    """Empty ``items`` one item at a time. Dropped at once, a year's figures (tens of
    thousands of objects) took 28 ms to free in one step; item by item, other threads
    have their turns in between."""
    while items:
        items.pop()


def equal_gradually(first: Sequence[Any], second: Sequence[Any]) -> bool:
    """``first == second`` for two lists of records, compared one record at a time (a
    comparison of two lists of trips in one step held the other threads up for 12 ms)."""
    return len(first) == len(second) and all(a == b for a, b in zip(first, second, strict=True))
