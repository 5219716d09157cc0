# Generated from forms/policy_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSpinBox, QVBoxLayout, QWidget

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(560, 560)
        self.dialog_layout = QVBoxLayout(PolicyDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(PolicyDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(PolicyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PolicyDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_problem = QLabel(PolicyDialog)
        self.name_problem.setObjectName(u"name_problem")
        self.name_problem.setWordWrap(True)
        self.name_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_problem)

        self.min_justification_label = QLabel(PolicyDialog)
        self.min_justification_label.setObjectName(u"min_justification_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.min_justification_label)

        self.min_justification_spin = QSpinBox(PolicyDialog)
        self.min_justification_spin.setObjectName(u"min_justification_spin")
        self.min_justification_spin.setMinimum(0)
        self.min_justification_spin.setMaximum(5000)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.min_justification_spin)

        self.max_politicians_label = QLabel(PolicyDialog)
        self.max_politicians_label.setObjectName(u"max_politicians_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.max_politicians_label)

        self.max_politicians_spin = QSpinBox(PolicyDialog)
        self.max_politicians_spin.setObjectName(u"max_politicians_spin")
        self.max_politicians_spin.setMinimum(0)
        self.max_politicians_spin.setMaximum(1000)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.max_politicians_spin)

        self.min_follow_up_label = QLabel(PolicyDialog)
        self.min_follow_up_label.setObjectName(u"min_follow_up_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.min_follow_up_label)

        self.min_follow_up_spin = QSpinBox(PolicyDialog)
        self.min_follow_up_spin.setObjectName(u"min_follow_up_spin")
        self.min_follow_up_spin.setMinimum(0)
        self.min_follow_up_spin.setMaximum(100)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.min_follow_up_spin)

        self.themes_label = QLabel(PolicyDialog)
        self.themes_label.setObjectName(u"themes_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.themes_label)

        self.themes_layout = QVBoxLayout()
        self.themes_layout.setObjectName(u"themes_layout")
        self.themes_view = QListView(PolicyDialog)
        self.themes_view.setObjectName(u"themes_view")
        self.themes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themes_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.themes_layout.addWidget(self.themes_view)

        self.theme_add_row = QHBoxLayout()
        self.theme_add_row.setObjectName(u"theme_add_row")
        self.theme_edit = QLineEdit(PolicyDialog)
        self.theme_edit.setObjectName(u"theme_edit")

        self.theme_add_row.addWidget(self.theme_edit)

        self.add_theme_button = QPushButton(PolicyDialog)
        self.add_theme_button.setObjectName(u"add_theme_button")
        self.add_theme_button.setAutoDefault(False)

        self.theme_add_row.addWidget(self.add_theme_button)

        self.remove_theme_button = QPushButton(PolicyDialog)
        self.remove_theme_button.setObjectName(u"remove_theme_button")
        self.remove_theme_button.setAutoDefault(False)

        self.theme_add_row.addWidget(self.remove_theme_button)

        self.theme_add_row.setStretch(0, 1)

        self.themes_layout.addLayout(self.theme_add_row)

        self.theme_problem = QLabel(PolicyDialog)
        self.theme_problem.setObjectName(u"theme_problem")
        self.theme_problem.setWordWrap(True)
        self.theme_problem.setTextFormat(Qt.TextFormat.PlainText)

        self.themes_layout.addWidget(self.theme_problem)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.themes_layout)


        self.dialog_layout.addLayout(self.form_layout)

        self.criteria_box = QGroupBox(PolicyDialog)
        self.criteria_box.setObjectName(u"criteria_box")
        self.criteria_layout = QVBoxLayout(self.criteria_box)
        self.criteria_layout.setObjectName(u"criteria_layout")
        self.criteria_hint = QLabel(self.criteria_box)
        self.criteria_hint.setObjectName(u"criteria_hint")
        self.criteria_hint.setWordWrap(True)

        self.criteria_layout.addWidget(self.criteria_hint)


        self.dialog_layout.addWidget(self.criteria_box)

        self.rules_row = QHBoxLayout()
        self.rules_row.setObjectName(u"rules_row")
        self.rules_label = QLabel(PolicyDialog)
        self.rules_label.setObjectName(u"rules_label")

        self.rules_row.addWidget(self.rules_label)

        self.rules_combo = QComboBox(PolicyDialog)
        self.rules_combo.setObjectName(u"rules_combo")

        self.rules_row.addWidget(self.rules_combo)

        self.use_rules_button = QPushButton(PolicyDialog)
        self.use_rules_button.setObjectName(u"use_rules_button")
        self.use_rules_button.setAutoDefault(False)

        self.rules_row.addWidget(self.use_rules_button)

        self.rules_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.rules_row)

        self.office_note = QLabel(PolicyDialog)
        self.office_note.setObjectName(u"office_note")
        self.office_note.setWordWrap(True)

        self.dialog_layout.addWidget(self.office_note)

        self.button_box = QDialogButtonBox(PolicyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.RestoreDefaults|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.min_justification_label.setBuddy(self.min_justification_spin)
        self.max_politicians_label.setBuddy(self.max_politicians_spin)
        self.min_follow_up_label.setBuddy(self.min_follow_up_spin)
        self.themes_label.setBuddy(self.themes_view)
        self.rules_label.setBuddy(self.rules_combo)
        QWidget.setTabOrder(self.name_edit, self.min_justification_spin)
        QWidget.setTabOrder(self.min_justification_spin, self.max_politicians_spin)
        QWidget.setTabOrder(self.max_politicians_spin, self.min_follow_up_spin)
        QWidget.setTabOrder(self.min_follow_up_spin, self.themes_view)
        QWidget.setTabOrder(self.themes_view, self.theme_edit)
        QWidget.setTabOrder(self.theme_edit, self.add_theme_button)
        QWidget.setTabOrder(self.add_theme_button, self.remove_theme_button)
        QWidget.setTabOrder(self.remove_theme_button, self.rules_combo)
        QWidget.setTabOrder(self.rules_combo, self.use_rules_button)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"Policy profile", None))
        self.intro_label.setText(QCoreApplication.translate("PolicyDialog", u"These settings decide the GRIP criteria for every delegation. Saving evaluates every delegation again.", None))
        self.name_label.setText(QCoreApplication.translate("PolicyDialog", u"&Name:", None))
        self.min_justification_label.setText(QCoreApplication.translate("PolicyDialog", u"Shortest &justification:", None))
        self.min_justification_spin.setToolTip(QCoreApplication.translate("PolicyDialog", u"Characters, counted after trimming white space", None))
        self.max_politicians_label.setText(QCoreApplication.translate("PolicyDialog", u"Most &politicians on an outbound trip:", None))
        self.max_politicians_spin.setToolTip(QCoreApplication.translate("PolicyDialog", u"More home-side politicians than this is a large political delegation", None))
        self.min_follow_up_label.setText(QCoreApplication.translate("PolicyDialog", u"Fewest &follow-up points in a memo:", None))
        self.min_follow_up_spin.setToolTip(QCoreApplication.translate("PolicyDialog", u"Complete follow-up points (text, owner and due date) a visit memo must carry", None))
        self.themes_label.setText(QCoreApplication.translate("PolicyDialog", u"Priority &themes:", None))
        self.theme_edit.setPlaceholderText(QCoreApplication.translate("PolicyDialog", u"Type part of a theme's name (Down lists them all)", None))
        self.add_theme_button.setText(QCoreApplication.translate("PolicyDialog", u"&Add", None))
        self.remove_theme_button.setText(QCoreApplication.translate("PolicyDialog", u"&Remove", None))
        self.criteria_box.setTitle(QCoreApplication.translate("PolicyDialog", u"Criteria applied", None))
        self.criteria_hint.setText(QCoreApplication.translate("PolicyDialog", u"A criterion left out is shown as not applicable and never fails a delegation.", None))
        self.rules_label.setText(QCoreApplication.translate("PolicyDialog", u"Start from the &rules of:", None))
        self.rules_combo.setToolTip(QCoreApplication.translate("PolicyDialog", u"The criteria, thresholds and priority themes of a shipped office profile; nothing is saved until you press Save", None))
        self.use_rules_button.setText(QCoreApplication.translate("PolicyDialog", u"&Use these rules", None))
        self.office_note.setText(QCoreApplication.translate("PolicyDialog", u"The office's name, decision body, document language and letterhead are set under Settings \u25b8 Office profile\u2026; choosing another office there brings its rules too.", None))
    # retranslateUi

