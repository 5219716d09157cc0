# Generated from forms/result_editor.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from delegation_planner.ui.widgets.date_edit import DateEdit

class Ui_ResultEditor(object):
    def setupUi(self, ResultEditor):
        if not ResultEditor.objectName():
            ResultEditor.setObjectName(u"ResultEditor")
        ResultEditor.resize(1000, 720)
        self.dialog_layout = QVBoxLayout(ResultEditor)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(ResultEditor)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_box = QVBoxLayout()
        self.title_box.setSpacing(2)
        self.title_box.setObjectName(u"title_box")
        self.title_edit = QLineEdit(ResultEditor)
        self.title_edit.setObjectName(u"title_edit")

        self.title_box.addWidget(self.title_edit)

        self.title_error = QLabel(ResultEditor)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_box.addWidget(self.title_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.title_box)

        self.kind_label = QLabel(ResultEditor)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ResultEditor)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.date_label = QLabel(ResultEditor)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_row = QHBoxLayout()
        self.date_row.setObjectName(u"date_row")
        self.date_edit = DateEdit(ResultEditor)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.date_row.addWidget(self.date_edit)

        self.date_unknown_check = QCheckBox(ResultEditor)
        self.date_unknown_check.setObjectName(u"date_unknown_check")

        self.date_row.addWidget(self.date_unknown_check)

        self.date_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.date_row.addItem(self.date_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.date_row)

        self.description_label = QLabel(ResultEditor)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_box = QVBoxLayout()
        self.description_box.setSpacing(2)
        self.description_box.setObjectName(u"description_box")
        self.description_edit = QPlainTextEdit(ResultEditor)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumSize(QSize(16777215, 90))

        self.description_box.addWidget(self.description_edit)

        self.description_error = QLabel(ResultEditor)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setWordWrap(True)
        self.description_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.description_box.addWidget(self.description_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.description_box)


        self.dialog_layout.addLayout(self.form_layout)

        self.links_row = QHBoxLayout()
        self.links_row.setObjectName(u"links_row")
        self.delegations_group = QGroupBox(ResultEditor)
        self.delegations_group.setObjectName(u"delegations_group")
        self.delegations_layout = QVBoxLayout(self.delegations_group)
        self.delegations_layout.setObjectName(u"delegations_layout")
        self.delegations_filter_row = QHBoxLayout()
        self.delegations_filter_row.setObjectName(u"delegations_filter_row")
        self.delegations_filter = QLineEdit(self.delegations_group)
        self.delegations_filter.setObjectName(u"delegations_filter")
        self.delegations_filter.setClearButtonEnabled(True)

        self.delegations_filter_row.addWidget(self.delegations_filter)

        self.delegations_ticked_check = QCheckBox(self.delegations_group)
        self.delegations_ticked_check.setObjectName(u"delegations_ticked_check")

        self.delegations_filter_row.addWidget(self.delegations_ticked_check)


        self.delegations_layout.addLayout(self.delegations_filter_row)

        self.delegations_view = QListView(self.delegations_group)
        self.delegations_view.setObjectName(u"delegations_view")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.delegations_view.sizePolicy().hasHeightForWidth())
        self.delegations_view.setSizePolicy(sizePolicy)
        self.delegations_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegations_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.delegations_view.setAlternatingRowColors(True)
        self.delegations_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.delegations_layout.addWidget(self.delegations_view)

        self.delegations_count = QLabel(self.delegations_group)
        self.delegations_count.setObjectName(u"delegations_count")

        self.delegations_layout.addWidget(self.delegations_count)

        self.delegations_layout.setStretch(1, 1)

        self.links_row.addWidget(self.delegations_group)

        self.organisations_group = QGroupBox(ResultEditor)
        self.organisations_group.setObjectName(u"organisations_group")
        self.organisations_layout = QVBoxLayout(self.organisations_group)
        self.organisations_layout.setObjectName(u"organisations_layout")
        self.organisations_filter_row = QHBoxLayout()
        self.organisations_filter_row.setObjectName(u"organisations_filter_row")
        self.organisations_filter = QLineEdit(self.organisations_group)
        self.organisations_filter.setObjectName(u"organisations_filter")
        self.organisations_filter.setClearButtonEnabled(True)

        self.organisations_filter_row.addWidget(self.organisations_filter)

        self.organisations_ticked_check = QCheckBox(self.organisations_group)
        self.organisations_ticked_check.setObjectName(u"organisations_ticked_check")

        self.organisations_filter_row.addWidget(self.organisations_ticked_check)


        self.organisations_layout.addLayout(self.organisations_filter_row)

        self.organisations_view = QListView(self.organisations_group)
        self.organisations_view.setObjectName(u"organisations_view")
        sizePolicy.setHeightForWidth(self.organisations_view.sizePolicy().hasHeightForWidth())
        self.organisations_view.setSizePolicy(sizePolicy)
        self.organisations_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.organisations_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.organisations_view.setAlternatingRowColors(True)
        self.organisations_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.organisations_layout.addWidget(self.organisations_view)

        self.organisations_count = QLabel(self.organisations_group)
        self.organisations_count.setObjectName(u"organisations_count")

        self.organisations_layout.addWidget(self.organisations_count)

        self.organisations_layout.setStretch(1, 1)

        self.links_row.addWidget(self.organisations_group)

        self.links_row.setStretch(0, 3)
        self.links_row.setStretch(1, 2)

        self.dialog_layout.addLayout(self.links_row)

        self.button_box = QDialogButtonBox(ResultEditor)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(1, 1)
        self.title_label.setBuddy(self.title_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.date_label.setBuddy(self.date_edit)
        self.description_label.setBuddy(self.description_edit)
        QWidget.setTabOrder(self.title_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.date_unknown_check)
        QWidget.setTabOrder(self.date_unknown_check, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.delegations_filter)
        QWidget.setTabOrder(self.delegations_filter, self.delegations_ticked_check)
        QWidget.setTabOrder(self.delegations_ticked_check, self.delegations_view)
        QWidget.setTabOrder(self.delegations_view, self.organisations_filter)
        QWidget.setTabOrder(self.organisations_filter, self.organisations_ticked_check)
        QWidget.setTabOrder(self.organisations_ticked_check, self.organisations_view)

        self.retranslateUi(ResultEditor)

        QMetaObject.connectSlotsByName(ResultEditor)
    # setupUi

    def retranslateUi(self, ResultEditor):
        ResultEditor.setWindowTitle(QCoreApplication.translate("ResultEditor", u"Result", None))
        self.title_label.setText(QCoreApplication.translate("ResultEditor", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("ResultEditor", u"For example: MoU with JITRI on clinical trials", None))
        self.kind_label.setText(QCoreApplication.translate("ResultEditor", u"&Kind:", None))
        self.date_label.setText(QCoreApplication.translate("ResultEditor", u"&Date:", None))
        self.date_unknown_check.setText(QCoreApplication.translate("ResultEditor", u"&Not known", None))
        self.description_label.setText(QCoreApplication.translate("ResultEditor", u"D&escription:", None))
        self.delegations_group.setTitle(QCoreApplication.translate("ResultEditor", u"&Led to by the delegations", None))
        self.delegations_filter.setPlaceholderText(QCoreApplication.translate("ResultEditor", u"Filter delegations", None))
        self.delegations_ticked_check.setText(QCoreApplication.translate("ResultEditor", u"Ticked only", None))
        self.organisations_group.setTitle(QCoreApplication.translate("ResultEditor", u"With the &organisations", None))
        self.organisations_filter.setPlaceholderText(QCoreApplication.translate("ResultEditor", u"Filter organisations", None))
        self.organisations_ticked_check.setText(QCoreApplication.translate("ResultEditor", u"Ticked only", None))
    # retranslateUi

