# Generated from forms/annual_report_dialog.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_AnnualReportDialog(object):
    def setupUi(self, AnnualReportDialog):
        if not AnnualReportDialog.objectName():
            AnnualReportDialog.setObjectName(u"AnnualReportDialog")
        AnnualReportDialog.resize(420, 220)
        self.main_layout = QVBoxLayout(AnnualReportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AnnualReportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.year_label = QLabel(AnnualReportDialog)
        self.year_label.setObjectName(u"year_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(AnnualReportDialog)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(1900)
        self.year_spin.setMaximum(2100)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.language_label = QLabel(AnnualReportDialog)
        self.language_label.setObjectName(u"language_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(AnnualReportDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.reference_label = QLabel(AnnualReportDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(AnnualReportDialog)
        self.reference_edit.setObjectName(u"reference_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reference_edit)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(AnnualReportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.button_box)

        self.year_label.setBuddy(self.year_spin)
        self.language_label.setBuddy(self.language_combo)
        self.reference_label.setBuddy(self.reference_edit)
        QWidget.setTabOrder(self.year_spin, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.reference_edit)

        self.retranslateUi(AnnualReportDialog)
        self.button_box.accepted.connect(AnnualReportDialog.accept)
        self.button_box.rejected.connect(AnnualReportDialog.reject)

        QMetaObject.connectSlotsByName(AnnualReportDialog)
    # setupUi

    def retranslateUi(self, AnnualReportDialog):
        AnnualReportDialog.setWindowTitle(QCoreApplication.translate("AnnualReportDialog", u"Annual report", None))
        self.intro_label.setText(QCoreApplication.translate("AnnualReportDialog", u"The annual follow-up with the costs, for the regional board. It holds the delegations that start in the year.", None))
        self.year_label.setText(QCoreApplication.translate("AnnualReportDialog", u"&Year:", None))
        self.language_label.setText(QCoreApplication.translate("AnnualReportDialog", u"&Language:", None))
        self.reference_label.setText(QCoreApplication.translate("AnnualReportDialog", u"&Reference:", None))
    # retranslateUi

