# Generated from forms/person_picker.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

class Ui_PersonPicker(object):
    def setupUi(self, PersonPicker):
        if not PersonPicker.objectName():
            PersonPicker.setObjectName(u"PersonPicker")
        PersonPicker.resize(640, 420)
        self.main_layout = QVBoxLayout(PersonPicker)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.filter_label = QLabel(PersonPicker)
        self.filter_label.setObjectName(u"filter_label")

        self.filter_row.addWidget(self.filter_label)

        self.filter_edit = QLineEdit(PersonPicker)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.filter_edit)


        self.main_layout.addLayout(self.filter_row)

        self.people_view = QTableView(PersonPicker)
        self.people_view.setObjectName(u"people_view")
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.people_view)

        self.hint_label = QLabel(PersonPicker)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")

        self.main_layout.addWidget(self.hint_label)

        self.button_box = QDialogButtonBox(PersonPicker)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.filter_label.setBuddy(self.filter_edit)
        QWidget.setTabOrder(self.filter_edit, self.people_view)

        self.retranslateUi(PersonPicker)

        QMetaObject.connectSlotsByName(PersonPicker)
    # setupUi

    def retranslateUi(self, PersonPicker):
        PersonPicker.setWindowTitle(QCoreApplication.translate("PersonPicker", u"Add participants from the register", None))
        self.filter_label.setText(QCoreApplication.translate("PersonPicker", u"&Find:", None))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("PersonPicker", u"Name, title or organisation", None))
    # retranslateUi

