# Generated from forms/overview_tab.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from delegation_planner.ui.widgets.date_edit import DateEdit

class Ui_OverviewTab(object):
    def setupUi(self, OverviewTab):
        if not OverviewTab.objectName():
            OverviewTab.setObjectName(u"OverviewTab")
        self.form_layout = QFormLayout(OverviewTab)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title_label = QLabel(OverviewTab)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QVBoxLayout()
        self.title_box.setSpacing(2)
        self.title_box.setObjectName(u"title_box")
        self.title_edit = QLineEdit(OverviewTab)
        self.title_edit.setObjectName(u"title_edit")

        self.title_box.addWidget(self.title_edit)

        self.title_problem = QLabel(OverviewTab)
        self.title_problem.setObjectName(u"title_problem")
        self.title_problem.setStyleSheet(u"color: #b00020;")
        self.title_problem.setWordWrap(True)
        self.title_problem.setText(u"")

        self.title_box.addWidget(self.title_problem)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.direction_label = QLabel(OverviewTab)
        self.direction_label.setObjectName(u"direction_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_combo = QComboBox(OverviewTab)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.purpose_label = QLabel(OverviewTab)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_combo = QComboBox(OverviewTab)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.partner_label = QLabel(OverviewTab)
        self.partner_label.setObjectName(u"partner_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partner_label)

        self.partner_box = QVBoxLayout()
        self.partner_box.setSpacing(2)
        self.partner_box.setObjectName(u"partner_box")
        self.partner_combo = QComboBox(OverviewTab)
        self.partner_combo.setObjectName(u"partner_combo")
        self.partner_combo.setEditable(True)
        self.partner_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.partner_box.addWidget(self.partner_combo)

        self.partner_problem = QLabel(OverviewTab)
        self.partner_problem.setObjectName(u"partner_problem")
        self.partner_problem.setStyleSheet(u"color: #b00020;")
        self.partner_problem.setWordWrap(True)
        self.partner_problem.setText(u"")

        self.partner_box.addWidget(self.partner_problem)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.partner_box)

        self.country_label = QLabel(OverviewTab)
        self.country_label.setObjectName(u"country_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_box = QVBoxLayout()
        self.country_box.setSpacing(2)
        self.country_box.setObjectName(u"country_box")
        self.country_row = QHBoxLayout()
        self.country_row.setObjectName(u"country_row")
        self.country_edit = QLineEdit(OverviewTab)
        self.country_edit.setObjectName(u"country_edit")
        self.country_edit.setMaximumSize(QSize(80, 16777215))

        self.country_row.addWidget(self.country_edit)

        self.country_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.country_row.addItem(self.country_spacer)


        self.country_box.addLayout(self.country_row)

        self.country_problem = QLabel(OverviewTab)
        self.country_problem.setObjectName(u"country_problem")
        self.country_problem.setStyleSheet(u"color: #b00020;")
        self.country_problem.setWordWrap(True)
        self.country_problem.setText(u"")

        self.country_box.addWidget(self.country_problem)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.country_box)

        self.dates_label = QLabel(OverviewTab)
        self.dates_label.setObjectName(u"dates_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dates_label)

        self.dates_box = QVBoxLayout()
        self.dates_box.setSpacing(2)
        self.dates_box.setObjectName(u"dates_box")
        self.dates_row = QHBoxLayout()
        self.dates_row.setObjectName(u"dates_row")
        self.start_edit = DateEdit(OverviewTab)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.dates_row.addWidget(self.start_edit)

        self.dates_to_label = QLabel(OverviewTab)
        self.dates_to_label.setObjectName(u"dates_to_label")

        self.dates_row.addWidget(self.dates_to_label)

        self.end_edit = DateEdit(OverviewTab)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setCalendarPopup(True)

        self.dates_row.addWidget(self.end_edit)

        self.days_label = QLabel(OverviewTab)
        self.days_label.setObjectName(u"days_label")
        self.days_label.setText(u"")

        self.dates_row.addWidget(self.days_label)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_row.addItem(self.dates_spacer)


        self.dates_box.addLayout(self.dates_row)

        self.dates_problem = QLabel(OverviewTab)
        self.dates_problem.setObjectName(u"dates_problem")
        self.dates_problem.setStyleSheet(u"color: #b00020;")
        self.dates_problem.setWordWrap(True)
        self.dates_problem.setText(u"")

        self.dates_box.addWidget(self.dates_problem)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.dates_box)

        self.themes_label = QLabel(OverviewTab)
        self.themes_label.setObjectName(u"themes_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.themes_label)

        self.themes_box = QVBoxLayout()
        self.themes_box.setSpacing(2)
        self.themes_box.setObjectName(u"themes_box")
        self.themes_edit = QLineEdit(OverviewTab)
        self.themes_edit.setObjectName(u"themes_edit")

        self.themes_box.addWidget(self.themes_edit)

        self.themes_hint = QLabel(OverviewTab)
        self.themes_hint.setObjectName(u"themes_hint")
        self.themes_hint.setWordWrap(True)
        self.themes_hint.setText(u"")

        self.themes_box.addWidget(self.themes_hint)

        self.themes_problem = QLabel(OverviewTab)
        self.themes_problem.setObjectName(u"themes_problem")
        self.themes_problem.setStyleSheet(u"color: #b00020;")
        self.themes_problem.setWordWrap(True)
        self.themes_problem.setText(u"")

        self.themes_box.addWidget(self.themes_problem)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.themes_box)

        self.initiator_group = QGroupBox(OverviewTab)
        self.initiator_group.setObjectName(u"initiator_group")
        self.initiator_form = QFormLayout(self.initiator_group)
        self.initiator_form.setObjectName(u"initiator_form")
        self.initiator_kind_label = QLabel(self.initiator_group)
        self.initiator_kind_label.setObjectName(u"initiator_kind_label")

        self.initiator_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.initiator_kind_label)

        self.initiator_kind_combo = QComboBox(self.initiator_group)
        self.initiator_kind_combo.setObjectName(u"initiator_kind_combo")

        self.initiator_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.initiator_kind_combo)

        self.initiator_org_label = QLabel(self.initiator_group)
        self.initiator_org_label.setObjectName(u"initiator_org_label")

        self.initiator_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.initiator_org_label)

        self.initiator_org_combo = QComboBox(self.initiator_group)
        self.initiator_org_combo.setObjectName(u"initiator_org_combo")

        self.initiator_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.initiator_org_combo)

        self.requested_check = QCheckBox(self.initiator_group)
        self.requested_check.setObjectName(u"requested_check")

        self.initiator_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requested_check)


        self.form_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.initiator_group)

        self.agreement_label = QLabel(OverviewTab)
        self.agreement_label.setObjectName(u"agreement_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.agreement_label)

        self.agreement_combo = QComboBox(OverviewTab)
        self.agreement_combo.setObjectName(u"agreement_combo")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.agreement_combo)

        self.notes_label = QLabel(OverviewTab)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_box = QVBoxLayout()
        self.notes_box.setSpacing(2)
        self.notes_box.setObjectName(u"notes_box")
        self.notes_edit = QPlainTextEdit(OverviewTab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.notes_box.addWidget(self.notes_edit)

        self.notes_problem = QLabel(OverviewTab)
        self.notes_problem.setObjectName(u"notes_problem")
        self.notes_problem.setStyleSheet(u"color: #b00020;")
        self.notes_problem.setWordWrap(True)
        self.notes_problem.setText(u"")

        self.notes_box.addWidget(self.notes_problem)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notes_box)

        self.title_label.setBuddy(self.title_edit)
        self.direction_label.setBuddy(self.direction_combo)
        self.purpose_label.setBuddy(self.purpose_combo)
        self.partner_label.setBuddy(self.partner_combo)
        self.country_label.setBuddy(self.country_edit)
        self.dates_label.setBuddy(self.start_edit)
        self.themes_label.setBuddy(self.themes_edit)
        self.initiator_kind_label.setBuddy(self.initiator_kind_combo)
        self.initiator_org_label.setBuddy(self.initiator_org_combo)
        self.agreement_label.setBuddy(self.agreement_combo)
        self.notes_label.setBuddy(self.notes_edit)
        QWidget.setTabOrder(self.title_edit, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.purpose_combo)
        QWidget.setTabOrder(self.purpose_combo, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.country_edit)
        QWidget.setTabOrder(self.country_edit, self.start_edit)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.themes_edit)
        QWidget.setTabOrder(self.themes_edit, self.initiator_kind_combo)
        QWidget.setTabOrder(self.initiator_kind_combo, self.initiator_org_combo)
        QWidget.setTabOrder(self.initiator_org_combo, self.requested_check)
        QWidget.setTabOrder(self.requested_check, self.agreement_combo)
        QWidget.setTabOrder(self.agreement_combo, self.notes_edit)

        self.retranslateUi(OverviewTab)

        QMetaObject.connectSlotsByName(OverviewTab)
    # setupUi

    def retranslateUi(self, OverviewTab):
        self.title_label.setText(QCoreApplication.translate("OverviewTab", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("OverviewTab", u"e.g. Business delegation to Jiangsu", None))
        self.direction_label.setText(QCoreApplication.translate("OverviewTab", u"&Direction:", None))
        self.purpose_label.setText(QCoreApplication.translate("OverviewTab", u"&Purpose:", None))
        self.partner_label.setText(QCoreApplication.translate("OverviewTab", u"Partner &region:", None))
        self.country_label.setText(QCoreApplication.translate("OverviewTab", u"C&ountry:", None))
        self.country_edit.setPlaceholderText(QCoreApplication.translate("OverviewTab", u"e.g. CN", None))
        self.country_edit.setToolTip(QCoreApplication.translate("OverviewTab", u"Two-letter ISO 3166 country code, such as CN, SE or DK", None))
        self.dates_label.setText(QCoreApplication.translate("OverviewTab", u"D&ates:", None))
        self.dates_to_label.setText(QCoreApplication.translate("OverviewTab", u"to", None))
        self.themes_label.setText(QCoreApplication.translate("OverviewTab", u"T&hemes:", None))
        self.themes_edit.setPlaceholderText(QCoreApplication.translate("OverviewTab", u"e.g. life_science, health_care", None))
        self.themes_edit.setToolTip(QCoreApplication.translate("OverviewTab", u"Comma-separated lowercase identifiers, such as life_science, ict", None))
        self.initiator_group.setTitle(QCoreApplication.translate("OverviewTab", u"Initiator", None))
        self.initiator_kind_label.setText(QCoreApplication.translate("OverviewTab", u"&Kind:", None))
        self.initiator_org_label.setText(QCoreApplication.translate("OverviewTab", u"Or&ganisation:", None))
        self.requested_check.setText(QCoreApplication.translate("OverviewTab", u"The initiator asked for &political participation", None))
        self.agreement_label.setText(QCoreApplication.translate("OverviewTab", u"Agr&eement:", None))
        self.notes_label.setText(QCoreApplication.translate("OverviewTab", u"&Notes:", None))
        pass
    # retranslateUi

