"""The GRIP and checklist models on their own, under Qt's C++ model tester (pytest-qt's
Python tester crashes with PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import datetime as dt

from delegation_planner.domain import grip
from delegation_planner.domain.checklist import default_template
from delegation_planner.domain.enums import Direction
from delegation_planner.storage import repository
from delegation_planner.ui.models import checklist_model, grip_model
from tests.ui.editor_fixtures import seed_delegation


def test_grip_models_pass_qts_model_tester(qtmodeltester, db):
    delegation = seed_delegation(db)
    people = {p.id: p for p in repository.list_people(db)}
    model = grip_model.GripResultModel()
    model.set_result(grip.evaluate(delegation, people, repository.load_policy(db)))
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.data(model.index(0, grip_model.CRITERION)) == "Each politician's participation is justified"
    history = grip_model.DecisionHistoryModel()
    history.set_rows(
        [
            {"recorded_at": "2026-04-02T10:00:00", "date": "2026-04-02", "outcome": "approved"},
            {"recorded_at": "2026-04-03T09:00:00", "date": "", "outcome": "", "reference": ""},
        ]
    )
    qtmodeltester.check(history)
    assert history.data(history.index(0, history.RECORDED)) == "2026-04-03 09:00:00"


def test_checklist_model_passes_qts_model_tester(qtmodeltester):
    model = checklist_model.ChecklistModel()
    model.set_items(default_template(Direction.OUTBOUND))
    model.set_situation(dt.date(2026, 5, 10), has_decision=True, today=dt.date(2026, 4, 1))
    qtmodeltester.check(model)
    assert model.overdue_count() == 1  # "Invitation received", due 2026-03-11
    assert model.open_count() == len(default_template(Direction.OUTBOUND)) - 1
