# Generated from forms/office_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

class Ui_OfficeDialog(object):
    def setupUi(self, OfficeDialog):
        if not OfficeDialog.objectName():
            OfficeDialog.setObjectName(u"OfficeDialog")
        OfficeDialog.resize(560, 240)
        OfficeDialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(OfficeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(OfficeDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.office_label = QLabel(OfficeDialog)
        self.office_label.setObjectName(u"office_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_label)

        self.office_combo = QComboBox(OfficeDialog)
        self.office_combo.setObjectName(u"office_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_combo)

        self.language_label = QLabel(OfficeDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(OfficeDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_note = QLabel(OfficeDialog)
        self.language_note.setObjectName(u"language_note")
        self.language_note.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.language_note)

        self.letterhead_title = QLabel(OfficeDialog)
        self.letterhead_title.setObjectName(u"letterhead_title")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.letterhead_title)

        self.letterhead_row = QHBoxLayout()
        self.letterhead_row.setObjectName(u"letterhead_row")
        self.letterhead_label = QLabel(OfficeDialog)
        self.letterhead_label.setObjectName(u"letterhead_label")
        self.letterhead_label.setTextFormat(Qt.TextFormat.PlainText)

        self.letterhead_row.addWidget(self.letterhead_label)

        self.choose_button = QPushButton(OfficeDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.letterhead_row.addWidget(self.choose_button)

        self.clear_letterhead_button = QPushButton(OfficeDialog)
        self.clear_letterhead_button.setObjectName(u"clear_letterhead_button")

        self.letterhead_row.addWidget(self.clear_letterhead_button)

        self.letterhead_row.setStretch(0, 1)

        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.letterhead_row)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(OfficeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

        self.office_label.setBuddy(self.office_combo)
        self.language_label.setBuddy(self.language_combo)
        QWidget.setTabOrder(self.office_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.choose_button)
        QWidget.setTabOrder(self.choose_button, self.clear_letterhead_button)

        self.retranslateUi(OfficeDialog)

        QMetaObject.connectSlotsByName(OfficeDialog)
    # setupUi

    def retranslateUi(self, OfficeDialog):
        OfficeDialog.setWindowTitle(QCoreApplication.translate("OfficeDialog", u"Office profile", None))
        self.intro_label.setText(QCoreApplication.translate("OfficeDialog", u"The office profile names the office and the body that decides on politicians' participation, and gives the rules, themes and checklists. A new profile evaluates every delegation again.", None))
        self.office_label.setText(QCoreApplication.translate("OfficeDialog", u"&Office:", None))
        self.language_label.setText(QCoreApplication.translate("OfficeDialog", u"&Language:", None))
        self.language_note.setText(QCoreApplication.translate("OfficeDialog", u"A new language shows the next time the program starts.", None))
        self.letterhead_title.setText(QCoreApplication.translate("OfficeDialog", u"Letterhead:", None))
        self.choose_button.setText(QCoreApplication.translate("OfficeDialog", u"&Choose\u2026", None))
        self.clear_letterhead_button.setText(QCoreApplication.translate("OfficeDialog", u"Use the &program's", None))
    # retranslateUi

