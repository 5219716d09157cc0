"""Background computations wait while the person types.

The overview's year of figures is Python through and through, in a worker thread. Python
runs one thread at a time, and the window's thread needs its turn for every cell it
paints: while the worker computed, repainting the register's rows after a search took the
window four times as long (40–60 ms instead of 11), and typing stalled. So the search box
says when the person types, and the computation waits at its next step until the typing
has paused; its figures come that much later, and nobody waits for them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

QUIET_AFTER_S = 0.4  # the typing has paused after this long without a key
LONGEST_WAIT_S = 10.0  # a computation waits no longer than this for pauses, all its waits together
WAKE_S = 0.05  # a waiting computation looks up this often (it may have been stopped)


class TypingPause:
    """One per register session: the pages that take typing touch it, the workers wait on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._typed_at = float("-inf")

    def typed(self) -> None:
        """A key was typed (the window's thread)."""
        with self._lock:
            self._typed_at = time.monotonic()

    def is_typing(self) -> bool:
        with self._lock:
            return time.monotonic() - self._typed_at < QUIET_AFTER_S

    def wait_for_pause(
        self, deadline: float | None = None, between: Callable[[], None] = lambda: None
    ) -> None:
        """Return once the typing has paused, or at ``deadline`` (``time.monotonic()``; by
        default ``LONGEST_WAIT_S`` from now), from a worker thread. ``between`` is called
        every few milliseconds meanwhile: a task's progress, which raises once it is stopped."""
        if deadline is None:
            deadline = time.monotonic() + LONGEST_WAIT_S
        while True:
            with self._lock:
                quiet_at = self._typed_at + QUIET_AFTER_S
            now = time.monotonic()
            if now >= quiet_at or now >= deadline:
                return
            between()
            time.sleep(min(quiet_at, deadline, now + WAKE_S) - now)
