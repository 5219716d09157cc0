"""The schema's steps, registered as ``sqlite_utils.Migrations`` steps are, without loading it.

Every command and every start of the window reads ``schema.SCHEMA_VERSION`` to open a register;
only an upgrade, a new register and the full check of a file run the steps. sqlite-utils (and
with it click, pluggy, dateutil and importlib.metadata, 0.1-0.15 s) is imported when they run:
``Steps`` keeps the decorated functions in order and hands them to a ``Migrations`` made then,
which does all the rest (its table of applied steps, savepoints, ``stop_before``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Step = TypeVar("Step", bound=Callable[["Database"], None])


class Steps:
    """``Migrations(name)`` as the schema module uses it: ``@steps(name=…)`` registers a step;
    ``pending``, ``apply`` and ``_migrations`` are sqlite-utils' own."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._registered: list[tuple[Callable[[Database], None], str, bool]] = []
        self._made: Migrations | None = None

    def __call__(self, *, name: str, transactional: bool = True) -> Callable[[Step], Step]:
        def register(step: Step) -> Step:
            if any(known == name for _, known, _ in self._registered):
                raise ValueError(f"Migration '{name}' is already registered in set '{self.name}'")
            self._registered.append((step, name, transactional))
            if self._made is not None:
                self._made(name=name, transactional=transactional)(step)
            return step

        return register

    @property
    def migrations(self) -> Migrations:
        """sqlite-utils' ``Migrations`` holding the steps (imported and made on first use)."""
        if self._made is None:
            from sqlite_utils.migrations import Migrations

            made = Migrations(self.name)
            for step, name, transactional in self._registered:
                made(name=name, transactional=transactional)(step)
            self._made = made
        return self._made

    @property
    def _migrations(self) -> list[Migrations._Migration]:
        return self.migrations._migrations

    def pending(self, db: Database) -> list[Migrations._Migration]:
        return self.migrations.pending(db)

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        self.migrations.apply(db, stop_before=stop_before)
