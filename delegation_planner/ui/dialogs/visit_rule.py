"""Settings ▸ Agreement visits…: which visits count toward an agreement's yearly minimum."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGroupBox, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from delegation_planner.domain.enums import Direction, PersonKind
from delegation_planner.domain.visit_rule import VisitRule
from delegation_planner.storage.visit_rule import load_visit_rule, save_visit_rule


class VisitRuleDialog(QDialog):
    def __init__(self, db: Database, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Agreement visits"))
        rule = load_visit_rule(db)
        intro = QLabel(
            self.tr(
                "A visit counts toward an agreement's yearly minimum when it goes to the agreement's "
                "partner (or is linked to the agreement), and:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.direction_checks = {
            Direction.OUTBOUND: QCheckBox(self.tr("it is an &outbound trip"), self),
            Direction.INBOUND: QCheckBox(self.tr("it is an &inbound visit"), self),
        }
        self.level_checks = {
            PersonKind.OFFICIAL: QCheckBox(self.tr("an o&fficial"), self),
            PersonKind.POLITICIAN: QCheckBox(self.tr("a &politician"), self),
        }
        self.completed_check = QCheckBox(self.tr("only when the delegation is &completed"), self)
        directions = QGroupBox(self.tr("Direction (either)"), self)
        levels = QGroupBox(self.tr("A home-side participant who is (either)"), self)
        for box, checks, chosen in (
            (directions, self.direction_checks, rule.directions),
            (levels, self.level_checks, rule.levels),
        ):
            inner = QVBoxLayout(box)
            for value, check in checks.items():
                check.setChecked(value in chosen)
                check.toggled.connect(self._check)
                inner.addWidget(check)
        self.completed_check.setChecked(rule.completed_only)
        self.problem_label = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if read_only:
            self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
            for check in (*self.direction_checks.values(), *self.level_checks.values(), self.completed_check):
                check.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (intro, directions, levels, self.completed_check, self.problem_label, self.buttons):
            layout.addWidget(widget)
        self._check()

    def rule(self) -> VisitRule:
        return VisitRule(
            directions=frozenset(d for d, c in self.direction_checks.items() if c.isChecked()),
            levels=frozenset(k for k, c in self.level_checks.items() if c.isChecked()),
            completed_only=self.completed_check.isChecked(),
        )

    def _check(self) -> None:
        problem = self.rule().problem()
        self.problem_label.setText(self.tr(problem) if problem else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(problem is None)

    def accept(self) -> None:
        if self.rule().problem() is None:
            save_visit_rule(self._db, self.rule())
            super().accept()
