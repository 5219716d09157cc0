# Generated from forms/organisation_editor.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OrganisationEditor(object):
    def setupUi(self, OrganisationEditor):
        if not OrganisationEditor.objectName():
            OrganisationEditor.setObjectName(u"OrganisationEditor")
        OrganisationEditor.resize(520, 440)
        self.dialog_layout = QVBoxLayout(OrganisationEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(OrganisationEditor)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setSpacing(2)
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(OrganisationEditor)
        self.name_edit.setObjectName(u"name_edit")

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(OrganisationEditor)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_box.addWidget(self.name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.kind_label = QLabel(OrganisationEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(OrganisationEditor)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.country_label = QLabel(OrganisationEditor)
        self.country_label.setObjectName(u"country_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_box = QVBoxLayout()
        self.country_box.setSpacing(2)
        self.country_box.setObjectName(u"country_box")
        self.country_row = QHBoxLayout()
        self.country_row.setObjectName(u"country_row")
        self.country_edit = QLineEdit(OrganisationEditor)
        self.country_edit.setObjectName(u"country_edit")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumSize(QSize(60, 16777215))

        self.country_row.addWidget(self.country_edit)

        self.country_name = QLabel(OrganisationEditor)
        self.country_name.setObjectName(u"country_name")

        self.country_row.addWidget(self.country_name)

        self.country_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.country_row.addItem(self.country_spacer)


        self.country_box.addLayout(self.country_row)

        self.country_error = QLabel(OrganisationEditor)
        self.country_error.setObjectName(u"country_error")
        self.country_error.setWordWrap(True)
        self.country_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.country_box.addWidget(self.country_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.country_box)

        self.their_interests_label = QLabel(OrganisationEditor)
        self.their_interests_label.setObjectName(u"their_interests_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.their_interests_label)

        self.their_interests_box = QVBoxLayout()
        self.their_interests_box.setSpacing(2)
        self.their_interests_box.setObjectName(u"their_interests_box")
        self.their_interests_hint = QLabel(OrganisationEditor)
        self.their_interests_hint.setObjectName(u"their_interests_hint")
        self.their_interests_hint.setWordWrap(True)

        self.their_interests_box.addWidget(self.their_interests_hint)

        self.their_interests_edit = QPlainTextEdit(OrganisationEditor)
        self.their_interests_edit.setObjectName(u"their_interests_edit")
        self.their_interests_edit.setTabChangesFocus(True)
        self.their_interests_edit.setMinimumSize(QSize(0, 70))

        self.their_interests_box.addWidget(self.their_interests_edit)

        self.their_interests_error = QLabel(OrganisationEditor)
        self.their_interests_error.setObjectName(u"their_interests_error")
        self.their_interests_error.setWordWrap(True)
        self.their_interests_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.their_interests_box.addWidget(self.their_interests_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.their_interests_box)

        self.our_benefits_label = QLabel(OrganisationEditor)
        self.our_benefits_label.setObjectName(u"our_benefits_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.our_benefits_label)

        self.our_benefits_box = QVBoxLayout()
        self.our_benefits_box.setSpacing(2)
        self.our_benefits_box.setObjectName(u"our_benefits_box")
        self.our_benefits_hint = QLabel(OrganisationEditor)
        self.our_benefits_hint.setObjectName(u"our_benefits_hint")
        self.our_benefits_hint.setWordWrap(True)

        self.our_benefits_box.addWidget(self.our_benefits_hint)

        self.our_benefits_edit = QPlainTextEdit(OrganisationEditor)
        self.our_benefits_edit.setObjectName(u"our_benefits_edit")
        self.our_benefits_edit.setTabChangesFocus(True)
        self.our_benefits_edit.setMinimumSize(QSize(0, 70))

        self.our_benefits_box.addWidget(self.our_benefits_edit)

        self.our_benefits_error = QLabel(OrganisationEditor)
        self.our_benefits_error.setObjectName(u"our_benefits_error")
        self.our_benefits_error.setWordWrap(True)
        self.our_benefits_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.our_benefits_box.addWidget(self.our_benefits_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.our_benefits_box)


        self.dialog_layout.addLayout(self.form_layout)

        self.button_box = QDialogButtonBox(OrganisationEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.country_label.setBuddy(self.country_edit)
        self.their_interests_label.setBuddy(self.their_interests_edit)
        self.our_benefits_label.setBuddy(self.our_benefits_edit)
        QWidget.setTabOrder(self.name_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.country_edit)
        QWidget.setTabOrder(self.country_edit, self.their_interests_edit)
        QWidget.setTabOrder(self.their_interests_edit, self.our_benefits_edit)
        QWidget.setTabOrder(self.our_benefits_edit, self.button_box)

        self.retranslateUi(OrganisationEditor)

        QMetaObject.connectSlotsByName(OrganisationEditor)
    # setupUi

    def retranslateUi(self, OrganisationEditor):
        OrganisationEditor.setWindowTitle(QCoreApplication.translate("OrganisationEditor", u"Organisation", None))
        self.name_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"For example: Medicon Valley Alliance", None))
        self.kind_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Kind:", None))
        self.country_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Country:", None))
        self.country_edit.setPlaceholderText(QCoreApplication.translate("OrganisationEditor", u"e.g. SE", None))
        self.their_interests_label.setText(QCoreApplication.translate("OrganisationEditor", u"&Their interests:", None))
        self.their_interests_hint.setText(QCoreApplication.translate("OrganisationEditor", u"What does the partner want out of the cooperation?", None))
        self.our_benefits_label.setText(QCoreApplication.translate("OrganisationEditor", u"Our &benefits:", None))
        self.our_benefits_hint.setText(QCoreApplication.translate("OrganisationEditor", u"What benefits does the region see?", None))
    # retranslateUi

