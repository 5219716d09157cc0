# Generated from forms/follow_up_page.ui by `make forms` (pyside6-uic). Do not edit by hand.
from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_FollowUpPage(object):
    def setupUi(self, FollowUpPage):
        if not FollowUpPage.objectName():
            FollowUpPage.setObjectName(u"FollowUpPage")
        FollowUpPage.resize(1000, 560)
        self.page_layout = QVBoxLayout(FollowUpPage)
        self.page_layout.setObjectName(u"page_layout")
        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.status_label = QLabel(FollowUpPage)
        self.status_label.setObjectName(u"status_label")

        self.filter_row.addWidget(self.status_label)

        self.status_combo = QComboBox(FollowUpPage)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_row.addWidget(self.status_combo)

        self.owner_label = QLabel(FollowUpPage)
        self.owner_label.setObjectName(u"owner_label")

        self.filter_row.addWidget(self.owner_label)

        self.owner_combo = QComboBox(FollowUpPage)
        self.owner_combo.setObjectName(u"owner_combo")
        self.owner_combo.setEditable(True)
        self.owner_combo.setMinimumContentsLength(14)
        self.owner_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filter_row.addWidget(self.owner_combo)

        self.partner_label = QLabel(FollowUpPage)
        self.partner_label.setObjectName(u"partner_label")

        self.filter_row.addWidget(self.partner_label)

        self.partner_combo = QComboBox(FollowUpPage)
        self.partner_combo.setObjectName(u"partner_combo")

        self.filter_row.addWidget(self.partner_combo)

        self.overdue_check = QCheckBox(FollowUpPage)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_row.addWidget(self.overdue_check)

        self.search_label = QLabel(FollowUpPage)
        self.search_label.setObjectName(u"search_label")

        self.filter_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(FollowUpPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_row.addWidget(self.search_edit)


        self.page_layout.addLayout(self.filter_row)

        self.summary_row = QHBoxLayout()
        self.summary_row.setObjectName(u"summary_row")
        self.summary_label = QLabel(FollowUpPage)
        self.summary_label.setObjectName(u"summary_label")
        font = QFont()
        font.setBold(True)
        self.summary_label.setFont(font)

        self.summary_row.addWidget(self.summary_label)

        self.summary_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summary_row.addItem(self.summary_spacer)

        self.count_label = QLabel(FollowUpPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.summary_row.addWidget(self.count_label)


        self.page_layout.addLayout(self.summary_row)

        self.table_view = QTableView(FollowUpPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSortingEnabled(True)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.table_view)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.done_button = QPushButton(FollowUpPage)
        self.done_button.setObjectName(u"done_button")

        self.button_row.addWidget(self.done_button)

        self.drop_button = QPushButton(FollowUpPage)
        self.drop_button.setObjectName(u"drop_button")

        self.button_row.addWidget(self.drop_button)

        self.open_button = QPushButton(FollowUpPage)
        self.open_button.setObjectName(u"open_button")

        self.button_row.addWidget(self.open_button)

        self.undo_label = QLabel(FollowUpPage)
        self.undo_label.setObjectName(u"undo_label")
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)

        self.button_row.addWidget(self.undo_label)

        self.undo_button = QPushButton(FollowUpPage)
        self.undo_button.setObjectName(u"undo_button")

        self.button_row.addWidget(self.undo_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.page_layout.addLayout(self.button_row)

        self.status_label.setBuddy(self.status_combo)
        self.owner_label.setBuddy(self.owner_combo)
        self.partner_label.setBuddy(self.partner_combo)
        self.search_label.setBuddy(self.search_edit)
        QWidget.setTabOrder(self.status_combo, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.partner_combo)
        QWidget.setTabOrder(self.partner_combo, self.overdue_check)
        QWidget.setTabOrder(self.overdue_check, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.table_view)
        QWidget.setTabOrder(self.table_view, self.done_button)
        QWidget.setTabOrder(self.done_button, self.drop_button)
        QWidget.setTabOrder(self.drop_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.undo_button)

        self.retranslateUi(FollowUpPage)

        QMetaObject.connectSlotsByName(FollowUpPage)
    # setupUi

    def retranslateUi(self, FollowUpPage):
        self.status_label.setText(QCoreApplication.translate("FollowUpPage", u"&Status:", None))
        self.owner_label.setText(QCoreApplication.translate("FollowUpPage", u"&Owner:", None))
        self.owner_combo.setToolTip(QCoreApplication.translate("FollowUpPage", u"Part of the owner's name; pick one or type", None))
        self.partner_label.setText(QCoreApplication.translate("FollowUpPage", u"&Partner:", None))
        self.overdue_check.setText(QCoreApplication.translate("FollowUpPage", u"O&verdue only", None))
        self.search_label.setText(QCoreApplication.translate("FollowUpPage", u"Sea&rch:", None))
        self.done_button.setToolTip(QCoreApplication.translate("FollowUpPage", u"Mark the selected point done (Space); press again to reopen it", None))
        self.done_button.setText(QCoreApplication.translate("FollowUpPage", u"&Mark done", None))
        self.drop_button.setToolTip(QCoreApplication.translate("FollowUpPage", u"Drop the selected point: it will not be followed up", None))
        self.drop_button.setText(QCoreApplication.translate("FollowUpPage", u"Dro&p", None))
        self.open_button.setToolTip(QCoreApplication.translate("FollowUpPage", u"Open the delegation the point belongs to (Enter)", None))
        self.open_button.setText(QCoreApplication.translate("FollowUpPage", u"&Open delegation\u2026", None))
        self.undo_button.setToolTip(QCoreApplication.translate("FollowUpPage", u"Set the point just marked back to open (Ctrl+Z)", None))
        self.undo_button.setText(QCoreApplication.translate("FollowUpPage", u"&Undo (Ctrl+Z)", None))
        pass
    # retranslateUi

