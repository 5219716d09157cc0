"""A change tried again when a server gave it up because another session's change crossed it.

PostgreSQL ends one of two transactions that wait for each other (a deadlock) or that
cannot both stand under their isolation (a serialization failure), and rolls it back
whole: the same change, made again from the start, goes through. The person saving should
not be told to try again for what the program can do itself; only after a few attempts is
the failure shown (in the plain words of ``WriteFailedError``). A change inside a caller's
transaction is not retried here: the caller's whole transaction was lost, so it is the
caller's to make again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from delegation_planner.storage.errors import CrossedWriteError

if TYPE_CHECKING:
    from sqlite_utils import Database

T = TypeVar("T")
ATTEMPTS = 4


def retried(db: Database, change: Callable[[], T]) -> T:
    """``change()`` (one transaction of its own), made again when another session crossed it."""
    nested = db.conn.in_transaction
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return change()
        except CrossedWriteError:
            if nested or attempt == ATTEMPTS:
                raise
            # A short, random pause, so that the two sessions do not cross again in step.
            time.sleep(random.uniform(0.02, 0.1) * attempt)
    raise AssertionError("unreachable")
