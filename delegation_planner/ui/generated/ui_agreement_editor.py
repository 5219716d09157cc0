# Generated from forms/agreement_editor.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

from delegation_planner.ui.widgets.date_edit import DateEdit

class Ui_AgreementEditor(object):
    def setupUi(self, AgreementEditor):
        if not AgreementEditor.objectName():
            AgreementEditor.setObjectName(u"AgreementEditor")
        AgreementEditor.resize(480, 270)
        self.dialog_layout = QVBoxLayout(AgreementEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.partner_label = QLabel(AgreementEditor)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_box = QVBoxLayout()
        self.partner_box.setSpacing(2)
        self.partner_box.setObjectName(u"partner_box")
        self.partner_edit = QLineEdit(AgreementEditor)
        self.partner_edit.setObjectName(u"partner_edit")

        self.partner_box.addWidget(self.partner_edit)

        self.partner_error = QLabel(AgreementEditor)
        self.partner_error.setObjectName(u"partner_error")
        self.partner_error.setWordWrap(True)
        self.partner_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.partner_box.addWidget(self.partner_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.partner_box)

        self.signed_label = QLabel(AgreementEditor)
        self.signed_label.setObjectName(u"signed_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signed_label)

        self.signed_row = QHBoxLayout()
        self.signed_row.setObjectName(u"signed_row")
        self.signed_date_edit = DateEdit(AgreementEditor)
        self.signed_date_edit.setObjectName(u"signed_date_edit")
        self.signed_date_edit.setCalendarPopup(True)

        self.signed_row.addWidget(self.signed_date_edit)

        self.signed_unknown_check = QCheckBox(AgreementEditor)
        self.signed_unknown_check.setObjectName(u"signed_unknown_check")

        self.signed_row.addWidget(self.signed_unknown_check)

        self.signed_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signed_row.addItem(self.signed_spacer)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.signed_row)

        self.scope_label = QLabel(AgreementEditor)
        self.scope_label.setObjectName(u"scope_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.scope_combo = QComboBox(AgreementEditor)
        self.scope_combo.setObjectName(u"scope_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scope_combo)

        self.themes_label = QLabel(AgreementEditor)
        self.themes_label.setObjectName(u"themes_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.themes_label)

        self.themes_box = QVBoxLayout()
        self.themes_box.setSpacing(2)
        self.themes_box.setObjectName(u"themes_box")
        self.themes_edit = QLineEdit(AgreementEditor)
        self.themes_edit.setObjectName(u"themes_edit")

        self.themes_box.addWidget(self.themes_edit)

        self.themes_error = QLabel(AgreementEditor)
        self.themes_error.setObjectName(u"themes_error")
        self.themes_error.setWordWrap(True)
        self.themes_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.themes_box.addWidget(self.themes_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.themes_box)

        self.visits_label = QLabel(AgreementEditor)
        self.visits_label.setObjectName(u"visits_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visits_label)

        self.visits_row = QHBoxLayout()
        self.visits_row.setObjectName(u"visits_row")
        self.visits_spin = QSpinBox(AgreementEditor)
        self.visits_spin.setObjectName(u"visits_spin")
        self.visits_spin.setMinimum(-1)
        self.visits_spin.setMaximum(52)
        self.visits_spin.setValue(-1)

        self.visits_row.addWidget(self.visits_spin)

        self.visits_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visits_row.addItem(self.visits_spacer)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.visits_row)

        self.status_label = QLabel(AgreementEditor)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(AgreementEditor)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.status_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(AgreementEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.partner_label.setBuddy(self.partner_edit)
        self.signed_label.setBuddy(self.signed_date_edit)
        self.scope_label.setBuddy(self.scope_combo)
        self.themes_label.setBuddy(self.themes_edit)
        self.visits_label.setBuddy(self.visits_spin)
        self.status_label.setBuddy(self.status_combo)
        QWidget.setTabOrder(self.partner_edit, self.signed_date_edit)
        QWidget.setTabOrder(self.signed_date_edit, self.signed_unknown_check)
        QWidget.setTabOrder(self.signed_unknown_check, self.scope_combo)
        QWidget.setTabOrder(self.scope_combo, self.themes_edit)
        QWidget.setTabOrder(self.themes_edit, self.visits_spin)
        QWidget.setTabOrder(self.visits_spin, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.button_box)

        self.retranslateUi(AgreementEditor)

        QMetaObject.connectSlotsByName(AgreementEditor)
    # setupUi

    def retranslateUi(self, AgreementEditor):
        AgreementEditor.setWindowTitle(QCoreApplication.translate("AgreementEditor", u"Agreement", None))
        self.partner_label.setText(QCoreApplication.translate("AgreementEditor", u"&Partner:", None))
        self.partner_edit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"For example: Guangdong", None))
        self.signed_label.setText(QCoreApplication.translate("AgreementEditor", u"&Signed:", None))
        self.signed_unknown_check.setText(QCoreApplication.translate("AgreementEditor", u"Not recorded", None))
        self.scope_label.setText(QCoreApplication.translate("AgreementEditor", u"S&cope:", None))
        self.themes_label.setText(QCoreApplication.translate("AgreementEditor", u"&Themes:", None))
        self.themes_edit.setPlaceholderText(QCoreApplication.translate("AgreementEditor", u"For example: life_science, health_care", None))
        self.visits_label.setText(QCoreApplication.translate("AgreementEditor", u"Official &visits a year:", None))
        self.visits_spin.setSpecialValueText(QCoreApplication.translate("AgreementEditor", u"Not recorded", None))
        self.status_label.setText(QCoreApplication.translate("AgreementEditor", u"St&atus:", None))
    # retranslateUi

