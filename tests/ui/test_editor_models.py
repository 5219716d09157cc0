"""The editor's table models, checked with Qt's model tester and by their own rules.

Qt's C++ tester is used (the default): pytest-qt's pure-Python tester, with PySide6 6.12 on
Python 3.11, drops references to True/False and crashes the interpreter at exit.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from delegation_planner.domain.enums import CostCategory, OrganisationKind, PersonKind, Side
from delegation_planner.domain.records import CostLine, Organisation, Participant, Person, ProgrammeItem
from delegation_planner.ui.models import costs_model, programme_model
from delegation_planner.ui.models.costs_model import CostsModel, format_money
from delegation_planner.ui.models.participants_model import ParticipantsModel
from delegation_planner.ui.models.person_picker_model import PersonPickerModel
from delegation_planner.ui.models.programme_model import ProgrammeModel

ORGS = {"mva": Organisation("mva", "Medicon Valley Alliance", OrganisationKind.CLUSTER)}
PEOPLE = {
    "chair": Person("chair", "Anna Svensson", PersonKind.POLITICIAN, organisation="mva"),
    "li": Person("li", "李明", PersonKind.POLITICIAN),
}


def test_participants_model(qtmodeltester):
    model = ParticipantsModel(PEOPLE, ORGS)
    model.set_items(
        [Participant("chair", Side.HOME), Participant("li", Side.PARTNER, justification="bad\x01")]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "Medicon Valley Alliance"
    assert model.home_politicians() == 1
    assert model.problems() == [
        "Row 2: the justification contains an invisible control character (U+0001) at position 4."
    ]
    assert model.data(model.index(1, 5), Qt.ItemDataRole.BackgroundRole) is not None


def test_people_model(qtmodeltester):
    model = PersonPickerModel(ORGS)
    model.set_items(PEOPLE.values())
    qtmodeltester.check(model)


def test_programme_model_sorted_and_checked(qtmodeltester):
    model = ProgrammeModel(ORGS)
    late = ProgrammeItem(dt.datetime(2026, 5, 12, 9), "Late", dt.datetime(2026, 5, 12, 8))
    early = ProgrammeItem(dt.datetime(2026, 5, 11, 9), "Early", None, counterpart="mva")
    model.set_items([late, early])
    qtmodeltester.check(model)
    assert [i.title for i in model.items()] == ["Early", "Late"]
    assert model.problems() == ["Row 2: it ends before it starts."]
    # Moving the first item after the second re-sorts without a reset.
    assert model.setData(model.index(0, programme_model.START), dt.datetime(2026, 5, 13, 9))
    assert [i.title for i in model.items()] == ["Late", "Early"]


def test_costs_model_totals_and_currency(qtmodeltester):
    model = CostsModel()
    model.set_items(
        [
            CostLine(CostCategory.TRAVEL, "SEK", 42000, 39500),
            CostLine(CostCategory.HOSTING, "SEK", 1000, None),
            CostLine(CostCategory.GIFTS, "EUR", 50.5, 60),
            CostLine(CostCategory.OTHER, "XYZ", 10, 10),
        ]
    )
    qtmodeltester.check(model)
    assert model.totals() == [("SEK", 43000.0, 39500.0), ("EUR", 50.5, 60.0)]
    assert model.problems() == ["Row 4: 'XYZ' is not an ISO 4217 currency code (such as SEK, DKK, EUR, CNY)."]
    assert not model.setData(model.index(0, costs_model.PLANNED), -5.0)
    assert model.last_currency() == "EUR"
    # English, as on the tests' C locale; Swedish and Danish in test_window_language.
    assert format_money(42000) == "42,000.00"
    model.append(CostLine(CostCategory.OTHER, "DKK", None, None))
    assert model.totals()[-1] == ("DKK", None, None)  # nothing recorded is not zero
