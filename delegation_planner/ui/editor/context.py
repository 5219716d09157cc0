"""What the editor needs from the register besides the delegation itself.

Loaded once when the editor opens (a handful of small queries), then passed to
every tab through its constructor, so no tab reaches for a global.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from delegation_planner.domain.office import OfficeProfile
from delegation_planner.domain.policy import DEFAULT_PRIORITY_THEMES
from delegation_planner.domain.records import Agreement, Organisation, Person
from delegation_planner.storage import register_query, repository
from delegation_planner.storage.office_store import load_office
from delegation_planner.storage.partners import partner_countries


@dataclass
class EditorContext:
    db: Database
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    agreements: list[Agreement] = field(default_factory=list)
    partner_regions: list[str] = field(default_factory=list)
    partner_countries: dict[str, str] = field(default_factory=dict)  # partner region -> country
    themes: list[str] = field(default_factory=list)
    # The office's labels of its themes, and its name for the decision body.
    office: OfficeProfile | None = None
    # The reference typed for the next document written from this editor ("" = proposed).
    next_reference: str = ""

    @classmethod
    def load(cls, db: Database) -> EditorContext:
        agreements = repository.list_agreements(db)
        office = load_office(db)
        # The editor's completion lists: what is in use, and what the agreements name.
        used_partners = register_query.partner_regions_in_use(db.conn)
        partners = set(used_partners) | {a.partner for a in agreements if a.partner}
        themes = set(DEFAULT_PRIORITY_THEMES) | register_query.themes_in_use(db.conn)
        for agreement in agreements:
            themes.update(agreement.themes)
        return cls(
            db=db,
            people={p.id: p for p in repository.list_people(db)},
            organisations={o.id: o for o in repository.list_organisations(db)},
            agreements=agreements,
            partner_regions=sorted(partners, key=str.casefold),
            partner_countries=partner_countries(db),
            themes=sorted(themes | set(office.themes)),
            office=office,
        )

    def organisation_name(self, key: str | None) -> str:
        if not key:
            return ""
        found = self.organisations.get(key)
        return found.name if found else key
