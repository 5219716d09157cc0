# Generated from forms/person_editor.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_PersonEditor(object):
    def setupUi(self, PersonEditor):
        if not PersonEditor.objectName():
            PersonEditor.setObjectName(u"PersonEditor")
        PersonEditor.resize(460, 220)
        self.dialog_layout = QVBoxLayout(PersonEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(PersonEditor)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(PersonEditor)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(PersonEditor)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_box.addWidget(self.name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.kind_label = QLabel(PersonEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(PersonEditor)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.title_label = QLabel(PersonEditor)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QVBoxLayout()
        self.title_box.setSpacing(2)
        self.title_box.setObjectName(u"title_box")
        self.title_edit = QLineEdit(PersonEditor)
        self.title_edit.setObjectName(u"title_edit")

        self.title_box.addWidget(self.title_edit)

        self.title_error = QLabel(PersonEditor)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_box.addWidget(self.title_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.organisation_label = QLabel(PersonEditor)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(PersonEditor)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_combo)

        self.email_label = QLabel(PersonEditor)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_box = QVBoxLayout()
        self.email_box.setSpacing(2)
        self.email_box.setObjectName(u"email_box")
        self.email_edit = QLineEdit(PersonEditor)
        self.email_edit.setObjectName(u"email_edit")

        self.email_box.addWidget(self.email_edit)

        self.email_error = QLabel(PersonEditor)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setWordWrap(True)
        self.email_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.email_box.addWidget(self.email_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.email_box)

        self.phone_label = QLabel(PersonEditor)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonEditor)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(40)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(PersonEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.organisation_combo)
        QWidget.setTabOrder(self.organisation_combo, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.button_box)

        self.retranslateUi(PersonEditor)

        QMetaObject.connectSlotsByName(PersonEditor)
    # setupUi

    def retranslateUi(self, PersonEditor):
        PersonEditor.setWindowTitle(QCoreApplication.translate("PersonEditor", u"Person", None))
        self.name_label.setText(QCoreApplication.translate("PersonEditor", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"First and last name", None))
        self.kind_label.setText(QCoreApplication.translate("PersonEditor", u"&Kind:", None))
        self.title_label.setText(QCoreApplication.translate("PersonEditor", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"For example: Chair of the regional board", None))
        self.organisation_label.setText(QCoreApplication.translate("PersonEditor", u"&Organisation:", None))
        self.email_label.setText(QCoreApplication.translate("PersonEditor", u"&E-mail:", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"name@example.org", None))
        self.phone_label.setText(QCoreApplication.translate("PersonEditor", u"&Phone:", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("PersonEditor", u"e.g. +46 70 123 45 67", None))
    # retranslateUi

