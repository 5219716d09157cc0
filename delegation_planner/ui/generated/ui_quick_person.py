# Generated from forms/quick_person.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_QuickPerson(object):
    def setupUi(self, QuickPerson):
        if not QuickPerson.objectName():
            QuickPerson.setObjectName(u"QuickPerson")
        QuickPerson.resize(440, 220)
        self.main_layout = QVBoxLayout(QuickPerson)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(QuickPerson)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(QuickPerson)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_problem = QLabel(QuickPerson)
        self.name_problem.setObjectName(u"name_problem")
        self.name_problem.setStyleSheet(u"color: #b00020;")
        self.name_problem.setWordWrap(True)
        self.name_problem.setText(u"")

        self.name_box.addWidget(self.name_problem)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.kind_label = QLabel(QuickPerson)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(QuickPerson)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.title_label = QLabel(QuickPerson)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QVBoxLayout()
        self.title_box.setSpacing(2)
        self.title_box.setObjectName(u"title_box")
        self.title_edit = QLineEdit(QuickPerson)
        self.title_edit.setObjectName(u"title_edit")

        self.title_box.addWidget(self.title_edit)

        self.title_problem = QLabel(QuickPerson)
        self.title_problem.setObjectName(u"title_problem")
        self.title_problem.setStyleSheet(u"color: #b00020;")
        self.title_problem.setWordWrap(True)
        self.title_problem.setText(u"")

        self.title_box.addWidget(self.title_problem)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.organisation_label = QLabel(QuickPerson)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_combo = QComboBox(QuickPerson)
        self.organisation_combo.setObjectName(u"organisation_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisation_combo)


        self.main_layout.addLayout(self.form_layout)

        self.form_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.form_spacer)

        self.button_box = QDialogButtonBox(QuickPerson)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label.setBuddy(self.organisation_combo)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.organisation_combo)

        self.retranslateUi(QuickPerson)

        QMetaObject.connectSlotsByName(QuickPerson)
    # setupUi

    def retranslateUi(self, QuickPerson):
        QuickPerson.setWindowTitle(QCoreApplication.translate("QuickPerson", u"New person", None))
        self.name_label.setText(QCoreApplication.translate("QuickPerson", u"&Name:", None))
        self.kind_label.setText(QCoreApplication.translate("QuickPerson", u"&Kind:", None))
        self.title_label.setText(QCoreApplication.translate("QuickPerson", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("QuickPerson", u"Chair of the regional board", None))
        self.organisation_label.setText(QCoreApplication.translate("QuickPerson", u"&Organisation:", None))
    # retranslateUi

