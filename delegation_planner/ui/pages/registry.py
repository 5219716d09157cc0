"""The main window's pages below the register, by the kind of tab that holds them.

Each is built the first time its tab is shown: each loads its whole list, which on
a large register costs seconds nobody should wait for at start, and none of their
modules is imported before it is needed. The factories are typed, so mypy checks
that every page can be built as ``Page(db, read_only, parent)``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

# Every lazy page is built as Page(db, read_only, parent) and has a ``changed`` signal.
PageFactory = Callable[[Database, bool, QWidget], QWidget]


# Each returns its page's class, imported only when the page is first built (mypy checks
# that every one can be built as above).
def _people_page() -> PageFactory:
    from delegation_planner.ui.pages.records import PeoplePage

    return PeoplePage


def _organisations_page() -> PageFactory:
    from delegation_planner.ui.pages.records import OrganisationsPage

    return OrganisationsPage


def _agreements_page() -> PageFactory:
    from delegation_planner.ui.pages.records import AgreementsPage

    return AgreementsPage


def _follow_up_page() -> PageFactory:
    from delegation_planner.ui.pages.follow_up import FollowUpPage

    return FollowUpPage


def _results_page() -> PageFactory:
    from delegation_planner.ui.pages.results import ResultsPage

    return ResultsPage


def _agreement_visits_page() -> PageFactory:
    from delegation_planner.ui.pages.agreement_follow_up import AgreementFollowUpPage

    return AgreementFollowUpPage


def _new_contacts_page() -> PageFactory:
    from delegation_planner.ui.pages.new_contacts import NewContactsPage

    return NewContactsPage


LAZY_PAGES: dict[str, Callable[[], PageFactory]] = {
    "people": _people_page,
    "organisations": _organisations_page,
    "agreements": _agreements_page,
    "follow_up": _follow_up_page,
    "results": _results_page,
    "agreement_visits": _agreement_visits_page,
    "new_contacts": _new_contacts_page,
}
