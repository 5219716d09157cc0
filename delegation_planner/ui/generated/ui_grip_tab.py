# Generated from forms/grip_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

from delegation_planner.ui.widgets.date_edit import DateEdit

class Ui_GripTab(object):
    def setupUi(self, GripTab):
        if not GripTab.objectName():
            GripTab.setObjectName(u"GripTab")
        self.main_layout = QVBoxLayout(GripTab)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.verdict_label = QLabel(GripTab)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setText(u"")
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.verdict_label)

        self.criteria_view = QTableView(GripTab)
        self.criteria_view.setObjectName(u"criteria_view")
        self.criteria_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteria_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteria_view.setWordWrap(True)

        self.main_layout.addWidget(self.criteria_view)

        self.decision_box = QGroupBox(GripTab)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_layout = QGridLayout(self.decision_box)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_check = QCheckBox(self.decision_box)
        self.decision_check.setObjectName(u"decision_check")

        self.decision_layout.addWidget(self.decision_check, 0, 0, 1, 4)

        self.date_label = QLabel(self.decision_box)
        self.date_label.setObjectName(u"date_label")

        self.decision_layout.addWidget(self.date_label, 1, 0, 1, 1)

        self.date_edit = DateEdit(self.decision_box)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.decision_layout.addWidget(self.date_edit, 1, 1, 1, 1)

        self.outcome_label = QLabel(self.decision_box)
        self.outcome_label.setObjectName(u"outcome_label")

        self.decision_layout.addWidget(self.outcome_label, 1, 2, 1, 1)

        self.outcome_combo = QComboBox(self.decision_box)
        self.outcome_combo.setObjectName(u"outcome_combo")
        self.outcome_combo.setMaximumSize(QSize(280, 16777215))

        self.decision_layout.addWidget(self.outcome_combo, 1, 3, 1, 1)

        self.reference_label = QLabel(self.decision_box)
        self.reference_label.setObjectName(u"reference_label")

        self.decision_layout.addWidget(self.reference_label, 2, 0, 1, 1)

        self.reference_edit = QLineEdit(self.decision_box)
        self.reference_edit.setObjectName(u"reference_edit")

        self.decision_layout.addWidget(self.reference_edit, 2, 1, 1, 3)

        self.note_label = QLabel(self.decision_box)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.decision_layout.addWidget(self.note_label, 3, 0, 1, 1)

        self.note_edit = QPlainTextEdit(self.decision_box)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaximumSize(QSize(16777215, 52))
        self.note_edit.setTabChangesFocus(True)

        self.decision_layout.addWidget(self.note_edit, 3, 1, 1, 3)

        self.decision_problem = QLabel(self.decision_box)
        self.decision_problem.setObjectName(u"decision_problem")
        self.decision_problem.setStyleSheet(u"color: #b00020;")
        self.decision_problem.setWordWrap(True)
        self.decision_problem.setText(u"")

        self.decision_layout.addWidget(self.decision_problem, 4, 0, 1, 4)

        self.history_label = QLabel(self.decision_box)
        self.history_label.setObjectName(u"history_label")

        self.decision_layout.addWidget(self.history_label, 5, 0, 1, 4)

        self.history_view = QTableView(self.decision_box)
        self.history_view.setObjectName(u"history_view")
        self.history_view.setMaximumSize(QSize(16777215, 96))
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setAlternatingRowColors(True)

        self.decision_layout.addWidget(self.history_view, 6, 0, 1, 4)

        self.decision_layout.setColumnStretch(3, 1)

        self.main_layout.addWidget(self.decision_box)

        self.basis_row = QHBoxLayout()
        self.basis_row.setObjectName(u"basis_row")
        self.basis_button = QPushButton(GripTab)
        self.basis_button.setObjectName(u"basis_button")

        self.basis_row.addWidget(self.basis_button)

        self.language_label = QLabel(GripTab)
        self.language_label.setObjectName(u"language_label")

        self.basis_row.addWidget(self.language_label)

        self.language_combo = QComboBox(GripTab)
        self.language_combo.setObjectName(u"language_combo")

        self.basis_row.addWidget(self.language_combo)

        self.basis_status = QLabel(GripTab)
        self.basis_status.setObjectName(u"basis_status")
        self.basis_status.setWordWrap(True)
        self.basis_status.setText(u"")
        self.basis_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.basis_row.addWidget(self.basis_status)

        self.basis_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.basis_row.addItem(self.basis_spacer)


        self.main_layout.addLayout(self.basis_row)

        self.main_layout.setStretch(1, 1)
        self.date_label.setBuddy(self.date_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.reference_label.setBuddy(self.reference_edit)
        self.note_label.setBuddy(self.note_edit)
        self.history_label.setBuddy(self.history_view)
        self.language_label.setBuddy(self.language_combo)
        QWidget.setTabOrder(self.criteria_view, self.decision_check)
        QWidget.setTabOrder(self.decision_check, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.history_view)
        QWidget.setTabOrder(self.history_view, self.basis_button)
        QWidget.setTabOrder(self.basis_button, self.language_combo)

        self.retranslateUi(GripTab)

        QMetaObject.connectSlotsByName(GripTab)
    # setupUi

    def retranslateUi(self, GripTab):
        self.decision_box.setTitle(QCoreApplication.translate("GripTab", u"GRIP decision", None))
        self.decision_check.setText(QCoreApplication.translate("GripTab", u"A &decision is recorded", None))
        self.decision_check.setToolTip(QCoreApplication.translate("GripTab", u"Untick to record that there is no decision (the history keeps the earlier one)", None))
        self.date_label.setText(QCoreApplication.translate("GripTab", u"Decided &on", None))
        self.outcome_label.setText(QCoreApplication.translate("GripTab", u"O&utcome", None))
        self.reference_label.setText(QCoreApplication.translate("GripTab", u"&Reference (Dnr)", None))
        self.reference_edit.setPlaceholderText(QCoreApplication.translate("GripTab", u"e.g. Dnr 2026-000123", None))
        self.note_label.setText(QCoreApplication.translate("GripTab", u"Conditions / &note", None))
        self.history_label.setText(QCoreApplication.translate("GripTab", u"Decision &history (as stored)", None))
        self.basis_button.setText(QCoreApplication.translate("GripTab", u"&Write decision basis\u2026", None))
        self.basis_button.setToolTip(QCoreApplication.translate("GripTab", u"Write the decision basis for GRIP as a Word document, from the delegation as stored", None))
        self.language_label.setText(QCoreApplication.translate("GripTab", u"in &language", None))
        pass
    # retranslateUi

