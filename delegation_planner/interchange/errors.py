"""The one error an interchange file can cause: a list of problems, each naming its place."""

from __future__ import annotations

from collections.abc import Sequence

from delegation_planner.texts.catalogue import ntr, tr


class InterchangeError(Exception):
    """A file that breaks the contract; nothing has been written.

    ``problems`` holds "path: reason" lines (``delegations[2].participants[0].person:
    unknown person 'p9'``) in the order they occur in the file. Validation stops
    listing after a limit so a badly broken file does not drown the user;
    ``truncated`` then says that there were more.
    """

    def __init__(self, problems: Sequence[str] | str, *, truncated: bool = False) -> None:
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        if not self.problems:
            raise ValueError("an InterchangeError needs at least one problem")
        self.truncated = truncated
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = self.problems[0]
        more = len(self.problems) - 1
        if more == 0 and not self.truncated:
            return first
        if self.truncated:
            return tr("{first} (and at least {more} more problems)", first=first, more=more)
        return ntr(
            "{first} (and {count} more problem)", "{first} (and {count} more problems)", more, first=first
        )

    def __str__(self) -> str:
        return self._summary()
