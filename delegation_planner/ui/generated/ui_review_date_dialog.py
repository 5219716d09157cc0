# Generated from forms/review_date_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from delegation_planner.ui.widgets.date_edit import DateEdit

class Ui_ReviewDateDialog(object):
    def setupUi(self, ReviewDateDialog):
        if not ReviewDateDialog.objectName():
            ReviewDateDialog.setObjectName(u"ReviewDateDialog")
        ReviewDateDialog.resize(360, 150)
        self.dialog_layout = QVBoxLayout(ReviewDateDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.agreement_label = QLabel(ReviewDateDialog)
        self.agreement_label.setObjectName(u"agreement_label")
        self.agreement_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.agreement_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.date_label = QLabel(ReviewDateDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = DateEdit(ReviewDateDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.no_date_check = QCheckBox(ReviewDateDialog)
        self.no_date_check.setObjectName(u"no_date_check")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.no_date_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(ReviewDateDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.date_label.setBuddy(self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.no_date_check)

        self.retranslateUi(ReviewDateDialog)

        QMetaObject.connectSlotsByName(ReviewDateDialog)
    # setupUi

    def retranslateUi(self, ReviewDateDialog):
        ReviewDateDialog.setWindowTitle(QCoreApplication.translate("ReviewDateDialog", u"Review date", None))
        self.date_label.setText(QCoreApplication.translate("ReviewDateDialog", u"&Review on:", None))
        self.no_date_check.setText(QCoreApplication.translate("ReviewDateDialog", u"&No review planned", None))
    # retranslateUi

